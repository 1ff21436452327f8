// The drizzle database every repository works on: both drivers (libsql on Node and Turso, D1 on
// Workers) give one of these.
import type { BatchItem, BatchResponse } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type { Schema } from "./schema.ts";

/** The drizzle database both drivers give us: LibSQLDatabase and DrizzleD1Database both fit. */
export type SqlDatabase = BaseSQLiteDatabase<"async", unknown, Schema> & {
  batch<U extends BatchItem<"sqlite">, T extends Readonly<[U, ...U[]]>>(batch: T): Promise<BatchResponse<T>>;
};
