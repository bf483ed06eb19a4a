import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BenchReport } from './report';
import { ROOT } from './settings';

export function periodEndJob(
	file: string,
	until: string
): BenchReport[ 'renewals' ] {
	const run = () =>
		JSON.parse(
			execFileSync(
				process.execPath,
				[
					'--import',
					'tsx',
					path.join( ROOT, 'scripts/bench/renewals.ts' ),
					file,
					until,
				],
				{ cwd: ROOT, encoding: 'utf8', timeout: 900_000 }
			)
		) as {
			seconds: number;
			events: number;
			results: Record< string, number >;
		};
	const first = run();
	const again = run();
	const db = new Database( file, { readonly: true } );
	const one = ( sql: string ) =>
		( db.prepare( sql ).get() as { n: number } ).n;
	const verified = {
		renewalPayments: one(
			"SELECT COUNT(*) AS n FROM payments WHERE kind = 'renewal'"
		),
		membershipsRenewed: one(
			"SELECT COUNT( DISTINCT membership_id ) AS n FROM payments WHERE kind = 'renewal'"
		),
		renewedTwice: one(
			"SELECT COUNT(*) AS n FROM ( SELECT membership_id FROM payments WHERE kind = 'renewal' GROUP BY membership_id HAVING COUNT(*) > 1 )"
		),
		nextPeriodEnds: one(
			"SELECT COUNT(*) AS n FROM memberships WHERE period_end_at = '2026-05-01T00:00:00.000Z'"
		),
	};
	db.close();
	return {
		seconds: first.seconds,
		events: first.events,
		results: first.results,
		eventsOnSecondRun: again.events,
		...verified,
	};
}

export function machine(): BenchReport[ 'machine' ] {
	const cpuinfo = fs.existsSync( '/proc/cpuinfo' )
		? fs.readFileSync( '/proc/cpuinfo', 'utf8' )
		: '';
	const model =
		/model name\s*:\s*(.+)/.exec( cpuinfo )?.[ 1 ]?.trim() ??
		os.cpus()[ 0 ]?.model ??
		'unknown';
	let nproc = String( os.availableParallelism() );
	try {
		nproc = execFileSync( 'nproc', { encoding: 'utf8' } ).trim();
	} catch {
		// nproc missing: keep Node's count
	}
	return {
		nproc,
		cpu: model,
		node: process.version,
		os: `${ os.type() } ${ os.release() }`,
		memoryGb: Math.round( os.totalmem() / 2 ** 30 ),
	};
}
