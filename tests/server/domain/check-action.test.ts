import { checkAction, limitFor } from '../../../server/src/domain/check-action';
import { DomainError } from '../../../server/src/domain/errors';
import type { EffectiveLimits } from '../../../server/src/domain/merge-limits';
import {
	findOverLimitsBySite,
	membershipLimitsOf,
	siteLimitsOf,
} from '../../../server/src/domain/site-limits';

const FREE = {
	sites: 1,
	visits: 1000,
	disk_space: 100,
	users: 1,
	custom_domains: 0,
	posts: { post: 10, page: 5 },
};
const PREMIUM = {
	sites: 5,
	visits: 50000,
	disk_space: 10240,
	users: 10,
	custom_domains: 5,
	posts: { post: 'unlimited' as const, page: 100 },
};

function refusal( run: () => unknown ): DomainError {
	try {
		run();
	} catch ( error ) {
		return error as DomainError;
	}
	throw new Error( 'expected a refusal' );
}

describe( 'membershipLimitsOf (RULES L2)', () => {
	it( 'adds an add-on × quantity to the plan and lets unlimited win', () => {
		const limits = membershipLimitsOf( {
			plan: PREMIUM,
			addons: [
				{ limits: { disk_space: 10240 }, quantity: 3 },
				{ limits: { visits: 'unlimited' }, quantity: 1 },
			],
			override: null,
		} );
		expect( limits.disk_space ).toBe( 10240 * 4 );
		expect( limits.visits ).toBe( 'unlimited' );
		expect( limits.posts ).toEqual( { post: 'unlimited', page: 100 } );
	} );

	it( 'L2 a membership override replaces the merged value, also over unlimited and per post type', () => {
		const limits = membershipLimitsOf( {
			plan: PREMIUM,
			addons: [ { limits: { visits: 'unlimited' }, quantity: 1 } ],
			override: { visits: 200, sites: 'unlimited', posts: { page: 3 } },
		} );
		expect( limits ).toMatchObject( {
			visits: 200,
			sites: 'unlimited',
			disk_space: 10240,
			posts: { post: 'unlimited', page: 3 },
		} );
	} );
} );

describe( 'siteLimitsOf (RULES L2 site override)', () => {
	const merged = membershipLimitsOf( {
		plan: FREE,
		addons: [],
		override: null,
	} );

	it( 'keeps the membership limits when the site has no override', () => {
		expect( siteLimitsOf( merged, null ) ).toEqual( merged );
	} );

	it( 'replaces only the keys the site override names, never the membership-wide sites', () => {
		const limits = siteLimitsOf( merged, {
			visits: 'unlimited',
			posts: { page: 50, product: 20 },
			sites: 9,
		} );
		expect( limits ).toEqual( {
			...merged,
			visits: 'unlimited',
			posts: { post: 10, page: 50, product: 20 },
		} );
	} );
} );

