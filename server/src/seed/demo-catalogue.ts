import type { SiteUsageValues } from '../domain/site';
import type { Product } from '../domain/types';

export type DemoProduct = Omit<
	Product,
	'id' | 'currency' | 'availableAddons'
> & {
	addons?: string[];
};

const BASE = {
	description: '',
	recurring: true,
	duration: 1,
	durationUnit: 'month' as const,
	priceVariations: [],
	setupFee: 0,
	trialDuration: 0,
	trialDurationUnit: 'day' as const,
	active: true,
	group: '',
	stackable: false,
	maxQuantity: 1,
};

/** The demo catalogue of RULES §9 (USD minor units); add-ons first so plans can offer them. */
export const DEMO_PRODUCTS: DemoProduct[] = [
	{
		...BASE,
		slug: 'unlimited-visits',
		name: 'Unlimited Visits',
		description: 'No cap on monthly visits.',
		type: 'package',
		pricingType: 'paid',
		amount: 1000,
		listOrder: 10,
		limits: { visits: 'unlimited' },
	},
	{
		...BASE,
		slug: 'extra-disk',
		name: 'Extra Disk',
		description: 'Another 10 GB of disk space per unit.',
		type: 'package',
		pricingType: 'paid',
		amount: 500,
		listOrder: 11,
		stackable: true,
		maxQuantity: 5,
		limits: { disk_space: 10240 },
	},
	{
		...BASE,
		slug: 'site-setup',
		name: 'Site Setup',
		description: 'We set up your site for you, once.',
		type: 'service',
		pricingType: 'paid',
		amount: 4900,
		recurring: false,
		listOrder: 12,
		limits: {},
	},
	{
		...BASE,
		slug: 'free',
		name: 'Free',
		description: 'A small site to start with.',
		type: 'plan',
		pricingType: 'free',
		amount: 0,
		group: 'High End',
		listOrder: 1,
		limits: {
			sites: 1,
			visits: 1000,
			disk_space: 100,
			posts: { post: 10, page: 5 },
			users: 1,
			custom_domains: 0,
		},
	},
	{
		...BASE,
		slug: 'basic',
		name: 'Basic',
		description: 'For a few growing sites.',
		type: 'plan',
		pricingType: 'paid',
		amount: 2900,
		priceVariations: [
			{ duration: 1, durationUnit: 'year', amount: 29000 },
		],
		listOrder: 2,
		limits: {
			sites: 3,
			visits: 10000,
			disk_space: 1024,
			posts: { post: 100, page: 20 },
			users: 3,
			custom_domains: 1,
		},
	},
	{
		...BASE,
		slug: 'premium',
		name: 'Premium',
		description: 'Everything, for busy networks.',
		type: 'plan',
		pricingType: 'paid',
		amount: 9900,
		priceVariations: [
			{ duration: 1, durationUnit: 'year', amount: 99000 },
		],
		setupFee: 5000,
		group: 'High End',
		listOrder: 3,
		addons: [ 'unlimited-visits', 'extra-disk', 'site-setup' ],
		limits: {
			sites: 10,
			visits: 100000,
			disk_space: 10240,
			posts: { post: 'unlimited', page: 'unlimited' },
			users: 10,
			custom_domains: 5,
		},
	},
];

/** username → plan slug, period, site path, site usage. */
export const DEMO_MEMBERSHIPS: [
	string,
	string,
	string,
	string,
	SiteUsageValues,
][] = [
	[
		'frida',
		'free',
		'Frida’s Garden',
		'/frida/',
		{
			posts: { post: 3, page: 2 },
			diskSpace: 20,
			users: 1,
			customDomains: 0,
			visits: 150,
		},
	],
	[
		'bjorn',
		'basic',
		'Bjørn’s Workshop',
		'/bjorn/',
		{
			posts: { post: 25, page: 6 },
			diskSpace: 300,
			users: 2,
			customDomains: 1,
			visits: 2400,
		},
	],
	[
		'petra',
		'premium',
		'Petra’s Studio',
		'/petra/',
		{
			posts: { post: 140, page: 12 },
			diskSpace: 2500,
			users: 4,
			customDomains: 2,
			visits: 30000,
		},
	],
];

/** username, display name, plan. */
export const DEMO_CUSTOMERS: [ string, string, string ][] = [
	[ 'frida', 'Frida Free', 'Free' ],
	[ 'bjorn', 'Bjørn Basic', 'Basic' ],
	[ 'petra', 'Petra Premium', 'Premium' ],
];
