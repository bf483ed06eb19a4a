import {
	ChangeCheckout,
	type CheckoutResult,
} from '../../components/change-checkout';
import { useNotices } from '../../shell/notices';
import { useRouter } from '../../shell/router';
import { Spinner, Notice } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import { useCurrentMembership } from '../../hooks/use-current-membership';
import { isScheduled } from '../../components/order-summary';
import { formatDate } from '../../format';
import type { ScreenProps } from '../types';
import { AccountOverview } from './overview';

/** The message after a completed checkout: applied now, or scheduled for a date. */
export function doneMessage( result: CheckoutResult ): string {
	if ( isScheduled( result.quote ) ) {
		return sprintf(
			/* translators: %s: a date */
			__(
				'Your change is scheduled for %s. You can cancel it on this page until then.',
				'wu-plan-change'
			),
			formatDate( result.quote.effective_at )
		);
	}
	if ( result.payment && result.payment.total > 0 ) {
		return __(
			'Thank you! Your payment is complete and your membership is updated: the new limits apply now.',
			'wu-plan-change'
		);
	}
	return __(
		'Your membership is updated: the new limits apply now.',
		'wu-plan-change'
	);
}

/** The checkout at …/account/change for the customer's membership. */
function ChangeScreen( { pageUrl }: { pageUrl: string } ) {
	const { navigate } = useRouter();
	const { createNotice, clearNotices } = useNotices();
	const loaded = useCurrentMembership();
	const membershipId = loaded.data?.id ?? null;
	const error =
		loaded.error ??
		( loaded.data === null
			? __( 'You have no membership to change.', 'wu-plan-change' )
			: null );
	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ error }
			</Notice>
		);
	}
	if ( membershipId === null ) {
		return <Spinner />;
	}
	return (
		<ChangeCheckout
			membershipId={ membershipId }
			mode="customer"
			onDone={ ( result ) => {
				clearNotices();
				createNotice( 'success', doneMessage( result ) );
				navigate( pageUrl );
			} }
			onCancel={ () => navigate( pageUrl ) }
		/>
	);
}

/** The customer's Account page (/wp-admin/account) and its Change checkout (/wp-admin/account/change). */
export default function AccountScreen( { subpath, pageUrl }: ScreenProps ) {
	if ( subpath[ 0 ] === 'change' ) {
		return <ChangeScreen pageUrl={ pageUrl } />;
	}
	if ( subpath.length > 0 ) {
		return (
			<p>
				{ __(
					'There is no screen at this address.',
					'wu-plan-change'
				) }
			</p>
		);
	}
	return (
		<AccountOverview
			changeUrl={ `${ pageUrl.replace( /\/$/, '' ) }/change` }
		/>
	);
}
