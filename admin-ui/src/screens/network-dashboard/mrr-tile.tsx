import { __, sprintf } from '@wordpress/i18n';
import { mrrTrendQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { formatMoney } from '../../format';
import { Link } from '../../shell/router';

/** "+$99.00" / "−$12.00" / "±$0.00": a change of money with its sign. */
function signed( amount: number, currency: string ): string {
	const abs = formatMoney( Math.abs( amount ), currency );
	if ( amount > 0 ) {
		return `+${ abs }`;
	}
	return amount < 0 ? `−${ abs }` : `±${ abs }`;
}

/** The dashboard's MRR tile (RULES B1): MRR now and its change over the last 30 days, linked to Reports. */
export function MrrTile( { basePath }: { basePath: string } ) {
	const { data } = useQuery( mrrTrendQuery );
	if ( ! data ) {
		return null;
	}
	const { now, before } = data;
	return (
		<ul className="wu-cards">
			<li className="wu-count wu-mrr-tile">
				<Link
					href={ `${ basePath }reports` }
					className="wu-count__link"
				>
					<span className="wu-count__number">
						{ formatMoney( now.mrr, now.currency ) }
					</span>
					<span className="wu-count__label">
						{ __( 'Monthly recurring revenue', 'wu-plan-change' ) }
					</span>
					<span className="wu-mrr-tile__change">
						{ sprintf(
							/* translators: %s: change of money with its sign, e.g. +$99.00 */
							__( '%s in the last 30 days', 'wu-plan-change' ),
							signed( now.mrr - before.mrr, now.currency )
						) }
					</span>
				</Link>
			</li>
		</ul>
	);
}
