import { DomainError } from '../domain/errors';

/**
 * Reads and checks request fields, collecting every problem so that one
 * `rest_invalid_param` names each bad field (`data.params: {field: reason}`).
 */
export class ParamReader {
	private readonly problems: Record< string, string > = {};

	constructor( private readonly source: Record< string, unknown > ) {}

	has( field: string ): boolean {
		return this.source[ field ] !== undefined;
	}

	/** Records a problem for `field` (the first one wins). */
	fail( field: string, reason: string ): undefined {
		this.problems[ field ] ??= reason;
		return undefined;
	}

	string( field: string, options: { required?: boolean; max?: number; pattern?: RegExp; patternHint?: string } = {} ): string | undefined {
		const value = this.source[ field ];
		if ( value === undefined || value === null ) {
			return options.required ? this.fail( field, `${ field } is required.` ) : undefined;
		}
		if ( typeof value !== 'string' ) {
			return this.fail( field, `${ field } must be a string.` );
		}
		const trimmed = value.trim();
		if ( options.required && trimmed === '' ) {
			return this.fail( field, `${ field } must not be empty.` );
		}
		if ( options.max !== undefined && trimmed.length > options.max ) {
			return this.fail( field, `${ field } must be at most ${ options.max } characters.` );
		}
		if ( options.pattern && trimmed !== '' && ! options.pattern.test( trimmed ) ) {
			return this.fail( field, options.patternHint ?? `${ field } has an invalid format.` );
		}
		return trimmed;
	}

	/** An integer (numeric strings from query strings are accepted). */
	integer( field: string, options: { required?: boolean; min?: number; max?: number } = {} ): number | undefined {
		const raw = this.source[ field ];
		if ( raw === undefined || raw === null || raw === '' ) {
			return options.required ? this.fail( field, `${ field } is required.` ) : undefined;
		}
		const value = typeof raw === 'string' && /^-?\d+$/.test( raw.trim() ) ? Number( raw ) : raw;
		if ( typeof value !== 'number' || ! Number.isSafeInteger( value ) ) {
			return this.fail( field, `${ field } must be an integer.` );
		}
		if ( options.min !== undefined && value < options.min ) {
			return this.fail( field, `${ field } must be at least ${ options.min }.` );
		}
		if ( options.max !== undefined && value > options.max ) {
			return this.fail( field, `${ field } must be at most ${ options.max }.` );
		}
		return value;
	}

	boolean( field: string, options: { required?: boolean } = {} ): boolean | undefined {
		const raw = this.source[ field ];
		if ( raw === undefined || raw === null ) {
			return options.required ? this.fail( field, `${ field } is required.` ) : undefined;
		}
		if ( raw === true || raw === 'true' || raw === '1' || raw === 1 ) {
			return true;
		}
		if ( raw === false || raw === 'false' || raw === '0' || raw === 0 ) {
			return false;
		}
		return this.fail( field, `${ field } must be true or false.` );
	}

	oneOf< T extends string >( field: string, allowed: readonly T[], options: { required?: boolean } = {} ): T | undefined {
		const raw = this.source[ field ];
		if ( raw === undefined || raw === null ) {
			return options.required ? this.fail( field, `${ field } is required.` ) : undefined;
		}
		if ( typeof raw !== 'string' || ! ( allowed as readonly string[] ).includes( raw ) ) {
			return this.fail( field, `${ field } must be one of: ${ allowed.join( ', ' ) }.` );
		}
		return raw as T;
	}

	/** The raw value, for fields with their own structure (arrays, objects). */
	raw( field: string ): unknown {
		return this.source[ field ];
	}

	/** Throws `rest_invalid_param` when any field failed. */
	done(): void {
		const fields = Object.keys( this.problems );
		if ( fields.length > 0 ) {
			throw new DomainError( 'invalid', 'rest_invalid_param', `Invalid parameter(s): ${ fields.join( ', ' ) }`, {
				params: { ...this.problems },
			} );
		}
	}
}

/** A positive integer id from a route parameter, or `rest_not_found`. */
export function idParam( params: Record< string, string >, name = 'id' ): number {
	const value = params[ name ];
	if ( ! value || ! /^\d{1,15}$/.test( value ) ) {
		throw new DomainError( 'not_found', 'rest_not_found', 'No item was found with that id.' );
	}
	return Number( value );
}
