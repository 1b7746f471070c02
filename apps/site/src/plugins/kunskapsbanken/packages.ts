// Docusaurus loads the config (and so this plugin) through jiti, whose CommonJS interop
// breaks zod's named exports, and whose vm has no dynamic import(). The workspace
// packages are therefore loaded with Node's own require() of ES modules (Node >= 20.19),
// out of jiti's reach; their types are still imported statically.
import { createRequire } from "node:module";
import type * as Schema from "@kunskapsbanken/content-schema";
import type * as Indexer from "@kunskapsbanken/indexer";
import type * as Domain from "@kunskapsbanken/domain";

const nativeRequire = createRequire(import.meta.url);

async function load<T>(specifier: string): Promise<T> {
  return nativeRequire(specifier) as T;
}

/** The domain core (cards, facts, dates, places), needed synchronously where cards are made; it has no zod in it. */
export const domain = nativeRequire("@kunskapsbanken/domain") as typeof Domain;

export interface Packages {
  schema: typeof Schema;
  indexer: typeof Indexer;
}

let loading: Promise<Packages> | undefined;

export function packages(): Promise<Packages> {
  loading ??= Promise.all([load<typeof Schema>("@kunskapsbanken/content-schema"), load<typeof Indexer>("@kunskapsbanken/indexer")]).then(
    ([schema, indexer]) => ({ schema, indexer }),
  );
  return loading;
}
