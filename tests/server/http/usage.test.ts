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

// Limits in force (RULES L1–L4): visits ingestion, "may this site do X?", overrides, the guard.
const NOW = '2026-03-11T10:00:00Z';
const CARD = { type: 'test_card', number: '4242424242424242' };

describe( 'limits in force over HTTP', () => {
	let t: TestApp;
	let c: Catalogue;
	let carla: string;

	beforeEach( async () => {
		t = createTestApp( NOW );
		c = await createCatalogue( t );
		const customer = await addCustomer( t, 'carla' );
		carla = t.basic( 'carla' );
		( t as TestApp & { customerId: number } ).customerId = customer.id;
	} );

	const customerId = () =>
		( t as TestApp & { customerId: number } ).customerId;
	let pathCount = 0;
	async function addSite(
		membershipId: number,
		usage: Record< string, unknown > = {}
	): Promise< number > {
		pathCount++;
		const res = await request( t.app )
			.post( `${ API }/sites` )
			.set( 'Authorization', t.admin )
			.send( {
				membership_id: membershipId,
				title: `Site ${ pathCount }`,
				path: `/site-${ pathCount }/`,
				usage,
			} );
		expect( res.status ).toBe( 201 );
		return res.body.id;
	}
	const visits = ( body: unknown, auth = t.admin ) =>
		request( t.app )
			.post( `${ API }/visits` )
			.set( 'Authorization', auth )
			.send( body as object );
	const can = ( siteId: number, query: string, auth = carla ) =>
		request( t.app )
			.get( `${ API }/sites/${ siteId }/can?${ query }` )
			.set( 'Authorization', auth );
	const batch = ( siteId: number, count: number, prefix = 'v', at = NOW ) =>
		Array.from( { length: count }, ( _, i ) => ( {
			site_id: siteId,
			visitor: `${ prefix }${ i }`,
			at,
		} ) );
	const quote = ( id: number, body: Record< string, unknown > ) =>
		request( t.app )
			.post( `${ API }/memberships/${ id }/quote` )
			.set( 'Authorization', carla )
			.send( body );
	const pay = ( id: number, quoteId: string ) =>
		request( t.app )
			.post( `${ API }/memberships/${ id }/checkout` )
			.set( 'Authorization', carla )
			.send( { quote_id: quoteId, payment_method: CARD } );

	describe( 'POST /visits', () => {
		it( 'counts each visitor once per site per calendar month (UTC) and says which sites reached their limit', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			const site = await addSite( m.id );
			const first = await visits( [
				...batch( site, 600 ),
				{ site_id: site, visitor: 'v1', at: '2026-03-11T11:00:00Z' },
			] ).expect( 200 );
			expect( first.body ).toEqual( {
				recorded: 600,
				duplicates: 1,
				over_limit: [],
			} );
			const second = await visits( [
				...batch( site, 1000 ),
				{ site_id: site, visitor: 'v1', at: '2026-02-28T23:59:59Z' },
			] ).expect( 200 );
			expect( second.body ).toEqual( {
				recorded: 401,
				duplicates: 600,
				over_limit: [ { site_id: site, visits: 1000, limit: 1000 } ],
			} );
			const limits = await request( t.app )
				.get( `${ API }/sites/${ site }/limits` )
				.set( 'Authorization', carla )
				.expect( 200 );
			expect( limits.body ).toMatchObject( {
				site_id: site,
				month: '2026-03',
				usage: { visits: 1000 },
				limits: { visits: 1000 },
			} );
		} );

		it( 'names each bad entry by index and field and records nothing of the batch', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			const site = await addSite( m.id );
			const res = await visits( [
				{ site_id: site, visitor: 'ok', at: NOW },
				{ site_id: 'x', visitor: '', at: '2026-02-30T10:00:00Z' },
				{ site_id: site, visitor: 'late', at: '2027-01-01T00:00:00Z' },
				7,
			] ).expect( 400 );
			expect( res.body.code ).toBe( 'rest_invalid_param' );
			expect( res.body.data.params ).toEqual( {
				'[1].site_id': expect.any( String ),
				'[1].visitor': expect.any( String ),
				'[1].at': expect.any( String ),
				'[2].at': expect.stringMatching( /future/ ),
				'[3]': expect.any( String ),
			} );
			const unknown = await visits( [
				{ site_id: site, visitor: 'a', at: NOW },
				{ site_id: 999, visitor: 'b', at: NOW },
			] ).expect( 400 );
			expect( unknown.body.data.params ).toEqual( {
				'[1].site_id': expect.stringMatching( /999/ ),
			} );
			const after = await request( t.app )
				.get( `${ API }/sites/${ site }/limits` )
				.set( 'Authorization', t.admin )
				.expect( 200 );
			expect( after.body.usage.visits ).toBe( 0 );
		} );

		it( 'refuses a body that is not an array, an empty batch and one over 10,000 entries', async () => {
			expect(
				( await visits( { site_id: 1 } ).expect( 400 ) ).body.data
					.params.body
			).toMatch( /array/ );
			await visits( [] ).expect( 400 );
			const big = await visits( batch( 1, 10_001 ) ).expect( 400 );
			expect( big.body.data.params.body ).toMatch( /10000/ );
		} );

		it( 'accepts a batch of 10,000 in one request', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.premium,
			} );
			const site = await addSite( m.id );
			const res = await visits(
				batch( site, 10_000, 'a-rather-long-visitor-identifier-' )
			).expect( 200 );
			expect( res.body ).toEqual( {
				recorded: 10_000,
				duplicates: 0,
				over_limit: [],
			} );
		} );

		it( 'is for the network admin only', async () => {
			await visits(
				[ { site_id: 1, visitor: 'a', at: NOW } ],
				carla
			).expect( 403 );
			await request( t.app )
				.post( `${ API }/visits` )
				.send( [] )
				.expect( 401 );
		} );
	} );

	describe( 'serve_visit', () => {
		it( 'refuses a new visitor at the Free limit, serves a returning one, and serves again right after Free → Premium (L3)', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			const site = await addSite( m.id );
			await visits( batch( site, 1000 ) ).expect( 200 );
			const refused = await can(
				site,
				'action=serve_visit&visitor=newcomer'
			).expect( 422 );
			expect( refused.body.code ).toBe( 'wu_over_limit' );
			expect( refused.body.data.limits ).toEqual( [
				{
					limit: 'visits',
					site_id: site,
					usage: 1000,
					new_limit: 1000,
					must_remove: 1,
				},
			] );
			await can( site, 'action=serve_visit&visitor=v5' ).expect( 200 );

			const q = await quote( m.id, {
				plan_id: c.premium,
				duration: 1,
				duration_unit: 'month',
			} ).expect( 200 );
			await pay( m.id, q.body.id ).expect( 200 );
			const allowed = await can(
				site,
				'action=serve_visit&visitor=newcomer'
			).expect( 200 );
			expect( allowed.body ).toEqual( {
				allowed: true,
				action: 'serve_visit',
				limit: 100000,
				usage: 1000,
				remaining: 98999,
			} );
		} );

		it( 'serves again right after an Unlimited Visits purchase', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.premium,
				period_start: '2026-03-01T00:00:00Z',
			} );
			const site = await addSite( m.id );
			// NOTE: the 100,000 visits of the Premium limit are put on the month's counter directly; ingestion is tested above.
			t.ctx.usage.addVisits( site, '2026-03', 100_000 );
			await can( site, 'action=serve_visit' ).expect( 422 );
			const q = await quote( m.id, {
				addons: [ { product_id: c.visits, quantity: 1 } ],
			} ).expect( 200 );
			expect( q.body.type ).toBe( 'addon' );
			await pay( m.id, q.body.id ).expect( 200 );
			const allowed = await can( site, 'action=serve_visit' ).expect(
				200
			);
			expect( allowed.body ).toMatchObject( {
				allowed: true,
				limit: 'unlimited',
				usage: 100000,
				remaining: null,
			} );
		} );

		it( 'starts each calendar month from zero', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			const site = await addSite( m.id );
			await visits(
				batch( site, 1000, 'v', '2026-02-15T00:00:00Z' )
			).expect( 200 );
			expect(
				( await can( site, 'action=serve_visit' ).expect( 200 ) ).body
			).toMatchObject( { usage: 0, limit: 1000 } );
		} );
	} );

	describe( 'create_post, add_user, map_domain, upload', () => {
		it( 'answers each against the site’s usage and the plan’s limits', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			const site = await addSite( m.id, {
				posts: { post: 3, page: 5 },
				users: 1,
				disk_space: 95,
				custom_domains: 0,
			} );
			expect(
				( await can( site, 'action=create_post' ).expect( 200 ) ).body
			).toEqual( {
				allowed: true,
				action: 'create_post',
				post_type: 'post',
				limit: 10,
				usage: 3,
				remaining: 6,
			} );
			const page = await can(
				site,
				'action=create_post&post_type=page'
			).expect( 422 );
			expect( page.body.data.limits ).toEqual( [
				{
					limit: 'posts',
					post_type: 'page',
					site_id: site,
					usage: 5,
					new_limit: 5,
					must_remove: 1,
				},
			] );
			expect( page.body.message ).toMatch(
				/limit of 5 pages is reached/
			);
			expect(
				(
					await can(
						site,
						'action=create_post&post_type=product'
					).expect( 200 )
				).body.limit
			).toBe( 'unlimited' );
			expect(
				( await can( site, 'action=add_user' ).expect( 422 ) ).body.data
					.limits[ 0 ]
			).toMatchObject( {
				limit: 'users',
				usage: 1,
				new_limit: 1,
				must_remove: 1,
			} );
			expect(
				( await can( site, 'action=map_domain' ).expect( 422 ) ).body
					.data.limits[ 0 ]
			).toMatchObject( {
				limit: 'custom_domains',
				usage: 0,
				new_limit: 0,
			} );
			expect(
				( await can( site, 'action=upload&size=5' ).expect( 200 ) ).body
					.remaining
			).toBe( 0 );
			expect(
				( await can( site, 'action=upload&size=6' ).expect( 422 ) ).body
					.data.limits[ 0 ]
			).toMatchObject( {
				limit: 'disk_space',
				usage: 95,
				new_limit: 100,
				must_remove: 1,
			} );
		} );

		it( 'sees new usage from PUT /sites/{id}/usage on the next request', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			const site = await addSite( m.id, { posts: { post: 9 } } );
			await can( site, 'action=create_post' ).expect( 200 );
			await request( t.app )
				.put( `${ API }/sites/${ site }/usage` )
				.set( 'Authorization', t.admin )
				.send( { posts: { post: 10 } } )
				.expect( 200 );
			await can( site, 'action=create_post' ).expect( 422 );
		} );

		it( 'validates the question', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			const site = await addSite( m.id );
			expect(
				( await can( site, 'action=fly' ).expect( 400 ) ).body.data
					.params.action
			).toBeDefined();
			expect(
				( await can( site, '' ).expect( 400 ) ).body.data.params.action
			).toBeDefined();
			expect(
				( await can( site, 'action=upload' ).expect( 400 ) ).body.data
					.params.size
			).toBeDefined();
			expect(
				(
					await can(
						site,
						'action=create_post&post_type=No%20Way'
					).expect( 400 )
				).body.data.params.post_type
			).toBeDefined();
		} );
	} );

	describe( 'create_site and overrides', () => {
		it( 'refuses a second site on Free, allows it right after an admin override, refuses again once the override is cleared (L2, L3)', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			await addSite( m.id );
			const refused = await request( t.app )
				.get( `${ API }/memberships/${ m.id }/can?action=create_site` )
				.set( 'Authorization', carla )
				.expect( 422 );
			expect( refused.body.data.limits ).toEqual( [
				{ limit: 'sites', usage: 1, new_limit: 1, must_remove: 1 },
			] );
			const put = await request( t.app )
				.put( `${ API }/memberships/${ m.id }/limits` )
				.set( 'Authorization', t.admin )
				.send( { sites: 3, posts: { page: 'unlimited' } } )
				.expect( 200 );
			expect( put.body ).toMatchObject( {
				membership_id: m.id,
				override: { sites: 3, posts: { page: 'unlimited' } },
				limits: {
					sites: 3,
					visits: 1000,
					posts: { post: 10, page: 'unlimited' },
				},
			} );
			const allowed = await request( t.app )
				.get( `${ API }/memberships/${ m.id }/can?action=create_site` )
				.set( 'Authorization', carla )
				.expect( 200 );
			expect( allowed.body ).toEqual( {
				allowed: true,
				action: 'create_site',
				limit: 3,
				usage: 1,
				remaining: 1,
			} );
			await request( t.app )
				.put( `${ API }/memberships/${ m.id }/limits` )
				.set( 'Authorization', t.admin )
				.send( {} )
				.expect( 200 );
			await request( t.app )
				.get( `${ API }/memberships/${ m.id }/can?action=create_site` )
				.set( 'Authorization', carla )
				.expect( 422 );
		} );

		it( 'a site override replaces the membership’s value for that site only', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.premium,
			} );
			const site = await addSite( m.id );
			const other = await addSite( m.id );
			const put = await request( t.app )
				.put( `${ API }/sites/${ site }/limits` )
				.set( 'Authorization', t.admin )
				.send( { visits: 10 } )
				.expect( 200 );
			expect( put.body ).toMatchObject( {
				site_id: site,
				override: { visits: 10 },
				limits: { visits: 10, sites: 10 },
			} );
			const res = await visits( [
				...batch( site, 10 ),
				...batch( other, 10 ),
			] ).expect( 200 );
			expect( res.body.over_limit ).toEqual( [
				{ site_id: site, visits: 10, limit: 10 },
			] );
			await can( site, 'action=serve_visit' ).expect( 422 );
			await can( other, 'action=serve_visit' ).expect( 200 );
			const view = await request( t.app )
				.get( `${ API }/sites/${ site }/limits` )
				.set( 'Authorization', carla )
				.expect( 200 );
			expect( view.body ).toMatchObject( {
				override: { visits: 10 },
				limits: { visits: 10 },
				usage: { visits: 10 },
			} );
		} );

		it( 'validates overrides and keeps them for the admin', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			const site = await addSite( m.id );
			const bad = await request( t.app )
				.put( `${ API }/sites/${ site }/limits` )
				.set( 'Authorization', t.admin )
				.send( {
					sites: 2,
					visits: -1,
					posts: { page: 'lots' },
					colour: 1,
				} )
				.expect( 400 );
			expect( Object.keys( bad.body.data.params ).sort() ).toEqual( [
				'colour',
				'posts.page',
				'sites',
				'visits',
			] );
			await request( t.app )
				.put( `${ API }/sites/${ site }/limits` )
				.set( 'Authorization', carla )
				.send( { visits: 5 } )
				.expect( 403 );
			await request( t.app )
				.put( `${ API }/memberships/${ m.id }/limits` )
				.set( 'Authorization', carla )
				.send( { sites: 5 } )
				.expect( 403 );
			await request( t.app )
				.put( `${ API }/memberships/999/limits` )
				.set( 'Authorization', t.admin )
				.send( { sites: 5 } )
				.expect( 404 );
		} );
	} );

	describe( 'what the Account page’s meters read', () => {
		it( 'GET /memberships/{id}/limits and GET /sites/{id} show this month’s unique visits and the limits with overrides', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			const site = await addSite( m.id, { posts: { post: 2 } } );
			await visits( [
				...batch( site, 7 ),
				...batch( site, 3, 'w', '2026-02-10T00:00:00Z' ),
			] ).expect( 200 );
			await request( t.app )
				.put( `${ API }/memberships/${ m.id }/limits` )
				.set( 'Authorization', t.admin )
				.send( { users: 4 } )
				.expect( 200 );
			await request( t.app )
				.put( `${ API }/sites/${ site }/limits` )
				.set( 'Authorization', t.admin )
				.send( { visits: 'unlimited' } )
				.expect( 200 );
			const limits = await request( t.app )
				.get( `${ API }/memberships/${ m.id }/limits` )
				.set( 'Authorization', carla )
				.expect( 200 );
			expect( limits.body.limits ).toMatchObject( {
				users: 4,
				visits: 1000,
				sites: 1,
			} );
			expect( limits.body.sites ).toEqual( [
				{
					site_id: site,
					limits: expect.objectContaining( {
						users: 4,
						visits: 'unlimited',
					} ),
					usage: expect.objectContaining( {
						visits: 7,
						posts: { post: 2 },
					} ),
				},
			] );
			expect(
				(
					await request( t.app )
						.get( `${ API }/sites/${ site }` )
						.set( 'Authorization', carla )
						.expect( 200 )
				).body.usage.visits
			).toBe( 7 );
			t.clock.set( '2026-04-02T00:00:00Z' );
			expect(
				(
					await request( t.app )
						.get( `${ API }/sites/${ site }` )
						.set( 'Authorization', carla )
						.expect( 200 )
				).body.usage.visits
			).toBe( 0 );
		} );

		it( 'PUT /sites/{id}/usage with visits sets this month’s counter that checks read', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			const site = await addSite( m.id );
			await visits( batch( site, 5 ) ).expect( 200 );
			await request( t.app )
				.put( `${ API }/sites/${ site }/usage` )
				.set( 'Authorization', t.admin )
				.send( { posts: { post: 1 } } )
				.expect( 200 );
			expect(
				( await can( site, 'action=serve_visit' ).expect( 200 ) ).body
					.usage
			).toBe( 5 );
			await request( t.app )
				.put( `${ API }/sites/${ site }/usage` )
				.set( 'Authorization', t.admin )
				.send( { visits: 1000 } )
				.expect( 200 );
			await can( site, 'action=serve_visit' ).expect( 422 );
		} );
	} );

	describe( 'the REST index', () => {
		it( 'lists the usage routes, and GET and PUT of /memberships/{id}/limits registered by two modules', async () => {
			const index = await request( t.app )
				.get( '/wp-json/' )
				.expect( 200 );
			expect( index.body.routes[ '/wu/v2/visits' ].methods ).toEqual( [
				'POST',
			] );
			expect(
				index.body.routes[ '/wu/v2/sites/(?P<id>[\\d]+)/can' ].methods
			).toEqual( [ 'GET' ] );
			expect(
				index.body.routes[
					'/wu/v2/memberships/(?P<id>[\\d]+)/limits'
				].methods.sort()
			).toEqual( [ 'GET', 'PUT' ] );
		} );
	} );

	describe( 'who may ask', () => {
		it( 'the owner and the admin may; another customer gets 404 as if the site did not exist', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.free,
			} );
			const site = await addSite( m.id );
			await addCustomer( t, 'dora' );
			await can( site, 'action=add_user', t.admin ).expect( 422 );
			await can( site, 'action=create_post', t.basic( 'dora' ) ).expect(
				404
			);
			await request( t.app )
				.get( `${ API }/memberships/${ m.id }/can?action=create_site` )
				.set( 'Authorization', t.basic( 'dora' ) )
				.expect( 404 );
			await request( t.app )
				.get( `${ API }/sites/${ site }/limits` )
				.set( 'Authorization', t.basic( 'dora' ) )
				.expect( 404 );
			await can( 999, 'action=create_post', t.admin ).expect( 404 );
			await request( t.app )
				.get( `${ API }/sites/${ site }/can?action=create_post` )
				.expect( 401 );
		} );

		it( 'blocks every check of an expired membership’s sites (R2)', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.premium,
			} );
			const site = await addSite( m.id );
			t.ctx.db
				.prepare(
					"UPDATE memberships SET status = 'expired' WHERE id = ?"
				)
				.run( m.id );
			const res = await can( site, 'action=serve_visit' ).expect( 422 );
			expect( res.body.code ).toBe( 'wu_membership_inactive' );
		} );
	} );

	describe( 'what a downgrade leaves over the limits (L4: scheduled, with over_limits)', () => {
		it( 'lists every exceeded limit on every site when Premium → Free is asked for', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.premium,
				period_start: '2026-03-01T00:00:00Z',
			} );
			const one = await addSite( m.id, {
				posts: { post: 12, page: 6 },
				users: 2,
				disk_space: 150,
				custom_domains: 1,
			} );
			const two = await addSite( m.id, {
				posts: { post: 3, page: 9 },
				users: 1,
				disk_space: 20,
				custom_domains: 2,
			} );
			const res = await quote( m.id, {
				plan_id: c.free,
				duration: 1,
				duration_unit: 'month',
			} ).expect( 200 );
			expect( res.body.type ).toBe( 'downgrade' );
			expect( res.body.over_limits ).toEqual( [
				{ limit: 'sites', usage: 2, new_limit: 1, must_remove: 1 },
				{
					limit: 'posts',
					post_type: 'post',
					site_id: one,
					usage: 12,
					new_limit: 10,
					must_remove: 2,
				},
				{
					limit: 'posts',
					post_type: 'page',
					site_id: one,
					usage: 6,
					new_limit: 5,
					must_remove: 1,
				},
				{
					limit: 'custom_domains',
					site_id: one,
					usage: 1,
					new_limit: 0,
					must_remove: 1,
				},
				{
					limit: 'users',
					site_id: one,
					usage: 2,
					new_limit: 1,
					must_remove: 1,
				},
				{
					limit: 'disk_space',
					site_id: one,
					usage: 150,
					new_limit: 100,
					must_remove: 50,
				},
				{
					limit: 'posts',
					post_type: 'page',
					site_id: two,
					usage: 9,
					new_limit: 5,
					must_remove: 4,
				},
				{
					limit: 'custom_domains',
					site_id: two,
					usage: 2,
					new_limit: 0,
					must_remove: 2,
				},
			] );
		} );

		it( 'sees a product’s new limits on the very next request (L3)', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.premium,
				period_start: '2026-03-01T00:00:00Z',
			} );
			await addSite( m.id, {
				posts: { post: 12, page: 5 },
				users: 1,
				disk_space: 100,
				custom_domains: 0,
			} );
			expect(
				(
					await quote( m.id, {
						plan_id: c.free,
						duration: 1,
						duration_unit: 'month',
					} ).expect( 200 )
				).body.over_limits
			).toEqual( [
				{
					limit: 'posts',
					post_type: 'post',
					site_id: expect.any( Number ),
					usage: 12,
					new_limit: 10,
					must_remove: 2,
				},
			] );
			await request( t.app )
				.put( `${ API }/products/${ c.free }` )
				.set( 'Authorization', t.admin )
				.send( {
					limits: {
						sites: 1,
						visits: 1000,
						disk_space: 100,
						posts: { post: 20, page: 5 },
						users: 1,
						custom_domains: 0,
					},
				} )
				.expect( 200 );
			expect(
				(
					await quote( m.id, {
						plan_id: c.free,
						duration: 1,
						duration_unit: 'month',
					} ).expect( 200 )
				).body.over_limits
			).toEqual( [] );
		} );

		it( 'holds overrides over the target: the membership’s replaces the new plan’s value, a site’s its own (L2, L4)', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.premium,
				period_start: '2026-03-01T00:00:00Z',
			} );
			const one = await addSite( m.id, {
				posts: { post: 12, page: 1 },
				users: 1,
				disk_space: 10,
				custom_domains: 0,
			} );
			const two = await addSite( m.id, {
				posts: { post: 3, page: 1 },
				users: 3,
				disk_space: 10,
				custom_domains: 0,
			} );
			const before = await quote( m.id, {
				plan_id: c.free,
				duration: 1,
				duration_unit: 'month',
			} ).expect( 200 );
			expect(
				before.body.over_limits.map(
					( l: { limit: string; site_id?: number } ) => [
						l.limit,
						l.site_id,
					]
				)
			).toEqual( [
				[ 'sites', undefined ],
				[ 'posts', one ],
				[ 'users', two ],
			] );
			await request( t.app )
				.put( `${ API }/memberships/${ m.id }/limits` )
				.set( 'Authorization', t.admin )
				.send( { sites: 2 } )
				.expect( 200 );
			await request( t.app )
				.put( `${ API }/sites/${ one }/limits` )
				.set( 'Authorization', t.admin )
				.send( { posts: { post: 20 } } )
				.expect( 200 );
			const still = await quote( m.id, {
				plan_id: c.free,
				duration: 1,
				duration_unit: 'month',
			} ).expect( 200 );
			expect( still.body.over_limits ).toEqual( [
				{
					limit: 'users',
					site_id: two,
					usage: 3,
					new_limit: 1,
					must_remove: 2,
				},
			] );
			await request( t.app )
				.put( `${ API }/sites/${ two }/limits` )
				.set( 'Authorization', t.admin )
				.send( { users: 5 } )
				.expect( 200 );
			expect(
				(
					await quote( m.id, {
						plan_id: c.free,
						duration: 1,
						duration_unit: 'month',
					} ).expect( 200 )
				).body.over_limits
			).toEqual( [] );
		} );

		it( 'lets the downgrade through once usage fits', async () => {
			const m = await addMembership( t, {
				customer_id: customerId(),
				plan_id: c.premium,
				period_start: '2026-03-01T00:00:00Z',
			} );
			await addSite( m.id, {
				posts: { post: 10, page: 5 },
				users: 1,
				disk_space: 100,
				custom_domains: 0,
			} );
			const res = await quote( m.id, {
				plan_id: c.free,
				duration: 1,
				duration_unit: 'month',
			} ).expect( 200 );
			expect( res.body ).toMatchObject( {
				type: 'downgrade',
				over_limits: [],
			} );
		} );
	} );
} );
