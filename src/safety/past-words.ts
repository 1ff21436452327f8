// The words that put something long ago, in one list: the rules' past frame (screen.ts) and someone else's
// past (story-frame.ts) each add their own to these.
export const LONG_AGO_WORDS =
  "vroeger|destijds|jaren geleden|lang geleden|vorig jaar|als kind|als baby|als tiener|in (?:19|20)[0-9][0-9]|years ago|long ago|last year|back then|back in the day";
