import request from 'supertest';
import { endingWorld, type EndingWorld } from '../../support/ending';
import { API } from '../../support/test-app';

/**
 * Issue 16: every route that changes something leaves an audit entry naming who did what to
 * which object. The routes are read from the REST index, so a new write route without a case
 * here (or a reason below) fails this test.
 */

/** Write routes that change no audited object, and why. */
const EXEMPT: Record< string, string > = {
	'POST /memberships/:id/quote': 'prices a change; nothing is changed',
	'POST /sites': 'sites are not among the audited objects (API.md)',
	'PUT /sites/:id/usage': 'metering, written by the sites themselves',
	'POST /visits': 'metering, written by the sites themselves',
	'POST /webhooks/:id/deliveries/:delivery_id/redeliver':
		'sends a delivery again; its log records the attempt',
};

interface Case {
	/** Does the change; answers the object id the entry is about. */
	run: ( w: EndingWorld ) => Promise< number >;
	action: string;
	objectType: string;
	actor: 'admin' | 'carla';
}

const card = { type: 'test_card', number: '4242424242424242' };

async function send(
	w: EndingWorld,
	method: 'post' | 'put' | 'delete',
	path: string,
	body: Record< string, unknown > = {},
	as = w.t.admin
) {
	const res = await request( w.t.app )
		[ method ]( `${ API }${ path }` )
		.set( 'Authorization', as )
		.set( 'Idempotency-Key', `key-${ path }-${ method }` )
		.send( body );
	if ( res.status >= 300 ) {
		throw new Error(
			`${ method } ${ path }: ${ res.status } ${ JSON.stringify( res.body ) }`
		);
	}
	return res.body;
}

const premium = ( w: EndingWorld ) =>
	w.addMembership( { plan_id: w.c.premium } );

