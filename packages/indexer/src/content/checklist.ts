// The checklists a county coordinator sends to each municipality: which practices to confirm,
// what we know and as of when, and the questions to answer. Markdown to read and CSV to fill in.
import { labelOf, type Practice } from "@kunskapsbanken/content-schema";
import { freshnessOf, practicePath, statusAsOf, type ReviewAge } from "@kunskapsbanken/domain";
import { toCsv } from "../open-data/csv.js";

const CHECKLIST_QUESTIONS = [
  "Pågår verksamheten fortfarande?",
  "Vad har ändrats sedan dess?",
  "Vilka resultat finns sedan dess?",
  "Får kontaktrollen stå kvar som den är?",
] as const;

interface ChecklistItem {
  id: string;
  title: string;
  url: string;
  /** "Pågående enligt uppgifter från september 2017". */
  status: string;
  asOf: string;
  confirmed: string | null;
  contact: string;
}

export interface Checklist {
  /** The municipality's (or county's) id, used as the file name. */
  place: string;
  name: string;
  items: ChecklistItem[];
}

/** One checklist per municipality with stale practices; a practice of several municipalities is on each of their lists. */
export function checklistsOf(practices: readonly Practice[], siteUrl: string, today: string | Date, age?: ReviewAge): Checklist[] {
  const byPlace = new Map<string, ChecklistItem[]>();
  for (const practice of practices) {
    const freshness = freshnessOf(practice, today, age);
    if (!freshness.stale) continue;
    const item: ChecklistItem = {
      id: practice.id,
      title: practice.title,
      url: `${siteUrl.replace(/\/+$/, "")}${practicePath(practice.id)}`,
      status: statusAsOf(labelOf("status", practice.status), practice.asOf),
      asOf: practice.asOf,
      confirmed: freshness.confirmed
        ? `${freshness.confirmed.date}, ${freshness.confirmed.role}, ${freshness.confirmed.organisation}`
        : null,
      contact: `${practice.contact.role}, ${practice.contact.organisation}`,
    };
    for (const place of practice.municipalities) byPlace.set(place, [...(byPlace.get(place) ?? []), item]);
  }
  return [...byPlace.entries()]
    .map(([place, items]) => ({
      place,
      name: labelOf("municipalities", place),
      items: items.sort((a, b) => a.title.localeCompare(b.title, "sv")),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

/** Text for Markdown: characters that would format, link or embed are escaped. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (c) => `\\${c}`);
}

export function checklistMarkdown(list: Checklist, today: string): string {
  const lines = [
    `# Att bekräfta: goda exempel från ${markdownText(list.name)}`,
    "",
    `Kunskapsbanken beskriver ${list.items.length} ${list.items.length === 1 ? "exempel" : "exempel"} från ${markdownText(list.name)} med uppgifter som inte har bekräftats på länge (lista gjord ${today}).`,
    "Läs texten på sidan och svara på frågorna under varje exempel. Svara med en roll och organisation, aldrig med namn.",
  ];
  for (const item of list.items) {
    lines.push(
      "",
      `## ${markdownText(item.title)}`,
      "",
      `- Sida: <${item.url}>`,
      `- Status: ${markdownText(item.status)}`,
      `- Senast bekräftad: ${item.confirmed ? markdownText(item.confirmed) : "aldrig"}`,
      `- Kontaktroll: ${markdownText(item.contact)}`,
      "",
      ...CHECKLIST_QUESTIONS.flatMap((question) => [`**${question}**`, "", "Svar: ", ""]),
    );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

export function checklistCsv(list: Checklist): string {
  const header = ["id", "Rubrik", "Sida", "Status", "Uppgifter från", "Senast bekräftad", "Kontaktroll", ...CHECKLIST_QUESTIONS];
  return toCsv(
    header,
    list.items.map((item) => [
      item.id,
      item.title,
      item.url,
      item.status,
      item.asOf,
      item.confirmed ?? "aldrig",
      item.contact,
      ...CHECKLIST_QUESTIONS.map(() => ""),
    ]),
  );
}
