import { __ } from '../i18n';
import { DomainError } from '../domain/errors';

/** A positive integer id from a route parameter, or `rest_not_found`. */
export function idParam(
	params: Record< string, string >,
	name = 'id'
): number {
	const value = params[ name ];
	if ( ! value || ! /^\d{1,15}$/.test( value ) ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No item was found with that id.', 'wu-plan-change' )
		);
	}
	return Number( value );
}
