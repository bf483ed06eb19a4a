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
	/** What this start did with the admin's password: printed (first start), reset (WU_ADMIN_PASSWORD at a later start) or unchanged. */
	admin_password?: 'printed' | 'reset' | 'unchanged';
	logout_url: string;
	test_clock: boolean;
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
		}
	);
}
