import { Button, Card, CardBody, CardHeader, Notice } from '@wordpress/components';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage, type RestError } from '../../api/client';
import { cancelScheduledChange, checkout, quoteChange } from '../../api/memberships';
import type { Customer, Membership, Product, Quote, ScheduledChange } from '../../api/types';
import { OrderSummary } from '../../components/order-summary';
import { priceLabel, recurringTotal } from '../../components/plan-card/pricing';
import { formatDate, formatMoney, formatPer, formatPeriod } from '../../format';
import { newIdempotencyKey } from '../../hooks/idempotency-key';
import { useNotices } from '../../shell/notices';
import { OnHoldNotice } from './on-hold-notice';
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

function nameOf( catalogue: Map< number, Product >, id: number ): string {
	/* translators: %d: a product id */
	return catalogue.get( id )?.name ?? sprintf( __( 'Product #%d', 'wu-plan-change' ), id );
}

/** "Free, 1 month, with Extra Disk × 2" — the membership a scheduled change leads to. */
function describeScheduled( change: ScheduledChange, catalogue: Map< number, Product > ): string {
	const plan = sprintf(
		/* translators: 1: a plan's name, 2: a period such as "1 month" */
		__( '%1$s (%2$s)', 'wu-plan-change' ),
		nameOf( catalogue, change.plan_id ),
		formatPeriod( change.duration, change.duration_unit )
	);
	if ( change.addons.length === 0 ) {
		/* translators: %s: a plan and period */
		return sprintf( __( '%s without add-ons', 'wu-plan-change' ), plan );
	}
	const addons = change.addons.map( ( a ) => ( a.quantity > 1 ? `${ nameOf( catalogue, a.product_id ) } × ${ a.quantity }` : nameOf( catalogue, a.product_id ) ) ).join( ', ' );
	/* translators: 1: a plan and period, 2: a list of add-ons */
	return sprintf( __( '%1$s with %2$s', 'wu-plan-change' ), plan, addons );
}

/** The next charge in words (RULES Q1, R3, W2). */
function nextChargeText( membership: Membership, customer: Customer | null, catalogue: Map< number, Product > ): string {
	if ( membership.status === 'cancelled' || membership.status === 'expired' ) {
		return __( 'None: this membership has ended.', 'wu-plan-change' );
	}
	if ( ! membership.period_end && ! membership.trial_end ) {
		return __( 'None: this is a lifetime membership.', 'wu-plan-change' );
	}
	const change = membership.scheduled_change;
	const total = change
		? recurringTotal( catalogue, change.plan_id, { duration: change.duration, duration_unit: change.duration_unit }, change.addons ) ?? membership.amount
		: membership.amount;
	const date = ( membership.status === 'trialing' && membership.trial_end ) || change?.effective_at || membership.period_end;
	if ( ! membership.auto_renew ) {
		/* translators: %s: a date */
		return sprintf( __( 'None: your membership ends on %s.', 'wu-plan-change' ), formatDate( date ) );
	}
	if ( total === 0 ) {
		/* translators: %s: a date */
		return sprintf( __( 'None: your plan is free (period renews on %s).', 'wu-plan-change' ), formatDate( date ) );
	}
	const amount = Math.max( 0, total - ( customer?.wallet_balance ?? 0 ) );
	if ( membership.status === 'on-hold' && membership.next_retry_at ) {
		// NOTE: RULES R2 — on hold, the failed renewal is charged again at the retry, not at the past period end.
		/* translators: 1: an amount of money, 2: a date */
		return sprintf( __( '%1$s on %2$s (automatic retry of the failed renewal)', 'wu-plan-change' ), formatMoney( amount, membership.currency ), formatDate( membership.next_retry_at ) );
	}
	/* translators: 1: an amount of money, 2: a date */
	return sprintf( __( '%1$s on %2$s', 'wu-plan-change' ), formatMoney( amount, membership.currency ), formatDate( date ) );
}

