// Who of a list of Slack users is a person who can take part (users.info: not a bot, not the app
// itself, not deactivated), with their time zone. Looked up a few at a time, kept for a few minutes
// in memory (the start modal and its submission ask about the same people), within a time budget
// where a modal is waiting.
import type { IntervisionApi, Person } from "./slack-api.ts";

/** users.info is Tier 4: a handful at once is well within it. */
const AT_ONCE = 8;
const KEEP_MS = 10 * 60_000;
const MAX_KEPT = 2000;

export interface PeopleFound {
  /** Known persons, in the order asked, with their time zone when Slack gave one. */
  people: { id: string; tz: string | null }[];
  /** Bots, apps, deactivated or unknown users: they never take part. */
  notPeople: string[];
  /** Not looked up in time (or Slack failed): to be checked again after the modal closed. */
  unknown: string[];
}

export function createPeople(now: () => number) {
  const kept = new Map<string, { person: Person | undefined; until: number }>();

  function remember(key: string, person: Person | undefined) {
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value ?? key);
    kept.set(key, { person, until: now() + KEEP_MS });
  }

  /** Looks the users up; with `budgetMs`, whoever is not known by then is reported as unknown. */
  async function find(
    api: IntervisionApi,
    teamId: string,
    ids: string[],
    budgetMs?: number,
  ): Promise<PeopleFound> {
    const unique = [...new Set(ids)];
    const found = new Map<string, Person | undefined | "failed">();
    const todo: string[] = [];
    for (const id of unique) {
      const hit = kept.get(`${teamId}:${id}`);
      if (hit && hit.until > now()) found.set(id, hit.person);
      else todo.push(id);
    }
    const work = (async () => {
      for (let i = 0; i < todo.length; i += AT_ONCE)
        await Promise.all(
          todo.slice(i, i + AT_ONCE).map(async (id) => {
            try {
              const person = await api.person(id);
              remember(`${teamId}:${id}`, person);
              found.set(id, person);
            } catch {
              found.set(id, "failed");
            }
          }),
        );
    })();
    if (budgetMs === undefined) await work;
    else {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, budgetMs)))]);
      clearTimeout(timer);
    }
    const result: PeopleFound = { people: [], notPeople: [], unknown: [] };
    for (const id of unique) {
      const person = found.get(id);
      if (person === "failed" || !found.has(id)) result.unknown.push(id);
      else if (person?.human) result.people.push({ id, tz: person.tz });
      else result.notPeople.push(id);
    }
    return result;
  }

  return { find };
}

export type People = ReturnType<typeof createPeople>;
