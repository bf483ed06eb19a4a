/** RULES as a table: each row names the rule(s) it pins and states the exact figures in minor units. */
import {
	addPeriod,
	periodDays,
	unusedDays,
} from '../../../server/src/domain/period';
import {
	divideRounded,
	formatMinor,
	currencyExponent,
} from '../../../server/src/domain/money';
import { itemCredit } from '../../../server/src/domain/proration-credit';
import { buildOffer } from '../../../server/src/domain/offer';
import { applyChange } from '../../../server/src/domain/apply-change';
import { renewMembership } from '../../../server/src/domain/renew-membership';
import { assertQuoteFresh } from '../../../server/src/domain/assert-quote-fresh';
import { mergeLimits } from '../../../server/src/domain/merge-limits';
import { findOverLimits } from '../../../server/src/domain/find-over-limits';
import { nextRetryAt } from '../../../server/src/domain/retry-schedule';
import {
	walletBalance,
	settleWithWallet,
} from '../../../server/src/domain/wallet';
import { findProduct } from '../../../server/src/domain/find-product';
import { resolveTarget } from '../../../server/src/domain/resolve-target';
import {
	catalogue,
	product,
	membership,
	quoteFor,
	lineAmount,
	FREE,
	BASIC,
	PREMIUM,
	UNLIMITED_VISITS,
	EXTRA_DISK,
	SITE_SETUP,
	type MembershipSpec,
} from '../../support/catalogue';
import type { Membership, Product } from '../../../server/src/domain/types';

const NOW = '2026-03-11T10:00:00Z';
const MONTH = { duration: 1, durationUnit: 'month' } as const;
const YEAR = { duration: 1, durationUnit: 'year' } as const;
const products = catalogue();
/** High End extras: Plus (yearly only, cheap per day), Pro (monthly only, dear), Twin (Premium's price), Enterprise (contact us). */
const wider: Product[] = [
	...products,
	product( {
		id: 7,
		name: 'Plus',
		group: 'High End',
		listOrder: 4,
		amount: 25000,
		durationUnit: 'year',
	} ),
	product( {
		id: 8,
		name: 'Pro',
		group: 'High End',
		listOrder: 5,
		amount: 19900,
	} ),
	product( {
		id: 9,
		name: 'Twin',
		group: 'High End',
		listOrder: 0,
		amount: 9900,
	} ),
	product( {
		id: 10,
		name: 'Enterprise',
		group: 'High End',
		listOrder: 6,
		pricingType: 'contact_us',
	} ),
	product( {
		id: 11,
		name: 'Retired',
		group: 'High End',
		listOrder: 7,
		active: false,
	} ),
	product( { id: 12, name: 'Solo', listOrder: 1 } ),
	product( {
		id: 13,
		name: 'Euro',
		group: 'High End',
		listOrder: 8,
		currency: 'EUR',
	} ),
];

function m(
	spec: Partial< MembershipSpec > = {},
	catalogueOf: Product[] = products
): Membership {
	return membership( catalogueOf, {
		planId: PREMIUM,
		periodStart: '2026-03-01T00:00:00Z',
		...spec,
	} );
}

function codeOf( action: () => unknown ): string {
	try {
		action();
	} catch ( error ) {
		return ( error as { code: string } ).code;
	}
	return 'no error';
}

function renewals( start: Membership, count: number ): string[] {
	const ends: string[] = [];
	let current = start;
	for ( let i = 0; i < count; i++ ) {
		current = renewMembership(
			current,
			products,
			current.periodEnd as string
		).membership;
		ends.push( current.periodEnd as string );
	}
	return ends;
}

function jpy(): Product[] {
	return [
		product( {
			id: 1,
			name: 'Yen Plan',
			currency: 'JPY',
			amount: 3000,
			availableAddons: [ 2 ],
		} ),
		product( {
			id: 2,
			name: 'Yen Boost',
			type: 'package',
			currency: 'JPY',
			amount: 1000,
		} ),
	];
}

function kwd(): Product[] {
	return [
		product( {
			id: 1,
			name: 'Dinar Plan',
			currency: 'KWD',
			amount: 9900,
			priceVariations: [ { ...YEAR, amount: 99000 } ],
		} ),
	];
}

