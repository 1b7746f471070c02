// Text helpers every layer needs in exactly the same form.

/** Lower case, and å ä ö é ü … folded to a o e u, so `strangnas` meets `Strängnäs`. */
export function fold(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{Diacritic}/gu, "");
}
