import { Button, Notice, TabPanel } from '@wordpress/components';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { errorMessage, errorSummary, fieldErrorsOf } from '../../../api/client';
import type { Product } from '../../../api/types';
import { useUnsavedChanges } from '../../../components/unsaved-changes';
import {
	fromDraft,
	tabOfField,
	toDraft,
	type FieldErrors,
	type ProductDraft,
} from './draft';
import { GeneralTab } from './general-tab';
import { LimitsTab } from './limits-tab';
import { PricingTab } from './pricing-tab';
import type { TabProps } from './types';
import { UpgradesTab } from './upgrades-tab';
import { ActivityPanel } from '../../../components/activity';

export interface ProductFormProps {
	/** The product edited, or `null` to create one. */
	product: Product | null;
	/** The whole catalogue, for Plan Group names and Offer Add-ons. */
	catalogue: Product[];
	/** The network currency amounts are typed in (the product's own when editing). */
	currency: string;
	/** Sends the body to the server; rejects with the REST error body. */
	onSave: ( data: Partial< Product > ) => Promise< Product >;
	/** Called with the stored product after a save. */
	onSaved: ( product: Product ) => void;
	/** Deletes the product (absent for a new one); rejects with the REST error body. */
	onDelete?: () => Promise< void >;
	/** Reports a failure that is not about a field (shown as a notice). */
	onError: ( message: string ) => void;
}

const TAB_NAMES = [ 'general', 'pricing', 'upgrades', 'limits' ] as const;
const FIELD_KEYS =
	/^(name|slug|description|type|active|pricing_type|amount|recurring|duration|duration_unit|price_variations.*|setup_fee|trial_duration|trial_duration_unit|stackable|max_quantity|group|list_order|available_addons|limits|limits\..*)$/;

function tabs( editing: boolean ) {
	return [
		{ name: 'general', title: __( 'General', 'wu-plan-change' ) },
		{ name: 'pricing', title: __( 'Pricing', 'wu-plan-change' ) },
		{ name: 'upgrades', title: __( 'Up & Downgrades', 'wu-plan-change' ) },
		{ name: 'limits', title: __( 'Limits', 'wu-plan-change' ) },
		...( editing
			? [
					{
						name: 'activity',
						title: __( 'Activity', 'wu-plan-change' ),
					},
				]
			: [] ),
	];
}

function firstErrorTab( errors: FieldErrors ): string {
	const tabsWithErrors = Object.keys( errors ).map( tabOfField );
	return (
		TAB_NAMES.find( ( name ) => tabsWithErrors.includes( name ) ) ??
		'general'
	);
}

