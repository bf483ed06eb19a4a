import { __, sprintf } from '../i18n';
import {
	checkAction,
	type ActionAllowed,
	type MembershipAction,
	type SiteAction,
} from '../domain/check-action';
import { DomainError } from '../domain/errors';
import { ownValue } from '../domain/post-types';
import type { MembershipStatus } from '../domain/types';
import type { SiteLimitContext } from '../domain/limit-context';
import {
	assertMayRead,
	membershipLimits,
	monthOf,
	siteLimits,
	visitorHash,
	type Actor,
	type UsageDeps,
} from './usage-deps';

/** Statuses whose sites are blocked until paid (RULES R2): every check answers wu_membership_inactive. */
const BLOCKED: MembershipStatus[] = [ 'expired', 'cancelled' ];

export interface SiteActionQuestion {
	siteId: number;
	action: SiteAction;
	/** create_post: the post type ('post' when left out). */
	postType?: string;
	/** upload: megabytes to add. */
	size?: number;
	/** serve_visit: the visitor, so that a returning visitor this month is always served. */
	visitor?: string;
}

function assertActive( status: MembershipStatus, membershipId: number ): void {
	if ( BLOCKED.includes( status ) ) {
		throw new DomainError(
			'unprocessable',
			'wu_membership_inactive',
			sprintf(
				/* translators: 1: membership number, 2: its status such as "expired" */
				__(
					'Membership #%1$d is %2$s; its sites are blocked until it is paid.',
					'wu-plan-change'
				),
				membershipId,
				status
			),
			{
				membership_id: membershipId,
				status_of_membership: status,
			}
		);
	}
}

function loadSite( deps: UsageDeps, siteId: number ): SiteLimitContext {
	const site = deps.usage.siteContext( siteId );
	if ( ! site ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No site was found with that id.', 'wu-plan-change' )
		);
	}
	return site;
}

function usageOf(
	deps: UsageDeps,
	site: SiteLimitContext,
	question: SiteActionQuestion,
	month: string
): { usage: number; amount: number } {
	switch ( question.action ) {
		case 'create_post':
			return {
				usage: ownValue( site.posts, question.postType ?? 'post' ) ?? 0,
				amount: 1,
			};
		case 'add_user':
			return { usage: site.users, amount: 1 };
		case 'map_domain':
			return { usage: site.customDomains, amount: 1 };
		case 'upload':
			return { usage: site.diskSpace, amount: question.size ?? 1 };
		case 'serve_visit': {
			const returning =
				question.visitor !== undefined &&
				deps.usage.hasVisited(
					site.siteId,
					month,
					visitorHash( question.visitor )
				);
			return {
				usage: deps.usage.visits( site.siteId, month ),
				amount: returning ? 0 : 1,
			};
		}
	}
}

/**
 * "May this site do X?" against the limits in force now (RULES L1–L3): yes with the limit and
 * usage, or wu_over_limit naming what to remove. Reads everything fresh on each call.
 */
export function checkSiteAction(
	deps: UsageDeps,
	question: SiteActionQuestion,
	actor: Actor
): ActionAllowed {
	const site = loadSite( deps, question.siteId );
	assertMayRead( actor, site.ownerUserId, 'site' );
	assertActive( site.membershipStatus, site.membershipId );
	const limits = siteLimits(
		deps,
		site.siteId,
		membershipLimits( deps, site.membershipId, site.planId )
	);
	const { usage, amount } = usageOf(
		deps,
		site,
		question,
		monthOf( deps.clock.now() )
	);
	return checkAction( {
		action: question.action,
		limits,
		usage,
		amount,
		postType: question.postType,
		siteId: site.siteId,
	} );
}

/** "May this membership do X?" (create_site against its `sites` limit). */
export function checkMembershipAction(
	deps: UsageDeps,
	membershipId: number,
	action: MembershipAction,
	actor: Actor
): ActionAllowed {
	const membership = deps.usage.membershipContext( membershipId );
	if ( ! membership ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No membership was found with that id.', 'wu-plan-change' )
		);
	}
	assertMayRead( actor, membership.ownerUserId, 'membership' );
	assertActive( membership.membershipStatus, membershipId );
	const limits = membershipLimits( deps, membershipId, membership.planId );
	return checkAction( {
		action,
		limits,
		usage: deps.usage.siteCount( membershipId ),
		amount: 1,
	} );
}
