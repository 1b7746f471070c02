// A list of practices for a meeting, made in the browser. The whole list lives in the URL,
// so it can be pasted into an invitation:
//   /lista?p=flen-sprakvanner,trosa-fritidsbanken&rubrik=Nätverksmöte&not.flen-sprakvanner=Fråga om …
// Pure functions only: parsing, writing and editing a list.
import { isIsoDate, sitePages } from "@kunskapsbanken/domain";

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

/**
 * The longest text each field may hold, from the URL as from the inputs: the collection
 * schema's bounds (a list becomes a collection file), checked against the schema in
 * test/meetingList.test.ts so the two cannot drift apart.
 */
export const LIST_BOUNDS = { title: 120, event: 160, date: 10, introduction: 800, note: 300 } as const;

/** A value the URL held that the list did not take, and why; `id` names the practice a note or an id belongs to. */
export interface DroppedValue {
  field: ListField | "note" | "id";
  reason: "too-long" | "unreadable" | "invalid" | "too-many";
  id?: string;
  /** The start of the value as it was written, for the reader to see what was left out. */
  value: string;
}

/** The ids' parameter: more than MAX_ITEMS ids of any real length, far less than a frozen page. */
const IDS_BOUND = 4000;
/** Long enough for a reader to recognise the text, short enough for a notice. */
const PREVIEW = 200;
/** The most characters a value within its bound can take in a URL: four UTF-8 bytes, each written %XX. */
const ENCODED_PER_CHARACTER = 12;

/** `+` is a space in a query; `%E0%A4%A` is not text at all and throws. */
function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/** What a reader can still recognise of a value: its start, decoded as far as that is possible. */
function preview(raw: string): string {
  const start = raw.slice(0, PREVIEW * ENCODED_PER_CHARACTER);
  const text = decode(start) ?? new URLSearchParams(`v=${start}`).get("v") ?? start;
  return text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text;
}

/**
 * Reads a list from a query string. Each value is decoded on its own and kept only within
 * its bound; a value that is too long, cannot be decoded or is not an id is dropped and
 * reported, so the page can tell the reader. Unknown parameters and repeated ids are ignored.
 */
export function readList(search: string): { list: MeetingList; dropped: DroppedValue[] } {
  const dropped: DroppedValue[] = [];
  const raw = new Map<string, string>();
  for (const part of search.replace(/^\?/, "").split("&")) {
    const at = part.indexOf("=");
    const key = decode(at < 0 ? part : part.slice(0, at));
    if (key !== undefined && key !== "" && !raw.has(key)) raw.set(key, at < 0 ? "" : part.slice(at + 1));
  }
  /** The decoded value of `key` within `bound` characters, or "" with the reason recorded. */
  const value = (key: string, bound: number, field: DroppedValue["field"], id?: string): string => {
    const encoded = raw.get(key);
    if (encoded === undefined || encoded === "") return "";
    const text = encoded.length > bound * ENCODED_PER_CHARACTER ? undefined : decode(encoded);
    if (text !== undefined && text.length <= bound) return text;
    dropped.push({
      field,
      id,
      reason: text === undefined && encoded.length <= bound * ENCODED_PER_CHARACTER ? "unreadable" : "too-long",
      value: preview(encoded),
    });
    return "";
  };

  const ids: string[] = [];
  const idText = value(listParams.ids, IDS_BOUND, "id");
  for (const id of idText.split(",").map((part) => part.trim())) {
    if (id === "" || ids.includes(id)) continue;
    if (!ID.test(id)) dropped.push({ field: "id", reason: "invalid", value: preview(id) });
    else if (ids.length >= MAX_ITEMS) dropped.push({ field: "id", reason: "too-many", value: id });
    else ids.push(id);
  }
  const list: MeetingList = {
    title: value(listParams.title, LIST_BOUNDS.title, "title"),
    items: ids.map((id) => ({ id, note: value(`${listParams.notePrefix}${id}`, LIST_BOUNDS.note, "note", id) })),
    event: value(listParams.event, LIST_BOUNDS.event, "event"),
    date: value(listParams.date, LIST_BOUNDS.date, "date"),
    introduction: value(listParams.introduction, LIST_BOUNDS.introduction, "introduction"),
  };
  // A date must be a real one, as in a collection file.
  if (list.date !== "" && !isIsoDate(list.date)) {
    dropped.push({ field: "date", reason: "invalid", value: list.date });
    list.date = "";
  }
  return { list, dropped };
}

/** The list in a query string, without what it could not take. */
export const parseList = (search: string): MeetingList => readList(search).list;

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
