import { quantityOf } from './addon-quantities';
import { changeMode } from './change-mode';
import type { AddonQuantity, Membership, OverLimit, Quote } from './types';

/** A plan with add-ons whose limits a change puts in force. */
export interface Holding {
	planId: number;
	addons: AddonQuantity[];
}

/**
 * What a quoted change puts in force now and what at the period end (RULES L3, L4, K6–K8):
 * a downgrade only at the end; an add-on purchase now (held ∪ bought), its decreases at the end;
 * an upgrade, a trial change or a lifetime change now. Null where nothing changes.
 */
export function holdingsOfChange(
	membership: Membership,
	quote: Pick< Quote, 'type' | 'target' >
): { now: Holding | null; atEnd: Holding | null } {
	const target = { planId: quote.target.planId, addons: quote.target.addons };
	const mode = changeMode( membership, quote.type );
	if ( mode === 'scheduled' ) {
		return { now: null, atEnd: target };
	}
	if ( mode !== 'addon' || membership.periodEnd === null ) {
		return { now: target, atEnd: null };
	}
	const ids = [
		...new Set(
			[ ...membership.addons, ...target.addons ].map(
				( a ) => a.productId
			)
		),
	];
	const union = ids.map( ( productId ) => ( {
		productId,
		quantity: Math.max(
			quantityOf( membership.addons, productId ),
			quantityOf( target.addons, productId )
		),
	} ) );
	const decreases = membership.addons.some(
		( held ) => quantityOf( target.addons, held.productId ) < held.quantity
	);
	return {
		now: { planId: membership.planId, addons: union },
		atEnd: decreases ? target : null,
	};
}

function keyOf( o: OverLimit ): string {
	return `${ o.limit }|${ o.post_type ?? '' }|${ o.site_id ?? '' }`;
}

/**
 * The exceeded limits that a change applied now makes worse (RULES L4, L5): a limit the usage is
 * within today, or an exceeded one lowered further. A limit already exceeded by the same amount
 * (after an over-limit downgrade applied) does not block a change that leaves it as it is.
 */
export function newOverLimits(
	after: OverLimit[],
	before: OverLimit[]
): OverLimit[] {
	const today = new Map( before.map( ( o ) => [ keyOf( o ), o.new_limit ] ) );
	return after.filter( ( o ) => {
		const limit = today.get( keyOf( o ) );
		return limit === undefined || o.new_limit < limit;
	} );
}
