/**
 * Builders for the catalogue and memberships of RULES §9 (USD, minor units):
 * 1 Free, 2 Basic, 3 Premium, 4 Unlimited Visits, 5 Extra Disk, 6 Site Setup (one-off service).
 */
import { addPeriod, periodDays } from '../../server/src/domain/period';
import { productDefaults } from '../../server/src/domain/product-defaults';
import { priceForPeriod } from '../../server/src/domain/price-for-period';
import {
	resolveTarget,
	type PartialTarget,
} from '../../server/src/domain/resolve-target';
import { quoteChange } from '../../server/src/domain/quote-change';
import type {
	AddonQuantity,
	DurationUnit,
	Membership,
	MembershipItem,
	Product,
	Quote,
} from '../../server/src/domain/types';

export const FREE = 1;
export const BASIC = 2;
export const PREMIUM = 3;
export const UNLIMITED_VISITS = 4;
export const EXTRA_DISK = 5;
export const SITE_SETUP = 6;

/** A product with harmless defaults: a paid monthly plan at 10.00 USD. */
export function product(
	overrides: Partial< Product > & { id: number }
): Product {
	return {
		...productDefaults( 'USD' ),
		slug: `product-${ overrides.id }`,
		name: `Product ${ overrides.id }`,
		amount: 1000,
		...overrides,
	};
}

/** The catalogue of RULES §9, plus Site Setup (150.00 one-off service offered with Premium). */
export function catalogue(): Product[] {
	return [
		product( {
			id: FREE,
			name: 'Free',
			pricingType: 'free',
			amount: 0,
			group: 'High End',
			listOrder: 1,
			limits: {
				sites: 1,
				visits: 1000,
				disk_space: 100,
				users: 1,
				custom_domains: 0,
				posts: { post: 10, page: 5 },
			},
		} ),
		product( {
			id: BASIC,
			name: 'Basic',
			amount: 2900,
			priceVariations: [
				{ duration: 1, durationUnit: 'year', amount: 29000 },
			],
			listOrder: 2,
			limits: {
				sites: 1,
				visits: 10000,
				disk_space: 1024,
				users: 3,
				custom_domains: 1,
				posts: { post: 100, page: 20 },
			},
		} ),
		product( {
			id: PREMIUM,
			name: 'Premium',
			amount: 9900,
			priceVariations: [
				{ duration: 1, durationUnit: 'year', amount: 99000 },
			],
			setupFee: 5000,
			group: 'High End',
			listOrder: 3,
			availableAddons: [ UNLIMITED_VISITS, EXTRA_DISK, SITE_SETUP ],
			limits: {
				sites: 5,
				visits: 50000,
				disk_space: 10240,
				users: 10,
				custom_domains: 5,
				posts: { post: 'unlimited', page: 100 },
			},
		} ),
		product( {
			id: UNLIMITED_VISITS,
			name: 'Unlimited Visits',
			type: 'package',
			amount: 1000,
			listOrder: 4,
			limits: { visits: 'unlimited' },
		} ),
		product( {
			id: EXTRA_DISK,
			name: 'Extra Disk',
			type: 'package',
			amount: 500,
			stackable: true,
			maxQuantity: 5,
			listOrder: 5,
			limits: { disk_space: 10240 },
		} ),
		product( {
			id: SITE_SETUP,
			name: 'Site Setup',
			type: 'service',
			amount: 15000,
			recurring: false,
			listOrder: 6,
		} ),
	];
}

export interface MembershipSpec {
	planId: number;
	duration?: number;
	durationUnit?: DurationUnit;
	periodStart: string;
	addons?: AddonQuantity[];
	status?: Membership[ 'status' ];
	trialEnd?: string | null;
	anchorDay?: number;
	currency?: string;
	autoRenew?: boolean;
	/** Defaults to periodStart + period (a trial ends earlier). */
	periodEnd?: string;
}

/** A membership as if its current period was paid in full at list prices (values = price × quantity, covering the whole period). */
export function membership(
	products: Product[],
	spec: MembershipSpec
): Membership {
	const period = {
		duration: spec.duration ?? 1,
		durationUnit: spec.durationUnit ?? ( 'month' as DurationUnit ),
	};
	const anchorDay =
		spec.anchorDay ?? new Date( spec.periodStart ).getUTCDate();
	const plan = products.find( ( p ) => p.id === spec.planId ) as Product;
	const periodEnd =
		spec.periodEnd ??
		( plan.recurring || plan.pricingType === 'free'
			? addPeriod( spec.periodStart, period, anchorDay )
			: null );
	const days = periodEnd ? periodDays( spec.periodStart, periodEnd ) : 0;
	const trialing = spec.status === 'trialing';
	const item = ( id: number, quantity: number ): MembershipItem => {
		const p = products.find(
			( candidate ) => candidate.id === id
		) as Product;
		const oneTime = p.pricingType !== 'free' && ! p.recurring;
		return {
			productId: id,
			quantity,
			value:
				trialing && ! oneTime
					? 0
					: priceForPeriod( p, period ) * quantity,
			coveredDays: days,
			recurring: ! oneTime,
		};
	};
	const addons = spec.addons ?? [];
	return {
		id: 1,
		customerId: 1,
		status: spec.status ?? 'active',
		planId: spec.planId,
		...period,
		addons,
		currency: spec.currency ?? 'USD',
		periodStart: spec.periodStart,
		periodEnd,
		anchorDay,
		trialEnd: spec.trialEnd ?? null,
		autoRenew: spec.autoRenew ?? true,
		scheduledChange: null,
		cancelAt: null,
		cancelledAt: null,
		version: 1,
		items: [
			item( spec.planId, 1 ),
			...addons.map( ( a ) => item( a.productId, a.quantity ) ),
		],
	};
}

/** Resolves a partial target the way the service will, then quotes it. */
export function quoteFor(
	m: Membership,
	products: Product[],
	partial: PartialTarget,
	now: string,
	walletBalance = 0
): Quote {
	const { target, removes } = resolveTarget( m, partial, products );
	return quoteChange( {
		membership: m,
		products,
		target,
		removes,
		now,
		walletBalance,
	} );
}

/** The amount of the first line of a kind (undefined when absent). */
export function lineAmount(
	quote: Quote,
	kind: Quote[ 'lines' ][ number ][ 'kind' ],
	productId?: number
): number | undefined {
	return quote.lines.find(
		( line ) =>
			line.kind === kind &&
			( productId === undefined || line.productId === productId )
	)?.amount;
}
