// The server's timer sweep, built by a test over the server's own database file with the test's clock,
// so a test can fire reminders and deadlines at the time it chooses.
import { createIntervisionRepository } from "../../db/intervision-repository.ts";
import type { OpenedDatabase } from "../../db/libsql.ts";
import { createSlackRepository } from "../../db/slack-repository.ts";
import { createTimerRepository } from "../../db/timer-repository.ts";
import { intervisionTimerHandlers } from "../../src/channels/slack/intervision/wiring.ts";
import { createLogger } from "../../src/log.ts";
import { createTimerSweep } from "../../src/timers/sweep.ts";
import type { SlackHarness } from "./harness.ts";
import { BOT_TOKEN } from "./slack-client.ts";

export function timerSweep(h: SlackHarness, db: OpenedDatabase, now: () => number) {
  return createTimerSweep({
    store: createTimerRepository(db.db),
    handlers: intervisionTimerHandlers({
      slack: { botToken: BOT_TOKEN, apiUrl: h.fake.apiUrl },
      store: createIntervisionRepository(db.db),
      posts: createSlackRepository(db.db),
      log: createLogger("silent"),
      now,
    }),
    log: createLogger("silent"),
  });
}
