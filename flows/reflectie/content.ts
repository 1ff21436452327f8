// The shape of the reflection flow's copy: every sentence the coach says lives in content.nl.ts and
// content.en.ts; the machine only holds keys and logic. Arrays are wording variants.
import type { Reflection } from "../../src/coaching/reflect.ts";
import type { Region } from "../../src/locales.ts";
import type { Dimension } from "../../src/summary/dimensions.ts";
import type { Experience, Moment } from "./context.ts";

/** An answer as the coach may repeat it: its reflection (never a quote of the raw answer). */
export interface Heard {
  reflection: Reflection;
}

/** The theme chosen in phase 2: a part of the spinnenweb by name, or an answer of the person's. */
export type ThemeHeard = { kind: "name"; name: string } | { kind: "more" | "own"; heard: Reflection };

export interface ReflectieContent {
  skip: string;
  yes: string;
  /** How the person's practice is named, which differs between the Netherlands and Flanders. */
  careTeam: Record<Region, string>;
  welcome: {
    greeting: string;
    askLanguage: string;
    askRegion: string;
    regions: Record<Region, string>;
    explain: (region: Region) => string[];
    agree: string;
    decline: string;
    stopped: string[];
  };
  gg1: {
    intro: string[];
    askHappy: string[];
    heardHappy: (heard: Reflection) => string;
    askMore: string[];
    heardMore: (heard: Reflection) => string;
    askHealth: string[];
    askGrade: string;
    gradeLow: string;
    gradeHigh: string;
  };
  web: {
    /** Said above the one step with all six scales. */
    intro: string[];
    dimensions: Record<Dimension, { name: string; about: string }>;
    low: string;
    high: string;
    /** Each scale's tick box. */
    markLabel: string;
  };
  doelzoeker: {
    intro: string[];
    again: string;
    /**
     * Per moment, `question` is the Doelzoeker's own three questions (what matters in your life, what
     * you like doing, what gives your life quality) framed for that moment, always asked as such;
     * `beside` are other ways in, one said after them (chosen per conversation), never instead.
     */
    moments: Record<Moment, { label: string; question: string; beside: string[] }>;
    enough: string;
    skipAll: string;
  };
  review: {
    intro: string[];
    /** Reflections of what the person said, in their perspective. */
    heard: {
      happy: (heard: Heard) => string;
      more: (heard: Heard) => string;
      health: (heard: Heard) => string;
      grade: (grade: number) => string;
      moment: Record<Moment, (heard: Heard) => string>;
      grades: (list: string) => string;
      talk: (list: string) => string;
      addition: (heard: Heard) => string;
    };
    ask: string;
    /** After an addition only the addition is confirmed, not the whole review again. */
    added: string;
    right: string;
    change: string;
    askChange: string;
    nothingYet: string;
  };
  shift2: { say: (region: Region) => string[]; yes: string; notNow: string };
  gg2: {
    askTheme: string[];
    /** The button for "what I would like more of"; undefined lets the machine use `themeMoreFallback`. */
    themeMore: (heard: Reflection) => string | undefined;
    themeMoreFallback: string;
    themeOwn: string;
    notNow: string;
    askOwnTheme: string;
    heardTheme: (theme: ThemeHeard) => string;
    askWish: string;
    askImportance: string;
    importanceLow: string;
    importanceHigh: string;
    whyImportance: (grade: number) => string;
    askConfidence: string;
    confidenceLow: string;
    confidenceHigh: string;
    whyConfidence: (grade: number) => string;
    askStep: string[];
    stepNotYet: string;
    /** The first step said back, or undefined when it is better not repeated. */
    heardStep: (heard: Reflection) => string | undefined;
    askWhen: string;
    askWho: string;
    notNowHeard: string;
  };
  shift3: { say: (region: Region) => string[]; yes: string; no: string };
  gg3: {
    askHelp: (region: Region) => string;
    askMainQuestion: string[];
    askOther: string;
    /** Offered when Meedoen or Zingeving is low or loneliness was named; the person may decline. */
    offerSocial: (region: Region) => string[];
    socialYes: string;
    socialNo: string;
    /** Where to find that help, said before the next question when the person said yes. */
    socialInfo: (region: Region) => string[];
    askZz: string;
    zzYes: string;
    zzNo: string;
    askComplaint: string;
    threeQuestions: (region: Region) => string[];
    threeYes: string;
    threeNo: string;
  };
  summary: {
    intro: string;
    ask: string;
    done: string;
    change: string;
    askWhich: string;
    /** After a change only the changed item is shown; the summary itself stays above in the chat. */
    updated: string;
    back: string;
    askNewText: (label: string) => string;
    askNewGrade: (label: string) => string;
  };
  /** Seed 001's improvement cycle: how the conversation was for the person, optional, after the summary. */
  experience: { ask: string; options: Record<Experience, string>; thanks: string };
  finished: (region: Region) => string[];
}
