import {
	isUpgrade,
	movesFrom,
	planLanes,
} from '../../admin-ui/src/screens/plan-groups/lanes';
import type { Product } from '../../admin-ui/src/api/types';

const plan = ( id: number, fields: Partial< Product > ): Product =>
	( {
		id,
		name: `P${ id }`,
		type: 'plan',
		pricing_type: 'paid',
		amount: 1000,
		duration: 1,
		duration_unit: 'month',
		group: '',
		list_order: id,
		active: true,
		...fields,
	} ) as Product;

// The Plan Groups picture shows what RULES G1–G2 and K4 produce.
describe( 'plan lanes', () => {
	const free = plan( 1, {
		name: 'Free',
		pricing_type: 'free',
		amount: 0,
		group: 'High End',
	} );
	const basic = plan( 2, { name: 'Basic', amount: 2900 } );
	const premium = plan( 3, {
		name: 'Premium',
		amount: 9900,
		group: 'High End',
	} );

	it( 'puts each group in its own lane in Product Order and the plans without a group last (G1, G2)', () => {
		const lanes = planLanes( [ premium, basic, free ] );
		expect(
			lanes.map( ( lane ) => [
				lane.name,
				lane.plans.map( ( p ) => p.name ),
			] )
		).toEqual( [
			[ 'High End', [ 'Free', 'Premium' ] ],
			[ '', [ 'Basic' ] ],
		] );
		expect( movesFrom( lanes[ 0 ], free ).map( ( p ) => p.name ) ).toEqual(
			[ 'Premium' ]
		);
	} );

	it( 'names a path by price per day, not by Product Order (K4)', () => {
		expect( isUpgrade( free, premium ) ).toBe( true );
		expect( isUpgrade( premium, free ) ).toBe( false );
		const yearly = plan( 4, {
			amount: 30000,
			duration: 1,
			duration_unit: 'year',
		} ); // 0.82/day
		const monthly = plan( 5, { amount: 2900 } ); // 0.95/day
		expect( isUpgrade( monthly, yearly ) ).toBe( false );
		expect( isUpgrade( yearly, monthly ) ).toBe( true );
	} );
} );
