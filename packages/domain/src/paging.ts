// Browse listings in pages: how many practices a page lists, which ones, and which page
// numbers a pager offers. The site's build slices every listing with these rules; the
// addresses of the pages are in routes.ts (listingPagePath).

/** How many practices a browse page (/praktiker, /amne/ID, /malgrupp/ID, /lan/ID, /kommun/ID) lists. */
export const BROWSE_PAGE_SIZE = 50;

/** Where one page sits in its listing. Positions are 1-based; an empty listing has one page, 0–0 of 0. */
export interface PageInfo {
  /** This page's number, from 1. */
  number: number;
  /** How many pages the listing has (at least 1). */
  count: number;
  /** How many items the whole listing has. */
  total: number;
  /** The position of the page's first item in the listing (0 when the listing is empty). */
  first: number;
  /** The position of the page's last item in the listing (0 when the listing is empty). */
  last: number;
}

/** How many pages a listing of `total` items takes: at least one, so an empty listing still has its page. */
export function pageCountOf(total: number, size: number = BROWSE_PAGE_SIZE): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, not ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** A listing cut into pages of `size`, in order: every item on exactly one page. */
export function pagesOf<T>(items: readonly T[], size: number = BROWSE_PAGE_SIZE): { items: T[]; page: PageInfo }[] {
  const count = pageCountOf(items.length, size);
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    const first = slice.length === 0 ? 0 : i * size + 1;
    return {
      items: slice,
      page: { number: i + 1, count, total: items.length, first, last: first === 0 ? 0 : first + slice.length - 1 },
    };
  });
}

/**
 * The page numbers a pager links to: the first and last page, the current page and `around`
 * pages either side of it; `null` marks a gap of more than one page. A gap of exactly one
 * page shows that page instead, since a number is as short as an ellipsis.
 */
export function pagerNumbers(current: number, count: number, around = 2): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const numbers: (number | null)[] = [];
  for (const n of sorted) {
    const previous = numbers[numbers.length - 1];
    if (typeof previous === "number" && n - previous === 2) numbers.push(previous + 1);
    else if (typeof previous === "number" && n - previous > 2) numbers.push(null);
    numbers.push(n);
  }
  return numbers;
}
