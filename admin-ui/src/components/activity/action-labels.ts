import { __ } from '@wordpress/i18n';

/** What an audit entry's action says on the screen; an action not listed shows as sent. */
export function actionLabel( action: string ): string {
	const labels: Record< string, string > = {
		'membership.created': __( 'Membership created', 'wu-plan-change' ),
		'membership.updated': __( 'Membership repaired', 'wu-plan-change' ),
		'membership.upgraded': __( 'Upgraded', 'wu-plan-change' ),
		'membership.downgraded': __( 'Downgraded', 'wu-plan-change' ),
		'membership.downgrade_scheduled': __(
			'Downgrade scheduled',
			'wu-plan-change'
		),
		'membership.scheduled_change_cancelled': __(
			'Scheduled change cancelled',
			'wu-plan-change'
		),
		'membership.addons_changed': __( 'Add-ons changed', 'wu-plan-change' ),
		'membership.renewed': __( 'Renewed', 'wu-plan-change' ),
		'membership.renewal_failed': __( 'Renewal failed', 'wu-plan-change' ),
		'membership.cancel_scheduled': __(
			'Cancellation scheduled',
			'wu-plan-change'
		),
		'membership.cancel_undone': __(
			'Cancellation undone',
			'wu-plan-change'
		),
		'membership.cancelled': __( 'Cancelled', 'wu-plan-change' ),
		'membership.expired': __( 'Expired', 'wu-plan-change' ),
		'membership.limits_changed': __( 'Limits changed', 'wu-plan-change' ),
		'membership.site_limits_changed': __(
			'Site limits changed',
			'wu-plan-change'
		),
		'payment.pending': __( 'Payment awaiting approval', 'wu-plan-change' ),
		'webhook.created': __( 'Webhook added', 'wu-plan-change' ),
		'webhook.updated': __( 'Webhook changed', 'wu-plan-change' ),
		'webhook.deleted': __( 'Webhook deleted', 'wu-plan-change' ),
		'payment.completed': __( 'Payment completed', 'wu-plan-change' ),
		'payment.failed': __( 'Payment failed', 'wu-plan-change' ),
		'payment.refunded': __( 'Payment refunded', 'wu-plan-change' ),
		'wallet.credited': __( 'Wallet credited', 'wu-plan-change' ),
		'wallet.debited': __( 'Wallet debited', 'wu-plan-change' ),
		'product.created': __( 'Product created', 'wu-plan-change' ),
		'product.updated': __( 'Product changed', 'wu-plan-change' ),
		'product.deleted': __( 'Product deleted', 'wu-plan-change' ),
		'customer.created': __( 'Customer created', 'wu-plan-change' ),
		'customer.updated': __( 'Customer changed', 'wu-plan-change' ),
		'settings.clock_moved': __( 'Test clock moved', 'wu-plan-change' ),
	};
	return labels[ action ] ?? action;
}
