// Writes the JSON Schemas that editors and the site publish, from the one zod source.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { practiceSchema } from "../practice.js";
import { profileSchema } from "../municipality-profile.js";
import { collectionSchema } from "../collection.js";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "../../json-schema");
mkdirSync(outDir, { recursive: true });

const schemas = {
  "praktik.json": { schema: practiceSchema, title: "Kunskapsbanken: ett gott exempel (praktik)" },
  "kommunprofil.json": { schema: profileSchema, title: "Kunskapsbanken: kommunprofil" },
  "kollektion.json": { schema: collectionSchema, title: "Kunskapsbanken: samling för ett möte (kollektion)" },
};

for (const [file, { schema, title }] of Object.entries(schemas)) {
  const json = { ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), title };
  writeFileSync(join(outDir, file), `${JSON.stringify(json, null, 2)}\n`);
}
