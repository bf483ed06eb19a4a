import type { MembershipStatus } from './types';

/** What a limit check needs to know about a site: its membership, owner and measured usage (not visits). */
export interface SiteLimitContext {
	siteId: number;
	membershipId: number;
	membershipStatus: MembershipStatus;
	planId: number;
	/** The user who owns the site through membership → customer. */
	ownerUserId: number;
	posts: Record< string, number >;
	/** Megabytes. */
	diskSpace: number;
	users: number;
	customDomains: number;
}

/** What a limit check needs to know about a membership. */
export interface MembershipLimitContext {
	membershipId: number;
	membershipStatus: MembershipStatus;
	planId: number;
	ownerUserId: number;
}
