// The reflection flow as an XState machine: welkom -> GG phase 1 (following) -> named shift ->
// phase 2 (activating) -> named shift -> phase 3 (the question for the visit) -> summary.
// Keys and logic only; every sentence comes from the content files.
import { assign, setup } from "xstate";
import { acknowledge } from "../../src/coaching/acknowledge.ts";
import { reflect } from "../../src/coaching/reflect.ts";
import type { FlowEvent, FlowInput } from "../../src/engine/flow.ts";
import { stepsFor } from "../../src/engine/flow.ts";
import type { InputSpec } from "../../src/engine/types.ts";
import { defaultRegion, isRegion, languageName, localeOr, locales, regions } from "../../src/locales.ts";
import { type Dimension, dimensions, isDimension } from "../../src/summary/dimensions.ts";
import { summaryLines, summarySections } from "../../src/summary/render.ts";
import type { Heard, ReflectieContent, ThemeHeard } from "./content.ts";
import {
  choiceOf,
  experiences,
  type GradeField,
  gradeOf,
  initialContext,
  isExperience,
  isGradeField,
  isMoment,
  isTextField,
  moments,
  numberOf,
  openMoments,
  type ReflectieContext,
  socialLow,
  type TextField,
  textOf,
  webOf,
  withGrade,
  withText,
} from "./context.ts";
import { fieldOfPath, toSummary } from "./summary.ts";

const TEXT_MAX = 1000;
const SHORT_MAX = 200;

/** Which free-text answer each question state stores, so the next step can acknowledge it. */
const answeredIn: Partial<Record<string, (ctx: ReflectieContext) => TextField | undefined>> = {
  gg1_blij: () => "happy",
  gg1_meer: () => "more",
  gg1_gezondheid: () => "health",
  dz_vraag: (ctx) => ctx.moment,
  gg1_aanvulling: () => "correction",
  gg2_eigen: () => "ownTheme",
  gg2_wens: () => "wish",
  gg2_belang_waarom: () => "importanceWhy",
  gg2_vertrouwen_waarom: () => "confidenceWhy",
  gg2_stap: () => "step",
  gg3_hulp: () => "helpWith",
  gg3_hoofdvraag: () => "mainQuestion",
  gg3_anders: () => "otherTopics",
  gg3_klacht: () => "complaint",
};

/** A warm word for pain, fatigue, worry, sadness or loss in the answer just given (none when skipped). */
function ackLast(ctx: ReflectieContext): string[] {
  const last = ctx.history.at(-1);
  const field = last ? answeredIn[last]?.(ctx) : undefined;
  const answer = field ? ctx.texts[field] : undefined;
  const text = answer ? acknowledge(answer, ctx.locale) : undefined;
  return text ? [text] : [];
}

const plainStep = stepsFor<ReflectieContext, ReflectieContent>();
/** Every step first acknowledges the answer just given, when it speaks of something hard. */
const step: typeof plainStep = (meta) =>
  plainStep({ ...meta, say: (c, ctx) => [...ackLast(ctx), ...meta.say(c, ctx)] });

/** An answer as the content may repeat it. */
function heard(text: string, ctx: ReflectieContext): Heard {
  return { reflection: reflect(text, ctx.locale) };
}

function themeHeard(ctx: ReflectieContext, c: ReflectieContent): ThemeHeard | undefined {
  const theme = ctx.theme;
  if (theme?.kind === "dimension") return { kind: "name", name: c.web.dimensions[theme.dimension].name };
  const text = theme?.kind === "more" ? ctx.texts.more : ctx.texts.ownTheme;
  return theme && text ? { kind: theme.kind, heard: reflect(text, ctx.locale) } : undefined;
}

/** One of the wording variants, fixed for this conversation and question. */
function pick(variants: string[], ctx: ReflectieContext, salt: number): string {
  return variants[(ctx.seed + salt) % variants.length] ?? variants[0] ?? "";
}

/** The person's own words, shortened at a word boundary when they are long. */
export function words(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}

function textInput(ctx: ReflectieContext, field: TextField, skip?: string, maxLength = TEXT_MAX): InputSpec {
  const value = ctx.texts[field];
  return { kind: "text", maxLength, ...(value === undefined ? {} : { value }), ...(skip ? { skip } : {}) };
}

function scaleInput(value: number | undefined, low: string, high: string, skip?: string): InputSpec {
  return {
    kind: "scale",
    min: 0,
    max: 10,
    minLabel: low,
    maxLabel: high,
    ...(value === undefined ? {} : { value }),
    ...(skip ? { skip } : {}),
  };
}

