/* Jest projects: server and plugin tests run in Node, admin-ui tests in jsdom, e2e in Chromium. */
const transform = { '^.+\\.(t|j|mj)sx?$': 'babel-jest' };
const transformIgnorePatterns = [
	'/node_modules/(?!(uuid|@wordpress/theme)/)',
];
const moduleFileExtensions = [ 'ts', 'tsx', 'js', 'mjs', 'jsx', 'json' ];

module.exports = {
	// Jest reads the timeout from the root config only; browser stories need more than 5 s.
	testTimeout: 60000,
	reporters: [ 'default', '<rootDir>/tests/support/summary-reporter.js' ],
	projects: [
		{
			displayName: 'server',
			testEnvironment: 'node',
			testMatch: [
				'<rootDir>/tests/{server,plugin,scenarios}/**/*.test.ts',
			],
			transform,
			transformIgnorePatterns,
			moduleFileExtensions,
		},
		{
			// The quote and checkout API suites again, quotes priced by a quote worker on a file (decision 38).
			displayName: 'server-workers',
			testEnvironment: 'node',
			testMatch: [
				'<rootDir>/tests/server/http/{checkout,quote-explanation,idempotency,rules-table}.test.ts',
			],
			setupFiles: [ '<rootDir>/tests/support/quote-workers-env.ts' ],
			transform,
			transformIgnorePatterns,
			moduleFileExtensions,
		},
		{
			displayName: 'admin-ui',
			testEnvironment: 'jsdom',
			testMatch: [ '<rootDir>/tests/admin-ui/**/*.test.{ts,tsx}' ],
			setupFilesAfterEnv: [ '<rootDir>/tests/support/jest-dom.ts' ],
			moduleNameMapper: {
				'\\.(css|scss)$': '<rootDir>/tests/support/style-mock.js',
			},
			transform,
			transformIgnorePatterns,
			moduleFileExtensions,
		},
		{
			displayName: 'e2e',
			testEnvironment: 'node',
			testMatch: [ '<rootDir>/tests/e2e/**/*.test.ts' ],
			transform,
			transformIgnorePatterns,
			moduleFileExtensions,
		},
	],
};
