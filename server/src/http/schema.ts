import { z } from 'zod';
import { invalidParams } from '../domain/errors';
import { reason } from './schemas/issue-reason';

/**
 * Request schemas (zod) and their one translation into the REST dialect: every problem of a
 * body or query becomes one `rest_invalid_param` whose `data.params` maps each wire field to a
 * reason that names the field by its screen label (`fieldLabel`). The same schemas describe the
 * route's `args` in the `/wp-json/` index and in `OPTIONS` answers.
 */

/** A field's schema as a route's `z.object` sees it: its value, `undefined` unless required. */
export type Field< T, R extends boolean | undefined > = z.ZodType<
	R extends true ? T : T | undefined,
	unknown
>;

/** `null` and `''` from forms and query strings count as "not sent", as WordPress treats them. */
function absentAsUndefined( value: unknown ): unknown {
	return value === null ? undefined : value;
}

/**
 * A trimmed string; `required` refuses a missing or blank one. `pattern` is checked on a
 * non-empty value (and on an empty one with `patternOnEmpty`), failing with `patternHint` when
 * given; `min` with `minHint` refuses a shorter value. Hints are read when a request fails, so
 * they speak its language.
 */
export function text< R extends boolean | undefined = undefined >(
	options: {
		required?: R;
		max?: number;
		pattern?: RegExp;
		patternHint?: () => string;
		patternOnEmpty?: boolean;
		min?: number;
		minHint?: () => string;
		description?: string;
	} = {}
): Field< string, R > {
	let inner = z.string().trim();
	if ( options.required ) {
		inner = inner.min( 1 );
	}
	if ( options.max !== undefined ) {
		inner = inner.max( options.max );
	}
	const { pattern, patternHint, min, minHint } = options;
	if ( pattern ) {
		const matches = ( value: string ) =>
			( value === '' && ! options.patternOnEmpty ) ||
			pattern.test( value );
		inner = patternHint
			? inner.refine( matches, { error: patternHint } )
			: inner.regex( pattern );
	}
	if ( min !== undefined && minHint ) {
		inner = inner.refine( ( value ) => value.length >= min, {
			error: minHint,
		} );
	}
	const described = options.description
		? inner.describe( options.description )
		: inner;
	return (
		options.required
			? z.preprocess( absentAsUndefined, described )
			: z.preprocess( absentAsUndefined, described.optional() )
	) as never;
}

/** An integer (numeric strings from query strings are read as numbers). */
export function integer< R extends boolean | undefined = undefined >(
	options: {
		required?: R;
		min?: number;
		max?: number;
		description?: string;
	} = {}
): Field< number, R > {
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
	return (
		options.required
			? z.preprocess( read, described )
			: z.preprocess( read, described.optional() )
	) as never;
}

/** `true`/`false`, also as `1`/`0` and their strings (forms and query strings). */
export function flag< R extends boolean | undefined = undefined >(
	options: { required?: R; description?: string } = {}
): Field< boolean, R > {
	const read = ( value: unknown ) => {
		if (
			value === true ||
			value === 'true' ||
			value === '1' ||
			value === 1
		) {
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
	return (
		options.required
			? z.preprocess( read, inner )
			: z.preprocess( read, inner.optional() )
	) as never;
}

/** One of a fixed list of strings; `orEmpty` also takes `''` (as "clear the setting"). */
export function oneOf<
	T extends string,
	R extends boolean | undefined = undefined,
	E extends boolean | undefined = undefined,
>(
	allowed: readonly [ T, ...T[] ],
	options: { required?: R; orEmpty?: E; description?: string } = {}
): Field< E extends true ? T | '' : T, R > {
	const list = z.enum( allowed );
	const choice = options.orEmpty
		? z.union( [ list, z.literal( '' ) ] )
		: list;
	const inner = options.description
		? choice.describe( options.description )
		: choice;
	return (
		options.required
			? z.preprocess( absentAsUndefined, inner )
			: z.preprocess( absentAsUndefined, inner.optional() )
	) as never;
}

/** Fields whose screen label is not the one of their wire name (the same name on two screens). */
const labelKeys = new WeakMap< z.ZodType, string >();

/** `schema`, named in problems by the label of `labelKey` (field-labels.ts) instead of its wire name. */
export function labelled< S extends z.ZodType >(
	schema: S,
	labelKey: string
): S {
	labelKeys.set( schema, labelKey );
	return schema;
}

/**
 * The fields of `source` read by `schema` and the problem of each bad field (the first problem
 * of each field wins; keys are the wire names, reasons use screen labels). When a field fails,
 * `data` holds the fields of an object schema that read well, so that checks against stored
 * data can still run and be reported with the rest.
 */
export function readArgs< S extends z.ZodType >(
	schema: S,
	source: unknown
): { data: z.output< S >; problems: Record< string, string > } {
	const result = schema.safeParse( source ?? {}, { reportInput: true } );
	if ( result.success ) {
		return { data: result.data, problems: {} };
	}
	const problems: Record< string, string > = {};
	for ( const issue of result.error.issues ) {
		const field = issue.path.map( String ).join( '.' );
		const own =
			schema instanceof z.ZodObject
				? ( schema.shape as Record< string, z.ZodType > )[ field ]
				: undefined;
		problems[ field ] ??= reason(
			issue,
			field,
			( own && labelKeys.get( own ) ) ?? field
		);
	}
	const data: Record< string, unknown > = {};
	if ( schema instanceof z.ZodObject && typeof source === 'object' ) {
		for ( const [ name, field ] of Object.entries( schema.shape ) ) {
			const read = ( field as z.ZodType ).safeParse(
				( source as Record< string, unknown > )?.[ name ]
			);
			if (
				read.success &&
				read.data !== undefined &&
				! problems[ name ]
			) {
				data[ name ] = read.data;
			}
		}
	}
	return { data: data as z.output< S >, problems };
}

/** The fields of `source` read by `schema`, or a `rest_invalid_param` naming every bad field. */
export function parseArgs< S extends z.ZodType >(
	schema: S,
	source: unknown
): z.output< S > {
	const { data, problems } = readArgs( schema, source );
	if ( Object.keys( problems ).length > 0 ) {
		throw invalidParams( problems );
	}
	return data;
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
