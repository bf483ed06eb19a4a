import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { createWebhook, updateWebhook, type Webhook } from '../../api/webhooks';
import { LoadState } from '../../components/load-state';
import { webhookQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { useNotices } from '../../shell/notices';
import { Link } from '../../shell/router';
import type { ScreenProps } from '../types';
import { DeliveriesLog } from './deliveries-log';
import { SecretNotice } from './secret-notice';
import { WebhookForm } from './webhook-form';
import { WebhookList } from './webhook-list';

function WebhooksHome( { pageUrl }: { pageUrl: string } ) {
	const [ adding, setAdding ] = useState( false );
	const [ secret, setSecret ] = useState< string | null >( null );
	return (
		<div className="wu-webhooks-screen">
			<p>
				{ __(
					'Each change of a membership, payment, wallet or product is sent, signed, to the endpoints below, in order, retried when they fail.',
					'wu-plan-change'
				) }
			</p>
			{ secret && (
				<SecretNotice
					secret={ secret }
					onDismiss={ () => setSecret( null ) }
				/>
			) }
			{ adding ? (
				<WebhookForm
					webhook={ null }
					onSave={ createWebhook }
					onSaved={ ( webhook: Webhook ) => {
						setAdding( false );
						setSecret( webhook.secret ?? null );
					} }
					onCancel={ () => setAdding( false ) }
				/>
			) : (
				<p>
					<Button
						variant="primary"
						onClick={ () => setAdding( true ) }
					>
						{ __( 'Add webhook', 'wu-plan-change' ) }
					</Button>
				</p>
			) }
			<WebhookList pageUrl={ pageUrl } />
		</div>
	);
}

function WebhookDetail( { id, pageUrl }: { id: number; pageUrl: string } ) {
	const loaded = useQuery( webhookQuery, id );
	const { createNotice } = useNotices();
	return (
		<div className="wu-detail-screen">
			<p>
				<Link href={ pageUrl }>
					{ __( '← All webhooks', 'wu-plan-change' ) }
				</Link>
			</p>
			<h2>
				{ sprintf(
					/* translators: %d: webhook id */
					__( 'Webhook #%d', 'wu-plan-change' ),
					id
				) }
			</h2>
			<LoadState loaded={ loaded }>
				{ ( webhook ) => (
					<WebhookForm
						key={ webhook.id }
						webhook={ webhook }
						onSave={ ( body ) => updateWebhook( webhook.id, body ) }
						onSaved={ () =>
							createNotice(
								'success',
								__( 'The webhook was saved.', 'wu-plan-change' )
							)
						}
					/>
				) }
			</LoadState>
			<DeliveriesLog webhookId={ id } />
		</div>
	);
}

/** Webhooks (Network Admin): the endpoints and Add; an endpoint's settings and deliveries at `…/{id}`. */
export default function WebhooksScreen( { subpath, pageUrl }: ScreenProps ) {
	if ( subpath.length === 0 ) {
		return <WebhooksHome pageUrl={ pageUrl } />;
	}
	return (
		<WebhookDetail
			key={ subpath[ 0 ] }
			id={ Number( subpath[ 0 ] ) }
			pageUrl={ pageUrl }
		/>
	);
}
