// Practices and the conversations started from their invitation link, on drizzle (libsql or D1).
// Rows are checked with the same zod fields the CLI and the admin route use, so a bad row never
// reaches a page.
import { asc, eq } from "drizzle-orm";
import {
  type NewPractice,
  newPracticeSchema,
  type Practice,
  type PracticeUpdate,
  practiceFieldsSchema,
  slugFrom,
  slugSchema,
} from "../src/practice/practice.ts";
import { isUniqueViolation } from "./repository.ts";
import { practiceConversations, practices } from "./schema.ts";
import type { SqlDatabase } from "./sql-database.ts";

export class PracticeExistsError extends Error {
  constructor(slug: string) {
    super(`a practice with the slug "${slug}" already exists`);
    this.name = "PracticeExistsError";
  }
}

export interface PracticeStore {
  add(input: NewPractice, at: number): Promise<Practice>;
  list(): Promise<Practice[]>;
  bySlug(slug: string): Promise<Practice | undefined>;
  byId(id: string): Promise<Practice | undefined>;
  /** The changed practice, or undefined when no practice has this slug. */
  update(slug: string, update: PracticeUpdate, at: number): Promise<Practice | undefined>;
  /** Marks a conversation as started from this practice's link. */
  linkConversation(conversationId: string, practiceId: string, at: number): Promise<void>;
  /** The practice a conversation belongs to, if it was started from a practice's link. */
  practiceOf(conversationId: string): Promise<Practice | undefined>;
  /** Forgets the link when the conversation is erased or purged. */
  unlinkConversation(conversationId: string): Promise<void>;
}

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

  return {
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
  };
}
