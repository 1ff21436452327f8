// What a practice is (name, region, out-of-hours number, welcome line, invitation slug) and the
// checks its fields pass at every boundary: the CLI, the admin route and the database rows.
import { z } from "zod";
import { type Region, regionSchema } from "../locales.ts";

export interface Practice {
  id: string;
  slug: string;
  name: string;
  region: Region;
  /** The huisartsenpost (NL) or the on-call GP number (BE), as the patient dials it. */
  outOfHours: string;
  welcome: string | null;
  createdAt: number;
  updatedAt: number;
}

/** Lowercase letters, digits and single dashes: safe in a URL and easy to read out. */
export const slugSchema = z
  .string()
  .min(3, "a slug has at least 3 characters")
  .max(48, "a slug has at most 48 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a slug has lowercase letters, digits and single dashes only");

/** A phone number as people write it: digits with spaces, dashes or a leading +; 3 to 15 digits. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{1,18}[0-9]$/, "an out-of-hours number has digits, spaces and dashes only")
  .refine((value) => {
    const digits = value.replace(/\D/g, "").length;
    return digits >= 3 && digits <= 15;
  }, "an out-of-hours number has 3 to 15 digits");

export const practiceFieldsSchema = z.object({
  name: z.string().trim().min(2, "a practice name has at least 2 characters").max(80),
  region: regionSchema,
  outOfHours: phoneSchema,
  welcome: z.string().trim().max(200, "a welcome line has at most 200 characters").nullable().default(null),
});
export type PracticeFields = z.infer<typeof practiceFieldsSchema>;

export const newPracticeSchema = practiceFieldsSchema.extend({ slug: slugSchema.optional() });
export type NewPractice = z.input<typeof newPracticeSchema>;

// The welcome line's default (null) must not count as a change, so the update lists its own fields.
export const practiceUpdateSchema = practiceFieldsSchema
  .extend({ welcome: z.string().trim().max(200).nullable() })
  .partial()
  .refine((update) => Object.values(update).some((v) => v !== undefined), "nothing to change");
export type PracticeUpdate = z.infer<typeof practiceUpdateSchema>;

/** A slug from a practice's name: "Huisartsen De Linde" -> "huisartsen-de-linde". */
export function slugFrom(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  return slug.length >= 3 ? slug : `praktijk-${slug || "x"}`.slice(0, 48);
}

/** The invitation link patients open: the practice's landing page. */
export function invitationPath(slug: string): string {
  return `/p/${slug}`;
}
