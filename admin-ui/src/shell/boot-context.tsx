import { createContext, useContext } from '@wordpress/element';
import type { BootData } from '../boot';
import { readBoot } from '../boot';

export const BootContext = createContext< BootData >( readBoot() );

/** The page's boot data (user, audience, menu) for screens. */
export function useBoot(): BootData {
	return useContext( BootContext );
}
