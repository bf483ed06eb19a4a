import { __, sprintf } from '../i18n';
import { DomainError } from '../domain/errors';
import { RequestLimits } from './request-limits';
import { monthOf, visitorHash, type UsageDeps } from './usage-deps';

/** One reported visit: a site, an opaque visitor id (cookie, hashed IP + agent…) and when. */
export interface VisitEntry {
	siteId: number;
	visitor: string;
	/** ISO 8601 UTC in the canonical form YYYY-MM-DDTHH:MM:SS[.sss]Z. */
	at: string;
}

/** A site that has reached its visits limit this month: a new visitor is refused (serve_visit). */
export interface VisitsOverLimit {
	site_id: number;
	visits: number;
	limit: number;
}

export interface RecordedVisits {
	/** Visits that were a visitor's first of the month on the site. */
	recorded: number;
	/** Visits of a visitor already counted that month (also within the batch). */
	duplicates: number;
	overLimit: VisitsOverLimit[];
}

/** The largest batch accepted in one request. */
export const MAX_VISITS_PER_BATCH = 10_000;

/**
 * Records a batch of visits in ONE transaction (all or nothing): each visitor counts once per
 * site per calendar month (UTC); the month counters move in step. Visits are measurement and are
 * never refused; the answer lists the batch's sites whose visits this month have reached their
 * limit (usage ≥ limit), read after the batch with the limits in force now (RULES L3).
 */
export function recordVisits(
	deps: UsageDeps,
	entries: VisitEntry[]
): RecordedVisits {
	const currentMonth = monthOf( deps.clock.now() );
	return deps.db.transaction( (): RecordedVisits => {
		const sites = new Map<
			number,
			{ membershipId: number; planId: number; visits: number | null }
		>();
		const unknown: Record< string, string > = {};
		entries.forEach( ( entry, index ) => {
			if ( ! sites.has( entry.siteId ) ) {
				const owner = deps.usage.membershipOfSite( entry.siteId );
				if ( owner === null ) {
					unknown[ `[${ index }].site_id` ] ??= sprintf(
						/* translators: %d: a site id */
						__( 'No site with id %d.', 'wu-plan-change' ),
						entry.siteId
					);
				} else {
					sites.set( entry.siteId, { ...owner, visits: null } );
				}
			}
		} );
		if ( Object.keys( unknown ).length > 0 ) {
			throw new DomainError(
				'invalid',
				'rest_invalid_param',
				sprintf(
					/* translators: %s: list of fields */
					__( 'Invalid parameter(s): %s', 'wu-plan-change' ),
					Object.keys( unknown ).slice( 0, 20 ).join( ', ' )
				),
				{ params: unknown }
			);
		}
		const added = new Map<
			string,
			{ siteId: number; month: string; count: number }
		>();
		let recorded = 0;
		for ( const entry of entries ) {
			// NOTE: `at` is canonical YYYY-MM-DDTHH:MM:SS[.sss]Z (checked by the route), so its month is its first 7 characters.
			const month = entry.at.slice( 0, 7 );
			if (
				deps.usage.recordVisit(
					entry.siteId,
					month,
					visitorHash( entry.visitor )
				)
			) {
				recorded++;
				const key = `${ entry.siteId }|${ month }`;
				const slot = added.get( key );
				if ( slot ) {
					slot.count++;
				} else {
					added.set( key, { siteId: entry.siteId, month, count: 1 } );
				}
			}
		}
		for ( const { siteId, month, count } of added.values() ) {
			const total = deps.usage.addVisits( siteId, month, count );
			if ( month === currentMonth ) {
				( sites.get( siteId ) as { visits: number | null } ).visits =
					total;
			}
		}
		return {
			recorded,
			duplicates: entries.length - recorded,
			overLimit: visitsOverLimit( deps, sites, currentMonth ),
		};
	} )();
}

function visitsOverLimit(
	deps: UsageDeps,
	sites: Map<
		number,
		{ membershipId: number; planId: number; visits: number | null }
	>,
	month: string
): VisitsOverLimit[] {
	const limits = new RequestLimits( deps );
	const over: VisitsOverLimit[] = [];
	for ( const [ siteId, site ] of sites ) {
		const limit = limits.site(
			siteId,
			limits.membership( site.membershipId, site.planId )
		).visits;
		if ( limit !== 'unlimited' ) {
			const visits = site.visits ?? deps.usage.visits( siteId, month );
			if ( visits >= limit ) {
				over.push( { site_id: siteId, visits, limit } );
			}
		}
	}
	return over.sort( ( a, b ) => a.site_id - b.site_id );
}
