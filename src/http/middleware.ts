// Cross-cutting HTTP concerns: request ids and access logs without bodies, security headers on every
// response, no caching of anything personal.
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { Logger } from "../log.ts";
import { clientKey, isHttps } from "./client.ts";

const refusalReasons: Record<number, string> = {
  401: "missing or rejected credential",
  403: "cross-site or forbidden",
  429: "rate limited",
};

export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const requestId = c.req.header("x-request-id")?.slice(0, 64) ?? crypto.randomUUID();
    c.header("X-Request-Id", requestId);
    await next();
    // Route pattern only: paths carry conversation ids, bodies carry answers; neither is logged.
    // Security events name the client as TRUST_PROXY decides it, so an operator can block a source.
    const status = c.res.status;
    const reason = refusalReasons[status];
    if (reason)
      log.warn("security: request refused", {
        requestId,
        method: c.req.method,
        route: c.req.routePath,
        status,
        reason,
        client: clientKey(c),
      });
    // Orchestrators probe these every few seconds: at info they would bury the requests that matter.
    const probe = c.req.routePath === "/health" || c.req.routePath === "/ready";
    (probe ? log.debug : log.info)("request", {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}

export function securityHeaders(): MiddlewareHandler {
  const base = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
    referrerPolicy: "no-referrer",
    xFrameOptions: "DENY",
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  return async (c, next) => {
    await base(c, next);
    // HSTS only means something over https; over plain http it would be ignored or wrong.
    if (isHttps(c)) c.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  };
}

export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  };
}
