import { Button, Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { getCustomer, listWalletEntries } from '../../api/customers';
import { listMemberships } from '../../api/memberships';
import { listPayments } from '../../api/payments';
import { listSites } from '../../api/sites';
import type {
	Customer,
	Membership,
	Payment,
	Site,
	WalletEntry,
} from '../../api/types';
import {
	ListTable,
	Pagination,
	type Column,
} from '../../components/list-table';
import { LoadState, useLoad } from '../../components/load-state';
import { productName, useProductMap } from '../../components/product-names';
import {
	membershipStatusLabel,
	paymentStatusLabel,
	StatusBadge,
} from '../../components/status-badge';
import { formatDate, formatMoney, formatPer } from '../../format';
import { Link, useRouter } from '../../shell/router';
import { Panel } from '../memberships/membership-detail';

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

const LEDGER_PER_PAGE = 10;

/** The wallet: its balance, then the ledger newest first with the balance after each entry. */
function WalletLedger( {
	customer,
	currency,
	basePath,
}: {
	customer: Customer;
	currency: string;
	basePath: string;
} ) {
	const [ page, setPage ] = useState( 1 );
	const loaded = useLoad(
		() =>
			listWalletEntries( customer.id, {
				page,
				per_page: LEDGER_PER_PAGE,
			} ),
		[ customer.id, page ]
	);
	const columns: Column< WalletEntry >[] = [
		{
			id: 'date',
			label: __( 'Date', 'wu-plan-change' ),
			render: ( entry ) => formatDate( entry.created_at ),
		},
		{
			id: 'reason',
			label: __( 'Reason', 'wu-plan-change' ),
			render: ( entry ) => entry.reason,
		},
		{
			id: 'payment',
			label: __( 'Payment', 'wu-plan-change' ),
			render: ( entry ) =>
				entry.payment_id === null ? (
					'—'
				) : (
					<Link
						href={ `${ basePath }payments/${ entry.payment_id }` }
					>{ `#${ entry.payment_id }` }</Link>
				),
		},
		{
			id: 'amount',
			label: __( 'Amount', 'wu-plan-change' ),
			render: ( entry ) =>
				( entry.amount > 0 ? '+' : '' ) +
				formatMoney( entry.amount, entry.currency ),
		},
		{
			id: 'balance',
			label: __( 'Balance', 'wu-plan-change' ),
			render: ( entry ) =>
				formatMoney( entry.balance_after, entry.currency ),
		},
	];
	return (
		<Panel
			id="wu-customer-wallet"
			title={ __( 'Wallet', 'wu-plan-change' ) }
		>
			<p className="wu-wallet-balance">
				{ sprintf(
					/* translators: %s: amount of money */ __(
						'Balance: %s',
						'wu-plan-change'
					),
					formatMoney( customer.wallet_balance, currency )
				) }
			</p>
			{ loaded.error && (
				<Notice status="error" isDismissible={ false }>
					{ loaded.error }
				</Notice>
			) }
			<ListTable
				caption={ __( 'Wallet ledger', 'wu-plan-change' ) }
				columns={ columns }
				items={
					loaded.data?.items ?? ( loaded.error ? [] : undefined )
				}
				busy={ loaded.loading }
				rowKey={ ( entry ) => entry.id }
				emptyMessage={ __(
					'No wallet movements yet. Credit from downgrades and unused time will be listed here.',
					'wu-plan-change'
				) }
			/>
			{ loaded.data && loaded.data.totalPages > 1 && (
				<Pagination
					page={ page }
					total={ loaded.data.total }
					totalPages={ loaded.data.totalPages }
					onChange={ setPage }
				/>
			) }
		</Panel>
	);
}

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
	const loaded = useLoad( () => loadCustomerDetail( id ), [ id ] );
	const products = useProductMap();
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
							<Panel
								id="wu-customer-memberships"
								title={ __( 'Memberships', 'wu-plan-change' ) }
							>
								{ memberships.length === 0 ? (
									<p>
										{ __(
											'No memberships.',
											'wu-plan-change'
										) }
									</p>
								) : (
									<ul>
										{ memberships.map( ( membership ) => (
											<li key={ membership.id }>
												<Link
													href={ `${ basePath }memberships/${ membership.id }` }
												>{ `#${ membership.id }` }</Link>{ ' ' }
												{ productName(
													products,
													membership.plan_id
												) }{ ' ' }
												·{ ' ' }
												{ `${ formatMoney( membership.amount, membership.currency ) } ${ formatPer( membership.duration, membership.duration_unit ) }` }{ ' ' }
												·{ ' ' }
												<StatusBadge
													status={ membership.status }
													label={ membershipStatusLabel(
														membership.status
													) }
												/>
											</li>
										) ) }
									</ul>
								) }
							</Panel>
							<Panel
								id="wu-customer-sites"
								title={ __( 'Sites', 'wu-plan-change' ) }
							>
								{ sites.length === 0 ? (
									<p>
										{ __( 'No sites.', 'wu-plan-change' ) }
									</p>
								) : (
									<ul>
										{ sites.map( ( site ) => (
											<li key={ site.id }>
												{ sprintf(
													/* translators: 1: site title, 2: site path, 3: membership id */ __(
														'%1$s (%2$s), membership #%3$d',
														'wu-plan-change'
													),
													site.title,
													site.path,
													site.membership_id
												) }
											</li>
										) ) }
									</ul>
								) }
							</Panel>
							<Panel
								id="wu-customer-payments"
								title={ __( 'Payments', 'wu-plan-change' ) }
							>
								{ payments.length === 0 ? (
									<p>
										{ __(
											'No payments yet.',
											'wu-plan-change'
										) }
									</p>
								) : (
									<ul>
										{ payments.map( ( payment ) => (
											<li key={ payment.id }>
												<Link
													href={ `${ basePath }payments/${ payment.id }` }
												>{ `#${ payment.id }` }</Link>{ ' ' }
												{ formatDate(
													payment.created_at
												) }{ ' ' }
												·{ ' ' }
												{ formatMoney(
													payment.total,
													payment.currency
												) }{ ' ' }
												·{ ' ' }
												<StatusBadge
													status={ payment.status }
													label={ paymentStatusLabel(
														payment.status
													) }
												/>
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
