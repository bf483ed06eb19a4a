import { parseSignedMoney } from '../../admin-ui/src/screens/customers/wallet-adjust';
import { refundableOf } from '../../admin-ui/src/screens/payments/payment-refunds';
import type { Payment } from '../../admin-ui/src/api/types';

// What the wallet form and the refund dialog read from typed amounts (RULES X3, X4; M1 minor units).
describe( 'ending: amounts typed and left to refund', () => {
	it( 'reads a signed amount in major units exactly, minus or plus, and refuses other text', () => {
		expect( parseSignedMoney( '25', 'USD' ) ).toBe( 2500 );
		expect( parseSignedMoney( '-12.50', 'USD' ) ).toBe( -1250 );
		expect( parseSignedMoney( '+0,99', 'USD' ) ).toBe( 99 );
		expect( parseSignedMoney( '−3', 'USD' ) ).toBe( -300 );
		expect( parseSignedMoney( '-1000', 'JPY' ) ).toBe( -1000 );
		expect( parseSignedMoney( '1.234', 'USD' ) ).toBeNull();
		expect( parseSignedMoney( 'ten', 'USD' ) ).toBeNull();
		expect( parseSignedMoney( '--5', 'USD' ) ).toBeNull();
	} );

	it( 'leaves total − refunded of a completed or partially refunded payment, nothing of the others', () => {
		const payment = ( status: Payment[ 'status' ], refunded: number ) =>
			( {
				status,
				total: 14900,
				refunded_total: refunded,
			} ) as Payment;
		expect( refundableOf( payment( 'completed', 0 ) ) ).toBe( 14900 );
		expect( refundableOf( payment( 'partially_refunded', 5000 ) ) ).toBe(
			9900
		);
		expect( refundableOf( payment( 'refunded', 14900 ) ) ).toBe( 0 );
		expect( refundableOf( payment( 'pending', 0 ) ) ).toBe( 0 );
	} );
} );
