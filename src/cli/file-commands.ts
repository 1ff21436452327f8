// The command line's `backup <file>` and `restore <file>`: one argument each; the result as one line
// on stdout (exit 0), a refusal as one line on stderr (exit 1), a usage error exit 2.
import { ConfigError, loadConfig } from "../config.ts";
import { FileError } from "./database-file.ts";

function fail(message: string, code: number): never {
  process.stderr.write(`gesprekscoach: ${message}\n`);
  process.exit(code);
}

export async function fileCommand(command: "backup" | "restore", args: string[]): Promise<void> {
  const [file, ...extra] = args;
  if (file === undefined || file === "" || file.startsWith("-") || extra.length > 0)
    fail(`usage: gesprekscoach ${command} <file> (got "${args.join(" ")}")`, 2);
  try {
    const config = loadConfig(process.env);
    const line =
      command === "backup"
        ? (await import("./backup.ts")).backup(config, file)
        : (await import("./restore.ts")).restore(config, file);
    process.stdout.write(`gesprekscoach: ${line}\n`);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof FileError) fail(error.message, 1);
    const code = error instanceof Error && "code" in error ? ` (${String(error.code)})` : "";
    fail(`${command} failed: ${error instanceof Error ? error.message : String(error)}${code}`, 1);
  }
}
