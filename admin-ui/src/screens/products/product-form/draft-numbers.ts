import { __ } from '@wordpress/i18n';
import type { Product } from '../../../api/types';
import {
	limitProblem,
	listOrderProblem,
	periodProblem,
	readAmount,
} from './checks';
import {
	PLAN_SCALAR_KEYS,
	type FieldErrors,
	type ProductDraft,
} from './draft-model';
import { limitLabel } from './limit-label';

/** The typed amount in minor units; a problem goes to `errors[ field ]` (and 0 is returned). */
export function money(
	text: string,
	currency: string,
	field: string,
	errors: FieldErrors
): number {
	const read = readAmount( text, currency );
	if ( 'problem' in read ) {
		errors[ field ] = read.problem;
		return 0;
	}
	return read.minor;
}

/** The checks the server makes too, said in the form's words before sending (RULES M6, C1, L1). */
export function checkNumbers(
	draft: ProductDraft,
	data: Partial< Product >,
	errors: FieldErrors
): void {
	const check = ( field: string, problem: string | null ) => {
		if ( problem && ! errors[ field ] ) {
			errors[ field ] = problem;
		}
	};
	if ( draft.recurring ) {
		check(
			'duration',
			periodProblem( 'billing', draft.duration, draft.duration_unit )
		);
	}
	check(
		'trial_duration',
		periodProblem(
			'trial',
			draft.trial_duration,
			draft.trial_duration_unit
		)
	);
	( data.price_variations ?? [] ).forEach( ( variation, index ) =>
		check(
			`price_variations.${ index }.duration`,
			periodProblem(
				index + 1,
				variation.duration,
				variation.duration_unit
			)
		)
	);
	check( 'list_order', listOrderProblem( draft.list_order ) );
	if ( draft.pricing_type === 'paid' && data.amount === 0 ) {
		check(
			'amount',
			draft.type === 'plan'
				? __(
						'A paid product needs a price above 0, or choose Free.',
						'wu-plan-change'
					)
				: __( 'A paid add-on needs a price above 0.', 'wu-plan-change' )
		);
	}
	if (
		data.stackable &&
		( ! Number.isSafeInteger( draft.max_quantity ) ||
			draft.max_quantity < 1 )
	) {
		check(
			'max_quantity',
			__(
				'The maximum quantity is a whole number of 1 or more.',
				'wu-plan-change'
			)
		);
	}
	const limits = data.limits ?? {};
	for ( const key of [
		...PLAN_SCALAR_KEYS,
		...Object.keys( limits.posts ?? {} ).map(
			( type ) => `posts.${ type }` as const
		),
	] ) {
		const value = key.startsWith( 'posts.' )
			? limits.posts?.[ key.slice( 6 ) ]
			: limits[ key as ( typeof PLAN_SCALAR_KEYS )[ number ] ];
		if ( value !== undefined ) {
			check(
				`limits.${ key }`,
				limitProblem( limitLabel( key ), value )
			);
		}
	}
}
