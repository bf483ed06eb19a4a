import { __, sprintf } from '@wordpress/i18n';
import { formatAmount, limitAmountText } from './limit-labels';
import type { UsageLevel, UsageMeterProps } from './types';

export type { UsageMeterProps, UsageLevel } from './types';
export {
	limitLabel,
	postTypeLabel,
	formatAmount,
	overLimitLabel,
	limitAmountText,
} from './limit-labels';

/** Near (≥ 80 %), over (> 100 %), ok, or unlimited. */
export function usageLevel(
	used: number,
	limit: UsageMeterProps[ 'limit' ]
): UsageLevel {
	if ( limit === 'unlimited' ) {
		return 'unlimited';
	}
	if ( used > limit ) {
		return 'over';
	}
	if ( limit > 0 && used / limit >= 0.8 ) {
		return 'near';
	}
	return 'ok';
}

/** The share of the limit used, in percent (a limit of 0 is full once anything is used). */
function percentOf( used: number, limit: number ): number {
	if ( limit > 0 ) {
		return Math.round( ( used / limit ) * 100 );
	}
	return used > 0 ? 100 : 0;
}

/** The words that mark a meter: over (with what to remove), at or near the limit; empty otherwise. */
function flagText(
	level: UsageLevel,
	used: number,
	limit: number,
	limitKey: UsageMeterProps[ 'limitKey' ],
	postType: UsageMeterProps[ 'postType' ]
): string {
	if ( level === 'over' ) {
		return limitKey
			? sprintf(
					/* translators: %s: what to remove, e.g. "40 pages" or "1.4 GB of disk space" */
					__( 'Over the limit: remove %s', 'wu-plan-change' ),
					limitAmountText( limitKey, used - limit, postType )
				)
			: __( 'Over the limit', 'wu-plan-change' );
	}
	if ( level !== 'near' ) {
		return '';
	}
	return used === limit
		? __( 'At the limit', 'wu-plan-change' )
		: __( 'Near the limit', 'wu-plan-change' );
}

/**
 * One limit of a site or membership: a bar with "used of limit", marked in words (not only in
 * colour) when near or over the limit, and "Unlimited" when there is none. Exposed to assistive
 * technology as a `meter` with its value, maximum and a spoken text.
 */
export function UsageMeter( {
	label,
	used,
	limit,
	unit = 'count',
	limitKey,
	postType,
}: UsageMeterProps ) {
	const level = usageLevel( used, limit );
	const usedText = formatAmount( used, unit );
	if ( limit === 'unlimited' ) {
		const text = sprintf(
			/* translators: %s: amount used, e.g. "12" or "300 MB" */
			__( '%s used · Unlimited', 'wu-plan-change' ),
			usedText
		);
		return (
			<div className="wu-usage-meter is-unlimited">
				<div className="wu-usage-meter__label">
					<span className="wu-usage-meter__name">{ label }</span>
					<span className="wu-usage-meter__value">{ text }</span>
				</div>
			</div>
		);
	}
	const percent = percentOf( used, limit );
	const value = sprintf(
		/* translators: 1: amount used, 2: the limit, e.g. "300 MB of 1 GB" */
		__( '%1$s of %2$s', 'wu-plan-change' ),
		usedText,
		formatAmount( limit, unit )
	);
	const flag = flagText( level, used, limit, limitKey, postType );
	const measured = sprintf(
		/* translators: 1: "300 MB of 1 GB", 2: a percentage */
		__( '%1$s (%2$d%%)', 'wu-plan-change' ),
		value,
		percent
	);
	const spoken = flag
		? /* translators: 1: "300 MB of 1 GB (29%)", 2: "Near the limit" or "Over the limit" */
			sprintf( __( '%1$s — %2$s', 'wu-plan-change' ), measured, flag )
		: measured;
	return (
		<div className={ `wu-usage-meter is-${ level }` }>
			<div className="wu-usage-meter__label">
				<span className="wu-usage-meter__name">{ label }</span>
				<span className="wu-usage-meter__value">
					{ value }
					{ flag && (
						<strong className="wu-usage-meter__flag">
							{ flag }
						</strong>
					) }
				</span>
			</div>
			<div
				className="wu-usage-meter__track"
				role="meter"
				aria-label={ label }
				aria-valuemin={ 0 }
				aria-valuemax={ limit }
				aria-valuenow={ Math.min( used, limit ) }
				aria-valuetext={ spoken }
			>
				<span
					className="wu-usage-meter__bar"
					style={ { width: `${ Math.min( 100, percent ) }%` } }
				/>
			</div>
		</div>
	);
}
