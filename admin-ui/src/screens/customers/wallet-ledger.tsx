import { Notice } from '@wordpress/components';
import type { Field, View } from '@wordpress/dataviews';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { Customer, WalletEntry } from '../../api/types';
import { DataList } from '../../components/data-list';
import { Panel } from '../../components/panel';
import { walletQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { formatDate, formatMoney } from '../../format';
import { Link } from '../../shell/router';
import { WalletAdjust } from './wallet-adjust';

const INITIAL: View = {
	type: 'table',
	page: 1,
	perPage: 10,
	fields: [
		'created_at',
		'reason',
		'actor',
		'payment',
		'amount',
		'balance_after',
	],
	layout: {},
};

function ledgerFields( basePath: string ): Field< WalletEntry >[] {
	return [
		{
			id: 'created_at',
			label: __( 'Date', 'wu-plan-change' ),
			enableSorting: false,
			render: ( { item } ) => formatDate( item.created_at ),
		},
		{
			id: 'reason',
			label: __( 'Reason', 'wu-plan-change' ),
			enableSorting: false,
		},
		{
			id: 'actor',
			label: __( 'By', 'wu-plan-change' ),
			enableSorting: false,
			// RULES X4: a hand entry names the network admin who made it.
			render: ( { item } ) => item.actor?.name ?? '—',
		},
		{
			id: 'payment',
			label: __( 'Payment', 'wu-plan-change' ),
			enableSorting: false,
			render: ( { item } ) =>
				item.payment_id === null ? (
					'—'
				) : (
					<Link href={ `${ basePath }payments/${ item.payment_id }` }>
						{ `#${ item.payment_id }` }
					</Link>
				),
		},
		{
			id: 'amount',
			label: __( 'Amount', 'wu-plan-change' ),
			enableSorting: false,
			render: ( { item } ) =>
				( item.amount > 0 ? '+' : '' ) +
				formatMoney( item.amount, item.currency ),
		},
		{
			id: 'balance_after',
			label: __( 'Balance', 'wu-plan-change' ),
			enableSorting: false,
			render: ( { item } ) =>
				formatMoney( item.balance_after, item.currency ),
		},
	];
}

/** The wallet: its balance, then the ledger newest first with the balance after each entry (server-paged). */
export function WalletLedger( {
	customer,
	currency,
	basePath,
}: {
	customer: Customer;
	currency: string;
	basePath: string;
} ) {
	const [ view, setView ] = useState< View >( INITIAL );
	const loaded = useQuery(
		walletQuery,
		customer.id,
		view.page ?? 1,
		view.perPage ?? 10
	);
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
			<WalletAdjust customer={ customer } currency={ currency } />
			{ loaded.error && (
				<Notice status="error" isDismissible={ false }>
					{ loaded.error }
				</Notice>
			) }
			<DataList
				label={ __( 'Wallet ledger', 'wu-plan-change' ) }
				data={ loaded.data?.items ?? [] }
				fields={ ledgerFields( basePath ) }
				view={ view }
				onChangeView={ setView }
				total={ loaded.data?.total ?? 0 }
				totalPages={ loaded.data?.totalPages ?? 0 }
				isLoading={ loaded.loading && ! loaded.error }
				getItemId={ ( entry ) => String( entry.id ) }
				search={ false }
				empty={ __(
					'No wallet movements yet. Credit from downgrades and unused time will be listed here.',
					'wu-plan-change'
				) }
			/>
		</Panel>
	);
}
