// What the patient sees when coaching stops for safety, and the direct question asked on a "check" or an
// "acute_check".
// Every number comes from numbers.ts; texts are short, plain sentences (B1), Dutch first.

import type { Locale, Region } from "../locales.ts";
import { HELP_NUMBERS, type HelpLine, type RegionHelp } from "./numbers.ts";
import type { ScreenCategory } from "./types.ts";

export interface HelpText {
  title: string;
  lines: string[];
}

type Topic = "suicide" | "self_harm" | "violence" | "acute";

function topicFor(level: "crisis" | "acute", category: ScreenCategory | null): Topic {
  if (level === "acute" || category === "acute_medical") return "acute";
  if (category === "violence") return "violence";
  if (category === "self_harm") return "self_harm";
  // suicide, despair, or unknown: the suicide text, which also covers "hurt or taken something".
  return "suicide";
}

/** The number(s) of a line, "113 of 0800-0113" style. */
function dial(line: HelpLine, locale: Locale): string {
  const or = locale === "nl" ? "of" : "or";
  const phone = line.phone ?? "";
  return line.altPhone === undefined ? phone : `${phone} ${or} ${line.altPhone}`;
}

/** "Bel de Zelfmoordlijn op 1813." or, when the name is the number, just "Bel 113 of 0800-0113." */
function callLine(line: HelpLine, locale: Locale, article: { nl: string; en: string }): string {
  const nl = locale === "nl";
  if (line.phone !== null && line.name.includes(line.phone))
    return `${nl ? "Bel" : "Call"} ${dial(line, locale)}.`;
  const name = [nl ? article.nl : article.en, line.name].filter((part) => part !== "").join(" ");
  return nl ? `Bel ${name} op ${dial(line, locale)}.` : `Call ${name} on ${dial(line, locale)}.`;
}

/** "Dat is gratis en kan dag en nacht." from the table's facts; says nothing it does not know. */
function terms(line: HelpLine, locale: Locale): string {
  const nl = locale === "nl";
  const when =
    line.hours === "always"
      ? nl
        ? "kan dag en nacht"
        : "open day and night"
      : line.hours === "weekdays"
        ? nl
          ? "kan op werkdagen"
          : "open on weekdays"
        : nl
          ? "is er 's avonds, 's nachts en in het weekend"
          : "there in the evening, at night and at weekends";
  const sentence = nl
    ? `Dat ${line.free === true ? "is gratis en " : ""}${when}.`
    : `It is ${line.free === true ? "free and " : ""}${when}.`;
  if (!line.anonymous) return sentence;
  return `${sentence} ${nl ? "Je hoeft je naam niet te zeggen." : "You do not have to give your name."}`;
}

function notReadLive(locale: Locale): string {
  return locale === "nl"
    ? "Deze chat wordt niet live gelezen. Het is geen hulpdienst voor noodgevallen. Daarom stopt het gesprek hier."
    : "Nobody reads this chat live. It is not an emergency or crisis service. That is why the conversation stops here.";
}

/** Where to find a GP now: the own GP by day, the out-of-hours service otherwise. */
function gpLines(help: RegionHelp, locale: Locale, opener: string): string[] {
  const gp = help.outOfHoursGp;
  const nl = locale === "nl";
  const after =
    gp.phone === null
      ? nl
        ? `'s Avonds, 's nachts en in het weekend bel je de ${gp.name}. Het nummer staat op de website van je huisartsenpraktijk en op hun antwoordapparaat.`
        : `In the evening, at night and at weekends, call the ${gp.name} (the out-of-hours GP service). You find the number on your GP practice's website and on their answerphone.`
      : nl
        ? `'s Avonds, 's nachts en in het weekend bel je ${gp.phone} voor de ${gp.name}.`
        : `In the evening, at night and at weekends, call ${gp.phone} for the ${gp.name} (the GP on duty).`;
  return [opener, after];
}

function emergencyLine(help: RegionHelp, locale: Locale, question: string, withPolice: boolean): string {
  const nl = locale === "nl";
  const police =
    !withPolice || help.police?.phone === undefined || help.police.phone === null
      ? ""
      : nl
        ? ` De politie bereik je ook via ${help.police.phone}.`
        : ` You can also reach the police on ${help.police.phone}.`;
  return `${question} ${nl ? "Bel dan meteen" : "Call"} ${help.emergency.phone}${nl ? "." : " now."}${police}`;
}

