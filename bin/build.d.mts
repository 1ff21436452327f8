// Types of bin/build.mjs for the TypeScript that imports it (the test run's global setup).
export interface Target {
  entry: string;
  outdir: string;
}
export const targets: Record<"cli" | "test-server", Target>;
export function isFresh(target: Target): boolean;
export function build(target: Target): Promise<string>;
export function ensureBuilt(name: keyof typeof targets): Promise<string>;
export function urlOf(path: string): string;
