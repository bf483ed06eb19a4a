import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import { getCustomer } from '../../api/customers';
import { listMemberships } from '../../api/memberships';
import { listPayments } from '../../api/payments';
import { listSites } from '../../api/sites';
import type { Customer, Membership, Payment, Site } from '../../api/types';
import { LoadState } from '../../components/load-state';
import { Panel } from '../../components/panel';
import { ActivityPanel } from '../../components/activity';
import { TAGS } from '../../data/queries';
import { defineQuery, useQuery } from '../../data/use-query';
import { formatMoney } from '../../format';
import { Link, useRouter } from '../../shell/router';
import { CustomerPanels } from './customer-panels';
import { WalletLedger } from './wallet-ledger';

interface CustomerDetailData {
	customer: Customer;
	memberships: Membership[];
	sites: Site[];
	payments: Payment[];
}

async function loadCustomerDetail( id: number ): Promise< CustomerDetailData > {
	const [ customer, memberships, payments, sites ] = await Promise.all( [
		getCustomer( id ),
		listMemberships( { customer: id, per_page: 100 } ).then(
			( page ) => page.items
		),
		listPayments( {
			customer: id,
			per_page: 20,
			orderby: 'id',
			order: 'desc',
		} ).then( ( page ) => page.items ),
		listSites( { customer: id, per_page: 100 } ).then(
			( page ) => page.items
		),
	] );
	return { customer, memberships, sites, payments };
}

const customerDetailQuery = defineQuery(
	'customer-detail',
	loadCustomerDetail,
	[ TAGS.customers, TAGS.memberships, TAGS.payments, TAGS.sites ]
);

/** A customer: details, wallet ledger, memberships, sites and recent payments; Edit and Add Membership. */
export function CustomerDetail( {
	id,
	pageUrl,
	basePath,
}: {
	id: number;
	pageUrl: string;
	basePath: string;
} ) {
	const loaded = useQuery( customerDetailQuery, id );
	const { navigate } = useRouter();
	return (
		<div className="wu-detail-screen">
			<p>
				<Link href={ pageUrl }>
					{ __( '← All customers', 'wu-plan-change' ) }
				</Link>
			</p>
			<LoadState loaded={ loaded }>
				{ ( { customer, memberships, sites, payments } ) => (
					<>
						<h2>{ customer.display_name || customer.username }</h2>
						<div className="wu-actions wu-detail-actions">
							<Button
								variant="secondary"
								onClick={ () =>
									navigate(
										`${ pageUrl }/${ customer.id }/edit`
									)
								}
							>
								{ __( 'Edit Customer', 'wu-plan-change' ) }
							</Button>
							<Button
								variant="primary"
								onClick={ () =>
									navigate(
										`${ basePath }memberships/new?customer=${ customer.id }`
									)
								}
							>
								{ __( 'Add Membership', 'wu-plan-change' ) }
							</Button>
						</div>
						<div className="wu-detail-grid">
							<Panel
								id="wu-customer-account"
								title={ __( 'Account', 'wu-plan-change' ) }
							>
								<dl className="wu-facts">
									<dt>
										{ __( 'Username', 'wu-plan-change' ) }
									</dt>
									<dd>{ customer.username }</dd>
									<dt>{ __( 'Email', 'wu-plan-change' ) }</dt>
									<dd>{ customer.email }</dd>
									<dt>
										{ __(
											'Wallet balance',
											'wu-plan-change'
										) }
									</dt>
									<dd>
										{ formatMoney(
											customer.wallet_balance,
											customer.currency ??
												memberships[ 0 ]?.currency ??
												'USD'
										) }
									</dd>
								</dl>
								<p className="description">
									{ __(
										'Credit from downgrades and unused time is kept in the wallet and spent on the next payments.',
										'wu-plan-change'
									) }
								</p>
							</Panel>
							<WalletLedger
								customer={ customer }
								currency={
									customer.currency ??
									memberships[ 0 ]?.currency ??
									'USD'
								}
								basePath={ basePath }
							/>
							<CustomerPanels
								memberships={ memberships }
								sites={ sites }
								payments={ payments }
								basePath={ basePath }
							/>
							<ActivityPanel
								objectType="customer"
								objectId={ customer.id }
							/>
						</div>
					</>
				) }
			</LoadState>
		</div>
	);
}
