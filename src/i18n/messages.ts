import da from "./messages/da.json";
import en from "./messages/en.json";
import reasonsDa from "./messages/method-reasons.da.json";
import reasonsEn from "./messages/method-reasons.en.json";
import credentialsDa from "./messages/credentials.da.json";
import credentialsEn from "./messages/credentials.en.json";
import siteAdminDa from "./messages/site-admin.da.json";
import siteAdminEn from "./messages/site-admin.en.json";
import settingsDa from "./messages/settings.da.json";
import settingsEn from "./messages/settings.en.json";
import ssoDa from "./messages/sso.da.json";
import ssoEn from "./messages/sso.en.json";
import matchingDa from "./messages/matching.da.json";
import matchingEn from "./messages/matching.en.json";
import matchingCaseDa from "./messages/matching-case.da.json";
import matchingCaseEn from "./messages/matching-case.en.json";
import matchingCandidatesDa from "./messages/matching-candidates.da.json";
import matchingCandidatesEn from "./messages/matching-candidates.en.json";
import matchingDecisionDa from "./messages/matching-decision.da.json";
import matchingDecisionEn from "./messages/matching-decision.en.json";
import matchingBreakdownDa from "./messages/matching-breakdown.da.json";
import matchingBreakdownEn from "./messages/matching-breakdown.en.json";
import portalDa from "./messages/portal.da.json";
import portalEn from "./messages/portal.en.json";
import parentAccessDa from "./messages/parent-access.da.json";
import parentAccessEn from "./messages/parent-access.en.json";
import parentRatingsDa from "./messages/parent-ratings.da.json";
import parentRatingsEn from "./messages/parent-ratings.en.json";
import auditCodesDa from "./messages/audit-codes.da.json";
import auditCodesEn from "./messages/audit-codes.en.json";
import type { Locale } from "./locales";

type Catalogue = { [key: string]: string | Catalogue };

// A feature's texts live in their own file (`<feature>.<locale>.json`, top-level keys are namespaces, an optional
// "reasons" adds refusal reasons), so features added side by side do not edit one shared file.
function merge(...parts: Catalogue[]): Catalogue {
  const out: Catalogue = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const prev = out[key];
      out[key] = typeof prev === "object" && typeof value === "object" ? merge(prev, value) : value;
    }
  }
  return out;
}

// The UI texts plus the method's refusal reasons under "reasons", and the reasons of the people-and-placement rules
// (src/domain/people), the plan rules (src/domain/plan), the meeting change rules (src/domain/meetings/changes.ts),
// the journal (src/domain/journal), user administration and matching (src/domain/matching) beside them.
function catalogue(main: typeof da, methodReasons: Catalogue, matching: typeof matchingDa, features: Catalogue[]) {
  const hoisted = { reasons: { ...methodReasons, ...main.people.reasons, ...main.planProposals.reasons, ...main.meetingChanges.reasons, ...main.journal.reasons, ...main.userAdmin.reasons, ...matching.matching.reasons } };
  return merge(main as unknown as Catalogue, hoisted, matching, ...features) as unknown as typeof da;
}

const catalogues = {
  da: catalogue(da, reasonsDa, matchingDa, [credentialsDa, siteAdminDa, settingsDa, ssoDa, matchingCaseDa, matchingCandidatesDa, matchingDecisionDa, matchingBreakdownDa, portalDa, parentAccessDa, auditCodesDa, parentRatingsDa]),
  en: catalogue(en, reasonsEn, matchingEn, [credentialsEn, siteAdminEn, settingsEn, ssoEn, matchingCaseEn, matchingCandidatesEn, matchingDecisionEn, matchingBreakdownEn, portalEn, parentAccessEn, auditCodesEn, parentRatingsEn]),
} as const;

export type Messages = (typeof catalogues)["da"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
