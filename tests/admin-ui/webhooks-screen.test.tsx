import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Webhook, WebhookDelivery } from '../../admin-ui/src/api/webhooks';

jest.mock( '../../admin-ui/src/api/webhooks', () => ( {
	listWebhooks: jest.fn(),
	getWebhook: jest.fn(),
	createWebhook: jest.fn(),
	updateWebhook: jest.fn(),
	deleteWebhook: jest.fn(),
	listDeliveries: jest.fn(),
	redeliver: jest.fn(),
} ) );

import * as webhooksApi from '../../admin-ui/src/api/webhooks';
import { resetQueries } from '../../admin-ui/src/data/use-query';
import WebhooksScreen from '../../admin-ui/src/screens/webhooks';
import { EVENT_TYPES } from '../../admin-ui/src/screens/webhooks/event-types';
import { EVENT_TYPES as SERVER_EVENT_TYPES } from '../../server/src/domain/event';

const api = webhooksApi as jest.Mocked< typeof webhooksApi >;
const page = < T, >( items: T[] ) => ( {
	items,
	total: items.length,
	totalPages: items.length ? 1 : 0,
} );
const hook: Webhook = {
	id: 3,
	url: 'https://hooks.example.test/wu',
	events: [ 'payment.completed', 'membership.upgraded' ],
	active: true,
	created_at: '2026-03-11T10:00:00Z',
};
const props = ( subpath: string[] ) => ( {
	page: {} as never,
	subpath,
	pageUrl: '/wp-admin/network/webhooks',
	basePath: '/wp-admin/network/',
} );

beforeEach( () => {
	resetQueries();
	jest.resetAllMocks();
	api.listWebhooks.mockResolvedValue( page( [] ) );
} );

describe( 'the Webhooks screen', () => {
	it( 'offers every event type the server announces', () => {
		expect( [ ...EVENT_TYPES ] ).toEqual( [ ...SERVER_EVENT_TYPES ] );
	} );

	it( 'adds a webhook for chosen event types and shows its secret once, with a copy button', async () => {
		const user = userEvent.setup();
		api.createWebhook.mockResolvedValue( {
			...hook,
			secret: 'whsec_0123',
		} );
		const { container } = render( <WebhooksScreen { ...props( [] ) } /> );
		const view = within( container );
		await view.findByText( /No webhooks yet/ );
		await user.click( view.getByRole( 'button', { name: 'Add webhook' } ) );
		const form = view.getByRole( 'form', { name: 'Add webhook' } );
		await user.type(
			within( form ).getByLabelText( 'URL' ),
			'https://hooks.example.test/wu'
		);
		await user.click( within( form ).getByLabelText( 'All events' ) );
		await user.click(
			within( form ).getByLabelText( 'payment.completed' )
		);
		await user.click(
			within( form ).getByLabelText( 'membership.upgraded' )
		);
		await user.click(
			within( form ).getByRole( 'button', { name: 'Add webhook' } )
		);
		expect( api.createWebhook ).toHaveBeenCalledWith( {
			url: 'https://hooks.example.test/wu',
			events: [ 'payment.completed', 'membership.upgraded' ],
			active: true,
		} );
		const secret = await view.findByLabelText( 'Signing secret' );
		expect( secret ).toHaveValue( 'whsec_0123' );
		expect(
			view.getByRole( 'button', { name: 'Copy secret' } )
		).toBeInTheDocument();
		expect( view.getByText( /it is not shown again/ ) ).toBeInTheDocument();
	} );

	it( 'shows the server’s reason under the URL field', async () => {
		const user = userEvent.setup();
		api.createWebhook.mockRejectedValue( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): url',
			data: {
				status: 400,
				params: { url: 'URL must be an http:// or https:// address.' },
			},
		} );
		const { container } = render( <WebhooksScreen { ...props( [] ) } /> );
		const view = within( container );
		await user.click(
			await view.findByRole( 'button', { name: 'Add webhook' } )
		);
		const form = view.getByRole( 'form', { name: 'Add webhook' } );
		await user.type( within( form ).getByLabelText( 'URL' ), 'ftp://x' );
		await user.click(
			within( form ).getByRole( 'button', { name: 'Add webhook' } )
		);
		expect(
			await within( form ).findByText(
				'URL must be an http:// or https:// address.'
			)
		).toBeInTheDocument();
		expect( view.queryByLabelText( 'Signing secret' ) ).toBeNull();
	} );

	it( 'lists an endpoint’s deliveries and resends one', async () => {
		const user = userEvent.setup();
		const failed: WebhookDelivery = {
			id: 8,
			webhook_id: 3,
			event_id: 21,
			event_type: 'payment.completed',
			attempt: 6,
			status: 'failed',
			response_code: 500,
			error: null,
			next_attempt_at: null,
			at: '2026-03-11T12:00:00Z',
		};
		api.getWebhook.mockResolvedValue( hook );
		api.listDeliveries.mockResolvedValue( page( [ failed ] ) );
		api.redeliver.mockResolvedValue( {
			...failed,
			id: 9,
			attempt: 7,
			status: 'pending',
		} );
		const { container } = render(
			<WebhooksScreen { ...props( [ '3' ] ) } />
		);
		const view = within( container );
		const row = await view.findByRole( 'row', {
			name: /payment\.completed #21/,
		} );
		expect( within( row ).getByText( 'Failed' ) ).toBeInTheDocument();
		expect( within( row ).getByText( '500' ) ).toBeInTheDocument();
		expect( within( row ).getByText( '6' ) ).toBeInTheDocument();
		await user.click(
			within( row ).getByRole( 'button', {
				name: 'Resend payment.completed (attempt 6)',
			} )
		);
		await waitFor( () =>
			expect( api.redeliver ).toHaveBeenCalledWith( 3, 8 )
		);
		expect(
			view.getByRole( 'form', { name: 'Edit webhook' } )
		).toBeInTheDocument();
		expect( view.getByLabelText( 'URL' ) ).toHaveValue( hook.url );
	} );
} );
