import { Button, Notice, Spinner } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import { formatMoney } from '../../format';
import { CardField } from '../card-field';
import { OrderSummary, isScheduled } from '../order-summary';
import { needsOverLimitsConfirmation, OverLimitsConfirm } from '../over-limits';
import type { ChangeCheckoutState } from './use-change-checkout';

/** Step 3: the live order summary, the payment and the confirm button. */
export function SummaryStep( {
	checkout,
	onCancel,
}: {
	checkout: ChangeCheckoutState;
	onCancel: () => void;
} ) {
	const { mode, quote, error, loading, pending, notice } = checkout;
	const overLimitsNow =
		mode === 'admin' && needsOverLimitsConfirmation( quote );
	const confirmed = !! quote && checkout.overLimitsConfirmed === quote.id;
	const canPay =
		!! quote &&
		! error &&
		! loading &&
		! pending &&
		( ! overLimitsNow || confirmed );
	const showCard =
		mode === 'customer' && !! quote && quote.due_now > 0 && ! error;
	// A change with nothing to pay now that applies at the period end says what the button does.
	const schedules = !! quote && quote.due_now === 0 && isScheduled( quote );
	return (
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
				productName={ checkout.productName }
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
						value={ checkout.card }
						onChange={ checkout.setCard }
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
					checked={ confirmed }
					onChange={ ( on ) =>
						checkout.setOverLimitsConfirmed( on ? quote.id : null )
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
						onClick={ checkout.pay }
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
	);
}
