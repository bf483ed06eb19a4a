import { __, sprintf } from '../i18n';
import { invalidParams } from '../domain/errors';
import { findProduct, isOneTime } from '../domain/find-product';
import { dayOfMonth, parseInstant } from '../domain/instant';
import { describeItem } from '../domain/change-lines';
import { addPeriod, describePeriod, periodDays } from '../domain/period';
import { priceAt } from '../domain/price-at';
import { priceForPeriod } from '../domain/price-for-period';
import { assertQuantities } from '../domain/resolve-target';
import type {
	AddonQuantity,
	Membership,
	MembershipItem,
	Period,
	Product,
	QuoteLine,
} from '../domain/types';
import { billingNow, type BillingDeps } from './billing-deps';
import { loadCustomer } from './load';
import { announceMembership, announcePayment } from './announce';

export interface NewMembership {
	customerId: number;
	planId: number;
	/** Default: the plan's own period. */
	period?: Period;
	addons: AddonQuantity[];
	status: 'active' | 'trialing';
	/** Default: now. */
	periodStart?: string;
	/** Trialing only; default: period start + the plan's trial. */
	trialEnd?: string;
	autoRenew: boolean;
}

function itemFor(
	product: Product,
	quantity: number,
	period: Period,
	days: number,
	trialing: boolean
): MembershipItem {
	const unit =
		product.type === 'plan'
			? ( priceAt( product, period ) ?? 0 )
			: priceForPeriod( product, period );
	return {
		productId: product.id,
		quantity,
		value: trialing && ! isOneTime( product ) ? 0 : unit * quantity,
		coveredDays: days,
		recurring: ! isOneTime( product ),
	};
}

/**
 * Creates a membership "as if paid" (API.md, admin): items valued at full price for the period,
 * a completed payment of that value (no setup fee, no payment when it is 0), anchor day = the
 * period start's day. A trialing membership's period ends at its trial end, valued 0.
 */
export function createMembership(
	deps: BillingDeps,
	input: NewMembership
): Membership {
	return deps.db.transaction( () => {
		const customer = loadCustomer( deps, input.customerId );
		const products = deps.products.all();
		const currency = deps.settings.currency();
		const plan = products.find( ( p ) => p.id === input.planId );
		if ( ! plan || plan.type !== 'plan' ) {
			throw invalidParams( {
				plan_id: __( 'No plan with this id.', 'wu-plan-change' ),
			} );
		}
		if ( plan.pricingType === 'contact_us' ) {
			throw invalidParams( {
				plan_id: sprintf(
					/* translators: %s: plan name */
					__(
						'%s is sold on request (contact us); set up the membership on a purchasable plan.',
						'wu-plan-change'
					),
					plan.name
				),
			} );
		}
		const period: Period = input.period ?? {
			duration: plan.duration,
			durationUnit: plan.durationUnit,
		};
		const params: Record< string, string > = {};
		if ( priceAt( plan, period ) === null ) {
			params.duration = sprintf(
				/* translators: 1: plan name, 2: period such as "1 year" */ __(
					'%1$s is not sold for %2$s.',
					'wu-plan-change'
				),
				plan.name,
				describePeriod( period )
			);
		}
		for ( const addon of input.addons ) {
			const product = products.find( ( p ) => p.id === addon.productId );
			if ( ! product || product.type === 'plan' ) {
				params.addons = sprintf(
					/* translators: %d: product id */ __(
						'Product %d is not a package or service.',
						'wu-plan-change'
					),
					addon.productId
				);
			}
		}
		if ( Object.keys( params ).length > 0 ) {
			throw invalidParams( params );
		}
		assertQuantities( input.addons, products );
		const now = billingNow( deps );
		const periodStart = input.periodStart ?? now;
		const trialing = input.status === 'trialing';
		let periodEnd: string | null;
		let trialEnd: string | null = null;
		if ( trialing ) {
			trialEnd =
				input.trialEnd ??
				( plan.trialDuration > 0
					? addPeriod(
							periodStart,
							{
								duration: plan.trialDuration,
								durationUnit: plan.trialDurationUnit,
							},
							dayOfMonth( periodStart )
						)
					: null );
			if (
				trialEnd === null ||
				parseInstant( trialEnd ) <= parseInstant( periodStart )
			) {
				throw invalidParams( {
					trial_end: __(
						'A trialing membership needs a trial end after its period start (or a plan with a trial).',
						'wu-plan-change'
					),
				} );
			}
			periodEnd = trialEnd;
		} else {
			periodEnd = isOneTime( plan )
				? null
				: addPeriod( periodStart, period, dayOfMonth( periodStart ) );
		}
		const days =
			periodEnd === null ? 0 : periodDays( periodStart, periodEnd );
		const items = [
			itemFor( plan, 1, period, days, trialing ),
			...input.addons.map( ( addon ) =>
				itemFor(
					findProduct( products, addon.productId ),
					addon.quantity,
					period,
					days,
					trialing
				)
			),
		];
		const membership = deps.memberships.insert(
			{
				id: 0,
				customerId: customer.id,
				status: input.status,
				planId: plan.id,
				duration: period.duration,
				durationUnit: period.durationUnit,
				addons: input.addons.map( ( a ) => ( {
					productId: a.productId,
					quantity: a.quantity,
				} ) ),
				currency,
				periodStart,
				periodEnd,
				anchorDay: dayOfMonth( trialEnd ?? periodStart ),
				trialEnd,
				autoRenew: input.autoRenew,
				scheduledChange: null,
				version: 1,
				items,
			},
			now
		);
		const lines: QuoteLine[] = items
			.filter( ( item ) => item.value > 0 )
			.map( ( item ) => {
				const product = findProduct( products, item.productId );
				return {
					kind: product.type === 'plan' ? 'plan' : 'addon',
					productId: product.id,
					description: describeItem( product, period ),
					quantity: item.quantity,
					unitAmount: item.value / item.quantity,
					amount: item.value,
				};
			} );
		const total = lines.reduce( ( sum, line ) => sum + line.amount, 0 );
		if ( total > 0 ) {
			const payment = deps.payments.insert( {
				customerId: customer.id,
				membershipId: membership.id,
				status: 'completed',
				kind: 'initial',
				total,
				currency,
				gateway: 'manual',
				quoteId: null,
				failureMessage: null,
				lines,
				createdAt: periodStart,
				completedAt: periodStart,
			} );
			announcePayment( deps, 'payment.completed', payment );
		}
		announceMembership( deps, 'membership.created', membership );
		return membership;
	} )();
}
