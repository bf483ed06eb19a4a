import { lazy } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { ScreenEntry } from './types';

/**
 * The screens by the `screen` name of plugin.json's admin pages. Each loads on demand,
 * so a customer's pages do not carry the network admin's.
 */
export const screens: Record< string, ScreenEntry > = {
	'network-dashboard': {
		title: () => __( 'Dashboard', 'wu-plan-change' ),
		component: lazy(
			() =>
				import(
					/* webpackChunkName: "screen-network-dashboard" */ './network-dashboard'
				)
		),
	},
	products: {
		title: () => __( 'Products', 'wu-plan-change' ),
		component: lazy(
			() =>
				import( /* webpackChunkName: "screen-products" */ './products' )
		),
	},
	'plan-groups': {
		title: () => __( 'Plan Groups', 'wu-plan-change' ),
		component: lazy(
			() =>
				import(
					/* webpackChunkName: "screen-plan-groups" */ './plan-groups'
				)
		),
	},
	memberships: {
		title: () => __( 'Memberships', 'wu-plan-change' ),
		component: lazy(
			() =>
				import(
					/* webpackChunkName: "screen-memberships" */ './memberships'
				)
		),
	},
	customers: {
		title: () => __( 'Customers', 'wu-plan-change' ),
		component: lazy(
			() =>
				import(
					/* webpackChunkName: "screen-customers" */ './customers'
				)
		),
	},
	payments: {
		title: () => __( 'Payments', 'wu-plan-change' ),
		component: lazy(
			() =>
				import( /* webpackChunkName: "screen-payments" */ './payments' )
		),
	},
	webhooks: {
		title: () => __( 'Webhooks', 'wu-plan-change' ),
		component: lazy(
			() =>
				import( /* webpackChunkName: "screen-webhooks" */ './webhooks' )
		),
	},
	reports: {
		title: () => __( 'Reports', 'wu-plan-change' ),
		component: lazy(
			() => import( /* webpackChunkName: "screen-reports" */ './reports' )
		),
	},
	emails: {
		title: () => __( 'Sent e-mails', 'wu-plan-change' ),
		component: lazy(
			() => import( /* webpackChunkName: "screen-emails" */ './emails' )
		),
	},
	dashboard: {
		title: () => __( 'Dashboard', 'wu-plan-change' ),
		component: lazy(
			() =>
				import(
					/* webpackChunkName: "screen-dashboard" */ './dashboard'
				)
		),
	},
	account: {
		title: () => __( 'Account', 'wu-plan-change' ),
		component: lazy(
			() => import( /* webpackChunkName: "screen-account" */ './account' )
		),
	},
	profile: {
		title: () => __( 'Profile', 'wu-plan-change' ),
		component: lazy(
			() => import( /* webpackChunkName: "screen-profile" */ './profile' )
		),
	},
};
