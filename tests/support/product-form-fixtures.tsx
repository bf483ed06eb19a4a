/* The product form's fixtures: the RULES §9 catalogue as wire products (tests/admin-ui/product-form*.test.tsx). */
import { render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Product } from '../../admin-ui/src/api/types';
import {
	ProductForm,
	type ProductFormProps,
} from '../../admin-ui/src/screens/products/product-form';

/** A wire product of the RULES §9 catalogue with `overrides`. */
export function product( overrides: Partial< Product > ): Product {
	return {
		id: 1,
		slug: 'free',
		name: 'Free',
		description: '',
		type: 'plan',
		pricing_type: 'free',
		amount: 0,
		currency: 'USD',
		recurring: true,
		duration: 1,
		duration_unit: 'month',
		price_variations: [],
		setup_fee: 0,
		trial_duration: 0,
		trial_duration_unit: 'day',
		active: true,
		group: 'High End',
		list_order: 1,
		available_addons: [],
		stackable: false,
		max_quantity: 1,
		limits: {
			sites: 1,
			visits: 1000,
			disk_space: 100,
			users: 1,
			custom_domains: 0,
			posts: { post: 10, page: 5 },
		},
		...overrides,
	};
}

export const free = product( {} );
export const basic = product( {
	id: 2,
	slug: 'basic',
	name: 'Basic',
	pricing_type: 'paid',
	amount: 2900,
	group: '',
	list_order: 2,
} );
export const premium = product( {
	id: 3,
	slug: 'premium',
	name: 'Premium',
	pricing_type: 'paid',
	amount: 9900,
	list_order: 3,
	available_addons: [ 4 ],
} );
export const visits = product( {
	id: 4,
	slug: 'unlimited-visits',
	name: 'Unlimited Visits',
	type: 'package',
	pricing_type: 'paid',
	amount: 1000,
	group: '',
	limits: { visits: 'unlimited' },
} );
export const disk = product( {
	id: 5,
	slug: 'extra-disk',
	name: 'Extra Disk',
	type: 'package',
	pricing_type: 'paid',
	amount: 500,
	group: '',
	stackable: true,
	max_quantity: 5,
	limits: { disk_space: 10000 },
} );
export const setup = product( {
	id: 6,
	slug: 'site-setup',
	name: 'Site Setup',
	type: 'service',
	pricing_type: 'paid',
	amount: 4900,
	recurring: false,
	group: '',
	limits: {},
} );
export const catalogue = [ free, basic, premium, visits, disk, setup ];

/** The product form over the catalogue, with spies for its callbacks. */
export function renderForm( props: Partial< ProductFormProps > = {} ) {
	const onSave = jest.fn(
		async ( data: Partial< Product > ) =>
			( { ...( props.product ?? free ), ...data } ) as Product
	);
	const onSaved = jest.fn();
	const onError = jest.fn();
	const user = userEvent.setup();
	const { container } = render(
		<ProductForm
			product={ free }
			catalogue={ catalogue }
			currency="USD"
			onSave={ onSave }
			onSaved={ onSaved }
			onError={ onError }
			{ ...props }
		/>
	);
	return { view: within( container ), user, onSave, onSaved, onError };
}
