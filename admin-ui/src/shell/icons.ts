import {
	box,
	category,
	chartBar,
	commentAuthorAvatar,
	currencyDollar,
	envelope,
	group,
	home,
	link,
	people,
	postAuthor,
} from '@wordpress/icons';

/** Menu icons by the `icon` name of plugin.json. */
export const menuIcons: Record< string, JSX.Element > = {
	dashboard: home,
	products: box,
	group: category,
	people: group,
	customers: people,
	payment: currencyDollar,
	email: envelope,
	chart: chartBar,
	account: postAuthor,
	profile: commentAuthorAvatar,
	webhooks: link,
};
