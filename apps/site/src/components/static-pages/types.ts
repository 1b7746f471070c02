/** What a page outside the route table found for its address. */
export type PageResult<T> = { status: "found"; data: T } | { status: "missing" } | { status: "failed" };

/** The id of the JSON data block that carries a page's data in its HTML. */
export const PAGE_DATA_ELEMENT = "kb-sidans-data";
