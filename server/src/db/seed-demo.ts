import crypto from 'node:crypto';
import type { AppContext } from '../context';
import { hashPassword } from '../services/passwords';

/** The demo logins printed at start (customers share one demo password). */
export interface DemoLogins {
	admin: { username: string; password: string };
	customers: { username: string; password: string; plan: string }[];
}

export const DEMO_CUSTOMER_PASSWORD = 'demo-customer';

/**
 * Seeds the demo network once (the seed document's network): the admin and the demo
 * customers. Returns the logins, or null when the database already had users.
 */
export function seedDemo( ctx: AppContext, adminPassword?: string ): DemoLogins | null {
	if ( ctx.users.count() > 0 ) {
		return null;
	}
	const password = adminPassword || crypto.randomBytes( 9 ).toString( 'base64url' );
	const now = ctx.clock.now();
	const logins: DemoLogins = { admin: { username: 'admin', password }, customers: [] };
	ctx.db.transaction( () => {
		ctx.users.insert( { username: 'admin', email: 'admin@example.test', displayName: 'Network Admin', role: 'network_admin', passwordHash: hashPassword( password ), createdAt: now } );
		const customerHash = hashPassword( DEMO_CUSTOMER_PASSWORD );
		for ( const [ username, displayName, plan ] of DEMO_CUSTOMERS ) {
			ctx.users.insert( { username, email: `${ username }@example.test`, displayName, role: 'customer', passwordHash: customerHash, createdAt: now } );
			logins.customers.push( { username, password: DEMO_CUSTOMER_PASSWORD, plan } );
		}
	} )();
	return logins;
}

/** username, display name, plan. */
const DEMO_CUSTOMERS: [ string, string, string ][] = [
	[ 'frida', 'Frida Free', 'Free' ],
	[ 'bjorn', 'Bjørn Basic', 'Basic' ],
	[ 'petra', 'Petra Premium', 'Premium' ],
];

/** Creates the network admin for an empty network (`WU_SEED=none`). */
export function seedAdmin( ctx: AppContext, adminPassword?: string ): { username: string; password: string } | null {
	if ( ctx.users.count() > 0 ) {
		return null;
	}
	const password = adminPassword || crypto.randomBytes( 9 ).toString( 'base64url' );
	ctx.users.insert( { username: 'admin', email: 'admin@example.test', displayName: 'Network Admin', role: 'network_admin', passwordHash: hashPassword( password ), createdAt: ctx.clock.now() } );
	return { username: 'admin', password };
}
