import request from 'supertest';
import {
	CACHE_NAMES,
	setCacheEnabled,
} from '../../server/src/domain/cache-switches';
import { addMembership, createCatalogue } from '../support/http-catalogue';
import { addCustomer, API, createTestApp } from '../support/test-app';

// Each hand-made cache only saves work: with any one of them off (as the benchmark's A/B runs
// them, docs/benchmarks.md "Hand-made parts and caches (A/B)"), the answers are the same.
const NOW = '2026-03-11T10:00:00Z';

describe( 'the hand-made caches', () => {
	afterEach( () =>
		CACHE_NAMES.forEach( ( name ) => setCacheEnabled( name, true ) )
	);

	it( 'change no quote, in English or in Norwegian, when any one of them is off', async () => {
		const t = createTestApp( NOW );
		const c = await createCatalogue( t );
		const nora = await addCustomer( t, 'nora' );
		const membership = await addMembership( t, {
			customer_id: nora.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const quotes = async () => {
			const answers: Record< string, unknown >[] = [];
			for ( const locale of [ 'en_US', 'nb_NO' ] ) {
				await request( t.app )
					.put( `${ API }/users/me` )
					.set( 'Authorization', t.basic( 'nora' ) )
					.send( { locale } )
					.expect( 200 );
				const { body } = await request( t.app )
					.post( `${ API }/memberships/${ membership.id }/quote` )
					.set( 'Authorization', t.basic( 'nora' ) )
					.send( { duration: 1, duration_unit: 'year' } )
					.expect( 200 );
				// The open quote's id is new each time; everything else must not be.
				const { id, ...rest } = body as Record< string, unknown >;
				expect( id ).toEqual( expect.any( String ) );
				answers.push( rest );
			}
			return answers;
		};
		const expected = await quotes();
		expect( expected[ 0 ].explanation ).toContain( '99.00 USD' );
		expect( expected[ 1 ].explanation ).toContain( '99,00' );
		for ( const name of CACHE_NAMES ) {
			setCacheEnabled( name, false );
			expect( { off: name, quotes: await quotes() } ).toEqual( {
				off: name,
				quotes: expected,
			} );
			setCacheEnabled( name, true );
		}
	} );
} );
