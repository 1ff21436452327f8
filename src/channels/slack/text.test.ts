// Text across the Slack boundary: Slack's escaping undone on the way in, ours applied on the way out,
// and long text cut to Block Kit's limits without breaking an entity.
import { describe, expect, it } from "vitest";
import { chunk, escapeMrkdwn, plainFromSlack, truncate } from "./text.ts";

describe("plainFromSlack", () => {
  it("undoes Slack's escaping and unwraps links and mentions", () => {
    expect(plainFromSlack("fish &amp; chips &lt;3 &gt; all")).toBe("fish & chips <3 > all");
    expect(plainFromSlack("zie <https://example.org|de site> of <https://example.org/x>")).toBe(
      "zie de site of https://example.org/x",
    );
    expect(plainFromSlack("vraag het <@U123> in <#C1|algemeen>")).toBe("vraag het @U123 in algemeen");
    expect(plainFromSlack("  \n ")).toBe("");
  });
});

describe("escapeMrkdwn", () => {
  it("escapes the characters that make links, mentions and entities", () => {
    expect(escapeMrkdwn("<!channel> & <https://x|y>")).toBe("&lt;!channel&gt; &amp; &lt;https://x|y&gt;");
  });

  it("drops the controls that would reorder text, so a contribution shows as it was typed", () => {
    expect(escapeMrkdwn("vraag: \u202Ejan\u202C \u2067<@U1>\u2069")).toBe("vraag: jan &lt;@U1&gt;");
  });
});

describe("truncate and chunk", () => {
  it("cuts with a mark only when needed", () => {
    expect(truncate("kort", 10)).toBe("kort");
    expect(truncate("a".repeat(80), 75)).toHaveLength(75);
    expect(truncate("a".repeat(80), 75).endsWith("…")).toBe(true);
  });

  it("splits at word boundaries and never inside an entity", () => {
    const words = Array.from({ length: 1000 }, (_, i) => `woord${i}`).join(" ");
    const pieces = chunk(words, 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(3000);
    expect(pieces.join(" ")).toBe(words);

    const entities = "&amp;".repeat(700);
    for (const piece of chunk(entities, 3000)) expect(piece).toMatch(/^(&amp;)+$/);
    expect(chunk("", 3000)).toEqual([""]);
  });
});
