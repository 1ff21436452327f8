/** @jsxImportSource hono/jsx */
// The patient's sharing page (/samenvatting/delen): what is shared, with whom and until when, the
// consent button, the shares that count now with a way to take each back, and the one-time code.
import type { FC } from "hono/jsx";
import type { PageCopy } from "../../channels/web/copy.ts";
import { Layout } from "../../channels/web/layout.tsx";
import { formatShareCode } from "../share-code.ts";
import { DEFAULT_SHARE_DAYS, readableDay, shareDayChoices } from "../sharing.ts";
import type { ShareCopy } from "./share-copy.ts";

export interface ShareLine {
  id: string;
  /** The practice that sees it; null while a code waits to be redeemed. */
  practiceName: string | null;
  until: number;
}

export const SharePage: FC<{
  copy: PageCopy;
  words: ShareCopy;
  practiceName: string | undefined;
  lines: ShareLine[];
  shownCode?: { code: string; until: number } | undefined;
  notice?: string | undefined;
}> = ({ copy, words, practiceName, lines, shownCode, notice }) => (
  <Layout copy={copy} title={words.title}>
    <h1>{words.title}</h1>
    {notice ? (
      <p class="note" role="status">
        {notice}
      </p>
    ) : null}
    <p>{words.what}</p>
    {lines.length === 0 ? <p>{words.notShared}</p> : null}
    {lines.length > 0 ? (
      <ul class="shares">
        {lines.map((line) => (
          <li>
            {line.practiceName === null
              ? words.codeWaiting(readableDay(line.until, copy.lang))
              : words.sharedWith(line.practiceName, readableDay(line.until, copy.lang))}{" "}
            <form method="post" action="/samenvatting/delen/intrekken" class="inline">
              <input type="hidden" name="share" value={line.id} />
              <button type="submit">{words.withdraw}</button>
            </form>
          </li>
        ))}
      </ul>
    ) : null}
    {practiceName ? (
      <form method="post" action="/samenvatting/delen" class="share">
        <p>{words.withWhom(practiceName)}</p>
        <fieldset>
          <legend>{words.untilLabel}</legend>
          {shareDayChoices.map((days) => (
            <p class="check-option">
              <input
                type="radio"
                id={`days-${days}`}
                name="days"
                value={String(days)}
                checked={days === DEFAULT_SHARE_DAYS}
              />
              <label for={`days-${days}`}>{words.days(days)}</label>
            </p>
          ))}
          <p class="hint">{words.untilHint}</p>
        </fieldset>
        <button type="submit" class="primary">
          {words.share(practiceName)}
        </button>
      </form>
    ) : null}
    {/* A code is for a patient without a practice link; one already made is shown either way. */}
    {!practiceName || shownCode ? (
      <section aria-labelledby="code-title">
        <h2 id="code-title">{words.codeTitle}</h2>
        {shownCode ? (
          <>
            <p>{words.codeShown(readableDay(shownCode.until, copy.lang))}</p>
            <p class="code">{formatShareCode(shownCode.code)}</p>
            <p class="hint">{words.codeOnce}</p>
          </>
        ) : (
          <>
            <p>{words.codeText}</p>
            <form method="post" action="/samenvatting/delen/code">
              <button type="submit">{words.codeButton}</button>
            </form>
          </>
        )}
      </section>
    ) : null}
    <p>
      <a class="button" href="/samenvatting">
        {words.back}
      </a>
    </p>
  </Layout>
);
