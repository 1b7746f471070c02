// A deterministic, seeded generator of synthetic practices: valid frontmatter across every
// vocabulary, and Swedish-like Markdown with inflections, compounds and å ä ö.
//
//   node dist/generate.js --count 10000 --out /tmp/corpus --seed 1
//
// writes /tmp/corpus/practices/COUNTY/*.md. Practice i depends only on (seed, i), so a corpus of
// 10 000 starts with the same 2 000 files as a corpus of 2 000 (apart from `related`,
// which only points at practices that exist in the corpus being written).
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { folderOf, practiceFolderOf, slugify } from "@kunskapsbanken/domain";
import {
  counties,
  fundingKinds,
  municipalities,
  sourceDocuments,
  statuses,
  statusHasEnded,
  targetGroups,
  topics,
  type Term,
} from "@kunskapsbanken/content-schema";
import {
  adjectives,
  adverbs,
  connectives,
  nameHeads,
  nameTails,
  nouns,
  organisationKinds,
  prepositions,
  roles,
  sections,
  verbs,
  type Noun,
} from "./words.js";

// ---------------------------------------------------------------------------
// Randomness

/** mulberry32: small, fast and the same on every platform. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the corpus seed, a practice number and a stream number into one 32-bit seed. */
function mix(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

class Random {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** Zipf-like: early items are drawn far more often, as in real text. */
  zipf<T>(list: readonly T[]): T {
    const r = this.next();
    return list[Math.min(list.length - 1, Math.floor(list.length * r * r * r))]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `count` distinct items, in list order. */
  some<T>(list: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(this.next() * list.length));
    return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
  }
}

// ---------------------------------------------------------------------------
// Swedish-like text

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** ASCII slug part: å ä ö folded, everything else dropped. */

function nounForm(r: Random, noun: Noun): string {
  return noun.forms[r.zipf([0, 1, 2, 3] as const)]!;
}

/** A compound of two (rarely three) nouns: bostads + kurserna → bostadskurserna. */
function compound(r: Random): string {
  const first = r.zipf(nouns);
  let second = r.pick(nouns);
  if (second === first) second = nouns[(nouns.indexOf(first) + 1) % nouns.length]!;
  const middle = r.chance(0.08) ? r.pick(nouns).joint : "";
  return first.joint + middle + nounForm(r, second);
}

function properName(r: Random): string {
  return r.pick(nameHeads) + r.pick(nameTails);
}

function nounPhrase(r: Random): string {
  const head = r.chance(0.35) ? compound(r) : nounForm(r, r.zipf(nouns));
  if (!r.chance(0.3)) return head;
  const adjective = r.pick(adjectives);
  return `${adjective[r.chance(0.6) ? 2 : 0]} ${head}`;
}

function sentence(r: Random, subject?: string): string {
  const verb = r.pick(verbs);
  const tense = r.zipf([0, 1, 2] as const);
  const parts: string[] = [subject ?? nounPhrase(r)];
  parts.push(tense === 2 ? `har ${verb[2]}` : verb[tense]!);
  parts.push(nounPhrase(r));
  if (r.chance(0.7)) parts.push(r.pick(prepositions), nounPhrase(r));
  if (r.chance(0.25)) parts.push(r.pick(adverbs));
  if (r.chance(0.3)) parts.push(r.pick(connectives), nounPhrase(r), verb[0], nounPhrase(r));
  if (r.chance(0.08)) parts.push("sedan", String(r.int(2012, 2025)));
  if (r.chance(0.06)) parts.push("för", String(r.int(5, 95)), "procent av", nounForm(r, r.zipf(nouns)));
  if (r.chance(0.05)) parts.push("i", properName(r));
  return `${capitalise(parts.join(" "))}.`;
}

function paragraph(r: Random, sentences: number, subject?: string): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(r, i === 0 ? subject : undefined));
  return out.join(" ");
}

// ---------------------------------------------------------------------------
// Practices

type Place = { id: string; name: string; county?: string };

