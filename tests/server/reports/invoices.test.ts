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

// Issue 16: every completed payment has a printable invoice with a sequential number that is
// never reused, in the customer's language and the network's currency.
const NOW = '2026-03-11T10:00:00Z';

describe( 'invoices (GET /payments/{id}/invoice, invoice_number)', () => {
	let t: TestApp;
	let c: Catalogue;
	let nora: { id: number };
	let membership: Record< string, any >;

	beforeEach( async () => {
		t = createTestApp( NOW );
		t.ctx.settings.setNetworkName( 'Fjord <Sites> & Co' );
		c = await createCatalogue( t );
		nora = await addCustomer( t, 'nora' );
		membership = await addMembership( t, {
			customer_id: nora.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
	} );

	const payments = async () =>
		(
			await request( t.app )
				.get( `${ API }/payments?order=asc&orderby=id` )
				.set( 'Authorization', t.admin )
				.expect( 200 )
		).body as Record< string, any >[];

	const quote = async ( body: Record< string, unknown > ) =>
		(
			await request( t.app )
				.post( `${ API }/memberships/${ membership.id }/quote` )
				.set( 'Authorization', t.basic( 'nora' ) )
				.send( body )
				.expect( 200 )
		).body;

	const pay = ( quoteId: string, method: Record< string, unknown > ) =>
		request( t.app )
			.post( `${ API }/memberships/${ membership.id }/checkout` )
			.set( 'Authorization', t.basic( 'nora' ) )
			.send( { quote_id: quoteId, payment_method: method } );

	const invoice = ( id: number, auth = t.admin ) =>
		request( t.app )
			.get( `${ API }/payments/${ id }/invoice` )
			.set( 'Authorization', auth );

	/** The page's text without tags, spaces made plain. */
	const text = ( html: string ) =>
		html
			.replace( /<style>[\s\S]*?<\/style>/, '' )
			.replace( /<[^>]+>/g, ' ' )
			.replace( /[\s\u00a0\u202f]+/g, ' ' );

	it( 'numbers completed payments 1, 2, 3 in completion order; a declined or pending payment takes none, and none is reused', async () => {
		// The membership's initial payment is number 1.
		expect( ( await payments() ).map( ( p ) => p.invoice_number ) ).toEqual(
			[ 1 ]
		);
		// A declined card records nothing and uses no number.
		const yearly = await quote( { duration: 1, duration_unit: 'year' } );
		await pay( yearly.id, {
			type: 'test_card',
			number: '4000000000000002',
		} ).expect( 402 );
		// A manual payment waits without a number; its invoice is refused clearly.
		const manual = await pay( yearly.id, { type: 'manual' } ).expect( 200 );
		const pendingId = manual.body.payment.id;
		expect( manual.body.payment.invoice_number ).toBeNull();
		const refused = await invoice( pendingId ).expect( 409 );
		expect( refused.body ).toMatchObject( {
			code: 'wu_payment_not_completed',
			data: { status: 409 },
		} );
		expect( refused.body.message ).toContain( 'pending' );
		// Completing it gives it the next number.
		const completed = await request( t.app )
			.post( `${ API }/payments/${ pendingId }/complete` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( completed.body.payment.invoice_number ).toBe( 2 );
		const another = await addMembership( t, {
			customer_id: nora.id,
			plan_id: c.basic,
		} );
		const list = await payments();
		expect( list.map( ( p ) => [ p.status, p.invoice_number ] ) ).toEqual( [
			[ 'completed', 1 ],
			[ 'failed', null ], // the declined card (decision 52)
			[ 'completed', 2 ], // the manual payment, completed
			[ 'completed', 3 ],
		] );
		expect( list[ 3 ].membership_id ).toBe( another.id );
		await invoice( list[ 1 ].id ).expect( 409 );
		const single = await request( t.app )
			.get( `${ API }/payments/${ list[ 3 ].id }` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( single.body.invoice_number ).toBe( 3 );
	} );

	it( 'shows the network, number, date, customer, lines, credit and total in English', async () => {
		const yearly = await quote( { duration: 1, duration_unit: 'year' } );
		const paid = await pay( yearly.id, {
			type: 'test_card',
			number: '4242424242424242',
		} ).expect( 200 );
		const res = await invoice( paid.body.payment.id ).expect( 200 );
		expect( res.headers[ 'content-type' ] ).toMatch( /^text\/html/ );
		expect( res.text ).toContain( '<html lang="en-US">' );
		// Escaped, never markup from data.
		expect( res.text ).toContain( 'Fjord &#60;Sites&#62; &#38; Co' );
		expect( res.text ).not.toContain( '<Sites>' );
		const page = text( res.text );
		expect( page ).toContain( 'Invoice 2' );
		expect( page ).toContain( 'Date 11 Mar 2026' );
		expect( page ).toContain( 'nora nora@example.test' );
		// RULES §9 E4: 990.00 for the year less 67.06 credit for 21 unused days of 31.
		expect( page ).toMatch( /Premium[^|]*1 990\.00 USD 990\.00 USD/ );
		expect( page ).toContain( 'Subtotal 990.00 USD' );
		expect( page ).toContain( 'Credit for unused time -67.06 USD' );
		expect( page ).toContain( 'Total paid 922.94 USD' );
		expect( res.text ).toContain( '@media print' );
	} );

	it( 'is in the customer’s language (nb_NO) whoever reads it, with the amounts formatted for it', async () => {
		await request( t.app )
			.put( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'nora' ) )
			.send( { locale: 'nb_NO' } )
			.expect( 200 );
		const [ first ] = await payments();
		const res = await invoice( first.id ).expect( 200 );
		expect( res.text ).toContain( '<html lang="nb-NO">' );
		const page = text( res.text );
		expect( page ).toContain( 'Kunde' );
		expect( page ).toContain( 'Beskrivelse' );
		expect( page ).toContain( 'Antall' );
		expect( page ).toContain( 'Dato 1. mars 2026' );
		expect( page ).toContain( '99,00 USD' );
		expect( page ).not.toContain( '99.00 USD' );
	} );

	it( 'is the owner’s and the admin’s only (404 for another customer, like the payment)', async () => {
		await addCustomer( t, 'olav' );
		const [ first ] = await payments();
		await invoice( first.id, t.basic( 'nora' ) ).expect( 200 );
		const other = await invoice( first.id, t.basic( 'olav' ) ).expect(
			404
		);
		expect( other.body.code ).toBe( 'rest_not_found' );
		await request( t.app )
			.get( `${ API }/payments/${ first.id }/invoice` )
			.expect( 401 );
		await invoice( 9999 ).expect( 404 );
	} );
} );
