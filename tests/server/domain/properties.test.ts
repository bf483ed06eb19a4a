/** Properties over random catalogues states, with fast-check (RULES M2, M4, K7, W1, W2; decision 1). */
import fc from 'fast-check';
import { divideRounded } from '../../../server/src/domain/money';
import { addPeriod, periodDays } from '../../../server/src/domain/period';
import { itemCredit } from '../../../server/src/domain/proration-credit';
import { settleWithWallet } from '../../../server/src/domain/wallet';
import { applyChange } from '../../../server/src/domain/apply-change';
import { isDomainError } from '../../../server/src/domain/errors';
import { toInstant } from '../../../server/src/domain/instant';
import {
	catalogue,
	membership,
	quoteFor,
	FREE,
	PREMIUM,
	UNLIMITED_VISITS,
	EXTRA_DISK,
	SITE_SETUP,
} from '../../support/catalogue';
import type {
	AddonQuantity,
	Membership,
	Quote,
} from '../../../server/src/domain/types';

const products = catalogue();
const DAY = 86_400_000;
const START_2026 = Date.UTC( 2026, 0, 1 );

function referenceRounded( a: bigint, b: bigint ): bigint {
	const magnitude = ( 2n * ( a < 0n ? -a : a ) + b ) / ( 2n * b );
	return a < 0n ? -magnitude : magnitude;
}

const addonsArb = fc
	.record( {
		disk: fc.integer( { min: 0, max: 5 } ),
		visits: fc.boolean(),
		setup: fc.boolean(),
	} )
	.map( ( { disk, visits, setup } ): AddonQuantity[] => [
		...( disk > 0 ? [ { productId: EXTRA_DISK, quantity: disk } ] : [] ),
		...( visits ? [ { productId: UNLIMITED_VISITS, quantity: 1 } ] : [] ),
		...( setup ? [ { productId: SITE_SETUP, quantity: 1 } ] : [] ),
	] );

const scenarioArb = fc.record( {
	startDay: fc.integer( { min: 0, max: 364 } ),
	startMinute: fc.integer( { min: 0, max: 1439 } ),
	yearly: fc.boolean(),
	addons: addonsArb,
	elapsed: fc.double( { min: 0, max: 0.9999, noNaN: true } ),
	wallet: fc.integer( { min: 0, max: 300000 } ),
	targetPlan: fc.constantFrom( FREE, PREMIUM ),
	targetYearly: fc.boolean(),
	targetAddons: addonsArb,
} );

type Scenario = typeof scenarioArb extends fc.Arbitrary< infer T > ? T : never;

function build( s: Scenario ): { start: Membership; now: string } {
	const periodStart = toInstant(
		START_2026 + s.startDay * DAY + s.startMinute * 60_000
	);
	const start = membership( products, {
		planId: PREMIUM,
		duration: 1,
		durationUnit: s.yearly ? 'year' : 'month',
		periodStart,
		addons: s.addons,
	} );
	const span =
		Date.parse( start.periodEnd as string ) - Date.parse( periodStart );
	return {
		start,
		now: toInstant(
			Date.parse( periodStart ) +
				Math.floor( ( span * s.elapsed ) / 60_000 ) * 60_000
		),
	};
}

/** The quote for a scenario, or null when the rules refuse it (no change, add-on not offered with Free). */
function quoteOf( s: Scenario, from?: Membership, at?: string ): Quote | null {
	const { start, now } = build( s );
	const target = {
		planId: s.targetPlan,
		duration: 1,
		durationUnit: s.targetYearly ? 'year' : 'month',
		addons: s.targetAddons,
	} as const;
	try {
		return quoteFor(
			from ?? start,
			products,
			{ ...target, addons: [ ...target.addons ] },
			at ?? now,
			s.wallet
		);
	} catch ( error ) {
		if (
			isDomainError( error ) &&
			[ 'wu_no_changes', 'wu_not_available' ].includes( error.code )
		) {
			return null;
		}
		throw error;
	}
}

const sum = ( values: number[] ): number =>
	values.reduce( ( a, b ) => a + b, 0 );

