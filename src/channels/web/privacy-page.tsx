/** @jsxImportSource hono/jsx */
// The privacy page: who is responsible and how to reach them, what is kept and how long, the
// person's rights and where to complain (privacy-copy.ts).
import type { FC } from "hono/jsx";
import { PracticePrivacy } from "../../practice/web/privacy-section.tsx";
import type { PageCopy } from "./copy.ts";
import { Layout } from "./layout.tsx";
import { type PrivacyFacts, type PrivacySettings, privacyCopy } from "./privacy-copy.ts";

export const PrivacyPage: FC<{ copy: PageCopy; settings: PrivacySettings; facts: PrivacyFacts }> = ({
  copy,
  settings,
  facts,
}) => {
  const p = privacyCopy[copy.lang];
  return (
    <Layout copy={copy} title={p.title} languageLink>
      <h1>{p.title}</h1>
      {p.sections(settings, facts).map((section) => (
        <section>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((text) => (
            <p>{text}</p>
          ))}
          {section.list ? (
            <ul>
              {section.list.map((item) => (
                <li>{item}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      <PracticePrivacy lang={copy.lang} />
    </Layout>
  );
};
