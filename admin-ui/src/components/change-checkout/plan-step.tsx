import { Notice } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import { formatDate } from '../../format';
import { PlanCard, type Period } from '../plan-card';
import type { OfferedPlan } from './offers';
import { PeriodToggle } from './period-toggle';
import type { ChangeCheckoutState } from './use-change-checkout';

/** A plan's setup fee on a change: what it costs beyond the current plan's (nothing for the current plan). */
function setupFeeOf( offered: OfferedPlan, plans: OfferedPlan[] ): number {
	if ( offered.current ) {
		return 0;
	}
	const currentFee = plans.find( ( p ) => p.current )?.plan.setup_fee ?? 0;
	return Math.max( 0, offered.plan.setup_fee - currentFee );
}

/** Step 1: the scheduled change (if any), the billing period and the plans as cards. */
export function PlanStep( {
	checkout,
	period,
}: {
	checkout: ChangeCheckoutState;
	period: Period;
} ) {
	const { loaded, periods, plans, visiblePlans, planId, pending } = checkout;
	const radioName = `wu-plan-${ checkout.membershipId }`;
	const scheduled = loaded?.membership.scheduled_change;
	return (
		<section
			className="wu-checkout__section"
			aria-labelledby="wu-checkout-plans"
		>
			<h2 id="wu-checkout-plans">
				{ __( 'Choose your plan', 'wu-plan-change' ) }
			</h2>
			{ scheduled && (
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
						formatDate( scheduled.effective_at )
					) }
				</Notice>
			) }
			{ periods.length > 1 &&
				loaded?.options.show_period_selector !== false && (
					<PeriodToggle
						periods={ periods }
						period={ period }
						name={ `${ radioName }-period` }
						disabled={ pending }
						onChoose={ checkout.choosePeriod }
					/>
				) }
			<fieldset className="wu-plan-cards">
				<legend className="screen-reader-text">
					{ __( 'Plans', 'wu-plan-change' ) }
				</legend>
				{ visiblePlans.map( ( offered ) => (
					<PlanCard
						key={ offered.plan.id }
						plan={ offered.plan }
						period={ period }
						current={ offered.current }
						selected={ offered.plan.id === planId }
						name={ radioName }
						onSelect={ checkout.choosePlan }
						setupFee={ setupFeeOf( offered, plans ) }
						disabled={ pending }
					/>
				) ) }
			</fieldset>
		</section>
	);
}
