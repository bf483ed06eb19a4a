// The stock wp-scripts config, bundled standalone: React and @wordpress/* ship in the bundle
// (no DependencyExtractionWebpackPlugin), since this shell is not a WordPress page.
const path = require( 'node:path' );
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

/**
 * Writes `build/asset-manifest.json`: the files of each named chunk group (the entry and each
 * lazy screen, `import( /* webpackChunkName: "screen-…" *\/ … )`), so that a test can sum what a
 * page loads before any interaction (tests/admin-ui/first-load.test.ts).
 */
class ChunkGroupManifest {
	apply( compiler ) {
		const { RawSource } = compiler.webpack.sources;
		compiler.hooks.thisCompilation.tap(
			'ChunkGroupManifest',
			( compilation ) => {
				compilation.hooks.processAssets.tap(
					{
						name: 'ChunkGroupManifest',
						stage: compiler.webpack.Compilation
							.PROCESS_ASSETS_STAGE_REPORT,
					},
					() => {
						const chunkGroups = {};
						for ( const group of compilation.chunkGroups ) {
							if ( group.name ) {
								chunkGroups[ group.name ] = group.getFiles();
							}
						}
						compilation.emitAsset(
							'asset-manifest.json',
							new RawSource(
								JSON.stringify( { chunkGroups }, null, '\t' )
							)
						);
					}
				);
			}
		);
	}
}

module.exports = {
	...defaultConfig,
	entry: { index: path.resolve( __dirname, 'src/index.tsx' ) },
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, '../build' ),
		publicPath: '/build/',
		chunkFilename: '[name].[contenthash:8].js',
	},
	plugins: [
		...defaultConfig.plugins.filter(
			( plugin ) =>
				plugin.constructor.name !== 'DependencyExtractionWebpackPlugin'
		),
		new ChunkGroupManifest(),
	],
	performance: { hints: false },
};
