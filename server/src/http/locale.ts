import type { Request, RequestHandler } from 'express';
import type { AppContext } from './app-context';
import type { AuthUser } from './auth';
import { localeFromAcceptLanguage, withLocale, type Locale } from '../i18n';
import { getUserLocale } from '../services/get-user-locale';

/** The locale of a logged-in user: their own, else the network's (`WU_LOCALE`). */
export function userLocale( ctx: AppContext, userId: number ): Locale {
	return getUserLocale( ctx, userId ) ?? ctx.config.locale;
}

/** The locale of a logged-out request: what the browser asks for (`Accept-Language`), else the network's. */
export function visitorLocale( ctx: AppContext, req: Request ): Locale {
	return (
		localeFromAcceptLanguage( req.get( 'accept-language' ) ) ??
		ctx.config.locale
	);
}

/**
 * Runs the rest of the request in its locale, so that `__` answers in it: before
 * authentication the visitor's; after it (`afterAuthentication`) the user's own. As WordPress
 * with `?_locale=user` (which `@wordpress/api-fetch` sends on every request), a logged-in
 * caller's REST answers are in the user's locale; without the parameter they are too.
 */
export function requestLocale(
	ctx: AppContext,
	afterAuthentication = false
): RequestHandler {
	return ( req, res, next ) => {
		const user = afterAuthentication
			? ( res.locals.user as AuthUser | null | undefined )
			: null;
		withLocale(
			user
				? ( user.locale ?? ctx.config.locale )
				: visitorLocale( ctx, req ),
			next
		);
	};
}
