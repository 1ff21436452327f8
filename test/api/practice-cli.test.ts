// `gesprekscoach practice` and `staff` as an administrator runs them (built, bin/gesprekscoach.mjs):
// exit codes, one line on stderr for a failure, and the enrolment link on stdout.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliBin as bin } from "../support/built.ts";
import { tempDir } from "../support/database.ts";
import { run } from "../support/processes.ts";

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { DATABASE_URL: `file:${join(dir, "practice.db")}`, PORT: "8123" };

describe("practice and staff on the command line", () => {
  it("adds, lists and updates a practice, invites staff, and refuses bad use with exit code 2", async () => {
    expect((await run("node", [bin, "migrate"], env)).code).toBe(0);
    const added = await run(
      "node",
      [
        bin,
        "practice",
        "add",
        "--name",
        "Huisartsen De Linde",
        "--region",
        "NL",
        "--out-of-hours",
        "0900-1234",
      ],
      env,
    );
    expect(added).toMatchObject({ code: 0, stderr: "" });
    expect(added.stdout).toBe(
      "added huisartsen-de-linde\tNL\tHuisartsen De Linde\t0900-1234\t/p/huisartsen-de-linde\n",
    );
    const again = await run(
      "node",
      [
        bin,
        "practice",
        "add",
        "--name",
        "Huisartsen De Linde",
        "--region",
        "NL",
        "--out-of-hours",
        "0900-1234",
      ],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'gesprekscoach: a practice with the slug "huisartsen-de-linde" already exists\n',
    );

    const updated = await run(
      "node",
      [bin, "practice", "update", "huisartsen-de-linde", "--welcome", "Welkom!"],
      env,
    );
    expect(updated.code).toBe(0);
    expect((await run("node", [bin, "practice", "list"], env)).stdout).toContain("huisartsen-de-linde\tNL");

    const invited = await run(
      "node",
      [bin, "staff", "invite", "--practice", "huisartsen-de-linde", "--name", "Anna"],
      env,
    );
    expect(invited.code).toBe(0);
    expect(invited.stdout).toMatch(/^http:\/\/localhost:8123\/praktijk\/aanmelden\/[A-Za-z0-9_-]{43}\n/);
    expect((await run("node", [bin, "staff", "list", "--practice", "huisartsen-de-linde"], env)).stdout).toBe(
      "Anna\tno passkey yet\n",
    );

    const usage = await run("node", [bin, "practice", "add", "--region", "XX"], env);
    expect(usage.code).toBe(2);
    expect(usage.stderr.split("\n")[0]).toMatch(/^gesprekscoach: /);
    expect(usage.stdout).toBe("");
    expect(
      (await run("node", [bin, "staff", "promote", "--practice", "huisartsen-de-linde"], env)).code,
    ).toBe(2);
    const help = await run("node", [bin, "staff", "--help"], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("staff invite --practice <slug> --name <name>");
  });
});
