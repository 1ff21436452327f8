// Intervision in Slack as one object: the handlers the Bolt listeners call (register.ts), the App
// Home addition and the person's own data for a download. The timer handlers (timers.ts) are built
// apart, for the sweep.
import { createAnnouncer } from "./announce.ts";
import { createCases } from "./cases.ts";
import { createChanger } from "./changes.ts";
import { createContributions } from "./contribute.ts";
import { createControls } from "./controls.ts";
import { createExport } from "./export.ts";
import { createHome } from "./home.ts";
import { createIntervisionKit, type IntervisionDeps } from "./kit.ts";
import { createModeration } from "./moderation.ts";
import { createRatings } from "./ratings.ts";
import { createRemoval } from "./remove.ts";
import { createStart } from "./start.ts";
import { createWorkspace } from "./workspace.ts";

export type { IntervisionDeps } from "./kit.ts";

export function createIntervision(deps: IntervisionDeps) {
  const kit = createIntervisionKit(deps);
  const announcer = createAnnouncer(kit);
  const changer = createChanger(kit, announcer);
  const contributions = createContributions(kit, announcer);
  const cases = createCases(kit, changer, contributions);
  return {
    start: createStart(kit, changer),
    contributions,
    cases,
    moderation: createModeration(kit, contributions),
    removal: createRemoval(kit, contributions),
    controls: createControls(kit, changer, cases),
    rate: createRatings(kit),
    announcer,
    stopWorkspace: createWorkspace(kit),
    homeApi: createHome(kit),
    exportFor: createExport(kit),
  };
}

export type Intervision = ReturnType<typeof createIntervision>;
