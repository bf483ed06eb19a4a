import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, openDatabase } from '../../../server/src/db/connection';
import { ProductRepository } from '../../../server/src/db/product-repository';
import { productDefaults } from '../../../server/src/domain/product-defaults';
import type { Product } from '../../../server/src/domain/types';

// ProductRepository.all() keeps the parsed catalogue only while it is certainly current (RULES L3).
const plan = ( slug: string, visits: number ): Omit< Product, 'id' > => ( {
	...productDefaults( 'USD' ),
	slug,
	name: slug,
	amount: 1000,
	listOrder: 1,
	limits: { visits },
} );
const NOW = '2026-03-11T10:00:00Z';

describe( 'the catalogue kept between reads', () => {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-products-' ) );
	afterAll( () => fs.rmSync( dir, { recursive: true, force: true } ) );

	it( 'sees a write through the repository, a commit by another connection, and never a rolled-back write', () => {
		const file = path.join( dir, 'catalogue.sqlite' );
		const db = openDatabase( file );
		migrate( db );
		const products = new ProductRepository( db );
		const free = products.insert( plan( 'free', 1000 ), NOW );
		expect( products.all().map( ( p ) => p.limits.visits ) ).toEqual( [
			1000,
		] );

		products.update( { ...free, limits: { visits: 2000 } }, NOW );
		expect( products.all()[ 0 ].limits.visits ).toBe( 2000 );

		const other = openDatabase( file );
		new ProductRepository( other ).update(
			{ ...free, limits: { visits: 3000 } },
			NOW
		);
		expect( products.all()[ 0 ].limits.visits ).toBe( 3000 );

		expect( () =>
			db.transaction( () => {
				products.update( { ...free, limits: { visits: 4000 } }, NOW );
				expect( products.all()[ 0 ].limits.visits ).toBe( 4000 );
				throw new Error( 'roll back' );
			} )()
		).toThrow( 'roll back' );
		expect( products.all()[ 0 ].limits.visits ).toBe( 3000 );
		other.close();
		db.close();
	} );

	it( 'hands out a fresh array each time', () => {
		const db = openDatabase( ':memory:' );
		migrate( db );
		const products = new ProductRepository( db );
		products.insert( plan( 'a', 1 ), NOW );
		products.all().pop();
		expect( products.all() ).toHaveLength( 1 );
	} );
} );
