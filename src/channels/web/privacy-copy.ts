// The words of the privacy page, Dutch first: who is responsible, what is kept and how long, the
// person's rights and where to complain. Names and contact come from settings; unset is said plainly.
import type { Locale } from "../../locales.ts";

export interface PrivacySettings {
  /** PRIVACY_CONTROLLER_NAME: the organisation responsible for the data (verwerkingsverantwoordelijke). */
  controllerName?: string | undefined;
  /** PRIVACY_CONTACT: how to reach it about privacy (an e-mail address, phone number or postal address). */
  contact?: string | undefined;
}

export interface PrivacyFacts {
  retentionDays: number;
  idleDays: number;
}

interface Section {
  heading: string;
  paragraphs: string[];
  list?: string[];
}

export interface PrivacyCopy {
  title: string;
  sections: (settings: PrivacySettings, facts: PrivacyFacts) => Section[];
}

export const privacyCopy: Record<Locale, PrivacyCopy> = {
  nl: {
    title: "Privacy",
    sections: ({ controllerName, contact }, { retentionDays, idleDays }) => [
      {
        heading: "Wie is verantwoordelijk",
        paragraphs: [
          controllerName
            ? `${controllerName} is verantwoordelijk voor wat je hier invult.`
            : "De organisatie die deze coach aanbiedt, heeft haar naam hier nog niet ingevuld. Vraag je praktijk wie verantwoordelijk is voor wat je invult.",
          contact
            ? `Vragen over je gegevens? Neem contact op via ${contact}.`
            : "Er is hier nog geen contactadres voor privacyvragen ingevuld. Je praktijk kan je verder helpen.",
        ],
      },
      {
        heading: "Wat we bewaren",
        paragraphs: [
          "Alleen wat je in het gesprek antwoordt, zonder je naam. Je gesprek is alleen te openen met de sleutel in je browser of met je hervatcode.",
          "Je antwoorden komen nooit in onze logbestanden. Je samenvatting gaat alleen naar je zorgverlener als jij hem deelt.",
        ],
      },
      {
        heading: "Hoe lang",
        paragraphs: [
          `Een afgerond gesprek wissen we vanzelf na ${retentionDays} dagen. Een gesprek dat je niet afmaakt, wissen we ${idleDays} dagen na je laatste antwoord. Zeg je aan het begin nee, dan wissen we het meteen.`,
        ],
      },
      {
        heading: "Je rechten",
        paragraphs: ["Het gaat om jouw gegevens. Je mag:"],
        list: [
          "inzien wat we bewaren: op je samenvatting download je alles;",
          "iets laten verbeteren: pas het aan in het gesprek of op je samenvatting;",
          "alles laten wissen: met de knop op je samenvatting, meteen en definitief;",
          "je gegevens meenemen: de download is een bestand dat andere programma's kunnen lezen, en de PDF kun je zelf bewaren of delen;",
          "bezwaar maken tegen wat we met je gegevens doen: bij de verantwoordelijke organisatie hierboven.",
        ],
      },
      {
        heading: "Een klacht",
        paragraphs: [
          "Ben je het niet eens met hoe we met je gegevens omgaan? Zeg het eerst tegen de verantwoordelijke organisatie. Je mag ook een klacht indienen bij de toezichthouder:",
        ],
        list: [
          "in Nederland bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl);",
          "in België bij de Gegevensbeschermingsautoriteit (gegevensbeschermingsautoriteit.be).",
        ],
      },
    ],
  },
  en: {
    title: "Privacy",
    sections: ({ controllerName, contact }, { retentionDays, idleDays }) => [
      {
        heading: "Who is responsible",
        paragraphs: [
          controllerName
            ? `${controllerName} is responsible for what you enter here.`
            : "The organisation offering this coach has not filled in its name here yet. Ask your practice who is responsible for what you enter.",
          contact
            ? `Questions about your data? Contact ${contact}.`
            : "No contact address for privacy questions has been filled in here yet. Your practice can help you further.",
        ],
      },
      {
        heading: "What we keep",
        paragraphs: [
          "Only what you answer in the conversation, without your name. Your conversation can only be opened with the key in your browser or with your resume code.",
          "Your answers never go into our log files. Your summary only goes to your care provider if you share it.",
        ],
      },
      {
        heading: "How long",
        paragraphs: [
          `A finished conversation is erased by itself after ${retentionDays} days. One you do not finish is erased ${idleDays} days after your last answer. If you say no at the start, it is erased at once.`,
        ],
      },
      {
        heading: "Your rights",
        paragraphs: ["It is your data. You may:"],
        list: [
          "see what we keep: on your summary you download all of it;",
          "have something corrected: change it in the conversation or on your summary;",
          "have everything erased: with the button on your summary, at once and for good;",
          "take your data with you: the download is a file other programs can read, and you can keep or share the PDF yourself;",
          "object to what is done with your data: with the responsible organisation above.",
        ],
      },
      {
        heading: "A complaint",
        paragraphs: [
          "Do you disagree with how your data is handled? Tell the responsible organisation first. You may also complain to the supervisory authority:",
        ],
        list: [
          "in the Netherlands, the Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl);",
          "in Belgium, the Gegevensbeschermingsautoriteit (gegevensbeschermingsautoriteit.be).",
        ],
      },
    ],
  },
};
