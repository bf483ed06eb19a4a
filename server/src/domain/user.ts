import type { Locale } from '../i18n';

export type Role = 'network_admin' | 'customer';

/** A user of the network as the services see it (never with the password hash). */
export interface User {
	id: number;
	username: string;
	email: string;
	displayName: string;
	role: Role;
	createdAt: string;
	/** Their own language, or null when they follow the network's. */
	locale: Locale | null;
}

export interface NewUser {
	username: string;
	email: string;
	displayName: string;
	role: Role;
	passwordHash: string;
	createdAt: string;
}
