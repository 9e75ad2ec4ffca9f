// Rows and metrics as zod and JSON want them: an optional field is absent, never present as undefined.
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
