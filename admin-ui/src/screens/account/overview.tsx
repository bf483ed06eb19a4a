import { Notice, Spinner } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import { useNotices } from '../../shell/notices';
import { useRouter } from '../../shell/router';
import { BillingHistory } from './billing-history';
import { MembershipBox } from './membership-box';
import { PaymentMethod } from './payment-method';
import { SiteLimits } from './site-limits';
import { useAccount } from './use-account';

/** The Account page: Your Membership, Site limits and Billing history, loaded fresh on every visit. */
export function AccountOverview( { changeUrl }: { changeUrl: string } ) {
	const { navigate } = useRouter();
	const { clearNotices } = useNotices();
	const { data, error, reload } = useAccount();
	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ error }
			</Notice>
		);
	}
	if ( ! data ) {
		return <Spinner />;
	}
	if ( ! data.membership ) {
		return <p>{ __( 'You have no membership yet.', 'wu-plan-change' ) }</p>;
	}
	return (
		<div className="wu-account">
			<MembershipBox
				membership={ data.membership }
				customer={ data.customer }
				catalogue={ data.catalogue }
				onChange={ () => {
					clearNotices();
					navigate( changeUrl );
				} }
				reload={ reload }
			/>
			{ data.customer && (
				<PaymentMethod customer={ data.customer } reload={ reload } />
			) }
			<SiteLimits limits={ data.limits } sites={ data.sites } />
			<BillingHistory payments={ data.payments } />
		</div>
	);
}
