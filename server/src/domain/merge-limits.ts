import { emptyMap, ownValue } from './post-types';
import type { LimitValue, Limits, Product } from './types';

/** The scalar limit keys (RULES L1); `posts` is per post type. */
export const SCALAR_LIMITS = [
	'sites',
	'visits',
	'disk_space',
	'users',
	'custom_domains',
] as const;

/** Effective limits with every key present (posts lists every post type any product names). */
export type EffectiveLimits = Required< Limits >;

/** a + b where `unlimited` on either side wins (RULES L2). */
export function addLimit( a: LimitValue, b: LimitValue ): LimitValue {
	return a === 'unlimited' || b === 'unlimited' ? 'unlimited' : a + b;
}

function scale( value: LimitValue, quantity: number ): LimitValue {
	return value === 'unlimited' ? value : value * quantity;
}

function mergeOne(
	base: LimitValue | undefined,
	additions: ( LimitValue | undefined )[],
	override: LimitValue | undefined
): LimitValue {
	if ( override !== undefined ) {
		return override;
	}
	// NOTE: decision #10 — a key the plan leaves out is not limited ('unlimited'); pinned by "L2 plan without a key" in rules-table.
	return additions.reduce< LimitValue >(
		( sum, value ) =>
			value === undefined ? sum : addLimit( sum, value ),
		base ?? 'unlimited'
	);
}

/** A membership's effective limits (RULES L2): the plan's plus each add-on's × quantity, numbers add, `unlimited` wins, a package says only what it changes; an override replaces the merged value (disk in MB). */
export function mergeLimits(
	plan: Product,
	addons: { product: Product; quantity: number }[],
	override?: Limits
): EffectiveLimits {
	const scaled = addons.map( ( addon ) => ( {
		limits: addon.product.limits,
		quantity: addon.quantity,
	} ) );
	const result = {} as Record<
		( typeof SCALAR_LIMITS )[ number ],
		LimitValue
	>;
	for ( const key of SCALAR_LIMITS ) {
		const additions = scaled.map( ( { limits, quantity } ) =>
			limits[ key ] === undefined
				? undefined
				: scale( limits[ key ] as LimitValue, quantity )
		);
		result[ key ] = mergeOne(
			plan.limits[ key ],
			additions,
			override?.[ key ]
		);
	}
	const postTypes = new Set(
		[
			plan.limits,
			...scaled.map( ( s ) => s.limits ),
			override ?? {},
		].flatMap( ( limits ) => Object.keys( limits.posts ?? {} ) )
	);
	const posts = emptyMap< LimitValue >();
	for ( const type of postTypes ) {
		const additions = scaled.map( ( { limits, quantity } ) => {
			const value = ownValue( limits.posts, type );
			return value === undefined ? undefined : scale( value, quantity );
		} );
		posts[ type ] = mergeOne(
			ownValue( plan.limits.posts, type ),
			additions,
			ownValue( override?.posts, type )
		);
	}
	return { ...result, posts };
}
