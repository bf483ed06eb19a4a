import type {
	SiteLimitContext,
	MembershipLimitContext,
} from '../domain/limit-context';
import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';
import type { Limits, MembershipStatus } from '../domain/types';

interface SiteContextRow {
	site_id: number;
	membership_id: number;
	status: MembershipStatus;
	plan_id: number;
	user_id: number;
	posts: string;
	disk_space: number;
	users: number;
	custom_domains: number;
}

/**
 * Usage metering (visits per site and UTC month) and limit overrides, with the lean reads the
 * checks need. Statements are prepared once per repository; nothing is cached across calls, so
 * the next request after a change sees it (RULES L3).
 */
export class UsageRepository {
	private readonly statements: Record< string, Statement >;

	constructor( private readonly db: Db ) {
		const s = ( sql: string ) => db.prepare( sql );
		this.statements = {
			siteContext: s(
				`SELECT s.id AS site_id, s.membership_id, m.status, m.plan_id, c.user_id, s.posts, s.disk_space, s.users, s.custom_domains
				 FROM sites s JOIN memberships m ON m.id = s.membership_id JOIN customers c ON c.id = m.customer_id WHERE s.id = ?`
			),
			membershipContext: s(
				`SELECT m.id AS membership_id, m.status, m.plan_id, c.user_id FROM memberships m JOIN customers c ON c.id = m.customer_id WHERE m.id = ?`
			),
			siteMembership: s(
				'SELECT s.membership_id, m.plan_id FROM sites s JOIN memberships m ON m.id = s.membership_id WHERE s.id = ?'
			),
			anyMembershipOverride: s(
				'SELECT EXISTS ( SELECT 1 FROM membership_limit_overrides ) AS any'
			),
			anySiteOverride: s(
				'SELECT EXISTS ( SELECT 1 FROM site_limit_overrides ) AS any'
			),
			sitesOfMembership: s(
				'SELECT id FROM sites WHERE membership_id = ? ORDER BY id'
			),
			siteCount: s(
				'SELECT COUNT(*) AS n FROM sites WHERE membership_id = ?'
			),
			membershipPlan: s( 'SELECT plan_id FROM memberships WHERE id = ?' ),
			addons: s(
				'SELECT product_id, quantity FROM membership_addons WHERE membership_id = ? ORDER BY rowid'
			),
			productLimits: s( 'SELECT limits FROM products WHERE id = ?' ),
			membershipOverride: s(
				'SELECT limits FROM membership_limit_overrides WHERE membership_id = ?'
			),
			siteOverride: s(
				'SELECT limits FROM site_limit_overrides WHERE site_id = ?'
			),
			siteOverridesOf: s(
				'SELECT o.site_id, o.limits FROM sites s JOIN site_limit_overrides o ON o.site_id = s.id WHERE s.membership_id = ?'
			),
			putMembershipOverride: s(
				'INSERT INTO membership_limit_overrides ( membership_id, limits, updated_at ) VALUES ( ?, ?, ? ) ON CONFLICT ( membership_id ) DO UPDATE SET limits = excluded.limits, updated_at = excluded.updated_at'
			),
			deleteMembershipOverride: s(
				'DELETE FROM membership_limit_overrides WHERE membership_id = ?'
			),
			putSiteOverride: s(
				'INSERT INTO site_limit_overrides ( site_id, limits, updated_at ) VALUES ( ?, ?, ? ) ON CONFLICT ( site_id ) DO UPDATE SET limits = excluded.limits, updated_at = excluded.updated_at'
			),
			deleteSiteOverride: s(
				'DELETE FROM site_limit_overrides WHERE site_id = ?'
			),
			insertVisit: s(
				'INSERT OR IGNORE INTO site_visits ( site_id, month, visitor_hash ) VALUES ( ?, ?, ? )'
			),
			hasVisit: s(
				'SELECT 1 FROM site_visits WHERE site_id = ? AND month = ? AND visitor_hash = ?'
			),
			addVisits: s(
				'INSERT INTO site_visit_counts ( site_id, month, visits ) VALUES ( ?, ?, ? ) ON CONFLICT ( site_id, month ) DO UPDATE SET visits = visits + excluded.visits RETURNING visits'
			),
			visits: s(
				'SELECT visits FROM site_visit_counts WHERE site_id = ? AND month = ?'
			),
		};
	}

	siteContext( siteId: number ): SiteLimitContext | null {
		const row = this.statements.siteContext.get( siteId ) as
			SiteContextRow | undefined;
		if ( ! row ) {
			return null;
		}
		return {
			siteId: row.site_id,
			membershipId: row.membership_id,
			membershipStatus: row.status,
			planId: row.plan_id,
			ownerUserId: row.user_id,
			posts: JSON.parse( row.posts ) as Record< string, number >,
			diskSpace: row.disk_space,
			users: row.users,
			customDomains: row.custom_domains,
		};
	}

