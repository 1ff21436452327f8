// What a request says about its client: the address rate limits count by, and whether the page was
// reached over https (for Secure cookies and HSTS).
import type { Context } from "hono";

/** The client as far as this server can tell: Cloudflare's header on Workers, the socket on Node. */
export function clientKey(c: Context): string {
  const cf = c.req.header("cf-connecting-ip");
  if (cf) return cf;
  const env: unknown = c.env;
  if (typeof env === "object" && env !== null && "incoming" in env) {
    const incoming = env.incoming as { socket?: { remoteAddress?: string } };
    if (incoming.socket?.remoteAddress) return incoming.socket.remoteAddress;
  }
  return "unknown";
}

/** Whether the request reached us over https, directly or as a proxy in front says. */
export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
}
