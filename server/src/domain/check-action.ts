import { __, sprintf } from '../i18n';
import { DomainError } from './errors';
import { limitAmountWords, limitFigure } from './limit-words';
import { ownValue } from './post-types';
import type { EffectiveLimits } from './merge-limits';
import type { LimitValue } from './types';

/** What a site may be asked to do, and the limit each action spends (RULES L1). */
export const SITE_ACTIONS = [
	'create_post',
	'add_user',
	'map_domain',
	'serve_visit',
	'upload',
] as const;
/** What a membership may be asked to do. */
export const MEMBERSHIP_ACTIONS = [ 'create_site' ] as const;

export type SiteAction = ( typeof SITE_ACTIONS )[ number ];
export type MembershipAction = ( typeof MEMBERSHIP_ACTIONS )[ number ];
export type LimitAction = SiteAction | MembershipAction;

/** The limit key each action spends; `posts` is per post type. */
export const LIMIT_OF_ACTION: Record<
	LimitAction,
	'posts' | 'users' | 'custom_domains' | 'visits' | 'disk_space' | 'sites'
> = {
	create_post: 'posts',
	add_user: 'users',
	map_domain: 'custom_domains',
	serve_visit: 'visits',
	upload: 'disk_space',
	create_site: 'sites',
};

/** A question "may I spend `amount` more of this limit?" (amount 1 for counted things, MB for uploads). */
export interface ActionQuestion {
	action: LimitAction;
	limits: EffectiveLimits;
	/** Current usage of the limit the action spends. */
	usage: number;
	/** How much the action adds: 1, the upload's MB, or 0 for a returning visitor this month. */
	amount: number;
	postType?: string;
	siteId?: number;
}

/** The yes answer: the limit, the usage now and what remains after it (null when unlimited). */
export interface ActionAllowed {
	allowed: true;
	action: LimitAction;
	limit: LimitValue;
	usage: number;
	remaining: number | null;
	post_type?: string;
}

/** The limit value an action spends: a post type the limits do not name is not limited (decision #10). */
export function limitFor(
	limits: EffectiveLimits,
	action: LimitAction,
	postType?: string
): LimitValue {
	const key = LIMIT_OF_ACTION[ action ];
	if ( key === 'posts' ) {
		return ownValue( limits.posts, postType ?? 'post' ) ?? 'unlimited';
	}
	return limits[ key ];
}

/**
 * May the action spend `amount` more? Allowed when the limit is unlimited or usage + amount ≤ limit;
 * otherwise wu_over_limit (422) with `data.limits: [{limit, post_type?, site_id?, usage, new_limit,
 * must_remove}]` where must_remove = usage + amount − limit: at the limit exactly, one must go
 * before one more can come (decision #28).
 */
export function checkAction( question: ActionQuestion ): ActionAllowed {
	const { action, usage, amount, postType, siteId } = question;
	const limit = limitFor( question.limits, action, postType );
	const key = LIMIT_OF_ACTION[ action ];
	const typed: { post_type?: string } =
		key === 'posts' ? { post_type: postType ?? 'post' } : {};
	if ( limit === 'unlimited' || usage + amount <= limit ) {
		return {
			allowed: true,
			action,
			limit,
			usage,
			remaining: limit === 'unlimited' ? null : limit - usage - amount,
			...typed,
		};
	}
	const mustRemove = usage + amount - limit;
	const words = ( amount_: number ) =>
		limitAmountWords( key, amount_, typed.post_type );
	const message =
		usage >= limit
			? sprintf(
					/* translators: 1: the limit such as "20 pages", 2: usage such as "140" or "2.4 GB", 3: what to remove such as "121 pages" */
					__(
						'The limit of %1$s is reached (%2$s used); remove %3$s or upgrade to go further.',
						'wu-plan-change'
					),
					words( limit ),
					limitFigure( key, usage ),
					words( mustRemove )
				)
			: sprintf(
					/* translators: 1: what is needed such as "15 MB of disk space", 2: what remains, 3: the limit, 4: what to remove */
					__(
						'This needs %1$s but only %2$s remain of %3$s; remove %4$s or upgrade.',
						'wu-plan-change'
					),
					words( amount ),
					limitFigure( key, limit - usage ),
					limitFigure( key, limit ),
					words( mustRemove )
				);
	throw new DomainError( 'unprocessable', 'wu_over_limit', message, {
		action,
		limits: [
			{
				limit: key,
				...typed,
				...( siteId !== undefined ? { site_id: siteId } : {} ),
				usage,
				new_limit: limit,
				must_remove: mustRemove,
			},
		],
	} );
}
