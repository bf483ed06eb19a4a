import request from 'supertest';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from '../../support/http-catalogue';
import {
	addCustomer,
	API,
	createTestApp,
	type TestApp,
} from '../../support/test-app';

// Issue 11: the words of a quote in parts the screens format like the table, and said truly.
const NOW = '2026-03-11T10:00:00Z';

type Part =
	| { text: string }
	| { money: { amount: number; currency: string } }
	| { date: string };

/** The parts as the plain explanation writes them: "67.06 USD", "1 Mar 2026". */
function plain( parts: Part[] ): string {
	const months = [
		'Jan',
		'Feb',
		'Mar',
		'Apr',
		'May',
		'Jun',
		'Jul',
		'Aug',
		'Sep',
		'Oct',
		'Nov',
		'Dec',
	];
	return parts
		.map( ( part ) => {
			if ( 'text' in part ) {
				return part.text;
			}
			if ( 'money' in part ) {
				return `${ ( part.money.amount / 100 ).toFixed( 2 ) } ${ part.money.currency }`;
			}
			const d = new Date( part.date );
			return `${ d.getUTCDate() } ${ months[ d.getUTCMonth() ] } ${ d.getUTCFullYear() }`;
		} )
		.join( '' );
}

describe( 'quote explanations (RULES Q1) and the no-change answer', () => {
	let t: TestApp;
	let c: Catalogue;
	let carla: { id: number };

	beforeEach( async () => {
		t = createTestApp( NOW );
		c = await createCatalogue( t );
		carla = await addCustomer( t, 'carla' );
	} );

	const member = ( body: Record< string, unknown > ) =>
		addMembership( t, {
			customer_id: carla.id,
			period_start: '2026-03-01T00:00:00Z',
			...body,
		} );
	const quote = ( id: number, body: Record< string, unknown > ) =>
		request( t.app )
			.post( `${ API }/memberships/${ id }/quote` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( body );

	it( 'sends the explanation as parts, money in minor units and instants, beside the same words as text', async () => {
		const premium = await member( { plan_id: c.premium } );
		const body = (
			await quote( premium.id, {
				duration: 1,
				duration_unit: 'year',
			} ).expect( 200 )
		).body;
		const parts = body.explanation_parts as Part[];
		expect( parts ).toEqual(
			expect.arrayContaining( [
				{ money: { amount: 9900, currency: 'USD' } },
				{ date: '2026-03-01T00:00:00Z' },
				{ date: '2026-04-01T00:00:00Z' },
				{ money: { amount: 6706, currency: 'USD' } },
				{ money: { amount: 92294, currency: 'USD' } },
				{ date: '2027-03-11T10:00:00Z' },
			] )
		);
		expect(
			parts.every(
				( part ) =>
					! ( 'text' in part ) || ! /\d+\.\d\d USD/.test( part.text )
			)
		).toBe( true );
		expect( plain( parts ) ).toBe( body.explanation );
		expect( body.explanation ).toContain(
			'You paid 99.00 USD for 1 Mar 2026 – 1 Apr 2026; 21 of 31 days are unused, a credit of 67.06 USD.'
		);
	} );

	it( 'says "setup fee" only when the change charges one', async () => {
		const premium = await member( { plan_id: c.premium } );
		const yearly = (
			await quote( premium.id, {
				duration: 1,
				duration_unit: 'year',
			} ).expect( 200 )
		).body;
		expect( yearly.explanation ).not.toMatch( /setup fee/i );
		const free = await addMembership( t, {
			customer_id: ( await addCustomer( t, 'fred' ) ).id,
			plan_id: c.free,
		} );
		const upgrade = (
			await request( t.app )
				.post( `${ API }/memberships/${ free.id }/quote` )
				.set( 'Authorization', t.basic( 'fred' ) )
				.send( { plan_id: c.premium } )
				.expect( 200 )
		).body;
		expect( upgrade.explanation ).toContain(
			'costs 149.00 USD, including a setup fee of 50.00 USD.'
		);
	} );

	it( 'prices a one-time service "once", not "for the rest of this period"', async () => {
		const premium = await member( { plan_id: c.premium } );
		const body = (
			await quote( premium.id, {
				addons: [ { product_id: c.setup, quantity: 1 } ],
			} ).expect( 200 )
		).body;
		expect( body.due_now ).toBe( 4900 );
		expect( body.explanation ).toContain( 'cost 49.00 USD, once.' );
		expect( body.explanation ).not.toContain(
			'for the rest of this period'
		);
		const both = (
			await quote( premium.id, {
				addons: [
					{ product_id: c.setup, quantity: 1 },
					{ product_id: c.visits, quantity: 1 },
				],
			} ).expect( 200 )
		).body;
		expect( both.explanation ).toContain(
			'The add-ons you add cost 6.77 USD for the rest of this period.'
		);
		expect( both.explanation ).toContain( 'cost 49.00 USD, once.' );
	} );

	it( 'during a trial, a one-time service bought now is priced "once", not "costs nothing now"', async () => {
		const trial = await member( {
			plan_id: c.premium,
			status: 'trialing',
			trial_end: '2026-03-25T10:00:00Z',
		} );
		const body = (
			await quote( trial.id, {
				addons: [ { product_id: c.setup, quantity: 1 } ],
			} ).expect( 200 )
		).body;
		expect( body.due_now ).toBe( 4900 );
		expect( body.explanation ).toContain( 'cost 49.00 USD, once.' );
		expect( body.explanation ).not.toContain( 'costs nothing now' );
	} );

	it( 'wu_no_changes names only the add-ons the customer has', async () => {
		const premium = await member( { plan_id: c.premium } );
		const none = (
			await quote( premium.id, { plan_id: c.premium } ).expect( 422 )
		).body;
		expect( none ).toMatchObject( {
			code: 'wu_no_changes',
			message:
				'Nothing would change: you already have Premium for 1 month.',
		} );
		const withDisk = await addMembership( t, {
			customer_id: ( await addCustomer( t, 'dora' ) ).id,
			plan_id: c.premium,
			addons: [
				{ product_id: c.disk, quantity: 2 },
				{ product_id: c.visits, quantity: 1 },
			],
		} );
		const same = await request( t.app )
			.post( `${ API }/memberships/${ withDisk.id }/quote` )
			.set( 'Authorization', t.basic( 'dora' ) )
			.send( {
				plan_id: c.premium,
				addons: [
					{ product_id: c.visits, quantity: 1 },
					{ product_id: c.disk, quantity: 2 },
				],
			} )
			.expect( 422 );
		expect( same.body.message ).toMatch(
			/^Nothing would change: you already have Premium for 1 month with (Unlimited Visits, Extra Disk × 2|Extra Disk × 2, Unlimited Visits)\.$/
		);
	} );

	it( 'a scheduled change carries what renews after it (the next charge on its date)', async () => {
		const premium = await member( { plan_id: c.premium } );
		const down = (
			await quote( premium.id, { plan_id: c.free } ).expect( 200 )
		).body;
		const done = await request( t.app )
			.post( `${ API }/memberships/${ premium.id }/checkout` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( { quote_id: down.id } )
			.expect( 200 );
		expect( done.body.membership.amount ).toBe( 9900 );
		expect( done.body.membership.scheduled_change ).toMatchObject( {
			plan_id: c.free,
			effective_at: '2026-04-01T00:00:00Z',
			amount: 0,
		} );
		const yearly = await addMembership( t, {
			customer_id: ( await addCustomer( t, 'yves' ) ).id,
			plan_id: c.premium,
			duration: 1,
			duration_unit: 'year',
			addons: [
				{ product_id: c.disk, quantity: 1 },
				{ product_id: c.visits, quantity: 1 },
			],
		} );
		const drop = (
			await request( t.app )
				.post( `${ API }/memberships/${ yearly.id }/quote` )
				.set( 'Authorization', t.basic( 'yves' ) )
				.send( { addons: [ { product_id: c.disk, quantity: 1 } ] } )
				.expect( 200 )
		).body;
		const kept = await request( t.app )
			.post( `${ API }/memberships/${ yearly.id }/checkout` )
			.set( 'Authorization', t.basic( 'yves' ) )
			.send( { quote_id: drop.id } )
			.expect( 200 );
		// Premium yearly 990.00 + Extra Disk at 5.00 a month scaled to a year, 60.00 (decision 4).
		expect( kept.body.membership.scheduled_change.amount ).toBe(
			99000 + 6000
		);
	} );
} );
