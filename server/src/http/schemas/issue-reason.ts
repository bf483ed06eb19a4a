import { __, sprintf } from '../../i18n';
import type { z } from 'zod';
import { fieldLabel } from '../field-labels';

/** The reason for one zod issue, naming the field by its label. */
export function reason(
	issue: z.core.$ZodIssue,
	field: string,
	labelKey = field
): string {
	const label = fieldLabel( labelKey );
	switch ( issue.code ) {
		case 'invalid_type':
			if ( issue.input === undefined ) {
				return sprintf(
					/* translators: %s: the field's label, e.g. Billing period */
					__( '%s is required.', 'wu-plan-change' ),
					label
				);
			}
			return typeMessage( issue.expected, label );
		case 'too_small':
			if ( issue.origin === 'string' ) {
				return sprintf(
					/* translators: %s: the field's label, e.g. Billing period */
					__( '%s must not be empty.', 'wu-plan-change' ),
					label
				);
			}
			return sprintf(
				/* translators: 1: the field's label, e.g. Billing period, 2: number */
				__( '%1$s must be at least %2$d.', 'wu-plan-change' ),
				label,
				Number( issue.minimum )
			);
		case 'too_big':
			if ( Number( issue.maximum ) === Number.MAX_SAFE_INTEGER ) {
				return typeMessage( 'int', label );
			}
			if ( issue.origin === 'string' ) {
				return sprintf(
					/* translators: 1: the field's label, e.g. Billing period, 2: number */
					__(
						'%1$s must be at most %2$d characters.',
						'wu-plan-change'
					),
					label,
					Number( issue.maximum )
				);
			}
			return sprintf(
				/* translators: 1: the field's label, e.g. Billing period, 2: number */
				__( '%1$s must be at most %2$d.', 'wu-plan-change' ),
				label,
				Number( issue.maximum )
			);
		case 'invalid_value':
			return sprintf(
				/* translators: 1: the field's label, e.g. Billing period, 2: allowed values */
				__( '%1$s must be one of: %2$s.', 'wu-plan-change' ),
				label,
				issue.values.map( String ).join( ', ' )
			);
		case 'custom':
			// A refinement's own message, already translated where it was written.
			return issue.message;
		case 'invalid_union': {
			// `oneOf( …, { orEmpty } )`: the list's own message.
			const inner = issue.errors
				.flat()
				.find( ( problem ) => problem.code === 'invalid_value' );
			return inner
				? reason( inner as z.core.$ZodIssue, field )
				: typeMessage( '', label );
		}
		default:
			return sprintf(
				/* translators: %s: the field's label, e.g. Billing period */
				__( '%s has an invalid format.', 'wu-plan-change' ),
				label
			);
	}
}

function typeMessage( expected: string, label: string ): string {
	switch ( expected ) {
		case 'int':
		case 'number':
			return sprintf(
				/* translators: %s: the field's label, e.g. Billing period */
				__( '%s must be an integer.', 'wu-plan-change' ),
				label
			);
		case 'boolean':
			return sprintf(
				/* translators: %s: the field's label, e.g. Billing period */
				__( '%s must be true or false.', 'wu-plan-change' ),
				label
			);
		case 'string':
			return sprintf(
				/* translators: %s: the field's label, e.g. Billing period */
				__( '%s must be a string.', 'wu-plan-change' ),
				label
			);
		default:
			return sprintf(
				/* translators: %s: the field's label, e.g. Billing period */
				__( '%s has an invalid format.', 'wu-plan-change' ),
				label
			);
	}
}
