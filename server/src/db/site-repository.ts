import type { SiteUsageValues, Site } from '../domain/site';
import type { Db } from './connection';
import { readInstant, storeInstant } from './instants';

interface SiteRow {
	id: number;
	membership_id: number;
	title: string;
	path: string;
	posts: string;
	disk_space: number;
	users: number;
	custom_domains: number;
	visits: number;
	created_at: string;
}

function toSite( row: SiteRow ): Site {
	return {
		id: row.id,
		membershipId: row.membership_id,
		title: row.title,
		path: row.path,
		usage: {
			posts: JSON.parse( row.posts ) as Record< string, number >,
			diskSpace: row.disk_space,
			users: row.users,
			customDomains: row.custom_domains,
			visits: row.visits,
		},
		createdAt: readInstant( row.created_at ),
	};
}

export interface SiteQuery {
	membershipId?: number;
	customerId?: number;
	search?: string;
	orderby: 'id' | 'title' | 'path';
	order: 'asc' | 'desc';
	limit: number;
	offset: number;
}

const ORDER_COLUMNS: Record< SiteQuery[ 'orderby' ], string > = {
	id: 's.id',
	title: 's.title COLLATE NOCASE',
	path: 's.path',
};

/** The columns of a site, with `visits` read from the month counters of migration 0003. */
const SITE_COLUMNS =
	's.id, s.membership_id, s.title, s.path, s.posts, s.disk_space, s.users, s.custom_domains, COALESCE( c.visits, 0 ) AS visits, s.created_at';
/** Joins this calendar month's visit counter (first parameter: 'YYYY-MM'). */
const MONTH_COUNTER =
	'LEFT JOIN site_visit_counts c ON c.site_id = s.id AND c.month = ?';

/**
 * Sites of memberships and their usage. `visits` is the unique visits of the current calendar
 * month (UTC, from `currentMonth`), kept by visits ingestion in `site_visit_counts`.
 */
export class SiteRepository {
	constructor(
		private readonly db: Db,
		private readonly currentMonth: () => string
	) {}

	/** Sets this month's visits counter of a site (an admin's figure replaces the count). */
	private setVisits( id: number, visits: number ): void {
		this.db
			.prepare(
				'INSERT INTO site_visit_counts ( site_id, month, visits ) VALUES ( ?, ?, ? ) ON CONFLICT ( site_id, month ) DO UPDATE SET visits = excluded.visits'
			)
			.run( id, this.currentMonth(), visits );
	}

	insert( site: Omit< Site, 'id' > ): Site {
		const info = this.db
			.prepare(
				'INSERT INTO sites ( membership_id, title, path, posts, disk_space, users, custom_domains, visits, created_at, updated_at ) VALUES ( ?, ?, ?, ?, ?, ?, ?, ?, ?, ? )'
			)
			.run(
				site.membershipId,
				site.title,
				site.path,
				JSON.stringify( site.usage.posts ),
				site.usage.diskSpace,
				site.usage.users,
				site.usage.customDomains,
				site.usage.visits,
				storeInstant( site.createdAt ),
				storeInstant( site.createdAt )
			);
		if ( site.usage.visits > 0 ) {
			this.setVisits( Number( info.lastInsertRowid ), site.usage.visits );
		}
		return this.find( Number( info.lastInsertRowid ) ) as Site;
	}

	find( id: number ): Site | null {
		const row = this.db
			.prepare(
				`SELECT ${ SITE_COLUMNS } FROM sites s ${ MONTH_COUNTER } WHERE s.id = ?`
			)
			.get( this.currentMonth(), id ) as SiteRow | undefined;
		return row ? toSite( row ) : null;
	}

	pathTaken( path: string ): boolean {
		return Boolean(
			this.db.prepare( 'SELECT id FROM sites WHERE path = ?' ).get( path )
		);
	}

	forMembership( membershipId: number ): Site[] {
		return (
			this.db
				.prepare(
					`SELECT ${ SITE_COLUMNS } FROM sites s ${ MONTH_COUNTER } WHERE s.membership_id = ? ORDER BY s.id`
				)
				.all( this.currentMonth(), membershipId ) as SiteRow[]
		 ).map( toSite );
	}

	updateUsage( id: number, usage: SiteUsageValues, now: string ): Site {
		this.db
			.prepare(
				'UPDATE sites SET posts = ?, disk_space = ?, users = ?, custom_domains = ?, visits = ?, updated_at = ? WHERE id = ?'
			)
			.run(
				JSON.stringify( usage.posts ),
				usage.diskSpace,
				usage.users,
				usage.customDomains,
				usage.visits,
				storeInstant( now ),
				id
			);
		this.setVisits( id, usage.visits );
		return this.find( id ) as Site;
	}

	list( query: SiteQuery ): { items: Site[]; total: number } {
		const where: string[] = [];
		const args: unknown[] = [];
		if ( query.membershipId !== undefined ) {
			where.push( 's.membership_id = ?' );
			args.push( query.membershipId );
		}
		if ( query.customerId !== undefined ) {
			where.push( 'm.customer_id = ?' );
			args.push( query.customerId );
		}
		if ( query.search ) {
			const like = `%${ query.search.replace( /[\\%_]/g, ( c ) => `\\${ c }` ) }%`;
			where.push(
				"( s.title LIKE ? ESCAPE '\\' OR s.path LIKE ? ESCAPE '\\' )"
			);
			args.push( like, like );
		}
		const from =
			'FROM sites s JOIN memberships m ON m.id = s.membership_id';
		const clause =
			where.length > 0 ? `WHERE ${ where.join( ' AND ' ) }` : '';
		const total = (
			this.db
				.prepare( `SELECT COUNT(*) AS n ${ from } ${ clause }` )
				.get( ...args ) as { n: number }
		 ).n;
		const direction = query.order === 'desc' ? 'DESC' : 'ASC';
		const rows = this.db
			.prepare(
				`SELECT ${ SITE_COLUMNS } ${ from } ${ MONTH_COUNTER } ${ clause } ORDER BY ${ ORDER_COLUMNS[ query.orderby ] } ${ direction }, s.id ${ direction } LIMIT ? OFFSET ?`
			)
			.all(
				this.currentMonth(),
				...args,
				query.limit,
				query.offset
			) as SiteRow[];
		return { items: rows.map( toSite ), total };
	}
}
