// How `kb` ends: one exit code per kind of outcome, the same for every command, so that a
// script or CI can tell "the content has errors" from "the command was typed wrong".

/** The exit codes of `kb`, documented in `kb --help` and in README.md. */
export const ExitCode = {
  /** Done; nothing wrong (warnings may have been printed). */
  ok: 0,
  /** The command ran and found problems: errors in the content, or the file `kb new` would write exists already. */
  problems: 1,
  /** The command was called wrongly: unknown flag, missing or malformed value, missing folder or file. */
  usage: 2,
  /** A bug in kb itself. */
  bug: 3,
} as const;

/** The exit codes as `kb --help` and README.md show them. */
export const exitCodeHelp = [
  `  ${ExitCode.ok}  klart, inga fel (varningar kan ha skrivits ut)`,
  `  ${ExitCode.problems}  innehållet har fel (eller, för kb new: filen finns redan)`,
  `  ${ExitCode.usage}  fel i kommandot: okänd flagga, saknat eller felaktigt värde, en mapp eller fil som inte finns`,
  "     eller inte går att läsa, eller avbrutet",
  `  ${ExitCode.bug}  ett fel i kb självt (kör med KB_DEBUG=1 för detaljer och rapportera det)`,
].join("\n");

/**
 * The contributor called a command wrongly. The message is Swedish, says what was wrong
 * and, where it can, what to write instead; `kb` prints it as `kb COMMAND: message` and exits 2.
 */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    /** Lines printed before the message, e.g. one per wrong flag value. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}