/** Every municipality (with its county) and every county: 311 places. */
const places: readonly Place[] = [
  ...municipalities.map((m) => ({ id: m.id, name: m.name, county: m.county })),
  ...counties.map((c) => ({ id: c.id, name: c.name })),
];

interface Identity {
  id: string;
  place: Place;
  theme: Noun;
}

const placeOrders = new Map<string, readonly Place[]>();

/**
 * The places in the order of one round: the practices are dealt out over all places in
 * rounds of 311 (practices 0–310, 311–621 …), each round in its own order shuffled from the
 * seed. So a corpus of 311 or more has practices from every municipality and county, and a
 * corpus of 10 000 is spread evenly over the country (a county is the place about one time
 * in fifteen).
 */
function placeOrder(seed: number, round: number): readonly Place[] {
  const key = `${seed}:${round}`;
  let order = placeOrders.get(key);
  if (!order) {
    const r = new Random(prng(mix(seed, round, 3)));
    const shuffled = [...places];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    if (placeOrders.size > 64) placeOrders.clear();
    placeOrders.set(key, shuffled);
    order = shuffled;
  }
  return order;
}

/** The id of practice `index`, computable without generating the practice. */
export function identityOf(seed: number, index: number): Identity {
  const r = new Random(prng(mix(seed, index, 1)));
  const place = placeOrder(seed, Math.floor(index / places.length))[index % places.length]!;
  const theme = r.zipf(nouns);
  return { id: `${place.id}-${slugify(theme.forms[0])}-${index + 1}`, place, theme };
}

const yamlString = (text: string) => JSON.stringify(text);
const yamlList = (items: readonly string[]) => `[${items.join(", ")}]`;
const ids = (terms: readonly Term[]) => terms.map((t) => t.id);

