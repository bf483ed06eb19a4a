import {
	Button,
	CheckboxControl,
	Notice,
	SelectControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { errorMessage, errorSummary, fieldErrorsOf } from '../../api/client';
import { createMembership, type NewMembership } from '../../api/memberships';
import type { Customer, DurationUnit, Product } from '../../api/types';
import { loadAllCustomers } from '../../components/customer-names';
import { LoadState, useLoad } from '../../components/load-state';
import { loadAllProducts } from '../../components/product-names';
import { formatMoney, formatPeriod, formatPer } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';
import { helpOrError } from '../products/product-form/field-error';

/** A billing period as a select value, e.g. `1:month`. */
type PeriodKey = `${ number }:${ DurationUnit }`;

export interface MembershipDraft {
	customerId: number | null;
	planId: number | null;
	period: PeriodKey | null;
	/** Quantities by add-on id; absent = not chosen. */
	addons: Record< number, number >;
	status: 'active' | 'trialing';
	/** `YYYY-MM-DD` (UTC) or empty for the server's now. */
	periodStart: string;
	/** `YYYY-MM-DD` (UTC) or empty for the plan's trial. */
	trialEnd: string;
	autoRenew: boolean;
}

/** The plans a membership may be created on: active plans that are not sold on request. */
export function creatablePlans( catalogue: Product[] ): Product[] {
	return catalogue.filter(
		( product ) =>
			product.type === 'plan' &&
			product.active &&
			product.pricing_type !== 'contact_us'
	);
}

/** The plan's base period first, then its price variations, each with its price (minor units). */
export function planPeriods(
	plan: Product
): { key: PeriodKey; duration: number; unit: DurationUnit; amount: number }[] {
	const base = {
		key: `${ plan.duration }:${ plan.duration_unit }` as PeriodKey,
		duration: plan.duration,
		unit: plan.duration_unit,
		amount: plan.amount,
	};
	const variations = plan.price_variations.map( ( v ) => ( {
		key: `${ v.duration }:${ v.duration_unit }` as PeriodKey,
		duration: v.duration,
		unit: v.duration_unit,
		amount: v.amount,
	} ) );
	return [ base, ...variations.filter( ( v ) => v.key !== base.key ) ];
}

/** The plan's Offer Add-ons that are active in the catalogue. */
export function planAddons(
	plan: Product | undefined,
	catalogue: Product[]
): Product[] {
	if ( ! plan ) {
		return [];
	}
	return plan.available_addons
		.map( ( id ) => catalogue.find( ( product ) => product.id === id ) )
		.filter( ( product ): product is Product =>
			Boolean( product && product.active )
		);
}

/** The body of POST /memberships for the draft. */
export function membershipBody( draft: MembershipDraft ): NewMembership {
	const [ duration, unit ] = ( draft.period ?? '' ).split( ':' );
	return {
		customer_id: draft.customerId ?? 0,
		plan_id: draft.planId ?? 0,
		...( draft.period
			? {
					duration: Number( duration ),
					duration_unit: unit as DurationUnit,
				}
			: {} ),
		addons: Object.entries( draft.addons ).map( ( [ id, quantity ] ) => ( {
			product_id: Number( id ),
			quantity,
		} ) ),
		status: draft.status,
		...( draft.periodStart
			? { period_start: `${ draft.periodStart }T00:00:00Z` }
			: {} ),
		...( draft.status === 'trialing' && draft.trialEnd
			? { trial_end: `${ draft.trialEnd }T00:00:00Z` }
			: {} ),
		auto_renew: draft.autoRenew,
	};
}

const FIELDS = [
	'customer_id',
	'plan_id',
	'duration',
	'duration_unit',
	'addons',
	'status',
	'period_start',
	'trial_end',
	'auto_renew',
];

export interface MembershipFormProps {
	/** The customers to choose from. */
	customers: Customer[];
	/** The whole catalogue: plans, their periods and Offer Add-ons. */
	catalogue: Product[];
	/** The customer chosen first (from `?customer=`), or null for the first one. */
	customerId: number | null;
	/** Called with the new membership's id and its customer after POST /memberships. */
	onCreated: ( id: number, customer: Customer | undefined ) => void;
	/** Reports a failure that is not about a field (shown as a notice). */
	onError: ( message: string ) => void;
}

/** The Add Membership form: creates the membership as if paid (API.md). */
export function MembershipForm( {
	customers,
	catalogue,
	customerId,
	onCreated,
	onError,
}: MembershipFormProps ) {
	const plans = creatablePlans( catalogue );
	const [ draft, setDraft ] = useState< MembershipDraft >( () => ( {
		customerId: customerId ?? customers[ 0 ]?.id ?? null,
		planId: null,
		period: null,
		addons: {},
		status: 'active',
		periodStart: '',
		trialEnd: '',
		autoRenew: true,
	} ) );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const [ summary, setSummary ] = useState< string | null >( null );
	const [ busy, setBusy ] = useState( false );
	const update = ( patch: Partial< MembershipDraft > ) =>
		setDraft( ( current ) => ( { ...current, ...patch } ) );
	const plan = plans.find( ( p ) => p.id === draft.planId );
	const addons = planAddons( plan, catalogue );
	const currency = plan?.currency ?? catalogue[ 0 ]?.currency ?? 'USD';
	const customer = customers.find( ( c ) => c.id === draft.customerId );

	const choosePlan = ( id: number | null ) => {
		const chosen = plans.find( ( p ) => p.id === id );
		const offered = planAddons( chosen, catalogue ).map( ( a ) => a.id );
		update( {
			planId: chosen?.id ?? null,
			period: chosen ? planPeriods( chosen )[ 0 ].key : null,
			addons: Object.fromEntries(
				Object.entries( draft.addons ).filter( ( [ addonId ] ) =>
					offered.includes( Number( addonId ) )
				)
			),
		} );
	};
	const setAddon = ( addon: Product, quantity: number | null ) => {
		const next = { ...draft.addons };
		if ( quantity === null ) {
			delete next[ addon.id ];
		} else {
			next[ addon.id ] = quantity;
		}
		update( { addons: next } );
	};

	const save = async ( event?: FormEvent ) => {
		event?.preventDefault();
		const missing: Record< string, string > = {};
		if ( draft.customerId === null ) {
			missing.customer_id = __( 'Choose a customer.', 'wu-plan-change' );
		}
		if ( draft.planId === null ) {
			missing.plan_id = __( 'Choose a plan.', 'wu-plan-change' );
		}
		if ( Object.keys( missing ).length > 0 ) {
			setErrors( missing );
			setSummary( __( 'Some fields need attention.', 'wu-plan-change' ) );
			return;
		}
		setBusy( true );
		try {
			const membership = await createMembership(
				membershipBody( draft )
			);
			onCreated( membership.id, customer );
		} catch ( error ) {
			const params = fieldErrorsOf( error );
			if ( params ) {
				setErrors( params );
				setSummary(
					errorSummary(
						__(
							'The membership was not created: some fields need attention.',
							'wu-plan-change'
						),
						params,
						( field ) => FIELDS.includes( field )
					)
				);
			} else {
				onError( errorMessage( error ) );
			}
			setBusy( false );
		}
	};

	return (
		<form
			className="wu-panel wu-membership-form"
			onSubmit={ save }
			noValidate
		>
			{ summary && (
				<Notice
					status="error"
					isDismissible={ false }
					className="wu-form-summary"
				>
					{ summary }
				</Notice>
			) }
			<div className="wu-form-grid wu-tab-body">
				<SelectControl
					__next40pxDefaultSize
					label={ __( 'Customer', 'wu-plan-change' ) }
					value={
						draft.customerId === null
							? ''
							: String( draft.customerId )
					}
					options={ customers.map( ( c ) => ( {
						value: String( c.id ),
						label: sprintf(
							/* translators: 1: display name, 2: username */ __(
								'%1$s (%2$s)',
								'wu-plan-change'
							),
							c.display_name || c.username,
							c.username
						),
					} ) ) }
					onChange={ ( value ) =>
						update( { customerId: value ? Number( value ) : null } )
					}
					help={ helpOrError( errors.customer_id ) }
				/>
				<SelectControl
					__next40pxDefaultSize
					label={ __( 'Plan', 'wu-plan-change' ) }
					value={
						draft.planId === null ? '' : String( draft.planId )
					}
					options={ [
						{
							value: '',
							label: __( 'Choose a plan', 'wu-plan-change' ),
						},
						...plans.map( ( p ) => ( {
							value: String( p.id ),
							label: p.name,
						} ) ),
					] }
					onChange={ ( value ) =>
						choosePlan( value ? Number( value ) : null )
					}
					help={ helpOrError(
						errors.plan_id,
						plans.length === 0
							? __(
									'There is no active plan yet: create one under Products.',
									'wu-plan-change'
								)
							: undefined
					) }
				/>
				{ plan && (
					<SelectControl
						__next40pxDefaultSize
						label={ __( 'Billing period', 'wu-plan-change' ) }
						value={ draft.period ?? '' }
						options={ planPeriods( plan ).map( ( p ) => ( {
							value: p.key as string,
							label: sprintf(
								/* translators: 1: a period such as "1 month", 2: price, 3: "per month" */ __(
									'%1$s — %2$s %3$s',
									'wu-plan-change'
								),
								formatPeriod( p.duration, p.unit ),
								formatMoney( p.amount, currency ),
								formatPer( p.duration, p.unit )
							),
						} ) ) }
						onChange={ ( value: string ) =>
							update( { period: value as PeriodKey } )
						}
						help={ helpOrError(
							errors.duration ?? errors.duration_unit
						) }
					/>
				) }
				{ plan && (
					<fieldset
						className="wu-addon-choices"
						aria-describedby={
							errors.addons ? 'wu-addons-error' : undefined
						}
					>
						<legend>{ __( 'Add-ons', 'wu-plan-change' ) }</legend>
						{ addons.length === 0 && (
							<p>
								{ __(
									'This plan offers no add-ons.',
									'wu-plan-change'
								) }
							</p>
						) }
						{ addons.map( ( addon ) => {
							const chosen =
								draft.addons[ addon.id ] !== undefined;
							return (
								<div
									key={ addon.id }
									className="wu-inline-fields"
								>
									<CheckboxControl
										label={ sprintf(
											/* translators: 1: add-on name, 2: its price */ __(
												'%1$s (%2$s)',
												'wu-plan-change'
											),
											addon.name,
											formatMoney(
												addon.amount,
												currency
											)
										) }
										checked={ chosen }
										onChange={ ( on ) =>
											setAddon( addon, on ? 1 : null )
										}
									/>
									{ chosen && addon.stackable && (
										<TextControl
											__next40pxDefaultSize
											type="number"
											min={ 1 }
											max={ addon.max_quantity }
											label={ sprintf(
												/* translators: %s: add-on name */ __(
													'Quantity of %s',
													'wu-plan-change'
												),
												addon.name
											) }
											value={ String(
												draft.addons[ addon.id ]
											) }
											onChange={ ( text ) =>
												setAddon(
													addon,
													Math.min(
														addon.max_quantity,
														Math.max(
															1,
															Math.floor(
																Number( text )
															) || 1
														)
													)
												)
											}
											help={ sprintf(
												/* translators: %d: the highest quantity */ __(
													'Up to %d.',
													'wu-plan-change'
												),
												addon.max_quantity
											) }
										/>
									) }
								</div>
							);
						} ) }
						{ errors.addons && (
							<p id="wu-addons-error" className="wu-field-error">
								{ errors.addons }
							</p>
						) }
					</fieldset>
				) }
				<SelectControl
					__next40pxDefaultSize
					label={ __( 'Status', 'wu-plan-change' ) }
					value={ draft.status }
					options={ [
						{
							value: 'active',
							label: __( 'Active', 'wu-plan-change' ),
						},
						{
							value: 'trialing',
							label: __( 'Trialing', 'wu-plan-change' ),
						},
					] }
					onChange={ ( value ) =>
						update( {
							status: value as MembershipDraft[ 'status' ],
						} )
					}
					help={ helpOrError( errors.status ) }
				/>
				{ draft.status === 'trialing' && (
					<TextControl
						__next40pxDefaultSize
						type="date"
						label={ __( 'Trial end', 'wu-plan-change' ) }
						value={ draft.trialEnd }
						onChange={ ( trialEnd ) => update( { trialEnd } ) }
						help={ helpOrError(
							errors.trial_end,
							__(
								'Left empty, the plan’s own trial applies. Dates are in UTC.',
								'wu-plan-change'
							)
						) }
					/>
				) }
				<TextControl
					__next40pxDefaultSize
					type="date"
					label={ __( 'Period start', 'wu-plan-change' ) }
					value={ draft.periodStart }
					onChange={ ( periodStart ) => update( { periodStart } ) }
					help={ helpOrError(
						errors.period_start,
						__(
							'Left empty, the period starts now. Dates are in UTC.',
							'wu-plan-change'
						)
					) }
				/>
				<ToggleControl
					label={ __( 'Auto-renew', 'wu-plan-change' ) }
					checked={ draft.autoRenew }
					onChange={ ( autoRenew ) => update( { autoRenew } ) }
					help={ helpOrError( errors.auto_renew ) }
				/>
				<p className="description">
					{ __(
						'The membership is created as if paid: a completed payment of the period’s value is recorded. It has no saved card until the customer adds one.',
						'wu-plan-change'
					) }
				</p>
			</div>
			<div className="wu-form-actions">
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ __( 'Create Membership', 'wu-plan-change' ) }
				</Button>
			</div>
		</form>
	);
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
	const loaded = useLoad(
		() => Promise.all( [ loadAllCustomers(), loadAllProducts() ] ),
		[]
	);
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
			<LoadState loaded={ loaded }>
				{ ( [ customers, catalogue ] ) =>
					customers.length === 0 ? (
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
