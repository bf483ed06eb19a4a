import { Notice, Spinner } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';
import type { RestError } from '../../api/client';
import type { OverLimit, Quote } from '../../api/types';
import { formatDate, formatExplanation, formatMoney } from '../../format';
import { OverLimits } from '../over-limits';
import { useSiteNames } from '../over-limits/use-site-names';
import type { OrderSummaryProps } from './types';

export type { OrderSummaryProps } from './types';

/** True when the quote applies at a later instant (a downgrade or a removal at period end; a trial's or a lifetime membership's downgrade applies now). */
export function isScheduled( quote: Quote ): boolean {
	return Date.parse( quote.effective_at ) > Date.parse( quote.created_at );
}

/** Why a quote was refused, in a Notice: "nothing changes", over the limits (what to remove), or another reason. */
export function QuoteProblem( {
	error,
	audience = 'customer',
	siteName,
}: { error: RestError } & Pick< OrderSummaryProps, 'audience' | 'siteName' > ) {
	if ( error.code === 'wu_no_changes' ) {
		return (
			<Notice
				status="info"
				isDismissible={ false }
				className="wu-quote-problem is-no-changes"
			>
				<p>{ error.message }</p>
				<p>
					{ __(
						'Choose another plan, period or add-on to change your membership.',
						'wu-plan-change'
					) }
				</p>
			</Notice>
		);
	}
	if ( error.code === 'wu_over_limit' ) {
		const limits = (
			( error.data?.limits as OverLimit[] | undefined ) ?? []
		).filter( Boolean );
		return (
			<Notice
				status="warning"
				isDismissible={ false }
				className="wu-quote-problem is-over-limit"
			>
				{ limits.length > 0 ? (
					<OverLimits
						limits={ limits }
						audience={ audience }
						siteName={ siteName }
					/>
				) : (
					<p>{ error.message }</p>
				) }
			</Notice>
		);
	}
	return (
		<Notice
			status="error"
			isDismissible={ false }
			className="wu-quote-problem"
		>
			<p>{ error.message }</p>
		</Notice>
	);
}

/**
 * The live order summary of a change (RULES Q1): every line, the proration credit, the existing
 * credit used, due now, when it takes effect, the next charge, the add-ons it removes and the
 * server's explanation in words.
 */
