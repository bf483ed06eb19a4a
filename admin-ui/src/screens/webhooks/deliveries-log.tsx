import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage } from '../../api/client';
import { redeliver, type WebhookDelivery } from '../../api/webhooks';
import { LoadState } from '../../components/load-state';
import { StatusBadge } from '../../components/status-badge';
import { webhookDeliveriesQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { formatLocale } from '../../format';
import { useNotices } from '../../shell/notices';

function statusLabel( status: WebhookDelivery[ 'status' ] ): string {
	switch ( status ) {
		case 'pending':
			return __( 'Pending', 'wu-plan-change' );
		case 'succeeded':
			return __( 'Succeeded', 'wu-plan-change' );
		default:
			return __( 'Failed', 'wu-plan-change' );
	}
}

/** A real-time instant with its time, in UTC (deliveries happen on real time, to the second). */
function formatDateTime( iso: string ): string {
	return new Intl.DateTimeFormat( formatLocale(), {
		dateStyle: 'medium',
		timeStyle: 'medium',
		timeZone: 'UTC',
	} ).format( new Date( iso ) );
}

function when( delivery: WebhookDelivery ): string {
	return delivery.status === 'pending' && delivery.next_attempt_at
		? sprintf(
				/* translators: %s: date and time of the next attempt */
				__( 'Due %s', 'wu-plan-change' ),
				formatDateTime( delivery.next_attempt_at )
			)
		: formatDateTime( delivery.at );
}

/** An endpoint's delivery attempts, newest first, with Resend on each finished one. */
export function DeliveriesLog( { webhookId }: { webhookId: number } ) {
	const loaded = useQuery( webhookDeliveriesQuery, webhookId, {
		per_page: 50,
	} );
	const { createNotice } = useNotices();
	const [ busy, setBusy ] = useState< number | null >( null );
	const resend = async ( delivery: WebhookDelivery ) => {
		setBusy( delivery.id );
		try {
			await redeliver( webhookId, delivery.id );
			createNotice(
				'success',
				sprintf(
					/* translators: %s: event type, e.g. payment.completed */
					__( '%s will be sent again shortly.', 'wu-plan-change' ),
					delivery.event_type
				)
			);
		} catch ( error ) {
			createNotice( 'error', errorMessage( error ) );
		} finally {
			setBusy( null );
		}
	};
	return (
		<section className="wu-panel" aria-labelledby="wu-webhook-deliveries">
			<h2 id="wu-webhook-deliveries">
				{ __( 'Deliveries', 'wu-plan-change' ) }
			</h2>
			<p>
				<Button variant="secondary" onClick={ () => loaded.reload() }>
					{ __( 'Refresh', 'wu-plan-change' ) }
				</Button>
			</p>
			<LoadState loaded={ loaded }>
				{ ( page ) =>
					page.items.length === 0 ? (
						<p>
							{ __(
								'Nothing was sent to this webhook yet.',
								'wu-plan-change'
							) }
						</p>
					) : (
						<table className="widefat wu-list-table">
							<thead>
								<tr>
									<th scope="col">
										{ __( 'Event', 'wu-plan-change' ) }
									</th>
									<th scope="col">
										{ __( 'Attempt', 'wu-plan-change' ) }
									</th>
									<th scope="col">
										{ __( 'Status', 'wu-plan-change' ) }
									</th>
									<th scope="col">
										{ __(
											'Response code',
											'wu-plan-change'
										) }
									</th>
									<th scope="col">
										{ __( 'Time', 'wu-plan-change' ) }
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
								{ page.items.map( ( delivery ) => (
									<tr key={ delivery.id }>
										<th scope="row">
											<code>{ delivery.event_type }</code>{ ' ' }
											{ `#${ delivery.event_id }` }
										</th>
										<td>{ delivery.attempt }</td>
										<td>
											<StatusBadge
												status={ delivery.status }
												label={ statusLabel(
													delivery.status
												) }
											/>
										</td>
										<td
											title={
												delivery.error ?? undefined
											}
										>
											{ delivery.response_code ??
												delivery.error ??
												'—' }
										</td>
										<td>{ when( delivery ) }</td>
										<td>
											{ delivery.status !== 'pending' && (
												<Button
													variant="secondary"
													size="compact"
													isBusy={
														busy === delivery.id
													}
													disabled={ busy !== null }
													accessibleWhenDisabled
													onClick={ () =>
														resend( delivery )
													}
													label={ sprintf(
														/* translators: 1: event type, 2: attempt number */
														__(
															'Resend %1$s (attempt %2$d)',
															'wu-plan-change'
														),
														delivery.event_type,
														delivery.attempt
													) }
													showTooltip={ false }
												>
													{ __(
														'Resend',
														'wu-plan-change'
													) }
												</Button>
											) }
										</td>
									</tr>
								) ) }
							</tbody>
						</table>
					)
				}
			</LoadState>
		</section>
	);
}
