import { __, sprintf } from '@wordpress/i18n';
import { getCustomer } from '../../api/customers';
import { listMemberships } from '../../api/memberships';
import { listPayments } from '../../api/payments';
import { listMembershipSites } from '../../api/sites';
import type { Customer, Membership, Payment, Site } from '../../api/types';
import { LoadState, useLoad } from '../../components/load-state';
import { productName, useProductMap } from '../../components/product-names';
import { membershipStatusLabel, paymentStatusLabel, StatusBadge } from '../../components/status-badge';
import { formatDate, formatMoney, formatPer } from '../../format';
import { Link } from '../../shell/router';
import { Panel } from '../memberships/membership-detail';

interface CustomerDetailData {
	customer: Customer;
	memberships: Membership[];
	sites: Site[];
	payments: Payment[];
}

async function loadCustomerDetail( id: number ): Promise< CustomerDetailData > {
	const [ customer, memberships, payments ] = await Promise.all( [
		getCustomer( id ),
		listMemberships( { customer: id, per_page: 100 } ).then( ( page ) => page.items ),
		listPayments( { customer: id, per_page: 20, orderby: 'id', order: 'desc' } ).then( ( page ) => page.items ),
	] );
	const sites = ( await Promise.all( memberships.map( ( membership ) => listMembershipSites( membership.id ).then( ( page ) => page.items ) ) ) ).flat();
	return { customer, memberships, sites, payments };
}

/** A customer: details, wallet, memberships, sites and recent payments. */
export function CustomerDetail( { id, pageUrl, basePath }: { id: number; pageUrl: string; basePath: string } ) {
	const loaded = useLoad( () => loadCustomerDetail( id ), [ id ] );
	const products = useProductMap();
	return (
		<div className="wu-detail-screen">
			<p>
				<Link href={ pageUrl }>{ __( '← All customers', 'wu-plan-change' ) }</Link>
			</p>
			<LoadState loaded={ loaded }>
				{ ( { customer, memberships, sites, payments } ) => (
					<>
						<h2>{ customer.display_name || customer.username }</h2>
						<div className="wu-detail-grid">
							<Panel id="wu-customer-account" title={ __( 'Account', 'wu-plan-change' ) }>
								<dl className="wu-facts">
									<dt>{ __( 'Username', 'wu-plan-change' ) }</dt>
									<dd>{ customer.username }</dd>
									<dt>{ __( 'Email', 'wu-plan-change' ) }</dt>
									<dd>{ customer.email }</dd>
									<dt>{ __( 'Wallet balance', 'wu-plan-change' ) }</dt>
									<dd>{ formatMoney( customer.wallet_balance, customer.currency ?? memberships[ 0 ]?.currency ?? 'USD' ) }</dd>
								</dl>
								<p className="description">{ __( 'Credit from downgrades and unused time is kept in the wallet and spent on the next payments.', 'wu-plan-change' ) }</p>
							</Panel>
							<Panel id="wu-customer-memberships" title={ __( 'Memberships', 'wu-plan-change' ) }>
								{ memberships.length === 0 ? (
									<p>{ __( 'No memberships.', 'wu-plan-change' ) }</p>
								) : (
									<ul>
										{ memberships.map( ( membership ) => (
											<li key={ membership.id }>
												<Link href={ `${ basePath }memberships/${ membership.id }` }>{ `#${ membership.id }` }</Link> { productName( products, membership.plan_id ) } ·{ ' ' }
												{ `${ formatMoney( membership.amount, membership.currency ) } ${ formatPer( membership.duration, membership.duration_unit ) }` } ·{ ' ' }
												<StatusBadge status={ membership.status } label={ membershipStatusLabel( membership.status ) } />
											</li>
										) ) }
									</ul>
								) }
							</Panel>
							<Panel id="wu-customer-sites" title={ __( 'Sites', 'wu-plan-change' ) }>
								{ sites.length === 0 ? (
									<p>{ __( 'No sites.', 'wu-plan-change' ) }</p>
								) : (
									<ul>
										{ sites.map( ( site ) => (
											<li key={ site.id }>
												{ sprintf( /* translators: 1: site title, 2: site path, 3: membership id */ __( '%1$s (%2$s), membership #%3$d', 'wu-plan-change' ), site.title, site.path, site.membership_id ) }
											</li>
										) ) }
									</ul>
								) }
							</Panel>
							<Panel id="wu-customer-payments" title={ __( 'Payments', 'wu-plan-change' ) }>
								{ payments.length === 0 ? (
									<p>{ __( 'No payments yet.', 'wu-plan-change' ) }</p>
								) : (
									<ul>
										{ payments.map( ( payment ) => (
											<li key={ payment.id }>
												<Link href={ `${ basePath }payments/${ payment.id }` }>{ `#${ payment.id }` }</Link> { formatDate( payment.created_at ) } ·{ ' ' }
												{ formatMoney( payment.total, payment.currency ) } · <StatusBadge status={ payment.status } label={ paymentStatusLabel( payment.status ) } />
											</li>
										) ) }
									</ul>
								) }
							</Panel>
						</div>
					</>
				) }
			</LoadState>
		</div>
	);
}
