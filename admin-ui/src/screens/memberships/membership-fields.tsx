import type { Field } from '@wordpress/dataviews';
import { __, sprintf } from '@wordpress/i18n';
import type { Membership, MembershipStatus } from '../../api/types';
import {
	customerField,
	idField,
	statusField,
} from '../../components/data-list/common-fields';
import { membershipStatusLabel } from '../../components/status-badge';
import { formatDate, formatMoney, formatPer } from '../../format';

export const STATUSES: MembershipStatus[] = [
	'pending',
	'trialing',
	'active',
	'on-hold',
	'expired',
	'cancelled',
];

/** The renewal date a trialing membership charges at: its trial's end. */
function renewalDate( membership: Membership ): string | null {
	return membership.trial_end && membership.status === 'trialing'
		? membership.trial_end
		: membership.period_end;
}

/** The date of the next renewal charge, or null when none will come. */
export function nextCharge( membership: Membership ): string | null {
	return membership.auto_renew &&
		[ 'active', 'trialing' ].includes( membership.status )
		? renewalDate( membership )
		: null;
}

/** The membership list's columns; the ids are the REST list's `orderby` and filter names. */
export function membershipFields(
	pageUrl: string,
	basePath: string
): Field< Membership >[] {
	return [
		idField< Membership >( __( 'Membership', 'wu-plan-change' ), pageUrl ),
		statusField< MembershipStatus, Membership >(
			STATUSES,
			membershipStatusLabel
		),
		customerField< Membership >( basePath, true ),
		{
			id: 'plan_name',
			label: __( 'Plan', 'wu-plan-change' ),
			getValue: ( { item } ) => item.plan_name ?? `#${ item.plan_id }`,
			render: ( { item } ) => (
				<>
					{ item.plan_name ?? `#${ item.plan_id }` }
					{ item.addons.length > 0 && (
						<span className="wu-badge">
							{ sprintf(
								/* translators: %d: number of add-ons */ __(
									'+%d add-ons',
									'wu-plan-change'
								),
								item.addons.length
							) }
						</span>
					) }
				</>
			),
		},
		{
			id: 'amount',
			type: 'integer',
			label: __( 'Amount', 'wu-plan-change' ),
			render: ( { item } ) =>
				`${ formatMoney( item.amount, item.currency ) } ${ formatPer( item.duration, item.duration_unit ) }`,
		},
		{
			id: 'period_end',
			label: __( 'Next charge', 'wu-plan-change' ),
			render: ( { item } ) => formatDate( nextCharge( item ) ),
		},
		{
			id: 'renewal_error',
			label: __( 'Renewals that need attention', 'wu-plan-change' ),
			elements: [
				{
					value: 'true',
					label: __(
						'Renewals that need attention',
						'wu-plan-change'
					),
				},
			],
			filterBy: { operators: [ 'is' ] },
			enableSorting: false,
			getValue: ( { item } ) => ( item.renewal_error ? 'true' : '' ),
			render: ( { item } ) => item.renewal_error?.message ?? '—',
		},
	];
}
