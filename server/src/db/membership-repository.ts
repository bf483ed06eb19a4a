import type { Db } from './connection';
import {
	listMemberships,
	renewalOfRow,
	type MembershipListItem,
	type RenewalColumns,
	type MembershipQuery,
} from './membership-list-query';
import { readInstant, storeInstant } from './instants';
import type { RenewalError, RetryState } from '../domain/renewal-state';
import type {
	AddonQuantity,
	DurationUnit,
	Membership,
	MembershipItem,
	MembershipStatus,
	ScheduledChange,
} from '../domain/types';

export type {
	MembershipListItem,
	MembershipQuery,
} from './membership-list-query';

interface MembershipRow {
	id: number;
	customer_id: number;
	status: MembershipStatus;
	plan_id: number;
	duration: number;
	duration_unit: DurationUnit;
	currency: string;
	period_start_at: string;
	period_end_at: string | null;
	anchor_day: number;
	trial_end_at: string | null;
	auto_renew: number;
	scheduled_effective_at: string | null;
	scheduled_plan_id: number | null;
	scheduled_duration: number | null;
	scheduled_duration_unit: DurationUnit | null;
	scheduled_addons: string | null;
	version: number;
	renewal_failed_at: string | null;
	renewal_attempts: number;
	next_retry_at: string | null;
	renewal_error_at: string | null;
	renewal_error_message: string | null;
	created_at: string;
	updated_at: string;
}

/** A membership row with its add-ons `[product, quantity]` and items as JSON arrays. */
interface MembershipRowWithLists extends MembershipRow {
	addons_json: string;
	items_json: string;
}

/**
 * A membership with its add-ons and items in ONE statement (alias `m`): a quote reads a random
 * membership per request, and one statement costs half of three (docs/benchmarks.md).
 * Items are `[product, quantity, value, covered days, recurring]`.
 */
const MEMBERSHIP_COLUMNS = `m.*,
	( SELECT json_group_array( json_array( product_id, quantity ) )
		FROM ( SELECT product_id, quantity FROM membership_addons WHERE membership_id = m.id ORDER BY rowid ) ) AS addons_json,
	( SELECT json_group_array( json_array( product_id, quantity, value_amount, covered_days, recurring ) )
		FROM ( SELECT product_id, quantity, value_amount, covered_days, recurring FROM membership_items WHERE membership_id = m.id ORDER BY position ) ) AS items_json`;

interface StoredAddon {
	product_id: number;
	quantity: number;
}

function scheduledOf( row: MembershipRow ): ScheduledChange | null {
	if (
		row.scheduled_effective_at === null ||
		row.scheduled_plan_id === null
	) {
		return null;
	}
	return {
		effectiveAt: readInstant( row.scheduled_effective_at ),
		planId: row.scheduled_plan_id,
		duration: row.scheduled_duration ?? 1,
		durationUnit: row.scheduled_duration_unit ?? 'month',
		addons: (
			JSON.parse( row.scheduled_addons ?? '[]' ) as StoredAddon[]
		 ).map( ( a ) => ( {
			productId: a.product_id,
			quantity: a.quantity,
		} ) ),
	};
}

/** Memberships with their add-ons, items, scheduled change and renewal retries. */
export class MembershipRepository {
	constructor( private readonly db: Db ) {}

	private hydrate( row: MembershipRowWithLists ): Membership {
		const addons = JSON.parse( row.addons_json ) as [ number, number ][];
		const items = JSON.parse( row.items_json ) as [
			number,
			number,
			number,
			number,
			number,
		][];
		return {
			id: row.id,
			customerId: row.customer_id,
			status: row.status,
			planId: row.plan_id,
			duration: row.duration,
			durationUnit: row.duration_unit,
			addons: addons.map( ( [ productId, quantity ] ) => ( {
				productId,
				quantity,
			} ) ),
			currency: row.currency,
			periodStart: readInstant( row.period_start_at ),
			periodEnd: readInstant( row.period_end_at ),
			anchorDay: row.anchor_day,
			trialEnd: readInstant( row.trial_end_at ),
			autoRenew: row.auto_renew === 1,
			scheduledChange: scheduledOf( row ),
			version: row.version,
			items: items.map(
				( [
					productId,
					quantity,
					value,
					coveredDays,
					recurring,
				] ) => ( {
					productId,
					quantity,
					value,
					coveredDays,
					recurring: recurring === 1,
				} )
			),
		};
	}

