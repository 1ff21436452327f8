// The patient's export with the practice side in it (issue 20, item 8): which practice the
// conversation belongs to, its shares and their audit lines. It wraps the engine's exportData, so
// the JSON API and the web download both carry it; never a share code (only hashes exist).

import type { Engine } from "../engine/conversations.ts";
import { ok } from "../engine/errors.ts";
import type { PracticeStore, ShareStore } from "./store.ts";

export function withPracticeExport(
  engine: Engine,
  practices: PracticeStore,
  shares: ShareStore,
  now: () => number,
): Engine {
  return {
    ...engine,
    async exportData(id, access) {
      const exported = await engine.exportData(id, access);
      if (!exported.ok) return exported;
      const [practice, current, audit] = await Promise.all([
        practices.practiceOf(id),
        shares.ofConversation(id, now()),
        shares.auditOf(id),
      ]);
      return ok({
        ...exported.value,
        practice: practice ? { name: practice.name, slug: practice.slug, region: practice.region } : null,
        shares: current.map((s) => ({
          id: s.id,
          practiceId: s.practiceId,
          byCode: s.byCode,
          createdAt: s.createdAt,
          redeemedAt: s.redeemedAt,
          expiresAt: s.expiresAt,
        })),
        practiceAudit: audit,
      });
    },
  };
}
