import type { ScreenProps } from '../types';
import { MembershipChange } from './membership-change';
import { MembershipDetail } from './membership-detail';
import { MembershipList } from './membership-list';

/** Memberships: the list, a membership at `…/{id}`, its plan change at `…/{id}/change`. */
export default function MembershipsScreen( { subpath, pageUrl, basePath }: ScreenProps ) {
	if ( subpath.length === 0 ) {
		return <MembershipList pageUrl={ pageUrl } basePath={ basePath } />;
	}
	const id = Number( subpath[ 0 ] );
	if ( subpath[ 1 ] === 'change' ) {
		return <MembershipChange key={ id } id={ id } pageUrl={ pageUrl } />;
	}
	return <MembershipDetail key={ id } id={ id } pageUrl={ pageUrl } basePath={ basePath } />;
}
