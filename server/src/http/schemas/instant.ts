import { normalizeInstant } from '../../services/clock';
import { shaped } from './fields';

/**
 * An instant with a zone (`2026-03-01T00:00:00Z`), read by `normalizeInstant`; a string it
 * refuses, or another value, fails with `problem`.
 */
export function instantField(
	problem: () => string,
	read: ( value: string ) => string = normalizeInstant
) {
	return shaped< string >(
		( value ) => {
			if ( typeof value === 'string' ) {
				try {
					return { value: read( value.trim() ) };
				} catch {
					// refused below
				}
			}
			return { problem: problem() };
		},
		{ type: 'string', format: 'date-time' }
	);
}
