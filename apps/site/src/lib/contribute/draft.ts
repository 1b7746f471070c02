// The draft in localStorage: written on every change, read when the page opens, removed
// only when the contributor clears the form. A practice being updated has its own draft,
// so that opening "Stämmer det här fortfarande?" never overwrites a new practice in progress.

const DRAFT_KEY = "kunskapsbanken:bidra:utkast";
/** Where a draft the form cannot use is kept, so that nothing the contributor wrote is lost. */
const ASIDE_KEY = "kunskapsbanken:bidra:undanlagt";

export const draftKey = (updating: string | null) => (updating ? `${DRAFT_KEY}:${updating}` : DRAFT_KEY);
export const asideKey = (updating: string | null) => (updating ? `${ASIDE_KEY}:${updating}` : ASIDE_KEY);

/** This browser's localStorage, or undefined on the server or where reading it is refused. */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** localStorage can be missing or refuse (private mode, full quota): then the form still works. */
export function readDraft(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeDraft(storage: Storage | undefined, key: string, json: string): boolean {
  try {
    storage?.setItem(key, json);
    return storage !== undefined;
  } catch {
    return false;
  }
}

export function removeDraft(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: the draft simply stays.
  }
}

/**
 * Moves the draft to the set-aside key and removes it from the form's key, so the form can
 * start clean without losing it. Returns the text that was set aside ("" if there was none).
 */
export function setDraftAside(storage: Storage | undefined, updating: string | null): string {
  const text = readDraft(storage, draftKey(updating)) ?? "";
  if (text !== "") writeDraft(storage, asideKey(updating), text);
  removeDraft(storage, draftKey(updating));
  return text;
}
