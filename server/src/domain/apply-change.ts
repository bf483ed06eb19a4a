import { quantityOf } from './addon-quantities';
import { currentPeriodUsage, newPeriodEnd } from './change-lines';
import { changeMode } from './change-mode';
import { findProduct, isOneTime } from './find-product';
import { dayOfMonth } from './instant';
import { periodDays, unusedDays } from './period';
import type {
	AddonQuantity,
	ChangeTarget,
	Membership,
	MembershipItem,
	Product,
	Quote,
} from './types';

export { recurringTotal } from './recurring-total';

function lineItems(
	quote: Quote,
	products: Product[],
	coveredDays: ( product: Product ) => number
): MembershipItem[] {
	return quote.lines
		.filter(
			( line ) =>
				( line.kind === 'plan' || line.kind === 'addon' ) &&
				line.productId !== null
		)
		.map( ( line ) => {
			const product = findProduct( products, line.productId as number );
			return {
				productId: product.id,
				quantity: line.quantity,
				value: line.amount,
				coveredDays: coveredDays( product ),
				recurring: ! isOneTime( product ),
			};
		} );
}

function heldOneTimeItems(
	membership: Membership,
	target: ChangeTarget,
	products: Product[]
): MembershipItem[] {
	return membership.items.filter(
		( item ) =>
			item.productId !== membership.planId &&
			isOneTime( findProduct( products, item.productId ) ) &&
			quantityOf( target.addons, item.productId ) > 0
	);
}

function withTarget(
	membership: Membership,
	target: ChangeTarget
): Membership {
	return {
		...membership,
		planId: target.planId,
		duration: target.duration,
		durationUnit: target.durationUnit,
		addons: target.addons.map( ( a ) => ( { ...a } ) ),
		scheduledChange: null,
	};
}

function applyImmediate(
	membership: Membership,
	quote: Quote,
	products: Product[],
	now: string
): Membership {
	const end = newPeriodEnd(
		findProduct( products, quote.target.planId ),
		quote.target,
		now
	);
	const days = end === null ? 0 : periodDays( now, end );
	const items = [
		...lineItems( quote, products, () => days ),
		...heldOneTimeItems( membership, quote.target, products ),
	];
	return {
		...withTarget( membership, quote.target ),
		status: 'active',
		periodStart: now,
		periodEnd: end,
		anchorDay: dayOfMonth( now ),
		items,
	};
}

function applyTrial(
	membership: Membership,
	quote: Quote,
	products: Product[]
): Membership {
	const { total } = currentPeriodUsage( membership, membership.periodStart );
	const zeroItems = [
		{ productId: quote.target.planId, quantity: 1 },
		...quote.target.addons,
	]
		.filter(
			( held ) => ! isOneTime( findProduct( products, held.productId ) )
		)
		.map( ( held ) => ( {
			productId: held.productId,
			quantity: held.quantity,
			value: 0,
			coveredDays: total,
			recurring: true,
		} ) );
	const bought = lineItems( quote, products, () => total );
	return {
		...withTarget( membership, quote.target ),
		items: [
			...zeroItems,
			...heldOneTimeItems( membership, quote.target, products ),
			...bought,
		],
	};
}

function unionAddons(
	before: AddonQuantity[],
	after: AddonQuantity[]
): AddonQuantity[] {
	const ids = [
		...new Set(
			[ ...before, ...after ].map( ( addon ) => addon.productId )
		),
	];
	return ids.map( ( productId ) => ( {
		productId,
		quantity: Math.max(
			quantityOf( before, productId ),
			quantityOf( after, productId )
		),
	} ) );
}

function applyAddons(
	membership: Membership,
	quote: Quote,
	products: Product[]
): Membership {
	if ( membership.periodEnd === null ) {
		return {
			...withTarget( membership, quote.target ),
			items: [
				...membership.items,
				...lineItems( quote, products, () => 0 ),
			],
		};
	}
	const { total } = currentPeriodUsage( membership, membership.periodStart );
	const unused = unusedDays( membership.periodEnd, quote.createdAt, total );
	const bought = lineItems( quote, products, ( product ) =>
		isOneTime( product ) ? total : unused
	);
	const decreases = membership.addons.some(
		( held ) =>
			quantityOf( quote.target.addons, held.productId ) < held.quantity
	);
	const target = quote.target;
	const scheduledChange = decreases
		? {
				effectiveAt: membership.periodEnd,
				planId: target.planId,
				duration: target.duration,
				durationUnit: target.durationUnit,
				addons: target.addons.map( ( a ) => ( { ...a } ) ),
			}
		: null;
	return {
		...membership,
		addons: unionAddons( membership.addons, target.addons ),
		items: [ ...membership.items, ...bought ],
		scheduledChange,
	};
}

/**
 * The membership after a quoted change is paid (RULES K6–K9, L3), version + 1; `now` (ISO UTC) is
 * the payment instant. Item values come from the quote's lines, so what was charged is what is
 * later credited. Freshness is the caller's check (assertQuoteFresh) at checkout.
 */
export function applyChange(
	membership: Membership,
	quote: Quote,
	products: Product[],
	now: string
): Membership {
	const mode = changeMode( membership, quote.type );
	const version = membership.version + 1;
	switch ( mode ) {
		case 'scheduled': {
			const { target } = quote;
			const scheduledChange = {
				effectiveAt: quote.effectiveAt,
				planId: target.planId,
				duration: target.duration,
				durationUnit: target.durationUnit,
				addons: target.addons.map( ( a ) => ( { ...a } ) ),
			};
			return { ...membership, scheduledChange, version };
		}
		case 'trial':
			return { ...applyTrial( membership, quote, products ), version };
		case 'addon':
			return { ...applyAddons( membership, quote, products ), version };
		default:
			return {
				...applyImmediate( membership, quote, products, now ),
				version,
			};
	}
}
