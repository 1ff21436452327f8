// The web chat in a real text browser (Debian's lynx, installed by .ci/run): it sends neither
// Origin nor Sec-Fetch-Site, so its form posts pass on the form's CSRF token alone. Walks the first
// questions and keeps each page as text in test-artifacts/.
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir } from "../support/browser.ts";
import { tempDir } from "../support/database.ts";
import { type ProductServer, startProductServer } from "../support/product-server.ts";

const run = promisify(execFile);
let server: ProductServer;
let dir: string;

beforeAll(async () => {
  server = await startProductServer();
  dir = tempDir();
  // Cookies kept between the runs of lynx, as one browser session keeps them.
  writeFileSync(
    join(dir, "lynx.cfg"),
    "INCLUDE:/etc/lynx/lynx.cfg\nPERSISTENT_COOKIES:TRUE\nACCEPT_ALL_COOKIES:TRUE\nSET_COOKIES:TRUE\n",
  );
  writeFileSync(join(dir, "cookies"), "");
}, 60_000);
afterAll(async () => server?.stop());

/** One lynx run: `-source` or `-dump` of a page, or a form post (`fields`) shown with `-dump`. */
async function lynx(path: string, options: { source?: boolean; fields?: Record<string, string> } = {}) {
  const jar = join(dir, "cookies");
  const args = [`-cfg=${join(dir, "lynx.cfg")}`, `-cookie_file=${jar}`, `-cookie_save_file=${jar}`];
  args.push(options.source ? "-source" : "-dump", "-nolist");
  if (options.fields) args.push("-post_data");
  const child = run("lynx", [...args, `${server.base}${path}`], { env: { ...process.env, TERM: "dumb" } });
  if (options.fields) {
    child.child.stdin?.write(`${new URLSearchParams(options.fields).toString()}\n---\n`);
    child.child.stdin?.end();
  }
  // lynx exits non-zero on an error status (the 403); its page is what the person sees all the same.
  return child.then(
    (done) => done.stdout,
    (failed: { stdout?: string }) => failed.stdout ?? "",
  );
}

const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? "";

function keep(name: string, text: string) {
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(`${artifactsDir}text-browser-${name}.txt`, text);
}

describe("web chat in lynx", () => {
  it("walks the first questions by form posts carrying the form token", async () => {
    const landing = await lynx("/", { source: true });
    const csrf = hidden(landing, "csrf");
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{32,}$/);

    const started = await lynx("/chat/start", { fields: { flow: "reflectie", lang: "nl", csrf } });
    keep("1-region", started);
    // The language came from the landing page; the first question is where the person lives.
    expect(started).toContain("(NL) Nederland");
    expect(started).not.toContain("(nl) Nederlands");

    const answer = async (fields: Record<string, string>) => {
      const chat = await lynx("/chat", { source: true });
      return lynx("/chat/turn", {
        fields: { turnId: hidden(chat, "turnId"), version: hidden(chat, "version"), csrf, ...fields },
      });
    };
    const explained = await answer({ choice: "NL" });
    keep("2-explain", explained);
    expect(explained).toContain("Wil je meedoen?");
    const first = await answer({ choice: "ja" });
    keep("3-first-question", first);
    expect(first).toContain("Fase 1 van 3");
    const reflected = await answer({ kind: "text", text: "wandelen met mijn hond" });
    keep("4-reflected", reflected);
    expect(reflected).toContain("Je wordt blij van wandelen met je hond.");
    const empty = await answer({ kind: "text", text: " " });
    expect(empty).toContain("Je hebt nog niets getypt");
    // On to the spinnenweb, the one step with six scales: lynx shows every part, its description
    // and its mark, and takes the whole form in one post.
    for (let i = 0; i < 3; i++) await answer({ command: "skip" });
    const web = await lynx("/chat");
    keep("5-spinnenweb", web);
    for (const part of [
      "Lichaam",
      "Gevoel en gedachten",
      "Zingeving",
      "Kwaliteit van leven",
      "Meedoen",
      "Dagelijks leven",
    ])
      expect(web).toContain(part);
    expect(web).toContain("Hoe je je lichamelijk voelt");
    expect(web.match(/Hier wil ik over praten/g)).toHaveLength(6);
    // Every scale starts on "geen cijfer", so lynx does not preselect a 0 nobody chose.
    expect(web.match(/\(\*\) geen cijfer/g)).toHaveLength(6);
    expect(web).not.toContain("(*) 0");
    const graded = await answer({
      "scale-lichaam": "5",
      "scale-meedoen": "3",
      mark: "meedoen",
      kind: "scales",
    });
    keep("6-after-spinnenweb", graded);
    expect(graded).toContain("Lichaam 5, Meedoen 3 (hier wil ik over praten)");
  });

  it("a post without the token is refused with a page in Dutch, not JSON", async () => {
    const refused = await lynx("/chat/start", { fields: { flow: "reflectie", lang: "nl" } });
    expect(refused).toContain("Dit formulier kwam niet van deze site");
    expect(refused).not.toContain('"error"');
  });
});
