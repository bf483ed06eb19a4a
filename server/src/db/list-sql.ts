/**
 * Pieces of SQL shared by the collection queries (admin lists): prefix search that an index
 * can serve, substring search for the small catalogue, exact ids.
 */

/** The highest code point: `[term, term + MAX)` holds every string starting with `term`. */
const MAX_CHAR = String.fromCodePoint( 0x10ffff );

/**
 * A case-insensitive (ASCII) prefix match of `column` against `term` as a range, so that a
 * NOCASE index on the column serves it (LIKE '%x%' reads every row: 100k users take tens of ms).
 * Pushes the two bounds onto `args`.
 */
export function prefixMatch(
	column: string,
	term: string,
	args: unknown[]
): string {
	args.push( term, term + MAX_CHAR );
	return `( ${ column } COLLATE NOCASE >= ? AND ${ column } COLLATE NOCASE < ? )`;
}

/** `term` as a LIKE pattern matching it anywhere (with `ESCAPE '\'`). */
export function containsPattern( term: string ): string {
	return `%${ term.replace( /[\\%_]/g, ( c ) => `\\${ c }` ) }%`;
}

/** The id `term` names when it is all digits (search by exact id), else null. */
export function exactId( term: string ): number | null {
	return /^\d{1,15}$/.test( term ) ? Number( term ) : null;
}

/** `column IN ( ?, ?, … )` for `values`, pushing them onto `args`. */
export function inList(
	column: string,
	values: readonly unknown[],
	args: unknown[]
): string {
	args.push( ...values );
	return `${ column } IN ( ${ values.map( () => '?' ).join( ', ' ) } )`;
}

/**
 * The ids of customers whose username, email or display name starts with `term`, as a subquery
 * for `… IN ( … )`: a UNION of three range searches, each on its NOCASE index (migrations 0001
 * and 0007; an OR of the three made SQLite read every user).
 */
export function customersMatching( term: string, args: unknown[] ): string {
	return [ 'u.username', 'u.email', 'u.display_name' ]
		.map(
			( column ) =>
				`SELECT c.id FROM users u JOIN customers c ON c.user_id = u.id WHERE ${ prefixMatch(
					column,
					term,
					args
				) }`
		)
		.join( ' UNION ' );
}

/** The name a list shows for a customer: the display name, or the username when it is empty. */
export const CUSTOMER_NAME =
	"COALESCE( NULLIF( u.display_name, '' ), u.username )";

/** `column = ?` for each filter given (an undefined value is no filter), pushing the values onto `args`. */
export function equalities(
	filters: Record< string, unknown >,
	args: unknown[]
): string[] {
	return Object.entries( filters )
		.filter( ( [ , value ] ) => value !== undefined )
		.map( ( [ column, value ] ) => {
			args.push( value );
			return `${ column } = ?`;
		} );
}

/** `WHERE a AND b …`, or nothing without conditions. */
export function whereOf( conditions: string[] ): string {
	return conditions.length ? `WHERE ${ conditions.join( ' AND ' ) }` : '';
}
