import { formatDay } from './instant';
import { formatAmount } from './money';
import type { ExplanationPart } from './types';

/** What a placeholder of an explanation's format is filled with: text, a number, a structured part, or parts. */
export type ExplanationArg =
	string | number | ExplanationPart | ExplanationPart[];

const PLACEHOLDER = /%(?:(\d+)\$)?([sd%])/g;

/** An amount of money as a part: minor units and the currency, formatted by whoever shows it. */
export function moneyPart( amount: number, currency: string ): ExplanationPart {
	return { money: { amount, currency } };
}

/** An instant (ISO 8601 UTC) as a part, shown as a calendar day in UTC. */
export function datePart( instant: string ): ExplanationPart {
	return { date: instant };
}

function pushText( parts: ExplanationPart[], text: string ): void {
	if ( text === '' ) {
		return;
	}
	const last = parts[ parts.length - 1 ];
	if ( last && 'text' in last ) {
		parts[ parts.length - 1 ] = { text: last.text + text };
	} else {
		parts.push( { text } );
	}
}

function pushArg(
	parts: ExplanationPart[],
	arg: ExplanationArg | undefined,
	type: string
): void {
	if ( arg === undefined ) {
		return;
	}
	if ( Array.isArray( arg ) ) {
		arg.forEach( ( part ) => pushArg( parts, part, 's' ) );
	} else if ( typeof arg === 'object' ) {
		if ( 'text' in arg ) {
			pushText( parts, arg.text );
		} else {
			parts.push( arg );
		}
	} else {
		pushText(
			parts,
			type === 'd'
				? String( parseInt( String( arg ), 10 ) || 0 )
				: String( arg )
		);
	}
}

/**
 * A translated format (`%s`, `%d`, `%1$s` …, as `sprintf`) filled in as parts: text and numbers
 * merge into text parts, money and dates stay structured so that a screen formats them in its
 * locale (the same way as its other amounts and dates).
 */
export function formatParts(
	format: string,
	...args: ExplanationArg[]
): ExplanationPart[] {
	const parts: ExplanationPart[] = [];
	let last = 0;
	let next = 0;
	for ( const match of format.matchAll( PLACEHOLDER ) ) {
		pushText( parts, format.slice( last, match.index ) );
		last = match.index + match[ 0 ].length;
		if ( match[ 2 ] === '%' ) {
			pushText( parts, '%' );
			continue;
		}
		const index = match[ 1 ] ? Number( match[ 1 ] ) - 1 : next;
		next++;
		pushArg( parts, args[ index ], match[ 2 ] );
	}
	pushText( parts, format.slice( last ) );
	return parts;
}

/** Sentences (each a list of parts, empty ones skipped) joined by spaces into one list of parts. */
export function joinSentences(
	sentences: ExplanationPart[][]
): ExplanationPart[] {
	const parts: ExplanationPart[] = [];
	sentences
		.filter( ( sentence ) => sentence.length > 0 )
		.forEach( ( sentence, index ) => {
			if ( index > 0 ) {
				pushText( parts, ' ' );
			}
			sentence.forEach( ( part ) => pushArg( parts, part, 's' ) );
		} );
	return parts;
}

/** The parts as the plain-text explanation of the API, in the request's locale: money as "29.00 USD" ("29,00 USD"), dates as "1 Apr 2026" ("1. april 2026"), UTC. */
export function partsToText( parts: ExplanationPart[] ): string {
	return parts
		.map( ( part ) => {
			if ( 'text' in part ) {
				return part.text;
			}
			if ( 'money' in part ) {
				return formatAmount( part.money.amount, part.money.currency );
			}
			return formatDay( part.date );
		} )
		.join( '' );
}
