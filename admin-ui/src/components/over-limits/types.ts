import type { OverLimit } from '../../api/types';

/** Props of {@link OverLimits}. */
export interface OverLimitsProps {
	/** The exceeded limits (`over_limits` of a quote, or `data.limits` of `wu_over_limit`). */
	limits: OverLimit[];
	/** When the new limits take effect (ISO 8601 UTC), for a scheduled change; absent for one that applies now. */
	effectiveAt?: string;
	/** Who reads it: the customer ("you use") or the network admin ("the customer uses"). */
	audience?: 'customer' | 'admin';
	/** The sentence before the list, replacing the checkout's ("You can still schedule this change; by …, remove:"). */
	intro?: string;
	/** A site's name by id; "Site #3" when left out. */
	siteName?: ( id: number ) => string | undefined;
}
