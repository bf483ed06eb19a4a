import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Notice,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage } from '../../api/client';
import { cancelScheduledChange } from '../../api/memberships';
import type { Customer, Membership, Product } from '../../api/types';
import { priceLabel } from '../../components/plan-card/pricing';
import { formatDate, formatMoney, formatPer } from '../../format';
import { useNotices } from '../../shell/notices';
import { AddonsList } from './addons-list';
import { describeScheduled, nameOf, nextChargeText } from './membership-facts';
import { OnHoldNotice } from './on-hold-notice';
import { CancelMembership } from './cancel-membership';
import { membershipStatusLabel } from '../../components/status-badge';

interface Props {
	membership: Membership;
	customer: Customer | null;
	catalogue: Map< number, Product >;
	/** Opens the Change checkout. */
	onChange: () => void;
	/** Loads the page's data again after a change. */
	reload: () => Promise< void >;
}

/** The "Your Membership" box (seed point 3): plan, price, status, period, next charge, add-ons, credit, a Change button and any scheduled change. */
export function MembershipBox( {
	membership,
	customer,
	catalogue,
	onChange,
	reload,
}: Props ) {
	// Only an active or trialing membership can be changed (the server refuses the others' quotes).
	const changeable =
		( membership.status === 'active' ||
			membership.status === 'trialing' ) &&
		! membership.cancel_at;
	const { createNotice, clearNotices } = useNotices();
	const [ busy, setBusy ] = useState( false );
	const plan = catalogue.get( membership.plan_id );
	const period = {
		duration: membership.duration,
		duration_unit: membership.duration_unit,
	};
	const change = membership.scheduled_change;

	const cancelChange = async () => {
		setBusy( true );
		try {
			await cancelScheduledChange( membership.id );
			await reload();
			// Only the current state: the notice that the change was scheduled no longer holds.
			clearNotices();
			createNotice(
				'success',
				__(
					'The scheduled change is cancelled: your membership stays as it is.',
					'wu-plan-change'
				)
			);
		} catch ( failure ) {
			createNotice( 'error', errorMessage( failure ) );
		} finally {
			setBusy( false );
		}
	};

	return (
		<Card
			className="wu-membership-box"
			as="section"
			aria-labelledby="wu-your-membership"
		>
			<CardHeader className="wu-membership-box__header">
				<h2 id="wu-your-membership">
					{ __( 'Your Membership', 'wu-plan-change' ) }
				</h2>
				<Button
					variant="secondary"
					onClick={ onChange }
					disabled={ ! changeable }
					accessibleWhenDisabled
					aria-describedby={
						changeable ? undefined : 'wu-change-unavailable'
					}
					__next40pxDefaultSize
				>
					{ __( 'Change', 'wu-plan-change' ) }
				</Button>
			</CardHeader>
			<CardBody>
				{ ! changeable && (
					<p id="wu-change-unavailable" className="description">
						{ membership.status === 'on-hold' &&
							__(
								'Plan changes open again once the failed renewal is paid.',
								'wu-plan-change'
							) }
						{ membership.cancel_at &&
							__(
								'Undo the cancellation to change your plan.',
								'wu-plan-change'
							) }
						{ membership.status !== 'on-hold' &&
							! membership.cancel_at &&
							__(
								'This membership can no longer be changed.',
								'wu-plan-change'
							) }
					</p>
				) }
				{ change && (
					<Notice
						status="warning"
						isDismissible={ false }
						className="wu-scheduled-change"
					>
						<p>
							{ sprintf(
								/* translators: 1: the plan, period and add-ons after the change, 2: a date */
								__(
									'Your membership changes to %1$s on %2$s.',
									'wu-plan-change'
								),
								describeScheduled( change, catalogue ),
								formatDate( change.effective_at )
							) }
						</p>
						<Button
							variant="secondary"
							onClick={ cancelChange }
							disabled={ busy }
							isBusy={ busy }
						>
							{ __(
								'Cancel scheduled change',
								'wu-plan-change'
							) }
						</Button>
					</Notice>
				) }
				{ membership.status === 'on-hold' && (
					<OnHoldNotice membership={ membership } reload={ reload } />
				) }
				<dl className="wu-membership-box__facts">
					<dt>{ __( 'Plan', 'wu-plan-change' ) }</dt>
					<dd className="wu-membership-box__plan">
						{ nameOf( catalogue, membership.plan_id ) }
					</dd>
					<dt>{ __( 'Price', 'wu-plan-change' ) }</dt>
					<dd>
						{ plan
							? priceLabel( plan, period )
							: formatMoney(
									membership.amount,
									membership.currency
								) }
					</dd>
					{ membership.addons.length > 0 && (
						<>
							<dt>
								{ __( 'Total per period', 'wu-plan-change' ) }
							</dt>
							<dd>
								{ sprintf(
									/* translators: 1: an amount of money, 2: "per month" … */
									__( '%1$s %2$s', 'wu-plan-change' ),
									formatMoney(
										membership.amount,
										membership.currency
									),
									formatPer(
										membership.duration,
										membership.duration_unit
									)
								) }
							</dd>
						</>
					) }
					<dt>{ __( 'Status', 'wu-plan-change' ) }</dt>
					<dd>
						<span
							className={ `wu-status is-${ membership.status }` }
						>
							{ membershipStatusLabel( membership.status ) }
						</span>
					</dd>
					<dt>{ __( 'Current period', 'wu-plan-change' ) }</dt>
					<dd>
						{ membership.period_end
							? sprintf(
									/* translators: 1: start date, 2: end date */
									__( '%1$s – %2$s', 'wu-plan-change' ),
									formatDate( membership.period_start ),
									formatDate( membership.period_end )
								)
							: sprintf(
									/* translators: %s: start date */
									__( 'Since %s', 'wu-plan-change' ),
									formatDate( membership.period_start )
								) }
					</dd>
					{ membership.status === 'trialing' &&
						membership.trial_end && (
							<>
								<dt>
									{ __( 'Trial ends', 'wu-plan-change' ) }
								</dt>
								<dd>{ formatDate( membership.trial_end ) }</dd>
							</>
						) }
					<dt>{ __( 'Next charge', 'wu-plan-change' ) }</dt>
					<dd className="wu-membership-box__next">
						{ nextChargeText( membership, customer, catalogue ) }
					</dd>
					{ customer && customer.wallet_balance > 0 && (
						<>
							<dt>
								{ __( 'Existing credit', 'wu-plan-change' ) }
							</dt>
							<dd>
								{ sprintf(
									/* translators: %s: an amount of money */
									__(
										'%s, used first for your next payments',
										'wu-plan-change'
									),
									formatMoney(
										customer.wallet_balance,
										membership.currency
									)
								) }
							</dd>
						</>
					) }
					<dt>{ __( 'Add-ons', 'wu-plan-change' ) }</dt>
					<dd>
						{ membership.addons.length === 0 ? (
							__( 'None', 'wu-plan-change' )
						) : (
							<AddonsList
								membership={ membership }
								catalogue={ catalogue }
								reload={ reload }
							/>
						) }
					</dd>
				</dl>
				<CancelMembership membership={ membership } reload={ reload } />
			</CardBody>
		</Card>
	);
}
