import { __, sprintf } from '../i18n';
import { DomainError } from '../domain/errors';
import {
	MAX_VISITS_PER_BATCH,
	type VisitEntry,
} from '../services/record-visits';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
/** How far ahead of the server's clock a reported visit may be (clock skew of the reporting site). */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** Reads the batch, naming each bad entry by index and field (`[3].at`); the first 50 problems. */
export function readVisits( json: unknown, nowMs: number ): VisitEntry[] {
	if ( ! Array.isArray( json ) ) {
		throw new DomainError(
			'invalid',
			'rest_invalid_param',
			sprintf(
				/* translators: %s: field names */ __(
					'Invalid parameter(s): %s',
					'wu-plan-change'
				),
				'body'
			),
			{
				params: {
					body: __(
						'The body must be a JSON array of {site_id, visitor, at}.',
						'wu-plan-change'
					),
				},
			}
		);
	}
	if ( json.length === 0 || json.length > MAX_VISITS_PER_BATCH ) {
		throw new DomainError(
			'invalid',
			'rest_invalid_param',
			sprintf(
				/* translators: %s: field names */ __(
					'Invalid parameter(s): %s',
					'wu-plan-change'
				),
				'body'
			),
			{
				params: {
					body: sprintf(
						/* translators: 1: the largest batch, 2: the batch's size */ __(
							'A batch holds 1 to %1$d visits; this one has %2$d.',
							'wu-plan-change'
						),
						MAX_VISITS_PER_BATCH,
						json.length
					),
				},
			}
		);
	}
	const problems: Record< string, string > = {};
	let count = 0;
	const fail = ( key: string, reason: string ) => {
		if ( count < 50 ) {
			problems[ key ] = reason;
		}
		count++;
	};
	const entries: VisitEntry[] = new Array( json.length );
	for ( let index = 0; index < json.length; index++ ) {
		const item = json[ index ] as Record< string, unknown > | null;
		if (
			typeof item !== 'object' ||
			item === null ||
			Array.isArray( item )
		) {
			fail(
				`[${ index }]`,
				__(
					'Each visit is an object {site_id, visitor, at}.',
					'wu-plan-change'
				)
			);
			continue;
		}
		const { site_id: siteId, visitor, at } = item;
		if (
			typeof siteId !== 'number' ||
			! Number.isSafeInteger( siteId ) ||
			siteId < 1
		) {
			fail(
				`[${ index }].site_id`,
				__( 'site_id must be a positive integer.', 'wu-plan-change' )
			);
		}
		if (
			typeof visitor !== 'string' ||
			visitor.length === 0 ||
			visitor.length > 200
		) {
			fail(
				`[${ index }].visitor`,
				__(
					'visitor must be a string of 1 to 200 characters.',
					'wu-plan-change'
				)
			);
		}
		let instant = typeof at === 'string' ? at : '';
		if ( at === undefined ) {
			instant = new Date( nowMs ).toISOString();
		} else {
			const ms = INSTANT.test( instant ) ? Date.parse( instant ) : NaN;
			// A real calendar instant (Feb 30 is not), not far in the future.
			if (
				Number.isNaN( ms ) ||
				new Date( ms ).toISOString().slice( 0, 19 ) !==
					instant.slice( 0, 19 )
			) {
				fail(
					`[${ index }].at`,
					__(
						'at must be an ISO 8601 UTC instant such as 2026-03-11T10:00:00Z.',
						'wu-plan-change'
					)
				);
			} else if ( ms > nowMs + FUTURE_SLACK_MS ) {
				fail(
					`[${ index }].at`,
					__( 'at must not be in the future.', 'wu-plan-change' )
				);
			}
		}
		entries[ index ] = {
			siteId: siteId as number,
			visitor: visitor as string,
			at: instant,
		};
	}
	if ( count > 0 ) {
		throw new DomainError(
			'invalid',
			'rest_invalid_param',
			sprintf(
				/* translators: 1: number of problems, 2: the first bad field such as "[3].at" */
				__(
					'Invalid parameter(s): %1$d problem(s) in the batch, first %2$s',
					'wu-plan-change'
				),
				count,
				Object.keys( problems )[ 0 ]
			),
			{
				params: problems,
				problems: count,
			}
		);
	}
	return entries;
}
