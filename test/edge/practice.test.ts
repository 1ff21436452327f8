// The practice side in real workerd on a local D1: the invitation link, a share with consent, a staff
// passkey (a software one that makes real WebAuthn answers), the inbox and the FHIR download.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SoftAuthenticator } from "../support/soft-authenticator.ts";
import { startWorkerd, type Workerd } from "../support/workerd.ts";

let worker: Workerd;
let base: string;

beforeAll(async () => {
  worker = await startWorkerd();
  base = worker.base;
}, 90_000);

afterAll(async () => {
  await worker?.stop();
});

const cookieOf = (res: Response) => (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
const form = (path: string, fields: Record<string, string>, cookie?: string) =>
  fetch(`${base}${path}`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams(fields),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: base,
      ...(cookie ? { cookie } : {}),
    },
  });
const json = (path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("the practice side on Workers with D1", () => {
  it("from the invitation link to the staff inbox and the FHIR bundle", async () => {
    const { slug, token } = (await (await fetch(`${base}/__test/practice`, { method: "POST" })).json()) as {
      slug: string;
      token: string;
    };
    const landing = await fetch(`${base}/p/${slug}`);
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain("Je bezoek voorbereiden met Huisartsen De Linde");
    expect((await fetch(`${base}/p/onbekend`)).status).toBe(404);

    const patient = cookieOf(await form(`/p/${slug}/start`, { lang: "nl" }));
    expect(patient).toMatch(/^gc_session=/);
    expect((await form("/samenvatting/delen", { days: "30" }, patient)).status).toBe(303);

    const link = `/praktijk/aanmelden/${token}`;
    const passkey = new SoftAuthenticator();
    const options = (await (await json(`${link}/opties`, {})).json()) as Parameters<
      SoftAuthenticator["create"]
    >[0];
    const enrolled = await json(link, passkey.create(options, base));
    expect(enrolled.status, await enrolled.clone().text()).toBe(200);
    const staff = cookieOf(enrolled);

    const inbox = await (await fetch(`${base}/praktijk`, { headers: { cookie: staff } })).text();
    const sharePath = /href="(\/praktijk\/gedeeld\/[0-9a-f-]{36})"/.exec(inbox)?.[1];
    expect(sharePath).toBeDefined();
    const opened = await fetch(`${base}${sharePath}`, { headers: { cookie: staff } });
    expect(opened.status).toBe(200);
    const fhir = await fetch(`${base}${sharePath}/fhir`, { headers: { cookie: staff } });
    expect(((await fhir.json()) as { type: string }).type).toBe("collection");

    // The cron's sweep runs the practice side's retention on D1 and leaves a live share alone.
    expect((await fetch(`${base}/cdn-cgi/handler/scheduled?cron=*+*+*+*+*`)).ok).toBe(true);
    expect((await fetch(`${base}${sharePath}`, { headers: { cookie: staff } })).status).toBe(200);
    // Erasing the conversation takes the share along.
    expect((await form("/gegevens/wissen", { confirm: "yes" }, patient)).status).toBe(200);
    expect((await fetch(`${base}${sharePath}`, { headers: { cookie: staff } })).status).toBe(404);
  });
});
