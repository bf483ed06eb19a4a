import { __, sprintf } from '../../i18n';
import { fieldLabel } from '../field-labels';
import { invalidParams } from '../../domain/errors';
import { z } from 'zod';

/** What a field's reader makes of a sent value: the value, or the reason it is refused. */
export type Read< T > = { value: T } | { problem: string };

/**
 * A field with a structure of its own (a list of add-ons, a card, an instant): `read` turns a
 * sent value into `T` or names its problem (translated when the request fails). A missing or
 * `null` value is absent. `json` is how the REST index lists it.
 */
export function shaped< T >(
	read: ( value: unknown ) => Read< T >,
	json: Record< string, unknown > = {}
) {
	return z
		.unknown()
		.transform( ( value, ctx ): T | undefined => {
			if ( value === undefined || value === null ) {
				return undefined;
			}
			const result = read( value );
			if ( 'problem' in result ) {
				ctx.addIssue( { code: 'custom', message: result.problem } );
				return z.NEVER;
			}
			return result.value;
		} )
		.optional()
		.meta( json );
}

/** A field that may not be sent (`username` of an account): its presence fails with `message`. */
export function forbidden( message: () => string ) {
	return z
		.unknown()
		.refine( ( value ) => value === undefined, { error: message } )
		.optional()
		.meta( { readonly: true } );
}

/** One problem of a cross-field check: the wire field it is reported on and its reason. */
export type CrossProblem = [ field: string, reason: string ];

/**
 * A cross-field check on an object schema, run even when a field failed on its own (so one
 * `rest_invalid_param` lists every problem, as a form shows them): `check` sees the fields as
 * sent or read and returns the problems, each on its field.
 */
export function crossCheck< S extends z.ZodType< Record< string, unknown > > >(
	schema: S,
	check: ( fields: Record< string, unknown > ) => CrossProblem[]
): S {
	return schema.check(
		z.superRefine(
			( fields: Record< string, unknown >, ctx ) => {
				for ( const [ field, message ] of check( fields ) ) {
					ctx.addIssue( {
						code: 'custom',
						path: [ field ],
						message,
					} );
				}
			},
			{ when: () => true }
		) as z.core.$ZodCheck< z.output< S > >
	);
}

/**
 * Throws one `rest_invalid_param` naming each field whose reason is a string (a check against
 * stored data, made after the schema: a taken username, a customer that does not exist).
 */
export function refuse(
	problems: Record< string, string | false | null | undefined >
): void {
	const named = Object.fromEntries(
		Object.entries( problems ).filter(
			( entry ): entry is [ string, string ] =>
				typeof entry[ 1 ] === 'string'
		)
	);
	if ( Object.keys( named ).length > 0 ) {
		throw invalidParams( named );
	}
}

/** "Billing period is required.": a field a cross-field check finds missing, named by its label. */
export function requiredMessage( field: string ): string {
	return sprintf(
		/* translators: %s: the field's label, e.g. Billing period */
		__( '%s is required.', 'wu-plan-change' ),
		fieldLabel( field )
	);
}
