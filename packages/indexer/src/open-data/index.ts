export {
  OPEN_DATA_SCHEMA_VERSION,
  openPracticeOf,
  openPractices,
  type OpenPractice,
  type OpenSource,
  type OpenPlace,
  type Labelled,
} from "./records.js";
export { CSV_HEADINGS, toAtom, toJson, toJsonLines, toSpreadsheet } from "./formats.js";
export { neutraliseFormula, toCsv } from "./csv.js";
export { xmlText } from "./xml.js";
