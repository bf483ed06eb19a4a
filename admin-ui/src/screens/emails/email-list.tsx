import type { Field, View } from '@wordpress/dataviews';
import { useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { Email } from '../../api/types';
import {
	DataList,
	restQuery,
	useListView,
	type ListSpec,
} from '../../components/data-list';
import { idField, statusField } from '../../components/data-list/common-fields';
import { emailsQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { formatDate } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link } from '../../shell/router';
import { EMAIL_STATUSES, emailKindLabel, emailStatusLabel } from './labels';

const SPEC: ListSpec = { filters: [ 'status' ], perPage: 20 };
const INITIAL: View = {
	type: 'table',
	fields: [ 'status', 'to', 'subject', 'kind', 'created_at' ],
	titleField: 'id',
	sort: { field: 'id', direction: 'desc' },
	layout: {},
};

function emailFields( pageUrl: string, basePath: string ): Field< Email >[] {
	return [
		idField< Email >( __( 'E-mail', 'wu-plan-change' ), pageUrl ),
		{
			...statusField< Email[ 'status' ], Email >(
				EMAIL_STATUSES,
				emailStatusLabel
			),
			enableSorting: false,
		},
		{
			id: 'to',
			label: __( 'To', 'wu-plan-change' ),
			enableSorting: false,
			render: ( { item } ) => (
				<Link href={ `${ basePath }customers/${ item.customer_id }` }>
					{ item.to }
				</Link>
			),
		},
		{
			id: 'subject',
			label: __( 'Subject', 'wu-plan-change' ),
			enableSorting: false,
			enableGlobalSearch: true,
			render: ( { item } ) => (
				<Link href={ `${ pageUrl }/${ item.id }` }>
					{ item.subject }
				</Link>
			),
		},
		{
			id: 'kind',
			label: __( 'About', 'wu-plan-change' ),
			enableSorting: false,
			render: ( { item } ) => emailKindLabel( item.kind ),
		},
		{
			id: 'created_at',
			label: __( 'Date', 'wu-plan-change' ),
			enableSorting: false,
			render: ( { item } ) => formatDate( item.created_at ),
		},
	];
}

/** The e-mails to customers, newest first: paged and filtered by status on the server. */
export function EmailList( {
	pageUrl,
	basePath,
}: {
	pageUrl: string;
	basePath: string;
} ) {
	const { createNotice } = useNotices();
	const [ view, setView ] = useListView( pageUrl, INITIAL, SPEC );
	const loaded = useQuery( emailsQuery, restQuery( view, SPEC ) );
	useEffect( () => {
		if ( loaded.error ) {
			createNotice( 'error', loaded.error );
		}
	}, [ loaded.error, createNotice ] );
	return (
		<div className="wu-list-screen">
			<DataList
				label={ __( 'Sent e-mails', 'wu-plan-change' ) }
				data={ loaded.data?.items ?? [] }
				fields={ emailFields( pageUrl, basePath ) }
				view={ view }
				onChangeView={ setView }
				total={ loaded.data?.total ?? 0 }
				totalPages={ loaded.data?.totalPages ?? 0 }
				isLoading={ loaded.loading }
				getItemId={ ( email ) => String( email.id ) }
				empty={
					view.filters?.length || view.search
						? __( 'No e-mails match.', 'wu-plan-change' )
						: __( 'No e-mails yet.', 'wu-plan-change' )
				}
			/>
		</div>
	);
}
