import { __ } from '@wordpress/i18n';
import type { MembershipStatus, Payment } from '../../api/types';

/** The translated name of a membership status. */
export function membershipStatusLabel( status: MembershipStatus ): string {
	const labels: Record< MembershipStatus, string > = {
		pending: __( 'Pending', 'wu-plan-change' ),
		trialing: __( 'Trialing', 'wu-plan-change' ),
		active: __( 'Active', 'wu-plan-change' ),
		'on-hold': __( 'On hold', 'wu-plan-change' ),
		expired: __( 'Expired', 'wu-plan-change' ),
		cancelled: __( 'Cancelled', 'wu-plan-change' ),
	};
	return labels[ status ] ?? status;
}

/** The translated name of a payment status. */
export function paymentStatusLabel( status: Payment[ 'status' ] ): string {
	const labels: Record< Payment[ 'status' ], string > = {
		pending: __( 'Pending', 'wu-plan-change' ),
		completed: __( 'Completed', 'wu-plan-change' ),
		failed: __( 'Failed', 'wu-plan-change' ),
		refunded: __( 'Refunded', 'wu-plan-change' ),
		partially_refunded: __( 'Partially refunded', 'wu-plan-change' ),
	};
	return labels[ status ] ?? status;
}

/** A coloured status pill; the colour is decoration, the word carries the meaning. */
export function StatusBadge( {
	status,
	label,
}: {
	status: string;
	label: string;
} ) {
	return (
		<span className={ `wu-status wu-status--${ status }` }>{ label }</span>
	);
}
