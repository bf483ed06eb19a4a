import type { ComponentType, LazyExoticComponent } from 'react';
import type { MenuItem } from '../boot';

/** What every screen receives from the shell. */
export interface ScreenProps {
	/** The menu page this screen renders. */
	page: MenuItem;
	/** Path segments below the page, e.g. `[ '12' ]` for `…/products/12`. */
	subpath: string[];
	/** The page's own URL, e.g. `/wp-admin/network/products`. */
	pageUrl: string;
	/** The audience's base path, e.g. `/wp-admin/network/`. */
	basePath: string;
}

/** A screen of the registry: its translated title and its lazily loaded component. */
export interface ScreenEntry {
	title: () => string;
	component: LazyExoticComponent< ComponentType< ScreenProps > >;
}
