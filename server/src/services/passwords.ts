import crypto from 'node:crypto';

// scrypt is memory-hard (N=2^15, r=8 → 32 MiB per hash); parameters are stored with the hash.
const N = 32768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

/** Hashes a password as `scrypt$N$r$p$salt$key` (base64url parts). */
export function hashPassword( password: string ): string {
	const salt = crypto.randomBytes( 16 );
	const key = crypto.scryptSync( password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEMORY } );
	return [ 'scrypt', N, R, P, salt.toString( 'base64url' ), key.toString( 'base64url' ) ].join( '$' );
}

/** True when `password` matches `stored`; compares in constant time. */
export function verifyPassword( password: string, stored: string ): boolean {
	const [ scheme, n, r, p, salt, key ] = stored.split( '$' );
	if ( scheme !== 'scrypt' || ! salt || ! key ) {
		return false;
	}
	const expected = Buffer.from( key, 'base64url' );
	const actual = crypto.scryptSync( password, Buffer.from( salt, 'base64url' ), expected.length, {
		N: Number( n ),
		r: Number( r ),
		p: Number( p ),
		maxmem: MAX_MEMORY,
	} );
	return crypto.timingSafeEqual( expected, actual );
}

/** A hash of a password nobody knows, to spend the same time on unknown usernames. */
export const DUMMY_HASH = hashPassword( crypto.randomBytes( 16 ).toString( 'hex' ) );
