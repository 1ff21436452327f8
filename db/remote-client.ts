// The libsql client for a remote database (sqld, Turso): @libsql/client's own, with two changes,
// because twenty patients answering at once on sqld got "the database is busy" for some turns:
// - a batch that writes takes the write lock when it begins ("write" mode, BEGIN IMMEDIATE), where
//   drizzle's default ("deferred") began as a reader and was refused when it came to write after
//   another writer had committed (SQLite cannot upgrade a stale read snapshot);
// - a statement or batch still refused as busy is tried again for a while, as the embedded file
//   waits on its busy timeout.
import type { Client, InArgs, InStatement, ResultSet, TransactionMode } from "@libsql/client";
import { storageFailure } from "./storage-failure.ts";

export interface BusyRetryOptions {
  /** How long, in all, a refused write is tried again before the refusal stands. */
  budgetMs?: number;
  /** The wait before a retry; replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
}

const FIRST_WAIT_MS = 5;
const LONGEST_WAIT_MS = 200;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Statements that surely only read; anything else (a WITH, say) makes its batch a writer. */
const READ = /^\s*select\b/i;

function reads(stmt: InStatement | [string, InArgs?]): boolean {
  const sql = typeof stmt === "string" ? stmt : Array.isArray(stmt) ? stmt[0] : stmt.sql;
  return READ.test(sql);
}

function isBusy(error: unknown): boolean {
  return storageFailure(error)?.kind === "busy";
}

/**
 * Runs `attempt` until it succeeds, fails for another reason, or the budget is spent. Trying again
 * is safe: a statement or batch refused as busy ran none of its writes (a batch is one transaction).
 */
export async function retryWhileBusy<T>(
  attempt: () => Promise<T>,
  options: BusyRetryOptions = {},
): Promise<T> {
  const budget = options.budgetMs ?? 5000;
  const sleep = options.sleep ?? pause;
  let waited = 0;
  let wait = FIRST_WAIT_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || waited >= budget) throw error;
      // Jitter, so writers refused together do not all come back together.
      const ms = Math.min(wait, budget - waited) * (0.5 + Math.random() / 2);
      await sleep(ms);
      waited += ms;
      wait = Math.min(wait * 2, LONGEST_WAIT_MS);
    }
  }
}

/** `client` with execute and batch tried again while the database is busy. */
export function withBusyRetry(client: Client, options: BusyRetryOptions = {}): Client {
  function execute(stmt: InStatement): Promise<ResultSet>;
  function execute(sql: string, args?: InArgs): Promise<ResultSet>;
  function execute(stmt: InStatement | string, args?: InArgs): Promise<ResultSet> {
    return retryWhileBusy(
      () => (typeof stmt === "string" ? client.execute(stmt, args) : client.execute(stmt)),
      options,
    );
  }
  const batch = (stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode) =>
    retryWhileBusy(() => client.batch(stmts, mode ?? (stmts.every(reads) ? "read" : "write")), options);
  return new Proxy(client, {
    get(target, property) {
      if (property === "execute") return execute;
      if (property === "batch") return batch;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
