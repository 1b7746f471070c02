// Text helpers every layer needs in exactly the same form.

/** Lower case, and å ä ö é ü … folded to a o e u, so `strangnas` meets `Strängnäs`. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "");
}

/** The answers a profile gives to the county's yes-or-no questions, with how readers see them. */
export const answerLabels = { ja: "Ja", nej: "Nej" } as const;
export type Answer = keyof typeof answerLabels;
