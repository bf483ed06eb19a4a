import type { Db } from './connection';

/** What a membership's quote reads, as versions that move when a write touches it (decision 38). */
export interface QuoteInputs {
	/**
	 * A number that changes whenever a write on this connection touches what a quote of the
	 * membership reads: its row, add-ons, items and override, its sites and their overrides, its
	 * customer's wallet, or the catalogue. NaN (equal to nothing) until the watch could start.
	 */
	versionOf: ( membershipId: number ) => number;
}

/** The SQL function the triggers call with a membership id, or NULL for "every membership". */
const WRITTEN = 'wu_quote_input_written';

/**
 * Per watched table, the statement a trigger runs for a row `R` (NEW or OLD). Not watched, on
 * purpose: visits (`site_visits`, `site_visit_counts`: metering that never stops, and a quote
 * may be ordered before a visit that is concurrent with it), sessions and users (logins),
 * payments (a checkout or renewal that pays also writes the membership), customers and
 * settings (a quote reads neither the name nor the currency setting).
 */
const WATCHED: Record< string, string > = {
	memberships: `SELECT ${ WRITTEN }( R.id )`,
	membership_addons: `SELECT ${ WRITTEN }( R.membership_id )`,
	membership_items: `SELECT ${ WRITTEN }( R.membership_id )`,
	membership_limit_overrides: `SELECT ${ WRITTEN }( R.membership_id )`,
	sites: `SELECT ${ WRITTEN }( R.membership_id )`,
	site_limit_overrides: `SELECT ${ WRITTEN }( membership_id ) FROM sites WHERE id = R.site_id`,
	wallet_ledger: `SELECT ${ WRITTEN }( id ) FROM memberships WHERE customer_id = R.customer_id`,
	products: `SELECT ${ WRITTEN }( NULL )`,
};

/** The trigger bodies of one table: INSERT sees NEW, DELETE OLD, UPDATE both (a site may move). */
function triggersOf( table: string, statement: string ): string {
	const name = `wu_quote_inputs_${ table }`;
	const on = ( row: string ) =>
		`${ statement.replaceAll( 'R.', `${ row }.` ) };`;
	return [
		`CREATE TEMP TRIGGER IF NOT EXISTS ${ name }_insert AFTER INSERT ON main.${ table } BEGIN ${ on( 'NEW' ) } END;`,
		`CREATE TEMP TRIGGER IF NOT EXISTS ${ name }_delete AFTER DELETE ON main.${ table } BEGIN ${ on( 'OLD' ) } END;`,
		`CREATE TEMP TRIGGER IF NOT EXISTS ${ name }_update AFTER UPDATE ON main.${ table } BEGIN ${ on( 'OLD' ) } ${ on( 'NEW' ) } END;`,
	].join( '\n' );
}

/**
 * Watches the writes a quote depends on, on the serving connection (the only writer: one
 * server process per database, decision 37), so that a quote priced by a worker while such a
 * write committed is priced again, and one priced while only visits or logins were written is
 * not (decision 38). Temporary triggers (this connection only, nothing stored) call a function
 * that counts writes per membership in memory; a rolled-back write counts too (a harmless
 * extra pricing). The triggers are created at the first `versionOf` outside a transaction, so
 * a connection that never hands quotes to workers pays nothing.
 */
export function trackQuoteInputs( db: Db ): QuoteInputs {
	let everything = 0;
	const perMembership = new Map< number, number >();
	let watching = false;
	const start = () => {
		db.function(
			WRITTEN,
			{ deterministic: false },
			( membershipId: number | bigint | null ) => {
				if ( membershipId === null ) {
					everything++;
				} else {
					const id = Number( membershipId );
					perMembership.set(
						id,
						( perMembership.get( id ) ?? 0 ) + 1
					);
				}
				return null;
			}
		);
		db.exec(
			Object.entries( WATCHED )
				.map( ( [ table, statement ] ) =>
					triggersOf( table, statement )
				)
				.join( '\n' )
		);
		watching = true;
	};
	return {
		versionOf( membershipId ) {
			if ( ! watching ) {
				// A trigger created inside a transaction would vanish with its rollback.
				if ( db.inTransaction ) {
					return NaN;
				}
				start();
			}
			// Both only grow, so the sum moves exactly when either does.
			return everything + ( perMembership.get( membershipId ) ?? 0 );
		},
	};
}
