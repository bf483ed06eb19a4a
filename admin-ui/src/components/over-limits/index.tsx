import { CheckboxControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import type { LimitValue, OverLimit } from '../../api/types';
import { formatDate } from '../../format';
import {
	formatAmount,
	limitAmountText,
	overLimitLabel,
} from '../usage-meter/limit-labels';
import type { OverLimitsProps } from './types';

export type { OverLimitsProps } from './types';

function figure( item: OverLimit, value: LimitValue ): string {
	if ( value === 'unlimited' ) {
		return __( 'Unlimited', 'wu-plan-change' );
	}
	return formatAmount( value, item.limit === 'disk_space' ? 'mb' : 'count' );
}

/** One exceeded limit: "Pages: you use 12, the new limit is 5 — remove 7 pages." (or "the customer uses" for the admin). */
export function overLimitSentence(
	item: OverLimit,
	audience: 'customer' | 'admin' = 'customer'
): string {
	const args: [ string, string, string, string ] = [
		overLimitLabel( item.limit, item.post_type ),
		figure( item, item.usage ),
		figure( item, item.new_limit ),
		limitAmountText( item.limit, item.must_remove, item.post_type ),
	];
	return audience === 'admin'
		? sprintf(
				/* translators: 1: a limit such as "Pages", 2: the customer's usage, 3: the new limit, 4: what to remove such as "7 pages" */
				__(
					'%1$s: the customer uses %2$s, the new limit is %3$s — remove %4$s.',
					'wu-plan-change'
				),
				...args
			)
		: sprintf(
				/* translators: 1: a limit such as "Pages", 2: current usage, 3: the new limit, 4: what to remove such as "7 pages" */
				__(
					'%1$s: you use %2$s, the new limit is %3$s — remove %4$s.',
					'wu-plan-change'
				),
				...args
			);
}

function intro(
	effectiveAt: string | undefined,
	audience: 'customer' | 'admin'
): string {
	if ( ! effectiveAt ) {
		return audience === 'admin'
			? __(
					'The customer’s usage is above the new limits. To stay within them, remove:',
					'wu-plan-change'
				)
			: __(
					'Your usage is above the new limits. Before you can make this change, remove:',
					'wu-plan-change'
				);
	}
	return audience === 'admin'
		? sprintf(
				/* translators: %s: a date */
				__(
					'The customer’s usage is above the new limits. The change is scheduled even so; by %s the customer should remove:',
					'wu-plan-change'
				),
				formatDate( effectiveAt )
			)
		: sprintf(
				/* translators: %s: a date */
				__(
					'Your usage is above the new limits. You can still schedule this change; by %s, remove:',
					'wu-plan-change'
				),
				formatDate( effectiveAt )
			);
}

/**
 * What to remove so that usage fits the new limits (RULES L4, L5), per site, in words: the post
 * type's label ("Pages"), "Custom domains", disk space in MB/GB, and by which date.
 */
export function OverLimits( {
	limits,
	effectiveAt,
	audience = 'customer',
	siteName,
	intro: sentence,
}: OverLimitsProps ) {
	if ( limits.length === 0 ) {
		return null;
	}
	const groups = new Map< number | null, OverLimit[] >();
	for ( const item of limits ) {
		const key = item.site_id ?? null;
		groups.set( key, [ ...( groups.get( key ) ?? [] ), item ] );
	}
	return (
		<div className="wu-over-limits">
			<p>{ sentence ?? intro( effectiveAt, audience ) }</p>
			{ [ ...groups.entries() ].map( ( [ siteId, items ] ) => (
				<div
					key={ siteId ?? 'membership' }
					className="wu-over-limits__site"
				>
					{ siteId !== null && (
						<h4>
							{ siteName?.( siteId ) ??
								sprintf(
									/* translators: %d: a site id */
									__( 'Site #%d', 'wu-plan-change' ),
									siteId
								) }
						</h4>
					) }
					<ul className="wu-over-limit">
						{ items.map( ( item, index ) => (
							<li
								key={ `${ item.limit }-${ item.post_type ?? '' }-${ index }` }
							>
								{ overLimitSentence( item, audience ) }
							</li>
						) ) }
					</ul>
				</div>
			) ) }
			{ effectiveAt && (
				<p className="wu-over-limits__after">
					{ audience === 'admin'
						? __(
								'Nothing is deleted. While the customer is above a limit after the change, adding more of it is refused.',
								'wu-plan-change'
							)
						: __(
								'Nothing is deleted. While you are above a limit after the change, adding more of it (a page, a domain, an upload) is refused until you are back within it.',
								'wu-plan-change'
							) }
				</p>
			) }
		</div>
	);
}

/** True when the quote applies now although usage is above its limits: only the network admin is quoted this, and must confirm it (RULES L4). */
export function needsOverLimitsConfirmation(
	quote: {
		over_limits?: OverLimit[];
		effective_at: string;
		created_at: string;
	} | null
): boolean {
	return (
		!! quote &&
		( quote.over_limits?.length ?? 0 ) > 0 &&
		Date.parse( quote.effective_at ) <= Date.parse( quote.created_at )
	);
}

/** The admin's confirmation before applying a change now over the limits (`allow_over_limits`). */
export function OverLimitsConfirm( {
	checked,
	onChange,
	disabled,
}: {
	checked: boolean;
	onChange: ( checked: boolean ) => void;
	disabled?: boolean;
} ) {
	return (
		<CheckboxControl
			__nextHasNoMarginBottom
			className="wu-over-limits__confirm"
			label={ __(
				'Apply although the customer is over the new limits',
				'wu-plan-change'
			) }
			help={ __(
				'Nothing is deleted; the change is recorded with your name.',
				'wu-plan-change'
			) }
			checked={ checked }
			onChange={ onChange }
			disabled={ disabled }
		/>
	);
}
