// Accuracy of the topic reader over a labelled set: topic and special reaction, with the misses.
// Pure: the caller passes the reader, so the test can use a fake one.
import type { Locale } from "../locales.ts";
import type { LabelledTopic } from "./data/topic-labelled.ts";
import type { TopicReading } from "./topic.ts";

export interface TopicScore {
  size: number;
  topic: number;
  special: number;
  misses: { text: string; field: "topic" | "special"; expected: string; predicted: string }[];
}

export function topicAccuracy(
  items: readonly LabelledTopic[],
  read: (text: string, lang: Locale) => TopicReading,
): TopicScore {
  let topic = 0;
  let special = 0;
  const misses: TopicScore["misses"] = [];
  for (const item of items) {
    const got = read(item.text, item.lang);
    if (got.topic === item.topic) topic++;
    else misses.push({ text: item.text, field: "topic", expected: item.topic, predicted: got.topic });
    if (got.special === item.special) special++;
    else
      misses.push({
        text: item.text,
        field: "special",
        expected: item.special ?? "—",
        predicted: got.special ?? "—",
      });
  }
  const share = (n: number) => (items.length === 0 ? 1 : n / items.length);
  return { size: items.length, topic: share(topic), special: share(special), misses };
}
