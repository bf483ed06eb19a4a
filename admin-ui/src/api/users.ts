import { get, send } from './client';

export interface Me {
	id: number;
	username: string;
	display_name: string;
	role: 'network_admin' | 'customer';
	customer_id?: number | null;
	/** The user's language: their own, else the network's. */
	locale: string;
}

export const getMe = () => get< Me >( '/users/me' );

/** Saves the caller's own settings (`locale`: `en_US`, `nb_NO`, or '' for the network's). */
export const updateMe = ( data: { locale?: string } ) =>
	send< Me >( 'PUT', '/users/me', data );
