import { __, sprintf } from '../i18n';
import { DomainError, invalidParams } from '../domain/errors';
import { fieldLabel } from './field-labels';

/**
 * Reads and checks request fields, collecting every problem so that one
 * `rest_invalid_param` names each bad field (`data.params: {field: reason}`). Reasons name the
 * field by its screen label (`fieldLabel`); the keys stay the wire names.
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

	string(
		field: string,
		options: {
			required?: boolean;
			max?: number;
			pattern?: RegExp;
			patternHint?: string;
		} = {}
	): string | undefined {
		const value = this.source[ field ];
		if ( value === undefined || value === null ) {
			return options.required
				? this.fail(
						field,
						sprintf(
							/* translators: %s: the field's label, e.g. Billing period */ __(
								'%s is required.',
								'wu-plan-change'
							),
							fieldLabel( field )
						)
					)
				: undefined;
		}
		if ( typeof value !== 'string' ) {
			return this.fail(
				field,
				sprintf(
					/* translators: %s: the field's label, e.g. Billing period */ __(
						'%s must be a string.',
						'wu-plan-change'
					),
					fieldLabel( field )
				)
			);
		}
		const trimmed = value.trim();
		if ( options.required && trimmed === '' ) {
			return this.fail(
				field,
				sprintf(
					/* translators: %s: the field's label, e.g. Billing period */ __(
						'%s must not be empty.',
						'wu-plan-change'
					),
					fieldLabel( field )
				)
			);
		}
		if ( options.max !== undefined && trimmed.length > options.max ) {
			return this.fail(
				field,
				sprintf(
					/* translators: 1: the field's label, e.g. Billing period, 2: number */ __(
						'%1$s must be at most %2$d characters.',
						'wu-plan-change'
					),
					fieldLabel( field ),
					options.max
				)
			);
		}
		if (
			options.pattern &&
			trimmed !== '' &&
			! options.pattern.test( trimmed )
		) {
			return this.fail(
				field,
				options.patternHint ??
					sprintf(
						/* translators: %s: the field's label, e.g. Billing period */ __(
							'%s has an invalid format.',
							'wu-plan-change'
						),
						fieldLabel( field )
					)
			);
		}
		return trimmed;
	}

	/** An integer (numeric strings from query strings are accepted). */
	integer(
		field: string,
		options: { required?: boolean; min?: number; max?: number } = {}
	): number | undefined {
		const raw = this.source[ field ];
		if ( raw === undefined || raw === null || raw === '' ) {
			return options.required
				? this.fail(
						field,
						sprintf(
							/* translators: %s: the field's label, e.g. Billing period */ __(
								'%s is required.',
								'wu-plan-change'
							),
							fieldLabel( field )
						)
					)
				: undefined;
		}
		const value =
			typeof raw === 'string' && /^-?\d+$/.test( raw.trim() )
				? Number( raw )
				: raw;
		if ( typeof value !== 'number' || ! Number.isSafeInteger( value ) ) {
			return this.fail(
				field,
				sprintf(
					/* translators: %s: the field's label, e.g. Billing period */ __(
						'%s must be an integer.',
						'wu-plan-change'
					),
					fieldLabel( field )
				)
			);
		}
		if ( options.min !== undefined && value < options.min ) {
			return this.fail(
				field,
				sprintf(
					/* translators: 1: the field's label, e.g. Billing period, 2: number */ __(
						'%1$s must be at least %2$d.',
						'wu-plan-change'
					),
					fieldLabel( field ),
					options.min
				)
			);
		}
		if ( options.max !== undefined && value > options.max ) {
			return this.fail(
				field,
				sprintf(
					/* translators: 1: the field's label, e.g. Billing period, 2: number */ __(
						'%1$s must be at most %2$d.',
						'wu-plan-change'
					),
					fieldLabel( field ),
					options.max
				)
			);
		}
		return value;
	}

	boolean(
		field: string,
		options: { required?: boolean } = {}
	): boolean | undefined {
		const raw = this.source[ field ];
		if ( raw === undefined || raw === null ) {
			return options.required
				? this.fail(
						field,
						sprintf(
							/* translators: %s: the field's label, e.g. Billing period */ __(
								'%s is required.',
								'wu-plan-change'
							),
							fieldLabel( field )
						)
					)
				: undefined;
		}
		if ( raw === true || raw === 'true' || raw === '1' || raw === 1 ) {
			return true;
		}
		if ( raw === false || raw === 'false' || raw === '0' || raw === 0 ) {
			return false;
		}
		return this.fail(
			field,
			sprintf(
				/* translators: %s: the field's label, e.g. Billing period */ __(
					'%s must be true or false.',
					'wu-plan-change'
				),
				fieldLabel( field )
			)
		);
	}

	oneOf< T extends string >(
		field: string,
		allowed: readonly T[],
		options: { required?: boolean } = {}
	): T | undefined {
		const raw = this.source[ field ];
		if ( raw === undefined || raw === null ) {
			return options.required
				? this.fail(
						field,
						sprintf(
							/* translators: %s: the field's label, e.g. Billing period */ __(
								'%s is required.',
								'wu-plan-change'
							),
							fieldLabel( field )
						)
					)
				: undefined;
		}
		if (
			typeof raw !== 'string' ||
			! ( allowed as readonly string[] ).includes( raw )
		) {
			return this.fail(
				field,
				sprintf(
					/* translators: 1: the field's label, e.g. Billing period, 2: allowed values */ __(
						'%1$s must be one of: %2$s.',
						'wu-plan-change'
					),
					fieldLabel( field ),
					allowed.join( ', ' )
				)
			);
		}
		return raw as T;
	}

	/** The raw value, for fields with their own structure (arrays, objects). */
	raw( field: string ): unknown {
		return this.source[ field ];
	}

	/** Throws `rest_invalid_param` when any field failed. */
	done(): void {
		if ( Object.keys( this.problems ).length > 0 ) {
			throw invalidParams( this.problems );
		}
	}
}

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
