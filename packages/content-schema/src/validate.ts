import type { z } from "zod";
import { practiceSchema } from "./practice.js";
import { profileSchema } from "./municipality-profile.js";
import { collectionSchema } from "./collection.js";
import { toProblems, type FieldPath, type SchemaProblem } from "./problems.js";
import { unsafeTextProblems } from "./text-safety.js";

export type ValidationResult<T> = { ok: true; value: T; problems: [] } | { ok: false; problems: SchemaProblem[] };

/** Follows `path` through wrappers, lists and records to the object schema it names. */
function schemaAt(schema: z.core.$ZodType, path: FieldPath): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  const steps = [...path];
  while (current) {
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === "optional" || def.type === "default" || def.type === "nullable" || def.type === "prefault") {
      current = def.innerType as z.core.$ZodType;
      continue;
    }
    if (def.type === "pipe") {
      current = def.in as z.core.$ZodType;
      continue;
    }
    if (steps.length === 0) return current;
    const step = steps.shift();
    if (def.type === "object") current = (def.shape as Record<string, z.core.$ZodType>)[String(step)];
    else if (def.type === "array") current = def.element as z.core.$ZodType;
    else if (def.type === "record") current = def.valueType as z.core.$ZodType;
    else return undefined;
  }
  return undefined;
}

function keysAt(schema: z.core.$ZodType, path: FieldPath): readonly string[] {
  const target = schemaAt(schema, path);
  const def = target?._zod.def as { type?: string; shape?: Record<string, unknown>; options?: z.core.$ZodType[] } | undefined;
  // A value that may take one of several forms may use the keys of any of them.
  if (def?.type === "union" && def.options) return [...new Set(def.options.flatMap((option) => keysAt(option, [])))];
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

function validateWith<S extends z.ZodType>(schema: S, data: unknown): ValidationResult<z.output<S>> {
  const unsafe = unsafeTextProblems(data);
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success && unsafe.length === 0) return { ok: true, value: result.data, problems: [] };
  const problems = result.success ? [] : toProblems(result.error, (path) => keysAt(schema, path));
  return { ok: false, problems: [...unsafe, ...problems] };
}

export const validatePractice = (data: unknown) => validateWith(practiceSchema, data);
export const validateProfile = (data: unknown) => validateWith(profileSchema, data);
export const validateCollection = (data: unknown) => validateWith(collectionSchema, data);
