import { __, sprintf } from '../../i18n';
import { z } from 'zod';
import type { MembershipStatus } from '../../domain/types';
import { toInstant } from '../../domain/instant';
import { normalizeInstant } from '../../services/clock';
import { fieldLabel } from '../field-labels';
import { flag, integer, oneOf } from '../schema';
import { addonsField } from './addons';
import { crossCheck, type CrossProblem } from './fields';
import { instantField } from './instant';
import { periodFields, periodProblems } from './period';

export const STATUSES = [
	'pending',
	'trialing',
	'active',
	'on-hold',
	'expired',
	'cancelled',
] as const satisfies readonly MembershipStatus[];

/** An instant of a new membership (`period_start`, `trial_end`), in the domain's form. */
function startInstant( field: string ) {
	return instantField(
		() =>
			sprintf(
				/* translators: %s: field name */ __(
					'%s must be an ISO 8601 instant with a zone, e.g. 2026-03-01T00:00:00Z.',
					'wu-plan-change'
				),
				fieldLabel( field )
			),
		( value ) => toInstant( Date.parse( normalizeInstant( value ) ) )
	);
}

/** `POST /memberships`: the admin opens a membership for a customer. */
export const newMembershipArgs = crossCheck(
	z.object( {
		customer_id: integer( { required: true, min: 1 } ),
		plan_id: integer( { required: true, min: 1 } ),
		...periodFields,
		addons: addonsField(),
		status: oneOf( [ 'active', 'trialing' ] as const ),
		period_start: startInstant( 'period_start' ),
		trial_end: startInstant( 'trial_end' ),
		auto_renew: flag(),
	} ),
	( fields ) => [
		...periodProblems( fields ),
		...( fields.trial_end !== undefined &&
		( fields.status ?? 'active' ) !== 'trialing'
			? [
					[
						'trial_end',
						__(
							'A trial end is only for a membership that starts with a trial (status Trialing).',
							'wu-plan-change'
						),
					] satisfies CrossProblem,
				]
			: [] ),
	]
);

/** `PUT /memberships/{id}`: the admin's repair (status, period end, auto-renew; at least one). */
export const repairArgs = crossCheck(
	z.object( {
		status: oneOf( STATUSES ),
		period_end: instantField( () =>
			__(
				'The period end must be a date and time with a zone in the years 1000–9999, e.g. 2026-05-01T00:00:00Z.',
				'wu-plan-change'
			)
		),
		auto_renew: flag(),
	} ),
	( fields ) =>
		fields.status === undefined &&
		fields.period_end === undefined &&
		fields.auto_renew === undefined
			? [
					[
						'status',
						__(
							'Change at least one of Status, Period end and Auto-renew.',
							'wu-plan-change'
						),
					],
				]
			: []
);

/** `GET /memberships/{id}/options`: the offer for a period and, optionally, one plan. */
export const optionsArgs = crossCheck(
	z.object( { ...periodFields, plan_id: integer( { min: 1 } ) } ),
	periodProblems
);
