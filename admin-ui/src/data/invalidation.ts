import { onChange } from '../api/client';
import { TAGS } from './queries';
import { invalidate } from './use-query';

/**
 * What a state-changing request changes, by the first segment of its path: a checkout or a
 * repair (`/memberships/…`) changes the membership, its payments, the wallet and the sites' limits.
 */
const CHANGES: Record< string, string[] > = {
	memberships: [
		TAGS.memberships,
		TAGS.payments,
		TAGS.customers,
		TAGS.sites,
	],
	payments: [ TAGS.payments, TAGS.memberships, TAGS.customers ],
	customers: [ TAGS.customers ],
	products: [ TAGS.products, TAGS.memberships ],
	sites: [ TAGS.sites ],
	users: [ TAGS.me ],
	webhooks: [ TAGS.webhooks ],
};

/** The tags a request to `path` (e.g. `/memberships/3/checkout`) invalidates. */
export function changedTags( path: string ): string[] {
	if ( /\/quote(\?|$)/.test( path ) ) {
		return []; // A quote prices a change; it changes nothing.
	}
	const first = path.replace( /^\//, '' ).split( /[/?]/ )[ 0 ];
	return CHANGES[ first ] ?? Object.values( TAGS );
}

/** Every mutation invalidates the reads showing what it changed: they load again, the old answer showing meanwhile. */
export function invalidateOnChange(): () => void {
	return onChange( ( _method, path ) =>
		invalidate( ...changedTags( path ) )
	);
}
