// The help texts show a practice's own out-of-hours number when one is given (src/safety/help.ts).
import { describe, expect, it } from "vitest";
import { helpFor } from "../safety/help.ts";

describe("help with a practice's out-of-hours number", () => {
  it("names the practice's number instead of pointing to its website", () => {
    const general = helpFor("acute", "acute_medical", "NL", "nl").lines.join(" ");
    const practice = helpFor("acute", "acute_medical", "NL", "nl", "0900-1234").lines.join(" ");
    expect(general).toContain("website");
    expect(practice).toContain("0900-1234");
    expect(practice).not.toContain("website");
  });
});
