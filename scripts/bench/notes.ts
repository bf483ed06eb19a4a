// The closing section of docs/benchmarks.md: what was changed to reach the figures (written by hand).
export const NOTES = `## What was changed to get here

Before these changes the quote reached 0.26–0.35 of the bare route (six runs on 2026-11-26).

- **Open quotes held in memory** (decision 37, \`QuoteRepository\`): a quote is a screen's
  offer; its row is written by checkout, in checkout's transaction. Quoting writes nothing, so
  no commit, no WAL growth and no checkpoint work per click.
- **Quote workers** (decision 38, \`server/src/workers/\`): worker threads with their own read
  connections price quotes while the main thread serves HTTP; one per spare core, at most four;
  the request thread prices when none is ready.
- **One read snapshot per read-only request** (\`inReadSnapshot\`): GET handlers and the quote
  run in one read transaction, so the WAL read lock (two fcntl calls and an fstat) is taken
  once instead of once per statement; a write there is rolled back and fails.
- **Fewer statements**: a membership with its add-ons and items in one statement
  (\`json_group_array\`), a membership's site overrides in one.
- **Memory-mapped reads** (\`mmap_size\` 1 GiB): a page missing from SQLite's cache is read from
  the OS page cache without a read() and a copy.
- **The REST layer**: routes looked up by method and segment count instead of trying each
  pattern in turn; JSON answers written at once; request bodies read by a JSON reader made for
  this API (\`json-body.ts\`); the Basic credential cache keyed by a one-shot SHA-256.
- **Pricing**: the server's \`sprintf\` parses each format once (same answers as
  \`@wordpress/i18n\`, property-tested); instants in the two stored forms are read field by field
  (equal to \`Date.parse\`, property-tested) and recently read ones kept. All three were
  later removed: the caches’ A/B found them within 5 % of the plain thing (below).
- Earlier: **prepared statements kept** per connection (a renewal went from ~750 µs to ~400 µs);
  **checkpoints off the request path** in a worker thread every 200 ms, the connection's own
  autocheckpoint at ~40 MB as a safety net, and a 64 MB page cache; **the catalogue parsed
  once** while certainly current (L3); **currency exponents looked up once**; for **visits**, a
  16-byte hash per visitor in a WITHOUT ROWID table whose key is the uniqueness check, month
  counters kept in step in the same transaction, limits merged once per plan and add-ons in a batch.

- **The period-end job with the outbox** (issues 15, 16): each renewal now also writes its
  events, audit entries and MRR history; one commit per renewal took the job from 32 s to 70 s
  over 100,000 memberships. Renewals now commit 200 at a time, each in its own savepoint (R5: a
  failing one is undone alone and recorded); an event's audit entry names the event instead of
  copying its objects; the catalogue cache also fills inside a write transaction that wrote no
  products. Back to about 45 s.

How the profiles were taken: \`BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=…"\` passes flags to the
bench's server processes.`;
