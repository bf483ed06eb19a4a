import {
	Button,
	SelectControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import { newVariationKey, type VariationDraft } from './draft';
import { FieldError, helpOrError } from './field-error';
import { PeriodFields } from './period-fields';
import { WholeNumberField } from './whole-number-field';
import type { TabProps } from './types';

function MoneyField( {
	label,
	value,
	onChange,
	error,
	currency,
}: {
	label: string;
	value: string;
	onChange: ( value: string ) => void;
	error?: string;
	currency: string;
} ) {
	return (
		<TextControl
			__next40pxDefaultSize
			label={ sprintf(
				/* translators: 1: field name such as "Amount", 2: currency code such as USD */ __(
					'%1$s (%2$s)',
					'wu-plan-change'
				),
				label,
				currency
			) }
			inputMode="decimal"
			autoComplete="off"
			value={ value }
			onChange={ onChange }
			help={ helpOrError( error ) }
			className="wu-money-field"
		/>
	);
}

function Variations( { draft, update, errors, currency }: TabProps ) {
	const change = ( key: number, patch: Partial< VariationDraft > ) =>
		update( {
			price_variations: draft.price_variations.map( ( variation ) =>
				variation.key === key ? { ...variation, ...patch } : variation
			),
		} );
	return (
		<fieldset
			className="wu-variations"
			aria-describedby={
				errors.price_variations ? 'wu-variations-error' : undefined
			}
		>
			<legend>{ __( 'Price variations', 'wu-plan-change' ) }</legend>
			<p className="description">
				{ __(
					'Other billing periods with their own amounts, e.g. 1 year for 290.00.',
					'wu-plan-change'
				) }
			</p>
			{ draft.price_variations.length === 0 && (
				<p>{ __( 'No price variations.', 'wu-plan-change' ) }</p>
			) }
			<ul>
				{ draft.price_variations.map( ( variation, index ) => (
					<li
						key={ variation.key }
						className="wu-variation"
						aria-label={ sprintf(
							/* translators: %d: position of the price variation */ __(
								'Price variation %d',
								'wu-plan-change'
							),
							index + 1
						) }
					>
						<PeriodFields
							legend={ sprintf(
								/* translators: %d: position of the price variation */ __(
									'Period of variation %d',
									'wu-plan-change'
								),
								index + 1
							) }
							duration={ variation.duration }
							unit={ variation.duration_unit }
							onChange={ ( duration, unit ) =>
								change( variation.key, {
									duration,
									duration_unit: unit,
								} )
							}
							error={
								errors[ `price_variations.${ index }.duration` ]
							}
						/>
						<MoneyField
							label={ __( 'Amount', 'wu-plan-change' ) }
							currency={ currency }
							value={ variation.amount }
							onChange={ ( amount ) =>
								change( variation.key, { amount } )
							}
							error={
								errors[ `price_variations.${ index }.amount` ]
							}
						/>
						<Button
							variant="tertiary"
							isDestructive
							onClick={ () =>
								update( {
									price_variations:
										draft.price_variations.filter(
											( other ) =>
												other.key !== variation.key
										),
								} )
							}
						>
							{ sprintf(
								/* translators: %d: position of the price variation */ __(
									'Remove variation %d',
									'wu-plan-change'
								),
								index + 1
							) }
						</Button>
					</li>
				) ) }
			</ul>
			<FieldError
				id="wu-variations-error"
				error={ errors.price_variations }
			/>
			<Button
				variant="secondary"
				onClick={ () =>
					update( {
						price_variations: [
							...draft.price_variations,
							{
								key: newVariationKey(),
								duration: 1,
								duration_unit: 'year',
								amount: '',
							},
						],
					} )
				}
			>
				{ __( 'Add price variation', 'wu-plan-change' ) }
			</Button>
		</fieldset>
	);
}

/** Pricing type, amount, period, price variations, setup fee, trial; stacking for packages. */
export function PricingTab( props: TabProps ) {
	const { draft, update, errors, currency } = props;
	const paid = draft.pricing_type === 'paid';
	return (
		<div className="wu-form-grid">
			<SelectControl
				__next40pxDefaultSize
				label={ __( 'Pricing Type', 'wu-plan-change' ) }
				value={ draft.pricing_type }
				options={ [
					{ value: 'paid', label: __( 'Paid', 'wu-plan-change' ) },
					{ value: 'free', label: __( 'Free', 'wu-plan-change' ) },
					{
						value: 'contact_us',
						label: __( 'Contact us', 'wu-plan-change' ),
					},
				] }
				onChange={ ( value ) =>
					update( {
						pricing_type:
							value as TabProps[ 'draft' ][ 'pricing_type' ],
					} )
				}
				help={ helpOrError( errors.pricing_type ) }
			/>
			{ paid && (
				<MoneyField
					label={ __( 'Amount', 'wu-plan-change' ) }
					currency={ currency }
					value={ draft.amount }
					onChange={ ( amount ) => update( { amount } ) }
					error={ errors.amount }
				/>
			) }
			<ToggleControl
				label={ __( 'Recurring', 'wu-plan-change' ) }
				checked={ draft.recurring }
				onChange={ ( recurring ) => update( { recurring } ) }
				help={ helpOrError(
					errors.recurring,
					__(
						'A paid product that is not recurring is paid once (a lifetime plan, a one-off service).',
						'wu-plan-change'
					)
				) }
			/>
			{ draft.recurring && (
				<PeriodFields
					legend={ __( 'Billing period', 'wu-plan-change' ) }
					duration={ draft.duration }
					unit={ draft.duration_unit }
					onChange={ ( duration, unit ) =>
						update( { duration, duration_unit: unit } )
					}
					error={ errors.duration ?? errors.duration_unit }
				/>
			) }
			{ paid && draft.recurring && <Variations { ...props } /> }
			{ paid && (
				<MoneyField
					label={ __( 'Setup fee', 'wu-plan-change' ) }
					currency={ currency }
					value={ draft.setup_fee }
					onChange={ ( setupFee ) =>
						update( { setup_fee: setupFee } )
					}
					error={ errors.setup_fee }
				/>
			) }
			<PeriodFields
				legend={ __( 'Trial', 'wu-plan-change' ) }
				min={ 0 }
				duration={ draft.trial_duration }
				unit={ draft.trial_duration_unit }
				onChange={ ( trialDuration, trialUnit ) =>
					update( {
						trial_duration: trialDuration,
						trial_duration_unit: trialUnit,
					} )
				}
				error={ errors.trial_duration ?? errors.trial_duration_unit }
			/>
			{ draft.type === 'package' && (
				<>
					<ToggleControl
						label={ __( 'Stackable', 'wu-plan-change' ) }
						checked={ draft.stackable }
						onChange={ ( stackable ) =>
							update( {
								stackable,
								max_quantity: stackable
									? Math.max( draft.max_quantity, 2 )
									: 1,
							} )
						}
						help={ helpOrError(
							errors.stackable,
							__(
								'A customer may buy this package more than once, e.g. several Extra Disk packs.',
								'wu-plan-change'
							)
						) }
					/>
					{ draft.stackable && (
						<WholeNumberField
							min={ 1 }
							label={ __( 'Maximum quantity', 'wu-plan-change' ) }
							value={ draft.max_quantity }
							onChange={ ( maxQuantity ) =>
								update( { max_quantity: maxQuantity } )
							}
							help={ helpOrError( errors.max_quantity ) }
						/>
					) }
				</>
			) }
		</div>
	);
}
