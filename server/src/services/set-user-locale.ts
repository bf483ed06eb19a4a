import type { Locale } from '../i18n';
import type { BillingDeps } from './billing-deps';

/** Sets a user's own language, or null to follow the network's. */
export function setUserLocale(
	deps: Pick< BillingDeps, 'users' >,
	userId: number,
	locale: Locale | null
): void {
	deps.users.setLocale( userId, locale );
}
