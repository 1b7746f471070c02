import { describe, expect, it } from "vitest";
import { BROWSE_PAGE_SIZE, pageCountOf, pagerNumbers, pagesOf } from "./paging.js";
import { listingPagePath, parseSitePath } from "./routes.js";

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("pagesOf: a listing cut into browse pages", () => {
  it("lists 50 practices a page", () => {
    expect(BROWSE_PAGE_SIZE).toBe(50);
    expect(pagesOf(numbers(70)).map((page) => page.items.length)).toEqual([50, 20]);
  });

  it("puts every item on exactly one page, in order", () => {
    for (const total of [1, 49, 50, 51, 99, 100, 101, 2064]) {
      const pages = pagesOf(numbers(total));
      expect(pages.flatMap((page) => page.items)).toEqual(numbers(total));
      expect(pages).toHaveLength(Math.ceil(total / 50));
    }
  });

  it("says where each page sits: its number, the page count, the total and the positions it shows", () => {
    const pages = pagesOf(numbers(2064));
    expect(pages[0]!.page).toEqual({ number: 1, count: 42, total: 2064, first: 1, last: 50 });
    expect(pages[1]!.page).toEqual({ number: 2, count: 42, total: 2064, first: 51, last: 100 });
    expect(pages[41]!.page).toEqual({ number: 42, count: 42, total: 2064, first: 2051, last: 2064 });
  });

  it("gives an empty listing one empty page, so its address still answers", () => {
    expect(pagesOf([])).toEqual([{ items: [], page: { number: 1, count: 1, total: 0, first: 0, last: 0 } }]);
  });

  it("takes another page size", () => {
    expect(pagesOf(numbers(5), 2).map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pagesOf(numbers(5), 2)[2]!.page).toEqual({ number: 3, count: 3, total: 5, first: 5, last: 5 });
  });

  it("refuses a page size that is no positive integer", () => {
    for (const size of [0, -1, 1.5, Number.NaN]) expect(() => pagesOf(numbers(3), size)).toThrow(RangeError);
  });
});

describe("pageCountOf", () => {
  it("rounds up and is at least 1", () => {
    expect([0, 1, 50, 51, 100, 101].map((total) => pageCountOf(total))).toEqual([1, 1, 1, 2, 2, 3]);
    expect(pageCountOf(10064)).toBe(202);
  });
});

describe("pagerNumbers: the numbered links of a pager", () => {
  it("shows every page when there are few", () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 2)).toEqual([1, 2]);
    expect(pagerNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("shows the first, the last and two either side of the current page, with a gap marked null", () => {
    expect(pagerNumbers(1, 202)).toEqual([1, 2, 3, null, 202]);
    expect(pagerNumbers(100, 202)).toEqual([1, null, 98, 99, 100, 101, 102, null, 202]);
    expect(pagerNumbers(202, 202)).toEqual([1, null, 200, 201, 202]);
  });

  it("shows a single left-out page rather than a gap", () => {
    expect(pagerNumbers(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
    expect(pagerNumbers(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("takes another width around the current page", () => {
    expect(pagerNumbers(10, 20, 1)).toEqual([1, null, 9, 10, 11, null, 20]);
  });
});

describe("listingPagePath: the address of a listing's page", () => {
  it("keeps page 1 at the listing's own address and puts further pages under /sida/N", () => {
    expect(listingPagePath("/praktiker", 1)).toBe("/praktiker");
    expect(listingPagePath("/praktiker", 2)).toBe("/praktiker/sida/2");
    expect(listingPagePath("/amne/bostad", 3)).toBe("/amne/bostad/sida/3");
    expect(listingPagePath("/lan/sodermanlands-lan", 12)).toBe("/lan/sodermanlands-lan/sida/12");
  });

  it("refuses a page number that is no positive integer", () => {
    for (const page of [0, -1, 1.5]) expect(() => listingPagePath("/praktiker", page)).toThrow(RangeError);
  });

  it("is no address a practice may link to, since pages shift as practices are added", () => {
    expect(parseSitePath(listingPagePath("/praktiker", 2))).toBeUndefined();
    expect(parseSitePath(listingPagePath("/amne/bostad", 2))).toBeUndefined();
  });
});
