// A valid practice as parsed data, for tests that change one thing about it.
import { practiceSchema, type Practice } from "@kunskapsbanken/content-schema";

export function practiceData(overrides: Record<string, unknown> = {}): Practice {
  return practiceSchema.parse({
    id: "exempel",
    title: "Ett exempel på en god praktik",
    summary: "En sammanfattning som är lång nog för schemat.",
    municipalities: ["flen"],
    topics: ["mottagande"],
    targetGroups: ["nyanlanda-vuxna"],
    status: "pagaende",
    period: { start: 2017 },
    funding: ["egen-budget"],
    contact: { role: "integrationsstrateg", organisation: "Flens kommun" },
    sources: [{ document: "lansstyrelsen-sodermanland-2017", section: "Bilaga 2, Flens kommun" }],
    asOf: "2017-09",
    ...overrides,
  });
}
