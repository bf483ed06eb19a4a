// Fills a fresh SQLite file with a network at scale: the RULES §9 catalogue, an admin,
// N customers (one saved test card each), N memberships (Premium monthly, every tenth with
// Extra Disk), 3 sites per membership, and each membership's initial payment.
import type { Db } from '../../server/src/db/connection';
import { migrate, openDatabase } from '../../server/src/db/connection';
import { storeInstant } from '../../server/src/db/instants';
import { ProductRepository } from '../../server/src/db/product-repository';
import { productDefaults } from '../../server/src/domain/product-defaults';
import type { Product } from '../../server/src/domain/types';
import { hashPasswordSync } from '../../server/src/services/passwords';

export interface GeneratedNetwork {
	file: string;
	adminPassword: string;
	products: {
		free: number;
		basic: number;
		premium: number;
		visits: number;
		disk: number;
	};
	customers: number;
	memberships: number;
	sites: number;
	/** Every membership's period: [periodStart, periodEnd). */
	periodStart: string;
	periodEnd: string;
	seconds: number;
}

const CREATED = '2026-03-01T00:00:00Z';

function product(
	fields: Partial< Product > & Pick< Product, 'slug' | 'name' >
): Omit< Product, 'id' > {
	return { ...productDefaults( 'USD' ), ...fields };
}

function insertCatalogue( db: Db ): GeneratedNetwork[ 'products' ] {
	const repo = new ProductRepository( db );
	const visits = repo.insert(
		product( {
			slug: 'unlimited-visits',
			name: 'Unlimited Visits',
			type: 'package',
			amount: 1000,
			listOrder: 4,
			limits: { visits: 'unlimited' },
		} ),
		CREATED
	).id;
	const disk = repo.insert(
		product( {
			slug: 'extra-disk',
			name: 'Extra Disk',
			type: 'package',
			amount: 500,
			listOrder: 5,
			stackable: true,
			maxQuantity: 5,
			limits: { disk_space: 10240 },
		} ),
		CREATED
	).id;
	const free = repo.insert(
		product( {
			slug: 'free',
			name: 'Free',
			pricingType: 'free',
			group: 'High End',
			listOrder: 1,
			limits: {
				sites: 1,
				visits: 1000,
				disk_space: 100,
				users: 1,
				custom_domains: 0,
				posts: { post: 10, page: 5 },
			},
		} ),
		CREATED
	).id;
	const basic = repo.insert(
		product( {
			slug: 'basic',
			name: 'Basic',
			amount: 2900,
			priceVariations: [
				{ duration: 1, durationUnit: 'year', amount: 29000 },
			],
			listOrder: 2,
			limits: {
				sites: 1,
				visits: 10000,
				disk_space: 1024,
				users: 3,
				custom_domains: 1,
				posts: { post: 100, page: 20 },
			},
		} ),
		CREATED
	).id;
	const premium = repo.insert(
		product( {
			slug: 'premium',
			name: 'Premium',
			amount: 9900,
			priceVariations: [
				{ duration: 1, durationUnit: 'year', amount: 99000 },
			],
			setupFee: 5000,
			group: 'High End',
			listOrder: 3,
			availableAddons: [ visits, disk ],
			limits: {
				sites: 5,
				visits: 50000,
				disk_space: 10240,
				users: 10,
				custom_domains: 5,
				posts: { post: 'unlimited', page: 100 },
			},
		} ),
		CREATED
	).id;
	return { free, basic, premium, visits, disk };
}