/** The product edit form: four tabs, save with server validation by field, delete with confirmation. */
export function ProductForm( {
	product,
	catalogue,
	currency,
	onSave,
	onSaved,
	onDelete,
	onError,
}: ProductFormProps ) {
	const [ saved, setSaved ] = useState( () => toDraft( product, currency ) );
	const [ draft, setDraft ] = useState< ProductDraft >( saved );
	const [ errors, setErrors ] = useState< FieldErrors >( {} );
	const [ summary, setSummary ] = useState< string | null >( null );
	const [ tab, setTab ] = useState< { name: string; mount: number } >( {
		name: 'general',
		mount: 0,
	} );
	const [ busy, setBusy ] = useState( false );
	const [ confirming, setConfirming ] = useState( false );
	const dirty = JSON.stringify( draft ) !== JSON.stringify( saved );
	useUnsavedChanges( dirty );

	const update = ( patch: Partial< ProductDraft > ) =>
		setDraft( ( current ) => ( { ...current, ...patch } ) );
	const showErrors = ( fieldErrors: FieldErrors, message: string ) => {
		setErrors( fieldErrors );
		setSummary(
			errorSummary( message, fieldErrors, ( field ) =>
				FIELD_KEYS.test( field )
			)
		);
		const target = firstErrorTab( fieldErrors );
		setTab( ( current ) =>
			current.name === target
				? current
				: { name: target, mount: current.mount + 1 }
		);
	};

	const save = async ( event?: FormEvent ) => {
		event?.preventDefault();
		const { data, errors: parseErrors } = fromDraft(
			draft,
			currency,
			catalogue,
			product?.id ?? null
		);
		if ( Object.keys( parseErrors ).length > 0 ) {
			showErrors(
				parseErrors,
				__(
					'Some fields need attention before saving.',
					'wu-plan-change'
				)
			);
			return;
		}
		setBusy( true );
		try {
			const stored = await onSave( data );
			const next = toDraft( stored, currency );
			setSaved( next );
			setDraft( next );
			setErrors( {} );
			setSummary( null );
			onSaved( stored );
		} catch ( error ) {
			const params = fieldErrorsOf( error );
			if ( params ) {
				showErrors(
					params,
					__(
						'The product was not saved: some fields need attention.',
						'wu-plan-change'
					)
				);
			} else {
				onError( errorMessage( error ) );
			}
		} finally {
			setBusy( false );
		}
	};

	const remove = async () => {
		setConfirming( false );
		if ( ! onDelete ) {
			return;
		}
		setBusy( true );
		try {
			await onDelete();
		} catch ( error ) {
			onError( errorMessage( error ) );
			setBusy( false );
		}
	};

	const tabProps: TabProps = {
		draft,
		update,
		errors,
		currency,
		catalogue,
		productId: product?.id ?? null,
	};
	return (
		<form className="wu-product-form" onSubmit={ save } noValidate>
			{ summary && (
				<Notice
					status="error"
					isDismissible={ false }
					className="wu-form-summary"
				>
					{ summary }
				</Notice>
			) }
			<TabPanel
				key={ tab.mount }
				className="wu-tabs"
				tabs={ tabs( product !== null ) }
				initialTabName={ tab.name }
				onSelect={ ( name ) =>
					setTab( ( current ) =>
						current.name === name ? current : { ...current, name }
					)
				}
			>
				{ ( current ) => (
					<div className="wu-tab-body">
						{ current.name === 'general' && (
							<GeneralTab { ...tabProps } />
						) }
						{ current.name === 'pricing' && (
							<PricingTab { ...tabProps } />
						) }
						{ current.name === 'upgrades' && (
							<UpgradesTab { ...tabProps } />
						) }
						{ current.name === 'limits' && (
							<LimitsTab { ...tabProps } />
						) }
						{ current.name === 'activity' && product && (
							<ActivityPanel
								objectType="product"
								objectId={ product.id }
							/>
						) }
					</div>
				) }
			</TabPanel>
			<div className="wu-form-actions">
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ product
						? __( 'Save Product', 'wu-plan-change' )
						: __( 'Create Product', 'wu-plan-change' ) }
				</Button>
				{ dirty && (
					<span className="wu-unsaved">
						{ __( 'Unsaved changes', 'wu-plan-change' ) }
					</span>
				) }
				{ onDelete && (
					<Button
						variant="tertiary"
						isDestructive
						disabled={ busy }
						accessibleWhenDisabled
						onClick={ () => setConfirming( true ) }
					>
						{ __( 'Delete Product', 'wu-plan-change' ) }
					</Button>
				) }
			</div>
			<ConfirmDialog
				isOpen={ confirming }
				title={ __( 'Delete product', 'wu-plan-change' ) }
				confirmButtonText={ __( 'Delete', 'wu-plan-change' ) }
				onConfirm={ remove }
				onCancel={ () => setConfirming( false ) }
			>
				{ sprintf(
					/* translators: %s: product name */
					__(
						'Delete %s? This cannot be undone. A product that memberships use cannot be deleted; set it inactive instead.',
						'wu-plan-change'
					),
					product?.name ?? ''
				) }
			</ConfirmDialog>
		</form>
	);
}
