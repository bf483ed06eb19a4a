import { __ } from '../../i18n';
import { DomainError } from '../../domain/errors';
import type { AppContext } from '../app-context';
import { TestClock } from '../../services/clock';
import { billingNow } from '../../services/billing-deps';
import { setClock } from '../../services/set-clock';
import { z } from 'zod';
import { networkAdmin, withArgs } from '../rest-server';
import { instantField } from '../schemas/instant';
import type { RouteDefinition } from './route-definition';

function testClock( ctx: AppContext ): TestClock {
	if ( ! ctx.config.testClock || ! ( ctx.clock instanceof TestClock ) ) {
		throw new DomainError(
			'not_found',
			'rest_no_route',
			__(
				'No route was found matching the URL and request method.',
				'wu-plan-change'
			)
		);
	}
	return ctx.clock;
}

const clockArgs = z.object( {
	now: instantField( () =>
		__(
			'now must be an ISO 8601 instant with a zone, e.g. 2026-04-01T00:00:00Z.',
			'wu-plan-change'
		)
	).pipe( z.string() ),
} );

/** `/clock`: the test clock (API.md), only with `WU_TEST_CLOCK=1`; otherwise rest_no_route. */
export const clockRoutes: RouteDefinition[] = [
	{
		route: '/clock',
		endpoints: [
			{
				methods: [ 'GET' ],
				permission: networkAdmin,
				handler: ( _request, ctx ) => {
					testClock( ctx );
					return { now: billingNow( ctx ) };
				},
			},
			withArgs( clockArgs, {
				methods: [ 'PUT' ],
				permission: networkAdmin,
				handler: ( request, ctx ) => {
					const clock = testClock( ctx );
					const { now, renewals } = setClock(
						ctx,
						clock,
						request.args.now
					);
					return {
						now,
						processed: renewals.map( ( r ) => ( {
							membership_id: r.membershipId,
							at: r.at,
							result: r.result,
							amount: r.amount,
							payment_id: r.paymentId,
						} ) ),
					};
				},
			} ),
		],
	},
];
