import { __, sprintf } from '@wordpress/i18n';
import type { Membership, Payment, Site } from '../../api/types';
import { Panel } from '../../components/panel';
import { PaymentSummaryList } from '../../components/payment-summary-list';
import { productName, useProductMap } from '../../components/product-names';
import {
	membershipStatusLabel,
	StatusBadge,
} from '../../components/status-badge';
import { formatMoney, formatPer } from '../../format';
import { Link } from '../../shell/router';

/** The customer's memberships, sites and recent payments, each a panel. */
export function CustomerPanels( {
	memberships,
	sites,
	payments,
	basePath,
}: {
	memberships: Membership[];
	sites: Site[];
	payments: Payment[];
	basePath: string;
} ) {
	const products = useProductMap();
	return (
		<>
			<Panel
				id="wu-customer-memberships"
				title={ __( 'Memberships', 'wu-plan-change' ) }
			>
				{ memberships.length === 0 ? (
					<p>{ __( 'No memberships.', 'wu-plan-change' ) }</p>
				) : (
					<ul>
						{ memberships.map( ( membership ) => (
							<li key={ membership.id }>
								<Link
									href={ `${ basePath }memberships/${ membership.id }` }
								>{ `#${ membership.id }` }</Link>{ ' ' }
								{ productName( products, membership.plan_id ) }{ ' ' }
								·{ ' ' }
								{ `${ formatMoney( membership.amount, membership.currency ) } ${ formatPer( membership.duration, membership.duration_unit ) }` }{ ' ' }
								·{ ' ' }
								<StatusBadge
									status={ membership.status }
									label={ membershipStatusLabel(
										membership.status
									) }
								/>
							</li>
						) ) }
					</ul>
				) }
			</Panel>
			<Panel
				id="wu-customer-sites"
				title={ __( 'Sites', 'wu-plan-change' ) }
			>
				{ sites.length === 0 ? (
					<p>{ __( 'No sites.', 'wu-plan-change' ) }</p>
				) : (
					<ul>
						{ sites.map( ( site ) => (
							<li key={ site.id }>
								{ sprintf(
									/* translators: 1: site title, 2: site path, 3: membership id */ __(
										'%1$s (%2$s), membership #%3$d',
										'wu-plan-change'
									),
									site.title,
									site.path,
									site.membership_id
								) }
							</li>
						) ) }
					</ul>
				) }
			</Panel>
			<Panel
				id="wu-customer-payments"
				title={ __( 'Payments', 'wu-plan-change' ) }
			>
				<PaymentSummaryList
					payments={ payments }
					basePath={ basePath }
				/>
			</Panel>
		</>
	);
}
