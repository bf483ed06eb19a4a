import { isReadSnapshot, type Db } from './connection';
import type { Product, ProductType } from '../domain/types';
import { groupKey } from '../domain/offer';
import {
	PRODUCT_COLUMNS,
	productValues,
	toProduct,
	type ProductRow,
} from './product-rows';
import { cacheEnabled } from '../domain/cache-switches';

/** Filters of the product collection. */
export interface ProductQuery {
	/** Only active (true) or inactive (false) products; all when undefined. */
	active?: boolean;
	type?: ProductType;
	group?: string;
	search?: string;
	orderby: 'id' | 'name' | 'list_order' | 'amount' | 'slug' | 'type';
	order: 'asc' | 'desc';
	limit: number;
	offset: number;
}

const ORDER_COLUMNS: Record< ProductQuery[ 'orderby' ], string > = {
	id: 'id',
	name: 'name COLLATE NOCASE',
	list_order: 'list_order',
	amount: 'amount',
	slug: 'slug',
	type: 'type',
};

/** The catalogue. */
export class ProductRepository {
	/** The committed catalogue as last read, and the connection's data_version then. */
	private cached: { dataVersion: number; products: Product[] } | null = null;

	/**
	 * A write through this repository happened in a transaction that may not have ended yet:
	 * until a read outside any transaction, fills inside transactions are off (a rollback could
	 * undo the rows they would keep).
	 */
	private wroteInTransaction = false;

	constructor( private readonly db: Db ) {}

	/** Every write drops the catalogue; none may happen in a read snapshot, whose cache fill would outlive its rollback. */
	private dropCache(): void {
		if ( isReadSnapshot( this.db ) ) {
			throw new Error(
				'A read-only request tried to change the catalogue.'
			);
		}
		this.cached = null;
		this.wroteInTransaction ||= this.db.inTransaction;
	}

	/**
	 * Every product. The parsed catalogue is kept between calls (every quote reads it) while it
	 * is certainly current: no write through this repository since (they clear it), no commit by
	 * another connection (`PRAGMA data_version`), and it is filled only where no rollback could
	 * undo the rows it holds: outside a transaction, in a read snapshot, or in a write transaction
	 * that has not written products (the period-end job and checkouts read the catalogue in theirs;
	 * RULES L3: limits change at once).
	 */
	all(): Product[] {
		if ( ! cacheEnabled( 'product-catalogue' ) ) {
			return this.readAll();
		}
		const dataVersion = (
			this.db.prepare( 'PRAGMA data_version' ).get() as {
				data_version: number;
			}
		 ).data_version;
		if ( this.cached && this.cached.dataVersion === dataVersion ) {
			return [ ...this.cached.products ];
		}
		if ( ! this.db.inTransaction ) {
			this.wroteInTransaction = false;
		}
		const products = this.readAll();
		this.cached =
			this.db.inTransaction &&
			! isReadSnapshot( this.db ) &&
			this.wroteInTransaction
				? null
				: { dataVersion, products };
		return [ ...products ];
	}

	private readAll(): Product[] {
		return (
			this.db
				.prepare( 'SELECT * FROM products ORDER BY list_order, id' )
				.all() as ProductRow[]
		 ).map( toProduct );
	}

	find( id: number ): Product | null {
		const row = this.db
			.prepare( 'SELECT * FROM products WHERE id = ?' )
			.get( id ) as ProductRow | undefined;
		return row ? toProduct( row ) : null;
	}

	findBySlug( slug: string ): Product | null {
		const row = this.db
			.prepare( 'SELECT * FROM products WHERE slug = ?' )
			.get( slug ) as ProductRow | undefined;
		return row ? toProduct( row ) : null;
	}

