import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage } from '../../api/client';
import { deleteWebhook, type Webhook } from '../../api/webhooks';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadState } from '../../components/load-state';
import { StatusBadge } from '../../components/status-badge';
import { webhooksQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { useNotices } from '../../shell/notices';
import { Link } from '../../shell/router';

/** "All events", or the chosen types. */
export function eventsLabel( events: string[] ): string {
	return events[ 0 ] === '*'
		? __( 'All events', 'wu-plan-change' )
		: events.join( ', ' );
}

/** The registered endpoints: URL (to its deliveries), events, active, Delete. */
export function WebhookList( { pageUrl }: { pageUrl: string } ) {
	const loaded = useQuery( webhooksQuery, { per_page: 100 } );
	const { createNotice } = useNotices();
	const [ removing, setRemoving ] = useState< Webhook | null >( null );
	const remove = async () => {
		const webhook = removing;
		setRemoving( null );
		if ( ! webhook ) {
			return;
		}
		try {
			await deleteWebhook( webhook.id );
			createNotice(
				'success',
				__( 'The webhook was deleted.', 'wu-plan-change' )
			);
		} catch ( error ) {
			createNotice( 'error', errorMessage( error ) );
		}
	};
	return (
		<LoadState loaded={ loaded }>
			{ ( page ) =>
				page.items.length === 0 ? (
					<p>
						{ __(
							'No webhooks yet. Add one to have events sent to another service.',
							'wu-plan-change'
						) }
					</p>
				) : (
					<>
						<table className="widefat wu-list-table">
							<caption className="screen-reader-text">
								{ __( 'Webhooks', 'wu-plan-change' ) }
							</caption>
							<thead>
								<tr>
									<th scope="col">
										{ __( 'URL', 'wu-plan-change' ) }
									</th>
									<th scope="col">
										{ __(
											'Event types',
											'wu-plan-change'
										) }
									</th>
									<th scope="col">
										{ __( 'Status', 'wu-plan-change' ) }
									</th>
									<th scope="col">
										<span className="screen-reader-text">
											{ __(
												'Actions',
												'wu-plan-change'
											) }
										</span>
									</th>
								</tr>
							</thead>
							<tbody>
								{ page.items.map( ( webhook ) => (
									<tr key={ webhook.id }>
										<th scope="row">
											<Link
												href={ `${ pageUrl }/${ webhook.id }` }
											>
												{ webhook.url }
											</Link>
										</th>
										<td>
											{ eventsLabel( webhook.events ) }
										</td>
										<td>
											<StatusBadge
												status={
													webhook.active
														? 'active'
														: 'inactive'
												}
												label={
													webhook.active
														? __(
																'Active',
																'wu-plan-change'
															)
														: __(
																'Inactive',
																'wu-plan-change'
															)
												}
											/>
										</td>
										<td>
											<Button
												variant="tertiary"
												isDestructive
												size="compact"
												onClick={ () =>
													setRemoving( webhook )
												}
												label={ sprintf(
													/* translators: %s: webhook URL */
													__(
														'Delete %s',
														'wu-plan-change'
													),
													webhook.url
												) }
												showTooltip={ false }
											>
												{ __(
													'Delete',
													'wu-plan-change'
												) }
											</Button>
										</td>
									</tr>
								) ) }
							</tbody>
						</table>
						<ConfirmDialog
							isOpen={ removing !== null }
							confirmButtonText={ __(
								'Delete',
								'wu-plan-change'
							) }
							onConfirm={ remove }
							onCancel={ () => setRemoving( null ) }
						>
							{ __(
								'Delete this webhook? Nothing more is sent to it and its delivery log is removed.',
								'wu-plan-change'
							) }
						</ConfirmDialog>
					</>
				)
			}
		</LoadState>
	);
}
