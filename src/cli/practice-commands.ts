// The practice side's commands on the configured database (`practice ...`, `staff ...`), for
// src/cli.ts to register with one line. Exit codes as the rest of the CLI: 1 runtime, 2 usage.
import type { SqlDatabase } from "../../db/sql-database.ts";
import { type Config, loadConfig } from "../config.ts";
import {
  parsePracticeArgs,
  practiceUsage,
  type RunResult,
  runPracticeCommand,
} from "../practice/practice-cli.ts";
import { parseStaffArgs, runStaffCommand, staffUsage } from "../practice/staff-cli.ts";

export interface CliOutcome {
  code: 0 | 1 | 2;
  stdout: string[];
  stderr?: string;
}

/** Opens the configured database, runs `run` on it and closes it again. */
async function onDatabase(run: (db: SqlDatabase, config: Config) => Promise<RunResult>): Promise<CliOutcome> {
  const config = loadConfig(process.env);
  const { openDatabase } = await import("../../db/libsql.ts");
  const database = await openDatabase(config.DATABASE_URL, {
    ...(config.DATABASE_AUTH_TOKEN ? { authToken: config.DATABASE_AUTH_TOKEN } : {}),
    ...(config.DATABASE_ENCRYPTION_KEY ? { encryptionKey: config.DATABASE_ENCRYPTION_KEY } : {}),
  });
  try {
    const result = await run(database.db, config);
    return result.ok ? { code: 0, stdout: result.lines } : { code: 1, stdout: [], stderr: result.error };
  } finally {
    database.close();
  }
}

const asksHelp = (args: string[]) => ["help", "--help", "-h"].includes(args[0] ?? "");

export async function practiceCli(args: string[]): Promise<CliOutcome> {
  if (asksHelp(args)) return { code: 0, stdout: [practiceUsage] };
  const parsed = parsePracticeArgs(args);
  if (!parsed.ok) return { code: 2, stdout: [], stderr: `${parsed.error}\n${practiceUsage}` };
  const { createPracticeRepository } = await import("../../db/practice-repository.ts");
  return onDatabase((db) => runPracticeCommand(parsed.value, createPracticeRepository(db), Date.now()));
}

export async function staffCli(args: string[]): Promise<CliOutcome> {
  if (asksHelp(args)) return { code: 0, stdout: [staffUsage] };
  const parsed = parseStaffArgs(args);
  if (!parsed.ok) return { code: 2, stdout: [], stderr: `${parsed.error}\n${staffUsage}` };
  const { createPracticeRepository } = await import("../../db/practice-repository.ts");
  const { createShareRepository } = await import("../../db/share-repository.ts");
  const { createStaffRepository } = await import("../../db/staff-repository.ts");
  return onDatabase((db, config) =>
    runStaffCommand(
      parsed.value,
      {
        practices: createPracticeRepository(db),
        shares: createShareRepository(db),
        staff: createStaffRepository(db),
      },
      Date.now(),
      // A passkey needs a host name, not an address: a local server is reached as localhost.
      `http://${/^(127\.0\.0\.1|0\.0\.0\.0|::1?)$/.test(config.HOST) ? "localhost" : config.HOST}:${config.PORT}`,
    ),
  );
}
