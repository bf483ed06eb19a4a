/** Props of {@link CardField}. */
export interface CardFieldProps {
	/** The card number as typed (spaces and dashes allowed). */
	value: string;
	/** Called with the new text on every change. */
	onChange: ( value: string ) => void;
	/** True while a payment is on its way: the field cannot be edited. */
	disabled?: boolean;
}
