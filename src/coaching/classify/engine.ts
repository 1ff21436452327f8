// The classifier's pipeline, the same for every language: split an utterance into sentences and clauses,
// give each clause an act with the language's rules, and combine the acts into one Classification.
import type { Locale } from "../../locales.ts";
import { foldUtterance } from "../normalize.ts";
import { en } from "./rules-en.ts";
import { nl } from "./rules-nl.ts";
import type {
  Act,
  Behaviour,
  Classification,
  ClauseResult,
  InputType,
  Lang,
  QuestionType,
  Rules,
  Stance,
} from "./types.ts";

const RULES: Record<Lang, Rules> = { nl, en };

const KEEP_PHRASE = /^(?:well done|just a (?:moment|sec|second)|ja hoor)\b/;
const GENERIC_YOU = /\b(?:als|wanneer|zodra|if|when|once|whenever) (?:je|u|ge|you)\b.*$/;

function tokenize(clause: string): string[] {
  const out: string[] = [];
  for (const raw of clause.split(/[^a-z0-9'-]+/)) {
    const t = raw.replace(/^[-']+(?!s\b|t\b)|[-']+$/g, "");
    if (t) out.push(t);
  }
  return out;
}

interface Clause {
  text: string;
  terminal: string;
  tagged: boolean;
}

function splitSentences(text: string): { body: string; terminal: string }[] {
  const out: { body: string; terminal: string }[] = [];
  const re = /[^.!?;:]+(?:[.!?;:]+|$)/g;
  for (const m of text.matchAll(re)) {
    const chunk = m[0].trim();
    if (!chunk) continue;
    const punct = /[.!?;:]+$/.exec(chunk);
    const terminal = punct ? (punct[0].includes("?") ? "?" : (punct[0].at(-1) ?? "")) : "";
    const body = (punct ? chunk.slice(0, punct.index) : chunk).trim();
    if (body) out.push({ body, terminal });
  }
  return out;
}

function stripFillers(clause: string, r: Rules): string {
  let s = clause.trim();
  for (let i = 0; i < 8; i++) {
    const phrase = r.fillerPhrases.exec(s);
    if (phrase) {
      s = s.slice(phrase[0].length).trim();
      continue;
    }
    const m = /^([a-z0-9'-]+)(,?)\s*/.exec(s);
    if (!m) break;
    const word = m[1] ?? "";
    const comma = m[2] === ",";
    const rest = s.slice(m[0].length);
    // "well done" and "just a moment" are the message, not a run-up to it.
    if (!comma && KEEP_PHRASE.test(s)) break;
    if (r.strongFillers.has(word) || (r.weakFillers.has(word) && (comma || rest === ""))) {
      s = rest.trim();
      continue;
    }
    break;
  }
  return s.replace(/^[,\s]+/, "");
}

/** Strips "dus"/"so" when a question follows, so the question itself is analysed. */
function stripSoBeforeQuestion(s: string, r: Rules): string {
  const m = /^(dus|so)\b,?\s*/.exec(s);
  if (!m) return s;
  const rest = stripFillers(s.slice(m[0].length), r);
  return questionStartsAt(rest, r) || r.indirect.test(rest) ? rest : s;
}

function questionStartsAt(text: string, r: Rules): boolean {
  const s = stripFillers(text, r);
  const tokens = tokenize(s);
  const t0 = tokens[0];
  if (!t0) return false;
  if (r.tellRequest.test(s) || r.openPhrase.test(s)) return true;
  if (r.wh.has(t0) && !r.exclamation(tokens)) {
    const t1 = tokens[1];
    return t0.includes("'") || !(t1 && r.embed.has(t1));
  }
  return r.isVerbFirst(tokens, s);
}

/** Splits a sentence into clauses where a direct question starts after a comma or, unpunctuated, mid-way. */
function splitClauses(body: string, terminal: string, r: Rules): Clause[] {
  let text = body;
  let tagged = false;
  if (terminal === "?") {
    const tag = r.tag.exec(`${text}?`);
    if (tag && tag.index > 0) {
      tagged = true;
      text = text.slice(0, tag.index).trim();
    }
  }
  const pieces: string[] = [];
  if (terminal === "?" || terminal === "") {
    const parts = text.split(/,\s*/);
    let current = parts[0] ?? "";
    for (const part of parts.slice(1)) {
      if (current.trim() && tokenize(part).length >= 2 && questionStartsAt(part, r)) {
        pieces.push(current);
        current = part;
      } else {
        current = `${current}, ${part}`;
      }
    }
    pieces.push(current);
  } else {
    pieces.push(text);
  }
  const out: Clause[] = [];
  pieces.forEach((piece, i) => {
    const last = i === pieces.length - 1;
    let rest = piece.trim();
    // Unpunctuated speech: "je bent moe wat zou je willen" holds a direct question mid-way.
    if (last && !piece.includes(",") && (terminal === "" || terminal === "?")) {
      const m = r.midWh.exec(rest);
      if (m && m.index > 0 && tokenize(rest.slice(0, m.index)).length >= 2) {
        out.push({ text: rest.slice(0, m.index).trim(), terminal: ",", tagged: false });
        rest = rest.slice(m.index).trim();
      }
    }
    out.push({ text: rest, terminal: last ? terminal : ",", tagged: last && tagged });
  });
  return out;
}

function quote(m: RegExpExecArray | null): string {
  const t = (m?.[0] ?? "").trim().replace(/\s+/g, " ");
  return t.length > 32 ? `${t.slice(0, 30)}…` : t;
}

function result(act: Act, cues: string[], explicit = false, check = false): ClauseResult {
  return { act, cues, explicit, check };
}

/** Declarative clauses: what the professional states rather than asks. */
function declarative(s: string, tokens: string[], r: Rules, lang: Lang): ClauseResult {
  const t0 = tokens[0] ?? "";
  let m = r.other.exec(s);
  if (m) return result("other", [`social or procedural '${quote(m)}'`]);
  m = r.options.exec(s);
  if (m) return result("options", [`options '${quote(m)}'`]);
  m = r.advice.exec(s);
  if (m) return result("advice", [`advice '${quote(m)}'`]);
  const t1 = tokens[1];
  if (r.imperative.has(t0) && !(t1 && r.subj.has(t1) && lang === "nl")) {
    return result("advice", [`imperative '${t0}'`]);
  }
  if (lang === "nl" && (t1 === "u" || t1 === "ge") && r.imperative.has(t0.replace(/t$/, ""))) {
    return result("advice", [`polite imperative '${t0} ${t1}'`]);
  }
  m = r.strongInfo.exec(s);
  if (m) return result("information", [`information '${quote(m)}'`]);
  m = r.explicitReflection.exec(s);
  if (m) return result("reflection", [`reflection opener '${quote(m)}'`], true);
  m = r.measureStart.exec(s);
  if (m) return result("information", [`information about '${quote(m)}'`]);
  if (r.secondPersonSubject(tokens)) return result("reflection", [`second-person statement '${t0}'`]);
  m = r.hardInfo.exec(s);
  if (m) return result("information", [`information '${quote(m)}'`]);
  m = r.empathic.exec(s);
  if (m) return result("reflection", [`empathic evaluation '${quote(m)}'`]);
  if (r.secondPersonStart.test(s)) return result("reflection", [`second-person statement '${t0}'`]);
  m = r.softInfo.exec(s);
  // "Smoking gives you some peace" mirrors the person; "smoking narrows the arteries" informs, and so does a
  // generic "you" in a condition ("muscles get stronger when you load them").
  if (m && !r.secondPersonAnywhere.test(s.replace(GENERIC_YOU, ""))) {
    return result("information", [`information about '${quote(m)}'`]);
  }
  if (r.firstPerson.test(s)) return result("other", [`own statement '${t0}'`]);
  if (r.secondPersonAnywhere.test(s)) return result("reflection", ["statement about the person"]);
  if (tokens.length >= 4) return result("reflection", ["statement about the situation"]);
  return result("other", ["short statement"]);
}

function analyseClause(clause: Clause, r: Rules, lang: Lang): ClauseResult {
  let s = stripFillers(clause.text, r);
  if (!s) return result("other", ["backchannel or filler"]);
  s = stripSoBeforeQuestion(s, r);
  const tokens = tokenize(s);
  const t0 = tokens[0] ?? "";
  const isQ = clause.terminal === "?";

  if (isQ && !clause.tagged && r.check.test(s)) return result("closed", [`check '${s}'`], false, true);

  let m = r.disguisedAdvice.exec(s);
  if (m) return result("advice", [`advice as a question '${quote(m)}'`]);

  if (r.tellRequest.test(s)) return result("open", ["tell-me request"]);
  if (r.indirect.test(s)) {
    return r.indirectClosed.test(s)
      ? result("closed", ["indirect yes/no question"])
      : result("open", ["indirect open question"]);
  }
  m = r.openPhrase.exec(s);
  if (m && !r.exclamation(tokens)) return result("open", [`open question '${quote(m)}'`]);

  if (r.wh.has(t0) && !r.exclamation(tokens)) {
    const t1 = tokens[1];
    // "wat je zegt" / "what you could do" is a clause, not a question; "what's" already carries its verb.
    const embedded = !t0.includes("'") && t1 !== undefined && r.embed.has(t1) && !isQ;
    if (!embedded) {
      if (r.quantity.test(s) && !r.degree.test(s)) {
        return result("closed", [`quantity question '${quote(r.quantity.exec(s))}'`]);
      }
      return result("open", [`open question word '${t0}'`]);
    }
  }

  if (r.isVerbFirst(tokens, s) && !r.politeImperative(tokens, clause.terminal)) {
    return result("closed", [`finite verb first '${t0}'`]);
  }

  const decl = declarative(s, tokens, r, lang);
  if (isQ || clause.tagged) {
    if (decl.act === "reflection" && decl.explicit) return decl;
    if (decl.act === "advice" || decl.act === "information" || decl.act === "options") return decl;
    return result("closed", [clause.tagged ? "tag question" : "question mark on a statement"]);
  }
  return decl;
}

const INPUT_ORDER: InputType[] = ["options", "advice", "information"];
/** Which activating cues to name as scaling in the feedback. */
const SCALING =
  /schaal|scale|cijfer|number|\d|tot (?:10|tien)|to (?:10|ten)|een (?:twee|drie|vier|vijf|zes|zeven|acht|negen)|a (?:one|two|three|four|five|six|seven|eight|nine)/;

function stanceFor(
  behaviour: Behaviour,
  question: QuestionType | null,
  text: string,
  r: Rules,
  cues: string[],
): Stance {
  if (behaviour === "input") {
    cues.push("input → expert");
    return "expert";
  }
  if (behaviour !== "reflection") {
    const shift = r.expertShift.exec(text);
    if (shift) {
      cues.push(`expert role '${quote(shift)}'`);
      return "expert";
    }
  }
  const act = r.activating.exec(text);
  if (act) {
    cues.push(SCALING.test(act[0]) ? "scaling 0-10" : `change/activation '${quote(act)}'`);
    return "activerend";
  }
  if (behaviour !== "other") {
    const time = r.futureTime.exec(text);
    if (time) {
      cues.push(`change/activation '${quote(time)}'`);
      return "activerend";
    }
  }
  if (behaviour === "reflection" || behaviour === "other") return "volgend";
  const clinical = r.clinical.exec(text);
  const experience = r.experience.exec(text);
  if (question === "open") {
    if (experience) {
      cues.push(`experience '${quote(experience)}'`);
      return "volgend";
    }
    if (clinical) {
      cues.push(`clinical checklist '${quote(clinical)}'`);
      return "expert";
    }
    return "volgend";
  }
  if (clinical) {
    cues.push(`clinical checklist '${quote(clinical)}'`);
    return "expert";
  }
  if (experience) {
    cues.push(`experience '${quote(experience)}'`);
    return "volgend";
  }
  cues.push("closed factual question → expert");
  return "expert";
}

export function classify(utterance: string, lang: Locale): Classification {
  const r = RULES[lang];
  const text = foldUtterance(utterance);
  const clauses: Clause[] = [];
  for (const { body, terminal } of splitSentences(text)) clauses.push(...splitClauses(body, terminal, r));
  const results = clauses.map((c) => analyseClause(c, r, lang));

  // A check question leans on the clause before it: it turns a bare statement into a closed question.
  const acts: ClauseResult[] = [];
  for (const res of results) {
    const prev = acts.at(-1);
    if (res.check && prev && prev.act !== "other") {
      if (prev.act === "reflection" && !prev.explicit) {
        acts[acts.length - 1] = result("closed", [...prev.cues, "followed by a check question"]);
      }
      continue;
    }
    acts.push(res);
  }
  const substantive = acts.filter((a) => a.act !== "other");
  const cues: string[] = [];
  let behaviour: Behaviour = "other";
  let question: QuestionType | null = null;
  let input: InputType | null = null;

  const inputs = substantive.filter(
    (a) => a.act === "advice" || a.act === "information" || a.act === "options",
  );
  if (inputs.length > 0) {
    behaviour = "input";
    input = INPUT_ORDER.find((t) => inputs.some((a) => a.act === t)) ?? "information";
    for (const a of inputs) cues.push(...a.cues);
    if (substantive.length > inputs.length) cues.push("multi-sentence: input anywhere wins");
  } else if (substantive.length > 0) {
    const last = substantive.at(-1);
    if (last?.act === "reflection") {
      behaviour = "reflection";
      cues.push(...last.cues);
    } else {
      behaviour = "question";
      const questions = substantive.filter((a) => a.act === "open" || a.act === "closed");
      question = questions.some((a) => a.act === "open") ? "open" : "closed";
      for (const a of questions) cues.push(...a.cues);
    }
    if (substantive.length > 1) cues.push("multi-sentence: last act decides");
  } else {
    for (const a of acts) cues.push(...a.cues);
    if (cues.length === 0) cues.push("empty utterance");
  }
  const stance = stanceFor(behaviour, question, text, r, cues);
  return { behaviour, question, input, stance, cues: [...new Set(cues)] };
}
