import { createContext } from '../../server/src/compose';
import { migrate, openDatabase } from '../../server/src/db/connection';
import { seedAtStart, seedDemo } from '../../server/src/seed/demo';
import { verifyCredentials } from '../../server/src/services/sessions';
import { TestClock } from '../../server/src/services/clock';

describe( 'demo seed (RULES §9 catalogue)', () => {
	it( 'seeds the catalogue, three customers with a membership and a site each, once', () => {
		const db = openDatabase( ':memory:' );
		migrate( db );
		const ctx = createContext( {
			db,
			clock: new TestClock( '2026-03-11T10:00:00Z' ),
			log: () => {},
		} );
		expect( seedDemo( ctx, 'pw-admin-123' ) ).not.toBeNull();
		const bySlug = ( slug: string ) => ctx.products.findBySlug( slug )!;
		expect( bySlug( 'free' ) ).toMatchObject( {
			pricingType: 'free',
			group: 'High End',
			listOrder: 1,
		} );
		expect( bySlug( 'basic' ) ).toMatchObject( {
			amount: 2900,
			group: '',
			listOrder: 2,
			priceVariations: [
				{ duration: 1, durationUnit: 'year', amount: 29000 },
			],
		} );
		expect( bySlug( 'premium' ) ).toMatchObject( {
			amount: 9900,
			setupFee: 5000,
			group: 'High End',
			listOrder: 3,
		} );
		expect( bySlug( 'premium' ).availableAddons ).toEqual( [
			bySlug( 'unlimited-visits' ).id,
			bySlug( 'extra-disk' ).id,
			bySlug( 'site-setup' ).id,
		] );
		expect( bySlug( 'extra-disk' ) ).toMatchObject( {
			type: 'package',
			amount: 500,
			stackable: true,
			maxQuantity: 5,
			limits: { disk_space: 10240 },
		} );
		expect( bySlug( 'site-setup' ) ).toMatchObject( {
			type: 'service',
			amount: 4900,
			recurring: false,
		} );
		const memberships = ctx.memberships.list( {
			orderby: 'id',
			order: 'asc',
			limit: 10,
			offset: 0,
		} ).items;
		expect( memberships.map( ( m ) => m.planId ) ).toEqual( [
			bySlug( 'free' ).id,
			bySlug( 'basic' ).id,
			bySlug( 'premium' ).id,
		] );
		expect(
			memberships.every(
				( m ) =>
					m.periodStart === '2026-03-11T10:00:00Z' &&
					m.periodEnd === '2026-04-11T10:00:00Z'
			)
		).toBe( true );
		expect(
			memberships.map( ( m ) => ctx.sites.forMembership( m.id ).length )
		).toEqual( [ 1, 1, 1 ] );
		expect( ctx.payments.count() ).toBe( 2 );
		expect( seedDemo( ctx ) ).toBeNull();
		expect( ctx.products.count() ).toBe( 6 );
		expect( ctx.memberships.count() ).toBe( 3 );
	} );

	it( 'prints the admin password on the first start; WU_ADMIN_PASSWORD at a later start resets it', async () => {
		const logsIn = async ( login: string, password: string ) =>
			( await verifyCredentials( ctx, login, password, null ) ).username;
		const db = openDatabase( ':memory:' );
		migrate( db );
		const ctx = createContext( {
			db,
			clock: new TestClock( '2026-03-11T10:00:00Z' ),
			log: () => {},
		} );
		const first = seedAtStart( ctx, 'demo', undefined );
		expect( first.adminPasswordState ).toBe( 'printed' );
		const printed =
			first.logins && 'admin' in first.logins
				? first.logins.admin.password
				: '';
		await expect( logsIn( 'admin', printed ) ).resolves.toBe( 'admin' );

		expect( seedAtStart( ctx, 'demo', undefined ) ).toEqual( {
			logins: null,
			adminPasswordState: 'unchanged',
		} );
		await expect( logsIn( 'admin', printed ) ).resolves.toBe( 'admin' );

		expect( seedAtStart( ctx, 'demo', 'new-secret' ) ).toEqual( {
			logins: null,
			adminPasswordState: 'reset',
		} );
		await expect( logsIn( 'admin', 'new-secret' ) ).resolves.toBe(
			'admin'
		);
		await expect( logsIn( 'admin', printed ) ).rejects.toThrow();
		await expect( logsIn( 'frida', 'demo-customer' ) ).resolves.toBe(
			'frida'
		);
		expect( ctx.memberships.count() ).toBe( 3 );
	} );
} );
