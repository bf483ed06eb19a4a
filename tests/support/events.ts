import request from 'supertest';
import { API, type TestApp } from './test-app';

/** An event as `GET /events` answers it (API.md "Events, webhooks and e-mails"). */
export interface WireEvent {
	id: number;
	type: string;
	created_at: string;
	data: { object: Record< string, any >; previous?: Record< string, any > };
}

/** The events after id `after` (0: all), oldest first, as the admin reads them. */
export async function eventsAfter(
	t: TestApp,
	after = 0
): Promise< WireEvent[] > {
	const res = await request( t.app )
		.get( `${ API }/events?after=${ after }&order=asc&per_page=100` )
		.set( 'Authorization', t.admin )
		.expect( 200 );
	return res.body;
}

/** The id of the newest event so far (0 when none): a mark to read the next change's events from. */
export async function lastEventId( t: TestApp ): Promise< number > {
	const res = await request( t.app )
		.get( `${ API }/events?per_page=1` )
		.set( 'Authorization', t.admin )
		.expect( 200 );
	return res.body[ 0 ]?.id ?? 0;
}

/** Runs `change` and answers the events it wrote, oldest first. */
export async function eventsOf(
	t: TestApp,
	change: () => Promise< unknown >
): Promise< WireEvent[] > {
	const mark = await lastEventId( t );
	await change();
	return eventsAfter( t, mark );
}

/** The types of `events`, in order. */
export function typesOf( events: WireEvent[] ): string[] {
	return events.map( ( event ) => event.type );
}

/** A weekly plan dearer per day than a yearly Premium (a move to it is an upgrade with credit above the charge, K5, W1); answers its id. */
export async function sprintPlan( t: TestApp ): Promise< number > {
	const res = await request( t.app )
		.post( `${ API }/products` )
		.set( 'Authorization', t.admin )
		.send( {
			name: 'Sprint',
			type: 'plan',
			amount: 10000,
			duration: 1,
			duration_unit: 'week',
			group: 'High End',
			list_order: 5,
		} )
		.expect( 201 );
	return res.body.id;
}