function choiceInput(options: [string, string][], selected?: string | string[], skip?: string): InputSpec {
  const chosen = selected === undefined ? [] : Array.isArray(selected) ? selected : [selected];
  return {
    kind: "choice",
    multiple: false,
    options: options.map(([id, label]) => ({ id, label })),
    ...(chosen.length ? { selected: chosen } : {}),
    ...(skip ? { skip } : {}),
  };
}

/** A yes-or-no step ("ja" / "nee"), with "ja" shown as chosen when the person said yes before. */
const yesNoInput = (yes: string, no: string, saidYes?: boolean): InputSpec =>
  choiceInput(
    [
      ["ja", yes],
      ["nee", no],
    ],
    saidYes ? "ja" : undefined,
  );

/** The dimensions offered as a theme in phase 2: the marked ones, or all when none was marked. */
function themeDimensions(ctx: ReflectieContext): Dimension[] {
  return ctx.talk.length > 0 ? ctx.talk : [...dimensions];
}

/** The summary items the person can correct, as choice options (id = the answer's field). */
function editableItems(ctx: ReflectieContext, c: ReflectieContent): [string, string][] {
  const items: [string, string][] = [];
  for (const section of summarySections(toSummary(ctx, c, false), ctx.locale)) {
    for (const item of section.items) {
      const field = item.path ? fieldOfPath[item.path] : undefined;
      if (field) items.push([field, `${item.label}: ${words(item.text, 60)}`]);
    }
  }
  return items;
}

/** What the coach heard in phase 1, as reflections in the person's own words. */
function heardLines(ctx: ReflectieContext, c: ReflectieContent): string[] {
  const h = c.review.heard;
  const t = ctx.texts;
  const grades = dimensions
    .filter((d) => ctx.web[d] !== undefined)
    .map((d) => `${c.web.dimensions[d].name} ${ctx.web[d]}`);
  return [
    t.happy ? h.happy(heard(t.happy, ctx)) : "",
    t.more ? h.more(heard(t.more, ctx)) : "",
    t.health ? h.health(heard(t.health, ctx)) : "",
    ctx.healthGrade === undefined ? "" : h.grade(ctx.healthGrade),
    ...moments.map((m) => (t[m] ? h.moment[m](heard(t[m] ?? "", ctx)) : "")),
    grades.length ? h.grades(grades.join(", ")) : "",
    ctx.talk.length ? h.talk(ctx.talk.map((d) => c.web.dimensions[d].name).join(", ")) : "",
    t.correction ? h.addition(heard(t.correction, ctx)) : "",
  ].filter((line) => line !== "");
}

function editLabel(ctx: ReflectieContext, c: ReflectieContent): string {
  const field = ctx.editing;
  for (const section of summarySections(toSummary(ctx, c, false), ctx.locale))
    for (const item of section.items) if (item.path && fieldOfPath[item.path] === field) return item.label;
  return "";
}

/** Remembers the question just answered, so `back` can return to it (a state id of this machine). */
const remember = (from: string) => ({ type: "remember" as const, params: { from } });
const setText = (field: TextField) => ({ type: "setText" as const, params: { field } });
const clearText = (field: TextField) => ({ type: "clearText" as const, params: { field } });

/** A free-text question that may be skipped: the answer is stored, skipping clears it. */
function openQuestion(from: string, field: TextField, next: string, meta: ReturnType<typeof step>) {
  return {
    meta,
    on: {
      answer: { target: next, actions: [remember(from), setText(field)] },
      skip: { target: next, actions: [remember(from), clearText(field)] },
    },
  };
}

/** A yes-or-no question whose answer sets one flag of the context: "ja" sets it, anything else clears it. */
function yesNoQuestion(
  from: string,
  flag: "setThreeQuestions" | "setSocialHelp",
  next: string,
  meta: ReturnType<typeof step>,
) {
  return {
    meta,
    on: {
      answer: [
        {
          guard: { type: "chose" as const, params: { id: "ja" } },
          target: next,
          actions: [remember(from), { type: flag, params: { wanted: true } }],
        },
        { target: next, actions: [remember(from), { type: flag, params: { wanted: false } }] },
      ],
    },
  };
}

