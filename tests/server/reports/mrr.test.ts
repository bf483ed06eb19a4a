import { monthlyAmount, mrr } from '../../../server/src/domain/mrr';
import {
	defaultReportRange,
	reportBuckets,
} from '../../../server/src/domain/report-buckets';
import type {
	DurationUnit,
	MembershipStatus,
	Product,
} from '../../../server/src/domain/types';
import {
	BASIC,
	catalogue,
	EXTRA_DISK,
	FREE,
	membership,
	PREMIUM,
	product,
} from '../../support/catalogue';

// RULES B1: MRR = Σ over active and on-hold memberships of the recurring total normalized to a
// month (per year ÷ 12, per week × 52 ÷ 12, per day × 365 ÷ 12, per n units ÷ n), each membership
// rounded once, half away from zero (M2). Every figure below is worked out by hand.
const WEEKLY = 20;
const QUARTERLY = 21;
const DAILY = 22;
const FORTNIGHTLY = 23;

function products(): Product[] {
	return [
		...catalogue(),
		product( {
			id: WEEKLY,
			name: 'Weekly',
			amount: 1000,
			durationUnit: 'week',
		} ),
		product( {
			id: QUARTERLY,
			name: 'Quarterly',
			amount: 8700,
			duration: 3,
		} ),
		product( {
			id: DAILY,
			name: 'Daily',
			amount: 100,
			durationUnit: 'day',
		} ),
		product( {
			id: FORTNIGHTLY,
			name: 'Fortnightly',
			amount: 1500,
			duration: 2,
			durationUnit: 'week',
		} ),
	];
}

function of(
	planId: number,
	duration: number,
	durationUnit: DurationUnit,
	status: MembershipStatus = 'active',
	addons: { productId: number; quantity: number }[] = []
) {
	return mrr(
		membership( products(), {
			planId,
			duration,
			durationUnit,
			status,
			addons,
			periodStart: '2026-03-01T00:00:00Z',
		} ),
		products()
	);
}

describe( 'mrr (RULES B1)', () => {
	it.each( [
		// plan, period, hand-computed MRR in cents, the arithmetic
		[ 'Premium monthly', PREMIUM, 1, 'month', 9900 ], // 9900 ÷ 1
		[ 'Premium yearly', PREMIUM, 1, 'year', 8250 ], // 99000 ÷ 12
		[ 'Basic yearly', BASIC, 1, 'year', 2417 ], // 29000 ÷ 12 = 2416.67
		[ 'Weekly', WEEKLY, 1, 'week', 4333 ], // 1000 × 52 ÷ 12 = 4333.33
		[ 'Quarterly (3 months)', QUARTERLY, 3, 'month', 2900 ], // 8700 ÷ 3
		[ 'Fortnightly (2 weeks)', FORTNIGHTLY, 2, 'week', 3250 ], // 1500 × 52 ÷ 24
		[ 'Daily', DAILY, 1, 'day', 3042 ], // 100 × 365 ÷ 12 = 3041.67
	] as const )( '%s', ( _name, planId, duration, unit, expected ) => {
		expect( of( planId, duration, unit ) ).toBe( expected );
	} );

	it( 'counts recurring add-ons in the total before normalizing (Premium + 2 × Extra Disk monthly: 9900 + 1000)', () => {
		expect(
			of( PREMIUM, 1, 'month', 'active', [
				{ productId: EXTRA_DISK, quantity: 2 },
			] )
		).toBe( 10900 );
	} );

	it( 'rounds once, half away from zero (1206 a year ÷ 12 = 100.5 → 101)', () => {
		expect(
			monthlyAmount( 1206, { duration: 1, durationUnit: 'year' } )
		).toBe( 101 );
		expect(
			monthlyAmount( 1194, { duration: 1, durationUnit: 'year' } )
		).toBe( 100 ); // 99.5 → 100
	} );

	it( 'counts on-hold; trialing, pending, cancelled, expired and free count 0', () => {
		expect( of( PREMIUM, 1, 'month', 'on-hold' ) ).toBe( 9900 );
		for ( const status of [
			'trialing',
			'pending',
			'cancelled',
			'expired',
		] as const ) {
			expect( of( PREMIUM, 1, 'month', status ) ).toBe( 0 );
		}
		expect( of( FREE, 1, 'month' ) ).toBe( 0 );
	} );

	it( 'counts the paid add-ons of a free plan (decision 63: 500 a month for Extra Disk)', () => {
		expect(
			of( FREE, 1, 'month', 'active', [
				{ productId: EXTRA_DISK, quantity: 1 },
			] )
		).toBe( 500 );
	} );

	it( 'a network of monthly, yearly, weekly and 3-month memberships: 9900 + 8250 + 4333 + 2900 = 25383', () => {
		const network = [
			of( PREMIUM, 1, 'month' ),
			of( PREMIUM, 1, 'year' ),
			of( WEEKLY, 1, 'week' ),
			of( QUARTERLY, 3, 'month' ),
			of( PREMIUM, 1, 'month', 'trialing' ),
		];
		expect( network.reduce( ( a, b ) => a + b, 0 ) ).toBe( 25383 );
	} );
} );

describe( 'report buckets', () => {
	it( 'start at the interval holding `from` (UTC day, Monday, 1st) and end before `to`', () => {
		expect(
			reportBuckets(
				'2026-01-15T12:00:00Z',
				'2026-04-01T00:00:00Z',
				'month'
			)?.map( ( b ) => b.start )
		).toEqual( [
			'2026-01-01T00:00:00Z',
			'2026-02-01T00:00:00Z',
			'2026-03-01T00:00:00Z',
		] );
		// 2026-03-11 is a Wednesday: its week starts on Monday 9 March.
		expect(
			reportBuckets(
				'2026-03-11T10:00:00Z',
				'2026-03-24T00:00:00Z',
				'week'
			)
		).toEqual( [
			{ start: '2026-03-09T00:00:00Z', end: '2026-03-16T00:00:00Z' },
			{ start: '2026-03-16T00:00:00Z', end: '2026-03-23T00:00:00Z' },
			{ start: '2026-03-23T00:00:00Z', end: '2026-03-30T00:00:00Z' },
		] );
		expect(
			reportBuckets(
				'2026-03-11T10:00:00Z',
				'2026-03-13T00:00:00Z',
				'day'
			)?.length
		).toBe( 2 );
	} );

	it( 'refuses more than 1100 points', () => {
		expect(
			reportBuckets(
				'2020-01-01T00:00:00Z',
				'2026-01-01T00:00:00Z',
				'day'
			)
		).toBeNull();
	} );

	it( 'goes back 12 months, 12 weeks or 30 days by default, the current one included', () => {
		expect( defaultReportRange( '2026-03-11T10:00:00Z', 'month' ) ).toEqual(
			{ from: '2025-04-01T00:00:00Z', to: '2026-04-01T00:00:00Z' }
		);
		expect( defaultReportRange( '2026-03-11T10:00:00Z', 'week' ) ).toEqual(
			{ from: '2025-12-22T00:00:00Z', to: '2026-03-16T00:00:00Z' }
		);
		expect( defaultReportRange( '2026-03-11T10:00:00Z', 'day' ) ).toEqual( {
			from: '2026-02-10T00:00:00Z',
			to: '2026-03-12T00:00:00Z',
		} );
	} );
} );
