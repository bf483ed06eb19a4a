import { __ } from '../../i18n';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import type { Customer } from '../../domain/customer';
import { createCustomer } from '../../services/create-customer';
import { findCustomer } from '../../services/find-customer';
import { findTakenAccount } from '../../services/find-taken-account';
import { listWalletEntries } from '../../services/list-wallet-entries';
import { updateCustomer } from '../../services/update-customer';
import { mayAccessCustomer, notFound } from '../access';
import { actorOf } from '../auth';
import { idParam } from '../id-param';
import { presentCustomer } from '../present';
import { walletEntryResource } from '../../wire/resources';
import {
	loggedIn,
	networkAdmin,
	RestResponse,
	withArgs,
	type RestRequest,
} from '../rest-server';
import { text } from '../schema';
import { emailField, fixedUsername, passwordField } from '../schemas/account';
import { collectionArgs, pageOf, pageResponse } from '../schemas/collection';
import { shaped } from '../schemas/fields';
import type { RouteDefinition } from './route-definition';

export { presentCustomer } from '../present';

const USERNAME = /^[A-Za-z0-9._@-]{3,60}$/;

function accessibleCustomer( ctx: AppContext, request: RestRequest ): Customer {
	const customer = findCustomer( ctx, idParam( request.params ) );
	if ( ! customer || ! mayAccessCustomer( ctx, request, customer.id ) ) {
		throw notFound( 'customer' );
	}
	return customer;
}

const newCustomerArgs = z.object( {
	username: text( {
		required: true,
		pattern: USERNAME,
		patternHint: () =>
			__(
				'Username must be 3 to 60 letters, digits or . _ @ -.',
				'wu-plan-change'
			),
	} ),
	email: emailField( { required: true } ),
	password: passwordField( { required: true } ),
	display_name: text( { max: 200 } ),
} );

/** A saved test card as the account form sends it; the number is kept without spaces. */
const cardField = shaped< string >(
	( value ) => {
		const card = value as Record< string, unknown >;
		return typeof card === 'object' &&
			card.type === 'test_card' &&
			typeof card.number === 'string'
			? { value: card.number.replace( /\s+/g, '' ) }
			: {
					problem: __(
						'payment_method must be {type: "test_card", number}.',
						'wu-plan-change'
					),
				};
	},
	{
		type: 'object',
		properties: {
			type: { type: 'string', enum: [ 'test_card' ] },
			number: { type: 'string' },
		},
	}
);

const customerArgs = z.object( {
	email: emailField(),
	display_name: text( { max: 200 } ),
	password: passwordField(),
	current_password: text( { max: 200 } ),
	payment_method: cardField,
	username: fixedUsername,
} );

const walletArgs = collectionArgs( [ 'id' ] );

/** `/customers`: the admin manages customers; a customer reads and updates themself. */
export const customersRoutes: RouteDefinition[] = [
	{
		route: '/customers',
		endpoints: [
			withArgs( newCustomerArgs, {
				methods: [ 'POST' ],
				permission: networkAdmin,
				validate: ( request, ctx ) => {
					const { username, email } = request.args;
					const taken =
						username && email
							? findTakenAccount( ctx, username, email )
							: { username: false, email: false };
					return {
						username:
							taken.username &&
							__(
								'This username is already used.',
								'wu-plan-change'
							),
						email:
							taken.email &&
							__(
								'This email address is already used.',
								'wu-plan-change'
							),
					};
				},
				handler: async ( request, ctx ) => {
					const { username, email, password } = request.args;
					const customer = await createCustomer( ctx, {
						username,
						email,
						password,
						displayName: request.args.display_name || username,
					} );
					return new RestResponse(
						presentCustomer( ctx, customer ),
						201,
						{
							Location: `/wp-json/wu/v2/customers/${ customer.id }`,
						}
					);
				},
			} ),
		],
	},
	{
		route: '/customers/:id',
		endpoints: [
			{
				methods: [ 'GET' ],
				permission: loggedIn,
				handler: ( request, ctx ) =>
					presentCustomer( ctx, accessibleCustomer( ctx, request ) ),
			},
			withArgs( customerArgs, {
				methods: [ 'PUT', 'PATCH' ],
				permission: loggedIn,
				handler: async ( request, ctx ) => {
					const customer = accessibleCustomer( ctx, request );
					const { email, password } = request.args;
					const displayName = request.args.display_name;
					const updated = await updateCustomer(
						ctx,
						customer.id,
						{
							email,
							displayName: displayName || undefined,
							password,
							currentPassword: request.args.current_password,
							cardNumber: request.args.payment_method,
						},
						actorOf( request.user! )
					);
					// NOTE: cached Basic credentials hold the account; a change drops this user's (basic-auth-cache.test.ts).
					if (
						email !== undefined ||
						displayName !== undefined ||
						password !== undefined
					) {
						ctx.basicAuthCache.forget( updated.userId );
					}
					return presentCustomer( ctx, updated );
				},
			} ),
		],
	},
	{
		route: '/customers/:id/wallet',
		endpoints: withArgs( walletArgs, {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const customer = accessibleCustomer( ctx, request );
				const params = pageOf( request.args, {
					orderby: 'id',
					order: 'desc',
				} );
				const { items, total } = listWalletEntries( ctx, customer.id, {
					order: params.order,
					limit: params.perPage,
					offset: params.offset,
				} );
				return pageResponse(
					items.map( walletEntryResource ),
					total,
					params,
					request.url()
				);
			},
		} ),
	},
];