/** The spinnenweb as one step: the six scales with their plain-words description and a mark each. */
function webInput(c: ReflectieContent, ctx: ReflectieContext): InputSpec {
  return {
    kind: "scales",
    min: 0,
    max: 10,
    minLabel: c.web.low,
    maxLabel: c.web.high,
    items: dimensions.map((d) => {
      const { name, about } = c.web.dimensions[d];
      const grade = ctx.web[d];
      return {
        id: d,
        label: name,
        description: about.charAt(0).toUpperCase() + about.slice(1),
        ...(grade === undefined ? {} : { value: grade }),
      };
    }),
    markLabel: c.web.markLabel,
    ...(ctx.talk.length ? { marked: ctx.talk } : {}),
    skip: c.skip,
  };
}

const answered = (event: FlowEvent) => (event.type === "answer" ? event.answer : undefined);

const machineSetup = setup({
  types: {
    context: {} as ReflectieContext,
    events: {} as FlowEvent,
    input: {} as FlowInput,
  },
  actions: {
    remember: assign(({ context }, params: { from: string }) => ({
      history: [...context.history, params.from],
    })),
    setText: assign(({ context, event }, params: { field: TextField }) => {
      const a = answered(event);
      return withText(context, params.field, a ? textOf(a) : undefined);
    }),
    clearText: assign(({ context }, params: { field: TextField }) =>
      withText(context, params.field, undefined),
    ),
    setHealthGrade: assign(({ event }) => {
      const a = answered(event);
      return { healthGrade: a ? numberOf(a) : undefined };
    }),
    setWeb: assign(({ event }) => {
      const a = answered(event);
      return a?.kind === "scales" ? webOf(a) : {};
    }),
    setMoment: assign(({ event }) => {
      const a = answered(event);
      const id = a ? choiceOf(a) : undefined;
      return isMoment(id) ? { moment: id } : {};
    }),
    setMomentText: assign(({ context, event }) => {
      const a = answered(event);
      if (!context.moment || !a) return {};
      return {
        ...withText(context, context.moment, textOf(a)),
        momentsSkipped: context.momentsSkipped.filter((m) => m !== context.moment),
      };
    }),
    skipMoment: assign(({ context }) => {
      const moment = context.moment;
      if (!moment) return {};
      return {
        ...withText(context, moment, undefined),
        momentsSkipped: [...context.momentsSkipped.filter((m) => m !== moment), moment],
      };
    }),
    skipAllMoments: assign(({ context }) => ({
      momentsSkipped: openMoments(context).concat(context.momentsSkipped),
    })),
    setGg2: assign((_, params: { notNow: boolean }) => ({ gg2NotNow: params.notNow })),
    setTheme: assign(({ event }) => {
      const a = answered(event);
      const id = a ? choiceOf(a) : undefined;
      if (isDimension(id)) return { theme: { kind: "dimension" as const, dimension: id }, gg2NotNow: false };
      if (id === "meer") return { theme: { kind: "more" as const }, gg2NotNow: false };
      return { theme: { kind: "own" as const }, gg2NotNow: false };
    }),
    setImportance: assign(({ event }) => {
      const a = answered(event);
      return { importance: a ? numberOf(a) : undefined };
    }),
    setConfidence: assign(({ event }) => {
      const a = answered(event);
      return { confidence: a ? numberOf(a) : undefined };
    }),
    setStepNotNow: assign((_, params: { notNow: boolean }) => ({ stepNotNow: params.notNow })),
    setGg3Declined: assign((_, params: { declined: boolean }) => ({ gg3Declined: params.declined })),
    setZz: assign((_, params: { zz: boolean }) => ({ zz: params.zz })),
    setThreeQuestions: assign((_, params: { wanted: boolean }) => ({ threeQuestions: params.wanted })),
    setSocialHelp: assign((_, params: { wanted: boolean }) => ({ socialHelp: params.wanted })),
    setExperience: assign(({ event }) => {
      const a = answered(event);
      const id = a ? choiceOf(a) : undefined;
      return { experience: isExperience(id) ? id : undefined };
    }),
    setLocale: assign(({ event }) => {
      const a = answered(event);
      return { locale: localeOr(a ? choiceOf(a) : undefined) };
    }),
    setRegion: assign(({ event }) => {
      const a = answered(event);
      const region = a ? choiceOf(a) : undefined;
      return { region: isRegion(region) ? region : defaultRegion };
    }),
    setEditing: assign(({ event }) => {
      const a = answered(event);
      const id = a ? choiceOf(a) : undefined;
      return isTextField(id) || isGradeField(id) ? { editing: id } : {};
    }),
    applyEdit: assign(({ context, event }) => {
      const a = answered(event);
      const field = context.editing;
      if (!field) return {};
      if (isTextField(field))
        return { ...withText(context, field, a ? textOf(a) : undefined), editing: undefined };
      return { ...withGrade(context, field, a ? numberOf(a) : undefined), editing: undefined };
    }),
  },
  guards: {
    chose: ({ event }, params: { id: string }) =>
      event.type === "answer" && choiceOf(event.answer) === params.id,
    choseDimensionOrMore: ({ event }) => {
      if (event.type !== "answer") return false;
      const id = choiceOf(event.answer);
      return isDimension(id) || id === "meer";
    },
    choseMoment: ({ event }) => event.type === "answer" && isMoment(choiceOf(event.answer)),
    // Evaluated before the answer is stored: "last" means no other moment is still open.
    lastMoment: ({ context }) => openMoments(context).filter((m) => m !== context.moment).length === 0,
    choseTextField: ({ event }) => event.type === "answer" && isTextField(choiceOf(event.answer)),
    choseGradeField: ({ event }) => event.type === "answer" && isGradeField(choiceOf(event.answer)),
    gaveGrade: ({ event }) => event.type === "answer" && event.answer.kind === "value",
    socialLow: ({ context }) => socialLow(context),
  },
});

