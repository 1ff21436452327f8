#!/usr/bin/env node
// The installed command: runs the command line built ahead into dist/ (npm's prepare builds it at
// install); a start that finds the bundle missing or older than its sources builds it first.
import { ensureBuilt, urlOf } from "./build.mjs";

await import(urlOf(await ensureBuilt("cli")));
