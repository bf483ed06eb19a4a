import { DAY_MS, parseInstant, toInstant } from './instant';

/** Days after the first failed renewal charge at which it is retried (RULES R2). */
export const RETRY_DAYS = [ 1, 3, 5 ];

/** When to retry a failed renewal: `firstFailedAt` (ISO UTC) + 1, 3 or 5 days for failure number `attempt` (1-based); null after the third retry fails (the membership expires). */
export function nextRetryAt(
	firstFailedAt: string,
	attempt: number
): string | null {
	const days = RETRY_DAYS[ attempt - 1 ];
	return days === undefined
		? null
		: toInstant( parseInstant( firstFailedAt ) + days * DAY_MS );
}
