import crypto from 'node:crypto';

/**
 * The `X-WU-Signature` header of a delivery (API.md, Stripe's scheme): `t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<raw body>" keyed with the endpoint's secret>`.
 */
export function signWebhook(
	secret: string,
	unixSeconds: number,
	rawBody: string
): string {
	const v1 = crypto
		.createHmac( 'sha256', secret )
		.update( `${ unixSeconds }.${ rawBody }` )
		.digest( 'hex' );
	return `t=${ unixSeconds },v1=${ v1 }`;
}

/** A new endpoint secret: `whsec_` and 32 random bytes in hex. */
export function newWebhookSecret(): string {
	return `whsec_${ crypto.randomBytes( 32 ).toString( 'hex' ) }`;
}