describe( 'checkAction: may the site do X?', () => {
	const limits = membershipLimitsOf( {
		plan: FREE,
		addons: [],
		override: null,
	} ) as EffectiveLimits;

	it( 'allows below the limit and says what remains', () => {
		expect(
			checkAction( {
				action: 'create_post',
				limits,
				usage: 3,
				amount: 1,
				postType: 'page',
				siteId: 7,
			} )
		).toEqual( {
			allowed: true,
			action: 'create_post',
			post_type: 'page',
			limit: 5,
			usage: 3,
			remaining: 1,
		} );
	} );

	it( 'allows the last unit up to the limit exactly', () => {
		expect(
			checkAction( {
				action: 'create_post',
				limits,
				usage: 4,
				amount: 1,
				postType: 'page',
			} ).remaining
		).toBe( 0 );
	} );

	it( 'refuses at the limit exactly: one must go before one more comes (must_remove 1)', () => {
		const error = refusal( () =>
			checkAction( {
				action: 'create_post',
				limits,
				usage: 5,
				amount: 1,
				postType: 'page',
				siteId: 7,
			} )
		);
		expect( error.code ).toBe( 'wu_over_limit' );
		expect( error.kind ).toBe( 'unprocessable' );
		expect( error.data.limits ).toEqual( [
			{
				limit: 'posts',
				post_type: 'page',
				site_id: 7,
				usage: 5,
				new_limit: 5,
				must_remove: 1,
			},
		] );
		expect( error.message ).toMatch( /limit of 5 pages is reached/ );
	} );

	it( 'refuses over the limit with usage − limit + 1 to remove', () => {
		const error = refusal( () =>
			checkAction( {
				action: 'add_user',
				limits,
				usage: 3,
				amount: 1,
				siteId: 2,
			} )
		);
		expect( error.data.limits ).toEqual( [
			{
				limit: 'users',
				site_id: 2,
				usage: 3,
				new_limit: 1,
				must_remove: 3,
			},
		] );
	} );

	it( 'refuses any custom domain on a plan with 0', () => {
		expect(
			refusal( () =>
				checkAction( {
					action: 'map_domain',
					limits,
					usage: 0,
					amount: 1,
				} )
			).data.limits
		).toEqual( [
			{ limit: 'custom_domains', usage: 0, new_limit: 0, must_remove: 1 },
		] );
	} );

	it( 'checks an upload by its size in MB', () => {
		expect(
			checkAction( { action: 'upload', limits, usage: 90, amount: 10 } )
				.remaining
		).toBe( 0 );
		const error = refusal( () =>
			checkAction( { action: 'upload', limits, usage: 90, amount: 15 } )
		);
		expect( error.data.limits ).toEqual( [
			{ limit: 'disk_space', usage: 90, new_limit: 100, must_remove: 5 },
		] );
		expect( error.message ).toMatch( /only 10 MB remain of 100 MB/ );
	} );

	it( 'serves a returning visitor (amount 0) at the limit, refuses a new one', () => {
		expect(
			checkAction( {
				action: 'serve_visit',
				limits,
				usage: 1000,
				amount: 0,
			} ).allowed
		).toBe( true );
		expect(
			refusal( () =>
				checkAction( {
					action: 'serve_visit',
					limits,
					usage: 1000,
					amount: 1,
				} )
			).data.limits
		).toEqual( [
			{ limit: 'visits', usage: 1000, new_limit: 1000, must_remove: 1 },
		] );
	} );

	it( 'allows anything under unlimited, with remaining null', () => {
		const unlimited = { ...limits, sites: 'unlimited' as const };
		expect(
			checkAction( {
				action: 'create_site',
				limits: unlimited,
				usage: 10_000,
				amount: 1,
			} )
		).toMatchObject( {
			allowed: true,
			limit: 'unlimited',
			remaining: null,
		} );
	} );

	it( 'decision #10: a post type the limits do not name is not limited', () => {
		expect( limitFor( limits, 'create_post', 'product' ) ).toBe(
			'unlimited'
		);
		expect( limitFor( limits, 'create_post' ) ).toBe( 10 );
	} );
} );

describe( 'findOverLimitsBySite (RULES L4 across every site)', () => {
	it( 'lists every exceeded limit on every site, each against that site’s own limits', () => {
		const free = membershipLimitsOf( {
			plan: FREE,
			addons: [],
			override: null,
		} );
		const roomy = siteLimitsOf( free, { posts: { page: 100 }, users: 5 } );
		const usage = {
			posts: { post: 12, page: 9 },
			disk_space: 150,
			users: 3,
			custom_domains: 1,
		};
		const over = findOverLimitsBySite( free, 2, [
			{ siteId: 1, limits: free, usage },
			{ siteId: 2, limits: roomy, usage },
		] );
		expect( over ).toEqual( [
			{ limit: 'sites', usage: 2, new_limit: 1, must_remove: 1 },
			{
				limit: 'posts',
				post_type: 'post',
				site_id: 1,
				usage: 12,
				new_limit: 10,
				must_remove: 2,
			},
			{
				limit: 'posts',
				post_type: 'page',
				site_id: 1,
				usage: 9,
				new_limit: 5,
				must_remove: 4,
			},
			{
				limit: 'custom_domains',
				site_id: 1,
				usage: 1,
				new_limit: 0,
				must_remove: 1,
			},
			{
				limit: 'users',
				site_id: 1,
				usage: 3,
				new_limit: 1,
				must_remove: 2,
			},
			{
				limit: 'disk_space',
				site_id: 1,
				usage: 150,
				new_limit: 100,
				must_remove: 50,
			},
			{
				limit: 'posts',
				post_type: 'post',
				site_id: 2,
				usage: 12,
				new_limit: 10,
				must_remove: 2,
			},
			{
				limit: 'custom_domains',
				site_id: 2,
				usage: 1,
				new_limit: 0,
				must_remove: 1,
			},
			{
				limit: 'disk_space',
				site_id: 2,
				usage: 150,
				new_limit: 100,
				must_remove: 50,
			},
		] );
	} );

	it( 'is empty when usage fits, at the limits exactly included', () => {
		const free = membershipLimitsOf( {
			plan: FREE,
			addons: [],
			override: null,
		} );
		expect(
			findOverLimitsBySite( free, 1, [
				{
					siteId: 1,
					limits: free,
					usage: {
						posts: { post: 10, page: 5 },
						disk_space: 100,
						users: 1,
						custom_domains: 0,
					},
				},
			] )
		).toEqual( [] );
	} );
} );
