import type { Db } from './connection';
import {
	listMemberships,
	renewalOfRow,
	type MembershipListItem,
	type RenewalColumns,
	type MembershipQuery,
} from './membership-list-query';
import { readInstant, storeInstant } from './instants';
import {
	hydrateMembership,
	MEMBERSHIP_COLUMNS,
	type MembershipRowWithLists,
} from './membership-rows';
import type { RenewalError, RetryState } from '../domain/renewal-state';
import type {
	AddonQuantity,
	Membership,
	MembershipItem,
	ScheduledChange,
} from '../domain/types';

export type {
	MembershipListItem,
	MembershipQuery,
} from './membership-list-query';

/** Memberships with their add-ons, items, scheduled change and renewal retries. */
export class MembershipRepository {
	constructor( private readonly db: Db ) {}

	find( id: number ): Membership | null {
		const row = this.db
			.prepare(
				`SELECT ${ MEMBERSHIP_COLUMNS } FROM memberships m WHERE m.id = ?`
			)
			.get( id ) as MembershipRowWithLists | undefined;
		return row ? hydrateMembership( row ) : null;
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
			( row: MembershipRowWithLists ) => hydrateMembership( row )
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
				trial_end_at = ?, auto_renew = ?, cancel_at = ?, cancelled_at = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?`
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
				storeInstant( membership.cancelAt ),
				storeInstant( membership.cancelledAt ),
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

	/** Records who asked for a cancellation at the period end and when (RULES X1); nulls when undone. */
	setCancelRequest(
		id: number,
		request: { userId: number; at: string } | null
	): void {
		this.db
			.prepare(
				'UPDATE memberships SET cancel_requested_by = ?, cancel_requested_at = ? WHERE id = ?'
			)
			.run(
				request?.userId ?? null,
				request ? storeInstant( request.at ) : null,
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
