import type { ScreenProps } from '../types';
import { CustomerDetail } from './customer-detail';
import { CustomerList } from './customer-list';

/** Customers: the list, and a customer at `…/{id}`. */
export default function CustomersScreen( { subpath, pageUrl, basePath }: ScreenProps ) {
	if ( subpath.length === 0 ) {
		return <CustomerList pageUrl={ pageUrl } />;
	}
	return <CustomerDetail key={ subpath[ 0 ] } id={ Number( subpath[ 0 ] ) } pageUrl={ pageUrl } basePath={ basePath } />;
}
