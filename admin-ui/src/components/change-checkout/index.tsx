import { Button, Notice, Spinner } from '@wordpress/components';
import {
	useCallback,
	useEffect,
	useMemo,
	useRef,
	useState,
} from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage, type RestError } from '../../api/client';
import {
	checkout,
	getMembership,
	getOptions,
	getOptionsForPlan,
	type PaymentMethod,
} from '../../api/memberships';
import type {
	ChangeTarget,
	Membership,
	Options,
	Product,
	Quote,
} from '../../api/types';
import { formatDate, formatMoney, formatPeriod } from '../../format';
import { newIdempotencyKey } from '../../hooks/idempotency-key';
import { useCatalogue } from '../../hooks/use-catalogue';
import { useQuote } from '../../hooks/use-quote';
import { AddonBump } from '../addon-bump';
import { CardField, cardNumberProblem, parseCardNumber } from '../card-field';
import { OrderSummary, isScheduled } from '../order-summary';
import { needsOverLimitsConfirmation, OverLimitsConfirm } from '../over-limits';
import { PlanCard, periodKey, priceAt, type Period } from '../plan-card';
import type { ChangeCheckoutProps } from './types';

export type { ChangeCheckoutProps, CheckoutResult } from './types';

interface OfferedPlan {
	plan: Product;
	current: boolean;
}

/** The plans of `GET /options`, whether sent flat (`{...product, current}`) or wrapped (`{product, current}`). */
function offeredPlans( options: Options ): OfferedPlan[] {
	return ( options.plans as unknown[] ).map( ( entry ) => {
		const item = entry as Product & {
			current?: boolean;
			product?: Product;
		};
		return item.product
			? { plan: item.product, current: !! item.current }
			: { plan: item, current: !! item.current };
	} );
}

function offeredPeriods( options: Options, membership: Membership ): Period[] {
	const periods = ( options.periods ?? [] ).map( ( p ) => ( {
		duration: p.duration,
		duration_unit: p.duration_unit,
	} ) );
	const own = {
		duration: membership.duration,
		duration_unit: membership.duration_unit,
	};
	return periods.some( ( p ) => periodKey( p ) === periodKey( own ) ) ||
		periods.length === 0
		? periods.length
			? periods
			: [ own ]
		: [ own, ...periods ];
}

interface Loaded {
	membership: Membership;
	options: Options;
}

interface LocalNotice {
	status: 'error' | 'warning' | 'success' | 'info';
	message: string;
}

/**
 * The Change checkout (seed points 4–9): the plans on offer as cards, a period toggle, the chosen
 * plan's services and packages as order bumps, a live order summary from `POST /quote`, and
 * payment. One Idempotency-Key per quote; the button is disabled while a payment is on its way.
 */
