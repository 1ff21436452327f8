// Slack ack latency: signed DM events through the real endpoint of the real server (Bolt's client
// pointed at the local fake Web API), 8 at a time, after a warm-up of the same load (JIT, caches).
import { startSlackHarness } from "../test/slack/harness.ts";

export async function slackAck(
  events = 300,
  concurrency = 8,
  warmup = 200,
): Promise<{ p50ms: number; p99ms: number; n: number }> {
  const h = await startSlackHarness();
  try {
    const send = async (i: number) => {
      const started = performance.now();
      const delivery = await h.slack.message(`UBENCH${i % 50}`, "hallo");
      if (delivery.status !== 200) throw new Error(`slack ack ${delivery.status}`);
      return performance.now() - started;
    };
    const run = async (count: number, latencies: number[]) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < count) latencies.push(await send(next++));
        }),
      );
    };
    await run(warmup, []);
    const latencies: number[] = [];
    await run(events, latencies);
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
    return { p50ms: Number(pct(50).toFixed(2)), p99ms: Number(pct(99).toFixed(2)), n: latencies.length };
  } finally {
    await h.stop();
  }
}
