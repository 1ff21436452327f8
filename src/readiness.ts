// What GET /ready reports: ready at a migration, or which check failed and why (with the storage
// outage behind it, if that was the cause). db/readiness.ts runs the checks on the real database.
import type { StorageFailure } from "./storage-error.ts";

export type ReadyCheck = "database" | "migrations" | "write";

export type Readiness =
  | { ok: true; migration: string }
  | { ok: false; check: ReadyCheck; reason: string; failure?: StorageFailure };
