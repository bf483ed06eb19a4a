import type { ScreenProps } from '../types';
import { EmailDetail } from './email-detail';
import { EmailList } from './email-list';

/** Sent e-mails: the list, and one e-mail's text and HTML at `…/{id}`. */
export default function EmailsScreen( {
	subpath,
	pageUrl,
	basePath,
}: ScreenProps ) {
	if ( subpath.length === 0 ) {
		return <EmailList pageUrl={ pageUrl } basePath={ basePath } />;
	}
	return (
		<EmailDetail
			key={ subpath[ 0 ] }
			id={ Number( subpath[ 0 ] ) }
			pageUrl={ pageUrl }
			basePath={ basePath }
		/>
	);
}
