import {
	buildOffer,
	groupKey,
	sameGroup,
} from '../../../server/src/domain/offer';
import {
	BASIC,
	catalogue,
	FREE,
	membership,
	PREMIUM,
} from '../../support/catalogue';

// Plan groups are one family whatever their case and spaces (RULES G1, billing decision "Plan Group spelling").
describe( 'plan group names compared without regard to case and spaces', () => {
	it( 'treats "High End", "high  end" and "HighEnd" as one group, and "" as no group only', () => {
		expect( sameGroup( 'High End', ' high  end ' ) ).toBe( true );
		expect( sameGroup( 'High End', 'HIGHEND' ) ).toBe( true );
		expect( sameGroup( 'High End', 'High Ender' ) ).toBe( false );
		expect( groupKey( '' ) ).toBe( '' );
		expect( sameGroup( '', 'High End' ) ).toBe( false );
	} );

	it( 'G1 offers a Free member the Premium plan stored as "high end" and never Basic', () => {
		const products = catalogue().map( ( product ) =>
			product.id === PREMIUM ? { ...product, group: 'high end' } : product
		);
		const offer = buildOffer(
			membership( products, {
				planId: FREE,
				periodStart: '2026-03-01T00:00:00Z',
			} ),
			products
		);
		expect( offer.plans.map( ( plan ) => plan.product.id ) ).toEqual( [
			FREE,
			PREMIUM,
		] );
		expect( offer.plans.map( ( plan ) => plan.product.id ) ).not.toContain(
			BASIC
		);
	} );
} );
