import { __ } from '../i18n';
import { addonPurchaseLines, newPeriodEnd, upgradeLines } from './change-lines';
import { changeMode, type ChangeMode } from './change-mode';
import { classifyChange } from './classify-change';
import { assertAvailable } from './assert-available';
import { explainChange } from './explain-change';
import { findProduct } from './find-product';
import { addMinutes, parseInstant } from './instant';
import { sumMinor } from './money';
import { recurringTotal } from './recurring-total';
import { settleWithWallet } from './wallet';
import type {
	ChangeTarget,
	Membership,
	NextCharge,
	Product,
	Quote,
	QuoteLine,
} from './types';

/** Minutes a quote stays valid (RULES Q2). */
export const QUOTE_TTL_MINUTES = 30;

export interface QuoteInput {
	membership: Membership;
	products: Product[];
	target: ChangeTarget;
	/** Add-on ids the change removes (from resolveTarget). */
	removes: number[];
	/** The current instant, ISO 8601 UTC. */
	now: string;
	/** Wallet balance in minor units (RULES W3). */
	walletBalance: number;
}

interface Priced {
	lines: QuoteLine[];
	credit: number;
	effectiveAt: string;
	nextDate: string | null;
}

function priceChange( mode: ChangeMode, input: QuoteInput ): Priced {
	const { membership, products, target, now } = input;
	switch ( mode ) {
		case 'trial':
			return {
				lines: addonPurchaseLines(
					membership,
					target,
					products,
					now,
					true
				),
				credit: 0,
				effectiveAt: now,
				nextDate: membership.trialEnd ?? membership.periodEnd,
			};
		case 'scheduled':
			return {
				lines: [],
				credit: 0,
				effectiveAt: membership.periodEnd ?? now,
				nextDate: membership.periodEnd,
			};
		case 'addon': {
			const lines = addonPurchaseLines(
				membership,
				target,
				products,
				now
			);
			const effectiveAt =
				lines.length > 0 || membership.periodEnd === null
					? now
					: membership.periodEnd;
			return {
				lines,
				credit: 0,
				effectiveAt,
				nextDate: membership.periodEnd,
			};
		}
		default: {
			const { lines, credit } = upgradeLines(
				membership,
				target,
				products,
				now
			);
			return {
				lines,
				credit,
				effectiveAt: now,
				nextDate: newPeriodEnd(
					findProduct( products, target.planId ),
					target,
					now
				),
			};
		}
	}
}

function nextCharge(
	input: QuoteInput,
	date: string | null,
	walletAfter: number
): NextCharge | null {
	const { membership, target, products } = input;
	const renewing = recurringTotal(
		target.planId,
		target,
		target.addons,
		products
	);
	if ( date === null || ! membership.autoRenew || renewing === 0 ) {
		return null;
	}
	return { date, amount: Math.max( 0, renewing - walletAfter ) };
}

function walletLine( walletUsed: number ): QuoteLine[] {
	return walletUsed > 0
		? [
				{
					kind: 'wallet_credit',
					productId: null,
					description: __( 'Existing credit', 'wu-plan-change' ),
					quantity: 1,
					unitAmount: -walletUsed,
					amount: -walletUsed,
				},
			]
		: [];
}

/**
 * Quotes a change (RULES Q1, K6–K11, W1, W2), all amounts in minor units. Invariants:
 * `total` = Σ lines except the wallet line; `walletUsed` = min(balance, max(0, total));
 * `dueNow` = max(0, total) − walletUsed; `walletAfter` = balance − walletUsed + max(0, −total);
 * hence Σ of all `lines` (wallet line included) = dueNow − max(0, −total).
 */
export function quoteChange( input: QuoteInput ): Quote {
	const { membership, products, target, now } = input;
	parseInstant( now );
	assertAvailable( membership, target, products );
	const type = classifyChange( membership, target, products );
	const mode = changeMode( membership, type );
	const priced = priceChange( mode, input );
	const total = sumMinor( priced.lines.map( ( line ) => line.amount ) );
	const settlement = settleWithWallet( total, input.walletBalance );
	const next = nextCharge( input, priced.nextDate, settlement.walletAfter );
	const explanation = explainChange( {
		mode,
		membership,
		target,
		products,
		lines: priced.lines,
		credit: priced.credit,
		total,
		settlement,
		effectiveAt: priced.effectiveAt,
		nextCharge: next,
		removes: input.removes,
		now,
	} );
	return {
		membershipId: membership.id,
		membershipVersion: membership.version,
		type,
		createdAt: now,
		expiresAt: addMinutes( now, QUOTE_TTL_MINUTES ),
		effectiveAt: priced.effectiveAt,
		currency: membership.currency,
		lines: [ ...priced.lines, ...walletLine( settlement.walletUsed ) ],
		total,
		walletUsed: settlement.walletUsed,
		dueNow: settlement.dueNow,
		walletAfter: settlement.walletAfter,
		nextCharge: next,
		removes: [ ...input.removes ],
		explanation: explanation.text,
		explanationParts: explanation.parts,
		target: {
			planId: target.planId,
			duration: target.duration,
			durationUnit: target.durationUnit,
			addons: target.addons.map( ( a ) => ( { ...a } ) ),
		},
	};
}
