/** @jsxImportSource hono/jsx */
// What a practice can see, on the privacy page (issue 20, item 8): one section in its own file so the
// privacy page needs only one line for it.
import type { FC } from "hono/jsx";
import type { Locale } from "../../locales.ts";

const words: Record<Locale, { title: string; paragraphs: string[] }> = {
  nl: {
    title: "Wat je huisartsenpraktijk kan zien",
    paragraphs: [
      "Kwam je via een link van je praktijk? Dan weten we bij welke praktijk je gesprek hoort. De praktijk ziet daardoor nog niets.",
      'De praktijk ziet je overzicht pas als jij kiest voor "Deel met mijn praktijk", of als jij een deelcode aan de balie geeft. Ze zien het overzicht, nooit het gesprek zelf. Ze zien het zo lang als jij kiest, tenzij je het eerder intrekt.',
      "Medewerkers melden zich aan met een passkey; wachtwoorden bewaren we niet. Elke keer dat iemand van de praktijk je overzicht opent, schrijven we op wie en wanneer. Dat zie je terug in je download.",
      "Wis je je gesprek, dan verdwijnt ook wat je hebt gedeeld.",
    ],
  },
  en: {
    title: "What your GP practice can see",
    paragraphs: [
      "Did you come through your practice's link? Then we know which practice your conversation belongs to. That alone shows the practice nothing.",
      'The practice only sees your summary when you choose "Share with my practice", or when you give a share code at the desk. They see the summary, never the conversation itself, for as long as you choose, unless you take it back sooner.',
      "Staff sign in with a passkey; we keep no passwords. Each time someone at the practice opens your summary, we note who and when. You find that in your download.",
      "If you erase your conversation, what you shared goes too.",
    ],
  },
};

export const PracticePrivacy: FC<{ lang: Locale }> = ({ lang }) => (
  <section aria-labelledby="practice-privacy">
    <h2 id="practice-privacy">{words[lang].title}</h2>
    {words[lang].paragraphs.map((p) => (
      <p>{p}</p>
    ))}
  </section>
);
