// Malformed form bodies on every web form: 400 with a message in the person's language, nothing
// stored or erased; and the urlencoded reader on its own.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { productFlows } from "../../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
import { createApp } from "../../app.ts";
import { createLogger } from "../../log.ts";
import { malformedFormText, parseUrlencoded } from "./form-body.ts";

describe("parseUrlencoded", () => {
  it("reads fields, + as space, escapes, and repeated fields when asked for all", () => {
    expect({ ...parseUrlencoded("a=1&b=hallo+daar&c=%C3%A9&&d") }).toEqual({
      a: "1",
      b: "hallo daar",
      c: "é",
      d: "",
    });
    expect({ ...parseUrlencoded("x=1&x=2", true) }).toEqual({ x: ["1", "2"] });
    expect({ ...parseUrlencoded("x=1&x=2") }).toEqual({ x: "2" });
  });

  it.each(["a=%", "a=%G1", "a=100%", "a=%C3%28", "%FF=1", "a=%E0%A4%A"])(
    "refuses the broken escape in %j",
    (text) => {
      expect(parseUrlencoded(text)).toBeUndefined();
    },
  );
});

const BASE = "http://coach.test";
let db: TempDatabase;
let app: ReturnType<typeof createApp>;

async function stored(): Promise<string> {
  const rows = await db.opened.client.execute(
    "select (select count(*) from conversations) || '/' || (select count(*) from events) || '/' || (select group_concat(version) from conversations) as s",
  );
  return String(rows.rows[0]?.s);
}

const broken: [string, BodyInit][] = [
  ["multipart/form-data", "flow=reflectie"],
  ["multipart/form-data; boundary=abc", "garbage"],
  ["multipart/form-data; boundary=abc", '--abc\r\nContent-Disposition: form-data; name="confirm"\r\n\r\nyes'],
  ["application/x-www-form-urlencoded", "confirm=yes&flow=reflectie&lang=%"],
  ["application/x-www-form-urlencoded", "confirm=yes&text=%C3%28"],
  ["application/x-www-form-urlencoded", new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x3d, 0xff, 0xfe])],
  ["text/plain", "confirm=yes"],
];

describe("a malformed form body", () => {
  beforeEach(async () => {
    db = await tempDatabase();
    app = createApp({ store: db.store, flows: productFlows(), log: createLogger("silent") });
  });
  afterEach(() => db.cleanup());

  it.each(["/chat/start", "/chat/resume", "/chat/turn", "/gegevens/wissen"])(
    "on %s gives 400 with a message in the conversation's language and changes nothing",
    async (path) => {
      const started = await app.request(`${BASE}/chat/start`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE },
        body: "flow=reflectie&lang=en",
      });
      const cookie = (started.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const before = await stored();
      // The landing forms have no conversation to take the language from; their page says it.
      const lang = path === "/chat/start" || path === "/chat/resume" ? "?lang=en" : "";
      for (const [type, body] of broken) {
        const res = await app.request(`${BASE}${path}${lang}`, {
          method: "POST",
          headers: { "content-type": type, origin: BASE, cookie },
          body,
        });
        expect(res.status, `${type} ${String(body)}`).toBe(400);
        expect(await res.text()).toContain(malformedFormText.en.slice(0, 40));
      }
      expect(await stored()).toBe(before);
      // Still there, and still answerable: the erase above did not happen.
      expect((await app.request(`${BASE}/chat`, { headers: { cookie } })).status).toBe(200);
    },
  );

  it("is answered in Dutch when nothing says otherwise", async () => {
    const res = await app.request(`${BASE}/chat/start`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", origin: BASE },
      body: "--x\r\n",
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(malformedFormText.nl.slice(0, 40));
  });
});
