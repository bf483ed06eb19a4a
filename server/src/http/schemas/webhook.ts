import { z } from 'zod';
import { __, sprintf } from '../../i18n';
import { EVENT_TYPES, isEventType, type EventType } from '../../domain/event';
import { isWebhookUrl } from '../../domain/webhook';
import { flag, text } from '../schema';
import { shaped } from './fields';

/** `events`: a non-empty list of known event types, or `["*"]` for all (API.md). */
const eventsField = shaped< EventType[] | [ '*' ] >(
	( value ) => {
		const list = Array.isArray( value ) ? value : [ value ];
		if ( list.length === 1 && list[ 0 ] === '*' ) {
			return { value: [ '*' ] };
		}
		const unknown = list.find(
			( type ) => typeof type !== 'string' || ! isEventType( type )
		);
		if ( list.length === 0 || unknown !== undefined ) {
			return {
				problem: sprintf(
					/* translators: %s: the event type that is not known */
					__(
						'Event types must be known types (as GET /events lists them) or ["*"] for all; "%s" is not one.',
						'wu-plan-change'
					),
					String( unknown ?? '' )
				),
			};
		}
		return { value: [ ...new Set( list as EventType[] ) ] };
	},
	{
		type: 'array',
		items: { type: 'string', enum: [ '*', ...EVENT_TYPES ] },
	}
);

function urlField< R extends boolean | undefined >( required: R ) {
	return text( { required, max: 2000 } ).refine(
		( value ) => value === undefined || isWebhookUrl( value ),
		{
			error: () =>
				__(
					'URL must be an http:// or https:// address.',
					'wu-plan-change'
				),
		}
	);
}

/** `POST /webhooks`: url required; events all (`["*"]`) and active by default. */
export const newWebhookArgs = z.object( {
	url: urlField( true ),
	events: eventsField,
	active: flag(),
} );

/** `PUT /webhooks/{id}`: any of url, events, active. */
export const webhookChangeArgs = z.object( {
	url: urlField( false ),
	events: eventsField,
	active: flag(),
} );
