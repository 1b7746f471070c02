export * from "./vocabularies.js";
export { practiceSchema, type Practice, type PracticeInput } from "./practice.js";
export { profileSchema, type MunicipalityProfile } from "./municipality-profile.js";
export { collectionSchema, type Collection, type CollectionInput } from "./collection.js";
export { validateCollection, validatePractice, validateProfile, type ValidationResult } from "./validate.js";
export { formatPath, type FieldPath, type SchemaProblem } from "./problems.js";
export { closest } from "./suggest.js";
export { fieldAliases } from "./field-names.js";
