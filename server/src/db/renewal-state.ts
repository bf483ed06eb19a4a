import { __ } from '../i18n';

/** The message of a renewal error recorded by migration 0004 (a row with an instant outside the years 1000–9999). */
export const STORED_DATE_ERROR = () =>
	__(
		'A stored date of this membership is not a date of the years 1000–9999. Repair its period end.',
		'wu-plan-change'
	);
