// Small building blocks the Dutch and English rules are written with.

/** Joins regex fragments into one non-capturing alternation. */
export const alt = (parts: readonly string[]): string => `(?:${parts.join("|")})`;
export const rx = (source: string): RegExp => new RegExp(source);
export const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));