function isoDate(r: Random): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${r.int(2019, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
}

/** The Markdown text of practice `index` in a corpus of `count` practices. */
function practiceFile(seed: number, index: number, count: number): { name: string; text: string } {
  const { id, place, theme } = identityOf(seed, index);
  const r = new Random(prng(mix(seed, index, 2)));

  // Some practices are shared with one or two neighbours in the same county.
  const neighbours = municipalities.filter((m) => place.county !== undefined && m.county === place.county && m.id !== place.id);
  const extraPlaces = r.chance(0.2) ? r.some(neighbours, r.int(1, 2)) : [];
  const placeIds = [place.id, ...extraPlaces.map((m) => m.id)];
  const topicIds = r.some(ids(topics), r.int(1, 3));
  const groupIds = r.some(ids(targetGroups), r.int(1, 3));
  const fundingIds = r.some(ids(fundingKinds), r.int(1, 2));
  const status = r.zipf(ids(statuses));
  const start = r.int(2010, 2025);
  const end = statusHasEnded(status) ? r.int(start, 2026) : undefined;
  const partners = Array.from({ length: r.int(0, 3) }, () => `${properName(r)}s ${r.pick(organisationKinds)}`);
  const related = count > 1 ? [...new Set(Array.from({ length: r.int(0, 3) }, () => r.int(0, count - 1)))].filter((j) => j !== index) : [];
  const document = r.pick(sourceDocuments);

  const adjective = r.pick(adjectives);
  const themeWord = r.chance(0.5) ? theme.joint + nounForm(r, r.pick(nouns)) : theme.forms[0];
  const title = capitalise(`${adjective[0]} ${themeWord} i ${place.name}`).slice(0, 120);
  const summary = `${paragraph(r, r.int(1, 2), `${place.name}`)}`.slice(0, 395).replace(/[.\s]*$/, ".");

  const lines = [
    "---",
    `id: ${id}`,
    `title: ${yamlString(title)}`,
    `summary: ${yamlString(summary.length >= 20 ? summary : `${summary} ${sentence(r)}`)}`,
    `municipalities: ${yamlList(placeIds)}`,
    `topics: ${yamlList(topicIds)}`,
    `targetGroups: ${yamlList(groupIds)}`,
    `status: ${status}`,
    "period:",
    `  start: ${start}`,
    ...(end === undefined ? [] : [`  end: ${end}`]),
    `funding: ${yamlList(fundingIds)}`,
    ...(partners.length === 0 ? ["partners: []"] : ["partners:", ...partners.map((p) => `  - ${yamlString(p)}`)]),
    "contact:",
    `  role: ${r.pick(roles)}`,
    `  organisation: ${yamlString(place.county === undefined ? `Länsstyrelsen i ${place.name}` : `${place.name} kommun`)}`,
    "sources:",
    ...Array.from({ length: r.int(1, 2) }, () => [
      `  - document: ${document.id}`,
      `    section: ${yamlString(`Bilaga ${r.int(1, 4)}, ${place.name}`)}`,
      ...(r.chance(0.4) ? [`    page: ${r.int(3, 120)}`] : []),
    ]).flat(),
    `asOf: ${isoDate(r)}`,
    `related: ${yamlList(related.map((j) => identityOf(seed, j).id))}`,
    ...(r.chance(0.3)
      ? [
          "figures:",
          `  - label: ${yamlString(capitalise(nounForm(r, r.zipf(nouns))))}`,
          `    value: ${r.int(3, 900)}`,
          `    unit: personer`,
          `    year: ${r.int(start, 2026)}`,
        ]
      : ["figures: []"]),
    "---",
    "",
    `## ${sections.what}`,
    "",
    paragraph(r, r.int(4, 7)),
    "",
    `## ${sections.problem}`,
    "",
    paragraph(r, r.int(3, 5)),
    "",
    `## ${sections.how}`,
    "",
    ...Array.from({ length: r.int(3, 5) }, (_, i) => `${i + 1}. ${sentence(r)}`),
    "",
    `## ${sections.who}`,
    "",
    paragraph(r, r.int(2, 4)),
    "",
    `## ${sections.funding}`,
    "",
    paragraph(r, 1),
    "",
    `## ${sections.results}`,
    "",
    paragraph(r, r.int(3, 5)),
    "",
    `## ${sections.advice}`,
    "",
    ...Array.from({ length: r.int(3, 5) }, () => `- ${sentence(r)}`),
    "",
    `## ${sections.source}`,
    "",
    `${document.publisher} ${document.year}.`,
    "",
  ];
  // The file sits in its county's folder, as `kb validate` requires.
  return { name: `${practiceFolderOf([place.id])}/${id}.md`, text: lines.join("\n") };
}

/** Every file of a corpus, in order; lazy, so 50 000 practices never sit in memory at once. */
export function* generateCorpus(options: { count: number; seed: number }): Generator<{ name: string; text: string }> {
  for (let i = 0; i < options.count; i++) yield practiceFile(options.seed, i, options.count);
}

/** Writes OUT/practices/COUNTY/*.md, replacing what was there. Returns the number of bytes written. */
export async function writeCorpus(options: { count: number; seed: number; out: string }): Promise<number> {
  const folder = join(options.out, folderOf("practice"));
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (const file of generateCorpus(options)) {
    await mkdir(dirname(join(folder, file.name)), { recursive: true });
    await writeFile(join(folder, file.name), file.text);
    bytes += Buffer.byteLength(file.text);
  }
  return bytes;
}

export function parseArgs(argv: readonly string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) continue;
    const [key, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    if (inline !== undefined) args[key] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) args[key] = argv[++i]!;
    else args[key] = "true";
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const count = Number(args.count ?? 50);
  const seed = Number(args.seed ?? 1);
  if (!args.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error("usage: node dist/generate.js --count N --out DIR [--seed S]");
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const bytes = await writeCorpus({ count, seed, out: resolve(args.out) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${count} practices (${(bytes / 1e6).toFixed(1)} MB, seed ${seed}) written to ${join(resolve(args.out), folderOf("practice"))} in ${seconds} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
