import { Button } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import { LoadState } from '../../components/load-state';
import { productName, useProductMap } from '../../components/product-names';
import {
	membershipStatusLabel,
	StatusBadge,
} from '../../components/status-badge';
import { OverLimitsNotes } from '../../components/over-limits/notes';
import { formatDate, formatMoney, formatPeriod, formatPer } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';
import { nextCharge } from './membership-fields';
import { MembershipRepairForm, RenewalErrorNotice } from './membership-repair';
import {
	useMembershipDetail,
	type MembershipDetailData,
} from './use-membership-detail';
import { LimitsTable } from './limits-table';
import { ScheduledChange } from './scheduled-change';
import { MembershipCancel } from './membership-cancel';
import { Panel } from '../../components/panel';
import { ActivityPanel } from '../../components/activity';
import { PaymentSummaryList } from '../../components/payment-summary-list';

function Details( {
	data,
	reload,
	pageUrl,
	basePath,
}: {
	data: MembershipDetailData;
	reload: () => void;
	pageUrl: string;
	basePath: string;
} ) {
	const { navigate } = useRouter();
	const { createNotice } = useNotices();
	const products = useProductMap();
	const { membership, customer, limits, payments, sites } = data;
	const changeable =
		[ 'active', 'trialing' ].includes( membership.status ) &&
		! membership.cancel_at;
	const repaired = () => {
		createNotice(
			'success',
			__(
				'The membership was saved; renewals take it up again.',
				'wu-plan-change'
			)
		);
		reload();
	};
	return (
		<>
			<RenewalErrorNotice membership={ membership } />
			<div className="wu-detail-grid">
				<Panel
					id="wu-membership-plan"
					title={ __( 'Plan and add-ons', 'wu-plan-change' ) }
				>
					<dl className="wu-facts">
						<dt>{ __( 'Status', 'wu-plan-change' ) }</dt>
						<dd>
							<StatusBadge
								status={ membership.status }
								label={ membershipStatusLabel(
									membership.status
								) }
							/>
						</dd>
						<dt>{ __( 'Customer', 'wu-plan-change' ) }</dt>
						<dd>
							<Link
								href={ `${ basePath }customers/${ membership.customer_id }` }
							>
								{ customer
									? customer.display_name || customer.username
									: `#${ membership.customer_id }` }
							</Link>
						</dd>
						<dt>{ __( 'Plan', 'wu-plan-change' ) }</dt>
						<dd>
							<Link
								href={ `${ basePath }products/${ membership.plan_id }` }
							>
								{ productName( products, membership.plan_id ) }
							</Link>
						</dd>
						<dt>{ __( 'Add-ons', 'wu-plan-change' ) }</dt>
						<dd>
							{ membership.addons.length === 0
								? __( 'None', 'wu-plan-change' )
								: membership.addons
										.map(
											( addon ) =>
												`${ productName( products, addon.product_id ) } × ${ addon.quantity }`
										)
										.join( ', ' ) }
						</dd>
						<dt>{ __( 'Amount', 'wu-plan-change' ) }</dt>
						<dd>{ `${ formatMoney( membership.amount, membership.currency ) } ${ formatPer( membership.duration, membership.duration_unit ) }` }</dd>
					</dl>
					<div className="wu-actions">
						<Button
							variant="primary"
							disabled={ ! changeable }
							accessibleWhenDisabled
							onClick={ () =>
								navigate(
									`${ pageUrl }/${ membership.id }/change`
								)
							}
						>
							{ __( 'Change plan', 'wu-plan-change' ) }
						</Button>
					</div>
				</Panel>
				<Panel
					id="wu-membership-period"
					title={ __( 'Period', 'wu-plan-change' ) }
				>
					<dl className="wu-facts">
						<dt>{ __( 'Billing period', 'wu-plan-change' ) }</dt>
						<dd>
							{ formatPeriod(
								membership.duration,
								membership.duration_unit
							) }
						</dd>
						<dt>{ __( 'Current period', 'wu-plan-change' ) }</dt>
						<dd>
							{ sprintf(
								/* translators: 1: start date, 2: end date */ __(
									'%1$s to %2$s',
									'wu-plan-change'
								),
								formatDate( membership.period_start ),
								formatDate( membership.period_end )
							) }
						</dd>
						{ membership.trial_end && (
							<>
								<dt>
									{ __( 'Trial ends', 'wu-plan-change' ) }
								</dt>
								<dd>{ formatDate( membership.trial_end ) }</dd>
							</>
						) }
						<dt>{ __( 'Next charge', 'wu-plan-change' ) }</dt>
						<dd>{ formatDate( nextCharge( membership ) ) }</dd>
						<dt>{ __( 'Auto-renew', 'wu-plan-change' ) }</dt>
						<dd>
							{ membership.auto_renew
								? __( 'Yes', 'wu-plan-change' )
								: __( 'No', 'wu-plan-change' ) }
						</dd>
						<dt>{ __( 'Wallet balance', 'wu-plan-change' ) }</dt>
						<dd>
							{ customer
								? formatMoney(
										customer.wallet_balance,
										customer.currency ?? membership.currency
									)
								: '—' }
						</dd>
					</dl>
				</Panel>
				<ScheduledChange
					membership={ membership }
					onCancelled={ reload }
					products={ products }
				/>
				<MembershipCancel
					membership={ membership }
					onChanged={ reload }
				/>
				<OverLimitsNotes membershipId={ membership.id } />
				<Panel
					id="wu-membership-repair"
					title={ __( 'Repair', 'wu-plan-change' ) }
				>
					<MembershipRepairForm
						key={ membership.version }
						membership={ membership }
						onSaved={ repaired }
						onError={ ( message ) =>
							createNotice( 'error', message )
						}
					/>
				</Panel>
				<Panel
					id="wu-membership-limits"
					title={ __( 'Limits and usage', 'wu-plan-change' ) }
				>
					{ limits ? (
						<LimitsTable limits={ limits } sites={ sites } />
					) : (
						<p>
							{ __(
								'The limits could not be read.',
								'wu-plan-change'
							) }
						</p>
					) }
				</Panel>
				<Panel
					id="wu-membership-payments"
					title={ __( 'Payments', 'wu-plan-change' ) }
				>
					<PaymentSummaryList
						payments={ payments }
						basePath={ basePath }
					/>
				</Panel>
				<ActivityPanel
					objectType="membership"
					objectId={ membership.id }
				/>
			</div>
		</>
	);
}

/** A membership's page: plan and add-ons, period, status, limits with usage, scheduled change, payments, wallet. */
export function MembershipDetail( {
	id,
	pageUrl,
	basePath,
}: {
	id: number;
	pageUrl: string;
	basePath: string;
} ) {
	const loaded = useMembershipDetail( id );
	return (
		<div className="wu-detail-screen">
			<p>
				<Link href={ pageUrl }>
					{ __( '← All memberships', 'wu-plan-change' ) }
				</Link>
			</p>
			<h2>
				{ sprintf(
					/* translators: %d: membership id */ __(
						'Membership #%d',
						'wu-plan-change'
					),
					id
				) }
			</h2>
			<LoadState loaded={ loaded }>
				{ ( data ) => (
					<Details
						data={ data }
						reload={ loaded.reload }
						pageUrl={ pageUrl }
						basePath={ basePath }
					/>
				) }
			</LoadState>
		</div>
	);
}
