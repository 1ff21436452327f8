// The order test files start in, across projects: vitest's own order runs the projects one after
// another by name, so the longest file (the browser's) would start last of all. Here every file
// competes on its own: last run's failures first, then the longest last time, and files not seen
// yet (a fresh clone) first, the slow kinds (the type check, the browser, workerd) before the rest, larger files first.
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const SLOW_FIRST = ["types", "browser", "edge", "api", "slack", "flows", "tools", "unit"];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const key = (spec: TestSpecification) => `${spec.project.name}:${relative(config.root, spec.moduleId)}`;
    const rank = (spec: TestSpecification) => {
      const index = SLOW_FIRST.indexOf(spec.project.name);
      return index === -1 ? SLOW_FIRST.length : index;
    };
    return [...files].sort((a, b) => {
      const last = { a: cache.getFileTestResults(key(a)), b: cache.getFileTestResults(key(b)) };
      if (last.a && last.b) {
        if (last.a.failed !== last.b.failed) return last.a.failed ? -1 : 1;
        return last.b.duration - last.a.duration;
      }
      if (last.a || last.b) return last.a ? 1 : -1;
      if (rank(a) !== rank(b)) return rank(a) - rank(b);
      return (cache.getFileStats(key(b))?.size ?? 0) - (cache.getFileStats(key(a))?.size ?? 0);
    });
  }
}
