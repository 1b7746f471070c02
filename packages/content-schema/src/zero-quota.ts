// A kommuntal of 0 is easy to misread as a missing figure or a mistake. In the county's
// 2017 report every 0 has a reason (for Flen, Oxelösund and Vingåker the county board
// decided they need not receive anyone), so a profile that shows a 0 must say why.
import type { z } from "zod";

interface QuotaFigures {
  quota: Record<string, number>;
  assignments?: readonly { date: string; quota: number }[] | undefined;
  zeroQuotaReason?: string | undefined;
}

/** Adds a problem at every kommuntal of 0 when the profile gives no `zeroQuotaReason`. */
export function requireReasonForZeroQuota(profile: QuotaFigures, ctx: z.RefinementCtx): void {
  if (profile.zeroQuotaReason !== undefined) return;
  const message = (where: string) =>
    `kommuntalet ${where} är 0. Skriv i zeroQuotaReason varför, t.ex. att länsstyrelsen beslutade att kommunen inte behövde ta emot anvisade, så att nollan inte ser ut som en saknad uppgift`;
  for (const [year, value] of Object.entries(profile.quota))
    if (value === 0) ctx.addIssue({ code: "custom", path: ["quota", year], message: message(`för ${year}`) });
  (profile.assignments ?? []).forEach((overview, i) => {
    if (overview.quota === 0) ctx.addIssue({ code: "custom", path: ["assignments", i, "quota"], message: message(`den ${overview.date}`) });
  });
}