describe( 'properties', () => {
	it( 'M2: divideRounded equals exact rational rounding half away from zero (BigInt reference)', () => {
		fc.assert(
			fc.property(
				fc.maxSafeInteger(),
				fc.integer( { min: 1, max: Number.MAX_SAFE_INTEGER } ),
				( a, b ) => {
					expect( BigInt( divideRounded( a, b ) ) ).toBe(
						referenceRounded( BigInt( a ), BigInt( b ) )
					);
				}
			),
			{ numRuns: 2000 }
		);
	} );

	it( 'M2: divideRounded on small operands hits every .5 case exactly', () => {
		fc.assert(
			fc.property(
				fc.integer( { min: -1000, max: 1000 } ),
				fc.integer( { min: 1, max: 20 } ),
				( a, b ) => {
					expect( BigInt( divideRounded( a, b ) ) ).toBe(
						referenceRounded( BigInt( a ), BigInt( b ) )
					);
				}
			)
		);
	} );

	it( 'M4: a month keeps the anchor day clamped to the month end, and lasts 28–31 days', () => {
		fc.assert(
			fc.property(
				fc.integer( { min: 0, max: 3650 } ),
				fc.integer( { min: 1, max: 31 } ),
				( day, anchor ) => {
					const start = toInstant( START_2026 + day * DAY );
					const end = new Date(
						addPeriod(
							start,
							{ duration: 1, durationUnit: 'month' },
							anchor
						)
					);
					const lastDay = new Date(
						Date.UTC(
							end.getUTCFullYear(),
							end.getUTCMonth() + 1,
							0
						)
					).getUTCDate();
					expect( end.getUTCDate() ).toBe(
						Math.min( anchor, lastDay )
					);
					const startDate = new Date( start );
					if (
						startDate.getUTCDate() ===
						Math.min(
							anchor,
							new Date(
								Date.UTC(
									startDate.getUTCFullYear(),
									startDate.getUTCMonth() + 1,
									0
								)
							).getUTCDate()
						)
					) {
						expect(
							periodDays( start, end.toISOString() )
						).toBeGreaterThanOrEqual( 28 );
						expect(
							periodDays( start, end.toISOString() )
						).toBeLessThanOrEqual( 31 );
					}
				}
			)
		);
	} );

	it( 'K7: an item credit is between 0 and the value paid', () => {
		fc.assert(
			fc.property(
				fc.integer( { min: 0, max: 10_000_000 } ),
				fc.integer( { min: 1, max: 366 } ),
				fc.integer( { min: -400, max: 400 } ),
				( value, days, hoursLeft ) => {
					const credit = itemCredit(
						{
							productId: 1,
							quantity: 1,
							value,
							coveredDays: days,
							recurring: true,
						},
						toInstant( START_2026 + days * DAY ),
						toInstant(
							START_2026 + days * DAY - hoursLeft * 3_600_000
						)
					);
					expect( credit ).toBeGreaterThanOrEqual( 0 );
					expect( credit ).toBeLessThanOrEqual( value );
				}
			)
		);
	} );

	it( 'W1, W2 (decision 1): settling keeps dueNow ≥ 0, walletAfter = balance − used + excess ≥ 0', () => {
		fc.assert(
			fc.property(
				fc.integer( { min: -1e9, max: 1e9 } ),
				fc.integer( { min: 0, max: 1e9 } ),
				( total, balance ) => {
					const s = settleWithWallet( total, balance );
					expect( s.dueNow ).toBeGreaterThanOrEqual( 0 );
					expect( s.walletUsed ).toBeLessThanOrEqual( balance );
					expect( s.walletAfter ).toBe(
						balance - s.walletUsed + Math.max( 0, -total )
					);
					expect( s.walletAfter ).toBeGreaterThanOrEqual( 0 );
					expect( s.dueNow + s.walletUsed - s.excess ).toBe( total );
				}
			)
		);
	} );

	it( 'Q1, W1, W2 (decision 1): every quote has Σ lines = dueNow − excess, total = Σ non-wallet lines, dueNow ≥ 0, walletAfter ≥ 0', () => {
		fc.assert(
			fc.property( scenarioArb, ( s ) => {
				const quote = quoteOf( s );
				if ( quote === null ) {
					return;
				}
				const excess = Math.max( 0, -quote.total );
				expect( sum( quote.lines.map( ( l ) => l.amount ) ) ).toBe(
					quote.dueNow - excess
				);
				expect(
					sum(
						quote.lines
							.filter( ( l ) => l.kind !== 'wallet_credit' )
							.map( ( l ) => l.amount )
					)
				).toBe( quote.total );
				expect( quote.dueNow ).toBeGreaterThanOrEqual( 0 );
				expect( quote.walletAfter ).toBe(
					s.wallet - quote.walletUsed + excess
				);
				expect( quote.walletAfter ).toBeGreaterThanOrEqual( 0 );
				quote.lines.forEach( ( l ) =>
					expect( l.amount ).toBe( l.unitAmount * l.quantity )
				);
				if ( quote.type === 'downgrade' ) {
					expect( quote.dueNow ).toBe( 0 );
				}
			} ),
			{ numRuns: 500 }
		);
	} );

	it( 'K7, §5: the proration credit never exceeds the value of the current items, even on a second change in the period', () => {
		fc.assert(
			fc.property(
				scenarioArb,
				fc.double( { min: 0, max: 1, noNaN: true } ),
				( s, later ) => {
					const { start, now } = build( s );
					const first = quoteOf( s );
					if ( first === null ) {
						return;
					}
					const after = applyChange( start, first, products, now );
					const end = Date.parse(
						( after.periodEnd ?? first.effectiveAt ) as string
					);
					const second = toInstant(
						Date.parse( now ) +
							Math.floor(
								( ( end - Date.parse( now ) ) * later ) / 60_000
							) *
								60_000
					);
					for ( const [ state, at ] of [
						[ start, now ],
						[ after, second ],
					] as const ) {
						let quote: Quote;
						try {
							quote = quoteFor(
								state,
								products,
								{
									planId: PREMIUM,
									duration: 2,
									durationUnit: 'year',
								},
								at
							);
						} catch ( error ) {
							if ( isDomainError( error ) ) {
								return;
							}
							throw error;
						}
						const credit = -sum(
							quote.lines
								.filter(
									( l ) => l.kind === 'proration_credit'
								)
								.map( ( l ) => l.amount )
						);
						expect( credit ).toBeGreaterThanOrEqual( 0 );
						expect( credit ).toBeLessThanOrEqual(
							sum( state.items.map( ( item ) => item.value ) )
						);
					}
				}
			),
			{ numRuns: 300 }
		);
	} );
} );
