// The period-end job over a generated network, in its own process: runs every renewal event due
// at or before `until` (RULES R1, R4) and prints {seconds, events, results}.
//   node --import tsx scripts/bench/renewals.ts <db file> <until>
import { createContext } from '../../server/src/compose';
import { startCheckpointer } from '../../server/src/db/checkpointer';
import { migrate, openDatabase } from '../../server/src/db/connection';
import { runDueRenewals } from '../../server/src/services/run-due-renewals';
import { TestClock } from '../../server/src/services/clock';

const [ file, until ] = process.argv.slice( 2 );
const db = openDatabase( file );
migrate( db );
const checkpointer = startCheckpointer( file );
const ctx = createContext( {
	db,
	clock: new TestClock( until ),
	log: () => undefined,
} );
const results: Record< string, number > = {};
let events = 0;
const started = process.hrtime.bigint();
// NOTE: runDueRenewals stops after 10,000 events per call (its safety stop); the job is called
// again until nothing is due, as main.ts does each minute. Bounded: at most 1,000 calls.
for ( let call = 0; call < 1000; call++ ) {
	const outcomes = runDueRenewals( ctx, until );
	for ( const outcome of outcomes ) {
		results[ outcome.result ] = ( results[ outcome.result ] ?? 0 ) + 1;
	}
	events += outcomes.length;
	if ( outcomes.length === 0 ) {
		break;
	}
}
const seconds = Number( process.hrtime.bigint() - started ) / 1e9;
void checkpointer.stop().then( () => {
	db.close();
	process.stdout.write(
		`${ JSON.stringify( { seconds, events, results } ) }\n`
	);
} );
