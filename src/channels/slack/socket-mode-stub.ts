// Stands in for @slack/socket-mode in the Workers bundle (wrangler.toml [alias]): Bolt imports it for
// its SocketModeReceiver, which we never use, and the real package pulls node:sqlite through undici.
export class SocketModeClient {
  constructor() {
    throw new Error("Socket Mode is not available on Workers; the app receives Slack over HTTP");
  }
}
