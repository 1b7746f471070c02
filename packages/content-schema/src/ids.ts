// What an id is. Ids become file names, page addresses (/praktik/ID), printed QR codes and
// keys in the vocabularies, so one rule serves them all: the schema, the site's routes, the
// thesaurus, lists in the browser and the ids `kb new` and the form make.
import { fold } from "./text.js";

/** Ids become file names and addresses; this keeps every derived name well within file-system limits. */
export const MAX_ID_LENGTH = 80;

/** Lowercase a–z, digits and single hyphens between them, e.g. `flen-sprakvanner`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `Språkvän på gymnasiet` → `sprakvan-pa-gymnasiet`, `Malung-Sälen` → `malung-salen`: how names and titles become ids. */
export function slugify(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, "-")
      // The line above leaves no two hyphens in a row, so one at each end is all there can be.
      .replace(/^-|-$/g, "")
  );
}

/** True for a well-formed id no longer than {@link MAX_ID_LENGTH}. */
export const isId = (value: string): boolean => value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
