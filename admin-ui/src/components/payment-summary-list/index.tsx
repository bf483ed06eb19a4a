import { __ } from '@wordpress/i18n';
import type { Payment } from '../../api/types';
import { formatDate, formatMoney } from '../../format';
import { Link } from '../../shell/router';
import { paymentStatusLabel, StatusBadge } from '../status-badge';

interface Props {
	/** The payments to list, newest first as the server sends them. */
	payments: Payment[];
	/** The admin's base path (`/wp-admin/network/`): each payment links to its screen. */
	basePath: string;
}

/** A short list of payments (number, date, total, status) for a customer's or membership's screen. */
export function PaymentSummaryList( { payments, basePath }: Props ) {
	if ( payments.length === 0 ) {
		return <p>{ __( 'No payments yet.', 'wu-plan-change' ) }</p>;
	}
	return (
		<ul>
			{ payments.map( ( payment ) => (
				<li key={ payment.id }>
					<Link href={ `${ basePath }payments/${ payment.id }` }>
						{ `#${ payment.id }` }
					</Link>{ ' ' }
					{ formatDate( payment.created_at ) } ·{ ' ' }
					{ formatMoney( payment.total, payment.currency ) } ·{ ' ' }
					<StatusBadge
						status={ payment.status }
						label={ paymentStatusLabel( payment.status ) }
					/>
				</li>
			) ) }
		</ul>
	);
}
