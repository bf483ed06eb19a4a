import { __, sprintf } from '../i18n';
import { DomainError, invalidParams } from '../domain/errors';
import type { Product } from '../domain/types';
import { announceProduct } from './announce';
import { billingNow, type BillingDeps } from './billing-deps';
import {
	assertValidProduct,
	productProblems,
	withCanonicalGroup,
} from './validate-product';

/** Problems of a change that only matter for a product in use (its type cannot change). */
export function updateProblems(
	deps: BillingDeps,
	current: Product,
	next: Product
): Record< string, string > {
	const problems = productProblems( deps, next, current.id );
	if (
		next.type !== current.type &&
		deps.products.membershipsUsing( current.id ) > 0
	) {
		problems.type ??= sprintf(
			/* translators: %s: product name */ __(
				'%s is used by memberships; its type cannot change.',
				'wu-plan-change'
			),
			current.name
		);
	}
	return problems;
}

/** Replaces a product's fields (the whole product, already merged with its current values); its Plan Group joins an existing one spelled differently (RULES G1). */
export function updateProduct( deps: BillingDeps, given: Product ): Product {
	return deps.db.transaction( () => {
		const next = withCanonicalGroup( deps, given, given.id );
		const current = deps.products.find( next.id );
		if ( ! current ) {
			throw new DomainError(
				'not_found',
				'rest_not_found',
				__( 'No product was found with that id.', 'wu-plan-change' )
			);
		}
		const problems = updateProblems( deps, current, next );
		if ( Object.keys( problems ).length > 0 ) {
			throw invalidParams( problems );
		}
		assertValidProduct( deps, next, next.id );
		const product = deps.products.update( next, billingNow( deps ) );
		announceProduct( deps, 'product.updated', product );
		return product;
	} )();
}
