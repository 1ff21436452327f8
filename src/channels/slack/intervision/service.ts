// Intervision in Slack as one object: the handlers the Bolt listeners call (register.ts) and the App
// Home addition. The timer handlers (timers.ts) are built apart, for the sweep.
import { createAnnouncer } from "./announce.ts";
import { createChanger } from "./changes.ts";
import { createContributions } from "./contribute.ts";
import { createControls } from "./controls.ts";
import { createHome } from "./home.ts";
import { createIntervisionKit, type IntervisionDeps } from "./kit.ts";
import { createRatings } from "./ratings.ts";
import { createStart } from "./start.ts";

export type { IntervisionDeps } from "./kit.ts";

export function createIntervision(deps: IntervisionDeps) {
  const kit = createIntervisionKit(deps);
  const announcer = createAnnouncer(kit);
  const change = createChanger(kit, announcer);
  return {
    start: createStart(kit, announcer),
    contributions: createContributions(kit),
    controls: createControls(kit, announcer, change),
    rate: createRatings(kit),
    homeApi: createHome(kit),
  };
}

export type Intervision = ReturnType<typeof createIntervision>;
