import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import request from 'supertest';
import {
	addCustomer,
	cookieLogin,
	createTestApp,
	CUSTOMER_PASSWORD,
} from '../support/test-app';

/**
 * The customer's first load: the JS and CSS of `/wp-admin/` before any interaction, gzip (issue 12).
 * It runs in the server project: there the stylesheets are the files the server sends (the
 * admin-ui project maps CSS imports to a stub).
 */
const BUDGET = 150 * 1000;
const BUILD = path.resolve( __dirname, '../../build' );

const gzipSize = ( body: string | Buffer ) =>
	zlib.gzipSync( body, { level: 9 } ).length;

interface BootMenu {
	menu: { path: string; screen: string }[];
}

describe( "the customer's first load", () => {
	it( 'stays within 150 kB gzip: the page’s scripts and styles and the chunks of its home screen', async () => {
		const manifestFile = path.join( BUILD, 'asset-manifest.json' );
		if ( ! fs.existsSync( manifestFile ) ) {
			throw new Error( 'Run npm run build first (npm test does).' );
		}
		const t = createTestApp();
		await addCustomer( t, 'fiona' );
		const { cookie } = await cookieLogin( t, 'fiona', CUSTOMER_PASSWORD );
		const page = await request( t.app )
			.get( '/wp-admin/' )
			.set( 'Cookie', cookie )
			.expect( 200 );
		const html = page.text;
		const referenced = [
			...html.matchAll( /<script[^>]* src="([^"]+)"/g ),
			...html.matchAll( /<link rel="stylesheet"[^>]* href="([^"]+)"/g ),
		].map( ( match ) => match[ 1 ] );
		expect( referenced ).toContain( '/build/index.js' );

		// The home screen (the menu's page at '') loads lazily at once: its chunk group counts.
		const boot = JSON.parse(
			/<script type="application\/json" id="wu-boot-data">(.*?)<\/script>/s.exec(
				html
			)?.[ 1 ] ?? '{}'
		) as BootMenu;
		const home = boot.menu.find( ( item ) => item.path === '' );
		expect( home?.screen ).toBe( 'dashboard' );
		const manifest = JSON.parse(
			fs.readFileSync( manifestFile, 'utf8' )
		) as { chunkGroups: Record< string, string[] > };
		const lazy = manifest.chunkGroups[ `screen-${ home?.screen }` ];
		expect( lazy ).toBeDefined();

		const sizes: Record< string, number > = {};
		for ( const url of referenced ) {
			const response = await request( t.app )
				.get( url )
				.buffer( true )
				.parse( ( res, done ) => {
					const chunks: Buffer[] = [];
					res.on( 'data', ( chunk: Buffer ) => chunks.push( chunk ) );
					res.on( 'end', () =>
						done( null, Buffer.concat( chunks ) )
					);
				} )
				.expect( 200 );
			sizes[ url ] = gzipSize( response.body as Buffer );
		}
		for ( const file of lazy ) {
			sizes[ `/build/${ file }` ] = gzipSize(
				fs.readFileSync( path.join( BUILD, file ) )
			);
		}
		const total = Object.values( sizes ).reduce( ( a, b ) => a + b, 0 );
		// DataViews and the network admin's screens are not part of it.
		expect( Object.keys( sizes ).join( ' ' ) ).not.toMatch(
			/dataviews|screen-(memberships|customers|payments|products)/
		);
		expect( total ).toBeLessThanOrEqual( BUDGET );
	} );
} );
