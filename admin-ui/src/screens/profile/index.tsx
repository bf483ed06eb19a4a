import {
	Button,
	Card,
	CardBody,
	CardHeader,
	SelectControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { errorMessage } from '../../api/client';
import { updateMe, type Me } from '../../api/users';
import { LoadState } from '../../components/load-state';
import { meQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { useNotices } from '../../shell/notices';

/**
 * The languages one may choose, each named in itself (as WordPress's language picker does),
 * so that someone who cannot read the current one still finds their own.
 */
export const LANGUAGES = [
	{ value: 'en_US', label: 'English (United States)' },
	{ value: 'nb_NO', label: 'Norsk bokmål' },
];

/** After a saved change of language: the page is loaded again, rendered in it. */
export const reloadPage = { now: () => window.location.reload() };

function ProfileForm( { me }: { me: Me } ) {
	const { createNotice } = useNotices();
	const [ locale, setLocale ] = useState( me.locale );
	const [ saving, setSaving ] = useState( false );
	const save = async () => {
		setSaving( true );
		try {
			await updateMe( { locale } );
			reloadPage.now();
		} catch ( error ) {
			setSaving( false );
			createNotice( 'error', errorMessage( error ) );
		}
	};
	return (
		<Card className="wu-profile">
			<CardHeader>
				<h2>{ __( 'Personal Options', 'wu-plan-change' ) }</h2>
			</CardHeader>
			<CardBody>
				<dl className="wu-profile__who">
					<dt>{ __( 'Username', 'wu-plan-change' ) }</dt>
					<dd>{ me.username }</dd>
					<dt>{ __( 'Display name', 'wu-plan-change' ) }</dt>
					<dd>{ me.display_name }</dd>
				</dl>
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Language', 'wu-plan-change' ) }
					help={ __(
						'The language of your screens, messages and explanations.',
						'wu-plan-change'
					) }
					value={ locale }
					options={ LANGUAGES }
					onChange={ setLocale }
				/>
				<p>
					<Button
						variant="primary"
						isBusy={ saving }
						disabled={ saving || locale === me.locale }
						onClick={ save }
					>
						{ __( 'Save Changes', 'wu-plan-change' ) }
					</Button>
				</p>
			</CardBody>
		</Card>
	);
}

/** Profile (both shells): the user's own settings; for now their language. */
export default function ProfileScreen() {
	const loaded = useQuery( meQuery );
	return (
		<LoadState loaded={ loaded }>
			{ ( me ) => <ProfileForm me={ me } /> }
		</LoadState>
	);
}
