import type { Product } from '../../api/types';
import type { Period } from '../plan-card/pricing';

/** Props of {@link AddonBump}. */
export interface AddonBumpProps {
	/** The package or service (an Offer Add-on of the chosen plan). */
	addon: Product;
	/** The quantity chosen; 0 when not chosen. */
	quantity: number;
	/** The quantity the membership has now (0 when none), to say "You have this". */
	owned: number;
	/** Called with the new quantity (0 to drop it). */
	onChange: ( quantity: number ) => void;
	/** The billing period of the chosen plan: a recurring add-on is priced per that period (a yearly plan: per year). */
	period?: Period;
	/** True while a payment is on its way. */
	disabled?: boolean;
}
