// What a request says about its client, judged once per request by TRUST_PROXY: the address rate
// limits and security logs use, and whether the page was reached over https (Secure, HSTS, __Host-).
import type { Context, MiddlewareHandler } from "hono";
import { type Client, resolveClient, TRUST_NONE, type TrustPolicy } from "./trust-proxy.ts";

declare module "hono" {
  interface ContextVariableMap {
    client: Client;
  }
}

/** The socket's remote address under @hono/node-server, which passes { incoming } as the env. */
function peerOf(c: Context): string | undefined {
  const env: unknown = c.env;
  if (typeof env !== "object" || env === null || !("incoming" in env)) return undefined;
  const incoming = env.incoming as { socket?: { remoteAddress?: unknown } } | undefined;
  const address = incoming?.socket?.remoteAddress;
  return typeof address === "string" ? address : undefined;
}

function judge(c: Context, policy: TrustPolicy): Client {
  return resolveClient(policy, {
    peer: peerOf(c),
    cfConnectingIp: c.req.header("cf-connecting-ip"),
    forwardedFor: c.req.header("x-forwarded-for"),
    forwardedProto: c.req.header("x-forwarded-proto"),
    urlIsHttps: new URL(c.req.url).protocol === "https:",
  });
}

/** Middleware, first in the app: decides the client for everything behind it. */
export function clientContext(policy: TrustPolicy): MiddlewareHandler {
  return async (c, next) => {
    c.set("client", judge(c, policy));
    await next();
  };
}

/** The client as decided for this request; trusting no header when no policy ran (a lone route). */
export function clientOf(c: Context): Client {
  return c.get("client") ?? judge(c, TRUST_NONE);
}

export function clientKey(c: Context): string {
  return clientOf(c).address;
}

export function isHttps(c: Context): boolean {
  return clientOf(c).https;
}
