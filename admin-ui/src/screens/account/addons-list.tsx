import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { Membership, Product } from '../../api/types';
import { addonPriceLabel } from '../../components/plan-card/pricing';
import { formatDate } from '../../format';
import { CancelAddon } from './cancel-addon';
import { nameOf } from './membership-facts';

/** The membership's add-ons with their price, the end of those a scheduled change drops, and Cancel for a recurring one. */
export function AddonsList( {
	membership,
	catalogue,
	reload,
}: {
	membership: Membership;
	catalogue: Map< number, Product >;
	reload: () => Promise< void >;
} ) {
	const [ cancelling, setCancelling ] = useState< number | null >( null );
	const change = membership.scheduled_change;
	const keeps = new Set( change?.addons.map( ( a ) => a.product_id ) ?? [] );
	const period = {
		duration: membership.duration,
		duration_unit: membership.duration_unit,
	};
	return (
		<ul className="wu-membership-box__addons">
			{ membership.addons.map( ( addon ) => {
				const product = catalogue.get( addon.product_id );
				const ending = !! change && ! keeps.has( addon.product_id );
				return (
					<li key={ addon.product_id }>
						<span className="wu-membership-box__addon-name">
							{ sprintf(
								/* translators: 1: an add-on's name, 2: its quantity */
								__( '%1$s × %2$d', 'wu-plan-change' ),
								nameOf( catalogue, addon.product_id ),
								addon.quantity
							) }
						</span>
						{ product && (
							<span className="wu-membership-box__addon-price">
								{ addonPriceLabel( product, period ) }
							</span>
						) }
						{ ending && change && (
							<span className="wu-membership-box__addon-ending">
								{ sprintf(
									/* translators: %s: a date */
									__( 'Ends on %s', 'wu-plan-change' ),
									formatDate( change.effective_at )
								) }
							</span>
						) }
						{ ! ending &&
							product?.recurring !== false &&
							cancelling !== addon.product_id && (
								<Button
									variant="link"
									isDestructive
									onClick={ () =>
										setCancelling( addon.product_id )
									}
									aria-label={ sprintf(
										/* translators: %s: an add-on's name */ __(
											'Cancel %s',
											'wu-plan-change'
										),
										nameOf( catalogue, addon.product_id )
									) }
								>
									{ __( 'Cancel', 'wu-plan-change' ) }
								</Button>
							) }
						{ cancelling === addon.product_id && (
							<CancelAddon
								membership={ membership }
								addonId={ addon.product_id }
								catalogue={ catalogue }
								onClose={ () => setCancelling( null ) }
								reload={ reload }
							/>
						) }
					</li>
				);
			} ) }
		</ul>
	);
}
