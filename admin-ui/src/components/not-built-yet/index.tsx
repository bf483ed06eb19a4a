import { Card, CardBody } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/** An honest placeholder for a screen that a later issue builds. */
export function NotBuiltYet() {
	return (
		<Card>
			<CardBody>
				<p>{ __( 'This screen is not built yet.', 'wu-plan-change' ) }</p>
			</CardBody>
		</Card>
	);
}
