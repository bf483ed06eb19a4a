import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
	migrate,
	openDatabase,
	type Db,
} from '../../../server/src/db/connection';
import { ProductRepository } from '../../../server/src/db/product-repository';
import { productDefaults } from '../../../server/src/domain/product-defaults';

const MIGRATIONS = path.join( __dirname, '../../../server/src/db/migrations' );
// Stored instants are fixed-width (migration 0004 refuses any other text in memberships).
const NOW = '2026-03-11T10:00:00.000Z';

/** Applies the migrations numbered below 5, as a database last opened before 0005 has them. */
function migrateToVersion4( db: Db ): void {
	for ( const name of fs
		.readdirSync( MIGRATIONS )
		.filter( ( file ) => /^000[1-4]_/.test( file ) )
		.sort() ) {
		db.exec( fs.readFileSync( path.join( MIGRATIONS, name ), 'utf8' ) );
	}
	db.pragma( 'user_version = 4' );
}

function addProduct( db: Db, id: number, slug: string, type = 'plan' ): void {
	db.prepare(
		`INSERT INTO products ( id, slug, name, type, pricing_type, amount, currency, recurring, duration, duration_unit, created_at, updated_at )
		VALUES ( ?, ?, ?, ?, 'paid', 1000, 'USD', 1, 1, 'month', ?, ? )`
	).run( id, slug, slug, type, NOW, NOW );
}

/** A network at version 4: four products, a membership on product 2 with add-on 3, a paid line for product 3. */
function seedVersion4( db: Db ): void {
	addProduct( db, 1, 'free' );
	addProduct( db, 2, 'premium' );
	addProduct( db, 3, 'extra-disk', 'package' );
	addProduct( db, 4, 'site-setup', 'service' );
	db.exec( `
		INSERT INTO users ( id, username, email, display_name, role, password_hash, created_at ) VALUES ( 1, 'petra', 'petra@example.test', 'Petra', 'customer', 'x', '${ NOW }' );
		INSERT INTO customers ( id, user_id, created_at ) VALUES ( 1, 1, '${ NOW }' );
		INSERT INTO memberships ( id, customer_id, status, plan_id, duration, duration_unit, currency, period_start_at, anchor_day, auto_renew, created_at, updated_at )
			VALUES ( 1, 1, 'active', 2, 1, 'month', 'USD', '${ NOW }', 11, 1, '${ NOW }', '${ NOW }' );
		INSERT INTO membership_addons ( membership_id, product_id, quantity ) VALUES ( 1, 3, 2 );
		INSERT INTO membership_items ( membership_id, position, product_id, quantity, value_amount, covered_days, recurring ) VALUES ( 1, 0, 2, 1, 1000, 31, 1 );
		INSERT INTO payments ( id, customer_id, membership_id, status, kind, total_amount, currency, gateway, created_at ) VALUES ( 1, 1, 1, 'completed', 'initial', 3000, 'USD', 'test', '${ NOW }' );
		INSERT INTO payment_lines ( payment_id, position, kind, product_id, description, quantity, unit_amount, amount ) VALUES ( 1, 0, 'addon', 3, 'Extra Disk', 2, 1000, 2000 );
	` );
}

describe( 'migration 0005: product ids are never reused', () => {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-0005-' ) );
	afterAll( () => fs.rmSync( dir, { recursive: true, force: true } ) );

	it( 'keeps every row and reference of a version-4 database, then never gives a deleted id again', () => {
		const db = openDatabase( path.join( dir, 'network.sqlite' ) );
		migrateToVersion4( db );
		seedVersion4( db );

		expect( migrate( db ) ).toBeGreaterThanOrEqual( 5 );

		expect( db.prepare( 'PRAGMA foreign_key_check' ).all() ).toEqual( [] );
		expect(
			db.prepare( 'SELECT id, slug FROM products ORDER BY id' ).all()
		).toEqual( [
			{ id: 1, slug: 'free' },
			{ id: 2, slug: 'premium' },
			{ id: 3, slug: 'extra-disk' },
			{ id: 4, slug: 'site-setup' },
		] );
		expect(
			db
				.prepare( 'SELECT product_id, quantity FROM membership_addons' )
				.all()
		).toEqual( [ { product_id: 3, quantity: 2 } ] );
		expect(
			db.prepare( 'SELECT product_id FROM payment_lines' ).all()
		).toEqual( [ { product_id: 3 } ] );
		expect(
			db
				.prepare(
					"SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'products' AND name NOT LIKE 'sqlite_%'"
				)
				.all()
		).toEqual( [ { name: 'products_type_order' } ] );
		expect(
			(
				db
					.prepare(
						"SELECT sql FROM sqlite_schema WHERE name = 'products'"
					)
					.get() as { sql: string }
			 ).sql
		).toMatch( /AUTOINCREMENT/ );
		// The references still hold: a product in use cannot be deleted from under its membership.
		expect( () =>
			db.prepare( 'DELETE FROM products WHERE id = 2' ).run()
		).toThrow( /FOREIGN KEY/ );

		const products = new ProductRepository( db );
		products.delete( 4 );
		const next = products.insert(
			{
				...productDefaults( 'USD' ),
				slug: 'site-setup-2',
				name: 'Site Setup',
				type: 'service',
				amount: 4900,
			},
			NOW
		);
		expect( next.id ).toBe( 5 );
		db.close();
	} );

	it( 'gives a fresh database ids that are not reused either', () => {
		const db = openDatabase( ':memory:' );
		migrate( db );
		const products = new ProductRepository( db );
		const first = products.insert(
			{ ...productDefaults( 'USD' ), slug: 'a', name: 'A', amount: 100 },
			NOW
		);
		products.delete( first.id );
		expect(
			products.insert(
				{
					...productDefaults( 'USD' ),
					slug: 'b',
					name: 'B',
					amount: 100,
				},
				NOW
			).id
		).toBe( first.id + 1 );
	} );
} );
