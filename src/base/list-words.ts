/**
 * The words of a list attribute, space- or comma-separated (`association osim`,
 * `water-sanitation, health`). Set as a property by a framework, an array works
 * too (its string is comma-separated), and any other value is read as its string.
 */
export const listWords = (value: unknown): string[] => String(value ?? '').match(/[^\s,]+/g) ?? [];
