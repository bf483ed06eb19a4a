import { readBoot } from '../../admin-ui/src/boot';

// Issue 10, point 8: the boot data comes from a JSON data block, as no inline script may run.
describe( 'readBoot', () => {
	afterEach( () => document.getElementById( 'wu-boot-data' )?.remove() );

	it( "reads the page's wu-boot-data block", () => {
		const block = document.createElement( 'script' );
		block.type = 'application/json';
		block.id = 'wu-boot-data';
		block.textContent = JSON.stringify( {
			page: 'admin',
			audience: 'site',
			user: {
				id: 3,
				username: 'frida',
				display_name: 'Frida',
				role: 'customer',
			},
			nonce: 'n0nce',
		} );
		document.head.appendChild( block );
		expect( readBoot() ).toMatchObject( {
			page: 'admin',
			audience: 'site',
			nonce: 'n0nce',
			user: { username: 'frida' },
		} );
	} );

	it( 'is a logged-out login page without one', () => {
		expect( readBoot() ).toMatchObject( {
			page: 'login',
			user: null,
			nonce: '',
		} );
	} );
} );
