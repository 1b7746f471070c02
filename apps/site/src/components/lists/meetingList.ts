// A list of practices for a meeting, made in the browser. The whole list lives in the URL,
// so it can be pasted into an invitation:
//   /lista?p=flen-sprakvanner,trosa-fritidsbanken&rubrik=Nätverksmöte&not.flen-sprakvanner=Fråga om …
// Pure functions only: parsing, writing and editing a list.
import { sitePages } from "@kunskapsbanken/domain";

export interface ListItem {
  id: string;
  /** Why the practice is on the agenda; may be empty while the list is being made. */
  note: string;
}

export interface MeetingList {
  title: string;
  items: ListItem[];
  /** The meeting, the date and an introduction: what a collection file needs besides the list. */
  event: string;
  date: string;
  introduction: string;
}

export const LIST_PATH = sitePages.list;
/** More than this is not a meeting agenda; it also keeps the URL (and its QR code) readable. */
export const MAX_ITEMS = 30;

/** URL parameter names, short because the link is printed as a QR code. */
const listParams = {
  ids: "p",
  title: "rubrik",
  event: "mote",
  date: "datum",
  introduction: "inledning",
  notePrefix: "not.",
} as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const emptyList = (): MeetingList => ({ title: "", items: [], event: "", date: "", introduction: "" });

/** Reads a list from a query string; unknown parameters, malformed ids and repeated ids are dropped. */
export function parseList(search: string): MeetingList {
  const params = new URLSearchParams(search);
  const ids: string[] = [];
  for (const id of (params.get(listParams.ids) ?? "").split(",").map((part) => part.trim())) {
    if (ID.test(id) && !ids.includes(id) && ids.length < MAX_ITEMS) ids.push(id);
  }
  return {
    title: params.get(listParams.title) ?? "",
    items: ids.map((id) => ({ id, note: params.get(`${listParams.notePrefix}${id}`) ?? "" })),
    event: params.get(listParams.event) ?? "",
    date: params.get(listParams.date) ?? "",
    introduction: params.get(listParams.introduction) ?? "",
  };
}

const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+");

/**
 * The query string of a list ("" for an empty one). Ids stay readable (`p=a,b,c`).
 * `withNotes: false` gives the short form printed as the list's QR code.
 */
export function listToQuery(list: MeetingList, { withNotes = true }: { withNotes?: boolean } = {}): string {
  const parts: string[] = [];
  if (list.items.length > 0) parts.push(`${listParams.ids}=${list.items.map((item) => item.id).join(",")}`);
  if (list.title) parts.push(`${listParams.title}=${encode(list.title)}`);
  if (withNotes) {
    for (const item of list.items) if (item.note) parts.push(`${listParams.notePrefix}${item.id}=${encode(item.note)}`);
    if (list.event) parts.push(`${listParams.event}=${encode(list.event)}`);
    if (list.date) parts.push(`${listParams.date}=${encode(list.date)}`);
    if (list.introduction) parts.push(`${listParams.introduction}=${encode(list.introduction)}`);
  }
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

export const listPathOf = (list: MeetingList, options?: { withNotes?: boolean }) => `${LIST_PATH}${listToQuery(list, options)}`;

export const hasItem = (list: MeetingList, id: string) => list.items.some((item) => item.id === id);

export const isFull = (list: MeetingList) => list.items.length >= MAX_ITEMS;

/** Adds a practice at the end; a practice already on the list, a malformed id or a full list leaves it unchanged. */
export function addItem(list: MeetingList, id: string): MeetingList {
  if (!ID.test(id) || hasItem(list, id) || isFull(list)) return list;
  return { ...list, items: [...list.items, { id, note: "" }] };
}

export function removeItem(list: MeetingList, id: string): MeetingList {
  return { ...list, items: list.items.filter((item) => item.id !== id) };
}

/** Moves the practice `id` by `delta` places (−1 up, +1 down), stopping at either end. */
export function moveItem(list: MeetingList, id: string, delta: number): MeetingList {
  const from = list.items.findIndex((item) => item.id === id);
  if (from < 0) return list;
  const to = Math.min(list.items.length - 1, Math.max(0, from + delta));
  if (to === from) return list;
  const items = [...list.items];
  const [moved] = items.splice(from, 1);
  items.splice(to, 0, moved!);
  return { ...list, items };
}

export function setNote(list: MeetingList, id: string, note: string): MeetingList {
  return { ...list, items: list.items.map((item) => (item.id === id ? { ...item, note } : item)) };
}

export type ListField = "title" | "event" | "date" | "introduction";

export const setField = (list: MeetingList, field: ListField, value: string): MeetingList => ({ ...list, [field]: value });
