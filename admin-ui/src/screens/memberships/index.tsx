import { useRouter } from '../../shell/router';
import type { ScreenProps } from '../types';
import { MembershipChange } from './membership-change';
import { MembershipDetail } from './membership-detail';
import { MembershipList } from './membership-list';
import { MembershipNew } from './membership-new';

/**
 * Memberships: the list, a new one at `…/new` (`?customer=3` chooses the customer), a membership
 * at `…/{id}`, its plan change at `…/{id}/change`.
 */
export default function MembershipsScreen( {
	subpath,
	pageUrl,
	basePath,
}: ScreenProps ) {
	const { search } = useRouter();
	if ( subpath.length === 0 ) {
		return <MembershipList pageUrl={ pageUrl } basePath={ basePath } />;
	}
	if ( subpath[ 0 ] === 'new' ) {
		const customer = Number(
			new URLSearchParams( search ).get( 'customer' )
		);
		return (
			<MembershipNew
				key={ search }
				customerId={
					Number.isSafeInteger( customer ) && customer > 0
						? customer
						: null
				}
				pageUrl={ pageUrl }
				basePath={ basePath }
			/>
		);
	}
	const id = Number( subpath[ 0 ] );
	if ( subpath[ 1 ] === 'change' ) {
		return <MembershipChange key={ id } id={ id } pageUrl={ pageUrl } />;
	}
	return (
		<MembershipDetail
			key={ id }
			id={ id }
			pageUrl={ pageUrl }
			basePath={ basePath }
		/>
	);
}
