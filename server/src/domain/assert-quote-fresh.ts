import { __ } from '../i18n';
import { DomainError } from './errors';
import { parseInstant } from './instant';
import type { Membership, Quote } from './types';

/** Throws wu_quote_stale (409) unless the quote belongs to this membership at its current version and `now` is within [createdAt, expiresAt) (RULES Q2). */
export function assertQuoteFresh(
	membership: Membership,
	quote: Quote,
	now: string
): void {
	const at = parseInstant( now );
	const fresh =
		quote.membershipId === membership.id &&
		quote.membershipVersion === membership.version &&
		at >= parseInstant( quote.createdAt ) &&
		at < parseInstant( quote.expiresAt );
	if ( ! fresh ) {
		throw new DomainError(
			'conflict',
			'wu_quote_stale',
			__(
				'This quote has expired or the membership has changed since; please ask for a new quote. Nothing was charged.',
				'wu-plan-change'
			)
		);
	}
}
