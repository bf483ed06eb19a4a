import type { Locale } from '../i18n';
import type { BillingDeps } from './billing-deps';

/** A user's own language, or null when they follow the network's. */
export function getUserLocale(
	deps: Pick< BillingDeps, 'users' >,
	userId: number
): Locale | null {
	return deps.users.localeOf( userId );
}