export function ChangeCheckout( {
	membershipId,
	mode,
	onDone,
	onCancel,
}: ChangeCheckoutProps ) {
	const [ loaded, setLoaded ] = useState< Loaded | null >( null );
	const [ loadError, setLoadError ] = useState< string | null >( null );
	const { products: catalogue } = useCatalogue();

	const [ planId, setPlanId ] = useState< number | null >( null );
	const [ period, setPeriod ] = useState< Period | null >( null );
	const [ addons, setAddons ] = useState< Map< number, number > >(
		new Map()
	);
	const [ touched, setTouched ] = useState( false );
	const [ card, setCard ] = useState( '' );
	const [ pending, setPending ] = useState( false );
	const [ notice, setNotice ] = useState< LocalNotice | null >( null );
	/** The quote id the admin confirmed applying over the limits (RULES L4). */
	const [ overLimitsConfirmed, setOverLimitsConfirmed ] = useState<
		string | null
	>( null );
	/** The Offer Add-ons of each plan, as the server offers them (RULES G3), loaded when a plan is first chosen. */
	const [ addonsByPlan, setAddonsByPlan ] = useState<
		Map< number, Product[] >
	>( new Map() );
	const pendingRef = useRef( false );
	const keys = useRef( new Map< string, string >() );

	useEffect( () => {
		let live = true;
		Promise.all( [
			getMembership( membershipId ),
			getOptions( membershipId ),
		] )
			.then( ( [ membership, options ] ) => {
				if ( ! live ) {
					return;
				}
				setLoaded( { membership, options } );
				setAddonsByPlan(
					new Map( [ [ membership.plan_id, options.addons ?? [] ] ] )
				);
				setPlanId( membership.plan_id );
				setPeriod( {
					duration: membership.duration,
					duration_unit: membership.duration_unit,
				} );
				setAddons(
					new Map(
						membership.addons.map( ( a ) => [
							a.product_id,
							a.quantity,
						] )
					)
				);
			} )
			.catch(
				( failure ) => live && setLoadError( errorMessage( failure ) )
			);
		return () => {
			live = false;
		};
	}, [ membershipId ] );

	const plans = useMemo(
		() => ( loaded ? offeredPlans( loaded.options ) : [] ),
		[ loaded ]
	);
	const periods = useMemo(
		() =>
			loaded ? offeredPeriods( loaded.options, loaded.membership ) : [],
		[ loaded ]
	);
	const visiblePlans = useMemo(
		() =>
			period
				? plans.filter(
						( { plan } ) =>
							plan.pricing_type === 'contact_us' ||
							priceAt( plan, period ) !== null
					)
				: [],
		[ plans, period ]
	);
	const chosen =
		visiblePlans.find( ( { plan } ) => plan.id === planId )?.plan ?? null;

	useEffect( () => {
		if ( ! loaded || ! chosen || addonsByPlan.has( chosen.id ) ) {
			return undefined;
		}
		if ( chosen.id === loaded.membership.plan_id ) {
			setAddonsByPlan( ( current ) =>
				new Map( current ).set( chosen.id, loaded.options.addons ?? [] )
			);
			return undefined;
		}
		let live = true;
		const id = chosen.id;
		getOptionsForPlan( membershipId, id )
			.then(
				( options ) =>
					live &&
					setAddonsByPlan( ( current ) =>
						new Map( current ).set( id, options.addons ?? [] )
					)
			)
			.catch( () => {
				// NOTE: without an answer, fall back to the plan's own list of Offer Add-ons.
				const fallback = chosen.available_addons
					.map( ( a ) => catalogue?.get( a ) )
					.filter(
						( p ): p is Product =>
							!! p && p.active && p.type !== 'plan'
					);
				if ( live ) {
					setAddonsByPlan( ( current ) =>
						new Map( current ).set( id, fallback )
					);
				}
			} );
		return () => {
			live = false;
		};
	}, [ loaded, chosen, addonsByPlan, membershipId, catalogue ] );
	const offeredAddons = useMemo(
		() => ( chosen ? ( addonsByPlan.get( chosen.id ) ?? [] ) : [] ),
		[ chosen, addonsByPlan ]
	);
	const addonsLoading = !! chosen && ! addonsByPlan.has( chosen.id );

	const target = useMemo( (): ChangeTarget | null => {
		if ( ! touched || ! chosen || ! period || addonsLoading ) {
			return null;
		}
		const offered = new Set( offeredAddons.map( ( a ) => a.id ) );
		return {
			plan_id: chosen.id,
			duration: period.duration,
			duration_unit: period.duration_unit,
			addons: [ ...addons.entries() ]
				.filter(
					( [ id, quantity ] ) => quantity > 0 && offered.has( id )
				)
				.map( ( [ product_id, quantity ] ) => ( {
					product_id,
					quantity,
				} ) )
				.sort( ( a, b ) => a.product_id - b.product_id ),
		};
	}, [ touched, chosen, period, addons, offeredAddons, addonsLoading ] );

	const { quote, error, loading, requote } = useQuote( membershipId, target );

	const productName = useCallback(
		( id: number ) =>
			catalogue?.get( id )?.name ??
			loaded?.options.addons?.find( ( a ) => a.id === id )?.name ??
			/* translators: %d: a product id */
			sprintf( __( 'Product #%d', 'wu-plan-change' ), id ),
		[ catalogue, loaded ]
	);

	const choosePlan = ( id: number ) => {
		setTouched( true );
		setNotice( null );
		setPlanId( id );
		// NOTE: RULES K11 — a plan change keeps the current add-ons the new plan also offers.
		if ( loaded ) {
			const next = plans.find( ( p ) => p.plan.id === id )?.plan;
			const offers = new Set( next?.available_addons ?? [] );
			setAddons(
				new Map(
					loaded.membership.addons
						.filter( ( a ) => offers.has( a.product_id ) )
						.map( ( a ) => [ a.product_id, a.quantity ] )
				)
			);
		}
	};
	const choosePeriod = ( next: Period ) => {
		setTouched( true );
		setNotice( null );
		setPeriod( next );
	};
	const chooseAddon = ( id: number, quantity: number ) => {
		setTouched( true );
		setNotice( null );
		setAddons( ( current ) => new Map( current ).set( id, quantity ) );
	};

	const keyFor = ( q: Quote ): string => {
		let key = keys.current.get( q.id );
		if ( ! key ) {
			key = newIdempotencyKey();
			keys.current.set( q.id, key );
		}
		return key;
	};

	const pay = async () => {
		if ( ! quote || pendingRef.current ) {
			return;
		}
		let method: PaymentMethod | undefined;
		if ( quote.due_now > 0 ) {
			if ( mode === 'admin' ) {
				method = { type: 'manual' };
			} else {
				const number = parseCardNumber( card );
				if ( ! number ) {
					setNotice( {
						status: 'error',
						message: cardNumberProblem( card ) ?? '',
					} );
					return;
				}
				method = { type: 'test_card', number };
			}
		}
		pendingRef.current = true;
		setPending( true );
		setNotice( null );
		try {
			const result = await checkout(
				membershipId,
				quote.id,
				method,
				keyFor( quote ),
				mode === 'admin' &&
					needsOverLimitsConfirmation( quote ) &&
					overLimitsConfirmed === quote.id
			);
			pendingRef.current = false;
			setPending( false );
			onDone( result );
		} catch ( failure ) {
			const rest = failure as RestError;
			// A definite answer means nothing was charged: the next attempt is a new request.
			if ( rest && typeof rest.code === 'string' ) {
				keys.current.delete( quote.id );
			}
			if ( rest?.code === 'wu_quote_stale' ) {
				await requote();
				setNotice( {
					status: 'warning',
					message: __(
						'The price of this change has been updated since your summary was made. Nothing was charged. Please check the new summary and confirm again.',
						'wu-plan-change'
					),
				} );
			} else if ( rest?.code === 'wu_payment_declined' ) {
				setNotice( {
					status: 'error',
					message: sprintf(
						/* translators: %s: the payment gateway's reason */
						__(
							'%s Nothing was charged and your membership has not changed.',
							'wu-plan-change'
						),
						rest.message
					),
				} );
			} else {
				setNotice( {
					status: 'error',
					message: errorMessage( failure ),
				} );
			}
			pendingRef.current = false;
			setPending( false );
		}
	};

	if ( loadError ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ loadError }
			</Notice>
		);
	}
	if ( ! loaded || ! period ) {
		return <Spinner />;
	}

	const { membership } = loaded;
	const owned = new Map(
		membership.addons.map( ( a ) => [ a.product_id, a.quantity ] )
	);
	const overLimitsNow =
		mode === 'admin' && needsOverLimitsConfirmation( quote );
	const canPay =
		!! quote &&
		! error &&
		! loading &&
		! pending &&
		( ! overLimitsNow || overLimitsConfirmed === quote.id );
	const showCard =
		mode === 'customer' && !! quote && quote.due_now > 0 && ! error;
	const radioName = `wu-plan-${ membershipId }`;
	// A change with nothing to pay now that applies at the period end says what the button does.
	const schedules = !! quote && quote.due_now === 0 && isScheduled( quote );

	return (
		<div className="wu-checkout">
			<div className="wu-checkout__choices">
				<section
					className="wu-checkout__section"
					aria-labelledby="wu-checkout-plans"
				>
					<h2 id="wu-checkout-plans">
						{ __( 'Choose your plan', 'wu-plan-change' ) }
					</h2>
					{ membership.scheduled_change && (
						<Notice
							status="info"
							isDismissible={ false }
							className="wu-checkout__scheduled"
						>
							{ sprintf(
								/* translators: %s: a date */
								__(
									'A change of your membership is already scheduled for %s. A new change replaces it.',
									'wu-plan-change'
								),
								formatDate(
									membership.scheduled_change.effective_at
								)
							) }
						</Notice>
					) }
					{ periods.length > 1 &&
						loaded.options.show_period_selector !== false && (
							<fieldset className="wu-period-toggle">
								<legend>
									{ __( 'Billing period', 'wu-plan-change' ) }
								</legend>
								{ periods.map( ( p ) => {
									const key = periodKey( p );
									return (
										<label
											key={ key }
											className={
												periodKey( period ) === key
													? 'is-selected'
													: undefined
											}
										>
											<input
												type="radio"
												name={ `${ radioName }-period` }
												checked={
													periodKey( period ) === key
												}
												disabled={ pending }
												onChange={ () =>
													choosePeriod( p )
												}
												// Choosing the period already chosen is a choice too: it quotes (and may say nothing would change).
												onClick={ () =>
													periodKey( period ) ===
														key && choosePeriod( p )
												}
											/>
											{ formatPeriod(
												p.duration,
												p.duration_unit
											) }
										</label>
									);
								} ) }
							</fieldset>
						) }
					<fieldset className="wu-plan-cards">
						<legend className="screen-reader-text">
							{ __( 'Plans', 'wu-plan-change' ) }
						</legend>
						{ visiblePlans.map( ( { plan, current } ) => (
							<PlanCard
								key={ plan.id }
								plan={ plan }
								period={ period }
								current={ current }
								selected={ plan.id === planId }
								name={ radioName }
								onSelect={ choosePlan }
								setupFee={
									current
										? 0
										: Math.max(
												0,
												plan.setup_fee -
													( plans.find(
														( p ) => p.current
													)?.plan.setup_fee ?? 0 )
											)
								}
								disabled={ pending }
							/>
						) ) }
					</fieldset>
				</section>
				<section
					className="wu-checkout__section"
					aria-labelledby="wu-checkout-addons"
				>
					<h2 id="wu-checkout-addons">
						{ chosen
							? sprintf(
									/* translators: %s: a plan's name */
									__(
										'Services and packages for %s',
										'wu-plan-change'
									),
									chosen.name
								)
							: __( 'Services and packages', 'wu-plan-change' ) }
					</h2>
					{ addonsLoading && <Spinner /> }
					{ addonsLoading ? null : offeredAddons.length === 0 ? (
						<p>
							{ __(
								'This plan offers no services or packages.',
								'wu-plan-change'
							) }
						</p>
					) : (
						<>
							<p className="wu-checkout__hint">
								{ __(
									'Add a service or package on its own, without changing your plan, or together with a new plan.',
									'wu-plan-change'
								) }
							</p>
							{ offeredAddons.map( ( addon ) => (
								<AddonBump
									key={ addon.id }
									addon={ addon }
									quantity={ addons.get( addon.id ) ?? 0 }
									owned={
										chosen?.id === membership.plan_id
											? ( owned.get( addon.id ) ?? 0 )
											: 0
									}
									onChange={ ( quantity ) =>
										chooseAddon( addon.id, quantity )
									}
									period={ period }
									disabled={ pending }
								/>
							) ) }
						</>
					) }
				</section>
			</div>
			<aside
				className="wu-checkout__summary"
				aria-labelledby="wu-checkout-summary"
			>
				<h2 id="wu-checkout-summary">
					{ __( 'Order summary', 'wu-plan-change' ) }
				</h2>
				<OrderSummary
					quote={ quote }
					error={ error }
					loading={ loading }
					productName={ productName }
					audience={ mode }
					placeholder={ __(
						'Choose a plan, a billing period or a service or package to see what you pay now and at your next charge.',
						'wu-plan-change'
					) }
				/>
				{ showCard && (
					<div className="wu-checkout__payment">
						<h3>{ __( 'Payment', 'wu-plan-change' ) }</h3>
						<CardField
							value={ card }
							onChange={ setCard }
							disabled={ pending }
						/>
					</div>
				) }
				{ mode === 'admin' && quote && quote.due_now > 0 && ! error && (
					<p className="wu-checkout__manual">
						{ sprintf(
							/* translators: %s: an amount of money */
							__(
								'A pending manual payment of %s will be recorded; the change applies when you mark it completed.',
								'wu-plan-change'
							),
							formatMoney( quote.due_now, quote.currency )
						) }
					</p>
				) }
				{ overLimitsNow && quote && ! error && (
					<OverLimitsConfirm
						checked={ overLimitsConfirmed === quote.id }
						onChange={ ( on ) =>
							setOverLimitsConfirmed( on ? quote.id : null )
						}
						disabled={ pending }
					/>
				) }
				{ notice && (
					<Notice
						status={ notice.status }
						isDismissible={ false }
						className="wu-checkout__notice"
					>
						{ notice.message }
					</Notice>
				) }
				<div className="wu-checkout__actions">
					{ ( quote || ! error ) && (
						<Button
							variant="primary"
							__next40pxDefaultSize
							onClick={ pay }
							disabled={ ! canPay }
							aria-disabled={ ! canPay }
							isBusy={ pending }
						>
							{ schedules
								? __( 'Schedule change', 'wu-plan-change' )
								: __( 'Complete Checkout', 'wu-plan-change' ) }
						</Button>
					) }
					<Button
						variant="tertiary"
						__next40pxDefaultSize
						onClick={ onCancel }
						disabled={ pending }
					>
						{ __( 'Cancel', 'wu-plan-change' ) }
					</Button>
					{ pending && <Spinner /> }
				</div>
			</aside>
		</div>
	);
}

export default ChangeCheckout;
