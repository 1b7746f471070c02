// The flags of a complete `kb new` call, for tests that change one of them.
const newFlagPairs = [
  ["--title", "Språkvän på gymnasiet"],
  ["--municipality", "strangnas"],
  ["--topic", "sprakvan,skola"],
  ["--target-group", "barn-unga"],
  ["--status", "pagaende"],
  ["--start", "2017"],
  ["--funding", "paragraf-37"],
  ["--role", "integrationssamordnare"],
  ["--organisation", "Strängnäs kommun"],
  ["--summary", "Gymnasieelever blir språkvänner med nyanlända elever i sprintklasser. Det ger fler tillfällen att tala svenska."],
  ["--source-section", "Bilaga 2, Strängnäs kommun"],
] as const;

/** kb new's flags with one value replaced (or all as given when `flag` is undefined). */
export const newFlags = (flag?: string, value?: string): string[] =>
  newFlagPairs.flatMap(([name, given]) => [name, name === flag && value !== undefined ? value : given]);
