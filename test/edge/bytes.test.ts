// A finished reflection's storage on D1, bounded: at most 10 KB of D1's own database size
// (`size_after`) on wrangler's local D1, the SQLite that workerd runs (issue 17). `npm run bench`
// prints the figure over 40 reflections (bench/bytes.ts); two are enough to hold it to its bound.
import { describe, expect, it } from "vitest";
import { d1Bytes } from "../../bench/bytes.ts";

describe("bytes per finished reflection on D1", () => {
  it("stay within 10 KB", async () => {
    expect(await d1Bytes(2)).toBeLessThanOrEqual(10 * 1024);
  }, 120_000);
});