const CASES: Record< string, Case > = {
	'PUT /users/me': {
		run: async ( w ) => {
			await send( w, 'put', '/users/me', { display_name: 'C' }, w.auth );
			return w.carla.id;
		},
		action: 'customer.updated',
		objectType: 'customer',
		actor: 'carla',
	},
	'POST /products': {
		run: async ( w ) =>
			(
				await send( w, 'post', '/products', {
					name: 'T',
					type: 'plan',
					amount: 100,
				} )
			).id,
		action: 'product.created',
		objectType: 'product',
		actor: 'admin',
	},
	'PUT /products/:id': {
		run: async ( w ) => {
			await send( w, 'put', `/products/${ w.c.setup }`, {
				amount: 1234,
			} );
			return w.c.setup;
		},
		action: 'product.updated',
		objectType: 'product',
		actor: 'admin',
	},
	'DELETE /products/:id': {
		run: async ( w ) => {
			const id = (
				await send( w, 'post', '/products', {
					name: 'T',
					type: 'plan',
					amount: 100,
				} )
			).id;
			await send( w, 'delete', `/products/${ id }` );
			return id;
		},
		action: 'product.deleted',
		objectType: 'product',
		actor: 'admin',
	},
	'POST /customers': {
		run: async ( w ) =>
			(
				await send( w, 'post', '/customers', {
					username: 'dora',
					email: 'dora@example.test',
					password: 'dora-password-1',
				} )
			).id,
		action: 'customer.created',
		objectType: 'customer',
		actor: 'admin',
	},
	'PUT /customers/:id': {
		run: async ( w ) => {
			await send( w, 'put', `/customers/${ w.carla.id }`, {
				display_name: 'Carla L',
			} );
			return w.carla.id;
		},
		action: 'customer.updated',
		objectType: 'customer',
		actor: 'admin',
	},
	'POST /customers/:id/wallet': {
		run: async ( w ) => {
			await send( w, 'post', `/customers/${ w.carla.id }/wallet`, {
				amount: 500,
				reason: 'Goodwill',
			} );
			return w.carla.id;
		},
		action: 'wallet.credited',
		objectType: 'customer',
		actor: 'admin',
	},
	'POST /memberships': {
		run: async ( w ) => ( await premium( w ) ).id,
		action: 'membership.created',
		objectType: 'membership',
		actor: 'admin',
	},
	'PUT /memberships/:id': {
		run: async ( w ) => {
			const m = await premium( w );
			await send( w, 'put', `/memberships/${ m.id }`, {
				auto_renew: false,
			} );
			return m.id;
		},
		action: 'membership.updated',
		objectType: 'membership',
		actor: 'admin',
	},
	'POST /memberships/:id/checkout': {
		run: async ( w ) => {
			const m = await w.addMembership( { plan_id: w.c.free } );
			await w.change( m.id, { plan_id: w.c.premium } );
			return m.id;
		},
		action: 'membership.upgraded',
		objectType: 'membership',
		actor: 'carla',
	},
	'POST /memberships/:id/pay-renewal': {
		run: async ( w ) => {
			const m = await w.addMembership( {
				plan_id: w.c.premium,
				period_start: '2026-03-01T00:00:00Z',
			} );
			await send(
				w,
				'put',
				`/customers/${ w.carla.id }`,
				{
					payment_method: {
						type: 'test_card',
						number: '4000000000000341',
					},
				},
				w.auth
			);
			await w.moveClock( '2026-04-01T12:00:00Z' );
			await send(
				w,
				'post',
				`/memberships/${ m.id }/pay-renewal`,
				{ payment_method: card },
				w.auth
			);
			return m.id;
		},
		action: 'membership.renewed',
		objectType: 'membership',
		actor: 'carla',
	},
	'DELETE /memberships/:id/scheduled-change': {
		run: async ( w ) => {
			const m = await premium( w );
			await w.change( m.id, { plan_id: w.c.free } );
			await send(
				w,
				'delete',
				`/memberships/${ m.id }/scheduled-change`,
				{},
				w.auth
			);
			return m.id;
		},
		action: 'membership.scheduled_change_cancelled',
		objectType: 'membership',
		actor: 'carla',
	},
	'PUT /memberships/:id/limits': {
		run: async ( w ) => {
			const m = await premium( w );
			await send( w, 'put', `/memberships/${ m.id }/limits`, {
				sites: 5,
			} );
			return m.id;
		},
		action: 'membership.limits_changed',
		objectType: 'membership',
		actor: 'admin',
	},
	'PUT /sites/:id/limits': {
		run: async ( w ) => {
			const m = await premium( w );
			const site = await send( w, 'post', '/sites', {
				membership_id: m.id,
				title: 'Blog',
				path: '/blog/',
			} );
			await send( w, 'put', `/sites/${ site.id }/limits`, {
				posts: { post: 5 },
			} );
			return m.id;
		},
		action: 'membership.site_limits_changed',
		objectType: 'membership',
		actor: 'admin',
	},
	'POST /memberships/:id/cancel': {
		run: async ( w ) => {
			const m = await premium( w );
			await send(
				w,
				'post',
				`/memberships/${ m.id }/cancel`,
				{ when: 'period_end' },
				w.auth
			);
			return m.id;
		},
		action: 'membership.cancel_scheduled',
		objectType: 'membership',
		actor: 'carla',
	},
	'DELETE /memberships/:id/cancel': {
		run: async ( w ) => {
			const m = await premium( w );
			await send(
				w,
				'post',
				`/memberships/${ m.id }/cancel`,
				{ when: 'period_end' },
				w.auth
			);
			await send(
				w,
				'delete',
				`/memberships/${ m.id }/cancel`,
				{},
				w.auth
			);
			return m.id;
		},
		action: 'membership.cancel_undone',
		objectType: 'membership',
		actor: 'carla',
	},
	'POST /payments/:id/complete': {
		run: async ( w ) => {
			const m = await w.addMembership( { plan_id: w.c.free } );
			const quote = await send(
				w,
				'post',
				`/memberships/${ m.id }/quote`,
				{ plan_id: w.c.premium },
				w.auth
			);
			const paid = await send(
				w,
				'post',
				`/memberships/${ m.id }/checkout`,
				{ quote_id: quote.id, payment_method: { type: 'manual' } },
				w.auth
			);
			await send( w, 'post', `/payments/${ paid.payment.id }/complete` );
			return paid.payment.id;
		},
		action: 'payment.completed',
		objectType: 'payment',
		actor: 'admin',
	},
	'POST /payments/:id/refund': {
		run: async ( w ) => {
			const { paymentId } = await w.premiumByCard();
			await send( w, 'post', `/payments/${ paymentId }/refund`, {
				amount: 100,
				to: 'wallet',
			} );
			return paymentId;
		},
		action: 'payment.refunded',
		objectType: 'payment',
		actor: 'admin',
	},
	'PUT /clock': {
		run: async ( w ) => {
			await w.moveClock( '2026-03-12T00:00:00Z' );
			return 0;
		},
		action: 'settings.clock_moved',
		objectType: 'settings',
		actor: 'admin',
	},
	'POST /webhooks': {
		run: async ( w ) =>
			(
				await send( w, 'post', '/webhooks', {
					url: 'http://127.0.0.1:9/hook',
				} )
			).id,
		action: 'webhook.created',
		objectType: 'webhook',
		actor: 'admin',
	},
	'PUT /webhooks/:id': {
		run: async ( w ) => {
			const id = (
				await send( w, 'post', '/webhooks', {
					url: 'http://127.0.0.1:9/hook',
				} )
			).id;
			await send( w, 'put', `/webhooks/${ id }`, { active: false } );
			return id;
		},
		action: 'webhook.updated',
		objectType: 'webhook',
		actor: 'admin',
	},
	'DELETE /webhooks/:id': {
		run: async ( w ) => {
			const id = (
				await send( w, 'post', '/webhooks', {
					url: 'http://127.0.0.1:9/hook',
				} )
			).id;
			await send( w, 'delete', `/webhooks/${ id }` );
			return id;
		},
		action: 'webhook.deleted',
		objectType: 'webhook',
		actor: 'admin',
	},
};

