// Practices and the conversations started from their invitation link, on drizzle (libsql or D1).
// Rows are checked with the same zod fields the CLI and the admin route use, so a bad row never
// reaches a page.
import { asc, eq } from "drizzle-orm";
import {
  newPracticeSchema,
  type Practice,
  practiceFieldsSchema,
  slugFrom,
  slugSchema,
} from "../src/practice/practice.ts";
import { PracticeExistsError, type PracticeStore } from "../src/practice/store.ts";
import { guardStore } from "./guard-store.ts";
import { isUniqueViolation } from "./repository.ts";
import { practiceConversations, practices } from "./schema.ts";
import type { SqlDatabase } from "./sql-database.ts";

type Row = typeof practices.$inferSelect;

function toPractice(row: Row): Practice {
  // A row passes the same checks as the input did; a bad one is a deployment error, not bad input.
  const fields = practiceFieldsSchema.parse(row);
  return { ...fields, id: row.id, slug: row.slug, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

export function createPracticeRepository(db: SqlDatabase): PracticeStore {
  async function bySlug(slug: string): Promise<Practice | undefined> {
    if (!slugSchema.safeParse(slug).success) return undefined;
    const rows = await db.select().from(practices).where(eq(practices.slug, slug)).limit(1);
    return rows[0] ? toPractice(rows[0]) : undefined;
  }

  async function byId(id: string): Promise<Practice | undefined> {
    const rows = await db.select().from(practices).where(eq(practices.id, id)).limit(1);
    return rows[0] ? toPractice(rows[0]) : undefined;
  }

  return guardStore({
    async add(input, at) {
      const fields = newPracticeSchema.parse(input);
      const slug = fields.slug ?? slugFrom(fields.name);
      const row: Row = {
        id: crypto.randomUUID(),
        slug,
        name: fields.name,
        region: fields.region,
        outOfHours: fields.outOfHours,
        welcome: fields.welcome,
        createdAt: at,
        updatedAt: at,
      };
      try {
        await db.insert(practices).values(row);
      } catch (error) {
        if (isUniqueViolation(error)) throw new PracticeExistsError(slug);
        throw error;
      }
      return toPractice(row);
    },

    async list() {
      const rows = await db.select().from(practices).orderBy(asc(practices.name));
      return rows.map(toPractice);
    },

    bySlug,
    byId,

    async update(slug, update, at) {
      const current = await bySlug(slug);
      if (!current) return undefined;
      const changes = Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined));
      await db
        .update(practices)
        .set({ ...changes, updatedAt: at })
        .where(eq(practices.id, current.id));
      return byId(current.id);
    },

    async linkConversation(conversationId, practiceId, at) {
      await db.insert(practiceConversations).values({ conversationId, practiceId, createdAt: at });
    },

    async practiceOf(conversationId) {
      const rows = await db
        .select({ practiceId: practiceConversations.practiceId })
        .from(practiceConversations)
        .where(eq(practiceConversations.conversationId, conversationId))
        .limit(1);
      const link = rows[0];
      return link ? byId(link.practiceId) : undefined;
    },

    async unlinkConversation(conversationId) {
      await db.delete(practiceConversations).where(eq(practiceConversations.conversationId, conversationId));
    },
  });
}