	membershipContext( membershipId: number ): MembershipLimitContext | null {
		const row = this.statements.membershipContext.get( membershipId ) as
			| {
					membership_id: number;
					status: MembershipStatus;
					plan_id: number;
					user_id: number;
			  }
			| undefined;
		return row
			? {
					membershipId: row.membership_id,
					membershipStatus: row.status,
					planId: row.plan_id,
					ownerUserId: row.user_id,
				}
			: null;
	}

	/** The membership of a site and its plan, or null when there is no such site. */
	membershipOfSite(
		siteId: number
	): { membershipId: number; planId: number } | null {
		const row = this.statements.siteMembership.get( siteId ) as
			{ membership_id: number; plan_id: number } | undefined;
		return row
			? { membershipId: row.membership_id, planId: row.plan_id }
			: null;
	}

	/** False when no membership has an override at all (a batch may then skip asking for each). */
	anyMembershipOverride(): boolean {
		return (
			( this.statements.anyMembershipOverride.get() as { any: number } )
				.any === 1
		);
	}

	/** False when no site has an override at all. */
	anySiteOverride(): boolean {
		return (
			( this.statements.anySiteOverride.get() as { any: number } ).any ===
			1
		);
	}

	planOf( membershipId: number ): number | null {
		const row = this.statements.membershipPlan.get( membershipId ) as
			{ plan_id: number } | undefined;
		return row ? row.plan_id : null;
	}

	siteIds( membershipId: number ): number[] {
		return (
			this.statements.sitesOfMembership.all( membershipId ) as {
				id: number;
			}[]
		 ).map( ( r ) => r.id );
	}

	siteCount( membershipId: number ): number {
		return (
			this.statements.siteCount.get( membershipId ) as { n: number }
		 ).n;
	}

	addons( membershipId: number ): { productId: number; quantity: number }[] {
		return (
			this.statements.addons.all( membershipId ) as {
				product_id: number;
				quantity: number;
			}[]
		 ).map( ( r ) => ( {
			productId: r.product_id,
			quantity: r.quantity,
		} ) );
	}

	/** A product's limits as stored (a package lists only what it changes); {} for an unknown id. */
	productLimits( productId: number ): Limits {
		const row = this.statements.productLimits.get( productId ) as
			{ limits: string } | undefined;
		return row ? ( JSON.parse( row.limits ) as Limits ) : {};
	}

	membershipOverride( membershipId: number ): Limits | null {
		const row = this.statements.membershipOverride.get( membershipId ) as
			{ limits: string } | undefined;
		return row ? ( JSON.parse( row.limits ) as Limits ) : null;
	}

	siteOverride( siteId: number ): Limits | null {
		const row = this.statements.siteOverride.get( siteId ) as
			{ limits: string } | undefined;
		return row ? ( JSON.parse( row.limits ) as Limits ) : null;
	}

	/** The overrides of a membership's sites in one statement, by site id (sites without one are absent). */
	siteOverridesOf( membershipId: number ): Map< number, Limits > {
		const rows = this.statements.siteOverridesOf.all( membershipId ) as {
			site_id: number;
			limits: string;
		}[];
		return new Map(
			rows.map( ( row ) => [
				row.site_id,
				JSON.parse( row.limits ) as Limits,
			] )
		);
	}

	/** Stores (or, with null, removes) a membership's override. */
	setMembershipOverride(
		membershipId: number,
		limits: Limits | null,
		now: string
	): void {
		if ( limits === null ) {
			this.statements.deleteMembershipOverride.run( membershipId );
		} else {
			this.statements.putMembershipOverride.run(
				membershipId,
				JSON.stringify( limits ),
				now
			);
		}
	}

	/** Stores (or, with null, removes) a site's override. */
	setSiteOverride(
		siteId: number,
		limits: Limits | null,
		now: string
	): void {
		if ( limits === null ) {
			this.statements.deleteSiteOverride.run( siteId );
		} else {
			this.statements.putSiteOverride.run(
				siteId,
				JSON.stringify( limits ),
				now
			);
		}
	}

	/** Records one visit; true when it is the visitor's first this month on this site. Call inside a transaction with addVisits. */
	recordVisit( siteId: number, month: string, visitorHash: Buffer ): boolean {
		return (
			this.statements.insertVisit.run( siteId, month, visitorHash )
				.changes === 1
		);
	}

	/** Adds `count` new unique visits to a site's month counter; returns the month's total. */
	addVisits( siteId: number, month: string, count: number ): number {
		return (
			this.statements.addVisits.get( siteId, month, count ) as {
				visits: number;
			}
		 ).visits;
	}

	hasVisited( siteId: number, month: string, visitorHash: Buffer ): boolean {
		return (
			this.statements.hasVisit.get( siteId, month, visitorHash ) !==
			undefined
		);
	}

	/** Unique visits of a site in a month ('YYYY-MM', UTC). */
	visits( siteId: number, month: string ): number {
		const row = this.statements.visits.get( siteId, month ) as
			{ visits: number } | undefined;
		return row ? row.visits : 0;
	}
}
