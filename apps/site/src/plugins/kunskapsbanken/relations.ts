// Cards for the practices a page links to. Which practices those are is decided in
// @kunskapsbanken/indexer, and what a card shows in @kunskapsbanken/domain.
import type { Practice } from "@kunskapsbanken/content-schema";
import type { PracticeCard } from "@kunskapsbanken/domain";
import type { Content } from "@kunskapsbanken/indexer";
import { domain } from "./packages";

export type { PracticeCard };

export const cardOf = (practice: Practice): PracticeCard => domain.practiceCard(practice);

export const practicesOf = (content: Content) => content.practices.map((entry) => entry.data);

export function allCards(content: Content): PracticeCard[] {
  return practicesOf(content).map(cardOf).sort(domain.byTitle);
}
