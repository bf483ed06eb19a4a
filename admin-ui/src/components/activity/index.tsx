import { Notice } from '@wordpress/components';
import type { Field, View } from '@wordpress/dataviews';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { AuditEntry } from '../../api/audit';
import { auditQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { formatDate } from '../../format';
import { DataList } from '../data-list';
import { Panel } from '../panel';
import { actionLabel } from './action-labels';
import { fieldChanges } from './changes';

const INITIAL: View = {
	type: 'table',
	page: 1,
	perPage: 10,
	fields: [ 'at', 'actor', 'action', 'changes' ],
	layout: {},
};

/** At most this many changed fields are listed per entry; the rest are counted. */
const SHOWN_CHANGES = 4;

const FIELDS: Field< AuditEntry >[] = [
	{
		id: 'at',
		label: __( 'When', 'wu-plan-change' ),
		enableSorting: false,
		render: ( { item } ) =>
			`${ formatDate( item.at ) } ${ item.at.slice( 11, 16 ) }`,
	},
	{
		id: 'actor',
		label: __( 'Who', 'wu-plan-change' ),
		enableSorting: false,
		render: ( { item } ) =>
			item.actor?.username ?? __( 'System', 'wu-plan-change' ),
	},
	{
		id: 'action',
		label: __( 'What', 'wu-plan-change' ),
		enableSorting: false,
		render: ( { item } ) => actionLabel( item.action ),
	},
	{
		id: 'changes',
		label: __( 'Changes', 'wu-plan-change' ),
		enableSorting: false,
		render: ( { item } ) => {
			const changes = fieldChanges( item.before, item.after );
			return (
				<ul className="wu-activity-changes">
					{ changes.slice( 0, SHOWN_CHANGES ).map( ( c ) => (
						<li key={ c.field }>
							<code>{ c.field }</code>
							{ `: ${ c.before } → ${ c.after }` }
						</li>
					) ) }
					{ changes.length > SHOWN_CHANGES && (
						<li>{ `+${ changes.length - SHOWN_CHANGES }` }</li>
					) }
				</ul>
			);
		},
	},
];

/** An object's Activity: who changed it, when, and what changed, newest first (server-paged). */
export function ActivityPanel( {
	objectType,
	objectId,
}: {
	objectType: AuditEntry[ 'object_type' ];
	objectId: number;
} ) {
	const [ view, setView ] = useState< View >( INITIAL );
	const loaded = useQuery( auditQuery, {
		object_type: objectType,
		object_id: objectId,
		page: view.page ?? 1,
		per_page: view.perPage ?? 10,
	} );
	return (
		<Panel
			id={ `wu-${ objectType }-activity` }
			title={ __( 'Activity', 'wu-plan-change' ) }
		>
			{ loaded.error && (
				<Notice status="error" isDismissible={ false }>
					{ loaded.error }
				</Notice>
			) }
			<DataList
				label={ __( 'Activity', 'wu-plan-change' ) }
				data={ loaded.data?.items ?? [] }
				fields={ FIELDS }
				view={ view }
				onChangeView={ setView }
				total={ loaded.data?.total ?? 0 }
				totalPages={ loaded.data?.totalPages ?? 0 }
				isLoading={ loaded.loading && ! loaded.error }
				getItemId={ ( entry ) => String( entry.id ) }
				search={ false }
				empty={ __( 'No changes recorded yet.', 'wu-plan-change' ) }
			/>
		</Panel>
	);
}