/** `METHOD /path/:id` for each write method of each route of the REST index (PATCH is PUT's twin). */
function writeRoutes( w: EndingWorld ): string[] {
	const index = w.t.ctx.rest.index( '', 'wu/v2' ) as {
		routes: Record< string, { endpoints: { methods: string[] }[] } >;
	};
	const found = new Set< string >();
	for ( const [ route, definition ] of Object.entries( index.routes ) ) {
		const path = route
			.replace( /^\/wu\/v2/, '' )
			.replace( /\(\?P<([a-z_]+)>[^)]*\)/g, ':$1' );
		for ( const method of definition.endpoints.flatMap(
			( e ) => e.methods
		) ) {
			if ( [ 'POST', 'PUT', 'DELETE' ].includes( method ) ) {
				found.add( `${ method } ${ path }` );
			}
		}
	}
	return [ ...found ].sort();
}

describe( 'every write route leaves an audit entry', () => {
	it( 'has a case or a stated reason for each write route of the REST index', async () => {
		const w = await endingWorld();
		expect( writeRoutes( w ) ).toEqual(
			[ ...Object.keys( CASES ), ...Object.keys( EXEMPT ) ].sort()
		);
	} );

	it.each( Object.entries( CASES ) )( '%s', async ( _route, c ) => {
		const w = await endingWorld();
		const before = await request( w.t.app )
			.get( `${ API }/audit?per_page=1` )
			.set( 'Authorization', w.t.admin )
			.expect( 200 );
		const mark = before.body[ 0 ]?.id ?? 0;
		const objectId = await c.run( w );
		const after = await request( w.t.app )
			.get(
				`${ API }/audit?per_page=100&object_type=${ c.objectType }&object_id=${ objectId }`
			)
			.set( 'Authorization', w.t.admin )
			.expect( 200 );
		const entry = after.body.find(
			( e: { id: number; action: string } ) =>
				e.id > mark && e.action === c.action
		);
		expect( entry ).toBeDefined();
		expect( entry.actor?.username ).toBe( c.actor );
		expect( entry.at ).toMatch( /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/ );
	} );
} );
