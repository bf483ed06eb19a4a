import { __, sprintf } from '../../i18n';
import { formatAmount } from '../../domain/money';

/** A plan with its add-ons as an e-mail names them (names and the period already in words). */
export interface HoldingWords {
	plan: string;
	/** The billing period in words ("1 year"), or "lifetime". */
	period: string;
	addons: { name: string; quantity: number }[];
	/** What it renews for each period, minor units. */
	amount: number;
	currency: string;
}

/** "Plan: Premium — 1 year", "Add-ons: Extra Disk × 2, Unlimited Visits" (or none), "Price: …". */
export function holdingWords( holding: HoldingWords ): string[] {
	const addons = holding.addons.map( ( addon ) =>
		addon.quantity > 1
			? sprintf(
					/* translators: 1: add-on name, 2: quantity */
					__( '%1$s × %2$d', 'wu-plan-change' ),
					addon.name,
					addon.quantity
				)
			: addon.name
	);
	return [
		sprintf(
			/* translators: 1: plan name, 2: a period such as "1 year" */
			__( 'Plan: %1$s — %2$s', 'wu-plan-change' ),
			holding.plan,
			holding.period
		),
		sprintf(
			/* translators: %s: the add-ons, comma-separated, or "none" */
			__( 'Add-ons: %s', 'wu-plan-change' ),
			addons.length > 0
				? addons.join( ', ' )
				: __( 'none', 'wu-plan-change' )
		),
		sprintf(
			/* translators: %s: an amount such as "99.00 USD" */
			__( 'Price per period: %s', 'wu-plan-change' ),
			formatAmount( holding.amount, holding.currency )
		),
	];
}
