import {
	Button,
	__experimentalConfirmDialog as ConfirmDialog,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { ReactNode } from 'react';
import { errorMessage } from '../../api/client';
import { cancelScheduledChange } from '../../api/memberships';
import type {
	LimitValue,
	Membership,
	MembershipLimits,
	Site,
} from '../../api/types';
import { LoadState } from '../../components/load-state';
import { productName, useProductMap } from '../../components/product-names';
import {
	membershipStatusLabel,
	paymentStatusLabel,
	StatusBadge,
} from '../../components/status-badge';
import { OverLimitsNotes } from '../../components/over-limits/notes';
import { formatDate, formatMoney, formatPeriod, formatPer } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';
import {
	limitLabel,
	presentKeys,
	type LimitKey,
} from '../products/product-form/limits-tab';
import { nextCharge } from './membership-fields';
import { MembershipRepairForm, RenewalErrorNotice } from './membership-repair';
import {
	useMembershipDetail,
	type MembershipDetailData,
} from './use-membership-detail';

/** A panel of the detail page, a landmark region named by its heading. */
export function Panel( {
	id,
	title,
	children,
}: {
	id: string;
	title: string;
	children: ReactNode;
} ) {
	return (
		<section className="wu-panel" aria-labelledby={ id }>
			<h2 id={ id }>{ title }</h2>
			{ children }
		</section>
	);
}

function limitText( value: LimitValue | undefined ): string {
	if ( value === undefined ) {
		return '—';
	}
	return value === 'unlimited'
		? __( 'Unlimited', 'wu-plan-change' )
		: String( value );
}

function usageOf(
	site: MembershipLimits[ 'sites' ][ number ],
	key: LimitKey
): number | undefined {
	if ( key.startsWith( 'posts.' ) ) {
		return site.usage.posts?.[ key.slice( 6 ) ];
	}
	const usage = site.usage as Record< string, unknown >;
	return typeof usage[ key ] === 'number'
		? ( usage[ key ] as number )
		: undefined;
}

function LimitsTable( {
	limits,
	sites,
}: {
	limits: MembershipLimits;
	sites: Site[];
} ) {
	const keys = presentKeys( limits.limits ).filter(
		( key ) => key !== 'sites'
	);
	const title = ( siteId: number ) =>
		sites.find( ( site ) => site.id === siteId )?.title ?? `#${ siteId }`;
	return (
		<table className="widefat wu-list-table">
			<caption className="screen-reader-text">
				{ __( 'Limits and usage', 'wu-plan-change' ) }
			</caption>
			<thead>
				<tr>
					<th scope="col">{ __( 'Limit', 'wu-plan-change' ) }</th>
					<th scope="col">{ __( 'Allowed', 'wu-plan-change' ) }</th>
					{ limits.sites.map( ( site ) => (
						<th scope="col" key={ site.site_id }>
							{ sprintf(
								/* translators: %s: site title */ __(
									'Used on %s',
									'wu-plan-change'
								),
								title( site.site_id )
							) }
						</th>
					) ) }
				</tr>
			</thead>
			<tbody>
				{ keys.map( ( key ) => (
					<tr key={ key }>
						<th scope="row">{ limitLabel( key ) }</th>
						<td>
							{ limitText(
								key.startsWith( 'posts.' )
									? limits.limits.posts?.[ key.slice( 6 ) ]
									: limits.limits[ key as 'sites' ]
							) }
						</td>
						{ limits.sites.map( ( site ) => (
							<td key={ site.site_id }>
								{ usageOf( site, key ) ?? 0 }
							</td>
						) ) }
					</tr>
				) ) }
				<tr>
					<th scope="row">
						{ __( 'Sites in use', 'wu-plan-change' ) }
					</th>
					<td>{ limitText( limits.limits.sites ) }</td>
					<td colSpan={ Math.max( 1, limits.sites.length ) }>
						{ limits.sites.length }
					</td>
				</tr>
			</tbody>
		</table>
	);
}

function ScheduledChange( {
	membership,
	onCancelled,
	products,
}: {
	membership: Membership;
	onCancelled: () => void;
	products: ReturnType< typeof useProductMap >;
} ) {
	const { createNotice } = useNotices();
	const [ confirming, setConfirming ] = useState( false );
	const [ busy, setBusy ] = useState( false );
	const change = membership.scheduled_change;
	const cancel = async () => {
		setConfirming( false );
		setBusy( true );
		try {
			await cancelScheduledChange( membership.id );
			createNotice(
				'success',
				__( 'The scheduled change was cancelled.', 'wu-plan-change' )
			);
			onCancelled();
		} catch ( error ) {
			createNotice( 'error', errorMessage( error ) );
		} finally {
			setBusy( false );
		}
	};
	return (
		<Panel
			id="wu-scheduled-change"
			title={ __( 'Scheduled change', 'wu-plan-change' ) }
		>
			{ change ? (
				<>
					<p>
						{ sprintf(
							/* translators: 1: date, 2: plan name, 3: billing period such as "1 month" */
							__(
								'On %1$s the membership moves to %2$s, billed every %3$s.',
								'wu-plan-change'
							),
							formatDate( change.effective_at ),
							productName( products, change.plan_id ),
							formatPeriod(
								change.duration,
								change.duration_unit
							)
						) }
					</p>
					{ change.addons.length > 0 && (
						<p>
							{ sprintf(
								/* translators: %s: comma-separated add-on names with quantities */
								__( 'Add-ons then: %s.', 'wu-plan-change' ),
								change.addons
									.map(
										( addon ) =>
											`${ productName( products, addon.product_id ) } × ${ addon.quantity }`
									)
									.join( ', ' )
							) }
						</p>
					) }
					<Button
						variant="secondary"
						isDestructive
						isBusy={ busy }
						disabled={ busy }
						accessibleWhenDisabled
						onClick={ () => setConfirming( true ) }
					>
						{ __( 'Cancel scheduled change', 'wu-plan-change' ) }
					</Button>
					<ConfirmDialog
						isOpen={ confirming }
						title={ __(
							'Cancel the scheduled change',
							'wu-plan-change'
						) }
						confirmButtonText={ __(
							'Cancel the change',
							'wu-plan-change'
						) }
						cancelButtonText={ __( 'Keep it', 'wu-plan-change' ) }
						onConfirm={ cancel }
						onCancel={ () => setConfirming( false ) }
					>
						{ __(
							'The membership will stay on its current plan and add-ons when the period ends.',
							'wu-plan-change'
						) }
					</ConfirmDialog>
				</>
			) : (
				<p>{ __( 'No change is scheduled.', 'wu-plan-change' ) }</p>
			) }
		</Panel>
	);
}

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
	const changeable = [ 'active', 'trialing' ].includes( membership.status );
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
					{ payments.length === 0 ? (
						<p>{ __( 'No payments yet.', 'wu-plan-change' ) }</p>
					) : (
						<ul>
							{ payments.map( ( payment ) => (
								<li key={ payment.id }>
									<Link
										href={ `${ basePath }payments/${ payment.id }` }
									>{ `#${ payment.id }` }</Link>{ ' ' }
									{ formatDate( payment.created_at ) } ·{ ' ' }
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
