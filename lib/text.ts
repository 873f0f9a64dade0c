// Values from URLs and forms, made safe before they reach a query: PostgreSQL refuses NUL
// bytes, a repeated query parameter arrives as a list, and ids have one shape.

/** Database ids (cuid): anything else cannot name a row, and is answered as "not found". */
export const isId = (value: unknown): value is string => typeof value === "string" && /^[a-z0-9]{10,40}$/.test(value);

/** A search or free-text parameter: first value of a list, control characters removed, bounded. */
export function cleanText(value: unknown, max = 100): string {
  const one = Array.isArray(value) ? value[0] : value;
  if (typeof one !== "string") return "";
  return one.replace(/[\u0000-\u001F\u007F]/g, "").slice(0, max);
}
