/** Limits: merging (RULES L2) and checking usage against them (RULES L4). */
export {
	addLimit,
	mergeLimits,
	SCALAR_LIMITS,
	type EffectiveLimits,
} from './merge-limits';
export {
	assertWithinLimits,
	findOverLimits,
	type SiteUsage,
} from './find-over-limits';
