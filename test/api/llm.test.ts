// The optional language model through the real server over HTTP: unset, a practice session sends nothing
// anywhere; set, the patient's reply is the model's, the export says so, and no request names the
// conversation, its token or its resume code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationState } from "../../src/engine/types.ts";
import { type FakeLlm, startFakeLlm } from "../support/fake-llm.ts";
import { call } from "../support/http.ts";
import { pdfText } from "../support/pdf-text.ts";
import { type ProductServer, startProductServer } from "../support/product-server.ts";

let fake: FakeLlm;
let off: ProductServer;
let on: ProductServer;
beforeAll(async () => {
  fake = await startFakeLlm();
  [off, on] = await Promise.all([
    startProductServer(),
    startProductServer({
      LLM_BASE_URL: fake.baseUrl,
      LLM_MODEL: "local-model",
      LLM_API_KEY: "sk-local-test",
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([off?.stop(), on?.stop()]);
  await fake?.close();
});

interface Created {
  id: string;
  token: string;
  resumeCode: string;
  state: ConversationState;
}

async function practise(server: ProductServer, lines: string[]) {
  const created = await call<Created>(server.base, "POST", "/api/conversations", {
    body: { flow: "oefenen", locale: "nl", region: "NL" },
  });
  expect(created.status).toBe(201);
  const { id, token } = created.body;
  const states: ConversationState[] = [];
  const answers = [{ choice: "henk" }, { choice: "nee" }, ...lines.map((text) => ({ text }))];
  for (const [i, answer] of answers.entries()) {
    const r = await call<{ state: ConversationState }>(
      server.base,
      "POST",
      `/api/conversations/${id}/turns`,
      {
        token,
        body: { turnId: `http-turn-${i}`, answer },
      },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    states.push(r.body.state);
  }
  return { ...created.body, states };
}

describe("the language model over HTTP", () => {
  it("sends nothing anywhere when it is not configured", async () => {
    const before = fake.requests.length;
    const { states } = await practise(off, ["Hoe gaat het met u?", "Hoeveel rookt u nog per dag?"]);
    expect(states.at(-1)?.messages[0]?.text).toMatch(/^Henk: /);
    expect(fake.requests.length).toBe(before);
  });

  it("voices the patient when configured, says so in the export, and sends nothing identifying", async () => {
    const before = fake.requests.length;
    fake.script({ reply: "Ach, het gaat. Die trap blijft lastig, hoor." });
    const c = await practise(on, ["Hoe gaat het met u?"]);
    expect(c.states.at(-1)?.messages[0]?.text).toBe("Henk: Ach, het gaat. Die trap blijft lastig, hoor.");
    const sent = fake.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers.authorization).toBe("Bearer sk-local-test");
    expect(sent[0]?.body?.model).toBe("local-model");
    const everything = JSON.stringify(sent[0]);
    for (const secret of [c.id, c.token, c.resumeCode, c.resumeCode.replace(/-/g, ""), "http-turn-2"])
      expect(everything).not.toContain(secret);

    const exported = await call<{ events: { voice?: unknown }[] }>(
      on.base,
      "GET",
      `/api/conversations/${c.id}/export`,
      {
        token: c.token,
      },
    );
    expect(exported.status).toBe(200);
    expect(exported.body.events.map((e) => e.voice ?? null)).toEqual([null, null, null, { by: "model" }]);
  });
});

describe("the supervision export with the language model", () => {
  it("shows the model's words as the trainee saw them, and which voice made each reply", async () => {
    fake.script({ reply: "Tja, die trap. Daar word ik moe van, dokter." }, { status: 500 });
    const c = await practise(on, ["Hoe gaat het met u?", "Hoeveel rookt u nog per dag?"]);
    const shown = c.states.map((s) => s.messages[0]?.text ?? "");
    expect(shown[2]).toBe("Henk: Tja, die trap. Daar word ik moe van, dokter.");
    const md = await fetch(`${on.base}/api/conversations/${c.id}/markdown`, {
      headers: { authorization: `Bearer ${c.token}` },
    });
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toMatch(/^text\/markdown/);
    const text = await md.text();
    expect(text).toContain("**Henk:** Tja, die trap. Daar word ik moe van, dokter. *(stem: taalmodel)*");
    // The second reply fell back to the template: its words are the stored ones, voiced by the rules.
    const fallback = shown[3]?.replace(/^Henk: /, "") ?? "";
    expect(fallback.length).toBeGreaterThan(0);
    expect(text).toContain(`**Henk:** ${fallback.replace(/([\\`*_[\]#<>|])/g, "\\$1")} *(stem: regels)*`);
    expect(text).toContain("**Jij:** Hoe gaat het met u? *(open vraag)*");

    // The PDF beside it holds the same words and voices.
    const pdf = await fetch(`${on.base}/api/conversations/${c.id}/pdf`, {
      headers: { authorization: `Bearer ${c.token}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-disposition")).toContain("oefengesprek.pdf");
    const drawn = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(drawn).toContain("Tja, die trap. Daar word ik moe van, dokter. (stem: taalmodel)");
    expect(drawn).toContain("(stem: regels)");
  });

  it("refuses the Markdown without the conversation's token", async () => {
    const c = await practise(off, ["Hoe gaat het met u?"]);
    const r = await fetch(`${off.base}/api/conversations/${c.id}/markdown`);
    expect(r.status).toBe(401);
  });
});