function suicideText(help: RegionHelp, locale: Locale, selfHarm: boolean): HelpText {
  const nl = locale === "nl";
  const line = help.suicide;
  const chat =
    line.web === undefined
      ? []
      : line.chatHoursVary === true
        ? [
            nl
              ? `Chatten kan via ${line.web}. De chat is niet altijd open: kijk op de website wanneer je terechtkunt.`
              : `You can also chat via ${line.web}. The chat is not always open: check the website for its hours.`,
          ]
        : [nl ? `Liever chatten? Dat kan op ${line.web}.` : `Prefer to chat? Go to ${line.web}.`];
  const who = nl
    ? selfHarm
      ? "Wil je jezelf pijn doen, of denk je aan zelfdoding?"
      : "Denk je aan zelfdoding?"
    : selfHarm
      ? "Do you want to hurt yourself, or are you thinking about suicide?"
      : "Are you thinking about suicide?";
  return {
    title: nl ? "Je hoeft dit niet alleen te dragen" : "You do not have to carry this alone",
    lines: [
      nl ? "Dank je dat je dit vertelt. Dat is moedig." : "Thank you for telling me. That takes courage.",
      notReadLive(locale),
      emergencyLine(
        help,
        locale,
        nl
          ? "Is je leven nu in gevaar, of heb je iets ingenomen of jezelf verwond?"
          : "Is your life in danger right now, or have you taken something or hurt yourself?",
        false,
      ),
      `${who} ${callLine(line, locale, { nl: "de", en: "the" })} ${terms(line, locale)}`,
      ...chat,
      ...gpLines(
        help,
        locale,
        nl
          ? "Je kunt ook overdag je eigen huisarts bellen."
          : "You can also call your own GP during the day.",
      ),
      nl
        ? "Vertel ook iemand die je vertrouwt hoe het met je gaat."
        : "Please also tell someone you trust how you are doing.",
    ],
  };
}

function violenceText(help: RegionHelp, locale: Locale): HelpText {
  const nl = locale === "nl";
  const line = help.violence;
  const web = line.web === undefined ? "" : nl ? ` Kijk ook op ${line.web}.` : ` See also ${line.web}.`;
  return {
    title: nl ? "Je veiligheid gaat voor" : "Your safety comes first",
    lines: [
      nl
        ? "Wat je vertelt, is ernstig. Goed dat je het zegt."
        : "What you describe is serious. It is good that you said it.",
      notReadLive(locale),
      emergencyLine(help, locale, nl ? "Ben je nu in gevaar?" : "Are you in danger right now?", true),
      `${
        nl
          ? "Voel je je thuis niet veilig, of maak je je zorgen om een kind?"
          : "Do you feel unsafe at home, or are you worried about a child?"
      } ${callLine(line, locale, { nl: "", en: "" })} ${terms(line, locale)}${web}`,
      ...gpLines(
        help,
        locale,
        nl
          ? "Ben je gewond? Bel overdag je eigen huisarts."
          : "Are you hurt? During the day, call your own GP.",
      ),
    ],
  };
}

function acuteText(help: RegionHelp, locale: Locale): HelpText {
  const nl = locale === "nl";
  const signs = nl
    ? [
        "pijn of druk op de borst",
        "heel erg benauwd zijn of geen lucht krijgen",
        "een scheef gezicht, onduidelijk praten, of een arm of been dat ineens niet goed werkt",
        "bloed dat niet stopt",
        "iemand die flauwvalt of niet reageert",
        "een kind dat heel ziek, slap of suf is",
      ]
    : [
        "pain or pressure on the chest",
        "very short of breath, or no air",
        "a drooping face, unclear speech, or an arm or leg that suddenly does not work",
        "bleeding that does not stop",
        "someone who faints or does not respond",
        "a child who is very ill, floppy or drowsy",
      ];
  return {
    title: nl ? "Dit kan een noodgeval zijn" : "This may be an emergency",
    lines: [
      notReadLive(locale),
      nl
        ? `Bel nu meteen ${help.emergency.phone} bij een van deze dingen:`
        : `Call ${help.emergency.phone} now for any of these:`,
      ...signs.map((sign) => `• ${sign}`),
      ...gpLines(
        help,
        locale,
        nl
          ? "Is het niet levensgevaarlijk, maar kan het niet wachten? Bel overdag je eigen huisarts."
          : "Not life-threatening, but it cannot wait? During the day, call your own GP.",
      ),
      nl ? "Twijfel je? Bel dan liever een keer te veel." : "In doubt? Better to call once too often.",
    ],
  };
}

