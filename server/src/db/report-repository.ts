import type { Db } from './connection';
import { storeInstant } from './instants';
import type { MembershipStatus } from '../domain/types';
import type { EventType } from '../domain/event';
import type { Bucket } from '../domain/report-buckets';

/** What reports keep of a membership at an instant: its plan, status and MRR (minor units). */
export interface ReportState {
	planId: number;
	status: MembershipStatus;
	mrr: number;
}

/** Memberships in one status on one plan at an instant, and their MRR (minor units). */
export interface StateCount {
	status: MembershipStatus;
	planId: number;
	count: number;
	mrr: number;
}

interface StateRow {
	plan_id: number;
	status: MembershipStatus;
	mrr_delta: number;
}

/**
 * The figures of the reports (RULES B1): membership states over time in `mrr_changes` (a row
 * adds a state, another takes the previous one back, so any instant is one indexed aggregate),
 * and sums over the events, payments and payment lines by instant.
 */
export class ReportRepository {
	constructor( private readonly db: Db ) {}

	/** The state last recorded for a membership, or null before its first. */
	latestState( membershipId: number ): ReportState | null {
		const row = this.db
			.prepare(
				'SELECT plan_id, status, mrr_delta FROM mrr_changes WHERE membership_id = ? AND count_delta = 1 ORDER BY id DESC LIMIT 1'
			)
			.get( membershipId ) as StateRow | undefined;
		return row
			? { planId: row.plan_id, status: row.status, mrr: row.mrr_delta }
			: null;
	}

	/** Records that the membership is in `state` from `at` on (nothing when it already was). */
	recordState( membershipId: number, at: string, state: ReportState ): void {
		const previous = this.latestState( membershipId );
		if (
			previous &&
			previous.planId === state.planId &&
			previous.status === state.status &&
			previous.mrr === state.mrr
		) {
			return;
		}
		const stored = storeInstant( at );
		if ( previous ) {
			this.addDelta( membershipId, stored, previous, -1 );
		}
		this.addDelta( membershipId, stored, state, 1 );
	}

	/** One row of `mrr_changes` and its day's sum in `mrr_days` (a state added, +1, or taken back, −1). */
	private addDelta(
		membershipId: number,
		stored: string,
		state: ReportState,
		sign: 1 | -1
	): void {
		this.db
			.prepare(
				'INSERT INTO mrr_changes ( membership_id, at, plan_id, status, count_delta, mrr_delta ) VALUES ( ?, ?, ?, ?, ?, ? )'
			)
			.run(
				membershipId,
				stored,
				state.planId,
				state.status,
				sign,
				sign * state.mrr
			);
		this.db
			.prepare(
				`INSERT INTO mrr_days ( day, status, plan_id, count_delta, mrr_delta ) VALUES ( ?, ?, ?, ?, ? )
				ON CONFLICT ( day, status, plan_id ) DO UPDATE SET count_delta = count_delta + excluded.count_delta, mrr_delta = mrr_delta + excluded.mrr_delta`
			)
			.run(
				stored.slice( 0, 10 ),
				state.status,
				state.planId,
				sign,
				sign * state.mrr
			);
	}

	/** Ids of memberships with no recorded state (created before reports kept history), oldest first. */
	membershipsWithoutHistory(): { id: number; createdAt: string }[] {
		return (
			this.db
				.prepare(
					'SELECT id, created_at FROM memberships m WHERE NOT EXISTS ( SELECT 1 FROM mrr_changes c WHERE c.membership_id = m.id ) ORDER BY id'
				)
				.all() as { id: number; created_at: string }[]
		 ).map( ( row ) => ( { id: row.id, createdAt: row.created_at } ) );
	}

