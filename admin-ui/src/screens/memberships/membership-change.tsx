import { __, sprintf } from '@wordpress/i18n';
import { ChangeCheckout } from '../../components/change-checkout';
import { formatDate } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';

/** "Change plan" on the customer's behalf: the shared checkout in admin mode (manual payment, or none when nothing is due). */
export function MembershipChange( {
	id,
	pageUrl,
}: {
	id: number;
	pageUrl: string;
} ) {
	const { navigate } = useRouter();
	const { createNotice } = useNotices();
	const back = `${ pageUrl }/${ id }`;
	return (
		<div className="wu-detail-screen">
			<p>
				<Link href={ back }>
					{ __( '← Back to the membership', 'wu-plan-change' ) }
				</Link>
			</p>
			<h2>
				{ sprintf(
					/* translators: %d: membership id */ __(
						'Change plan of membership #%d',
						'wu-plan-change'
					),
					id
				) }
			</h2>
			<ChangeCheckout
				membershipId={ id }
				mode="admin"
				onCancel={ () => navigate( back ) }
				onDone={ ( { payment, quote } ) => {
					if ( quote.over_limits_approval ) {
						createNotice(
							'warning',
							sprintf(
								/* translators: 1: the admin's name, 2: a date */
								__(
									'Applied over limits by %1$s on %2$s: nothing was deleted, and the customer cannot add more of an exceeded limit until back within it.',
									'wu-plan-change'
								),
								quote.over_limits_approval.name,
								formatDate( quote.over_limits_approval.at )
							)
						);
					}
					createNotice(
						payment && payment.status === 'pending'
							? 'warning'
							: 'success',
						payment && payment.status === 'pending'
							? sprintf(
									/* translators: %d: payment id */ __(
										'Payment #%d is pending: the change applies once the payment is completed.',
										'wu-plan-change'
									),
									payment.id
								)
							: __(
									'The membership was changed.',
									'wu-plan-change'
								)
					);
					navigate( back );
				} }
			/>
		</div>
	);
}
