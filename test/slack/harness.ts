// One Slack test setup: the fake Web API, the real `gesprekscoach serve` pointed at it with Slack
// settings (or, given test settings, the test server), a signing Slack side, and read access to the
// server's database file.
import { createClient } from "@libsql/client";
import { type ProductServer, startProductServer, type TestSettings } from "../support/product-server.ts";
import { type FakeSlack, type SlackCall, startFakeSlack } from "./fake-slack.ts";
import { BOT_TOKEN, type Delivery, SIGNING_SECRET, SlackSide } from "./slack-client.ts";

export interface SlackHarness {
  fake: FakeSlack;
  server: ProductServer;
  slack: SlackSide;
  /** Rows in a table of the server's database. */
  count(table: string, where?: string, ...args: string[]): Promise<number>;
  /** One column of the rows a query finds in the server's database. */
  column(sql: string, ...args: string[]): Promise<string[]>;
  /** Sends, expects a 200, and returns the next chat.postMessage it caused. */
  expectPost(send: () => Promise<Delivery>): Promise<SlackCall>;
  stop(): Promise<void>;
}

/** `env` adds to the Slack settings (the language model's, say). */
export async function startSlackHarness(
  settings?: TestSettings,
  env: Record<string, string> = {},
): Promise<SlackHarness> {
  const fake = await startFakeSlack();
  const server = await startProductServer(
    { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: fake.apiUrl, ...env },
    settings,
  );
  const db = createClient({ url: server.dbUrl });
  const slack = new SlackSide(server.base);
  return {
    fake,
    server,
    slack,
    async count(table, where, ...args) {
      if (!/^[a-z_]+$/.test(table)) throw new Error(`bad table name ${table}`);
      const result = await db.execute({
        sql: `select count(*) as n from ${table}${where ? ` where ${where}` : ""}`,
        args,
      });
      return Number(result.rows[0]?.n ?? 0);
    },
    async column(sql, ...args) {
      const result = await db.execute({ sql, args });
      return result.rows.map((row) => String(row[0]));
    },
    async expectPost(send) {
      const before = fake.ok("chat.postMessage").length;
      const delivery = await send();
      if (delivery.status !== 200) throw new Error(`expected 200, got ${delivery.status}: ${delivery.text}`);
      const posts = await fake.waitFor("chat.postMessage", before + 1);
      const post = posts[before];
      if (!post) throw new Error("no chat.postMessage");
      return post;
    },
    async stop() {
      db.close();
      await server.stop();
      await fake.close();
    },
  };
}
