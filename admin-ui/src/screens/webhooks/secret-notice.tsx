import { Button, Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/** The new endpoint's signing secret, shown once, with a copy button. */
export function SecretNotice( {
	secret,
	onDismiss,
}: {
	secret: string;
	onDismiss: () => void;
} ) {
	const [ copied, setCopied ] = useState( false );
	const copy = async () => {
		await window.navigator.clipboard?.writeText( secret );
		setCopied( true );
	};
	return (
		<Notice
			status="warning"
			onRemove={ onDismiss }
			className="wu-webhook-secret"
		>
			<p>
				{ __(
					'The webhook was added. Copy its signing secret now: it is not shown again. Check the X-WU-Signature header of each delivery with it.',
					'wu-plan-change'
				) }
			</p>
			<p>
				<label htmlFor="wu-webhook-secret">
					{ __( 'Signing secret', 'wu-plan-change' ) }
				</label>{ ' ' }
				<input
					id="wu-webhook-secret"
					className="code"
					readOnly
					size={ 70 }
					value={ secret }
					onFocus={ ( event ) => event.currentTarget.select() }
				/>{ ' ' }
				<Button variant="secondary" onClick={ copy }>
					{ copied
						? __( 'Copied', 'wu-plan-change' )
						: __( 'Copy secret', 'wu-plan-change' ) }
				</Button>
			</p>
		</Notice>
	);
}
