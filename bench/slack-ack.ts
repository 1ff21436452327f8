// Slack ack latency: signed DM events through the real endpoint of the real server (Bolt's client
// pointed at the local fake Web API), 8 at a time, warm-up excluded.
import { startSlackHarness } from "../test/slack/harness.ts";

export async function slackAck(
  events = 300,
  concurrency = 8,
): Promise<{ p50ms: number; p99ms: number; n: number }> {
  const h = await startSlackHarness();
  try {
    const send = async (i: number) => {
      const started = performance.now();
      const delivery = await h.slack.message(`UBENCH${i % 50}`, "hallo");
      if (delivery.status !== 200) throw new Error(`slack ack ${delivery.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) await send(i);
    const latencies: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < events) latencies.push(await send(next++));
      }),
    );
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
    return { p50ms: Number(pct(50).toFixed(2)), p99ms: Number(pct(99).toFixed(2)), n: latencies.length };
  } finally {
    await h.stop();
  }
}
