import { render, within } from '@testing-library/react';
import {
	UsageMeter,
	usageLevel,
} from '../../admin-ui/src/components/usage-meter';

describe( 'UsageMeter', () => {
	it( 'exposes used of limit as a meter with a spoken value', () => {
		const { container } = render(
			<UsageMeter label="Users" used={ 2 } limit={ 10 } />
		);
		const meter = within( container ).getByRole( 'meter', {
			name: 'Users',
		} );
		expect( meter ).toHaveAttribute( 'aria-valuenow', '2' );
		expect( meter ).toHaveAttribute( 'aria-valuemax', '10' );
		expect( meter ).toHaveAttribute( 'aria-valuetext', '2 of 10 (20%)' );
		expect( container ).toHaveTextContent( '2 of 10' );
		expect( container ).not.toHaveTextContent( /limit/i );
	} );

	it( 'marks usage at 80 % or more as near the limit, in words', () => {
		const { container } = render(
			<UsageMeter label="Posts" used={ 8 } limit={ 10 } />
		);
		expect(
			within( container ).getByText( 'Near the limit' )
		).toBeInTheDocument();
		expect(
			within( container )
				.getByRole( 'meter', { name: 'Posts' } )
				.getAttribute( 'aria-valuetext' )
		).toContain( 'Near the limit' );
		expect( container.firstChild ).toHaveClass( 'is-near' );
	} );

	it( 'says "At the limit" when usage equals the limit, not "Near the limit"', () => {
		const { container } = render(
			<UsageMeter label="Sites" used={ 1 } limit={ 1 } />
		);
		expect(
			within( container ).getByText( 'At the limit' )
		).toBeInTheDocument();
		expect(
			within( container ).queryByText( 'Near the limit' )
		).toBeNull();
		expect(
			within( container ).getByRole( 'meter', { name: 'Sites' } )
		).toHaveAttribute( 'aria-valuetext', '1 of 1 (100%) — At the limit' );
	} );

	it( 'marks usage above the limit as over it, and keeps the meter in range', () => {
		const { container } = render(
			<UsageMeter
				label="Disk space"
				used={ 2500 }
				limit={ 1024 }
				unit="mb"
			/>
		);
		expect(
			within( container ).getByText( 'Over the limit' )
		).toBeInTheDocument();
		const meter = within( container ).getByRole( 'meter', {
			name: 'Disk space',
		} );
		expect( meter ).toHaveAttribute( 'aria-valuenow', '1024' );
		expect( meter.getAttribute( 'aria-valuetext' ) ).toContain(
			'2.4 GB of 1 GB'
		);
	} );

	it( 'shows Unlimited as such, without a meter', () => {
		const { container } = render(
			<UsageMeter
				label="Visits this month"
				used={ 30000 }
				limit="unlimited"
			/>
		);
		expect( container ).toHaveTextContent( '30,000 used · Unlimited' );
		expect( within( container ).queryByRole( 'meter' ) ).toBeNull();
	} );

	it( 'treats any use of a zero limit as over it', () => {
		expect( usageLevel( 0, 0 ) ).toBe( 'ok' );
		expect( usageLevel( 1, 0 ) ).toBe( 'over' );
		expect( usageLevel( 79, 100 ) ).toBe( 'ok' );
		expect( usageLevel( 100, 100 ) ).toBe( 'near' );
		expect( usageLevel( 5, 'unlimited' ) ).toBe( 'unlimited' );
	} );
} );
