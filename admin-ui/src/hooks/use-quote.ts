import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import type { RestError } from '../api/client';
import { quoteChange } from '../api/memberships';
import type { ChangeTarget, Quote } from '../api/types';

export interface QuoteState {
	/** The latest quote for the latest target; kept while a newer one loads. */
	quote: Quote | null;
	/** The refusal of the latest target (`wu_no_changes`, `wu_over_limit` …), null with a quote and while a new target is quoted. */
	error: RestError | null;
	/** True while a quote for the latest target is on its way. */
	loading: boolean;
	/** Asks again for the current target at once; resolves with the new quote (or null when refused). */
	requote: () => Promise< Quote | null >;
}

/**
 * Quotes `target` (debounced by `delay` ms) every time it changes; answers to older targets that
 * arrive late are ignored. A null target clears the quote.
 */
export function useQuote(
	membershipId: number,
	target: ChangeTarget | null,
	delay = 250
): QuoteState {
	const [ quote, setQuote ] = useState< Quote | null >( null );
	const [ error, setError ] = useState< RestError | null >( null );
	const [ loading, setLoading ] = useState( false );
	const sequence = useRef( 0 );
	const key = target ? JSON.stringify( target ) : '';
	const targetRef = useRef( target );
	targetRef.current = target;

	const run = useCallback( async (): Promise< Quote | null > => {
		const current = targetRef.current;
		const ticket = ++sequence.current;
		if ( ! current ) {
			setQuote( null );
			setError( null );
			setLoading( false );
			return null;
		}
		setLoading( true );
		try {
			const answer = await quoteChange( membershipId, current );
			if ( ticket === sequence.current ) {
				setQuote( answer );
				setError( null );
				setLoading( false );
			}
			return answer;
		} catch ( failure ) {
			if ( ticket === sequence.current ) {
				setQuote( null );
				setError( failure as RestError );
				setLoading( false );
			}
			return null;
		}
	}, [ membershipId ] );

	useEffect( () => {
		// NOTE: a new target makes every answer still on its way stale at once.
		sequence.current++;
		if ( ! key ) {
			setQuote( null );
			setError( null );
			setLoading( false );
			return undefined;
		}
		// A refusal answered an older choice: it no longer holds (the last quote stays, dimmed, until the new one comes).
		setError( null );
		setLoading( true );
		const timer = setTimeout( () => void run(), delay );
		return () => clearTimeout( timer );
	}, [ key, run, delay ] );

	return { quote, error, loading, requote: run };
}
