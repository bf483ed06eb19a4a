import { Button, Modal, Notice, RadioControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage } from '../../api/client';
import {
	cancelMembership,
	undoCancellation,
	type CancelAnswer,
} from '../../api/memberships';
import type { CancelPreview, Membership } from '../../api/types';
import { Panel } from '../../components/panel';
import { cancelPreviewQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { formatDate, formatMoney } from '../../format';
import { useNotices } from '../../shell/notices';

type When = 'period_end' | 'now';
type Refund = 'none' | 'wallet' | 'card';

/** The refund choices of a cancellation now, each with its amount (RULES X2, decision 59). */
function refundOptions( preview: CancelPreview ) {
	const money = ( amount: number ) => formatMoney( amount, preview.currency );
	const rest = preview.unused_amount - preview.card_amount;
	return [
		{ value: 'none', label: __( 'No refund', 'wu-plan-change' ) },
		{
			value: 'wallet',
			label: sprintf(
				/* translators: %s: an amount of money */
				__( 'Unused part to the wallet (%s)', 'wu-plan-change' ),
				money( preview.unused_amount )
			),
		},
		{
			value: 'card',
			label:
				rest > 0
					? sprintf(
							/* translators: 1: amount refunded to the card, 2: amount credited to the wallet */
							__(
								'Unused part to the card (%1$s; %2$s not paid by card goes to the wallet)',
								'wu-plan-change'
							),
							money( preview.card_amount ),
							money( rest )
						)
					: sprintf(
							/* translators: %s: an amount of money */
							__(
								'Unused part to the card (%s)',
								'wu-plan-change'
							),
							money( preview.unused_amount )
						),
		},
	];
}

/** The notice after a cancellation: when it ends and what went back. */
function doneMessage( answer: CancelAnswer ): string {
	if ( answer.cancel_at ) {
		return sprintf(
			/* translators: %s: a date */
			__(
				'The membership is cancelled and ends on %s.',
				'wu-plan-change'
			),
			formatDate( answer.cancel_at )
		);
	}
	const s = answer.settlement;
	if ( ! s || s.to_card + s.to_wallet === 0 ) {
		return __(
			'The membership has ended; nothing was refunded.',
			'wu-plan-change'
		);
	}
	return sprintf(
		/* translators: 1: amount refunded to the card, 2: amount credited to the wallet */
		__(
			'The membership has ended: %1$s refunded to the card, %2$s credited to the wallet.',
			'wu-plan-change'
		),
		formatMoney( s.to_card, s.currency ),
		formatMoney( s.to_wallet, s.currency )
	);
}

function CancelDialog( {
	membership,
	onClose,
	onDone,
}: {
	membership: Membership;
	onClose: () => void;
	onDone: ( answer: CancelAnswer ) => void;
} ) {
	const { createNotice } = useNotices();
	const preview = useQuery( cancelPreviewQuery, membership.id );
	const [ when, setWhen ] = useState< When >( 'period_end' );
	const [ refund, setRefund ] = useState< Refund >( 'none' );
	const [ busy, setBusy ] = useState( false );
	const submit = async () => {
		setBusy( true );
		try {
			onDone( await cancelMembership( membership.id, when, refund ) );
		} catch ( error ) {
			createNotice( 'error', errorMessage( error ) );
		} finally {
			setBusy( false );
		}
	};
	const periodEnd =
		membership.status === 'on-hold' ? null : membership.period_end;
	return (
		<Modal
			title={ __( 'Cancel membership', 'wu-plan-change' ) }
			onRequestClose={ onClose }
			size="medium"
		>
			<RadioControl
				label={ __( 'When', 'wu-plan-change' ) }
				selected={ when }
				onChange={ ( value ) => setWhen( value as When ) }
				options={ [
					...( periodEnd
						? [
								{
									value: 'period_end',
									label: sprintf(
										/* translators: %s: a date */
										__(
											'At the period end (%s)',
											'wu-plan-change'
										),
										formatDate( periodEnd )
									),
								},
							]
						: [] ),
					{ value: 'now', label: __( 'Now', 'wu-plan-change' ) },
				] }
			/>
			{ when === 'now' && preview.data && (
				<RadioControl
					label={ __( 'Refund', 'wu-plan-change' ) }
					selected={ refund }
					onChange={ ( value ) => setRefund( value as Refund ) }
					options={ refundOptions( preview.data ) }
				/>
			) }
			{ when === 'now' && preview.error && (
				<Notice status="error" isDismissible={ false }>
					{ preview.error }
				</Notice>
			) }
			{ membership.scheduled_change && (
				<p>
					{ __(
						'The scheduled change will be dropped.',
						'wu-plan-change'
					) }
				</p>
			) }
			<div className="wu-actions">
				<Button
					variant="tertiary"
					onClick={ onClose }
					__next40pxDefaultSize
				>
					{ __( 'Keep membership', 'wu-plan-change' ) }
				</Button>
				<Button
					variant="primary"
					isDestructive
					onClick={ submit }
					disabled={ busy || ( when === 'now' && ! preview.data ) }
					isBusy={ busy }
					accessibleWhenDisabled
					__next40pxDefaultSize
				>
					{ __( 'Cancel membership', 'wu-plan-change' ) }
				</Button>
			</div>
		</Modal>
	);
}

/** The network admin's cancellation of a membership (RULES X1, X2): at the period end or now with a refund choice; undo while pending. */
export function MembershipCancel( {
	membership,
	onChanged,
}: {
	membership: Membership;
	onChanged: () => void;
} ) {
	const { createNotice } = useNotices();
	const [ open, setOpen ] = useState( false );
	const [ busy, setBusy ] = useState( false );
	const running = [ 'active', 'trialing', 'on-hold' ].includes(
		membership.status
	);
	const undo = async () => {
		setBusy( true );
		try {
			await undoCancellation( membership.id );
			createNotice(
				'success',
				__( 'The cancellation was undone.', 'wu-plan-change' )
			);
			onChanged();
		} catch ( error ) {
			createNotice( 'error', errorMessage( error ) );
		} finally {
			setBusy( false );
		}
	};
	let body;
	if ( membership.cancel_at ) {
		body = (
			<>
				<p>
					{ sprintf(
						/* translators: %s: a date */
						__( 'Cancels on %s.', 'wu-plan-change' ),
						formatDate( membership.cancel_at )
					) }
				</p>
				<Button
					variant="secondary"
					onClick={ undo }
					isBusy={ busy }
					disabled={ busy }
				>
					{ __( 'Undo cancellation', 'wu-plan-change' ) }
				</Button>
			</>
		);
	} else if ( membership.status === 'cancelled' ) {
		body = (
			<p>
				{ membership.cancelled_at
					? sprintf(
							/* translators: %s: a date */
							__( 'Cancelled on %s.', 'wu-plan-change' ),
							formatDate( membership.cancelled_at )
						)
					: __( 'Cancelled.', 'wu-plan-change' ) }
			</p>
		);
	} else if ( running ) {
		body = (
			<Button
				variant="secondary"
				isDestructive
				onClick={ () => setOpen( true ) }
			>
				{ __( 'Cancel membership', 'wu-plan-change' ) }
			</Button>
		);
	} else {
		body = <p>{ __( 'This membership has ended.', 'wu-plan-change' ) }</p>;
	}
	return (
		<Panel
			id="wu-membership-cancel"
			title={ __( 'Cancellation', 'wu-plan-change' ) }
		>
			{ body }
			{ open && (
				<CancelDialog
					membership={ membership }
					onClose={ () => setOpen( false ) }
					onDone={ ( answer ) => {
						setOpen( false );
						createNotice( 'success', doneMessage( answer ) );
						onChanged();
					} }
				/>
			) }
		</Panel>
	);
}