/** Generates the network into `file` (which must not exist yet). */
export function generateNetwork(
	file: string,
	count: number,
	sitesPerMembership = 3
): GeneratedNetwork {
	const started = process.hrtime.bigint();
	const db = openDatabase( file );
	migrate( db );
	const adminPassword = 'bench-admin-password';
	// NOTE: one memory-hard hash for everyone; a hash per customer would take hours.
	const hash = hashPasswordSync( adminPassword );
	const products = insertCatalogue( db );
	const created = storeInstant( CREATED );
	const periodStart = storeInstant( '2026-03-01T00:00:00Z' );
	const periodEnd = storeInstant( '2026-04-01T00:00:00Z' );
	const s = {
		user: db.prepare(
			'INSERT INTO users ( id, username, email, display_name, role, password_hash, created_at ) VALUES ( ?, ?, ?, ?, ?, ?, ? )'
		),
		customer: db.prepare(
			'INSERT INTO customers ( id, user_id, card_reference, card_last4, created_at ) VALUES ( ?, ?, ?, ?, ? )'
		),
		membership: db.prepare(
			`INSERT INTO memberships ( id, customer_id, status, plan_id, duration, duration_unit, currency, period_start_at, period_end_at, anchor_day, auto_renew, created_at, updated_at )
			 VALUES ( ?, ?, 'active', ?, 1, 'month', 'USD', ?, ?, 1, 1, ?, ? )`
		),
		addon: db.prepare(
			'INSERT INTO membership_addons ( membership_id, product_id, quantity ) VALUES ( ?, ?, 1 )'
		),
		item: db.prepare(
			'INSERT INTO membership_items ( membership_id, position, product_id, quantity, value_amount, covered_days, recurring ) VALUES ( ?, ?, ?, 1, ?, 31, 1 )'
		),
		payment: db.prepare(
			`INSERT INTO payments ( id, customer_id, membership_id, status, kind, total_amount, currency, gateway, created_at, completed_at ) VALUES ( ?, ?, ?, 'completed', 'initial', ?, 'USD', 'manual', ?, ? )`
		),
		line: db.prepare(
			'INSERT INTO payment_lines ( payment_id, position, kind, product_id, description, quantity, unit_amount, amount ) VALUES ( ?, ?, ?, ?, ?, 1, ?, ? )'
		),
		site: db.prepare(
			'INSERT INTO sites ( membership_id, title, path, posts, disk_space, users, custom_domains, visits, created_at, updated_at ) VALUES ( ?, ?, ?, ?, ?, ?, ?, 0, ?, ? )'
		),
	};
	db.prepare(
		'INSERT INTO users ( id, username, email, display_name, role, password_hash, created_at ) VALUES ( 1, ?, ?, ?, ?, ?, ? )'
	).run(
		'admin',
		'admin@example.test',
		'Network Admin',
		'network_admin',
		hash,
		created
	);
	const chunk = 20_000;
	let siteNumber = 0;
	for ( let from = 1; from <= count; from += chunk ) {
		db.transaction( () => {
			for ( let i = from; i < Math.min( from + chunk, count + 1 ); i++ ) {
				const name = `c${ String( i ).padStart( 6, '0' ) }`;
				s.user.run(
					i + 1,
					name,
					`${ name }@example.test`,
					`Customer ${ i }`,
					'customer',
					hash,
					created
				);
				s.customer.run(
					i,
					i + 1,
					'test_card:4242424242424242',
					'4242',
					created
				);
				s.membership.run(
					i,
					i,
					products.premium,
					periodStart,
					periodEnd,
					created,
					created
				);
				const withDisk = i % 10 === 0;
				s.item.run( i, 0, products.premium, 9900 );
				s.payment.run(
					i,
					i,
					i,
					withDisk ? 10400 : 9900,
					created,
					created
				);
				s.line.run(
					i,
					0,
					'plan',
					products.premium,
					'Premium',
					9900,
					9900
				);
				if ( withDisk ) {
					s.addon.run( i, products.disk );
					s.item.run( i, 1, products.disk, 500 );
					s.line.run(
						i,
						1,
						'addon',
						products.disk,
						'Extra Disk',
						500,
						500
					);
				}
				for ( let k = 0; k < sitesPerMembership; k++ ) {
					siteNumber++;
					s.site.run(
						i,
						`Site ${ siteNumber }`,
						`/s${ siteNumber }/`,
						'{"post":12,"page":3}',
						40 + ( siteNumber % 50 ),
						1 + ( siteNumber % 3 ),
						siteNumber % 2,
						created,
						created
					);
				}
			}
		} )();
	}
	db.pragma( 'wal_checkpoint(TRUNCATE)' );
	db.pragma( 'optimize' );
	db.close();
	return {
		file,
		adminPassword,
		products,
		customers: count,
		memberships: count,
		sites: siteNumber,
		periodStart: '2026-03-01T00:00:00Z',
		periodEnd: '2026-04-01T00:00:00Z',
		seconds: Number( process.hrtime.bigint() - started ) / 1e9,
	};
}
