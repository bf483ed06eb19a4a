import { Spinner } from '@wordpress/components';
import { Component, Suspense, useEffect } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { Icon } from '@wordpress/icons';
import type { ReactNode } from 'react';
import type { BootData, MenuItem } from '../boot';
import { screens } from '../screens';
import { menuIcons } from './icons';
import { ShellNotices, useNotices } from './notices';
import { Link, useRouter } from './router';

/** The page whose path is the longest prefix of the location, and the rest of the path. */
export function matchPage(
	menu: MenuItem[],
	basePath: string,
	path: string
): { page: MenuItem; subpath: string[] } | null {
	const rest = path.startsWith( basePath )
		? path.slice( basePath.length )
		: path.replace( /^\/+/, '' );
	const parts = rest.split( '/' ).filter( Boolean );
	let best: { page: MenuItem; subpath: string[] } | null = null;
	for ( const page of menu ) {
		const pageParts = page.path.split( '/' ).filter( Boolean );
		const matches = pageParts.every(
			( part, index ) => parts[ index ] === part
		);
		if (
			matches &&
			( ! best ||
				pageParts.length >
					best.page.path.split( '/' ).filter( Boolean ).length )
		) {
			best = { page, subpath: parts.slice( pageParts.length ) };
		}
	}
	if ( best && best.page.path === '' && best.subpath.length > 0 ) {
		return null;
	}
	return best;
}

function pageUrl( basePath: string, page: MenuItem ): string {
	return page.path ? `${ basePath }${ page.path }` : basePath;
}

function pageTitle( page: MenuItem ): string {
	return screens[ page.screen ]?.title() ?? page.title;
}

/** Keeps a failing screen from blanking the shell. */
class ScreenBoundary extends Component<
	{ children: ReactNode; resetKey: string },
	{ error: Error | null }
> {
	override state = { error: null as Error | null };

	static getDerivedStateFromError( error: Error ) {
		return { error };
	}

	override componentDidUpdate( previous: { resetKey: string } ) {
		if ( previous.resetKey !== this.props.resetKey && this.state.error ) {
			this.setState( { error: null } );
		}
	}

	override render() {
		if ( this.state.error ) {
			return (
				<div className="notice notice-error" role="alert">
					<p>
						{ sprintf(
							/* translators: %s: error message */ __(
								'This screen failed: %s',
								'wu-plan-change'
							),
							this.state.error.message
						) }
					</p>
				</div>
			);
		}
		return this.props.children;
	}
}

function AdminBar( { boot }: { boot: BootData } ) {
	const siteTitle =
		boot.audience === 'network'
			? __( 'Network Admin', 'wu-plan-change' )
			: __( 'My Site', 'wu-plan-change' );
	return (
		<div
			id="wpadminbar"
			role="navigation"
			aria-label={ __( 'Toolbar', 'wu-plan-change' ) }
		>
			<span className="wu-adminbar__site">{ siteTitle }</span>
			<span className="wu-adminbar__spacer" />
			<span className="wu-adminbar__user">
				{ sprintf(
					/* translators: %s: user display name */ __(
						'Howdy, %s',
						'wu-plan-change'
					),
					boot.user?.display_name ?? ''
				) }
			</span>
			<a className="wu-adminbar__logout" href={ boot.logout_url }>
				{ __( 'Log Out', 'wu-plan-change' ) }
			</a>
		</div>
	);
}

function AdminMenu( {
	boot,
	current,
}: {
	boot: BootData;
	current: MenuItem | null;
} ) {
	return (
		<nav
			id="adminmenuwrap"
			aria-label={ __( 'Main menu', 'wu-plan-change' ) }
		>
			<ul id="adminmenu">
				{ boot.menu.map( ( page ) => (
					<li
						key={ page.slug }
						className={ page === current ? 'current' : undefined }
					>
						<Link
							href={ pageUrl( boot.base_path, page ) }
							aria-current={
								page === current ? 'page' : undefined
							}
						>
							<Icon
								icon={
									menuIcons[ page.icon ] ??
									menuIcons.dashboard
								}
								size={ 20 }
							/>
							<span>{ pageTitle( page ) }</span>
						</Link>
					</li>
				) ) }
			</ul>
		</nav>
	);
}

/** The wp-admin-like frame: admin bar, left menu, title, notices and the current screen. */
export function Shell( { boot }: { boot: BootData } ) {
	const { path } = useRouter();
	const { clearNotices } = useNotices();
	const match = matchPage( boot.menu, boot.base_path, path );
	const title = match
		? pageTitle( match.page )
		: __( 'Page not found', 'wu-plan-change' );
	useEffect( () => {
		document.title = sprintf(
			/* translators: %s: screen title */ __(
				'%s ‹ Ultimate Multisite',
				'wu-plan-change'
			),
			title
		);
	}, [ title ] );
	useEffect( () => clearNotices, [ match?.page.slug, clearNotices ] );
	const ScreenComponent = match
		? screens[ match.page.screen ]?.component
		: null;
	return (
		<>
			<a className="screen-reader-shortcut" href="#wpbody-content">
				{ __( 'Skip to main content', 'wu-plan-change' ) }
			</a>
			<AdminBar boot={ boot } />
			<AdminMenu boot={ boot } current={ match?.page ?? null } />
			<div id="wpcontent">
				<main id="wpbody-content" tabIndex={ -1 }>
					<div className="wrap">
						<h1 className="wp-heading-inline">{ title }</h1>
						<ShellNotices />
						<ScreenBoundary resetKey={ path }>
							{ match && ScreenComponent ? (
								<Suspense fallback={ <Spinner /> }>
									<ScreenComponent
										page={ match.page }
										subpath={ match.subpath }
										pageUrl={ pageUrl(
											boot.base_path,
											match.page
										) }
										basePath={ boot.base_path }
									/>
								</Suspense>
							) : (
								<p>
									{ __(
										'There is no screen at this address.',
										'wu-plan-change'
									) }
								</p>
							) }
						</ScreenBoundary>
					</div>
				</main>
			</div>
		</>
	);
}