/** The machine, with `back` able to return to each of `backTo` (the question states). */
function build(backTo: readonly string[]) {
  return machineSetup.createMachine({
    id: "reflectie",
    context: ({ input }) => initialContext(input),
    initial: "welkom_taal",
    states: {
      welkom_taal: {
        meta: step({
          phase: "welkom",
          say: (c) => [c.welcome.greeting, c.welcome.askLanguage],
          input: (_, ctx) =>
            choiceInput(
              locales.map((locale) => [locale, languageName[locale]]),
              ctx.locale,
            ),
        }),
        on: { answer: { target: "welkom_regio", actions: [remember("welkom_taal"), "setLocale"] } },
      },
      welkom_regio: {
        meta: step({
          phase: "welkom",
          say: (c) => [c.welcome.askRegion],
          input: (c, ctx) =>
            choiceInput(
              regions.map((region) => [region, c.welcome.regions[region]]),
              ctx.region,
            ),
        }),
        on: { answer: { target: "welkom_uitleg", actions: [remember("welkom_regio"), "setRegion"] } },
      },
      welkom_uitleg: {
        meta: step({
          phase: "welkom",
          say: (c, ctx) => c.welcome.explain(ctx.region),
          input: (c) => yesNoInput(c.welcome.agree, c.welcome.decline),
        }),
        on: {
          answer: [
            {
              guard: { type: "chose", params: { id: "ja" } },
              target: "gg1_blij",
              actions: [remember("welkom_uitleg")],
            },
            { target: "gestopt" },
          ],
        },
      },
      gg1_blij: openQuestion(
        "gg1_blij",
        "happy",
        "gg1_meer",
        step({
          phase: "gg1",
          say: (c, ctx) => [pick(c.gg1.intro, ctx, 1), pick(c.gg1.askHappy, ctx, 2)],
          input: (c, ctx) => textInput(ctx, "happy", c.skip),
        }),
      ),
      gg1_meer: openQuestion(
        "gg1_meer",
        "more",
        "gg1_gezondheid",
        step({
          phase: "gg1",
          say: (c, ctx) => [
            ...(ctx.texts.happy ? [c.gg1.heardHappy(reflect(ctx.texts.happy, ctx.locale))] : []),
            pick(c.gg1.askMore, ctx, 3),
          ],
          input: (c, ctx) => textInput(ctx, "more", c.skip),
        }),
      ),
      gg1_gezondheid: openQuestion(
        "gg1_gezondheid",
        "health",
        "gg1_cijfer",
        step({
          phase: "gg1",
          say: (c, ctx) => [
            ...(ctx.texts.more ? [c.gg1.heardMore(reflect(ctx.texts.more, ctx.locale))] : []),
            pick(c.gg1.askHealth, ctx, 4),
          ],
          input: (c, ctx) => textInput(ctx, "health", c.skip),
        }),
      ),
      gg1_cijfer: {
        meta: step({
          phase: "gg1",
          say: (c) => [c.gg1.askGrade],
          input: (c, ctx) => scaleInput(ctx.healthGrade, c.gg1.gradeLow, c.gg1.gradeHigh, c.skip),
        }),
        on: {
          answer: { target: "web_schalen", actions: [remember("gg1_cijfer"), "setHealthGrade"] },
          skip: {
            target: "web_schalen",
            actions: [remember("gg1_cijfer"), assign({ healthGrade: undefined })],
          },
        },
      },
      web_schalen: {
        meta: step({
          phase: "gg1",
          say: (c, ctx) => [pick(c.web.intro, ctx, 5)],
          input: (c, ctx) => webInput(c, ctx),
        }),
        on: {
          answer: { target: "dz_kies", actions: [remember("web_schalen"), "setWeb"] },
          skip: { target: "dz_kies", actions: [remember("web_schalen"), assign({ web: {}, talk: [] })] },
        },
      },
      dz_kies: {
        meta: step({
          phase: "gg1",
          say: (c, ctx) => [
            openMoments(ctx).length === 3 ? pick(c.doelzoeker.intro, ctx, 6) : c.doelzoeker.again,
          ],
          input: (c, ctx) => ({
            kind: "choice",
            multiple: false,
            options: [
              ...openMoments(ctx).map((m) => ({ id: m, label: c.doelzoeker.moments[m].label })),
              {
                id: "verder",
                label: openMoments(ctx).length === 3 ? c.doelzoeker.skipAll : c.doelzoeker.enough,
              },
            ],
          }),
        }),
        on: {
          answer: [
            { guard: "choseMoment", target: "dz_vraag", actions: [remember("dz_kies"), "setMoment"] },
            { target: "gg1_terugblik", actions: [remember("dz_kies"), "skipAllMoments"] },
          ],
        },
      },
      dz_vraag: {
        meta: step({
          phase: "gg1",
          say: (c, ctx) => {
            const { question, beside } = c.doelzoeker.moments[ctx.moment ?? "nu"];
            return [question, pick(beside, ctx, 7)];
          },
          input: (c, ctx) => textInput(ctx, ctx.moment ?? "nu", c.skip),
        }),
        on: {
          answer: [
            {
              guard: "lastMoment",
              target: "gg1_terugblik",
              actions: [remember("dz_vraag"), "setMomentText"],
            },
            { target: "dz_kies", actions: [remember("dz_vraag"), "setMomentText"] },
          ],
          skip: [
            { guard: "lastMoment", target: "gg1_terugblik", actions: [remember("dz_vraag"), "skipMoment"] },
            { target: "dz_kies", actions: [remember("dz_vraag"), "skipMoment"] },
          ],
        },
      },
      gg1_terugblik: {
        meta: step({
          phase: "gg1",
          say: (c, ctx) => {
            // Back from an addition: confirm only the addition, the review itself is just above.
            if (ctx.history.at(-1) === "gg1_aanvulling" && ctx.texts.correction)
              return [
                c.review.added,
                c.review.heard.addition(heard(ctx.texts.correction, ctx)),
                c.review.ask,
              ];
            const lines = heardLines(ctx, c);
            if (lines.length === 0) return [c.review.nothingYet, c.review.ask];
            return [pick(c.review.intro, ctx, 8), lines.map((line) => `• ${line}`).join("\n"), c.review.ask];
          },
          input: (c) =>
            choiceInput([
              ["klopt", c.review.right],
              ["aanvullen", c.review.change],
            ]),
        }),
        on: {
          answer: [
            {
              guard: { type: "chose", params: { id: "klopt" } },
              target: "shift2",
              actions: [remember("gg1_terugblik")],
            },
            { target: "gg1_aanvulling", actions: [remember("gg1_terugblik")] },
          ],
        },
      },
      gg1_aanvulling: {
        meta: step({
          phase: "gg1",
          say: (c) => [c.review.askChange],
          input: (_, ctx) => textInput(ctx, "correction"),
        }),
        on: {
          answer: { target: "gg1_terugblik", actions: [remember("gg1_aanvulling"), setText("correction")] },
        },
      },
      shift2: {
        meta: step({
          phase: "gg2",
          say: (c, ctx) => c.shift2.say(ctx.region),
          input: (c) =>
            choiceInput([
              ["ja", c.shift2.yes],
              ["nietnu", c.shift2.notNow],
            ]),
        }),
        on: {
          answer: [
            {
              guard: { type: "chose", params: { id: "ja" } },
              target: "gg2_thema",
              actions: [remember("shift2"), { type: "setGg2", params: { notNow: false } }],
            },
            { target: "shift3", actions: [remember("shift2"), { type: "setGg2", params: { notNow: true } }] },
          ],
        },
      },
      gg2_thema: {
        meta: step({
          phase: "gg2",
          say: (c, ctx) => [pick(c.gg2.askTheme, ctx, 9)],
          input: (c, ctx) =>
            choiceInput(
              [
                ...themeDimensions(ctx).map((d): [string, string] => [d, c.web.dimensions[d].name]),
                ...(ctx.texts.more
                  ? [
                      [
                        "meer",
                        c.gg2.themeMore(reflect(ctx.texts.more, ctx.locale)) ?? c.gg2.themeMoreFallback,
                      ] as [string, string],
                    ]
                  : []),
                ["eigen", c.gg2.themeOwn],
                ["nietnu", c.gg2.notNow],
              ],
              ctx.theme?.kind === "dimension"
                ? ctx.theme.dimension
                : ctx.theme?.kind === "more"
                  ? "meer"
                  : undefined,
            ),
        }),
        on: {
          answer: [
            {
              guard: "choseDimensionOrMore",
              target: "gg2_wens",
              actions: [remember("gg2_thema"), "setTheme"],
            },
            {
              guard: { type: "chose", params: { id: "eigen" } },
              target: "gg2_eigen",
              actions: [remember("gg2_thema"), "setTheme"],
            },
            {
              target: "shift3",
              actions: [remember("gg2_thema"), { type: "setGg2", params: { notNow: true } }],
            },
          ],
        },
      },
      gg2_eigen: {
        meta: step({
          phase: "gg2",
          say: (c) => [c.gg2.askOwnTheme],
          input: (_, ctx) => textInput(ctx, "ownTheme", undefined, SHORT_MAX),
        }),
        on: { answer: { target: "gg2_wens", actions: [remember("gg2_eigen"), setText("ownTheme")] } },
      },
      gg2_wens: openQuestion(
        "gg2_wens",
        "wish",
        "gg2_belang",
        step({
          phase: "gg2",
          say: (c, ctx) => {
            const theme = themeHeard(ctx, c);
            return [...(theme ? [c.gg2.heardTheme(theme)] : []), c.gg2.askWish];
          },
          input: (c, ctx) => textInput(ctx, "wish", c.skip),
        }),
      ),
      gg2_belang: {
        meta: step({
          phase: "gg2",
          say: (c) => [c.gg2.askImportance],
          input: (c, ctx) => scaleInput(ctx.importance, c.gg2.importanceLow, c.gg2.importanceHigh, c.skip),
        }),
        on: {
          answer: { target: "gg2_belang_waarom", actions: [remember("gg2_belang"), "setImportance"] },
          skip: {
            target: "gg2_vertrouwen",
            actions: [remember("gg2_belang"), assign({ importance: undefined })],
          },
        },
      },
      gg2_belang_waarom: openQuestion(
        "gg2_belang_waarom",
        "importanceWhy",
        "gg2_vertrouwen",
        step({
          phase: "gg2",
          say: (c, ctx) => [c.gg2.whyImportance(ctx.importance ?? 0)],
          input: (c, ctx) => textInput(ctx, "importanceWhy", c.skip),
        }),
      ),
      gg2_vertrouwen: {
        meta: step({
          phase: "gg2",
          say: (c) => [c.gg2.askConfidence],
          input: (c, ctx) => scaleInput(ctx.confidence, c.gg2.confidenceLow, c.gg2.confidenceHigh, c.skip),
        }),
        on: {
          answer: { target: "gg2_vertrouwen_waarom", actions: [remember("gg2_vertrouwen"), "setConfidence"] },
          skip: {
            target: "gg2_stap",
            actions: [remember("gg2_vertrouwen"), assign({ confidence: undefined })],
          },
        },
      },
      gg2_vertrouwen_waarom: openQuestion(
        "gg2_vertrouwen_waarom",
        "confidenceWhy",
        "gg2_stap",
        step({
          phase: "gg2",
          say: (c, ctx) => [c.gg2.whyConfidence(ctx.confidence ?? 0)],
          input: (c, ctx) => textInput(ctx, "confidenceWhy", c.skip),
        }),
      ),
      gg2_stap: {
        meta: step({
          phase: "gg2",
          say: (c, ctx) => [pick(c.gg2.askStep, ctx, 10)],
          input: (c, ctx) => textInput(ctx, "step", c.gg2.stepNotYet),
        }),
        on: {
          answer: {
            target: "gg2_wanneer",
            actions: [
              remember("gg2_stap"),
              setText("step"),
              { type: "setStepNotNow", params: { notNow: false } },
            ],
          },
          skip: {
            target: "shift3",
            actions: [
              remember("gg2_stap"),
              clearText("step"),
              { type: "setStepNotNow", params: { notNow: true } },
            ],
          },
        },
      },
      gg2_wanneer: openQuestion(
        "gg2_wanneer",
        "when",
        "gg2_wie",
        step({
          phase: "gg2",
          say: (c, ctx) => {
            const said = ctx.texts.step ? c.gg2.heardStep(reflect(ctx.texts.step, ctx.locale)) : undefined;
            return [...(said ? [said] : []), c.gg2.askWhen];
          },
          input: (c, ctx) => textInput(ctx, "when", c.skip, SHORT_MAX),
        }),
      ),
      gg2_wie: openQuestion(
        "gg2_wie",
        "who",
        "shift3",
        step({
          phase: "gg2",
          say: (c) => [c.gg2.askWho],
          input: (c, ctx) => textInput(ctx, "who", c.skip, SHORT_MAX),
        }),
      ),
      shift3: {
        meta: step({
          phase: "gg3",
          say: (c, ctx) => [...(ctx.gg2NotNow ? [c.gg2.notNowHeard] : []), ...c.shift3.say(ctx.region)],
          input: (c) => yesNoInput(c.shift3.yes, c.shift3.no),
        }),
        on: {
          answer: [
            {
              guard: { type: "chose", params: { id: "ja" } },
              target: "gg3_hulp",
              actions: [remember("shift3"), { type: "setGg3Declined", params: { declined: false } }],
            },
            {
              target: "samenvatting",
              actions: [remember("shift3"), { type: "setGg3Declined", params: { declined: true } }],
            },
          ],
        },
      },
      gg3_hulp: openQuestion(
        "gg3_hulp",
        "helpWith",
        "gg3_hoofdvraag",
        step({
          phase: "gg3",
          say: (c, ctx) => [c.gg3.askHelp(ctx.region)],
          input: (c, ctx) => textInput(ctx, "helpWith", c.skip),
        }),
      ),
      gg3_hoofdvraag: openQuestion(
        "gg3_hoofdvraag",
        "mainQuestion",
        "gg3_anders",
        step({
          phase: "gg3",
          say: (c, ctx) => [pick(c.gg3.askMainQuestion, ctx, 11)],
          input: (c, ctx) => textInput(ctx, "mainQuestion", c.skip),
        }),
      ),
      gg3_anders: {
        meta: step({
          phase: "gg3",
          say: (c) => [c.gg3.askOther],
          input: (c, ctx) => textInput(ctx, "otherTopics", c.skip),
        }),
        on: {
          answer: [
            {
              guard: "socialLow",
              target: "gg3_welzijn",
              actions: [remember("gg3_anders"), setText("otherTopics")],
            },
            { target: "gg3_zz", actions: [remember("gg3_anders"), setText("otherTopics")] },
          ],
          skip: [
            {
              guard: "socialLow",
              target: "gg3_welzijn",
              actions: [remember("gg3_anders"), clearText("otherTopics")],
            },
            { target: "gg3_zz", actions: [remember("gg3_anders"), clearText("otherTopics")] },
          ],
        },
      },
      // Seed 003: when taking part or meaning is low, or loneliness is named, help in the
      // neighbourhood (welzijn op recept, sociaal werk) is offered; the person may decline.
      gg3_welzijn: yesNoQuestion(
        "gg3_welzijn",
        "setSocialHelp",
        "gg3_zz",
        step({
          phase: "gg3",
          say: (c, ctx) => c.gg3.offerSocial(ctx.region),
          input: (c, ctx) => yesNoInput(c.gg3.socialYes, c.gg3.socialNo, ctx.socialHelp),
        }),
      ),
      gg3_zz: {
        meta: step({
          phase: "gg3",
          say: (c, ctx) => [
            ...(ctx.history.at(-1) === "gg3_welzijn" && ctx.socialHelp ? c.gg3.socialInfo(ctx.region) : []),
            c.gg3.askZz,
          ],
          input: (c, ctx) => yesNoInput(c.gg3.zzYes, c.gg3.zzNo, ctx.zz),
        }),
        on: {
          answer: [
            {
              guard: { type: "chose", params: { id: "ja" } },
              target: "gg3_klacht",
              actions: [remember("gg3_zz"), { type: "setZz", params: { zz: true } }],
            },
            {
              target: "samenvatting",
              actions: [
                remember("gg3_zz"),
                { type: "setZz", params: { zz: false } },
                clearText("complaint"),
                { type: "setThreeQuestions", params: { wanted: false } },
              ],
            },
          ],
        },
      },
      gg3_klacht: openQuestion(
        "gg3_klacht",
        "complaint",
        "gg3_drievragen",
        step({
          phase: "gg3",
          say: (c) => [c.gg3.askComplaint],
          input: (c, ctx) => textInput(ctx, "complaint", c.skip),
        }),
      ),
      gg3_drievragen: yesNoQuestion(
        "gg3_drievragen",
        "setThreeQuestions",
        "samenvatting",
        step({
          phase: "gg3",
          say: (c, ctx) => c.gg3.threeQuestions(ctx.region),
          input: (c, ctx) => yesNoInput(c.gg3.threeYes, c.gg3.threeNo, ctx.threeQuestions),
        }),
      ),
      samenvatting: {
        meta: step({
          phase: "samenvatting",
          say: (c, ctx) => {
            // Back from a change (or from choosing none): the summary is above already, never twice.
            const last = ctx.history.at(-1);
            if (last === "sam_tekst" || last === "sam_cijfer") return [c.summary.updated, c.summary.ask];
            if (last === "sam_kies") return [c.summary.ask];
            return [c.summary.intro, ...summaryLines(toSummary(ctx, c, false), ctx.locale), c.summary.ask];
          },
          input: (c) =>
            choiceInput([
              ["klaar", c.summary.done],
              ["wijzig", c.summary.change],
            ]),
        }),
        on: {
          answer: [
            {
              guard: { type: "chose", params: { id: "klaar" } },
              target: "ervaring",
              actions: [remember("samenvatting")],
            },
            { target: "sam_kies", actions: [remember("samenvatting")] },
          ],
        },
      },
      sam_kies: {
        meta: step({
          phase: "samenvatting",
          say: (c) => [c.summary.askWhich],
          input: (c, ctx) => choiceInput([...editableItems(ctx, c), ["terug", c.summary.back]]),
        }),
        on: {
          answer: [
            { guard: "choseTextField", target: "sam_tekst", actions: [remember("sam_kies"), "setEditing"] },
            { guard: "choseGradeField", target: "sam_cijfer", actions: [remember("sam_kies"), "setEditing"] },
            { target: "samenvatting", actions: [remember("sam_kies")] },
          ],
        },
      },
      sam_tekst: {
        meta: step({
          phase: "samenvatting",
          say: (c, ctx) => [c.summary.askNewText(editLabel(ctx, c))],
          input: (_, ctx) => textInput(ctx, isTextField(ctx.editing) ? ctx.editing : "correction"),
        }),
        on: { answer: { target: "samenvatting", actions: [remember("sam_tekst"), "applyEdit"] } },
      },
      sam_cijfer: {
        meta: step({
          phase: "samenvatting",
          say: (c, ctx) => [c.summary.askNewGrade(editLabel(ctx, c))],
          input: (c, ctx) =>
            scaleInput(
              isGradeField(ctx.editing) ? gradeOf(ctx, ctx.editing as GradeField) : undefined,
              c.web.low,
              c.web.high,
              c.skip,
            ),
        }),
        on: {
          answer: { target: "samenvatting", actions: [remember("sam_cijfer"), "applyEdit"] },
          skip: { target: "samenvatting", actions: [remember("sam_cijfer"), "applyEdit"] },
        },
      },
      // Seed 001's improvement cycle asks for the patient's experience: optional, after the summary.
      ervaring: {
        meta: step({
          phase: "afsluiting",
          say: (c) => [c.experience.ask],
          input: (c, ctx) =>
            choiceInput(
              experiences.map((id) => [id, c.experience.options[id]]),
              ctx.experience,
              c.skip,
            ),
        }),
        on: {
          answer: { target: "klaar", actions: [remember("ervaring"), "setExperience"] },
          skip: { target: "klaar", actions: [remember("ervaring"), assign({ experience: undefined })] },
        },
      },
      klaar: {
        type: "final",
        meta: step({
          phase: "samenvatting",
          say: (c, ctx) => [...(ctx.experience ? [c.experience.thanks] : []), ...c.finished(ctx.region)],
        }),
      },
      gestopt: { type: "final", meta: step({ phase: "welkom", say: (c) => c.welcome.stopped }) },
    },
    // Back returns to the question answered last, with that answer filled in so it can be changed.
    on: {
      back: backTo.map((id) => ({
        guard: ({ context }: { context: ReflectieContext }) => context.history.at(-1) === id,
        target: `.${id}`,
        actions: assign(({ context }: { context: ReflectieContext }) => ({
          history: context.history.slice(0, -1),
        })),
      })),
    },
  });
}

/**
 * Every state that asks something (all but the final ones): `back` can return to each of them,
 * except the last question, which only leads to the end (there is nothing to come back from).
 */
export const questionStates: readonly string[] = Object.values(build([]).root.states)
  .filter((node) => node.type !== "final" && node.key !== "ervaring")
  .map((node) => node.key);

export const reflectieMachine = build(questionStates);

export type ReflectieMachine = typeof reflectieMachine;
