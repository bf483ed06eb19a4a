import { Notice, Spinner } from '@wordpress/components';
import { AddonsStep } from './addons-step';
import { PlanStep } from './plan-step';
import { SummaryStep } from './summary-step';
import type { ChangeCheckoutProps } from './types';
import { useChangeCheckout } from './use-change-checkout';

export type { ChangeCheckoutProps, CheckoutResult } from './types';

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
	const checkout = useChangeCheckout( { membershipId, mode, onDone } );
	if ( checkout.loadError ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ checkout.loadError }
			</Notice>
		);
	}
	const { period } = checkout;
	if ( ! checkout.loaded || ! period ) {
		return <Spinner />;
	}
	return (
		<div className="wu-checkout">
			<div className="wu-checkout__choices">
				<PlanStep checkout={ checkout } period={ period } />
				<AddonsStep checkout={ checkout } period={ period } />
			</div>
			<SummaryStep checkout={ checkout } onCancel={ onCancel } />
		</div>
	);
}

export default ChangeCheckout;
