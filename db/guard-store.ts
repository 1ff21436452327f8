// Every store db/ hands out reports a database failure as a StorageError (src/storage-error.ts): the
// driver's error is classified here, once, where it leaves db/, so the layers above need no driver.
import { StorageError } from "../src/storage-error.ts";
import { driverCause, storageFailure } from "./storage-failure.ts";

/** The error as src/ should see it: a StorageError when a database driver raised it, else itself. */
export function asStorageError(error: unknown): unknown {
  if (error instanceof StorageError) return error;
  const failure = storageFailure(error);
  const driver = failure?.cause ?? driverCause(error);
  return driver ? new StorageError(driver, failure, { cause: error }) : error;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === "object" && value !== null && typeof Reflect.get(value, "then") === "function";

function guarded(method: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return (...args) => {
    try {
      const result = method(...args);
      return isThenable(result)
        ? Promise.resolve(result).catch((error: unknown) => {
            throw asStorageError(error);
          })
        : result;
    } catch (error) {
      throw asStorageError(error);
    }
  };
}

/** The store with every method's driver errors turned into StorageErrors; other errors pass as they are. */
export function guardStore<T extends object>(store: T): T {
  const guard: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(store))
    guard[key] = typeof value === "function" ? guarded(value as (...args: unknown[]) => unknown) : value;
  return guard as T;
}