	find( id: number ): Membership | null {
		const row = this.db
			.prepare(
				`SELECT ${ MEMBERSHIP_COLUMNS } FROM memberships m WHERE m.id = ?`
			)
			.get( id ) as MembershipRowWithLists | undefined;
		return row ? this.hydrate( row ) : null;
	}

	/** A page of memberships with their customer and plan names, and the total (membership-list-query.ts). */
	list( query: MembershipQuery ): {
		items: MembershipListItem[];
		total: number;
	} {
		return listMemberships(
			this.db,
			query,
			MEMBERSHIP_COLUMNS,
			( row: MembershipRowWithLists ) => this.hydrate( row )
		);
	}

	/** Stores a new membership (its `id` and `version` are ignored: version starts at 1). */
	insert( membership: Membership, now: string ): Membership {
		const info = this.db
			.prepare(
				`INSERT INTO memberships ( customer_id, status, plan_id, duration, duration_unit, currency, period_start_at, period_end_at, anchor_day,
				trial_end_at, auto_renew, version, created_at, updated_at ) VALUES ( ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ? )`
			)
			.run(
				membership.customerId,
				membership.status,
				membership.planId,
				membership.duration,
				membership.durationUnit,
				membership.currency,
				storeInstant( membership.periodStart ),
				storeInstant( membership.periodEnd ),
				membership.anchorDay,
				storeInstant( membership.trialEnd ),
				membership.autoRenew ? 1 : 0,
				storeInstant( now ),
				storeInstant( now )
			);
		const id = Number( info.lastInsertRowid );
		this.writeChildren( id, membership.addons, membership.items );
		this.writeScheduled( id, membership.scheduledChange );
		return this.find( id ) as Membership;
	}

	/**
	 * Stores `membership` if its stored version is still `expectedVersion` (optimistic lock);
	 * the stored version becomes `membership.version`. Returns false when someone else won.
	 */
	save(
		membership: Membership,
		expectedVersion: number,
		now: string
	): boolean {
		const info = this.db
			.prepare(
				`UPDATE memberships SET status = ?, plan_id = ?, duration = ?, duration_unit = ?, period_start_at = ?, period_end_at = ?, anchor_day = ?,
				trial_end_at = ?, auto_renew = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?`
			)
			.run(
				membership.status,
				membership.planId,
				membership.duration,
				membership.durationUnit,
				storeInstant( membership.periodStart ),
				storeInstant( membership.periodEnd ),
				membership.anchorDay,
				storeInstant( membership.trialEnd ),
				membership.autoRenew ? 1 : 0,
				membership.version,
				storeInstant( now ),
				membership.id,
				expectedVersion
			);
		if ( info.changes === 0 ) {
			return false;
		}
		this.db
			.prepare( 'DELETE FROM membership_addons WHERE membership_id = ?' )
			.run( membership.id );
		this.db
			.prepare( 'DELETE FROM membership_items WHERE membership_id = ?' )
			.run( membership.id );
		this.writeChildren(
			membership.id,
			membership.addons,
			membership.items
		);
		this.writeScheduled( membership.id, membership.scheduledChange );
		return true;
	}

