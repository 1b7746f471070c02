// The reader's current list in localStorage, so "Lägg till i lista" works on any page and
// the list survives a reload. Stored as its query string, the same text as its URL.
import { useCallback, useSyncExternalStore } from "react";
import { emptyList, listToQuery, parseList, readList, type MeetingList } from "./meetingList";

const KEY = "kunskapsbanken:lista";
/** Fired on this window when the list changes; other tabs get the browser's `storage` event. */
const CHANGE = "kunskapsbanken-lista";

function readRaw(): string {
  try {
    return window.localStorage.getItem(KEY) ?? "";
  } catch {
    // Storage can be switched off; the list then lives in the URL alone.
    return "";
  }
}

export function saveList(list: MeetingList): void {
  try {
    const query = listToQuery(list);
    if (query) window.localStorage.setItem(KEY, query);
    else window.localStorage.removeItem(KEY);
  } catch {
    // See readRaw.
  }
  window.dispatchEvent(new Event(CHANGE));
}

/** The stored list, read like a URL: with what it could not take. */
export const readStoredList = () => readList(readRaw());

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) onChange();
  };
  window.addEventListener(CHANGE, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(CHANGE, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

// useSyncExternalStore compares snapshots by identity: parse once per stored text.
let cached: { raw: string; list: MeetingList } | undefined;
const serverList = emptyList();

function snapshot(): MeetingList {
  const raw = readRaw();
  if (cached?.raw !== raw) cached = { raw, list: parseList(raw) };
  return cached.list;
}

/** The stored list (empty while rendering on the server) and a function that replaces it. */
export function useStoredList(): [MeetingList, (list: MeetingList) => void] {
  const list = useSyncExternalStore(subscribe, snapshot, () => serverList);
  const set = useCallback((next: MeetingList) => saveList(next), []);
  return [list, set];
}
