import { Button, Notice, SelectControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { errorMessage, errorSummary, fieldErrorsOf } from '../../api/client';
import { createMembership } from '../../api/memberships';
import type { Customer, Product } from '../../api/types';
import { formatMoney, formatPeriod, formatPer } from '../../format';
import { helpOrError } from '../products/product-form/field-error';
import { AddonChoices } from './addon-choices';
import { MembershipTerms } from './membership-terms';
import {
	creatablePlans,
	FIELDS,
	membershipBody,
	planAddons,
	planPeriods,
	type MembershipDraft,
	type PeriodKey,
} from './membership-draft';

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
	// The chosen customer stays a choice while a search shows other customers.
	const [ picked, setPicked ] = useState< Customer | undefined >( () =>
		customers.find( ( c ) => c.id === draft.customerId )
	);
	const customer =
		customers.find( ( c ) => c.id === draft.customerId ) ??
		( picked?.id === draft.customerId ? picked : undefined );
	const choices =
		customer && ! customers.includes( customer )
			? [ customer, ...customers ]
			: customers;

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
					options={ choices.map( ( c ) => ( {
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
					onChange={ ( value ) => {
						const id = value ? Number( value ) : null;
						setPicked( choices.find( ( c ) => c.id === id ) );
						update( { customerId: id } );
					} }
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
					<AddonChoices
						addons={ addons }
						chosen={ draft.addons }
						currency={ currency }
						error={ errors.addons }
						setAddon={ setAddon }
					/>
				) }
				<MembershipTerms
					draft={ draft }
					errors={ errors }
					update={ update }
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
