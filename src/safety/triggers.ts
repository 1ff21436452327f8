// Finds which rules can possibly match a text from its words alone, in one pass over the tokens.
// Running ~50 large regexes on every answer is the screener's main cost; most answers need only a few.

interface Node {
  next: Map<string, Node>;
  /** Rules whose key ends here as a token beginning. */
  prefix: number[];
  /** Rules whose key ends here as a whole token. */
  exact: number[];
}

export interface TriggerIndex {
  root: Node;
  size: number;
}

const node = (): Node => ({ next: new Map(), prefix: [], exact: [] });

/** Builds the word index for a list of rules' keys (see Rule.keys). */
export function buildTriggerIndex(keyLists: readonly (readonly string[])[]): TriggerIndex {
  const root = node();
  keyLists.forEach((keys, rule) => {
    for (const key of keys) {
      const exact = key.startsWith("=");
      const word = exact ? key.slice(1) : key;
      let at = root;
      for (const ch of word) {
        let child = at.next.get(ch);
        if (child === undefined) {
          child = node();
          at.next.set(ch, child);
        }
        at = child;
      }
      (exact ? at.exact : at.prefix).push(rule);
    }
  });
  return { root, size: keyLists.length };
}

/** Marks, for normalized text, which rules have at least one key among its tokens. */
export function triggeredRules(index: TriggerIndex, normalized: string): Uint8Array {
  const hit = new Uint8Array(index.size);
  const { root } = index;
  let at: Node | undefined = root;
  // Walk the trie along each token; a space starts the next token from the root.
  for (let i = 0; i <= normalized.length; i++) {
    const ch = i < normalized.length ? normalized[i] : " ";
    if (ch === " ") {
      if (at !== undefined && at !== root) for (const r of at.exact) hit[r] = 1;
      at = root;
      continue;
    }
    if (at === undefined) continue;
    at = at.next.get(ch as string);
    if (at !== undefined) for (const r of at.prefix) hit[r] = 1;
  }
  return hit;
}
