import { __, sprintf } from '../../i18n';
import type { RenderedEmail } from '../../domain/email';
import { formatDay } from '../../domain/instant';
import { formatAmount } from '../../domain/money';
import { composeEmail, type EmailBlock } from './compose-email';
import { holdingWords, type HoldingWords } from './holding-words';

/** What "your plan changed" shows: the membership as it is now. */
export interface PlanChangedInput {
	name: string;
	change: 'upgraded' | 'downgraded' | 'addons_changed';
	holding: HoldingWords;
	/** The next renewal (instant), null for a lifetime plan or when it does not renew. */
	renewsAt: string | null;
	accountUrl: string;
}

function opening( input: PlanChangedInput ): string {
	switch ( input.change ) {
		case 'upgraded':
			return sprintf(
				/* translators: %s: plan name */
				__( 'Your membership was upgraded to %s.', 'wu-plan-change' ),
				input.holding.plan
			);
		case 'downgraded':
			return sprintf(
				/* translators: %s: plan name */
				__( 'Your membership moved to %s.', 'wu-plan-change' ),
				input.holding.plan
			);
		default:
			return __(
				'The add-ons of your membership changed.',
				'wu-plan-change'
			);
	}
}

/** Sent when a change applies (membership.upgraded, .downgraded, .addons_changed). */
export function renderPlanChanged( input: PlanChangedInput ): RenderedEmail {
	const blocks: EmailBlock[] = [
		{ paragraph: opening( input ) },
		{ list: holdingWords( input.holding ) },
	];
	if ( input.renewsAt ) {
		blocks.push( {
			paragraph: sprintf(
				/* translators: 1: a date, 2: an amount such as "99.00 USD" */
				__( 'It renews on %1$s for %2$s.', 'wu-plan-change' ),
				formatDay( input.renewsAt ),
				formatAmount( input.holding.amount, input.holding.currency )
			),
		} );
	}
	blocks.push( {
		link: {
			label: __( 'Your account', 'wu-plan-change' ),
			url: input.accountUrl,
		},
	} );
	return composeEmail(
		sprintf(
			/* translators: %s: plan name */
			__( 'Your plan changed: %s', 'wu-plan-change' ),
			input.holding.plan
		),
		input.name,
		blocks
	);
}
