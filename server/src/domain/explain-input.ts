import type { ChangeMode } from './change-mode';
import type { WalletSettlement } from './wallet';
import type {
	ChangeTarget,
	ExplanationPart,
	Membership,
	NextCharge,
	Product,
	QuoteLine,
} from './types';

/** Everything an explanation speaks of; amounts in minor units. */
export interface ExplainInput {
	mode: ChangeMode;
	membership: Membership;
	target: ChangeTarget;
	products: Product[];
	lines: QuoteLine[];
	credit: number;
	total: number;
	settlement: WalletSettlement;
	effectiveAt: string;
	nextCharge: NextCharge | null;
	removes: number[];
	now: string;
}

export type Money = ( amount: number ) => ExplanationPart;
export type Parts = ExplanationPart[];
