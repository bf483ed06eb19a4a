/**
 * Post types are keys chosen by customers' sites (`page`, `product`, …), so a map keyed by them
 * must never answer from `Object.prototype`: `constructor` or `__proto__` is a post type like any
 * other (tests/server/http/trust.test.ts).
 */

/** WordPress's post type names: 1–20 characters of a–z, 0–9, `_` and `-`. */
export const POST_TYPE_NAME = /^[a-z0-9_-]{1,20}$/;

/** True when `name` is a post type name WordPress accepts. */
export function isPostTypeName( name: string ): boolean {
	return POST_TYPE_NAME.test( name );
}

/** The value of `map`'s own key `key`, never an inherited one. */
export function ownValue< T >(
	map: Readonly< Record< string, T > > | undefined,
	key: string
): T | undefined {
	return map !== undefined && Object.hasOwn( map, key )
		? map[ key ]
		: undefined;
}

/** A map without a prototype, so that any key, `__proto__` included, is an ordinary own key. */
export function emptyMap< T >(): Record< string, T > {
	return Object.create( null ) as Record< string, T >;
}

/** A prototype-free copy of `entries`. */
export function mapOf< T >(
	entries: Iterable< [ string, T ] >
): Record< string, T > {
	const map = emptyMap< T >();
	for ( const [ key, value ] of entries ) {
		map[ key ] = value;
	}
	return map;
}
