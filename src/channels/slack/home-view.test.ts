// The App Home view: the statement that Slack is not a medical record, the open conversation with its
// continue button, start buttons, finished summaries, and "delete my data" with its confirmation step.
import { describe, expect, it } from "vitest";
import { slackCopy } from "./copy.ts";
import { homeView } from "./home-view.ts";

describe("homeView", () => {
  it("shows the open conversation, start buttons, summaries and the statement", () => {
    const view = homeView(
      {
        flowIds: ["reflectie"],
        open: { conversationId: "c1", flowId: "reflectie" },
        finished: [
          {
            flowId: "reflectie",
            startedAt: Date.UTC(2026, 10, 2, 12),
            summary: [
              { id: "visit", heading: "Mijn vraag", items: [{ label: "Hoofdvraag", text: "Slaap <beter>" }] },
            ],
            lastWords: [],
          },
        ],
      },
      slackCopy.nl,
      "nl",
    );
    expect(view.type).toBe("home");
    const json = JSON.stringify(view.blocks);
    expect(json).toContain("Slack is geen medisch dossier");
    expect(json).toContain("webchat");
    expect(json).toContain('"action_id":"gc_continue"');
    expect(json).toContain('\\"c\\":\\"c1\\"');
    expect(json).toContain('"action_id":"gc_start:0"');
    expect(json).toContain("2 november 2026");
    expect(json).toContain("Hoofdvraag: Slaap &lt;beter&gt;");
  });

  it("says so when nothing is open or finished, in English too", () => {
    const json = JSON.stringify(
      homeView({ flowIds: ["reflectie"], open: undefined, finished: [] }, slackCopy.en, "en").blocks,
    );
    expect(json).toContain("You have no running conversation now");
    expect(json).toContain("No finished conversations yet");
    expect(json).toContain("Slack is not a medical record");
    expect(json).not.toContain("gc_continue");
  });

  it("offers to delete the data, asks before erasing, and says when it is done", () => {
    const home = (erase: "ask" | "done" | undefined) =>
      homeView({ flowIds: ["reflectie"], open: undefined, finished: [], erase }, slackCopy.nl, "nl").blocks;
    const offer = JSON.stringify(home(undefined));
    expect(offer).toContain('"action_id":"gc_erase"');
    expect(offer).toContain("Wis mijn gegevens");
    expect(offer).not.toContain("Ja, wis alles");

    const ask = JSON.stringify(home("ask"));
    expect(ask).toContain("Weet je het zeker?");
    expect(ask).toContain('"action_id":"gc_erase:yes"');
    expect(ask).toContain('"action_id":"gc_erase:no"');
    // The final button has Slack's own confirm dialog too.
    expect(ask).toMatch(/"confirm":\{"title":\{"type":"plain_text","text":"Alles wissen\?"/);

    const done = JSON.stringify(home("done"));
    expect(done).toContain("Je gegevens zijn gewist");
    expect(done).toContain('"action_id":"gc_erase"');
  });

  it("keeps the delete and download buttons, and what is not erased, when the summaries fill App Home", () => {
    const many = Array.from({ length: 5 }, () => ({
      flowId: "reflectie",
      startedAt: 0,
      summary: undefined,
      lastWords: Array.from({ length: 30 }, (_, i) => `woord ${i}`),
    }));
    const blocks = homeView(
      { flowIds: ["reflectie"], open: undefined, finished: many },
      slackCopy.nl,
      "nl",
    ).blocks;
    expect(blocks).toHaveLength(100);
    const end = JSON.stringify(blocks.slice(-3));
    expect(end).toContain('"action_id":"gc_erase"');
    expect(end).toContain('"action_id":"gc_download"');
    expect(JSON.stringify(blocks.at(-1))).toContain("Niet gewist worden je bijdragen aan intervisierondes");
  });
});
