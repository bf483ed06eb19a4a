import type { ReactNode } from 'react';

/**
 * The `help` of a control: the field's error when there is one (styled as an error), else the
 * normal help. Controls tie `help` to the input with `aria-describedby`.
 */
export function helpOrError(
	error: string | undefined,
	help?: ReactNode
): ReactNode {
	if ( error ) {
		return <span className="wu-field-error">{ error }</span>;
	}
	return help;
}

/** An error under a group of controls (a fieldset) that has no `help` of its own. */
export function FieldError( {
	id,
	error,
}: {
	id: string;
	error: string | undefined;
} ) {
	if ( ! error ) {
		return null;
	}
	return (
		<p id={ id } className="wu-field-error">
			{ error }
		</p>
	);
}
