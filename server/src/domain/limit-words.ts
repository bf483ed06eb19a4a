import { __, _n, sprintf } from '../i18n';

const NUMBER = new Intl.NumberFormat( 'en-US', { maximumFractionDigits: 1 } );

/** Megabytes in words: "500 MB", 2500 → "2.4 GB" (1 GB = 1024 MB, as the UI shows them). */
export function megabytesWords( mb: number ): string {
	if ( mb >= 1024 ) {
		/* translators: %s: an amount of gigabytes */
		return sprintf(
			__( '%s GB', 'wu-plan-change' ),
			NUMBER.format( mb / 1024 )
		);
	}
	/* translators: %s: an amount of megabytes */
	return sprintf( __( '%s MB', 'wu-plan-change' ), NUMBER.format( mb ) );
}

function postsWords( postType: string, count: number ): string {
	const n = NUMBER.format( count );
	switch ( postType ) {
		case 'post':
			/* translators: %s: a number of posts */
			return sprintf(
				_n( '%s post', '%s posts', count, 'wu-plan-change' ),
				n
			);
		case 'page':
			/* translators: %s: a number of pages */
			return sprintf(
				_n( '%s page', '%s pages', count, 'wu-plan-change' ),
				n
			);
		case 'attachment':
			/* translators: %s: a number of media items */
			return sprintf(
				_n(
					'%s media item',
					'%s media items',
					count,
					'wu-plan-change'
				),
				n
			);
		default:
			/* translators: 1: a number, 2: a post type's slug such as "product" */
			return sprintf(
				_n(
					'%1$s item of type “%2$s”',
					'%1$s items of type “%2$s”',
					count,
					'wu-plan-change'
				),
				n,
				postType
			);
	}
}

/**
 * An amount of a limit in words a customer reads (RULES L4): "40 pages", "1 custom domain",
 * "1.4 GB of disk space"; never a snake_case key. `amount` in the limit's unit (MB for disk).
 */
export function limitAmountWords(
	limit: string,
	amount: number,
	postType?: string
): string {
	const n = NUMBER.format( amount );
	switch ( limit ) {
		case 'posts':
			return postsWords( postType ?? 'post', amount );
		case 'disk_space':
			/* translators: %s: an amount such as "1.4 GB" */
			return sprintf(
				__( '%s of disk space', 'wu-plan-change' ),
				megabytesWords( amount )
			);
		case 'custom_domains':
			/* translators: %s: a number of custom domains */
			return sprintf(
				_n(
					'%s custom domain',
					'%s custom domains',
					amount,
					'wu-plan-change'
				),
				n
			);
		case 'users':
			/* translators: %s: a number of users */
			return sprintf(
				_n( '%s user', '%s users', amount, 'wu-plan-change' ),
				n
			);
		case 'sites':
			/* translators: %s: a number of sites */
			return sprintf(
				_n( '%s site', '%s sites', amount, 'wu-plan-change' ),
				n
			);
		case 'visits':
			/* translators: %s: a number of unique visits */
			return sprintf(
				_n(
					'%s unique visit this month',
					'%s unique visits this month',
					amount,
					'wu-plan-change'
				),
				n
			);
		default:
			return n;
	}
}

/** An amount of a limit as a bare figure: "140", or "2.4 GB" for disk space. */
export function limitFigure( limit: string, amount: number ): string {
	return limit === 'disk_space'
		? megabytesWords( amount )
		: NUMBER.format( amount );
}
