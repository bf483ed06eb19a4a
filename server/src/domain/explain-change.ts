import { findProduct } from './find-product';
import { formatDay } from './instant';
import { formatMinor } from './money';
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
		return credit > 0 ? `Your lifetime purchase worth ${ money( paid ) } is credited in full.` : '';
	}
	if ( paid === 0 ) {
		return 'Your current plan is free, so there is nothing to credit.';
	}
	const { unused, total } = currentPeriodUsage( membership, now );
	const span = `${ formatDay( membership.periodStart ) } – ${ formatDay( membership.periodEnd ) }`;
	return `You paid ${ money( paid ) } for ${ span }; ${ unused } of ${ total } days are unused, a credit of ${ money( credit ) }.`;
}

function changeSentence( input: ExplainInput, money: ( amount: number ) => string ): string {
	const plan = findProduct( input.products, input.target.planId );
	const item = describeItem( plan, input.target );
	const charged = input.lines.filter( ( line ) => line.amount > 0 ).reduce( ( sum, line ) => sum + line.amount, 0 );
	switch ( input.mode ) {
		case 'trial':
			return `During your trial the change to ${ item } applies now and costs nothing now.`;
		case 'scheduled':
			return `Nothing is charged now: ${ item } replaces your current plan on ${ formatDay( input.effectiveAt ) }, and you can cancel this until then.`;
		case 'addon':
			return charged > 0 ? `The add-ons you add cost ${ money( charged ) } for the rest of this period.` : `Nothing is charged now; the add-ons you drop end on ${ formatDay( input.effectiveAt ) }.`;
		default:
			return `${ item } starts now and costs ${ money( charged ) } including any setup fee.`;
	}
}

function walletSentence( input: ExplainInput, money: ( amount: number ) => string ): string {
	const { settlement } = input;
	const used = settlement.walletUsed > 0 ? `Existing credit of ${ money( settlement.walletUsed ) } is used. ` : '';
	const excess = settlement.excess > 0 ? `The credit above the charge, ${ money( settlement.excess ) }, goes to your wallet. ` : '';
	return `${ used }${ excess }Due now: ${ money( settlement.dueNow ) }.`;
}

function nextSentence( input: ExplainInput, money: ( amount: number ) => string ): string {
	const removed = input.removes.map( ( id ) => findProduct( input.products, id ).name );
	const removes = removed.length > 0 ? ` Removed add-ons: ${ removed.join( ', ' ) }.` : '';
	const next = input.nextCharge ? `Next charge: ${ money( input.nextCharge.amount ) } on ${ formatDay( input.nextCharge.date ) }.` : 'No further charge is scheduled.';
	return `${ next }${ removes }`;
}

/** A short English explanation of a quote, amounts as decimals with the currency code (RULES Q1). */
export function explainChange( input: ExplainInput ): string {
	const currency = input.membership.currency;
	const money = ( amount: number ): string => `${ formatMinor( amount, currency ) } ${ currency }`;
	return [ creditSentence( input, money ), changeSentence( input, money ), walletSentence( input, money ), nextSentence( input, money ) ]
		.filter( ( sentence ) => sentence !== '' )
		.join( ' ' );
}
