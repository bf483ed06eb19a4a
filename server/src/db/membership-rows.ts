import { readInstant } from './instants';
import type {
	DurationUnit,
	Membership,
	MembershipStatus,
	ScheduledChange,
} from '../domain/types';

/* The membership rows as stored, and their reading into the domain's Membership. */

export interface MembershipRow {
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
	cancel_at: string | null;
	cancelled_at: string | null;
	created_at: string;
	updated_at: string;
}

/** A membership row with its add-ons `[product, quantity]` and items as JSON arrays. */
export interface MembershipRowWithLists extends MembershipRow {
	addons_json: string;
	items_json: string;
}

/**
 * A membership with its add-ons and items in ONE statement (alias `m`): a quote reads a random
 * membership per request, and one statement costs half of three (docs/benchmarks.md).
 * Items are `[product, quantity, value, covered days, recurring]`.
 */
export const MEMBERSHIP_COLUMNS = `m.*,
	( SELECT json_group_array( json_array( product_id, quantity ) )
		FROM ( SELECT product_id, quantity FROM membership_addons WHERE membership_id = m.id ORDER BY rowid ) ) AS addons_json,
	( SELECT json_group_array( json_array( product_id, quantity, value_amount, covered_days, recurring ) )
		FROM ( SELECT product_id, quantity, value_amount, covered_days, recurring FROM membership_items WHERE membership_id = m.id ORDER BY position ) ) AS items_json`;

export interface StoredAddon {
	product_id: number;
	quantity: number;
}

export function scheduledOf( row: MembershipRow ): ScheduledChange | null {
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

/** A membership row with its add-ons and items (JSON arrays) as the domain's Membership. */
export function hydrateMembership( row: MembershipRowWithLists ): Membership {
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
		cancelAt: readInstant( row.cancel_at ),
		cancelledAt: readInstant( row.cancelled_at ),
		version: row.version,
		items: items.map(
			( [ productId, quantity, value, coveredDays, recurring ] ) => ( {
				productId,
				quantity,
				value,
				coveredDays,
				recurring: recurring === 1,
			} )
		),
	};
}
