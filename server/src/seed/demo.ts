import crypto from 'node:crypto';
import type { BillingDeps } from '../services/billing-deps';
import type { Limits } from '../domain/types';
import { createMembership } from '../services/create-membership';
import { createProduct } from '../services/create-product';
import { createSite } from '../services/create-site';
import { cardReference } from '../services/test-gateway';
import { hashPasswordSync } from '../services/passwords';
import {
	DEMO_CUSTOMERS,
	DEMO_MEMBERSHIPS,
	DEMO_PRODUCTS,
} from './demo-catalogue';

/** The demo logins printed at start (customers share one demo password). */
export interface DemoLogins {
	admin: { username: string; password: string };
	customers: { username: string; password: string; plan: string }[];
}

export const DEMO_CUSTOMER_PASSWORD = 'demo-customer';

/** The test card the demo's paying customers have on file: it succeeds, so their renewals do. */
const DEMO_CARD = '4242424242424242';

/**
 * Seeds the demo network once (the seed document's network): the admin and the demo
 * customers. Returns the logins, or null when the database already had users.
 */
export function seedDemo(
	ctx: BillingDeps,
	adminPassword?: string
): DemoLogins | null {
	if ( ctx.users.count() > 0 ) {
		seedBilling( ctx );
		return null;
	}
	const password =
		adminPassword || crypto.randomBytes( 9 ).toString( 'base64url' );
	const now = ctx.clock.now();
	const logins: DemoLogins = {
		admin: { username: 'admin', password },
		customers: [],
	};
	ctx.db.transaction( () => {
		ctx.users.insert( {
			username: 'admin',
			email: 'admin@example.test',
			displayName: 'Network Admin',
			role: 'network_admin',
			passwordHash: hashPasswordSync( password ),
			createdAt: now,
		} );
		const customerHash = hashPasswordSync( DEMO_CUSTOMER_PASSWORD );
		for ( const [ username, displayName, plan ] of DEMO_CUSTOMERS ) {
			ctx.users.insert( {
				username,
				email: `${ username }@example.test`,
				displayName,
				role: 'customer',
				passwordHash: customerHash,
				createdAt: now,
			} );
			logins.customers.push( {
				username,
				password: DEMO_CUSTOMER_PASSWORD,
				plan,
			} );
		}
		seedBilling( ctx );
	} )();
	return logins;
}

/**
 * The demo catalogue and the demo customers' memberships (as if paid, starting now, monthly)
 * with one site each. Idempotent: the catalogue only into an empty catalogue, and a
 * membership only for a demo user who has no customer record yet.
 */
export function seedBilling( ctx: BillingDeps ): void {
	ctx.db.transaction( () => {
		if ( ctx.products.count() === 0 ) {
			const currency = ctx.settings.currency();
			const ids = new Map< string, number >();
			for ( const { addons, ...product } of DEMO_PRODUCTS ) {
				const created = createProduct( ctx, {
					...product,
					limits: product.limits as Limits,
					currency,
					availableAddons: ( addons ?? [] ).map(
						( slug ) => ids.get( slug ) as number
					),
				} );
				ids.set( created.slug, created.id );
			}
		}
		for ( const [
			username,
			planSlug,
			title,
			path,
			usage,
		] of DEMO_MEMBERSHIPS ) {
			const user = ctx.users.findForLogin( username )?.user;
			const plan = ctx.products.findBySlug( planSlug );
			if ( ! user || ! plan || ctx.customers.findByUserId( user.id ) ) {
				continue;
			}
			const customer = ctx.customers.insert( user.id, ctx.clock.now() );
			const membership = createMembership( ctx, {
				customerId: customer.id,
				planId: plan.id,
				addons: [],
				status: 'active',
				autoRenew: true,
			} );
			if ( plan.pricingType === 'paid' ) {
				// As if paid by the success test card, kept for renewals (API.md "Test cards").
				ctx.customers.saveCard(
					customer.id,
					cardReference( DEMO_CARD )
				);
			}
			if ( ! ctx.sites.pathTaken( path ) ) {
				createSite( ctx, {
					membershipId: membership.id,
					title,
					path,
					usage,
				} );
			}
		}
	} )();
}

/** Creates the network admin for an empty network (`WU_SEED=none`). */
/**
 * A later start with `WU_ADMIN_PASSWORD` set resets the password of the network admin `admin`
 * (README "Resetting the admin password"). True when it was reset.
 */
export function resetAdminPassword(
	ctx: BillingDeps,
	password: string | undefined
): boolean {
	const admin = password ? ctx.users.findForLogin( 'admin' ) : null;
	if ( ! password || ! admin || admin.user.role !== 'network_admin' ) {
		return false;
	}
	ctx.users.update( admin.user.id, {
		passwordHash: hashPasswordSync( password ),
	} );
	return true;
}

/** What a start seeds: the demo network or only the admin on a new database (their logins, to print), or resets the admin's password on an existing one when `adminPassword` is given. */
export function seedAtStart(
	ctx: BillingDeps,
	seed: string,
	adminPassword: string | undefined
): {
	logins: DemoLogins | { username: string; password: string } | null;
	adminPasswordState: 'printed' | 'reset' | 'unchanged';
} {
	const logins =
		seed === 'demo'
			? seedDemo( ctx, adminPassword )
			: seedAdmin( ctx, adminPassword );
	if ( logins ) {
		return { logins, adminPasswordState: 'printed' };
	}
	return {
		logins,
		adminPasswordState: resetAdminPassword( ctx, adminPassword )
			? 'reset'
			: 'unchanged',
	};
}

export function seedAdmin(
	ctx: BillingDeps,
	adminPassword?: string
): { username: string; password: string } | null {
	if ( ctx.users.count() > 0 ) {
		return null;
	}
	const password =
		adminPassword || crypto.randomBytes( 9 ).toString( 'base64url' );
	ctx.users.insert( {
		username: 'admin',
		email: 'admin@example.test',
		displayName: 'Network Admin',
		role: 'network_admin',
		passwordHash: hashPasswordSync( password ),
		createdAt: ctx.clock.now(),
	} );
	return { username: 'admin', password };
}
