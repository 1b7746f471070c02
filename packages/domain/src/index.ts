// The domain core: every rule the CLI, the site's build and the reader's browser share.
// Browser-safe and zod-free: no Node APIs, nothing that reads files. Node adapters (reading
// content, the `kb` command, the search cache) live in @kunskapsbanken/indexer.
export * from "./dates.js";
export * from "./freshness.js";
export * from "./ids.js";
export * from "./layout.js";
export * from "./open-data.js";
export * from "./ownership.js";
export * from "./paging.js";
export * from "./places.js";
export * from "./practice-view.js";
export * from "./review-due.js";
export * from "./routes.js";
