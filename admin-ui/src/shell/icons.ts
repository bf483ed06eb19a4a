import {
	box,
	category,
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
	account: postAuthor,
	profile: commentAuthorAvatar,
	webhooks: link,
};
