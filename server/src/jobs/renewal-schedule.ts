import { withLocale, type Locale } from '../i18n';
import type { BillingDeps } from '../services/billing-deps';
import { runDueRenewals } from '../services/run-due-renewals';

/** How often the period-end job looks for due renewals and scheduled changes. */
const EVERY_MS = 60_000;

/**
 * Runs the period-end job (RULES R1–R5) now and then every minute with real time, in the
 * network's language for customers who chose none. A renewal that could not be processed is
 * recorded on its membership (R5) and logged; the job itself never stops the server.
 * Returns the function that stops it.
 */
export function scheduleRenewals(
	deps: BillingDeps,
	locale: Locale,
	log: ( message: string ) => void
): () => void {
	const renew = () => {
		try {
			const outcomes = withLocale( locale, () =>
				runDueRenewals( deps, deps.clock.now() )
			);
			for ( const failed of outcomes.filter(
				( outcome ) => outcome.result === 'error'
			) ) {
				log(
					`renewal of membership ${ failed.membershipId } at ${ failed.at } could not be processed: ${ failed.message ?? '' }`
				);
			}
		} catch ( error ) {
			log(
				`renewals failed: ${ error instanceof Error ? error.stack : String( error ) }`
			);
		}
	};
	const timer = setInterval( renew, EVERY_MS );
	renew();
	return () => clearInterval( timer );
}
