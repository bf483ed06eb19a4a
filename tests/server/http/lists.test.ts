import request from 'supertest';
import {
	ids,
	listsNetwork,
	type ListsNetwork,
} from '../../support/lists-network';
import { API } from '../../support/test-app';

// The admin lists (issue 12, docs/rest-api.md "Lists"): WordPress's paging headers, the names
// beside ids, and each filter.
describe( 'GET /memberships, /customers, /payments, /products lists: pages, names, filters', () => {
	let n: ListsNetwork;
	let t: ListsNetwork[ 't' ];
	let c: ListsNetwork[ 'c' ];
	let m: ListsNetwork[ 'm' ];
	let anna: number;
	let bjorn: number;
	let carla: number;
	const get = ( path: string, auth?: string ) => n.get( path, auth );

	beforeEach( async () => {
		n = await listsNetwork();
		( { t, c, m, anna, bjorn, carla } = n );
	} );

	it( 'pages with X-WP-Total, X-WP-TotalPages and Link rel="next"/"prev" as WordPress does', async () => {
		const first = await get( '/memberships?per_page=3' ).expect( 200 );
		expect( first.headers[ 'x-wp-total' ] ).toBe( '4' );
		expect( first.headers[ 'x-wp-totalpages' ] ).toBe( '2' );
		expect( ids( first.body ) ).toEqual( [ m.anna, m.bjorn, m.carlaFree ] );
		expect( first.headers.link ).toMatch(
			/^<http:\/\/127\.0\.0\.1:\d+\/wp-json\/wu\/v2\/memberships\?per_page=3&page=2>; rel="next"$/
		);
		const second = await get( '/memberships?per_page=3&page=2' ).expect(
			200
		);
		expect( ids( second.body ) ).toEqual( [ m.carlaOld ] );
		expect( second.headers.link ).toMatch(
			/^<http:\/\/127\.0\.0\.1:\d+\/wp-json\/wu\/v2\/memberships\?per_page=3&page=1>; rel="prev"$/
		);
		// Beyond the last page: empty, and prev points at the last page.
		const beyond = await get( '/memberships?per_page=3&page=5' ).expect(
			200
		);
		expect( beyond.body ).toEqual( [] );
		expect( beyond.headers.link ).toContain( 'page=2>; rel="prev"' );
		// One page: no Link at all.
		const all = await get( '/memberships' ).expect( 200 );
		expect( all.headers.link ).toBeUndefined();
		expect( all.headers[ 'x-wp-totalpages' ] ).toBe( '1' );
		const none = await get( '/payments?status=refunded' ).expect( 200 );
		expect( none.headers[ 'x-wp-total' ] ).toBe( '0' );
		expect( none.headers[ 'x-wp-totalpages' ] ).toBe( '0' );
	} );

	it( 'sends customer and plan names beside the ids, read with the rows', async () => {
		const memberships = await get( '/memberships' ).expect( 200 );
		expect(
			memberships.body.map(
				( x: Record< string, unknown > ) =>
					`${ x.customer_name } / ${ x.plan_name }`
			)
		).toEqual( [
			'Anna Berg / Premium',
			'Bjørn Dahl / Basic',
			'Carla Moe / Free',
			'Carla Moe / Basic',
		] );
		// The membership's own fields are still there.
		expect( memberships.body[ 0 ] ).toMatchObject( {
			id: m.anna,
			customer_id: anna,
			plan_id: c.premium,
			amount: 10900,
			status: 'active',
		} );
		const payments = await get( '/payments?order=asc' ).expect( 200 );
		expect(
			payments.body.map( ( x: Record< string, unknown > ) => [
				x.customer_name,
				x.plan_name,
				x.total,
			] )
		).toEqual( [
			[ 'Anna Berg', 'Premium', 10900 ],
			[ 'Bjørn Dahl', 'Basic', 2900 ],
			[ 'Carla Moe', 'Basic', 2900 ],
		] );
		expect( payments.body[ 0 ].lines ).toEqual( [
			expect.objectContaining( { kind: 'plan', amount: 9900 } ),
			expect.objectContaining( { product_id: c.disk, quantity: 2 } ),
		] );
	} );

	it( 'filters memberships by status (one or a comma list), customer, plan and renewal error', async () => {
		expect(
			ids( ( await get( '/memberships?status=active' ) ).body )
		).toEqual( [ m.anna, m.bjorn ] );
		expect(
			ids(
				( await get( '/memberships?status=trialing,cancelled' ) ).body
			)
		).toEqual( [ m.carlaFree, m.carlaOld ] );
		expect(
			ids( ( await get( `/memberships?customer=${ carla }` ) ).body )
		).toEqual( [ m.carlaFree, m.carlaOld ] );
		expect(
			ids( ( await get( `/memberships?plan=${ c.basic }` ) ).body )
		).toEqual( [ m.bjorn, m.carlaOld ] );
		t.ctx.memberships.setRenewalError( m.bjorn, {
			at: '2026-03-11T10:00:00Z',
			message: 'The plan is gone.',
		} );
		const failing = await get( '/memberships?renewal_error=true' );
		expect( ids( failing.body ) ).toEqual( [ m.bjorn ] );
		expect( failing.body[ 0 ].renewal_error ).toEqual( {
			at: '2026-03-11T10:00:00Z',
			message: 'The plan is gone.',
		} );
		expect(
			ids( ( await get( '/memberships?renewal_error=false' ) ).body )
		).toEqual( [ m.anna, m.carlaFree, m.carlaOld ] );
	} );

	it( 'filters payments by status, customer and membership, and products by type, status and group', async () => {
		const completed = await get( '/payments?status=completed,pending' );
		// The trialing membership paid nothing yet: three initial payments.
		expect( completed.headers[ 'x-wp-total' ] ).toBe( '3' );
		expect(
			( await get( '/payments?status=failed' ) ).headers[ 'x-wp-total' ]
		).toBe( '0' );
		const carlas = await get( `/payments?customer=${ carla }` );
		expect(
			carlas.body.map(
				( p: { membership_id: number } ) => p.membership_id
			)
		).toEqual( [ m.carlaOld ] );
		const one = await get( `/payments?membership=${ m.bjorn }` );
		expect(
			one.body.map( ( p: { customer_id: number } ) => p.customer_id )
		).toEqual( [ bjorn ] );

		const names = async ( path: string, auth?: string ) =>
			( await get( path, auth ) ).body.map(
				( p: { name: string } ) => p.name
			);
		expect( await names( '/products?type=package' ) ).toEqual( [
			'Unlimited Visits',
			'Extra Disk',
		] );
		expect( await names( '/products?group=high%20end' ) ).toEqual( [
			'Free',
			'Premium',
		] );
		await request( t.app )
			.put( `${ API }/products/${ c.setup }` )
			.set( 'Authorization', t.admin )
			.send( { active: false } )
			.expect( 200 );
		expect( await names( '/products?status=inactive' ) ).toEqual( [
			'Site Setup',
		] );
		expect( ( await names( '/products?status=active' ) ).length ).toBe( 5 );
		expect( ( await names( '/products' ) ).length ).toBe( 6 );
		// Anyone else sees active products only, whatever they ask.
		expect(
			await names( '/products?status=inactive', t.basic( 'anna' ) )
		).not.toContain( 'Site Setup' );
	} );
} );
