/**
 * The words of a list attribute, space- or comma-separated (`association osim`,
 * `water-sanitation, health`). Set as a property by a framework, an array works
 * too (its string is comma-separated), and any other value is read as its string.
 * `letters`: in the case its codes are written (`OSIM`, `sn` read as `osim`, `SN`).
 */
export const listWords = (value: unknown, letters?: 'lower' | 'upper'): string[] => {
  const text = String(value ?? '');
  return (letters == 'lower' ? text.toLowerCase() : letters ? text.toUpperCase() : text).match(/[^\s,]+/g) ?? [];
};
