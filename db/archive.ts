// A finished conversation's events and snapshot as one compressed value in `conversations.archive`.
// A finished conversation takes no more turns, so its event rows (each repeating ids and the
// person's words that the summary repeats again) are folded into one deflated document when the
// last turn lands; every read of it gives back the same records the rows held (BENCHMARKS.md).
// CompressionStream runs on Node and on Workers alike. Kept as hex on the wire (SQL hex()/unhex()),
// so libsql, Turso and D1 all pass it as text.
import { z } from "zod";
import { type EventRecord, eventKinds } from "../src/engine/records.ts";

export interface Archive {
  /** The conversation's snapshot as it was stored, when the last turn landed. */
  snapshot: string;
  /** Every event, oldest first, each as its row held it. */
  events: EventRecord[];
}

/** The first byte of every archive: which layout follows. */
const LAYOUT = 1;

const count = z.number().int();
// Positional, so the keys are not stored 40 times: seq, turnId, kind, answer, result, screening, createdAt.
const archived = z.object({
  snapshot: z.string(),
  events: z.array(
    z.tuple([
      count,
      z.string(),
      z.enum(eventKinds),
      z.string().nullable(),
      z.string(),
      z.string().nullable(),
      count,
    ]),
  ),
});

async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

const hexOf = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

function bytesOf(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || /[^0-9a-f]/i.test(hex)) throw new Error("an archive is not hex");
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** The archive as hex, for `unhex()` in the statement that stores it. */
export async function packArchive(archive: Archive): Promise<string> {
  const json = JSON.stringify({
    snapshot: archive.snapshot,
    events: archive.events.map((e) => [
      e.seq,
      e.turnId,
      e.kind,
      e.answer,
      e.result,
      e.screening,
      e.createdAt,
    ]),
  });
  const deflated = await through(new TextEncoder().encode(json), new CompressionStream("deflate-raw"));
  const bytes = new Uint8Array(deflated.length + 1);
  bytes[0] = LAYOUT;
  bytes.set(deflated, 1);
  return hexOf(bytes);
}

/** An archive read back from `hex(archive)`. */
export async function unpackArchive(hex: string): Promise<Archive> {
  const bytes = bytesOf(hex);
  if (bytes[0] !== LAYOUT) throw new Error(`an archive of layout ${bytes[0]} is not readable by this code`);
  const json = new TextDecoder().decode(
    await through(bytes.subarray(1), new DecompressionStream("deflate-raw")),
  );
  const { snapshot, events } = archived.parse(JSON.parse(json));
  return {
    snapshot,
    events: events.map(([seq, turnId, kind, answer, result, screening, createdAt]) => ({
      seq,
      turnId,
      kind,
      answer,
      result,
      screening,
      createdAt,
    })),
  };
}
