import type { LocaleData } from '@wordpress/i18n';

/** What the server puts in `window.wuBoot` for the page. */
export interface MenuItem {
	slug: string;
	title: string;
	menu_title: string;
	/** Below the audience's base path; '' for the dashboard. */
	path: string;
	screen: string;
	icon: string;
}

export interface BootData {
	page: 'login' | 'admin';
	audience: 'network' | 'site' | null;
	user: { id: number; username: string; display_name: string; role: 'network_admin' | 'customer' } | null;
	nonce: string;
	rest_root: string;
	base_path: string;
	menu: MenuItem[];
	text_domain: string;
	demo: boolean;
	logout_url: string;
	test_clock: boolean;
	/** The user's language (the browser's on the login page); `en_US` or `nb_NO`. */
	locale: string;
}

declare global {
	interface Window {
		wuBoot?: BootData;
	}
}

/** The boot data of this page (a logged-out login page when absent). */
export function readBoot(): BootData {
	return (
		window.wuBoot ?? {
			page: 'login',
			audience: null,
			user: null,
			nonce: '',
			rest_root: '/wp-json/',
			base_path: '/wp-admin/',
			menu: [],
			text_domain: 'wu-plan-change',
			demo: false,
			logout_url: '',
			test_clock: false,
			locale: 'en_US',
		}
	);
}

/** The page's translations by text domain (JED locale data for `setLocaleData`), from its `wu-locale-data` JSON block; null in English. */
export function readLocaleData(): Record< string, LocaleData > | null {
	const block = document.getElementById( 'wu-locale-data' );
	if ( ! block?.textContent ) {
		return null;
	}
	try {
		return JSON.parse( block.textContent ) as Record< string, LocaleData >;
	} catch {
		return null;
	}
}
