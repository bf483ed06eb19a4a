import { z } from 'zod';
import { __, sprintf } from '../i18n';
import { invalidParams } from '../domain/errors';
import { fieldLabel } from './field-labels';

/**
 * Request schemas (zod) and their one translation into the REST dialect: every problem of a
 * body or query becomes one `rest_invalid_param` whose `data.params` maps each wire field to a
 * reason that names the field by its screen label (`fieldLabel`). The same schemas describe the
 * route's `args` in the `/wp-json/` index and in `OPTIONS` answers.
 */

/** `null` and `''` from forms and query strings count as "not sent", as WordPress treats them. */
function absentAsUndefined( value: unknown ): unknown {
	return value === null ? undefined : value;
}

/** A trimmed string; `required` refuses a missing or blank one. */
export function text(
	options: {
		required?: boolean;
		max?: number;
		pattern?: RegExp;
		description?: string;
	} = {}
) {
	let inner = z.string().trim();
	if ( options.required ) {
		inner = inner.min( 1 );
	}
	if ( options.max !== undefined ) {
		inner = inner.max( options.max );
	}
	if ( options.pattern ) {
		inner = inner.regex( options.pattern );
	}
	const described = options.description
		? inner.describe( options.description )
		: inner;
	return options.required
		? z.preprocess( absentAsUndefined, described )
		: z.preprocess( absentAsUndefined, described.optional() );
}

/** An integer (numeric strings from query strings are read as numbers). */
export function integer(
	options: {
		required?: boolean;
		min?: number;
		max?: number;
		description?: string;
	} = {}
) {
	let inner = z.int();
	if ( options.min !== undefined ) {
		inner = inner.min( options.min );
	}
	if ( options.max !== undefined ) {
		inner = inner.max( options.max );
	}
	const described = options.description
		? inner.describe( options.description )
		: inner;
	const read = ( value: unknown ) => {
		if ( value === null || value === '' ) {
			return undefined;
		}
		return typeof value === 'string' && /^-?\d+$/.test( value.trim() )
			? Number( value )
			: value;
	};
	return options.required
		? z.preprocess( read, described )
		: z.preprocess( read, described.optional() );
}

/** `true`/`false`, also as `1`/`0` and their strings (forms and query strings). */
export function flag(
	options: { required?: boolean; description?: string } = {}
) {
	const read = ( value: unknown ) => {
		if ( value === true || value === 'true' || value === '1' || value === 1 ) {
			return true;
		}
		if (
			value === false ||
			value === 'false' ||
			value === '0' ||
			value === 0
		) {
			return false;
		}
		return absentAsUndefined( value );
	};
	const inner = options.description
		? z.boolean().describe( options.description )
		: z.boolean();
	return options.required
		? z.preprocess( read, inner )
		: z.preprocess( read, inner.optional() );
}

/** One of a fixed list of strings. */
export function oneOf< T extends string >(
	allowed: readonly [ T, ...T[] ],
	options: { required?: boolean; description?: string } = {}
) {
	const inner = options.description
		? z.enum( allowed ).describe( options.description )
		: z.enum( allowed );
	return options.required
		? z.preprocess( absentAsUndefined, inner )
		: z.preprocess( absentAsUndefined, inner.optional() );
}

/** The reason for one zod issue, naming the field by its label. */
function reason( issue: z.core.$ZodIssue, field: string ): string {
	const label = fieldLabel( field );
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

/**
 * The fields of `source` read by `schema`, or a `rest_invalid_param` naming every bad field
 * (the first problem of each field wins; keys are the wire names, reasons use screen labels).
 */
export function parseArgs< S extends z.ZodType >(
	schema: S,
	source: unknown
): z.output< S > {
	const result = schema.safeParse( source ?? {}, { reportInput: true } );
	if ( result.success ) {
		return result.data;
	}
	const problems: Record< string, string > = {};
	for ( const issue of result.error.issues ) {
		const field = issue.path.length > 0 ? String( issue.path[ 0 ] ) : '';
		problems[ field ] ??= reason( issue, field );
	}
	throw invalidParams( problems );
}

/**
 * A schema as WordPress's REST index lists a route's `args`: each field's JSON Schema (type,
 * enum, minimum …) with `required` beside it.
 */
export function argsOf(
	schema: z.ZodType | undefined
): Record< string, Record< string, unknown > > {
	if ( ! schema ) {
		return {};
	}
	const json = z.toJSONSchema( schema, {
		io: 'input',
		unrepresentable: 'any',
	} ) as {
		properties?: Record< string, Record< string, unknown > >;
		required?: string[];
	};
	const args: Record< string, Record< string, unknown > > = {};
	for ( const [ name, property ] of Object.entries(
		json.properties ?? {}
	) ) {
		args[ name ] = {
			...property,
			required: json.required?.includes( name ) ?? false,
		};
	}
	return args;
}
