// Browser-safe entry: how the site and `kb` word the dates of a practice's facts.
export { formatMonth, formatSeason, freshnessOf, statusAsOf, type Confirmation, type Freshness } from "./content/freshness.js";
export { DEFAULT_REVIEW_AGE, formatReviewAge, isDueForReview } from "./content/review-due.js";
