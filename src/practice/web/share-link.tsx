/** @jsxImportSource hono/jsx */
// "Deel met mijn praktijk" on the summary page: one link to the sharing page, in its own file so the
// summary page needs only this one line.
import type { FC } from "hono/jsx";
import type { Locale } from "../../locales.ts";
import { shareCopy } from "./share-copy.ts";

export const ShareLink: FC<{ lang: Locale }> = ({ lang }) => (
  <a class="button" href="/samenvatting/delen">
    {shareCopy[lang].link}
  </a>
);
