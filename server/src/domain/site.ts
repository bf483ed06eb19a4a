/** A site's usage (API.md): posts per type, disk in MB, users, custom domains, visits this calendar month. */
export interface SiteUsageValues {
	posts: Record< string, number >;
	diskSpace: number;
	users: number;
	customDomains: number;
	visits: number;
}

export interface Site {
	id: number;
	membershipId: number;
	title: string;
	path: string;
	usage: SiteUsageValues;
	createdAt: string;
}
