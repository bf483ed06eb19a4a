import { __, sprintf } from '../../i18n';
import type { RenderedEmail } from '../../domain/email';
import { formatDay } from '../../domain/instant';
import { composeEmail } from './compose-email';

/** What "your membership was cancelled" shows. */
export interface MembershipCancelledInput {
	name: string;
	plan: string;
	/** When it ended (instant). */
	cancelledAt: string;
	accountUrl: string;
}

/** Sent when a membership ends by cancellation (membership.cancelled). */
export function renderMembershipCancelled(
	input: MembershipCancelledInput
): RenderedEmail {
	return composeEmail(
		__( 'Your membership was cancelled', 'wu-plan-change' ),
		input.name,
		[
			{
				paragraph: sprintf(
					/* translators: 1: plan name, 2: a date */
					__(
						'Your %1$s membership was cancelled on %2$s. Its sites are no longer active and nothing more will be charged.',
						'wu-plan-change'
					),
					input.plan,
					formatDay( input.cancelledAt )
				),
			},
			{
				link: {
					label: __( 'Your account', 'wu-plan-change' ),
					url: input.accountUrl,
				},
			},
		]
	);
}
