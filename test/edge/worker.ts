// Test-only Workers entry: the product's handler with the test flow registered (so a whole
// conversation can run in workerd against local D1), the practice flow with its optional model voice, a
// timer handler, and routes to plant a timer and to bring intervision deadlines to now, so the scheduled
// handler can be watched; a route to add a practice with an invited staff member; a cron request returns
// once its sweep has ended.
import { drizzle } from "drizzle-orm/d1";
import { createPracticeRepository } from "../../db/practice-repository.ts";
import { schema } from "../../db/schema.ts";
import { createStaffRepository } from "../../db/staff-repository.ts";
import { createTimerRepository } from "../../db/timer-repository.ts";
import { productVoices } from "../../flows/index.ts";
import { oefenenFlow } from "../../flows/oefenen/flow.ts";
import { reflectieFlow } from "../../flows/reflectie/flow.ts";
import { FlowRegistry } from "../../src/engine/flow.ts";
import { hashToken, newToken } from "../../src/engine/token.ts";
import { createWorker, type Env } from "../../src/worker-handler.ts";
import { proefFlow } from "../flows/proef/machine.ts";

const product = createWorker(
  () => new FlowRegistry([proefFlow, reflectieFlow, oefenenFlow]),
  {
    // Slow enough that two sweeps started together overlap.
    ping: () => new Promise((resolve) => setTimeout(resolve, 50)),
  },
  // The practice patient's voice, used only when a test sets LLM_BASE_URL and LLM_MODEL.
  productVoices,
);

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/__test/timers") {
      const { id, dueAt } = (await request.json()) as { id: string; dueAt: number };
      await createTimerRepository(drizzle(env.DB, { schema })).schedule({
        id,
        conversationId: null,
        dueAt,
        event: JSON.stringify({ type: "ping" }),
      });
      return new Response(null, { status: 204 });
    }
    if (request.method === "POST" && url.pathname === "/__test/intervision-due") {
      // Brings the pending deadlines of intervision rounds to now, so the next sweep fires them.
      await env.DB.prepare(
        "update timers set due_at = ? where id like 'iv:%:deadline' and status = 'pending'",
      )
        .bind(Date.now() - 1000)
        .run();
      return new Response(null, { status: 204 });
    }
    if (request.method === "POST" && url.pathname === "/__test/practice") {
      // A practice with one staff member invited, as `practice add` and `staff invite` make them.
      const db = drizzle(env.DB, { schema });
      const practice = await createPracticeRepository(db).add(
        { name: "Huisartsen De Linde", region: "NL", outOfHours: "0900-1234" },
        Date.now(),
      );
      const token = newToken();
      await createStaffRepository(db).invite(
        practice.id,
        "Anna",
        hashToken(token),
        Date.now(),
        Date.now() + 3_600_000,
      );
      return Response.json({ slug: practice.slug, token });
    }
    if (request.method === "GET" && url.pathname === "/__test/timers") {
      const row = await env.DB.prepare("select status, attempts from timers where id = ?")
        .bind(url.searchParams.get("id"))
        .first();
      return Response.json(row);
    }
    return product.fetch?.(request, env, ctx) ?? new Response(null, { status: 500 });
  },
  // The product's sweep runs under waitUntil; awaiting it here makes the cron request return when the
  // sweep has ended, the completion signal the tests wait for.
  async scheduled(controller, env, ctx) {
    const work: Promise<unknown>[] = [];
    const tracked = new Proxy(ctx, {
      get(target, key) {
        if (key === "waitUntil") return (promise: Promise<unknown>) => work.push(promise);
        const value = Reflect.get(target, key);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    await product.scheduled?.(controller, env, tracked);
    await Promise.all(work);
  },
} satisfies ExportedHandler<Env>;
