// The `gesprekscoach` command line: serve, migrate. Exit codes: 0 ok, 1 runtime or configuration
// error, 2 usage error; every failure prints one line on stderr.
import { migrateDatabase, openDatabase } from "../db/libsql.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { startServer } from "./server.ts";

const usage = `usage: gesprekscoach <command>

commands:
  serve     start the service (web chat and API) on the configured database
  migrate   apply database migrations and exit

environment: PORT (8787), HOST (127.0.0.1), DATABASE_URL (file:data/gesprekscoach.db), LOG_LEVEL (info),
             RETENTION_DAYS (90), IDLE_DAYS (30)`;

function die(message: string, code: number): never {
  process.stderr.write(`gesprekscoach: ${message}\n`);
  process.exit(code);
}

async function serve(): Promise<void> {
  const config = loadConfig(process.env);
  const server = await startServer({ config });
  process.stdout.write(`Gesprekscoach draait op / is running at ${server.url}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`gesprekscoach: ${signal} ontvangen, afsluiten / received, shutting down\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

async function migrateOnly(): Promise<void> {
  const config = loadConfig(process.env);
  const database = await openDatabase(config.DATABASE_URL, {
    ...(config.DATABASE_AUTH_TOKEN ? { authToken: config.DATABASE_AUTH_TOKEN } : {}),
  });
  try {
    await migrateDatabase(database);
  } finally {
    database.close();
  }
  process.stdout.write("gesprekscoach: database is up to date\n");
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const commands: Record<string, () => Promise<void>> = { serve, migrate: migrateOnly };
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    process.stdout.write(`${usage}\n`);
    if (command === undefined) process.exitCode = 2;
    return;
  }
  const run = commands[command];
  if (!run) die(`unknown command "${command}"\n${usage}`, 2);
  if (rest.length > 0) die(`${command} takes no arguments (got "${rest.join(" ")}")`, 2);
  try {
    await run();
  } catch (error) {
    if (error instanceof ConfigError) die(error.message, 1);
    const code = error instanceof Error && "code" in error ? ` (${String(error.code)})` : "";
    die(`${command} failed: ${error instanceof Error ? error.message : String(error)}${code}`, 1);
  }
}

await main(process.argv.slice(2));
