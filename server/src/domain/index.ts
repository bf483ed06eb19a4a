/** The pure billing domain: no I/O, no clock; money in minor units, instants as ISO 8601 UTC strings. */
export * from './types';
export * from './errors';
export {
	divideRounded,
	divideCeil,
	sumMinor,
	currencyExponent,
	formatMinor,
} from './money';
export {
	DAY_MS,
	parseInstant,
	toInstant,
	addMinutes,
	isBefore,
	formatDay,
	dayOfMonth,
} from './instant';
export {
	addPeriod,
	periodDays,
	unusedDays,
	nominalDays,
	nominalSixteenths,
	samePeriod,
	describePeriod,
	assertPeriod,
} from './period';
export { findProduct, sortByOrder, isOneTime } from './find-product';
export { priceAt } from './price-at';
export { priceForPeriod } from './price-for-period';
export {
	buildOffer,
	offeredPlans,
	offeredAddons,
	type Offer,
	type OfferedPlan,
} from './offer';
export { quantityOf, sameAddons, removedAddons } from './addon-quantities';
export {
	resolveTarget,
	assertQuantities,
	type PartialTarget,
} from './resolve-target';
export { assertAvailable, isAddonAllowed } from './assert-available';
export { comparePricePerDay, type PricedPeriod } from './compare-price-per-day';
export { classifyChange } from './classify-change';
export { changeMode, type ChangeMode } from './change-mode';
export { itemCredit, prorationCredit } from './proration-credit';
export {
	quoteChange,
	QUOTE_TTL_MINUTES,
	type QuoteInput,
} from './quote-change';
export { assertQuoteFresh } from './assert-quote-fresh';
export { applyChange } from './apply-change';
export { recurringTotal } from './recurring-total';
export { renewMembership, type Renewal } from './renew-membership';
export { nextRetryAt, RETRY_DAYS } from './retry-schedule';
export * from './limits';
export {
	walletBalance,
	settleWithWallet,
	type WalletSettlement,
} from './wallet';
export * from './product-defaults';
