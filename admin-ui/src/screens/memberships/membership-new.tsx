import { SearchControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { Customer } from '../../api/types';
import { LoadState } from '../../components/load-state';
import {
	catalogueQuery,
	customerQuery,
	customersQuery,
} from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { useDebounced } from '../../hooks/use-debounced';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';
import { MembershipForm } from './membership-form';

export { MembershipForm } from './membership-form';

const CUSTOMER_CHOICES = 50;

/** The customers to choose from: one page of the search's answer, with the customer of `?customer=` first. */
function useCustomerChoices(
	search: string,
	customerId: number | null
): { customers: Customer[] | undefined; error: string | null } {
	const page = useQuery( customersQuery, {
		search,
		per_page: CUSTOMER_CHOICES,
	} );
	const preset = useQuery(
		customerId === null ? null : customerQuery,
		customerId ?? 0
	);
	const items = page.data?.items;
	if ( ! items ) {
		return { customers: undefined, error: page.error };
	}
	const first = preset.data;
	return {
		customers:
			first && ! items.some( ( c ) => c.id === first.id )
				? [ first, ...items ]
				: items,
		error: null,
	};
}

/** Add Membership (`…/memberships/new?customer=3`): plan, period, add-ons, status; ends on the new membership with a notice. */
export function MembershipNew( {
	customerId,
	pageUrl,
	basePath,
}: {
	customerId: number | null;
	pageUrl: string;
	basePath: string;
} ) {
	const { navigate } = useRouter();
	const { createNotice } = useNotices();
	const [ search, setSearch ] = useState( '' );
	const choices = useCustomerChoices( useDebounced( search ), customerId );
	const catalogueLoaded = useQuery( catalogueQuery );
	const loaded = {
		...catalogueLoaded,
		data:
			catalogueLoaded.data && choices.customers
				? ( [ choices.customers, catalogueLoaded.data ] as const )
				: undefined,
		error: catalogueLoaded.error ?? choices.error,
	};
	return (
		<div className="wu-edit-screen">
			<p>
				{ customerId === null ? (
					<Link href={ pageUrl }>
						{ __( '← All memberships', 'wu-plan-change' ) }
					</Link>
				) : (
					<Link href={ `${ basePath }customers/${ customerId }` }>
						{ __( '← Back to the customer', 'wu-plan-change' ) }
					</Link>
				) }
			</p>
			<h2>{ __( 'Add Membership', 'wu-plan-change' ) }</h2>
			<SearchControl
				__nextHasNoMarginBottom
				label={ __( 'Search customers', 'wu-plan-change' ) }
				value={ search }
				onChange={ setSearch }
			/>
			<LoadState loaded={ loaded }>
				{ ( [ customers, catalogue ] ) =>
					customers.length === 0 && ! search ? (
						<p>
							{ __(
								'There are no customers yet: add one under Customers first.',
								'wu-plan-change'
							) }
						</p>
					) : (
						<MembershipForm
							customers={ customers }
							catalogue={ catalogue }
							customerId={
								customerId !== null &&
								customers.some( ( c ) => c.id === customerId )
									? customerId
									: null
							}
							onCreated={ ( id, customer ) => {
								createNotice(
									'success',
									customer
										? sprintf(
												/* translators: 1: membership id, 2: customer name */ __(
													'Membership #%1$d was created for %2$s.',
													'wu-plan-change'
												),
												id,
												customer.display_name ||
													customer.username
											)
										: sprintf(
												/* translators: %d: membership id */ __(
													'Membership #%d was created.',
													'wu-plan-change'
												),
												id
											)
								);
								navigate( `${ pageUrl }/${ id }`, {
									replace: true,
								} );
							} }
							onError={ ( message ) =>
								createNotice( 'error', message )
							}
						/>
					)
				}
			</LoadState>
		</div>
	);
}
