// Stands in for "zod" in the Workers bundle (wrangler.toml [alias]): zod's own entry, less the error
// messages in forty-odd languages (a quarter of a megabyte). @hono/zod-openapi hands the whole `z` to
// zod-to-openapi, so no bundler can shake the unused ones out. English stays: zod's schemas load it.
import * as z from "./zod-for-workers-external.ts";

export * from "./zod-for-workers-external.ts";
export { z, z as default };
