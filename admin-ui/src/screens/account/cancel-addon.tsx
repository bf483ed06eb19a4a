import { Button } from '@wordpress/components';
import { useMemo, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage } from '../../api/client';
import { checkout } from '../../api/memberships';
import type { Membership, Product } from '../../api/types';
import { OrderSummary } from '../../components/order-summary';
import { formatDate } from '../../format';
import { newIdempotencyKey } from '../../hooks/idempotency-key';
import { useQuote } from '../../hooks/use-quote';
import { useNotices } from '../../shell/notices';
import { nameOf } from './membership-facts';

/** Confirms the end of a recurring add-on at the period's end: a quote without it, paid with nothing due. */
export function CancelAddon( {
	membership,
	addonId,
	catalogue,
	onClose,
	reload,
}: {
	membership: Membership;
	addonId: number;
	catalogue: Map< number, Product >;
	onClose: () => void;
	reload: () => Promise< void >;
} ) {
	const { createNotice } = useNotices();
	const [ pending, setPending ] = useState( false );
	const key = useRef( newIdempotencyKey() );
	const target = useMemo(
		() => ( {
			addons: membership.addons.filter(
				( a ) => a.product_id !== addonId
			),
		} ),
		[ membership, addonId ]
	);
	const { quote, error } = useQuote( membership.id, target, 0 );
	const confirm = async () => {
		if ( ! quote || pending ) {
			return;
		}
		setPending( true );
		try {
			await checkout( membership.id, quote.id, undefined, key.current );
			onClose();
			await reload();
			createNotice(
				'success',
				sprintf(
					/* translators: 1: an add-on's name, 2: a date */
					__(
						'%1$s is cancelled and ends on %2$s.',
						'wu-plan-change'
					),
					nameOf( catalogue, addonId ),
					formatDate( quote.effective_at )
				)
			);
		} catch ( failure ) {
			setPending( false );
			createNotice( 'error', errorMessage( failure ) );
		}
	};
	const name = nameOf( catalogue, addonId );
	return (
		<div
			className="wu-cancel-addon"
			role="group"
			aria-label={ sprintf(
				/* translators: %s: an add-on's name */ __(
					'Cancel %s',
					'wu-plan-change'
				),
				name
			) }
		>
			<OrderSummary
				quote={ quote }
				error={ error }
				loading={ ! quote && ! error }
				productName={ ( id ) => nameOf( catalogue, id ) }
			/>
			<div className="wu-cancel-addon__actions">
				{ quote && (
					<Button
						variant="primary"
						isDestructive
						onClick={ confirm }
						disabled={ pending }
						isBusy={ pending }
					>
						{ __( 'Confirm cancellation', 'wu-plan-change' ) }
					</Button>
				) }
				<Button
					variant="tertiary"
					onClick={ onClose }
					disabled={ pending }
				>
					{ sprintf(
						/* translators: %s: an add-on's name */ __(
							'Keep %s',
							'wu-plan-change'
						),
						name
					) }
				</Button>
			</div>
		</div>
	);
}
