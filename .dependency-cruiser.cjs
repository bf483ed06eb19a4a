/**
 * The floors of the house (README "Architecture"), checked by `npm run lint:layers` inside `npm test`:
 * no import circle (type imports count: a type-only circle still ties two layers together) and no
 * import against the one-way direction http → services → domain, db → domain.
 */
const layer = ( name ) => `^server/src/${ name }/`;

module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'Modules import one another in one direction only.',
			from: {},
			to: { circular: true },
		},
		{
			name: 'domain-is-pure',
			severity: 'error',
			comment: 'The domain imports only the domain (and the i18n leaf).',
			from: { path: layer( 'domain' ) },
			to: {
				path: '^server/src/',
				pathNot: [ layer( 'domain' ), '^server/src/i18n\\.ts$' ],
			},
		},
		{
			name: 'domain-has-no-io',
			severity: 'error',
			comment: 'The domain does no I/O: no database, HTTP, files, threads or clock libraries.',
			from: { path: layer( 'domain' ) },
			to: {
				dependencyTypes: [ 'npm', 'core' ],
				pathNot: '^node_modules/@wordpress/i18n',
			},
		},
		{
			name: 'db-sees-only-the-domain',
			severity: 'error',
			from: { path: layer( 'db' ) },
			to: {
				path: '^server/src/',
				pathNot: [
					layer( 'db' ),
					layer( 'domain' ),
					'^server/src/i18n\\.ts$',
				],
			},
		},
		{
			name: 'wire-sees-only-the-domain',
			severity: 'error',
			comment: 'The wire shapes (API.md) map domain values only; HTTP answers and the event outbox both use them.',
			from: { path: layer( 'wire' ) },
			to: {
				path: '^server/src/',
				pathNot: [ layer( 'wire' ), layer( 'domain' ) ],
			},
		},
		{
			name: 'services-never-see-http',
			severity: 'error',
			comment: 'Use cases know nothing of requests, routes, workers or the composition root.',
			from: { path: layer( 'services' ) },
			to: {
				path: [
					layer( 'http' ),
					layer( 'workers' ),
					layer( 'jobs' ),
					layer( 'seed' ),
					'^server/src/(main|compose)\\.ts$',
					'^plugin/',
				],
			},
		},
		{
			name: 'http-calls-services-not-repositories',
			severity: 'error',
			comment: 'Routes call services; entity types live in the domain.',
			from: { path: layer( 'http' ) },
			to: {
				path: [
					layer( 'db' ),
					layer( 'workers' ),
					layer( 'seed' ),
					'^server/src/(main|compose)\\.ts$',
				],
			},
		},
		{
			name: 'workers-price-through-services',
			severity: 'error',
			from: { path: layer( 'workers' ) },
			to: {
				path: [
					layer( 'http' ),
					layer( 'seed' ),
					'^server/src/(main|compose)\\.ts$',
				],
			},
		},
		{
			name: 'jobs-and-seed-run-use-cases',
			severity: 'error',
			comment: 'The period-end schedule and the demo seed call services, never HTTP or workers.',
			from: { path: [ layer( 'jobs' ), layer( 'seed' ) ] },
			to: {
				path: [
					layer( 'http' ),
					layer( 'workers' ),
					'^server/src/(main|compose)\\.ts$',
				],
			},
		},
		{
			name: 'plugin-knows-no-server',
			severity: 'error',
			comment: 'The plugin registers itself with any host through plugin/types.ts.',
			from: { path: '^plugin/' },
			to: { path: '^server/' },
		},
		{
			name: 'admin-ui-knows-no-server',
			severity: 'error',
			from: { path: '^admin-ui/' },
			to: { path: '^(server|tests)/' },
		},
		{
			name: 'screens-fetch-through-api',
			severity: 'error',
			comment: 'api/ alone calls apiFetch (STYLE.md).',
			from: { path: '^admin-ui/src/', pathNot: '^admin-ui/src/api/' },
			to: { path: '@wordpress/api-fetch' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		exclude: { path: '(^|/)(build|node_modules|data|coverage)/' },
	},
};
