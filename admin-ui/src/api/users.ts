import { get } from './client';

export interface Me {
	id: number;
	username: string;
	display_name: string;
	role: 'network_admin' | 'customer';
	customer_id?: number | null;
}

export const getMe = () => get< Me >( '/users/me' );
