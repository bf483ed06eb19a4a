import request from 'supertest';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from '../support/http-catalogue';
import {
	addCustomer,
	API,
	createTestApp,
	type TestApp,
} from '../support/test-app';

// Petra's story (RULES L4, L5): Premium with 140 posts, 12 pages, 2 custom domains and 2.5 GB.
const PETRA_USAGE = {
	posts: { post: 140, page: 12 },
	disk_space: 2500,
	users: 4,
	custom_domains: 2,
};
const SNAKE = /\b[a-z]+_[a-z_]+\b/;

describe( 'downgrading while over the new limits (L4, L5)', () => {
	let t: TestApp;
	let c: Catalogue;
	let petra: { id: number };
	let auth: string;

	beforeEach( async () => {
		t = createTestApp( '2026-03-11T10:00:00Z' );
		c = await createCatalogue( t );
		petra = await addCustomer( t, 'petra' );
		auth = t.basic( 'petra' );
	} );

	const addSite = async (
		membershipId: number,
		usage: Record< string, unknown > = PETRA_USAGE
	): Promise< number > =>
		(
			await request( t.app )
				.post( `${ API }/sites` )
				.set( 'Authorization', t.admin )
				.send( {
					membership_id: membershipId,
					title: 'Studio',
					path: '/petra/',
					usage,
				} )
				.expect( 201 )
		).body.id;
	const quote = ( id: number, body: Record< string, unknown >, as = auth ) =>
		request( t.app )
			.post( `${ API }/memberships/${ id }/quote` )
			.set( 'Authorization', as )
			.send( body );
	const checkout = (
		id: number,
		body: Record< string, unknown >,
		as = auth
	) =>
		request( t.app )
			.post( `${ API }/memberships/${ id }/checkout` )
			.set( 'Authorization', as )
			.send( body );
	const can = ( site: number, query: string ) =>
		request( t.app )
			.get( `${ API }/sites/${ site }/can?${ query }` )
			.set( 'Authorization', auth );

	it( 'L4: the downgrade to Free is quoted with what to remove per site, scheduled, and applied at the period end without deleting anything (L5)', async () => {
		const m = await addMembership( t, {
			customer_id: petra.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const site = await addSite( m.id );
		const q = ( await quote( m.id, { plan_id: c.free } ).expect( 200 ) )
			.body;
		expect( q ).toMatchObject( {
			type: 'downgrade',
			effective_at: '2026-04-01T00:00:00Z',
			due_now: 0,
		} );
		expect( q.over_limits ).toEqual(
			expect.arrayContaining( [
				{
					limit: 'posts',
					post_type: 'post',
					site_id: site,
					usage: 140,
					new_limit: 10,
					must_remove: 130,
				},
				{
					limit: 'posts',
					post_type: 'page',
					site_id: site,
					usage: 12,
					new_limit: 5,
					must_remove: 7,
				},
				{
					limit: 'custom_domains',
					site_id: site,
					usage: 2,
					new_limit: 0,
					must_remove: 2,
				},
				{
					limit: 'disk_space',
					site_id: site,
					usage: 2500,
					new_limit: 100,
					must_remove: 2400,
				},
				{
					limit: 'users',
					site_id: site,
					usage: 4,
					new_limit: 1,
					must_remove: 3,
				},
			] )
		);
		const paid = (
			await checkout( m.id, { quote_id: q.id } ).expect( 200 )
		).body;
		expect( paid.membership ).toMatchObject( {
			plan_id: c.premium,
			scheduled_change: {
				effective_at: '2026-04-01T00:00:00Z',
				plan_id: c.free,
			},
		} );
		expect( paid.quote.over_limits ).toHaveLength( 5 );
		// The Account page reads what the scheduled change will leave above its limits.
		const ahead = (
			await request( t.app )
				.get( `${ API }/memberships/${ m.id }/scheduled-over-limits` )
				.set( 'Authorization', auth )
				.expect( 200 )
		).body;
		expect( ahead ).toMatchObject( {
			membership_id: m.id,
			effective_at: '2026-04-01T00:00:00Z',
		} );
		expect( ahead.over_limits ).toEqual( q.over_limits );
		// Until the period end Premium's limits hold.
		await can( site, 'action=create_post&post_type=page' ).expect( 200 );

		await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: '2026-04-01T00:00:00Z' } )
			.expect( 200 );
		expect(
			(
				await request( t.app )
					.get( `${ API }/memberships/${ m.id }` )
					.set( 'Authorization', auth )
					.expect( 200 )
			).body
		).toMatchObject( { plan_id: c.free, scheduled_change: null } );
		expect(
			(
				await request( t.app )
					.get(
						`${ API }/memberships/${ m.id }/scheduled-over-limits`
					)
					.set( 'Authorization', auth )
					.expect( 200 )
			).body
		).toEqual( {
			membership_id: m.id,
			effective_at: null,
			over_limits: [],
		} );
		const kept = (
			await request( t.app )
				.get( `${ API }/sites/${ site }` )
				.set( 'Authorization', auth )
				.expect( 200 )
		).body;
		expect( kept.usage ).toMatchObject( PETRA_USAGE );
		// L5: every check that would grow an exceeded limit is refused, in words.
		const page = await can(
			site,
			'action=create_post&post_type=page'
		).expect( 422 );
		expect( page.body.code ).toBe( 'wu_over_limit' );
		expect( page.body.data.limits ).toEqual( [
			{
				limit: 'posts',
				post_type: 'page',
				site_id: site,
				usage: 12,
				new_limit: 5,
				must_remove: 8,
			},
		] );
		expect( page.body.message ).toContain(
			'The limit of 5 pages is reached (12 used); remove 8 pages'
		);
		const domain = await can( site, 'action=map_domain' ).expect( 422 );
		expect( domain.body.message ).toContain( 'custom domains' );
		expect(
			( await can( site, 'action=upload&size=1' ).expect( 422 ) ).body
				.message
		).toContain( '2.4 GB used' );
		// Back within the limit, growing is allowed again.
		await request( t.app )
			.put( `${ API }/sites/${ site }/usage` )
			.set( 'Authorization', t.admin )
			.send( { posts: { post: 140, page: 4 } } )
			.expect( 200 );
		expect(
			(
				await can( site, 'action=create_post&post_type=page' ).expect(
					200
				)
			).body
		).toMatchObject( { allowed: true, usage: 4, remaining: 0 } );
	} );

	it( 'L4: a change that applies now (a trial change) over the limits is refused with wu_over_limit in words, never a snake_case key', async () => {
		const m = await addMembership( t, {
			customer_id: petra.id,
			plan_id: c.premium,
			status: 'trialing',
			trial_end: '2026-03-25T10:00:00Z',
		} );
		await addSite( m.id );
		const res = await quote( m.id, { plan_id: c.free } ).expect( 422 );
		expect( res.body.code ).toBe( 'wu_over_limit' );
		expect( res.body.data.limits ).toContainEqual(
			expect.objectContaining( {
				limit: 'custom_domains',
				usage: 2,
				new_limit: 0,
				must_remove: 2,
			} )
		);
		expect( res.body.message ).toContain(
			'130 posts (140 used, the new limit is 10)'
		);
		expect( res.body.message ).toContain(
			'7 pages (12 used, the new limit is 5)'
		);
		expect( res.body.message ).toContain(
			'2 custom domains (2 used, the new limit is 0)'
		);
		expect( res.body.message ).toContain(
			'2.3 GB of disk space (2.4 GB used, the new limit is 100 MB)'
		);
		expect( res.body.message ).not.toMatch( SNAKE );
	} );

	it( 'L4: an add-on bought after the downgrade applied is not blocked by limits it leaves as they are', async () => {
		const m = await addMembership( t, {
			customer_id: petra.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const site = await addSite( m.id );
		// The site's override allows 10 pages and it has 12: Extra Disk leaves that limit as it is.
		await request( t.app )
			.put( `${ API }/sites/${ site }/limits` )
			.set( 'Authorization', t.admin )
			.send( { posts: { page: 10 } } )
			.expect( 200 );
		const q = await quote( m.id, {
			addons: [ { product_id: c.disk, quantity: 1 } ],
		} ).expect( 200 );
		expect( q.body ).toMatchObject( { type: 'addon', over_limits: [] } );
	} );

	it( 'the admin may apply a change now over the limits after confirming (allow_over_limits), recorded with their name; a customer may not', async () => {
		const m = await addMembership( t, {
			customer_id: petra.id,
			plan_id: c.premium,
			status: 'trialing',
			trial_end: '2026-03-25T10:00:00Z',
		} );
		const site = await addSite( m.id );
		const q = (
			await quote( m.id, { plan_id: c.free }, t.admin ).expect( 200 )
		).body;
		expect( q.over_limits ).toContainEqual( {
			limit: 'posts',
			post_type: 'page',
			site_id: site,
			usage: 12,
			new_limit: 5,
			must_remove: 7,
		} );
		const unconfirmed = await checkout(
			m.id,
			{ quote_id: q.id },
			t.admin
		).expect( 422 );
		expect( unconfirmed.body.code ).toBe( 'wu_over_limit' );
		const customer = await checkout( m.id, {
			quote_id: q.id,
			allow_over_limits: true,
		} ).expect( 403 );
		expect( customer.body.code ).toBe( 'rest_forbidden' );
		const applied = (
			await checkout(
				m.id,
				{ quote_id: q.id, allow_over_limits: true },
				t.admin
			).expect( 200 )
		).body;
		expect( applied.membership.plan_id ).toBe( c.free );
		expect( applied.quote.over_limits_approval ).toEqual( {
			user_id: expect.any( Number ),
			name: 'Admin',
			at: '2026-03-11T10:00:00Z',
		} );
		expect(
			(
				await request( t.app )
					.get( `${ API }/sites/${ site }` )
					.set( 'Authorization', auth )
					.expect( 200 )
			).body.usage
		).toMatchObject( PETRA_USAGE );
		// The membership's notes keep who applied it over the limits.
		const notes = (
			await request( t.app )
				.get( `${ API }/memberships/${ m.id }/notes` )
				.set( 'Authorization', t.admin )
				.expect( 200 )
		).body;
		expect( notes ).toEqual( [
			expect.objectContaining( {
				kind: 'over_limits_applied',
				quote_id: q.id,
				name: 'Admin',
				at: '2026-03-11T10:00:00Z',
			} ),
		] );
		expect( notes[ 0 ].over_limits ).toContainEqual(
			expect.objectContaining( {
				limit: 'posts',
				post_type: 'page',
				must_remove: 7,
			} )
		);
	} );
} );
