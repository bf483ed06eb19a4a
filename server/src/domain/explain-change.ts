import { __, sprintf } from '../i18n';
import { findProduct } from './find-product';
import { formatDay } from './instant';
import { formatAmount } from './money';
import { describeItem, currentPeriodUsage } from './change-lines';
import type { ChangeMode } from './change-mode';
import type { WalletSettlement } from './wallet';
import type { ChangeTarget, Membership, NextCharge, Product, QuoteLine } from './types';

/** Everything an explanation speaks of; amounts in minor units. */
export interface ExplainInput {
	mode: ChangeMode;
	membership: Membership;
	target: ChangeTarget;
	products: Product[];
	lines: QuoteLine[];
	credit: number;
	total: number;
	settlement: WalletSettlement;
	effectiveAt: string;
	nextCharge: NextCharge | null;
	removes: number[];
	now: string;
}

function creditSentence( input: ExplainInput, money: ( amount: number ) => string ): string {
	const { membership, now, credit } = input;
	if ( input.mode !== 'immediate' || membership.status === 'trialing' ) {
		return '';
	}
	const paid = membership.items.reduce( ( sum, item ) => sum + item.value, 0 );
	if ( membership.periodEnd === null ) {
		/* translators: %s: amount with currency */
		return credit > 0 ? sprintf( __( 'Your lifetime purchase worth %s is credited in full.', 'wu-plan-change' ), money( paid ) ) : '';
	}
	if ( paid === 0 ) {
		return __( 'Your current plan is free, so there is nothing to credit.', 'wu-plan-change' );
	}
	const { unused, total } = currentPeriodUsage( membership, now );
	const span = `${ formatDay( membership.periodStart ) } – ${ formatDay( membership.periodEnd ) }`;
	return sprintf(
		/* translators: 1: amount paid, 2: date span, 3: unused days, 4: days in the period, 5: credit amount */
		__( 'You paid %1$s for %2$s; %3$d of %4$d days are unused, a credit of %5$s.', 'wu-plan-change' ),
		money( paid ),
		span,
		unused,
		total,
		money( credit )
	);
}

function changeSentence( input: ExplainInput, money: ( amount: number ) => string ): string {
	const plan = findProduct( input.products, input.target.planId );
	const item = describeItem( plan, input.target );
	const charged = input.lines.filter( ( line ) => line.amount > 0 ).reduce( ( sum, line ) => sum + line.amount, 0 );
	switch ( input.mode ) {
		case 'trial':
			/* translators: %s: plan and period */
			return sprintf( __( 'During your trial the change to %s applies now and costs nothing now.', 'wu-plan-change' ), item );
		case 'scheduled':
			return sprintf(
				/* translators: 1: plan and period, 2: date */
				__( 'Nothing is charged now: %1$s replaces your current plan on %2$s, and you can cancel this until then.', 'wu-plan-change' ),
				item,
				formatDay( input.effectiveAt )
			);
		case 'addon':
			return charged > 0
				? sprintf( /* translators: %s: amount */ __( 'The add-ons you add cost %s for the rest of this period.', 'wu-plan-change' ), money( charged ) )
				: sprintf( /* translators: %s: date */ __( 'Nothing is charged now; the add-ons you drop end on %s.', 'wu-plan-change' ), formatDay( input.effectiveAt ) );
		default:
			/* translators: 1: plan and period, 2: amount */
			return sprintf( __( '%1$s starts now and costs %2$s including any setup fee.', 'wu-plan-change' ), item, money( charged ) );
	}
}

function walletSentence( input: ExplainInput, money: ( amount: number ) => string ): string {
	const { settlement } = input;
	const used = settlement.walletUsed > 0 ? sprintf( /* translators: %s: amount */ __( 'Existing credit of %s is used.', 'wu-plan-change' ), money( settlement.walletUsed ) ) : '';
	const excess =
		settlement.excess > 0 ? sprintf( /* translators: %s: amount */ __( 'The credit above the charge, %s, goes to your wallet.', 'wu-plan-change' ), money( settlement.excess ) ) : '';
	const due = sprintf( /* translators: %s: amount */ __( 'Due now: %s.', 'wu-plan-change' ), money( settlement.dueNow ) );
	return [ used, excess, due ].filter( Boolean ).join( ' ' );
}

function nextSentence( input: ExplainInput, money: ( amount: number ) => string ): string {
	const removed = input.removes.map( ( id ) => findProduct( input.products, id ).name );
	const removes = removed.length > 0 ? ' ' + sprintf( /* translators: %s: list of add-on names */ __( 'Removed add-ons: %s.', 'wu-plan-change' ), removed.join( ', ' ) ) : '';
	const next = input.nextCharge
		? sprintf( /* translators: 1: amount, 2: date */ __( 'Next charge: %1$s on %2$s.', 'wu-plan-change' ), money( input.nextCharge.amount ), formatDay( input.nextCharge.date ) )
		: __( 'No further charge is scheduled.', 'wu-plan-change' );
	return `${ next }${ removes }`;
}

/** A short explanation of a quote, translatable,, amounts as decimals with the currency code (RULES Q1). */
export function explainChange( input: ExplainInput ): string {
	const currency = input.membership.currency;
	const money = ( amount: number ): string => formatAmount( amount, currency );
	return [ creditSentence( input, money ), changeSentence( input, money ), walletSentence( input, money ), nextSentence( input, money ) ]
		.filter( ( sentence ) => sentence !== '' )
		.join( ' ' );
}
