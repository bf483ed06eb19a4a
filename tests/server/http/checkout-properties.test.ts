import fc from 'fast-check';
import request from 'supertest';
import { walletBalance } from '../../../server/src/domain';
import { addCustomer, API, createTestApp } from '../../support/test-app';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from '../../support/http-catalogue';

// Q2, Q3, W1–W3 as properties over the HTTP API: whatever sequence of changes a customer makes,
// checkout charges exactly the quoted due_now and the wallet equals its ledger, never below 0.
type Step = { days: number; hours: number; pick: number; disk: number };

function targets( c: Catalogue, disk: number ) {
	return [
		{ plan_id: c.premium, duration: 1, duration_unit: 'month', addons: [] },
		{ plan_id: c.premium, duration: 1, duration_unit: 'year', addons: [] },
		{
			plan_id: c.premium,
			duration: 1,
			duration_unit: 'month',
			addons: [ { product_id: c.visits, quantity: 1 } ],
		},
		{
			plan_id: c.premium,
			duration: 1,
			duration_unit: 'month',
			addons: [ { product_id: c.disk, quantity: disk } ],
		},
		{
			plan_id: c.premium,
			duration: 1,
			duration_unit: 'year',
			addons: [
				{ product_id: c.visits, quantity: 1 },
				{ product_id: c.disk, quantity: disk },
			],
		},
		{ plan_id: c.free, duration: 1, duration_unit: 'month', addons: [] },
	];
}

const step = fc.record( {
	days: fc.integer( { min: 0, max: 45 } ),
	hours: fc.integer( { min: 0, max: 23 } ),
	pick: fc.integer( { min: 0, max: 5 } ),
	disk: fc.integer( { min: 1, max: 5 } ),
} );

it( 'Q2, Q3, W1, W2, W3: checkout charges exactly due_now; the wallet equals its ledger and is never negative', async () => {
	let checkouts = 0;
	await fc.assert(
		fc.asyncProperty(
			fc.array( step, { minLength: 1, maxLength: 5 } ),
			async ( steps: Step[] ) => {
				const t = createTestApp( '2026-03-11T10:00:00Z' );
				const catalogue = await createCatalogue( t );
				const customer = await addCustomer( t, 'paula' );
				const membership = await addMembership( t, {
					customer_id: customer.id,
					plan_id: catalogue.premium,
					period_start: '2026-03-01T00:00:00Z',
				} );
				const paula = t.basic( 'paula' );
				await request( t.app )
					.put( `${ API }/customers/${ customer.id }` )
					.set( 'Authorization', paula )
					.send( {
						payment_method: {
							type: 'test_card',
							number: '4242424242424242',
						},
					} )
					.expect( 200 );
				let now = Date.parse( '2026-03-11T10:00:00Z' );
				for ( const { days, hours, pick, disk } of steps ) {
					now += ( days * 24 + hours ) * 3_600_000;
					await request( t.app )
						.put( `${ API }/clock` )
						.set( 'Authorization', t.admin )
						.send( { now: new Date( now ).toISOString() } )
						.expect( 200 );
					const quote = await request( t.app )
						.post( `${ API }/memberships/${ membership.id }/quote` )
						.set( 'Authorization', paula )
						.send( targets( catalogue, disk )[ pick ] );
					if ( quote.status === 422 ) {
						expect( [
							'wu_no_changes',
							'wu_over_limit',
							'wu_not_available',
						] ).toContain( quote.body.code );
						continue;
					}
					expect( quote.status ).toBe( 200 );
					const paid = await request( t.app )
						.post(
							`${ API }/memberships/${ membership.id }/checkout`
						)
						.set( 'Authorization', paula )
						.send( {
							quote_id: quote.body.id,
							payment_method: {
								type: 'test_card',
								number: '4242424242424242',
							},
						} )
						.expect( 200 );
					checkouts++;
					const charged = paid.body.payment
						? paid.body.payment.total
						: 0;
					expect( charged ).toBe( quote.body.due_now );
					const ledger = t.ctx.wallet.entries( customer.id );
					const self = await request( t.app )
						.get( `${ API }/customers/${ customer.id }` )
						.set( 'Authorization', paula )
						.expect( 200 );
					expect( self.body.wallet_balance ).toBe(
						walletBalance( ledger )
					);
					expect( self.body.wallet_balance ).toBe(
						quote.body.wallet_after
					);
					expect( self.body.wallet_balance ).toBeGreaterThanOrEqual(
						0
					);
				}
				t.ctx.db.close();
			}
		),
		{ numRuns: 25 }
	);
	// The property was exercised, not skipped by refusals.
	expect( checkouts ).toBeGreaterThan( 25 );
}, 120_000 );
