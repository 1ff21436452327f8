// The `gesprekscoach` command line: serve, migrate, backup, restore, screen, classify. Exit codes: 0 ok, 1 runtime or configuration
// error, 2 usage error; every failure prints one line on stderr.
// Each command loads what it needs only after the configuration passed, so a bad setting is reported
// before the server, the database client and Bolt are loaded.
import { createInterface } from "node:readline";
import { ConfigError, loadConfig } from "./config.ts";
import { isLocale, type Locale, locales } from "./locales.ts";

const usage = `usage: gesprekscoach <command>

commands:
  serve                      start the service (web chat and API) on the configured database
  migrate                    apply database migrations and exit
  backup <file>              write a checked copy of the database file, also while serve runs
  restore <file>             put a backup back as the database (stop serve first)
  screen [--lang nl|en]      screen one utterance per stdin line for danger; one JSON line each
  classify [--lang nl|en]    classify one professional utterance per stdin line; one JSON line each
  practice add|list|update   manage the practices whose invitation links patients open (practice --help)
  staff invite|list|remove   a practice's staff: one-time passkey enrolment links (staff --help)

environment: PORT (8787), HOST (127.0.0.1), DATABASE_URL (file:data/gesprekscoach.db), LOG_LEVEL (info),
             RETENTION_DAYS (90), IDLE_DAYS (30); LLM_BASE_URL and LLM_MODEL turn the optional
             language model on (unset: nothing is sent anywhere; see README)`;

function die(message: string, code: number): never {
  process.stderr.write(`gesprekscoach: ${message}\n`);
  process.exit(code);
}

async function serve(): Promise<void> {
  const config = loadConfig(process.env);
  await (await import("./cli/serve.ts")).serve(config);
}

async function migrateOnly(): Promise<void> {
  const config = loadConfig(process.env);
  const { migrateDatabase, openDatabase } = await import("../db/libsql.ts");
  const database = await openDatabase(config.DATABASE_URL, {
    ...(config.DATABASE_AUTH_TOKEN ? { authToken: config.DATABASE_AUTH_TOKEN } : {}),
    ...(config.DATABASE_ENCRYPTION_KEY ? { encryptionKey: config.DATABASE_ENCRYPTION_KEY } : {}),
  });
  try {
    await migrateDatabase(database);
  } finally {
    database.close();
  }
  process.stdout.write("gesprekscoach: database is up to date\n");
}

/** Reads `--lang nl|en` (default nl); anything else is a usage error. */
function langOption(args: string[]): Locale {
  if (args.length === 0) return "nl";
  const [flag, value, ...extra] = args;
  const lang = flag?.startsWith("--lang=")
    ? flag.slice("--lang=".length)
    : flag === "--lang"
      ? value
      : undefined;
  const rest = flag?.startsWith("--lang=") ? [value, ...extra].filter((x) => x !== undefined) : extra;
  if (!isLocale(lang) || rest.length > 0)
    die(`expected --lang ${locales.join("|")}, got "${args.join(" ")}"`, 2);
  return lang;
}

/** Applies `fn` to every stdin line and prints one JSON line per input line (empty lines too). */
async function eachLine(fn: (line: string) => unknown): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) process.stdout.write(`${JSON.stringify(fn(line))}\n`);
}

async function screenLines(args: string[]): Promise<void> {
  const lang = langOption(args);
  const { screen } = await import("./safety/screen.ts");
  await eachLine((line) => {
    const { level, category, cue, span } = screen(line, lang);
    return { level, category, cue, span };
  });
}

async function classifyLines(args: string[]): Promise<void> {
  const lang = langOption(args);
  const { classify } = await import("./coaching/classify.ts");
  await eachLine((line) => {
    const { behaviour, question, input, stance } = classify(line, lang);
    return { behaviour, question, input, stance };
  });
}

/** The practice side's commands live in src/practice; this only prints what they return. */
async function practiceSide(command: "practice" | "staff", args: string[]): Promise<void> {
  const { practiceCli, staffCli } = await import("./cli/practice-commands.ts");
  try {
    const outcome = await (command === "practice" ? practiceCli(args) : staffCli(args));
    for (const line of outcome.stdout) process.stdout.write(`${line}\n`);
    if (outcome.stderr !== undefined) die(outcome.stderr, outcome.code);
  } catch (error) {
    if (error instanceof ConfigError) die(error.message, 1);
    die(`${command} failed: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === "screen") return screenLines(rest);
  if (command === "classify") return classifyLines(rest);
  if (command === "backup" || command === "restore")
    return (await import("./cli/file-commands.ts")).fileCommand(command, rest);
  if (command === "practice" || command === "staff") return practiceSide(command, rest);
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
