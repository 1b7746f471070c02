// A valid practice as data, for tests that change only what matters to them.
import { practiceSchema, type Practice } from "@kunskapsbanken/content-schema";

const defaults: Practice = {
  id: "exempel",
  title: "Ett exempel på en god praktik",
  summary: "Ett exempel som finns för att pröva sökningen.",
  sokord: [],
  municipalities: ["flen"],
  topics: ["mottagande"],
  targetGroups: ["nyanlanda-vuxna"],
  status: "pagaende",
  period: { start: 2017 },
  funding: ["egen-budget"],
  partners: [],
  contact: { role: "integrationsstrateg", organisation: "Flens kommun" },
  sources: [{ document: "lansstyrelsen-sodermanland-2017", section: "Bilaga 2, Flens kommun" }],
  asOf: "2017-09-06",
  related: [],
  figures: [],
};

/** Parsed by the schema, so a test that passes invalid overrides fails at once. */
export function practiceData(overrides: Record<string, unknown> = {}): Practice {
  return practiceSchema.parse({ ...defaults, ...overrides });
}

/** A practice and its body as the index builder takes them, titled `Exempel ID` unless given. */
export function practiceEntry(id: string, fields: Partial<Practice> & { body?: string } = {}): { data: Practice; body: string } {
  const { body = "", ...data } = fields;
  return { body, data: { ...defaults, id, title: `Exempel ${id}`, ...data } };
}
