import { __, sprintf } from '../../i18n';
import type { RenderedEmail } from '../../domain/email';
import { formatDay } from '../../domain/instant';
import { composeEmail, type EmailBlock } from './compose-email';
import { holdingWords, type HoldingWords } from './holding-words';

/** What "your downgrade is scheduled" shows: the plan from `effectiveAt` and what to remove by then. */
export interface DowngradeScheduledInput {
	name: string;
	/** The plan with add-ons the membership moves to. */
	holding: HoldingWords;
	/** When the change applies (the period end), instant. */
	effectiveAt: string;
	/** Each limit the usage exceeds under the new plan, in words ("40 pages (140 used, the new limit is 100) on site #3"). */
	overLimits: string[];
	accountUrl: string;
}

/** Sent when a downgrade is scheduled for the period end (membership.downgrade_scheduled). */
export function renderDowngradeScheduled(
	input: DowngradeScheduledInput
): RenderedEmail {
	const day = formatDay( input.effectiveAt );
	const blocks: EmailBlock[] = [
		{
			paragraph: sprintf(
				/* translators: 1: plan name, 2: a date */
				__(
					'Your membership moves to %1$s on %2$s. Until then you keep your current plan and its limits.',
					'wu-plan-change'
				),
				input.holding.plan,
				day
			),
		},
		{ list: holdingWords( input.holding ) },
	];
	if ( input.overLimits.length > 0 ) {
		blocks.push(
			{
				paragraph: sprintf(
					/* translators: %s: a date */
					__(
						'Your sites use more than the new plan allows. Remove by %s:',
						'wu-plan-change'
					),
					day
				),
			},
			{ list: input.overLimits }
		);
	} else {
		blocks.push( {
			paragraph: __(
				'Your sites are within the new plan’s limits: nothing needs to be removed.',
				'wu-plan-change'
			),
		} );
	}
	blocks.push( {
		link: {
			label: __(
				'Change or cancel the downgrade on your account',
				'wu-plan-change'
			),
			url: input.accountUrl,
		},
	} );
	return composeEmail(
		sprintf(
			/* translators: %s: a date */
			__( 'Your downgrade is scheduled for %s', 'wu-plan-change' ),
			day
		),
		input.name,
		blocks
	);
}
