import request from 'supertest';
import { listEmails, makeEmails, PUBLIC_URL } from '../../support/emails';
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

/** Issue 15 with RULES §11: a membership that ends by cancellation says so, dated when it ended. */
describe( 'e-mails of cancellations', () => {
	let t: TestApp;
	let c: Catalogue;
	let membership: Record< string, any >;

	beforeEach( async () => {
		t = createTestApp( '2026-03-11T10:00:00Z' );
		c = await createCatalogue( t );
		const carla = await addCustomer( t, 'carla' );
		membership = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		makeEmails( t );
		t.ctx.db.prepare( 'DELETE FROM emails' ).run();
	} );

	const cancel = ( body: Record< string, unknown >, as: string ) =>
		request( t.app )
			.post( `${ API }/memberships/${ membership.id }/cancel` )
			.set( 'Authorization', as )
			.send( body )
			.expect( 200 );

	it( 'the admin’s cancellation now sends "your membership was cancelled"', async () => {
		await cancel( { when: 'now', refund: 'none' }, t.admin );
		makeEmails( t );
		const emails = await listEmails( t );
		expect( emails.map( ( e ) => e.kind ) ).toEqual( [
			'membership_cancelled',
		] );
		expect( emails[ 0 ] ).toMatchObject( {
			to: 'carla@example.test',
			subject: 'Your membership was cancelled',
			created_at: '2026-03-11T10:00:00Z',
		} );
		expect( emails[ 0 ].text ).toContain(
			'Your Premium membership was cancelled on 11 Mar 2026.'
		);
		expect( emails[ 0 ].text ).toContain(
			`Your account: ${ PUBLIC_URL }/wp-admin/account`
		);
	} );

	it( 'a cancellation at the period end sends it when the membership ends, not when it is asked for', async () => {
		await cancel( { when: 'period_end' }, t.basic( 'carla' ) );
		makeEmails( t );
		expect( await listEmails( t ) ).toEqual( [] );
		await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: '2026-04-02T00:00:00Z' } )
			.expect( 200 );
		makeEmails( t );
		const emails = await listEmails( t );
		expect( emails.map( ( e ) => e.subject ) ).toEqual( [
			'Your membership was cancelled',
		] );
		expect( emails[ 0 ].text ).toContain(
			'Your Premium membership was cancelled on 1 Apr 2026.'
		);
	} );
} );
