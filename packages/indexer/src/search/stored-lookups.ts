// What is worked out once from the stored practices, on the first query that needs it: the
// practices per place, per topic, and the order of their titles. Made again when more of
// the index arrives.
import { taggedMembersOf } from "./about.js";
import { placeKey, placeMembersOf, type PlaceMember } from "./place-members.js";
import type { PlaceRef } from "./query-places.js";
import { titleOrderOf } from "./ranking.js";
import type { StoredDoc } from "./term-lookup.js";

export class StoredLookups {
  private places: Map<string, PlaceMember[]> | undefined;
  private topics: Map<string, number[]> | undefined;
  private titleRanks: Int32Array | undefined;

  constructor(private readonly index: { readonly size: number; storedDocs(): Iterable<{ n: number; doc: StoredDoc }> }) {}

  placeMembers(place: PlaceRef): readonly PlaceMember[] {
    this.places ??= placeMembersOf(this.index.storedDocs());
    return this.places.get(placeKey(place)) ?? [];
  }

  /** The practices tagged with a topic, by its page id (`amne:bostad`). */
  tagged(pageId: string): readonly number[] {
    this.topics ??= taggedMembersOf(this.index.storedDocs());
    return this.topics.get(pageId) ?? [];
  }

  /** The practice's place in title order (ties by number; a practice not stored has the empty title). */
  titleOrder(n: number): number {
    if (!this.titleRanks) {
      const titles = Array.from({ length: this.index.size }, () => "");
      for (const { n: m, doc } of this.index.storedDocs()) titles[m] = doc.title;
      this.titleRanks = titleOrderOf(titles);
    }
    return this.titleRanks[n]!;
  }
}
