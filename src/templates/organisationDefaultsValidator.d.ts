/** The schema check written by scripts/organisationDefaultsValidator.js (ajv standalone code). */
interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

interface SchemaCheck {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

declare const validate: SchemaCheck;
export default validate;