	/**
	 * Memberships by status and plan, with their MRR, at instant `at` (changes at `at` included):
	 * the days before `at`'s day from `mrr_days`, that day's changes up to `at` from `mrr_changes`.
	 */
	statesAt( at: string ): StateCount[] {
		const stored = storeInstant( at );
		const day = stored.slice( 0, 10 );
		return (
			this.db
				.prepare(
					`SELECT status, plan_id, SUM( count_delta ) AS count, SUM( mrr_delta ) AS mrr FROM (
						SELECT status, plan_id, count_delta, mrr_delta FROM mrr_days WHERE day < ?
						UNION ALL
						SELECT status, plan_id, count_delta, mrr_delta FROM mrr_changes WHERE at >= ? AND at <= ?
					) GROUP BY status, plan_id`
				)
				.all( day, `${ day }T00:00:00.000Z`, stored ) as {
				status: MembershipStatus;
				plan_id: number;
				count: number;
				mrr: number;
			}[]
		 )
			.filter( ( row ) => row.count !== 0 || row.mrr !== 0 )
			.map( ( row ) => ( {
				status: row.status,
				planId: row.plan_id,
				count: row.count,
				mrr: row.mrr,
			} ) );
	}

	/**
	 * The MRR at each instant (ascending), minor units: the days before each instant's day
	 * (summed once, day by day, from `mrr_days`) plus its own day's changes up to it.
	 */
	mrrAt( instants: string[] ): number[] {
		const days = this.db.prepare(
			'SELECT COALESCE( SUM( mrr_delta ), 0 ) AS v FROM mrr_days WHERE day >= ? AND day < ?'
		);
		const sameDay = this.db.prepare(
			'SELECT COALESCE( SUM( mrr_delta ), 0 ) AS v FROM mrr_changes WHERE at >= ? AND at <= ?'
		);
		let before = 0;
		let previousDay = '';
		return instants.map( ( instant ) => {
			const stored = storeInstant( instant );
			const day = stored.slice( 0, 10 );
			before += ( days.get( previousDay, day ) as { v: number } ).v;
			previousDay = day;
			return (
				before +
				(
					sameDay.get( `${ day }T00:00:00.000Z`, stored ) as {
						v: number;
					}
				 ).v
			);
		} );
	}

	/** Events of `type` in each bucket, by their instant. */
	countEvents( type: EventType, buckets: Bucket[] ): number[] {
		// NOTE: events keep the clock's form of an instant (no ".000"), so bounds are compared in it.
		const count = this.db.prepare(
			'SELECT COUNT(*) AS v FROM events WHERE type = ? AND created_at >= ? AND created_at < ?'
		);
		return buckets.map(
			( b ) => ( count.get( type, b.start, b.end ) as { v: number } ).v
		);
	}

	/** What completed payments took in each bucket (by completion: only a completion sets `completed_at`), minor units. */
	paymentsTotal( buckets: Bucket[] ): number[] {
		const sum = this.db.prepare(
			'SELECT COALESCE( SUM( total_amount ), 0 ) AS v FROM payments WHERE completed_at >= ? AND completed_at < ?'
		);
		return buckets.map(
			( b ) =>
				(
					sum.get(
						storeInstant( b.start ),
						storeInstant( b.end )
					) as {
						v: number;
					}
				 ).v
		);
	}

	/** Money given back in each bucket (by refund instant, RULES X3), minor units. */
	refundsTotal( buckets: Bucket[] ): number[] {
		const sum = this.db.prepare(
			'SELECT COALESCE( SUM( amount ), 0 ) AS v FROM refunds WHERE created_at >= ? AND created_at < ?'
		);
		return buckets.map(
			( b ) =>
				(
					sum.get(
						storeInstant( b.start ),
						storeInstant( b.end )
					) as {
						v: number;
					}
				 ).v
		);
	}

	/** Proration credit given by completed payments in each bucket (by completion), minor units ≥ 0. */
	prorationCredit( buckets: Bucket[] ): number[] {
		const sum = this.db.prepare(
			`SELECT COALESCE( SUM( -l.amount ), 0 ) AS v FROM payment_lines l JOIN payments p ON p.id = l.payment_id
			WHERE l.kind = 'proration_credit' AND p.completed_at >= ? AND p.completed_at < ?`
		);
		return buckets.map(
			( b ) =>
				(
					sum.get(
						storeInstant( b.start ),
						storeInstant( b.end )
					) as {
						v: number;
					}
				 ).v
		);
	}
}
