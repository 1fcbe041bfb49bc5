// The durable local store: a journal on disk is the source of truth, total.json a snapshot of it,
// and an in-memory tree with Firebase semantics serves reads. See local-store.ts for the API and
// records.ts for the journal's line format.
export { openStore } from './local-store.js'
export type { LocalStore, OpenStoreOptions, StoreStats } from './local-store.js'
export type { CommittedRecord, Json, Op } from './records.js'
export type { SnapshotStep } from './compaction.js'
export type { StoreLogger } from './logger.js'
