// When Slack lets the app go (app_uninstalled, or tokens_revoked for the bot token): every running
// round of the workspace stops, its timers go, and the audit log says so (a count, no content).
// Stored rounds and contributions stay until the retention sweep removes them.
import type { IntervisionKit } from "./kit.ts";

export function createWorkspace(kit: IntervisionKit) {
  const { store, log, now } = kit.deps;

  return async function stop(teamId: string, reason: "uninstall" | "revoke") {
    const stopped = await store.stopTeam(teamId, reason, now());
    log.warn("intervision stopped for workspace", { reason, rounds: stopped });
  };
}
