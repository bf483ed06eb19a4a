import { __, sprintf } from '../i18n';
import { invalidParams } from '../domain/errors';
import { parseInstant, toInstant } from '../domain/instant';
import { runDueRenewals, type RenewalOutcome } from './run-due-renewals';
import { withActor } from './acting-user';
import { recordAudit } from './audit';
import type { BillingDeps } from './billing-deps';
import type { TestClock } from './clock';

/**
 * Moves the test clock forward to `instant` and runs what falls due in order (API.md /clock,
 * RULES R4); going backwards is refused (rest_invalid_param), staying put just runs what is due.
 */
export function setClock(
	deps: BillingDeps,
	clock: TestClock,
	instant: string
): { now: string; renewals: RenewalOutcome[] } {
	const target = parseInstant( instant );
	const current = parseInstant( clock.now() );
	if ( target < current ) {
		throw invalidParams( {
			now: sprintf(
				/* translators: %s: the test clock's current instant (ISO 8601 UTC) */ __(
					'The test clock only moves forward; it is now %s.',
					'wu-plan-change'
				),
				toInstant( current )
			),
		} );
	}
	const before = clock.now();
	clock.set( toInstant( target ) );
	recordAudit( deps, {
		action: 'settings.clock_moved',
		objectType: 'settings',
		objectId: 0,
		before: { now: before },
		after: { now: toInstant( target ) },
	} );
	// What falls due is the system's doing, whoever moved the clock.
	const renewals = withActor( null, () =>
		runDueRenewals( deps, toInstant( target ) )
	);
	return { now: toInstant( target ), renewals };
}
