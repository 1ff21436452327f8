// A vitest reporter that ends the run with one plain line, "N passed, N failed, N skipped", which
// CI reads to know how many tests ran. A test file that fails to load (an import or syntax error), a
// failing beforeAll/afterAll of a file or a suite, and an error outside any test each count as one
// failure: no test of theirs failed, yet the run did.
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from "vitest/node";

export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
}

export function summarize(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<unknown>,
): Summary {
  const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const module of testModules) {
    if (module.errors().length > 0) counts.failed++;
    for (const suite of module.children.allSuites()) if (suite.errors().length > 0) counts.failed++;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === "passed") counts.passed++;
      else if (state === "failed") counts.failed++;
      else counts.skipped++;
    }
  }
  return counts;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    _reason: TestRunEndReason,
  ): void {
    const { passed, failed, skipped } = summarize(testModules, unhandledErrors);
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
