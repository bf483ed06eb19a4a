import { createRoot, lazy, StrictMode, Suspense } from '@wordpress/element';
import { configureApiFetch } from './api/client';
import { invalidateOnChange } from './data/invalidation';
import { setLocaleData } from '@wordpress/i18n';
import { readBoot, readLocaleData } from './boot';
import { setFormatLocale } from './format';
import { BootContext } from './shell/boot-context';
import { NoticesProvider } from './shell/notices';
import { RouterProvider } from './shell/router';
import { Shell } from './shell/shell';

// The login screen loads on its own: an admin page's first load does not carry it.
const LoginScreen = lazy(
	() => import( /* webpackChunkName: "screen-login" */ './screens/login' )
);

const boot = readBoot();
// The user's language before anything renders: the plugin's and the components' translations,
// then Intl's money and dates.
for ( const [ domain, data ] of Object.entries( readLocaleData() ?? {} ) ) {
	setLocaleData( data, domain );
}
setFormatLocale( boot.locale );
configureApiFetch( boot.rest_root, boot.nonce );
invalidateOnChange();

const root = createRoot( document.getElementById( 'wpwrap' ) as HTMLElement );
root.render(
	<StrictMode>
		<BootContext.Provider value={ boot }>
			{ boot.page === 'login' || ! boot.user ? (
				<Suspense fallback={ null }>
					<LoginScreen demo={ boot.demo } />
				</Suspense>
			) : (
				<RouterProvider>
					<NoticesProvider>
						<Shell boot={ boot } />
					</NoticesProvider>
				</RouterProvider>
			) }
		</BootContext.Provider>
	</StrictMode>
);
