import { __ } from '../../i18n';
import type { DurationUnit, Period } from '../../domain/types';
import { integer, oneOf } from '../schema';
import type { CrossProblem } from './fields';

export const UNITS = [ 'day', 'week', 'month', 'year' ] as const;

/** `duration` and `duration_unit`: a billing period, given with both or neither. */
export const periodFields = {
	duration: integer( { min: 1 } ),
	duration_unit: oneOf< DurationUnit >( UNITS ),
};

/** The problem when only one half of the period is sent (on the missing half); for `crossCheck`. */
export function periodProblems(
	fields: Record< string, unknown >
): CrossProblem[] {
	const hasDuration = fields.duration !== undefined;
	const hasUnit = fields.duration_unit !== undefined;
	return hasDuration === hasUnit
		? []
		: [
				[
					hasDuration ? 'duration_unit' : 'duration',
					__(
						'Give the billing period with its unit (days, weeks, months or years).',
						'wu-plan-change'
					),
				],
			];
}

/** The period of parsed args, when both halves were given. */
export function periodOf( args: {
	duration?: number;
	duration_unit?: DurationUnit;
} ): Period | undefined {
	return args.duration !== undefined && args.duration_unit
		? { duration: args.duration, durationUnit: args.duration_unit }
		: undefined;
}
