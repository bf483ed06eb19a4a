import type { ScreenProps } from '../types';
import { PaymentDetail } from './payment-detail';
import { PaymentList } from './payment-list';

/** Payments: the list, and a payment with its lines at `…/{id}`. */
export default function PaymentsScreen( {
	subpath,
	pageUrl,
	basePath,
}: ScreenProps ) {
	if ( subpath.length === 0 ) {
		return <PaymentList pageUrl={ pageUrl } basePath={ basePath } />;
	}
	return (
		<PaymentDetail
			key={ subpath[ 0 ] }
			id={ Number( subpath[ 0 ] ) }
			pageUrl={ pageUrl }
			basePath={ basePath }
		/>
	);
}