	/** A page of products and the total matching the filters. */
	list( query: ProductQuery ): { items: Product[]; total: number } {
		const where: string[] = [];
		const args: unknown[] = [];
		if ( query.active !== undefined ) {
			where.push( 'active = ?' );
			args.push( query.active ? 1 : 0 );
		}
		if ( query.type ) {
			where.push( 'type = ?' );
			args.push( query.type );
		}
		if ( query.group !== undefined ) {
			// NOTE: matches the spelling-blind groupKey of domain/offer.ts for ASCII names (stored names are canonical since the change that made it).
			where.push(
				"REPLACE( REPLACE( LOWER( plan_group ), ' ', '' ), char( 9 ), '' ) = ?"
			);
			args.push( groupKey( query.group ) );
		}
		if ( query.search ) {
			where.push(
				"( name LIKE ? ESCAPE '\\' OR slug LIKE ? ESCAPE '\\' )"
			);
			const like = `%${ query.search.replace( /[\\%_]/g, ( c ) => `\\${ c }` ) }%`;
			args.push( like, like );
		}
		const clause =
			where.length > 0 ? `WHERE ${ where.join( ' AND ' ) }` : '';
		const total = (
			this.db
				.prepare( `SELECT COUNT(*) AS n FROM products ${ clause }` )
				.get( ...args ) as { n: number }
		 ).n;
		const direction = query.order === 'desc' ? 'DESC' : 'ASC';
		const rows = this.db
			.prepare(
				`SELECT * FROM products ${ clause } ORDER BY ${ ORDER_COLUMNS[ query.orderby ] } ${ direction }, id ${ direction } LIMIT ? OFFSET ?`
			)
			.all( ...args, query.limit, query.offset ) as ProductRow[];
		return { items: rows.map( toProduct ), total };
	}

	insert( product: Omit< Product, 'id' >, now: string ): Product {
		this.dropCache();
		const info = this.db
			.prepare(
				`INSERT INTO products ( ${ PRODUCT_COLUMNS }, created_at, updated_at ) VALUES ( ${ '?, '.repeat( 21 ) }?, ? )`
			)
			.run( ...productValues( product ), now, now );
		return this.find( Number( info.lastInsertRowid ) ) as Product;
	}

	update( product: Product, now: string ): Product {
		this.dropCache();
		const sets = PRODUCT_COLUMNS.split( ', ' )
			.map( ( column ) => `${ column } = ?` )
			.join( ', ' );
		this.db
			.prepare(
				`UPDATE products SET ${ sets }, updated_at = ? WHERE id = ?`
			)
			.run( ...productValues( product ), now, product.id );
		return this.find( product.id ) as Product;
	}

	delete( id: number ): void {
		this.dropCache();
		this.db.prepare( 'DELETE FROM products WHERE id = ?' ).run( id );
	}

	/** Number of memberships holding this product (plan, add-on, item or scheduled change). */
	membershipsUsing( id: number ): number {
		const row = this.db
			.prepare(
				`SELECT COUNT(*) AS n FROM memberships m WHERE m.plan_id = ? OR m.scheduled_plan_id = ?
				OR EXISTS ( SELECT 1 FROM membership_addons a WHERE a.membership_id = m.id AND a.product_id = ? )
				OR EXISTS ( SELECT 1 FROM membership_items i WHERE i.membership_id = m.id AND i.product_id = ? )
				OR EXISTS ( SELECT 1 FROM json_each( COALESCE( m.scheduled_addons, '[]' ) ) j WHERE json_extract( j.value, '$.product_id' ) = ? )`
			)
			.get( id, id, id, id, id ) as { n: number };
		return row.n;
	}

	/** The distinct non-empty plan groups, by name; spellings of one group (groupKey) appear once, in the spelling of its lowest-id plan. */
	groups(): string[] {
		const rows = this.db
			.prepare(
				"SELECT plan_group FROM products WHERE type = 'plan' AND plan_group <> '' ORDER BY id"
			)
			.all() as { plan_group: string }[];
		const byKey = new Map< string, string >();
		for ( const row of rows ) {
			if ( ! byKey.has( groupKey( row.plan_group ) ) ) {
				byKey.set( groupKey( row.plan_group ), row.plan_group );
			}
		}
		return [ ...byKey.values() ].sort( ( a, b ) =>
			a.localeCompare( b, 'en', { sensitivity: 'base' } )
		);
	}

	count(): number {
		return (
			this.db.prepare( 'SELECT COUNT(*) AS n FROM products' ).get() as {
				n: number;
			}
		 ).n;
	}
}
