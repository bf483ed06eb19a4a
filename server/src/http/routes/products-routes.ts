import { __ } from '../../i18n';
import { DomainError } from '../../domain/errors';
import type { Product } from '../../domain/types';
import type { AppContext } from '../app-context';
import { findProduct } from '../../services/find-product';
import { listPlanGroups } from '../../services/list-plan-groups';
import { isAdmin } from '../access';
import { idParam } from '../id-param';
import { productResource } from '../../wire/resources';
import { everyone, networkAdmin, type RestRequest } from '../rest-server';
import type { RouteDefinition } from './route-definition';

/** The product of the path, when the caller may see it (inactive ones are the admin's), else 404. */
export function findVisible( ctx: AppContext, request: RestRequest ): Product {
	const product = findProduct( ctx, idParam( request.params ) );
	if ( ! product || ( ! product.active && ! isAdmin( request ) ) ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No product was found with that id.', 'wu-plan-change' )
		);
	}
	return product;
}

/** `/products`: the catalogue (everyone reads active products; the admin reads all and writes). */
export const productsRoutes: RouteDefinition[] = [
	{
		route: '/products/:id',
		endpoints: {
			methods: [ 'GET' ],
			permission: everyone,
			handler: ( request, ctx ) =>
				productResource( findVisible( ctx, request ) ),
		},
	},
	{
		route: '/plan-groups',
		endpoints: {
			methods: [ 'GET' ],
			permission: networkAdmin,
			handler: ( _request, ctx ) =>
				listPlanGroups( ctx ).map( ( { name, plans } ) => ( {
					name,
					plans: plans.map( productResource ),
				} ) ),
		},
	},
];
