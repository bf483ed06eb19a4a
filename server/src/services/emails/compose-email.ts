import { __, currentLocale, languageTag, sprintf } from '../../i18n';
import type { RenderedEmail } from '../../domain/email';

/**
 * The pieces an e-mail is made of. A template lists them once; `composeEmail` writes both the
 * plain-text part and the HTML part from them, escaping every text in the HTML, so no template
 * writes markup (or forgets to escape a customer's name or a product's).
 */
export type EmailBlock =
	| { paragraph: string }
	| { list: string[] }
	| { amounts: { rows: [ string, string ][]; total: [ string, string ] } }
	| { link: { label: string; url: string } };

const HTML_ESCAPES: Record< string, string > = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Text as HTML text or attribute value: `& < > " '` escaped. */
export function escapeHtml( text: string ): string {
	return text.replace( /[&<>"']/g, ( c ) => HTML_ESCAPES[ c ] );
}

function textOf( block: EmailBlock ): string {
	if ( 'paragraph' in block ) {
		return block.paragraph;
	}
	if ( 'list' in block ) {
		return block.list.map( ( item ) => `- ${ item }` ).join( '\n' );
	}
	if ( 'link' in block ) {
		return `${ block.link.label }: ${ block.link.url }`;
	}
	const rows = [ ...block.amounts.rows, block.amounts.total ];
	const labelWidth = Math.max( ...rows.map( ( [ label ] ) => label.length ) );
	const amountWidth = Math.max( ...rows.map( ( r ) => r[ 1 ].length ) );
	const line = ( [ label, amount ]: [ string, string ] ) =>
		`${ label.padEnd( labelWidth ) }  ${ amount.padStart( amountWidth ) }`;
	return [
		...block.amounts.rows.map( line ),
		'-'.repeat( labelWidth + 2 + amountWidth ),
		line( block.amounts.total ),
	].join( '\n' );
}

const CELL = 'padding:4px 8px;border-bottom:1px solid #dcdcde;';

function htmlOf( block: EmailBlock ): string {
	if ( 'paragraph' in block ) {
		return `<p>${ escapeHtml( block.paragraph ) }</p>`;
	}
	if ( 'list' in block ) {
		return `<ul>${ block.list
			.map( ( item ) => `<li>${ escapeHtml( item ) }</li>` )
			.join( '' ) }</ul>`;
	}
	if ( 'link' in block ) {
		return `<p><a href="${ escapeHtml( block.link.url ) }">${ escapeHtml(
			block.link.label
		) }</a></p>`;
	}
	const row = ( [ label, amount ]: [ string, string ], cell: string ) =>
		`<tr><${ cell } style="${ CELL }text-align:left">${ escapeHtml(
			label
		) }</${ cell }><td style="${ CELL }text-align:right;white-space:nowrap">${ escapeHtml(
			amount
		) }</td></tr>`;
	return `<table style="border-collapse:collapse;margin:0 0 1em"><tbody>${ block.amounts.rows
		.map( ( r ) => row( r, 'td' ) )
		.join( '' ) }</tbody><tfoot>${ row(
		block.amounts.total,
		'th'
	) }</tfoot></table>`;
}

/**
 * An e-mail from its subject, the customer's name and its blocks, in the current locale (the
 * caller runs it in the customer's, `withLocale`): a greeting, the blocks, and a closing line;
 * the HTML part is a whole document with `lang` and inline styles only (mail clients drop the rest).
 */
export function composeEmail(
	subject: string,
	name: string,
	blocks: EmailBlock[]
): RenderedEmail {
	const all: EmailBlock[] = [
		{
			paragraph: sprintf(
				/* translators: %s: the customer's name */
				__( 'Hello %s,', 'wu-plan-change' ),
				name
			),
		},
		...blocks,
		{
			paragraph: __(
				'You receive this e-mail because you have an account on this network.',
				'wu-plan-change'
			),
		},
	];
	const lang = languageTag( currentLocale() );
	return {
		subject,
		text: `${ all.map( textOf ).join( '\n\n' ) }\n`,
		html: `<!DOCTYPE html><html lang="${ lang }"><head><meta charset="utf-8"><title>${ escapeHtml(
			subject
		) }</title></head><body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.5;color:#1e1e1e;max-width:600px">${ all
			.map( htmlOf )
			.join( '' ) }</body></html>`,
	};
}
