import { useCallback, useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import {
	getMembership,
	getOptions,
	getOptionsForPlan,
} from '../../api/memberships';
import type { ChangeTarget, Membership, Product } from '../../api/types';
import { TAGS } from '../../data/queries';
import { defineQuery, useQuery } from '../../data/use-query';
import { useCatalogue } from '../../hooks/use-catalogue';
import { useQuote } from '../../hooks/use-quote';
import type { Period } from '../plan-card';
import { offeredPeriods, offeredPlans, plansAt } from './offers';
import type { ChangeCheckoutProps } from './types';
import { useCheckoutPayment } from './use-checkout-payment';

/** The membership and its offer, as the checkout opens. */
const checkoutStartQuery = defineQuery(
	'checkout-start',
	async ( id: number ) => {
		const [ membership, options ] = await Promise.all( [
			getMembership( id ),
			getOptions( id ),
		] );
		return { membership, options };
	},
	[ TAGS.memberships, TAGS.products ]
);

/** The offer with another plan's Offer Add-ons (RULES G3). */
const planOptionsQuery = defineQuery(
	'plan-options',
	( id: number, planId: number ) => getOptionsForPlan( id, planId ),
	[ TAGS.memberships, TAGS.products ]
);

/** What the person chose: plan, period, add-on quantities; `touched` once they chose anything. */
interface Choice {
	planId: number;
	period: Period;
	addons: Map< number, number >;
	touched: boolean;
}

/** The membership as it is: the checkout's first choice. */
function choiceOf( membership: Membership ): Choice {
	return {
		planId: membership.plan_id,
		period: {
			duration: membership.duration,
			duration_unit: membership.duration_unit,
		},
		addons: new Map(
			membership.addons.map( ( a ) => [ a.product_id, a.quantity ] )
		),
		touched: false,
	};
}

/** The quote's target for a touched choice, with the add-ons the chosen plan offers. */
function targetOf(
	choice: Choice,
	chosen: Product,
	offeredAddons: Product[]
): ChangeTarget {
	const offered = new Set( offeredAddons.map( ( a ) => a.id ) );
	return {
		plan_id: chosen.id,
		duration: choice.period.duration,
		duration_unit: choice.period.duration_unit,
		addons: [ ...choice.addons.entries() ]
			.filter( ( [ id, quantity ] ) => quantity > 0 && offered.has( id ) )
			// eslint-disable-next-line camelcase -- a REST body field
			.map( ( [ product_id, quantity ] ) => ( { product_id, quantity } ) )
			.sort( ( a, b ) => a.product_id - b.product_id ),
	};
}

/**
 * The Change checkout's state: the membership and its offer (through the data layer), the
 * person's choice, the chosen plan's Offer Add-ons, the live quote and the payment.
 */
export function useChangeCheckout( {
	membershipId,
	mode,
	onDone,
}: Pick< ChangeCheckoutProps, 'membershipId' | 'mode' | 'onDone' > ) {
	const start = useQuery( checkoutStartQuery, membershipId );
	const loaded = start.data;
	const { products: catalogue } = useCatalogue();
	const [ picked, setPicked ] = useState< Choice | null >( null );
	const choice = picked ?? ( loaded ? choiceOf( loaded.membership ) : null );
	const period = choice?.period ?? null;

	const plans = useMemo(
		() => ( loaded ? offeredPlans( loaded.options ) : [] ),
		[ loaded ]
	);
	const periods = useMemo(
		() =>
			loaded ? offeredPeriods( loaded.options, loaded.membership ) : [],
		[ loaded ]
	);
	const visiblePlans = useMemo(
		() => plansAt( plans, period ),
		[ plans, period ]
	);
	const chosen =
		visiblePlans.find( ( { plan } ) => plan.id === choice?.planId )?.plan ??
		null;
	const otherPlan = !! chosen && chosen.id !== loaded?.membership.plan_id;
	const planOptions = useQuery(
		otherPlan ? planOptionsQuery : null,
		membershipId,
		chosen?.id ?? 0
	);
	/** The chosen plan's Offer Add-ons; null while they load. */
	const offeredAddons = useMemo( (): Product[] | null => {
		if ( ! chosen || ! loaded ) {
			return [];
		}
		if ( ! otherPlan ) {
			return loaded.options.addons ?? [];
		}
		if ( planOptions.data ) {
			return planOptions.data.addons ?? [];
		}
		if ( ! planOptions.error ) {
			return null;
		}
		// NOTE: without an answer, fall back to the plan's own list of Offer Add-ons.
		return chosen.available_addons
			.map( ( a ) => catalogue?.get( a ) )
			.filter(
				( p ): p is Product => !! p && p.active && p.type !== 'plan'
			);
	}, [ chosen, loaded, otherPlan, planOptions, catalogue ] );
	const addonsLoading = offeredAddons === null;

	const target = useMemo(
		(): ChangeTarget | null =>
			choice?.touched && chosen && offeredAddons
				? targetOf( choice, chosen, offeredAddons )
				: null,
		[ choice, chosen, offeredAddons ]
	);
	const quoted = useQuote( membershipId, target );
	const payment = useCheckoutPayment( {
		membershipId,
		mode,
		onDone,
		requote: quoted.requote,
	} );

	const productName = useCallback(
		( id: number ) =>
			catalogue?.get( id )?.name ??
			loaded?.options.addons?.find( ( a ) => a.id === id )?.name ??
			/* translators: %d: a product id */
			sprintf( __( 'Product #%d', 'wu-plan-change' ), id ),
		[ catalogue, loaded ]
	);

	const choose = ( patch: ( base: Choice ) => Partial< Choice > ) => {
		if ( ! loaded ) {
			return;
		}
		payment.setNotice( null );
		setPicked( ( current ) => {
			const base = current ?? choiceOf( loaded.membership );
			return { ...base, ...patch( base ), touched: true };
		} );
	};
	const choosePlan = ( id: number ) => {
		// NOTE: RULES K11 — a plan change keeps the current add-ons the new plan also offers.
		const next = plans.find( ( p ) => p.plan.id === id )?.plan;
		const offers = new Set( next?.available_addons ?? [] );
		choose( () => ( {
			planId: id,
			addons: new Map(
				( loaded?.membership.addons ?? [] )
					.filter( ( a ) => offers.has( a.product_id ) )
					.map( ( a ) => [ a.product_id, a.quantity ] )
			),
		} ) );
	};
	const choosePeriod = ( next: Period ) =>
		choose( () => ( { period: next } ) );
	const chooseAddon = ( id: number, quantity: number ) =>
		choose( ( base ) => ( {
			addons: new Map( base.addons ).set( id, quantity ),
		} ) );

	return {
		membershipId,
		mode,
		loadError: start.data ? null : start.error,
		loaded,
		period,
		periods,
		plans,
		visiblePlans,
		planId: choice?.planId ?? null,
		chosen,
		addons: choice?.addons ?? new Map< number, number >(),
		offeredAddons: offeredAddons ?? [],
		addonsLoading,
		choosePlan,
		choosePeriod,
		chooseAddon,
		productName,
		...quoted,
		...payment,
		pay: () => payment.pay( quoted.quote ),
	};
}

export type ChangeCheckoutState = ReturnType< typeof useChangeCheckout >;
