import crypto from 'node:crypto';
import { promisify } from 'node:util';

// scrypt is memory-hard (N=2^15, r=8 → 32 MiB per hash); parameters are stored with the hash.
const N = 32768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

const scrypt = promisify( crypto.scrypt ) as (
	password: string,
	salt: Buffer,
	keylen: number,
	options: crypto.ScryptOptions
) => Promise< Buffer >;

function encode( salt: Buffer, key: Buffer ): string {
	return [
		'scrypt',
		N,
		R,
		P,
		salt.toString( 'base64url' ),
		key.toString( 'base64url' ),
	].join( '$' );
}

/**
 * Hashes a password as `scrypt$N$r$p$salt$key` (base64url parts). The hash runs on libuv's thread
 * pool, so a request hashing a password never holds up the others (issue 10).
 */
export async function hashPassword( password: string ): Promise< string > {
	const salt = crypto.randomBytes( 16 );
	return encode(
		salt,
		await scrypt( password, salt, KEY_LENGTH, {
			N,
			r: R,
			p: P,
			maxmem: MAX_MEMORY,
		} )
	);
}

/** The same hash computed in the calling thread: for the seed at start-up and test fixtures only, never a request. */
export function hashPasswordSync( password: string ): string {
	const salt = crypto.randomBytes( 16 );
	return encode(
		salt,
		crypto.scryptSync( password, salt, KEY_LENGTH, {
			N,
			r: R,
			p: P,
			maxmem: MAX_MEMORY,
		} )
	);
}

/** True when `password` matches `stored`; hashes off the event loop and compares in constant time. */
export async function verifyPassword(
	password: string,
	stored: string
): Promise< boolean > {
	const parts = stored.split( '$' );
	const [ scheme, , , , salt, key ] = parts;
	if ( scheme !== 'scrypt' || ! salt || ! key ) {
		return false;
	}
	const [ , n, r, p ] = parts;
	const expected = Buffer.from( key, 'base64url' );
	const actual = await scrypt(
		password,
		Buffer.from( salt, 'base64url' ),
		expected.length,
		{
			N: Number( n ),
			r: Number( r ),
			p: Number( p ),
			maxmem: MAX_MEMORY,
		}
	);
	return crypto.timingSafeEqual( expected, actual );
}

/** A hash of a password nobody knows, to spend the same time on unknown usernames. */
export const DUMMY_HASH = hashPasswordSync(
	crypto.randomBytes( 16 ).toString( 'hex' )
);
