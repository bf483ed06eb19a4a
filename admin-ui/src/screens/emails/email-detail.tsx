import { __, sprintf } from '@wordpress/i18n';
import type { Email } from '../../api/types';
import { LoadState } from '../../components/load-state';
import { Panel } from '../../components/panel';
import { StatusBadge } from '../../components/status-badge';
import { emailQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { formatDate } from '../../format';
import { Link } from '../../shell/router';
import { emailKindLabel, emailStatusLabel } from './labels';

function Facts( { email, basePath }: { email: Email; basePath: string } ) {
	return (
		<dl className="wu-facts">
			<dt>{ __( 'To', 'wu-plan-change' ) }</dt>
			<dd>
				<Link href={ `${ basePath }customers/${ email.customer_id }` }>
					{ email.to }
				</Link>
			</dd>
			<dt>{ __( 'About', 'wu-plan-change' ) }</dt>
			<dd>{ emailKindLabel( email.kind ) }</dd>
			<dt>{ __( 'Date', 'wu-plan-change' ) }</dt>
			<dd>{ formatDate( email.created_at ) }</dd>
			<dt>{ __( 'Language', 'wu-plan-change' ) }</dt>
			<dd>{ email.locale }</dd>
			<dt>{ __( 'Status', 'wu-plan-change' ) }</dt>
			<dd>
				<StatusBadge
					status={ email.status }
					label={ emailStatusLabel( email.status ) }
				/>
			</dd>
			{ email.sent_at && (
				<>
					<dt>{ __( 'Sent', 'wu-plan-change' ) }</dt>
					<dd>{ formatDate( email.sent_at ) }</dd>
				</>
			) }
			{ email.error && (
				<>
					<dt>{ __( 'Last error', 'wu-plan-change' ) }</dt>
					<dd>
						{ sprintf(
							/* translators: 1: the error, 2: number of attempts */
							__( '%1$s (attempts: %2$d)', 'wu-plan-change' ),
							email.error,
							email.attempts
						) }
					</dd>
				</>
			) }
		</dl>
	);
}

/**
 * One e-mail as the customer gets it: the plain-text part, and the HTML part in a sandboxed frame
 * (`srcDoc`, no scripts, no access to this page), each in its own named region.
 */
export function EmailDetail( {
	id,
	pageUrl,
	basePath,
}: {
	id: number;
	pageUrl: string;
	basePath: string;
} ) {
	const loaded = useQuery( emailQuery, id );
	return (
		<div className="wu-detail-screen">
			<p>
				<Link href={ pageUrl }>
					{ __( '← All e-mails', 'wu-plan-change' ) }
				</Link>
			</p>
			<LoadState loaded={ loaded }>
				{ ( email ) => (
					<>
						<h2>{ email.subject }</h2>
						<Panel
							id="wu-email-summary"
							title={ __( 'Summary', 'wu-plan-change' ) }
						>
							<Facts email={ email } basePath={ basePath } />
						</Panel>
						<div className="wu-email-parts">
							<Panel
								id="wu-email-text"
								title={ __( 'Text', 'wu-plan-change' ) }
							>
								<pre className="wu-email-text">
									{ email.text }
								</pre>
							</Panel>
							<Panel
								id="wu-email-html"
								title={ __( 'HTML', 'wu-plan-change' ) }
							>
								<iframe
									className="wu-email-html"
									title={ sprintf(
										/* translators: %s: the e-mail's subject */
										__(
											'HTML part of “%s”',
											'wu-plan-change'
										),
										email.subject
									) }
									sandbox=""
									srcDoc={ email.html }
								/>
							</Panel>
						</div>
					</>
				) }
			</LoadState>
		</div>
	);
}