	private writeChildren(
		id: number,
		addons: AddonQuantity[],
		items: MembershipItem[]
	): void {
		const addonInsert = this.db.prepare(
			'INSERT INTO membership_addons ( membership_id, product_id, quantity ) VALUES ( ?, ?, ? )'
		);
		for ( const addon of addons ) {
			addonInsert.run( id, addon.productId, addon.quantity );
		}
		const itemInsert = this.db.prepare(
			'INSERT INTO membership_items ( membership_id, position, product_id, quantity, value_amount, covered_days, recurring ) VALUES ( ?, ?, ?, ?, ?, ?, ? )'
		);
		items.forEach( ( item, position ) =>
			itemInsert.run(
				id,
				position,
				item.productId,
				item.quantity,
				item.value,
				item.coveredDays,
				item.recurring ? 1 : 0
			)
		);
	}

	private writeScheduled( id: number, change: ScheduledChange | null ): void {
		this.db
			.prepare(
				'UPDATE memberships SET scheduled_effective_at = ?, scheduled_plan_id = ?, scheduled_duration = ?, scheduled_duration_unit = ?, scheduled_addons = ? WHERE id = ?'
			)
			.run(
				change ? storeInstant( change.effectiveAt ) : null,
				change?.planId ?? null,
				change?.duration ?? null,
				change?.durationUnit ?? null,
				change
					? JSON.stringify(
							change.addons.map( ( a ) => ( {
								product_id: a.productId,
								quantity: a.quantity,
							} ) )
						)
					: null,
				id
			);
	}

	retryState( id: number ): RetryState | null {
		return this.renewalState( id ).retry;
	}

	setRetryState( id: number, state: RetryState | null ): void {
		this.db
			.prepare(
				'UPDATE memberships SET renewal_failed_at = ?, renewal_attempts = ?, next_retry_at = ? WHERE id = ?'
			)
			.run(
				state ? storeInstant( state.failedAt ) : null,
				state?.attempts ?? 0,
				state ? storeInstant( state.nextRetryAt ) : null,
				id
			);
	}

	/** The retry bookkeeping and the renewal error of a membership, in one read (for its wire resource). */
	renewalState( id: number ): {
		retry: RetryState | null;
		error: RenewalError | null;
	} {
		const row = this.db
			.prepare(
				'SELECT renewal_failed_at, renewal_attempts, next_retry_at, renewal_error_at, renewal_error_message FROM memberships WHERE id = ?'
			)
			.get( id ) as RenewalColumns | undefined;
		return row ? renewalOfRow( row ) : { retry: null, error: null };
	}

	/** Records (or with null clears) why a membership's renewal could not be processed (RULES R5). */
	setRenewalError( id: number, error: RenewalError | null ): void {
		this.db
			.prepare(
				'UPDATE memberships SET renewal_error_at = ?, renewal_error_message = ? WHERE id = ?'
			)
			.run(
				error ? storeInstant( error.at ) : null,
				error ? error.message.slice( 0, 1000 ) : null,
				id
			);
	}

	/**
	 * The earliest renewal event due at or before `now`: a period end of an active or trialing
	 * membership, or a retry of an on-hold one; a membership with an unresolved renewal error is
	 * skipped until repaired (RULES R5). Ties go to the lower id. Comparing instants as text is
	 * exact because every stored one is fixed-width in the years 1000–9999 (migration 0004).
	 */
	nextDue( now: string ): { id: number; at: string } | null {
		const row = this.db
			.prepare(
				`SELECT id, at FROM (
					SELECT id, period_end_at AS at FROM memberships WHERE status IN ( 'active', 'trialing' ) AND period_end_at IS NOT NULL AND period_end_at <= ? AND renewal_error_at IS NULL
					UNION ALL
					SELECT id, next_retry_at AS at FROM memberships WHERE status = 'on-hold' AND next_retry_at IS NOT NULL AND next_retry_at <= ? AND renewal_error_at IS NULL
				) ORDER BY at, id LIMIT 1`
			)
			.get( storeInstant( now ), storeInstant( now ) ) as
			{ id: number; at: string } | undefined;
		return row ? { id: row.id, at: readInstant( row.at ) } : null;
	}

	count(): number {
		return (
			this.db
				.prepare( 'SELECT COUNT(*) AS n FROM memberships' )
				.get() as { n: number }
		 ).n;
	}
}