/** The help shown when coaching stops, for the region's services and the reader's language. */
export function helpFor(
  level: "crisis" | "acute",
  category: ScreenCategory | null,
  region: Region,
  locale: Locale,
  outOfHours?: string,
): HelpText {
  const regionHelp = HELP_NUMBERS[region];
  // A practice's own out-of-hours number replaces "the number is on your practice's website".
  const help =
    outOfHours === undefined
      ? regionHelp
      : { ...regionHelp, outOfHoursGp: { ...regionHelp.outOfHoursGp, phone: outOfHours } };
  switch (topicFor(level, category)) {
    case "acute":
      return acuteText(help, locale);
    case "violence":
      return violenceText(help, locale);
    case "self_harm":
      return suicideText(help, locale, true);
    case "suicide":
      return suicideText(help, locale, false);
  }
}

export interface CheckQuestion {
  /** Said before the question: for an acute sign, the emergency number, so nobody has to answer first. */
  before?: string;
  question: string;
  /** The answer that means "yes, this is so": coaching stops and the help for the category is shown. */
  yes: string;
  no: string;
  /** Said after "no", before the open question is asked again. */
  resume: string;
}

const RESUME = {
  nl: "Dank je voor je antwoord. Dan stel ik mijn vraag nog een keer.",
  en: "Thank you for answering. Let me ask my question once more.",
} as const;

/**
 * The direct question for an acute medical sign that may not be happening now ("acute_check"). The
 * emergency number comes first: someone in trouble should not have to answer a chat to be told to call.
 */
export function acuteCheckQuestion(region: Region, locale: Locale): CheckQuestion {
  const phone = HELP_NUMBERS[region].emergency.phone;
  return locale === "nl"
    ? {
        before: `Wat je noemt, kan ernstig zijn als het nu gebeurt. Gebeurt het nu en is het erg? Bel dan meteen ${phone}. Deze chat wordt niet live gelezen.`,
        question: "Daarom vraag ik het je rechtstreeks: gebeurt dit nu, op dit moment?",
        yes: "Ja, het gebeurt nu",
        no: "Nee, nu niet",
        resume: RESUME.nl,
      }
    : {
        before: `What you mention can be serious if it is happening now. Is it happening now, and is it bad? Then call ${phone} straight away. Nobody reads this chat live.`,
        question: "So let me ask you directly: is this happening right now?",
        yes: "Yes, it is happening now",
        no: "No, not now",
        resume: RESUME.en,
      };
}

/**
 * The direct question for an ambiguous signal ("check"), fitted to what was heard. A hint of violence
 * asks about fear of someone and harm by someone, not about ending one's life; a hint of self-harm asks
 * about both. Suicide, despair and anything else get checkQuestion(). The question is put without a
 * negation, so "yes" always means the same: the person is not safe.
 */
export function checkQuestionFor(category: ScreenCategory | null, locale: Locale): CheckQuestion {
  const nl = locale === "nl";
  if (category === "violence") {
    return nl
      ? {
          question:
            "Dank je dat je dit met me deelt. Ik wil je iets rechtstreeks vragen, omdat het belangrijk is: ben je bang voor iemand, of doet of dreigt iemand jou of je kinderen pijn te doen?",
          yes: "Ja, dat klopt",
          no: "Nee, dat niet",
          resume: RESUME.nl,
        }
      : {
          question:
            "Thank you for sharing this with me. I would like to ask you something directly, because it matters: are you afraid of someone, or is someone hurting or threatening you or your children?",
          yes: "Yes, that is right",
          no: "No, that is not it",
          resume: RESUME.en,
        };
  }
  if (category === "self_harm") {
    return nl
      ? {
          question:
            "Dank je dat je dit met me deelt. Ik wil je iets rechtstreeks vragen, omdat het belangrijk is: doe je jezelf pijn, of denk je erover om een einde aan je leven te maken?",
          yes: "Ja, dat klopt",
          no: "Nee, dat niet",
          resume: RESUME.nl,
        }
      : {
          question:
            "Thank you for sharing this with me. I would like to ask you something directly, because it matters: do you hurt yourself, or are you thinking about ending your life?",
          yes: "Yes, that is right",
          no: "No, that is not it",
          resume: RESUME.en,
        };
  }
  return checkQuestion(locale);
}

/** The direct, kind question for an ambiguous signal ("check"): asking does not put the idea in anyone's head. */
export function checkQuestion(locale: Locale): CheckQuestion {
  return locale === "nl"
    ? {
        question:
          "Dank je dat je dit met me deelt. Ik wil je iets rechtstreeks vragen, omdat het belangrijk is: denk je erover om een einde aan je leven te maken?",
        yes: "Ja, daar denk ik aan",
        no: "Nee, dat niet",
        resume: RESUME.nl,
      }
    : {
        question:
          "Thank you for sharing this with me. I would like to ask you something directly, because it matters: are you thinking about ending your life?",
        yes: "Yes, I am",
        no: "No, I am not",
        resume: RESUME.en,
      };
}
