// The archive of a finished conversation: the same records back, exactly, and nothing else read.
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../src/engine/records.ts";
import { packArchive, unpackArchive } from "./archive.ts";

const events: EventRecord[] = [
  {
    seq: 0,
    turnId: "start",
    kind: "start",
    answer: null,
    result: '{"phase":"welkom"}',
    screening: null,
    createdAt: 1,
  },
  {
    seq: 1,
    turnId: "0b7e2f0e-8f51-4bd4-9d0e-5c1c3e0f2a11",
    kind: "answer",
    answer: '~1{"~1":"ik wandel graag, ook als het regent ☔"}',
    result: '~1{"~4":"gg1"}',
    screening: '~1"~:0"',
    createdAt: 1_796_000_000_000,
  },
];

describe("archives", () => {
  it("give back every event and the snapshot exactly as they were stored", async () => {
    const hex = await packArchive({ snapshot: '~1{"~f":"klaar"}', events });
    expect(hex).toMatch(/^01[0-9a-f]+$/);
    expect(await unpackArchive(hex)).toEqual({ snapshot: '~1{"~f":"klaar"}', events });
  });

  it("are smaller than the rows they replace", async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...events[1], seq: i + 1 }) as EventRecord);
    const hex = await packArchive({ snapshot: "{}", events: many });
    expect(hex.length / 2).toBeLessThan(JSON.stringify(many).length / 4);
  });

  it("refuse a layout this code does not know, or what is not hex", async () => {
    const hex = await packArchive({ snapshot: "{}", events });
    await expect(unpackArchive(`02${hex.slice(2)}`)).rejects.toThrow(/layout 2/);
    await expect(unpackArchive("zz")).rejects.toThrow(/hex/);
  });
});
