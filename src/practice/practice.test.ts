import { describe, expect, it } from "vitest";
import { newPracticeSchema, phoneSchema, practiceUpdateSchema, slugFrom, slugSchema } from "./practice.ts";

describe("practice fields", () => {
  it("makes a readable slug from a name, accents and all", () => {
    expect(slugFrom("Huisartsen De Linde")).toBe("huisartsen-de-linde");
    expect(slugFrom("Groepspraktijk Één & Twee!")).toBe("groepspraktijk-een-twee");
    expect(slugSchema.safeParse(slugFrom("Ab")).success).toBe(true);
  });

  it("refuses slugs that would not survive a URL", () => {
    for (const bad of ["ab", "De-Linde", "de--linde", "-linde", "linde/../x", "linde linde"])
      expect(slugSchema.safeParse(bad).success, bad).toBe(false);
  });

  it("accepts phone numbers as people write them and refuses the rest", () => {
    for (const good of ["0900-1515", "1733", "+32 9 123 45 67", "088 130 96 70"])
      expect(phoneSchema.safeParse(good).success, good).toBe(true);
    for (const bad of ["12", "call us", "0900-15a5", "<script>", "+"])
      expect(phoneSchema.safeParse(bad).success, bad).toBe(false);
  });

  it("needs a name, a region and a number; the welcome line is optional", () => {
    const parsed = newPracticeSchema.parse({ name: "De Linde", region: "BE", outOfHours: "1733" });
    expect(parsed.welcome).toBeNull();
    expect(newPracticeSchema.safeParse({ name: "De Linde", region: "DE", outOfHours: "1733" }).success).toBe(
      false,
    );
  });

  it("refuses an update that changes nothing", () => {
    expect(practiceUpdateSchema.safeParse({}).success).toBe(false);
    expect(practiceUpdateSchema.safeParse({ welcome: "Welkom" }).success).toBe(true);
  });
});
