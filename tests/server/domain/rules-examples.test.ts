/** RULES §9: the worked examples E1–E7, one test each, on the catalogue of tests/support/catalogue.ts. */
import { applyChange } from '../../../server/src/domain/apply-change';
import { buildOffer } from '../../../server/src/domain/offer';
import { mergeLimits } from '../../../server/src/domain/merge-limits';
import { findProduct } from '../../../server/src/domain/find-product';
import {
	catalogue,
	membership,
	quoteFor,
	lineAmount,
	FREE,
	BASIC,
	PREMIUM,
	UNLIMITED_VISITS,
} from '../../support/catalogue';
import type { Membership } from '../../../server/src/domain/types';

const NOW = '2026-03-11T10:00:00Z';
const products = catalogue();

function premiumMonthly(): Membership {
	return membership( products, {
		planId: PREMIUM,
		periodStart: '2026-03-01T00:00:00Z',
	} );
}

describe( 'RULES §9 worked examples', () => {
	it( 'E1 (G1): a Free member is offered Free (current) and Premium, never Basic', () => {
		const offer = buildOffer(
			membership( products, {
				planId: FREE,
				periodStart: '2026-03-01T00:00:00Z',
			} ),
			products
		);
		expect(
			offer.plans.map( ( plan ) => [ plan.product.name, plan.current ] )
		).toEqual( [
			[ 'Free', true ],
			[ 'Premium', false ],
		] );
		expect( offer.addons ).toEqual( [] );
		expect( offer.showPeriodSelector ).toBe( true );
	} );

	it( 'E2 (K7, K10): Free → Premium monthly charges 9900 + setup 5000 = 14900, new period to 2026-04-11T10:00Z', () => {
		const m = membership( products, {
			planId: FREE,
			periodStart: '2026-03-01T00:00:00Z',
		} );
		const quote = quoteFor(
			m,
			products,
			{ planId: PREMIUM, duration: 1, durationUnit: 'month' },
			NOW
		);
		expect( quote.type ).toBe( 'upgrade' );
		expect(
			quote.lines.map( ( line ) => [ line.kind, line.amount ] )
		).toEqual( [
			[ 'plan', 9900 ],
			[ 'setup_fee', 5000 ],
		] );
		expect( quote.dueNow ).toBe( 14900 );
		expect( quote.effectiveAt ).toBe( NOW );
		expect( quote.nextCharge ).toEqual( {
			date: '2026-04-11T10:00:00Z',
			amount: 9900,
		} );
		const after = applyChange( m, quote, products, NOW );
		expect( [
			after.planId,
			after.periodStart,
			after.periodEnd,
			after.anchorDay,
		] ).toEqual( [ PREMIUM, NOW, '2026-04-11T10:00:00Z', 11 ] );
	} );

	it( 'E3 (K6, M5, L3): adding Unlimited Visits on day 11 of 31 costs round(1000×21/31) = 677; next 10900 on 2026-04-01; visits unlimited at once', () => {
		const m = premiumMonthly();
		const quote = quoteFor(
			m,
			products,
			{ addons: [ { productId: UNLIMITED_VISITS, quantity: 1 } ] },
			NOW
		);
		expect( quote.type ).toBe( 'addon' );
		expect( quote.lines ).toEqual( [
			expect.objectContaining( {
				kind: 'addon',
				productId: UNLIMITED_VISITS,
				description: 'Unlimited Visits — 21 of 31 days',
				amount: 677,
			} ),
		] );
		expect( quote.dueNow ).toBe( 677 );
		expect( quote.nextCharge ).toEqual( {
			date: '2026-04-01T00:00:00Z',
			amount: 10900,
		} );
		const after = applyChange( m, quote, products, NOW );
		const limits = mergeLimits(
			findProduct( products, after.planId ),
			after.addons.map( ( a ) => ( {
				product: findProduct( products, a.productId ),
				quantity: a.quantity,
			} ) )
		);
		expect( limits.visits ).toBe( 'unlimited' );
	} );

	it( 'E4 (K3, K7): Premium monthly → yearly credits round(9900×21/31) = 6706, no setup fee, due 92294, next 99000 on 2027-03-11T10:00Z', () => {
		const quote = quoteFor(
			premiumMonthly(),
			products,
			{ duration: 1, durationUnit: 'year' },
			NOW
		);
		expect( quote.type ).toBe( 'upgrade' );
		expect( lineAmount( quote, 'proration_credit' ) ).toBe( -6706 );
		expect( lineAmount( quote, 'setup_fee' ) ).toBeUndefined();
		expect( lineAmount( quote, 'plan' ) ).toBe( 99000 );
		expect( quote.dueNow ).toBe( 92294 );
		expect( quote.nextCharge ).toEqual( {
			date: '2027-03-11T10:00:00Z',
			amount: 99000,
		} );
		expect( quote.explanation ).toContain(
			'You paid 99.00 USD for 1 Mar 2026 – 1 Apr 2026; 21 of 31 days are unused, a credit of 67.06 USD.'
		);
	} );

	it( 'E5 (K4, K8): Premium → Free is a downgrade, due 0, scheduled for 2026-04-01T00:00Z and cancellable', () => {
		const m = premiumMonthly();
		const quote = quoteFor( m, products, { planId: FREE }, NOW );
		expect( quote.type ).toBe( 'downgrade' );
		expect( [ quote.dueNow, quote.total, quote.lines.length ] ).toEqual( [
			0, 0, 0,
		] );
		expect( quote.effectiveAt ).toBe( '2026-04-01T00:00:00Z' );
		expect( quote.nextCharge ).toBeNull();
		const after = applyChange( m, quote, products, NOW );
		expect( after.scheduledChange ).toEqual( {
			effectiveAt: '2026-04-01T00:00:00Z',
			planId: FREE,
			duration: 1,
			durationUnit: 'month',
			addons: [],
		} );
		expect( after.planId ).toBe( PREMIUM );
	} );

	it( 'E6 (K1): Premium monthly with no add-ons again is refused with wu_no_changes', () => {
		expect( () =>
			quoteFor(
				premiumMonthly(),
				products,
				{
					planId: PREMIUM,
					duration: 1,
					durationUnit: 'month',
					addons: [],
				},
				NOW
			)
		).toThrow(
			expect.objectContaining( {
				code: 'wu_no_changes',
				kind: 'unprocessable',
				message: expect.stringContaining( 'Nothing would change' ),
			} )
		);
	} );

	it( 'E7 (G2, G4): Basic (no group) → Premium monthly is refused with wu_not_available', () => {
		const m = membership( products, {
			planId: BASIC,
			duration: 1,
			durationUnit: 'year',
			periodStart: '2026-01-01T00:00:00Z',
		} );
		expect( m.items[ 0 ].value ).toBe( 29000 );
		expect( () =>
			quoteFor(
				m,
				products,
				{ planId: PREMIUM, duration: 1, durationUnit: 'month' },
				NOW
			)
		).toThrow(
			expect.objectContaining( {
				code: 'wu_not_available',
				kind: 'unprocessable',
				message: expect.stringContaining( 'Premium' ),
			} )
		);
	} );
} );