export function OrderSummary( {
	quote,
	error,
	loading = false,
	productName,
	placeholder,
	audience = 'customer',
	siteName,
}: OrderSummaryProps ) {
	const loadedName = useSiteNames(
		! siteName && ( quote?.over_limits?.length ?? 0 ) > 0
			? ( quote?.membership_id ?? null )
			: null
	);
	const nameOfSite = siteName ?? loadedName;
	if ( error ) {
		return (
			<div className="wu-order-summary" aria-busy={ loading }>
				{ loading && <Spinner /> }
				<QuoteProblem
					error={ error }
					audience={ audience }
					siteName={ siteName }
				/>
			</div>
		);
	}
	if ( ! quote ) {
		return (
			<div className="wu-order-summary" aria-busy={ loading }>
				{ loading ? (
					<Spinner />
				) : (
					<p className="wu-order-summary__placeholder">
						{ placeholder }
					</p>
				) }
			</div>
		);
	}
	const money = ( amount: number ) => formatMoney( amount, quote.currency );
	const scheduled = isScheduled( quote );
	const hasWalletLine = quote.lines.some(
		( line ) => line.kind === 'wallet_credit'
	);
	return (
		<div
			className={ `wu-order-summary${ loading ? ' is-loading' : '' }` }
			aria-busy={ loading }
		>
			{ loading && <Spinner /> }
			<table className="wu-order-summary__lines">
				<caption className="screen-reader-text">
					{ __( 'Order lines', 'wu-plan-change' ) }
				</caption>
				<thead>
					<tr>
						<th scope="col">{ __( 'Item', 'wu-plan-change' ) }</th>
						<th scope="col" className="is-amount">
							{ __( 'Amount', 'wu-plan-change' ) }
						</th>
					</tr>
				</thead>
				<tbody>
					{ quote.lines.map( ( line, index ) => (
						<tr key={ index } className={ `is-${ line.kind }` }>
							<th scope="row">
								{ line.description }
								{ line.quantity > 1 && (
									<span className="wu-order-summary__quantity">
										{ /* eslint-disable @wordpress/i18n-no-flanking-whitespace -- the translated message (nb_NO) follows the description with its own space */ }
										{ sprintf(
											/* translators: 1: quantity, 2: price of one unit */
											__(
												' × %1$d at %2$s',
												'wu-plan-change'
											),
											line.quantity,
											money( line.unit_amount )
										) }
										{ /* eslint-enable @wordpress/i18n-no-flanking-whitespace */ }
									</span>
								) }
							</th>
							<td className="is-amount">
								{ money( line.amount ) }
							</td>
						</tr>
					) ) }
					{ quote.wallet_used > 0 && ! hasWalletLine && (
						<tr className="is-wallet_credit">
							<th scope="row">
								{ __( 'Existing credit', 'wu-plan-change' ) }
							</th>
							<td className="is-amount">
								{ money( -quote.wallet_used ) }
							</td>
						</tr>
					) }
				</tbody>
				<tfoot>
					<tr className="wu-order-summary__due">
						<th scope="row">
							{ __( 'Due now', 'wu-plan-change' ) }
						</th>
						<td className="is-amount">
							{ money( quote.due_now ) }
						</td>
					</tr>
				</tfoot>
			</table>
			<dl className="wu-order-summary__facts">
				{ quote.wallet_used > 0 && (
					<>
						<dt>
							{ __( 'Existing credit used', 'wu-plan-change' ) }
						</dt>
						<dd>{ money( quote.wallet_used ) }</dd>
					</>
				) }
				{ quote.wallet_after > 0 && (
					<>
						<dt>
							{ __(
								'Credit left in your wallet',
								'wu-plan-change'
							) }
						</dt>
						<dd>{ money( quote.wallet_after ) }</dd>
					</>
				) }
				<dt>{ __( 'Takes effect', 'wu-plan-change' ) }</dt>
				<dd>
					{ scheduled
						? sprintf(
								/* translators: %s: a date */
								__(
									'On %s, at the end of your current period',
									'wu-plan-change'
								),
								formatDate( quote.effective_at )
							)
						: __(
								'Now, as soon as the payment is complete',
								'wu-plan-change'
							) }
				</dd>
				<dt>{ __( 'Next charge', 'wu-plan-change' ) }</dt>
				<dd>
					{ quote.next_charge
						? sprintf(
								/* translators: 1: an amount of money, 2: a date */
								__( '%1$s on %2$s', 'wu-plan-change' ),
								money( quote.next_charge.amount ),
								formatDate( quote.next_charge.date )
							)
						: __(
								'No further charge is scheduled',
								'wu-plan-change'
							) }
				</dd>
				{ quote.removes.length > 0 && (
					<>
						<dt>
							{ _n(
								'Add-on removed',
								'Add-ons removed',
								quote.removes.length,
								'wu-plan-change'
							) }
						</dt>
						<dd>
							{ quote.removes.map( productName ).join( ', ' ) }
						</dd>
					</>
				) }
			</dl>
			{ quote.explanation && (
				<p className="wu-order-summary__explanation">
					{ formatExplanation(
						quote.explanation_parts,
						quote.explanation
					) }
				</p>
			) }
			{ ( quote.over_limits ?? [] ).length > 0 && (
				<Notice
					status="warning"
					isDismissible={ false }
					className="wu-order-summary__over-limits"
				>
					<OverLimits
						limits={ quote.over_limits ?? [] }
						effectiveAt={
							scheduled ? quote.effective_at : undefined
						}
						audience={ audience }
						siteName={ nameOfSite }
					/>
				</Notice>
			) }
		</div>
	);
}
