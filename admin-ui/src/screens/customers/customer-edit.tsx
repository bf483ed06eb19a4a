import { __, sprintf } from '@wordpress/i18n';
import {
	createCustomer,
	getCustomer,
	updateCustomer,
} from '../../api/customers';
import type { Customer } from '../../api/types';
import { LoadState } from '../../components/load-state';
import { TAGS } from '../../data/queries';
import { defineQuery, useQuery } from '../../data/use-query';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';
import { CustomerForm } from './customer-form';

/** The customer to edit, or null for Add New Customer. */
const editedCustomerQuery = defineQuery(
	'edited-customer',
	( id: number | null ): Promise< Customer | null > =>
		id === null ? Promise.resolve( null ) : getCustomer( id ),
	[ TAGS.customers ]
);

/** The Add New Customer page (`id` null) or a customer's edit page; both end on the customer's page with a notice. */
export function CustomerEdit( {
	id,
	pageUrl,
}: {
	id: number | null;
	pageUrl: string;
} ) {
	const { navigate } = useRouter();
	const { createNotice } = useNotices();
	const loaded = useQuery( editedCustomerQuery, id );
	return (
		<div className="wu-edit-screen">
			<p>
				{ id === null ? (
					<Link href={ pageUrl }>
						{ __( '← All customers', 'wu-plan-change' ) }
					</Link>
				) : (
					<Link href={ `${ pageUrl }/${ id }` }>
						{ __( '← Back to the customer', 'wu-plan-change' ) }
					</Link>
				) }
			</p>
			<LoadState loaded={ loaded }>
				{ ( customer ) => (
					<>
						<h2>
							{ customer
								? sprintf(
										/* translators: %s: customer name */ __(
											'Edit %s',
											'wu-plan-change'
										),
										customer.display_name ||
											customer.username
									)
								: __( 'Add New Customer', 'wu-plan-change' ) }
						</h2>
						<CustomerForm
							customer={ customer }
							onSave={ ( data ) =>
								customer
									? updateCustomer( customer.id, data )
									: createCustomer( data )
							}
							onSaved={ ( stored ) => {
								createNotice(
									'success',
									customer
										? __(
												'Customer saved.',
												'wu-plan-change'
											)
										: sprintf(
												/* translators: %s: customer name */ __(
													'Customer %s was added.',
													'wu-plan-change'
												),
												stored.display_name ||
													stored.username
											)
								);
								navigate( `${ pageUrl }/${ stored.id }`, {
									replace: ! customer,
								} );
							} }
							onError={ ( message ) =>
								createNotice( 'error', message )
							}
						/>
					</>
				) }
			</LoadState>
		</div>
	);
}
