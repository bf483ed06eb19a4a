import { __, _n } from '../i18n';
import { findProduct, isOneTime } from './find-product';
import {
	datePart,
	formatParts,
	joinSentences,
	moneyPart,
	partsToText,
} from './explanation-parts';
import { describeItem, currentPeriodUsage } from './change-lines';
import type { ExplainInput, Money, Parts } from './explain-input';

export type { ExplainInput } from './explain-input';
import { nextSentence, walletSentence } from './explain-wallet';
import type { ExplanationPart, Product, QuoteLine } from './types';

function creditSentence( input: ExplainInput, money: Money ): Parts {
	const { membership, now, credit } = input;
	if ( input.mode !== 'immediate' || membership.status === 'trialing' ) {
		return [];
	}
	const paid = membership.items.reduce(
		( sum, item ) => sum + item.value,
		0
	);
	if ( membership.periodEnd === null ) {
		return credit > 0
			? formatParts(
					/* translators: %s: amount with currency */
					__(
						'Your lifetime purchase worth %s is credited in full.',
						'wu-plan-change'
					),
					money( paid )
				)
			: [];
	}
	if ( paid === 0 ) {
		return formatParts(
			__(
				'Your current plan is free, so there is nothing to credit.',
				'wu-plan-change'
			)
		);
	}
	const { unused, total } = currentPeriodUsage( membership, now );
	const span = formatParts(
		/* translators: 1: first day, 2: last day of a period */
		__( '%1$s – %2$s', 'wu-plan-change' ),
		datePart( membership.periodStart ),
		datePart( membership.periodEnd )
	);
	return formatParts(
		/* translators: 1: amount paid, 2: date span, 3: unused days, 4: days in the period, 5: credit amount */
		__(
			'You paid %1$s for %2$s; %3$d of %4$d days are unused, a credit of %5$s.',
			'wu-plan-change'
		),
		money( paid ),
		span,
		unused,
		total,
		money( credit )
	);
}

/** Σ of the lines of `kind` whose product passes `keep`, minor units; with how many lines there were. */
function sumOf(
	input: ExplainInput,
	kind: QuoteLine[ 'kind' ],
	keep: ( product: Product | null ) => boolean = () => true
): { amount: number; count: number } {
	const lines = input.lines.filter(
		( line ) =>
			line.kind === kind &&
			line.amount > 0 &&
			keep(
				line.productId === null
					? null
					: findProduct( input.products, line.productId )
			)
	);
	return {
		amount: lines.reduce( ( sum, line ) => sum + line.amount, 0 ),
		count: lines.length,
	};
}

function setupFeeSentence( input: ExplainInput, money: Money ): Parts {
	const fees = sumOf( input, 'setup_fee' );
	return fees.amount > 0
		? formatParts(
				/* translators: %s: amount */
				_n(
					'A setup fee of %s is charged once.',
					'Setup fees of %s in all are charged once.',
					fees.count,
					'wu-plan-change'
				),
				money( fees.amount )
			)
		: [];
}

function addonSentence( input: ExplainInput, money: Money ): Parts {
	const recurring = sumOf(
		input,
		'addon',
		( product ) => !! product && ! isOneTime( product )
	).amount;
	const once = sumOf(
		input,
		'addon',
		( product ) => !! product && isOneTime( product )
	).amount;
	if (
		recurring === 0 &&
		once === 0 &&
		sumOf( input, 'setup_fee' ).amount === 0
	) {
		return formatParts(
			/* translators: %s: date */
			__(
				'Nothing is charged now; the add-ons you drop end on %s.',
				'wu-plan-change'
			),
			datePart( input.effectiveAt )
		);
	}
	return joinSentences( [
		recurring > 0
			? formatParts(
					/* translators: %s: amount */
					__(
						'The add-ons you add cost %s for the rest of this period.',
						'wu-plan-change'
					),
					money( recurring )
				)
			: [],
		once > 0
			? formatParts(
					/* translators: %s: amount */
					__(
						'The one-time services and packages you buy cost %s, once.',
						'wu-plan-change'
					),
					money( once )
				)
			: [],
		setupFeeSentence( input, money ),
	] );
}

function changeSentence( input: ExplainInput, money: Money ): Parts {
	const plan = findProduct( input.products, input.target.planId );
	const item = describeItem( plan, input.target );
	const charged = input.lines
		.filter( ( line ) => line.amount > 0 )
		.reduce( ( sum, line ) => sum + line.amount, 0 );
	switch ( input.mode ) {
		case 'trial':
			return charged > 0
				? joinSentences( [
						formatParts(
							/* translators: %s: plan and period */
							__(
								'During your trial the change to %s applies now.',
								'wu-plan-change'
							),
							item
						),
						addonSentence( input, money ),
					] )
				: formatParts(
						/* translators: %s: plan and period */
						__(
							'During your trial the change to %s applies now and costs nothing now.',
							'wu-plan-change'
						),
						item
					);
		case 'scheduled':
			return formatParts(
				/* translators: 1: plan and period, 2: date */
				__(
					'Nothing is charged now: %1$s replaces your current plan on %2$s, and you can cancel this until then.',
					'wu-plan-change'
				),
				item,
				datePart( input.effectiveAt )
			);
		case 'addon':
			return addonSentence( input, money );
		default: {
			const setup = sumOf( input, 'setup_fee' ).amount;
			return setup > 0
				? formatParts(
						/* translators: 1: plan and period, 2: amount, 3: the setup fee's amount */
						__(
							'%1$s starts now and costs %2$s, including a setup fee of %3$s.',
							'wu-plan-change'
						),
						item,
						money( charged ),
						money( setup )
					)
				: formatParts(
						/* translators: 1: plan and period, 2: amount */
						__(
							'%1$s starts now and costs %2$s.',
							'wu-plan-change'
						),
						item,
						money( charged )
					);
		}
	}
}

/** A short explanation of a quote in parts, translatable: money in minor units and instants stay structured (RULES Q1). */
export function explainChangeParts( input: ExplainInput ): ExplanationPart[] {
	const money: Money = ( amount ) =>
		moneyPart( amount, input.membership.currency );
	return joinSentences( [
		creditSentence( input, money ),
		changeSentence( input, money ),
		walletSentence( input, money ),
		nextSentence( input, money ),
	] );
}

/** The explanation as text and as parts; the text has amounts as decimals with the currency code and days as "1 Apr 2026". */
export function explainChange( input: ExplainInput ): {
	text: string;
	parts: ExplanationPart[];
} {
	const parts = explainChangeParts( input );
	return { text: partsToText( parts ), parts };
}
