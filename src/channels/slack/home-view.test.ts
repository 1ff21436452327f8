// The App Home view: the statement that Slack is not a medical record, the open conversation with its
// continue button, start buttons, and finished summaries.
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
});