/** Free → Premium monthly at NOW with 90.00 of credit, applied: the first upgrade of a period. */
function afterFirstUpgrade(): Membership {
	const free = m( { planId: FREE } );
	const first = quoteFor(
		free,
		products,
		{ planId: PREMIUM, ...MONTH },
		NOW,
		9000
	);
	return applyChange( free, first, products, NOW );
}

/** Premium yearly (paid 99000 on 2026-01-01) → Pro monthly at NOW: credit above the charge (K5). */
function k5Quote() {
	return quoteFor(
		m( { ...YEAR, periodStart: '2026-01-01T00:00:00Z' }, wider ),
		wider,
		{ planId: 8, ...MONTH },
		NOW
	);
}

function trialing(): Membership {
	return m( {
		status: 'trialing',
		trialEnd: '2026-03-15T00:00:00Z',
		periodEnd: '2026-03-15T00:00:00Z',
	} );
}

const withVisits = (): Membership =>
	m( { addons: [ { productId: UNLIMITED_VISITS, quantity: 1 } ] } );
const premiumLimits = ( extra: { product: Product; quantity: number }[] ) =>
	mergeLimits( findProduct( products, PREMIUM ), extra );

const rows: [ string, string, () => unknown, unknown ][] = [
	[
		'M4',
		'Jan 31 + 1 month clamps to Feb 28',
		() => addPeriod( '2026-01-31T09:30:00Z', MONTH, 31 ),
		'2026-02-28T09:30:00Z',
	],
	[
		'M4',
		'Feb 28 with anchor 31 + 1 month returns to Mar 31',
		() => addPeriod( '2026-02-28T09:30:00Z', MONTH, 31 ),
		'2026-03-31T09:30:00Z',
	],
	[
		'M4',
		'Mar 31 + 1 month clamps to Apr 30',
		() => addPeriod( '2026-03-31T09:30:00Z', MONTH, 31 ),
		'2026-04-30T09:30:00Z',
	],
	[
		'M4',
		'Jan 31 2028 + 1 month is the leap day Feb 29',
		() => addPeriod( '2028-01-31T00:00:00Z', MONTH, 31 ),
		'2028-02-29T00:00:00Z',
	],
	[
		'M4',
		'Feb 29 2028 + 1 year clamps to Feb 28 2029',
		() => addPeriod( '2028-02-29T00:00:00Z', YEAR, 29 ),
		'2029-02-28T00:00:00Z',
	],
	[
		'M4',
		'Feb 28 2031 with anchor 29 + 1 year is Feb 29 2032',
		() => addPeriod( '2031-02-28T00:00:00Z', YEAR, 29 ),
		'2032-02-29T00:00:00Z',
	],
	[
		'M4',
		'weeks and days add exact 24 h days',
		() => [
			addPeriod( NOW, { duration: 2, durationUnit: 'week' }, 11 ),
			addPeriod( NOW, { duration: 10, durationUnit: 'day' }, 11 ),
		],
		[ '2026-03-25T10:00:00Z', '2026-03-21T10:00:00Z' ],
	],
	[
		'M4, R1',
		'a year of monthly renewals from Jan 31 keeps the anchor',
		() =>
			renewals( m( { periodStart: '2026-01-31T12:00:00Z' } ), 12 ).map(
				( end ) => end.slice( 0, 10 )
			),
		[
			'2026-03-31',
			'2026-04-30',
			'2026-05-31',
			'2026-06-30',
			'2026-07-31',
			'2026-08-31',
			'2026-09-30',
			'2026-10-31',
			'2026-11-30',
			'2026-12-31',
			'2027-01-31',
			'2027-02-28',
		],
	],
	[
		'M5',
		'period days of Feb 2026 and Mar 2026',
		() => [
			periodDays( '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z' ),
			periodDays( '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z' ),
		],
		[ 28, 31 ],
	],
	[
		'M5',
		'a begun day counts as unused; 0 at or after the end',
		() => [
			unusedDays( '2026-04-01T00:00:00Z', NOW, 31 ),
			unusedDays( '2026-04-01T00:00:00Z', '2026-04-01T00:00:00Z', 31 ),
			unusedDays( '2026-04-01T00:00:00Z', '2026-03-31T23:59:59Z', 31 ),
		],
		[ 21, 0, 1 ],
	],
	[
		'M5, K7',
		'a same-day change credits the whole period (9900), due 99000 − 9900',
		() => {
			const q = quoteFor( m(), products, YEAR, '2026-03-01T15:00:00Z' );
			return [ lineAmount( q, 'proration_credit' ), q.dueNow ];
		},
		[ -9900, 89100 ],
	],
	[
		'M2',
		'divideRounded rounds .5 away from zero both ways',
		() => [
			divideRounded( 5, 2 ),
			divideRounded( -5, 2 ),
			divideRounded( 7, 2 ),
			divideRounded( 1, 3 ),
			divideRounded( -2, 3 ),
		],
		[ 3, -3, 4, 0, -1 ],
	],
	[
		'M2, K7',
		'a credit of exactly x.5 rounds up: 1001 × 14 / 28 = 500.5 → 501',
		() =>
			itemCredit(
				{
					productId: 1,
					quantity: 1,
					value: 1001,
					coveredDays: 28,
					recurring: true,
				},
				'2026-03-01T00:00:00Z',
				'2026-02-15T00:00:00Z'
			),
		501,
	],
	[
		'M2',
		'divideRounded refuses unsafe input with unsafe_arithmetic',
		() => codeOf( () => divideRounded( Number.MAX_SAFE_INTEGER + 1, 3 ) ),
		'unsafe_arithmetic',
	],
	[
		'M1',
		'formatMinor for USD, JPY (0 digits) and KWD (3 digits)',
		() => [
			formatMinor( -6706, 'USD' ),
			formatMinor( 5, 'USD' ),
			formatMinor( 1000, 'JPY' ),
			formatMinor( 1250, 'KWD' ),
			currencyExponent( 'KWD' ),
		],
		[ '-67.06', '0.05', '1000', '1.250', 3 ],
	],
	[
		'M1',
		'an unknown currency is refused',
		() => codeOf( () => currencyExponent( 'XYZ' ) ),
		'rest_invalid_param',
	],
	[
		'M1, K6',
		'JPY: an add-on on day 11 of 31 costs round(1000 × 21 / 31) = 677 yen',
		() => {
			const c = jpy();
			const q = quoteFor(
				membership( c, {
					planId: 1,
					periodStart: '2026-03-01T00:00:00Z',
					currency: 'JPY',
				} ),
				c,
				{ addons: [ { productId: 2, quantity: 1 } ] },
				NOW
			);
			return [ q.dueNow, q.explanation.includes( '677 JPY' ) ];
		},
		[ 677, true ],
	],
	[
		'M1, K7',
		'KWD: monthly → yearly credits 6706 fils, shown as 6.706 KWD',
		() => {
			const c = kwd();
			const q = quoteFor(
				membership( c, {
					planId: 1,
					periodStart: '2026-03-01T00:00:00Z',
					currency: 'KWD',
				} ),
				c,
				YEAR,
				NOW
			);
			return [
				q.dueNow,
				q.explanation.includes( 'a credit of 6.706 KWD' ),
			];
		},
		[ 92294, true ],
	],
	[
		'G1',
		'a Premium member is offered the active High End plans in Product Order, never inactive, other-group or other-currency ones',
		() =>
			buildOffer( m( {}, wider ), wider ).plans.map(
				( p ) => p.product.name
			),
		[ 'Twin', 'Free', 'Premium', 'Plus', 'Pro', 'Enterprise' ],
	],
	[
		'G2',
		'a no-group plan is offered the active no-group plans',
		() =>
			buildOffer( m( { planId: BASIC }, wider ), wider ).plans.map(
				( p ) => [ p.product.name, p.current ]
			),
		[
			[ 'Solo', false ],
			[ 'Basic', true ],
		],
	],
	[
		'G3',
		'the add-ons offered are those of the plan being chosen',
		() => [
			buildOffer( m(), products ).addons.map( ( a ) => a.id ),
			buildOffer( m(), products, undefined, FREE ).addons.length,
		],
		[ [ UNLIMITED_VISITS, EXTRA_DISK, SITE_SETUP ], 0 ],
	],
	[
		'G5',
		'at the yearly period only plans sold yearly (and free ones) are offered',
		() =>
			buildOffer( m( {}, wider ), wider, YEAR ).plans.map(
				( p ) => p.product.name
			),
		[ 'Free', 'Premium', 'Plus', 'Enterprise' ],
	],
	[
		'G5',
		'a plan without the target period is refused',
		() =>
			codeOf( () =>
				quoteFor( m( {}, wider ), wider, { planId: 8, ...YEAR }, NOW )
			),
		'wu_not_available',
	],
	[
		'G4',
		'an add-on the target plan does not offer is refused',
		() =>
			codeOf( () =>
				quoteFor(
					m( { planId: FREE } ),
					products,
					{
						addons: [
							{ productId: UNLIMITED_VISITS, quantity: 1 },
						],
					},
					NOW
				)
			),
		'wu_not_available',
	],
	[
		'C1, G4',
		'a contact_us plan cannot be bought online',
		() =>
			codeOf( () =>
				quoteFor( m( {}, wider ), wider, { planId: 10 }, NOW )
			),
		'wu_not_available',
	],
	[
		'C5, G4',
		'a plan in another currency is refused',
		() =>
			codeOf( () =>
				quoteFor( m( {}, wider ), wider, { planId: 13 }, NOW )
			),
		'wu_not_available',
	],
	[
		'K1',
		'the same add-ons in another order change nothing',
		() =>
			codeOf( () =>
				quoteFor(
					m( {
						addons: [
							{ productId: EXTRA_DISK, quantity: 2 },
							{ productId: UNLIMITED_VISITS, quantity: 1 },
						],
					} ),
					products,
					{
						addons: [
							{ productId: UNLIMITED_VISITS, quantity: 1 },
							{ productId: EXTRA_DISK, quantity: 2 },
						],
					},
					NOW
				)
			),
		'wu_no_changes',
	],
	[
		'K3, K8',
		'Premium yearly → monthly is a downgrade at the period end, next 9900',
		() => {
			const q = quoteFor(
				m( { ...YEAR, periodStart: '2026-01-01T00:00:00Z' } ),
				products,
				MONTH,
				NOW
			);
			return [ q.type, q.dueNow, q.effectiveAt, q.nextCharge ];
		},
		[
			'downgrade',
			0,
			'2027-01-01T00:00:00Z',
			{ date: '2027-01-01T00:00:00Z', amount: 9900 },
		],
	],
	[
		'K4',
		'a plan cheaper per day at the target period is a downgrade (Plus 25000/year < Premium 99000/year)',
		() =>
			quoteFor( m( {}, wider ), wider, { planId: 7, ...YEAR }, NOW ).type,
		'downgrade',
	],
	[
		'K4',
		'an equal price per day is an upgrade; Product Order does not decide',
		() => quoteFor( m( {}, wider ), wider, { planId: 9 }, NOW ).type,
		'upgrade',
	],
	[
		'K4, K5, W1',
		'yearly Premium → dearer monthly Pro: upgrade, credit round(99000 × 296 / 365) = 80285, due 0, 60385 to the wallet',
		() => {
			const q = k5Quote();
			return [
				q.type,
				lineAmount( q, 'plan' ),
				lineAmount( q, 'proration_credit' ),
				lineAmount( q, 'setup_fee' ),
				q.total,
				q.dueNow,
				q.walletAfter,
				q.nextCharge,
			];
		},
		[
			'upgrade',
			19900,
			-80285,
			undefined,
			-60385,
			0,
			60385,
			{ date: '2026-04-11T10:00:00Z', amount: 0 },
		],
	],
	[
		'W1, W2, R1',
		'the excess credit pays the next renewal: 19900 from a 60385 wallet leaves 40485',
		() => {
			const q = k5Quote();
			const after = applyChange(
				m( { ...YEAR, periodStart: '2026-01-01T00:00:00Z' }, wider ),
				q,
				wider,
				NOW
			);
			const r = renewMembership(
				after,
				wider,
				after.periodEnd as string
			);
			return [ r.amount, settleWithWallet( r.amount, q.walletAfter ) ];
		},
		[
			19900,
			{ walletUsed: 19900, dueNow: 0, excess: 0, walletAfter: 40485 },
		],
	],
	[
		'K7, §5',
		'a first upgrade paid partly with credit still has its full value: due 14900 − 9000 = 5900',
		() => {
			const free = m( { planId: FREE } );
			const q = quoteFor(
				free,
				products,
				{ planId: PREMIUM, ...MONTH },
				NOW,
				9000
			);
			return [
				q.dueNow,
				lineAmount( q, 'wallet_credit' ),
				q.walletAfter,
				applyChange( free, q, products, NOW ).items[ 0 ].value,
			];
		},
		[ 5900, -9000, 0, 9900 ],
	],
	[
		'K7, §5',
		'a second upgrade in the same period credits the value 9900 (not the 5900 paid): 21 of 31 days → 6706',
		() => {
			const q = quoteFor(
				afterFirstUpgrade(),
				products,
				YEAR,
				'2026-03-21T10:00:00Z'
			);
			return [
				lineAmount( q, 'proration_credit' ),
				lineAmount( q, 'setup_fee' ),
				q.dueNow,
			];
		},
		[ -6706, undefined, 92294 ],
	],
	[
		'K6, K7',
		'an upgrade after a mid-period add-on credits each item over its own days: 3513 + 355',
		() => {
			const start = m();
			const add = quoteFor(
				start,
				products,
				{ addons: [ { productId: UNLIMITED_VISITS, quantity: 1 } ] },
				NOW
			);
			const later = applyChange( start, add, products, NOW );
			const q = quoteFor( later, products, YEAR, '2026-03-21T10:00:00Z' );
			return [
				lineAmount( q, 'proration_credit' ),
				lineAmount( q, 'addon', UNLIMITED_VISITS ),
				q.dueNow,
			];
		},
		[ -3868, 12000, 107132 ],
	],
	[
		'K6, C4',
		'Extra Disk 2 → 4 charges 2 units of round(500 × 21 / 31) = 339; next 11900',
		() => {
			const q = quoteFor(
				m( { addons: [ { productId: EXTRA_DISK, quantity: 2 } ] } ),
				products,
				{ addons: [ { productId: EXTRA_DISK, quantity: 4 } ] },
				NOW
			);
			return [
				q.lines.map( ( l ) => [ l.quantity, l.unitAmount, l.amount ] ),
				q.dueNow,
				q.nextCharge?.amount,
			];
		},
		[ [ [ 2, 339, 678 ] ], 678, 11900 ],
	],
	[
		'C4',
		'Extra Disk above its maximum of 5 is refused with params.addons',
		() => {
			try {
				quoteFor(
					m(),
					products,
					{ addons: [ { productId: EXTRA_DISK, quantity: 6 } ] },
					NOW
				);
			} catch ( e ) {
				return [
					( e as { code: string } ).code,
					Object.keys(
						( e as { data: { params: object } } ).data.params
					),
				];
			}
			return null;
		},
		[ 'rest_invalid_param', [ 'addons' ] ],
	],
	[
		'C4',
		'a non-stackable add-on accepts quantity 1 only',
		() =>
			codeOf( () =>
				quoteFor(
					m(),
					products,
					{
						addons: [
							{ productId: UNLIMITED_VISITS, quantity: 2 },
						],
					},
					NOW
				)
			),
		'rest_invalid_param',
	],
	[
		'K6',
		'a yearly plan prices a monthly add-on at 12 × 500 = 6000, prorated 296 of 365 days → 4866',
		() =>
			quoteFor(
				m( { ...YEAR, periodStart: '2026-01-01T00:00:00Z' } ),
				products,
				{ addons: [ { productId: EXTRA_DISK, quantity: 1 } ] },
				NOW
			).dueNow,
		4866,
	],
	[
		'K6',
		'a one-off service costs its full price and does not renew',
		() => {
			const q = quoteFor(
				m(),
				products,
				{ addons: [ { productId: SITE_SETUP, quantity: 1 } ] },
				NOW
			);
			return [ q.dueNow, q.nextCharge ];
		},
		[ 15000, { date: '2026-04-01T00:00:00Z', amount: 9900 } ],
	],
	[
		'K2, K8, K11',
		'removing an add-on charges nothing and ends it at the period end',
		() => {
			const start = withVisits();
			const q = quoteFor( start, products, { addons: [] }, NOW );
			const after = applyChange( start, q, products, NOW );
			return [
				q.type,
				q.dueNow,
				q.effectiveAt,
				q.removes,
				q.nextCharge?.amount,
				after.addons,
				after.scheduledChange?.addons,
			];
		},
		[
			'addon',
			0,
			'2026-04-01T00:00:00Z',
			[ UNLIMITED_VISITS ],
			9900,
			[ { productId: UNLIMITED_VISITS, quantity: 1 } ],
			[],
		],
	],
	[
		'K8, R1',
		'the scheduled removal applies at renewal: 9900 charged, add-on gone',
		() => {
			const start = withVisits();
			const after = applyChange(
				start,
				quoteFor( start, products, { addons: [] }, NOW ),
				products,
				NOW
			);
			const r = renewMembership(
				after,
				products,
				'2026-04-01T00:00:00Z'
			);
			return [
				r.amount,
				r.membership.addons,
				r.membership.scheduledChange,
				r.membership.periodEnd,
			];
		},
		[ 9900, [], null, '2026-05-01T00:00:00Z' ],
	],
	[
		'K8',
		'a new downgrade replaces the scheduled one',
		() => {
			const start = withVisits();
			const one = applyChange(
				start,
				quoteFor( start, products, { addons: [] }, NOW ),
				products,
				NOW
			);
			const two = applyChange(
				one,
				quoteFor( one, products, { planId: FREE }, NOW ),
				products,
				NOW
			);
			return [ two.scheduledChange?.planId, two.version ];
		},
		[ FREE, 3 ],
	],
	[
		'K7, K8',
		'an upgrade clears the scheduled change',
		() => {
			const start = m();
			const one = applyChange(
				start,
				quoteFor( start, products, { planId: FREE }, NOW ),
				products,
				NOW
			);
			return applyChange(
				one,
				quoteFor( one, products, YEAR, NOW ),
				products,
				NOW
			).scheduledChange;
		},
		null,
	],
	[
		'K8, R1',
		'a scheduled downgrade to Free applies at the period end and renews at 0',
		() => {
			const start = m();
			const one = applyChange(
				start,
				quoteFor( start, products, { planId: FREE }, NOW ),
				products,
				NOW
			);
			const r = renewMembership( one, products, '2026-04-01T00:00:00Z' );
			return [
				r.membership.planId,
				r.amount,
				r.membership.periodStart,
				r.membership.periodEnd,
			];
		},
		[ FREE, 0, '2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z' ],
	],
	[
		'K11',
		'a plan change without add-ons keeps those the target offers: Premium + UV yearly keeps UV at 12000',
		() => {
			const q = quoteFor( withVisits(), products, YEAR, NOW );
			return [
				q.target.addons,
				lineAmount( q, 'addon', UNLIMITED_VISITS ),
				q.removes,
			];
		},
		[ [ { productId: UNLIMITED_VISITS, quantity: 1 } ], 12000, [] ],
	],
	[
		'K11',
		'a plan change without add-ons drops those the target does not offer, and says so',
		() => {
			const q = quoteFor( withVisits(), products, { planId: FREE }, NOW );
			return [
				q.target.addons,
				q.removes,
				q.explanation.includes( 'Removed add-ons: Unlimited Visits.' ),
			];
		},
		[ [], [ UNLIMITED_VISITS ], true ],
	],
	[
		'K9',
		'a trialing upgrade applies now, charges 0, first charge 99000 at the trial end',
		() => {
			const q = quoteFor( trialing(), products, YEAR, NOW );
			const after = applyChange( trialing(), q, products, NOW );
			return [
				q.type,
				q.dueNow,
				q.effectiveAt,
				q.nextCharge,
				after.status,
				after.trialEnd,
				after.durationUnit,
			];
		},
		[
			'upgrade',
			0,
			NOW,
			{ date: '2026-03-15T00:00:00Z', amount: 99000 },
			'trialing',
			'2026-03-15T00:00:00Z',
			'year',
		],
	],
	[
		'K9',
		'a trialing downgrade also applies now',
		() => {
			const q = quoteFor( trialing(), products, { planId: FREE }, NOW );
			return [
				q.type,
				q.effectiveAt,
				applyChange( trialing(), q, products, NOW ).planId,
			];
		},
		[ 'downgrade', NOW, FREE ],
	],
	[
		'K9, R1',
		'at the trial end the renewal charges the target recurring total',
		() => {
			const after = applyChange(
				trialing(),
				quoteFor( trialing(), products, YEAR, NOW ),
				products,
				NOW
			);
			const r = renewMembership(
				after,
				products,
				'2026-03-15T00:00:00Z'
			);
			return [ r.amount, r.membership.status, r.membership.periodEnd ];
		},
		[ 99000, 'active', '2027-03-01T00:00:00Z' ],
	],
	[
		'K10',
		'Free → Premium yearly credits 0: 99000 + setup 5000, period from now',
		() => {
			const q = quoteFor(
				m( { planId: FREE } ),
				products,
				{ planId: PREMIUM, ...YEAR },
				NOW
			);
			return [
				lineAmount( q, 'proration_credit' ),
				q.dueNow,
				q.nextCharge,
			];
		},
		[ undefined, 104000, { date: '2027-03-11T10:00:00Z', amount: 99000 } ],
	],
	[
		'W2',
		'the wallet pays first, as an "Existing credit" line: 677 − 500 = 177',
		() => {
			const q = quoteFor(
				m(),
				products,
				{ addons: [ { productId: UNLIMITED_VISITS, quantity: 1 } ] },
				NOW,
				500
			);
			return [
				q.lines.map( ( l ) => [ l.kind, l.description, l.amount ] ),
				q.walletUsed,
				q.dueNow,
				q.walletAfter,
				q.nextCharge?.amount,
			];
		},
		[
			[
				[ 'addon', 'Unlimited Visits — 21 of 31 days', 677 ],
				[ 'wallet_credit', 'Existing credit', -500 ],
			],
			500,
			177,
			0,
			10900,
		],
	],
	[
		'W2, Q1',
		'the next charge is reduced by the credit that remains: 10900 − (2000 − 677)',
		() =>
			quoteFor(
				m(),
				products,
				{ addons: [ { productId: UNLIMITED_VISITS, quantity: 1 } ] },
				NOW,
				2000
			).nextCharge,
		{ date: '2026-04-01T00:00:00Z', amount: 9577 },
	],
	[
		'W3',
		'the balance is the sum of the ledger',
		() =>
			walletBalance( [
				{ amount: 60385 },
				{ amount: -19900 },
				{ amount: -500 },
			] ),
		39985,
	],
	[
		'Q2',
		'a quote expires after 30 minutes',
		() => {
			const q = quoteFor( m(), products, YEAR, NOW );
			return [
				q.expiresAt,
				codeOf( () =>
					assertQuoteFresh( m(), q, '2026-03-11T10:29:59Z' )
				),
				codeOf( () =>
					assertQuoteFresh( m(), q, '2026-03-11T10:30:00Z' )
				),
			];
		},
		[ '2026-03-11T10:30:00Z', 'no error', 'wu_quote_stale' ],
	],
	[
		'Q2',
		'a quote for an older membership version is stale',
		() => {
			const q = quoteFor( m(), products, YEAR, NOW );
			return codeOf( () =>
				assertQuoteFresh( { ...m(), version: 2 }, q, NOW )
			);
		},
		'wu_quote_stale',
	],
	[
		'L2',
		'numbers add per unit: Premium disk 10240 + 3 × 10240 = 40960',
		() =>
			premiumLimits( [
				{ product: findProduct( products, EXTRA_DISK ), quantity: 3 },
			] ).disk_space,
		40960,
	],
	[
		'L2',
		'unlimited wins; the package leaves other keys alone',
		() => {
			const l = premiumLimits( [
				{
					product: findProduct( products, UNLIMITED_VISITS ),
					quantity: 1,
				},
			] );
			return [ l.visits, l.sites, l.posts ];
		},
		[ 'unlimited', 5, { post: 'unlimited', page: 100 } ],
	],
	[
		'L2',
		'an override replaces the merged value; a key the plan omits is unlimited (decision 10)',
		() => {
			const l = mergeLimits(
				product( { id: 99, limits: { sites: 2 } } ),
				[
					{
						product: findProduct( products, EXTRA_DISK ),
						quantity: 1,
					},
				],
				{ sites: 7 }
			);
			return [ l.sites, l.disk_space, l.users ];
		},
		[ 7, 'unlimited', 'unlimited' ],
	],
	[
		'L4',
		'usage above the Free limits lists sites, posts, domains, users and disk with what to remove; visits are not checked',
		() =>
			findOverLimits(
				findProduct( products, FREE ).limits,
				{ sites: 3 },
				[
					{
						siteId: 9,
						usage: {
							posts: { post: 12, page: 5 },
							disk_space: 300,
							users: 2,
							custom_domains: 1,
						},
					},
				]
			),
		[
			{ limit: 'sites', usage: 3, new_limit: 1, must_remove: 2 },
			{
				limit: 'posts',
				post_type: 'post',
				site_id: 9,
				usage: 12,
				new_limit: 10,
				must_remove: 2,
			},
			{
				limit: 'custom_domains',
				site_id: 9,
				usage: 1,
				new_limit: 0,
				must_remove: 1,
			},
			{
				limit: 'users',
				site_id: 9,
				usage: 2,
				new_limit: 1,
				must_remove: 1,
			},
			{
				limit: 'disk_space',
				site_id: 9,
				usage: 300,
				new_limit: 100,
				must_remove: 200,
			},
		],
	],
	[
		'R2',
		'retries 1, 3 and 5 days after the first failure, then none',
		() =>
			[ 1, 2, 3, 4 ].map( ( n ) =>
				nextRetryAt( '2026-04-01T00:00:00Z', n )
			),
		[
			'2026-04-02T00:00:00Z',
			'2026-04-04T00:00:00Z',
			'2026-04-06T00:00:00Z',
			null,
		],
	],
	[
		'K11, decision 3',
		"an omitted period falls back to the target plan's own period when it lacks the current one",
		() =>
			resolveTarget( m( {}, wider ), { planId: 7 }, wider ).target
				.durationUnit,
		'year',
	],
	[
		'G3, decision 5',
		'a held add-on that was deactivated is kept on a period change; it cannot be added anew',
		() => {
			const c = products.map( ( p ) =>
				p.id === UNLIMITED_VISITS ? { ...p, active: false } : p
			);
			const held = m(
				{ addons: [ { productId: UNLIMITED_VISITS, quantity: 1 } ] },
				c
			);
			return [
				lineAmount(
					quoteFor( held, c, YEAR, NOW ),
					'addon',
					UNLIMITED_VISITS
				),
				codeOf( () =>
					quoteFor(
						m( {}, c ),
						c,
						{
							addons: [
								{ productId: UNLIMITED_VISITS, quantity: 1 },
							],
						},
						NOW
					)
				),
			];
		},
		[ 12000, 'wu_not_available' ],
	],
	[
		'K7, decision 8',
		'a lifetime plan credits its whole value; a downgrade from it applies now, the surplus to the wallet',
		() => {
			const c = [
				...products,
				product( {
					id: 20,
					name: 'Forever',
					group: 'High End',
					recurring: false,
					amount: 50000,
				} ),
			];
			const life = m( { planId: 20 }, c );
			const q = quoteFor( life, c, { planId: FREE }, NOW );
			return [
				life.periodEnd,
				q.type,
				q.effectiveAt,
				lineAmount( q, 'proration_credit' ),
				q.dueNow,
				q.walletAfter,
				applyChange( life, q, c, NOW ).planId,
			];
		},
		[ null, 'downgrade', NOW, -50000, 0, 50000, FREE ],
	],
	[
		'M3',
		'an instant without Z is refused',
		() =>
			codeOf( () =>
				quoteFor( m(), products, YEAR, '2026-03-11T10:00:00' )
			),
		'rest_invalid_param',
	],
];

describe( 'RULES table', () => {
	it.each( rows )( '%s: %s', ( _rule, _title, actual, expected ) => {
		expect( actual() ).toEqual( expected );
	} );
} );
