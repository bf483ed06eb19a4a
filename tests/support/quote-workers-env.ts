// The `server-workers` jest project: the API suites of quotes and checkouts again, with quotes
// priced by a quote worker on a database file as production does (tests/support/quote-worker-database.ts).
process.env.WU_TEST_QUOTE_WORKERS = '1';