/** Confirms the end of a recurring add-on at the period's end: a quote without it, paid with nothing due. */
function CancelAddon( { membership, addonId, catalogue, onClose, reload }: { membership: Membership; addonId: number; catalogue: Map< number, Product >; onClose: () => void; reload: () => Promise< void > } ) {
	const { createNotice } = useNotices();
	const [ quote, setQuote ] = useState< Quote | null >( null );
	const [ error, setError ] = useState< RestError | null >( null );
	const [ pending, setPending ] = useState( false );
	const key = useRef( newIdempotencyKey() );
	useEffect( () => {
		let live = true;
		quoteChange( membership.id, { addons: membership.addons.filter( ( a ) => a.product_id !== addonId ) } )
			.then( ( answer ) => live && setQuote( answer ) )
			.catch( ( failure ) => live && setError( failure as RestError ) );
		return () => {
			live = false;
		};
	}, [ membership, addonId ] );
	const confirm = async () => {
		if ( ! quote || pending ) {
			return;
		}
		setPending( true );
		try {
			await checkout( membership.id, quote.id, undefined, key.current );
			onClose();
			await reload();
			createNotice(
				'success',
				sprintf(
					/* translators: 1: an add-on's name, 2: a date */
					__( '%1$s is cancelled and ends on %2$s.', 'wu-plan-change' ),
					nameOf( catalogue, addonId ),
					formatDate( quote.effective_at )
				)
			);
		} catch ( failure ) {
			setPending( false );
			createNotice( 'error', errorMessage( failure ) );
		}
	};
	const name = nameOf( catalogue, addonId );
	return (
		<div className="wu-cancel-addon" role="group" aria-label={ sprintf( /* translators: %s: an add-on's name */ __( 'Cancel %s', 'wu-plan-change' ), name ) }>
			<OrderSummary quote={ quote } error={ error } loading={ ! quote && ! error } productName={ ( id ) => nameOf( catalogue, id ) } />
			<div className="wu-cancel-addon__actions">
				{ quote && (
					<Button variant="primary" isDestructive onClick={ confirm } disabled={ pending } isBusy={ pending }>
						{ __( 'Confirm cancellation', 'wu-plan-change' ) }
					</Button>
				) }
				<Button variant="tertiary" onClick={ onClose } disabled={ pending }>
					{ sprintf( /* translators: %s: an add-on's name */ __( 'Keep %s', 'wu-plan-change' ), name ) }
				</Button>
			</div>
		</div>
	);
}

