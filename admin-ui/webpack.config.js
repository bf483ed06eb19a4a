// The stock wp-scripts config, bundled standalone: React and @wordpress/* ship in the bundle
// (no DependencyExtractionWebpackPlugin), since this shell is not a WordPress page.
const path = require( 'node:path' );
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

module.exports = {
	...defaultConfig,
	entry: { index: path.resolve( __dirname, 'src/index.tsx' ) },
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, '../build' ),
		publicPath: '/build/',
		chunkFilename: '[name].[contenthash:8].js',
	},
	plugins: defaultConfig.plugins.filter(
		( plugin ) =>
			plugin.constructor.name !== 'DependencyExtractionWebpackPlugin'
	),
	performance: { hints: false },
};
