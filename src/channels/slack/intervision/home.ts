// App Home's intervision part: the user's running rounds and their ended ones with a link to the
// record, put into the coach's view as it is published, so the coach's home needs to know nothing
// about intervision.
import type { types } from "@slack/bolt";
import { defaultLocale } from "../../../locales.ts";
import type { SlackApi } from "../api.ts";
import { copyFor, type IntervisionKit, type IntervisionUser } from "./kit.ts";
import { homeBlocks } from "./messages.ts";

/** Rounds listed of each kind, and App Home's limit of 100 blocks. */
const HOME_ROUNDS = 10;
const HOME_ENDED = 5;
const MAX_HOME_BLOCKS = 100;

/** Our blocks go after the coach's intro (its first divider), before its own lists. */
export function withBlocks(view: types.HomeView, extra: types.KnownBlock[]): types.HomeView {
  const blocks = [...view.blocks] as types.KnownBlock[];
  const divider = blocks.findIndex((b) => b.type === "divider");
  const at = divider === -1 ? blocks.length : divider + 1;
  blocks.splice(at, 0, ...extra);
  return { ...view, blocks: blocks.slice(0, MAX_HOME_BLOCKS) };
}

export function createHome(kit: IntervisionKit) {
  const { store } = kit.deps;

  /** The same SlackApi, whose publishHome adds the user's rounds. */
  return function homeApi(api: SlackApi, who: IntervisionUser): SlackApi {
    return {
      ...api,
      async publishHome(user, view) {
        const [running, ended] = await Promise.all([
          store.runningFor(who.teamId, who.userId, HOME_ROUNDS),
          store.endedFor(who.teamId, who.userId, HOME_ENDED),
        ]);
        // Home speaks the rounds' language when they all share one, else the default.
        const all = [...running, ...ended];
        const first = all[0]?.locale;
        const locale = first && all.every((r) => r.locale === first) ? first : defaultLocale;
        await api.publishHome(
          user,
          withBlocks(view, homeBlocks(running, ended, who.userId, copyFor(locale))),
        );
      },
    };
  };
}
