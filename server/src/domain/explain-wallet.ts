import { __ } from '../i18n';
import { findProduct } from './find-product';
import { datePart, formatParts, joinSentences } from './explanation-parts';
import type { ExplainInput, Money, Parts } from './explain-input';

/** What the wallet pays, what goes to it, and what is due now (RULES W1–W3). */
export function walletSentence( input: ExplainInput, money: Money ): Parts {
	const { settlement } = input;
	return joinSentences( [
		settlement.walletUsed > 0
			? formatParts(
					/* translators: %s: amount */
					__( 'Existing credit of %s is used.', 'wu-plan-change' ),
					money( settlement.walletUsed )
				)
			: [],
		settlement.excess > 0
			? formatParts(
					/* translators: %s: amount */
					__(
						'The credit above the charge, %s, goes to your wallet.',
						'wu-plan-change'
					),
					money( settlement.excess )
				)
			: [],
		formatParts(
			/* translators: %s: amount */
			__( 'Due now: %s.', 'wu-plan-change' ),
			money( settlement.dueNow )
		),
	] );
}

/** The next charge and the add-ons the change removes. */
export function nextSentence( input: ExplainInput, money: Money ): Parts {
	const removed = input.removes.map(
		( id ) => findProduct( input.products, id ).name
	);
	return joinSentences( [
		input.nextCharge
			? formatParts(
					/* translators: 1: amount, 2: date */
					__( 'Next charge: %1$s on %2$s.', 'wu-plan-change' ),
					money( input.nextCharge.amount ),
					datePart( input.nextCharge.date )
				)
			: formatParts(
					__( 'No further charge is scheduled.', 'wu-plan-change' )
				),
		removed.length > 0
			? formatParts(
					/* translators: %s: list of add-on names */
					__( 'Removed add-ons: %s.', 'wu-plan-change' ),
					removed.join( ', ' )
				)
			: [],
	] );
}
