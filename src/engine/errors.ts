// Errors as values: every way a request to the engine can fail, mapped to HTTP once in src/http.
export type EngineError =
  | { code: "invalid_request"; message: string }
  | { code: "unauthorized"; message: string }
  | { code: "not_found"; message: string }
  | { code: "version_conflict"; message: string }
  | { code: "turn_id_reused"; message: string }
  | { code: "finished"; message: string };

export type Result<T, E extends EngineError = EngineError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: EngineError["code"], message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});
