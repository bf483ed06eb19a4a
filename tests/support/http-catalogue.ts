import request from 'supertest';
import { API, type TestApp } from './test-app';

/** Product ids of the RULES §9 catalogue. */
export interface Catalogue {
	free: number;
	basic: number;
	premium: number;
	visits: number;
	disk: number;
	setup: number;
}

async function post(
	t: TestApp,
	body: Record< string, unknown >
): Promise< number > {
	const res = await request( t.app )
		.post( `${ API }/products` )
		.set( 'Authorization', t.admin )
		.send( body );
	if ( res.status !== 201 ) {
		throw new Error(
			`product ${ String( body.name ) }: ${ res.status } ${ JSON.stringify( res.body ) }`
		);
	}
	return res.body.id;
}

/** Creates the RULES §9 catalogue through the API. */
export async function createCatalogue( t: TestApp ): Promise< Catalogue > {
	const visits = await post( t, {
		name: 'Unlimited Visits',
		type: 'package',
		amount: 1000,
		list_order: 10,
		limits: { visits: 'unlimited' },
	} );
	const disk = await post( t, {
		name: 'Extra Disk',
		type: 'package',
		amount: 500,
		list_order: 11,
		stackable: true,
		max_quantity: 5,
		limits: { disk_space: 10240 },
	} );
	const setup = await post( t, {
		name: 'Site Setup',
		type: 'service',
		amount: 4900,
		recurring: false,
		list_order: 12,
	} );
	const free = await post( t, {
		name: 'Free',
		type: 'plan',
		pricing_type: 'free',
		amount: 0,
		group: 'High End',
		list_order: 1,
		limits: {
			sites: 1,
			visits: 1000,
			disk_space: 100,
			posts: { post: 10, page: 5 },
			users: 1,
			custom_domains: 0,
		},
	} );
	const basic = await post( t, {
		name: 'Basic',
		type: 'plan',
		amount: 2900,
		price_variations: [
			{ duration: 1, duration_unit: 'year', amount: 29000 },
		],
		list_order: 2,
		limits: {
			sites: 3,
			visits: 10000,
			disk_space: 1024,
			posts: { post: 100, page: 20 },
			users: 3,
			custom_domains: 1,
		},
	} );
	const premium = await post( t, {
		name: 'Premium',
		type: 'plan',
		amount: 9900,
		price_variations: [
			{ duration: 1, duration_unit: 'year', amount: 99000 },
		],
		setup_fee: 5000,
		group: 'High End',
		list_order: 3,
		available_addons: [ visits, disk, setup ],
		limits: {
			sites: 10,
			visits: 100000,
			disk_space: 10240,
			posts: { post: 'unlimited', page: 'unlimited' },
			users: 10,
			custom_domains: 5,
		},
	} );
	return { free, basic, premium, visits, disk, setup };
}

/** Creates a membership as the admin (as if paid); returns its wire body. */
export async function addMembership(
	t: TestApp,
	body: Record< string, unknown >
): Promise< Record< string, any > > {
	const res = await request( t.app )
		.post( `${ API }/memberships` )
		.set( 'Authorization', t.admin )
		.send( body );
	if ( res.status !== 201 ) {
		throw new Error(
			`membership: ${ res.status } ${ JSON.stringify( res.body ) }`
		);
	}
	return res.body;
}
