// `npm run size`: the Worker bundle as wrangler builds it for deploy, raw and gzip. Budget: 1 MiB gzip.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL("..", import.meta.url).pathname;
export const BUDGET_GZIP_BYTES = 1024 * 1024;

export function workerBundleSize(): { raw: number; gzip: number } {
  const out = mkdtempSync(join(tmpdir(), "gc-worker-bundle-"));
  try {
    execFileSync(join(root, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", out], {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
      stdio: "ignore",
    });
    const file = readdirSync(out).find((f) => f.endsWith(".js"));
    if (!file) throw new Error("wrangler wrote no bundle");
    const bytes = readFileSync(join(out, file));
    return { raw: bytes.length, gzip: gzipSync(bytes).length };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("bundle-size.ts")) {
  const { raw, gzip } = workerBundleSize();
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  process.stdout.write(
    `worker bundle: ${kib(raw)} raw, ${kib(gzip)} gzip (budget ${kib(BUDGET_GZIP_BYTES)} gzip: ${gzip <= BUDGET_GZIP_BYTES ? "within" : "over"})\n`,
  );
}
