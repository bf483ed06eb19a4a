import { __, _n, sprintf } from '../i18n';

const NUMBER = new Intl.NumberFormat( 'en-US', { maximumFractionDigits: 1 } );

/** Megabytes in words: "500 MB", 2500 → "2.4 GB" (1 GB = 1024 MB, as the UI shows them). */
export function megabytesWords( mb: number ): string {
	if ( mb >= 1024 ) {
		return sprintf(
			/* translators: %s: an amount of gigabytes */
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
			return sprintf(
				/* translators: %s: a number of posts */
				_n( '%s post', '%s posts', count, 'wu-plan-change' ),
				n
			);
		case 'page':
			return sprintf(
				/* translators: %s: a number of pages */
				_n( '%s page', '%s pages', count, 'wu-plan-change' ),
				n
			);
		case 'attachment':
			return sprintf(
				/* translators: %s: a number of media items */
				_n(
					'%s media item',
					'%s media items',
					count,
					'wu-plan-change'
				),
				n
			);
		default:
			return sprintf(
				/* translators: 1: a number, 2: a post type's slug such as "product" */
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
	if ( limit === 'posts' ) {
		return postsWords( postType ?? 'post', amount );
	}
	if ( limit === 'disk_space' ) {
		return sprintf(
			/* translators: %s: an amount such as "1.4 GB" */
			__( '%s of disk space', 'wu-plan-change' ),
			megabytesWords( amount )
		);
	}
	const n = NUMBER.format( amount );
	switch ( limit ) {
		case 'custom_domains':
			return sprintf(
				/* translators: %s: a number of custom domains */
				_n(
					'%s custom domain',
					'%s custom domains',
					amount,
					'wu-plan-change'
				),
				n
			);
		case 'users':
			return sprintf(
				/* translators: %s: a number of users */
				_n( '%s user', '%s users', amount, 'wu-plan-change' ),
				n
			);
		case 'sites':
			return sprintf(
				/* translators: %s: a number of sites */
				_n( '%s site', '%s sites', amount, 'wu-plan-change' ),
				n
			);
		case 'visits':
			return sprintf(
				/* translators: %s: a number of unique visits */
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
