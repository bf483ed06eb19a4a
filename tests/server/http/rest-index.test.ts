import request from 'supertest';
import { addCustomer, API, createTestApp } from '../../support/test-app';

// Issue 12 point 3: one schema per endpoint, served by OPTIONS and the index as WordPress does.
describe( 'the REST index and OPTIONS describe each endpoint by its schema', () => {
	const t = createTestApp();

	it( 'answers OPTIONS on a route with Allow and the route’s methods and args', async () => {
		const res = await request( t.app )
			.options( `${ API }/sites/5/can` )
			.expect( 200 );
		expect( res.headers.allow ).toBe( 'GET, HEAD' );
		expect( res.body ).toEqual( {
			namespace: 'wu/v2',
			methods: [ 'GET' ],
			endpoints: [
				{
					methods: [ 'GET' ],
					args: expect.objectContaining( {
						action: expect.objectContaining( {
							type: 'string',
							enum: expect.arrayContaining( [ 'upload' ] ),
							required: true,
						} ),
						size: expect.objectContaining( {
							type: 'integer',
							minimum: 1,
							maximum: 1000000,
							required: false,
						} ),
					} ),
				},
			],
		} );
	} );

	it( 'lists a route registered by two modules once, with each endpoint’s args', async () => {
		const res = await request( t.app )
			.options( `${ API }/products/7` )
			.expect( 200 );
		expect( res.headers.allow ).toBe( 'GET, PUT, PATCH, DELETE, HEAD' );
		const change = res.body.endpoints.find( ( e: { methods: string[] } ) =>
			e.methods.includes( 'PUT' )
		);
		expect( change.args.name ).toMatchObject( {
			type: 'string',
			maxLength: 200,
			required: false,
		} );
		expect( change.args.duration_unit.enum ).toEqual( [
			'day',
			'week',
			'month',
			'year',
		] );
	} );

	it( 'lists every endpoint’s args at /wp-json/ and /wp-json/wu/v2', async () => {
		const root = await request( t.app ).get( '/wp-json/' ).expect( 200 );
		const checkout =
			root.body.routes[ '/wu/v2/memberships/(?P<id>[\\d]+)/checkout' ];
		expect( checkout.endpoints[ 0 ].args ).toMatchObject( {
			quote_id: { type: 'string', required: true },
			allow_over_limits: { type: 'boolean', required: false },
			payment_method: { type: 'object', required: false },
		} );
		const namespace = await request( t.app )
			.get( '/wp-json/wu/v2' )
			.expect( 200 );
		expect(
			namespace.body.routes[ '/wu/v2/customers' ].endpoints.find(
				( e: { methods: string[] } ) => e.methods.includes( 'POST' )
			).args
		).toMatchObject( {
			username: { type: 'string', required: true },
			email: { type: 'string', required: true },
			password: { type: 'string', required: true },
			display_name: { type: 'string', required: false },
		} );
	} );

	it( 'answers OPTIONS on an unknown path with rest_no_route', async () => {
		const res = await request( t.app )
			.options( `${ API }/nothing-here` )
			.expect( 404 );
		expect( res.body.code ).toBe( 'rest_no_route' );
	} );
} );

describe( 'schema errors name fields by their screen labels', () => {
	it( 'names the site form’s fields and the stored-data problems in one answer', async () => {
		const t = createTestApp();
		const res = await request( t.app )
			.post( `${ API }/sites` )
			.set( 'Authorization', t.admin )
			.send( {
				membership_id: 999,
				title: '',
				path: 'no-slashes',
				usage: { disk_space: -1 },
			} )
			.expect( 400 );
		expect( res.body.data.params ).toEqual( {
			title: 'Site title must not be empty.',
			path: 'path looks like /my-site/ (lowercase letters, digits, dashes).',
			'usage.disk_space': 'usage.disk_space must be a whole number ≥ 0.',
			membership_id: 'No membership with this id.',
		} );
	} );

	it( 'names the list parameters of a collection by their labels', async () => {
		const t = createTestApp();
		const res = await request( t.app )
			.get( `${ API }/sites?per_page=500&order=sideways&page=x` )
			.set( 'Authorization', t.admin )
			.expect( 400 );
		expect( res.body.data.params ).toEqual( {
			page: 'Page must be an integer.',
			per_page: 'Items per page must be at most 100.',
			order: 'Sort order must be one of: asc, desc.',
		} );
	} );

	it( 'names the account fields of users/me, in Norwegian for a Norwegian user', async () => {
		const t = createTestApp();
		await addCustomer( t, 'carla' );
		const res = await request( t.app )
			.put( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( {
				email: '',
				password: 'short',
				locale: 'xx',
				username: 'x',
			} )
			.expect( 400 );
		expect( res.body.data.params ).toEqual( {
			email: 'Email must be an email address.',
			password: 'Password must be at least 8 characters.',
			locale: 'Language must be one of: en_US, nb_NO.',
			username: 'The username cannot be changed.',
		} );
		await request( t.app )
			.put( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( { locale: 'nb_NO' } )
			.expect( 200 );
		const norwegian = await request( t.app )
			.put( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( { password: 'short' } )
			.expect( 400 );
		expect( norwegian.body.data.params.password ).not.toBe(
			'Password must be at least 8 characters.'
		);
	} );
} );
