// drizzle-kit settings: generates the SQL migrations in db/migrations from db/schema.ts.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "turso",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  dbCredentials: { url: "file:data/drizzle-kit.db" },
});
