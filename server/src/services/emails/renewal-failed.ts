import { __, sprintf } from '../../i18n';
import type { RenderedEmail } from '../../domain/email';
import { formatDay } from '../../domain/instant';
import { formatAmount } from '../../domain/money';
import { composeEmail, type EmailBlock } from './compose-email';

/** What "your renewal failed" shows: what could not be charged and where to pay it. */
export interface RenewalFailedInput {
	name: string;
	plan: string;
	/** What the renewal charges, minor units. */
	amount: number;
	currency: string;
	/** The next automatic attempt (instant), null when none is left. */
	nextRetryAt: string | null;
	accountUrl: string;
}

/** Sent when a renewal's charge fails and the membership goes on hold (membership.renewal_failed). */
export function renderRenewalFailed(
	input: RenewalFailedInput
): RenderedEmail {
	const blocks: EmailBlock[] = [
		{
			paragraph: sprintf(
				/* translators: 1: an amount such as "99.00 USD", 2: plan name */
				__(
					'We could not charge %1$s to renew your %2$s membership. It is on hold until the renewal is paid.',
					'wu-plan-change'
				),
				formatAmount( input.amount, input.currency ),
				input.plan
			),
		},
		{
			paragraph: input.nextRetryAt
				? sprintf(
						/* translators: %s: a date */
						__(
							'We will try your card again on %s. You can pay now with another card on your account page.',
							'wu-plan-change'
						),
						formatDay( input.nextRetryAt )
					)
				: __(
						'You can pay now with another card on your account page.',
						'wu-plan-change'
					),
		},
		{
			link: {
				label: __( 'Pay now', 'wu-plan-change' ),
				url: input.accountUrl,
			},
		},
	];
	return composeEmail(
		__( 'Your renewal failed — pay now', 'wu-plan-change' ),
		input.name,
		blocks
	);
}
