import { __ } from '../../i18n';
import { walletBalance } from '../../domain/wallet';
import type { AppContext } from '../app-context';
import type { Customer } from '../../domain/customer';
import { createCustomer } from '../../services/create-customer';
import { updateCustomer } from '../../services/update-customer';
import { mayAccessCustomer, notFound } from '../access';
import { actorOf } from '../auth';
import { collectionResponse, readCollectionParams } from '../collection';
import { idParam, ParamReader } from '../params';
import { customerResource, walletEntryResource } from '../resources';
import {
	loggedIn,
	networkAdmin,
	RestResponse,
	type RestRequest,
} from '../rest-server';
import type { RouteDefinition } from './route-definition';

const USERNAME = /^[A-Za-z0-9._@-]{3,60}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A customer on the wire with their wallet balance (the ledger's sum, RULES W3). */
export function presentCustomer( ctx: AppContext, customer: Customer ) {
	return customerResource(
		customer,
		walletBalance( ctx.wallet.entries( customer.id ) ),
		ctx.settings.currency()
	);
}

function accessibleCustomer( ctx: AppContext, request: RestRequest ): Customer {
	const customer = ctx.customers.find( idParam( request.params ) );
	if ( ! customer || ! mayAccessCustomer( ctx, request, customer.id ) ) {
		throw notFound( 'customer' );
	}
	return customer;
}

/** `/customers`: the admin manages customers; a customer reads and updates themself. */
export const customersRoutes: RouteDefinition[] = [
	{
		route: '/customers',
		endpoints: [
			{
				methods: [ 'POST' ],
				permission: networkAdmin,
				handler: async ( request, ctx ) => {
					const reader = new ParamReader( request.body );
					const username = reader.string( 'username', {
						required: true,
						pattern: USERNAME,
						patternHint: __(
							'Username must be 3 to 60 letters, digits or . _ @ -.',
							'wu-plan-change'
						),
					} );
					const email = reader.string( 'email', {
						required: true,
						max: 200,
						pattern: EMAIL,
						patternHint: __(
							'Email must be an email address.',
							'wu-plan-change'
						),
					} );
					const password = reader.string( 'password', {
						required: true,
						max: 200,
					} );
					if ( password !== undefined && password.length < 8 ) {
						reader.fail(
							'password',
							__(
								'Password must be at least 8 characters.',
								'wu-plan-change'
							)
						);
					}
					const displayName = reader.string( 'display_name', {
						max: 200,
					} );
					if ( username && email ) {
						const taken = ctx.users.isTaken( username, email );
						if ( taken.username ) {
							reader.fail(
								'username',
								__(
									'This username is already used.',
									'wu-plan-change'
								)
							);
						}
						if ( taken.email ) {
							reader.fail(
								'email',
								__(
									'This email address is already used.',
									'wu-plan-change'
								)
							);
						}
					}
					reader.done();
					const customer = await createCustomer( ctx, {
						username: username as string,
						email: email as string,
						password: password as string,
						displayName: displayName || ( username as string ),
					} );
					return new RestResponse(
						presentCustomer( ctx, customer ),
						201,
						{
							Location: `/wp-json/wu/v2/customers/${ customer.id }`,
						}
					);
				},
			},
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
			{
				methods: [ 'PUT', 'PATCH' ],
				permission: loggedIn,
				handler: async ( request, ctx ) => {
					const customer = accessibleCustomer( ctx, request );
					const reader = new ParamReader( request.body );
					const email = reader.string( 'email', {
						max: 200,
						pattern: EMAIL,
						patternHint: __(
							'Email must be an email address.',
							'wu-plan-change'
						),
					} );
					const displayName = reader.string( 'display_name', {
						max: 200,
					} );
					const password = reader.string( 'password', { max: 200 } );
					if ( password !== undefined && password.length < 8 ) {
						reader.fail(
							'password',
							__(
								'Password must be at least 8 characters.',
								'wu-plan-change'
							)
						);
					}
					const currentPassword = reader.string( 'current_password', {
						max: 200,
					} );
					let cardNumber: string | undefined;
					const method = reader.raw( 'payment_method' ) as
						Record< string, unknown > | undefined;
					if ( method !== undefined ) {
						if (
							typeof method !== 'object' ||
							method === null ||
							method.type !== 'test_card' ||
							typeof method.number !== 'string'
						) {
							reader.fail(
								'payment_method',
								__(
									'payment_method must be {type: "test_card", number}.',
									'wu-plan-change'
								)
							);
						} else {
							cardNumber = method.number.replace( /\s+/g, '' );
						}
					}
					if ( reader.has( 'username' ) ) {
						reader.fail(
							'username',
							__(
								'The username cannot be changed.',
								'wu-plan-change'
							)
						);
					}
					reader.done();
					const updated = await updateCustomer(
						ctx,
						customer.id,
						{
							email,
							displayName: displayName || undefined,
							password,
							currentPassword,
							cardNumber,
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
			},
		],
	},
	{
		route: '/customers/:id/wallet',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const customer = accessibleCustomer( ctx, request );
				const params = readCollectionParams( request.query, [ 'id' ], {
					orderby: 'id',
					order: 'desc',
				} );
				const { items, total } = ctx.wallet.page( customer.id, {
					order: params.order,
					limit: params.perPage,
					offset: params.offset,
				} );
				return collectionResponse(
					items.map( walletEntryResource ),
					total,
					params
				);
			},
		},
	},
];
