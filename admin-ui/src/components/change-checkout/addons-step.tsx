import { Spinner } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import { AddonBump } from '../addon-bump';
import type { Period } from '../plan-card';
import type { ChangeCheckoutState } from './use-change-checkout';

function AddonChoices( {
	checkout,
	period,
}: {
	checkout: ChangeCheckoutState;
	period: Period;
} ) {
	const { offeredAddons, addons, chosen, loaded, pending } = checkout;
	if ( offeredAddons.length === 0 ) {
		return (
			<p>
				{ __(
					'This plan offers no services or packages.',
					'wu-plan-change'
				) }
			</p>
		);
	}
	const membership = loaded?.membership;
	const owned = new Map(
		( membership?.addons ?? [] ).map( ( a ) => [
			a.product_id,
			a.quantity,
		] )
	);
	const onCurrentPlan = chosen?.id === membership?.plan_id;
	return (
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
					owned={ onCurrentPlan ? ( owned.get( addon.id ) ?? 0 ) : 0 }
					onChange={ ( quantity ) =>
						checkout.chooseAddon( addon.id, quantity )
					}
					period={ period }
					disabled={ pending }
				/>
			) ) }
		</>
	);
}

/** Step 2: the chosen plan's services and packages as order bumps. */
export function AddonsStep( {
	checkout,
	period,
}: {
	checkout: ChangeCheckoutState;
	period: Period;
} ) {
	const { chosen, addonsLoading } = checkout;
	return (
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
			{ addonsLoading ? (
				<Spinner />
			) : (
				<AddonChoices checkout={ checkout } period={ period } />
			) }
		</section>
	);
}
