// The shape of the reflection flow's copy: every sentence the coach says lives in content.nl.ts and
// content.en.ts; the machine only holds keys and logic. Arrays are wording variants.
import type { Reflection } from "../../src/coaching/reflect.ts";
import type { Region } from "../../src/locales.ts";
import type { Dimension } from "../../src/summary/dimensions.ts";
import type { Moment } from "./context.ts";

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
    intro: string[];
    start: string;
    dimensions: Record<Dimension, { name: string; about: string }>;
    askGrade: (name: string, about: string) => string;
    low: string;
    high: string;
    askTalk: string;
  };
  doelzoeker: {
    intro: string[];
    again: string;
    moments: Record<Moment, { label: string; question: string[] }>;
    enough: string;
    skipAll: string;
  };
  review: {
    intro: string[];
    /** Reflections of what the person said, in their own words. */
    heard: {
      happy: (words: string) => string;
      more: (words: string) => string;
      health: (words: string) => string;
      grade: (grade: number) => string;
      moment: Record<Moment, (words: string) => string>;
      grades: (list: string) => string;
      talk: (list: string) => string;
      addition: (words: string) => string;
    };
    ask: string;
    right: string;
    change: string;
    askChange: string;
    nothingYet: string;
  };
  shift2: { say: (region: Region) => string[]; yes: string; notNow: string };
  gg2: {
    askTheme: string[];
    themeMore: (words: string) => string;
    themeOwn: string;
    notNow: string;
    askOwnTheme: string;
    askWish: (theme: string) => string;
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
    askWhen: (step: string) => string;
    askWho: string;
    notNowHeard: string;
  };
  shift3: { say: (region: Region) => string[]; yes: string; no: string };
  gg3: {
    askHelp: (region: Region) => string;
    askMainQuestion: string[];
    askOther: string;
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
    back: string;
    askNewText: (label: string) => string;
    askNewGrade: (label: string) => string;
  };
  finished: (region: Region) => string[];
}
