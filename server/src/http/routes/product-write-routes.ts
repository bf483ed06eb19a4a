import { createProduct } from '../../services/create-product';
import { deleteProduct } from '../../services/delete-product';
import { getProductDefaults } from '../../services/get-product-defaults';
import { updateProblems, updateProduct } from '../../services/update-product';
import { productProblems } from '../../services/validate-product';
import { idParam } from '../id-param';
import { productResource } from '../../wire/resources';
import { networkAdmin, RestResponse, withArgs } from '../rest-server';
import {
	draftOf,
	newProductArgs,
	productChangeArgs,
	slugProblem,
} from '../schemas/product';
import { findVisible } from './products-routes';
import type { RouteDefinition } from './route-definition';

/** The admin writes the catalogue: a new product, a change (every problem in one answer), a removal. */
export const productWriteRoutes: RouteDefinition[] = [
	{
		route: '/products',
		endpoints: withArgs( newProductArgs, {
			methods: [ 'POST' ],
			permission: networkAdmin,
			validate: ( request, ctx ) => {
				const draft = draftOf(
					request.args,
					getProductDefaults( ctx ),
					true
				);
				return {
					slug: slugProblem( request.args, draft ),
					...productProblems( ctx, draft ),
				};
			},
			handler: ( request, ctx ) => {
				const product = createProduct(
					ctx,
					draftOf( request.args, getProductDefaults( ctx ), true )
				);
				return new RestResponse( productResource( product ), 201, {
					Location: `/wp-json/wu/v2/products/${ product.id }`,
				} );
			},
		} ),
	},
	{
		route: '/products/:id',
		endpoints: [
			withArgs( productChangeArgs, {
				methods: [ 'PUT', 'PATCH' ],
				permission: networkAdmin,
				validate: ( request, ctx ) => {
					const current = findVisible( ctx, request );
					const next = {
						...draftOf( request.args, current, false ),
						id: current.id,
					};
					return updateProblems( ctx, current, next );
				},
				handler: ( request, ctx ) => {
					const current = findVisible( ctx, request );
					return productResource(
						updateProduct( ctx, {
							...draftOf( request.args, current, false ),
							id: current.id,
						} )
					);
				},
			} ),
			{
				methods: [ 'DELETE' ],
				permission: networkAdmin,
				handler: ( request, ctx ) => {
					const product = deleteProduct(
						ctx,
						idParam( request.params )
					);
					return {
						deleted: true,
						previous: productResource( product ),
					};
				},
			},
		],
	},
];