/** The "Your Membership" box (seed point 3): plan, price, status, period, next charge, add-ons, credit, a Change button and any scheduled change. */
export function MembershipBox( { membership, customer, catalogue, onChange, reload }: Props ) {
	// Only an active or trialing membership can be changed (the server refuses the others' quotes).
	const changeable = membership.status === 'active' || membership.status === 'trialing';
	const { createNotice } = useNotices();
	const [ cancelling, setCancelling ] = useState< number | null >( null );
	const [ busy, setBusy ] = useState( false );
	const plan = catalogue.get( membership.plan_id );
	const period = { duration: membership.duration, duration_unit: membership.duration_unit };
	const change = membership.scheduled_change;
	const keeps = new Set( change?.addons.map( ( a ) => a.product_id ) ?? [] );

	const cancelChange = async () => {
		setBusy( true );
		try {
			await cancelScheduledChange( membership.id );
			await reload();
			createNotice( 'success', __( 'The scheduled change is cancelled: your membership stays as it is.', 'wu-plan-change' ) );
		} catch ( failure ) {
			createNotice( 'error', errorMessage( failure ) );
		} finally {
			setBusy( false );
		}
	};

	return (
		<Card className="wu-membership-box" as="section" aria-labelledby="wu-your-membership">
			<CardHeader className="wu-membership-box__header">
				<h2 id="wu-your-membership">{ __( 'Your Membership', 'wu-plan-change' ) }</h2>
				<Button
					variant="secondary"
					onClick={ onChange }
					disabled={ ! changeable }
					accessibleWhenDisabled
					aria-describedby={ changeable ? undefined : 'wu-change-unavailable' }
					__next40pxDefaultSize
				>
					{ __( 'Change', 'wu-plan-change' ) }
				</Button>
			</CardHeader>
			<CardBody>
				{ ! changeable && (
					<p id="wu-change-unavailable" className="description">
						{ membership.status === 'on-hold'
							? __( 'Plan changes open again once the failed renewal is paid.', 'wu-plan-change' )
							: __( 'This membership can no longer be changed.', 'wu-plan-change' ) }
					</p>
				) }
				{ change && (
					<Notice status="warning" isDismissible={ false } className="wu-scheduled-change">
						<p>
							{ sprintf(
								/* translators: 1: the plan, period and add-ons after the change, 2: a date */
								__( 'Your membership changes to %1$s on %2$s.', 'wu-plan-change' ),
								describeScheduled( change, catalogue ),
								formatDate( change.effective_at )
							) }
						</p>
						<Button variant="secondary" onClick={ cancelChange } disabled={ busy } isBusy={ busy }>
							{ __( 'Cancel scheduled change', 'wu-plan-change' ) }
						</Button>
					</Notice>
				) }
				{ membership.status === 'on-hold' && <OnHoldNotice membership={ membership } reload={ reload } /> }
				<dl className="wu-membership-box__facts">
					<dt>{ __( 'Plan', 'wu-plan-change' ) }</dt>
					<dd className="wu-membership-box__plan">{ nameOf( catalogue, membership.plan_id ) }</dd>
					<dt>{ __( 'Price', 'wu-plan-change' ) }</dt>
					<dd>{ plan ? priceLabel( plan, period ) : formatMoney( membership.amount, membership.currency ) }</dd>
					{ membership.addons.length > 0 && (
						<>
							<dt>{ __( 'Total per period', 'wu-plan-change' ) }</dt>
							<dd>
								{ sprintf(
									/* translators: 1: an amount of money, 2: "per month" … */
									__( '%1$s %2$s', 'wu-plan-change' ),
									formatMoney( membership.amount, membership.currency ),
									formatPer( membership.duration, membership.duration_unit )
								) }
							</dd>
						</>
					) }
					<dt>{ __( 'Status', 'wu-plan-change' ) }</dt>
					<dd>
						<span className={ `wu-status is-${ membership.status }` }>{ membershipStatusLabel( membership.status ) }</span>
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
					{ membership.status === 'trialing' && membership.trial_end && (
						<>
							<dt>{ __( 'Trial ends', 'wu-plan-change' ) }</dt>
							<dd>{ formatDate( membership.trial_end ) }</dd>
						</>
					) }
					<dt>{ __( 'Next charge', 'wu-plan-change' ) }</dt>
					<dd className="wu-membership-box__next">{ nextChargeText( membership, customer, catalogue ) }</dd>
					{ customer && customer.wallet_balance > 0 && (
						<>
							<dt>{ __( 'Existing credit', 'wu-plan-change' ) }</dt>
							<dd>
								{ sprintf(
									/* translators: %s: an amount of money */
									__( '%s, used first for your next payments', 'wu-plan-change' ),
									formatMoney( customer.wallet_balance, membership.currency )
								) }
							</dd>
						</>
					) }
					<dt>{ __( 'Add-ons', 'wu-plan-change' ) }</dt>
					<dd>
						{ membership.addons.length === 0 ? (
							__( 'None', 'wu-plan-change' )
						) : (
							<ul className="wu-membership-box__addons">
								{ membership.addons.map( ( addon ) => {
									const product = catalogue.get( addon.product_id );
									const ending = !! change && ! keeps.has( addon.product_id );
									return (
										<li key={ addon.product_id }>
											<span className="wu-membership-box__addon-name">
												{ sprintf(
													/* translators: 1: an add-on's name, 2: its quantity */
													__( '%1$s × %2$d', 'wu-plan-change' ),
													nameOf( catalogue, addon.product_id ),
													addon.quantity
												) }
											</span>
											{ product && <span className="wu-membership-box__addon-price">{ priceLabel( product ) }</span> }
											{ ending && change && (
												<span className="wu-membership-box__addon-ending">
													{ sprintf(
														/* translators: %s: a date */
														__( 'Ends on %s', 'wu-plan-change' ),
														formatDate( change.effective_at )
													) }
												</span>
											) }
											{ ! ending && product?.recurring !== false && cancelling !== addon.product_id && (
												<Button
													variant="link"
													isDestructive
													onClick={ () => setCancelling( addon.product_id ) }
													aria-label={ sprintf( /* translators: %s: an add-on's name */ __( 'Cancel %s', 'wu-plan-change' ), nameOf( catalogue, addon.product_id ) ) }
												>
													{ __( 'Cancel', 'wu-plan-change' ) }
												</Button>
											) }
											{ cancelling === addon.product_id && (
												<CancelAddon membership={ membership } addonId={ addon.product_id } catalogue={ catalogue } onClose={ () => setCancelling( null ) } reload={ reload } />
											) }
										</li>
									);
								} ) }
							</ul>
						) }
					</dd>
				</dl>
			</CardBody>
		</Card>
	);
}
