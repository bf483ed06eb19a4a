import type { Product } from '../../api/types';
import type { Period } from './pricing';

/** Props of {@link PlanCard}. */
export interface PlanCardProps {
	/** The plan, as offered by `GET /memberships/{id}/options`. */
	plan: Product;
	/** The billing period chosen in the period toggle; the price shown is the plan's at it. */
	period: Period;
	/** True for the membership's current plan: marked "Current plan". */
	current: boolean;
	/** True when this card is the chosen one (its radio is checked). */
	selected: boolean;
	/** The radio group's name (one per checkout). */
	name: string;
	/** Called when the customer picks this plan (click, Space or arrow keys). */
	onSelect: ( planId: number ) => void;
	/** The setup fee choosing this plan would charge, in minor units (RULES K7: the new plan's fee less the current one's, 0 for the current plan); defaults to the plan's own fee. */
	setupFee?: number;
	/** True while a payment is on its way, or for a plan that cannot be bought online. */
	disabled?: boolean;
}
