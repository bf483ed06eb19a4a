import { createRoot, StrictMode } from '@wordpress/element';
import { configureApiFetch } from './api/client';
import { readBoot } from './boot';
import LoginScreen from './screens/login';
import { BootContext } from './shell/boot-context';
import { NoticesProvider } from './shell/notices';
import { RouterProvider } from './shell/router';
import { Shell } from './shell/shell';

const boot = readBoot();
configureApiFetch( boot.rest_root, boot.nonce );

const root = createRoot( document.getElementById( 'wpwrap' ) as HTMLElement );
root.render(
	<StrictMode>
		<BootContext.Provider value={ boot }>
			{ boot.page === 'login' || ! boot.user ? (
				<LoginScreen demo={ boot.demo } />
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
