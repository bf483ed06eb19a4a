import type { LocaleData } from '@wordpress/i18n';

/** What the server puts in the page's `<script type="application/json" id="wu-boot-data">` block. */
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
	user: {
		id: number;
		username: string;
		display_name: string;
		role: 'network_admin' | 'customer';
	} | null;
	nonce: string;
	rest_root: string;
	base_path: string;
	menu: MenuItem[];
	text_domain: string;
	demo: boolean;
	/** What this start did with the admin's password: printed (first start), reset (WU_ADMIN_PASSWORD at a later start) or unchanged. */
	admin_password?: 'printed' | 'reset' | 'unchanged';
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

/** The page's JSON data block (no inline script runs: the Content-Security-Policy forbids it). */
function fromDataBlock(): BootData | undefined {
	const text = document.getElementById( 'wu-boot-data' )?.textContent;
	if ( ! text ) {
		return undefined;
	}
	try {
		return JSON.parse( text ) as BootData;
	} catch {
		return undefined;
	}
}

/** The boot data of this page (a logged-out login page when absent). */
export function readBoot(): BootData {
	return (
		fromDataBlock() ??
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
