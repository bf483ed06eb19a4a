import type { ScreenProps } from '../types';
import { CustomerDetail } from './customer-detail';
import { CustomerEdit } from './customer-edit';
import { CustomerList } from './customer-list';

/** Customers: the list, a new one at `…/new`, a customer at `…/{id}` and its edit form at `…/{id}/edit`. */
export default function CustomersScreen( {
	subpath,
	pageUrl,
	basePath,
}: ScreenProps ) {
	if ( subpath.length === 0 ) {
		return <CustomerList pageUrl={ pageUrl } />;
	}
	if ( subpath[ 0 ] === 'new' ) {
		return <CustomerEdit key="new" id={ null } pageUrl={ pageUrl } />;
	}
	const id = Number( subpath[ 0 ] );
	if ( subpath[ 1 ] === 'edit' ) {
		return (
			<CustomerEdit
				key={ `${ id }-edit` }
				id={ id }
				pageUrl={ pageUrl }
			/>
		);
	}
	return (
		<CustomerDetail
			key={ id }
			id={ id }
			pageUrl={ pageUrl }
			basePath={ basePath }
		/>
	);
}
