// The same Babel preset wp-scripts builds with; jest uses it too (types are checked by tsc).
module.exports = {
	presets: [ '@wordpress/babel-preset-default' ],
};
