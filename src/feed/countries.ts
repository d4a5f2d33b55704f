/**
 * ISO 3166-1's 249 assigned alpha-2 codes, and XK (Kosovo: user-assigned, in common use, named
 * by CLDR). Not the other codes CLDR names (EU, UN, QO, ZZ "Unknown Region", the reserved UK, AC,
 * IC…, the withdrawn AN, YU…): in a country field a citizen would read them as nonsense.
 * Code "AB" is bit A × 26 + B of this string, six bits per character counted from "0"
 * (`feed-v1.schema.json` lists them; a test checks that the two agree).
 */
const ASSIGNED = 'hUeg^oN_Mkm9o@H50B=0>00G90kWkG10=J06hm0@0=00M\\2m15hCmcooGGbB80@00acSC5000040A5OoW[c^OZI@@@`E524020400400@00240401';

/** Whether `code`, two capital letters, is a country's. */
export const isCountry = (code: string): boolean => {
  const i = (code.charCodeAt(0) - 65) * 26 + code.charCodeAt(1) - 65;
  return !!(((ASSIGNED.charCodeAt(i / 6) - 48) >> i % 6) & 1);
};
