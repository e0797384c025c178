import { describe, expect, it } from "vitest";
import { anonymisedReferral, checkAddCandidate, checkReferralAnswer, checkSendReferral, identifyingWords, siteSeesIdentity, type ReferralProfile } from "./referral";
import type { MatchingCandidate } from "./stages";

const profile: ReferralProfile = {
  birthDate: "2014-03-01",
  needs: "Har brug for faste rammer og voksne, der bliver.",
  resources: "Glad for dyr og fodbold.",
  school: "Går i 6. klasse, trives med sin lærer.",
  siblings: "En lillesøster, anbragt andetsteds.",
  health: "",
  languageCulture: "Taler dansk og arabisk.",
  interests: "Fodbold",
  network: "Mormor i nærheden.",
  childWishes: "Jeg vil gerne bo tæt på min mor.",
  parentWishes: "At han kan blive i sin skole.",
};
const identity = ["Ahmad Hassan", "Leila Hassan", "Vestergade 12, 8000 Aarhus C", "140301-1234"];
const sent: MatchingCandidate = { id: "c1", siteId: "s1", referralSentOn: "2026-11-01", answer: "PENDING", vacancies: 1, visits: 0 };

describe("the anonymised referral", () => {
  it("gives the age in years instead of the birth date, and the profile's texts", () => {
    const r = anonymisedReferral(profile, "2026-11-28");
    expect(r.ageYears).toBe(12);
    expect(r).not.toHaveProperty("birthDate");
    expect(r.childWishes).toBe(profile.childWishes);
  });

  it("finds names, address words and CPR numbers written into its texts", () => {
    const r = anonymisedReferral({ ...profile, childWishes: "Ahmad vil bo tæt på mor på vestergade.", network: "CPR 1403011234, mormor Fatima" }, "2026-11-28");
    expect(identifyingWords(r, identity).sort()).toEqual(["1403011234", "Ahmad", "vestergade"].sort());
    // Whole words only: "Hassan" is not found inside another word, short tokens and house numbers are ignored.
    expect(identifyingWords(anonymisedReferral({ ...profile, needs: "Hassanborg 12 C" }, "2026-11-28"), identity)).toEqual([]);
  });

  it("is not sent while it names the child, nor twice, nor after the decision", () => {
    const named = anonymisedReferral({ ...profile, needs: "Leila siger ..." }, "2026-11-28");
    expect(checkSendReferral("SEARCH", { ...sent, referralSentOn: null }, named, identity)).toMatchObject({ reason: "MATCH_REFERRAL_IDENTIFIES", params: { words: "Leila" } });
    const clean = anonymisedReferral(profile, "2026-11-28");
    expect(checkSendReferral("SEARCH", { ...sent, referralSentOn: null }, clean, identity)).toBeNull();
    expect(checkSendReferral("SHORTLIST", sent, clean, identity)?.reason).toBe("MATCH_REFERRAL_CLOSED");
    expect(checkSendReferral("TRANSITION", { ...sent, referralSentOn: null }, clean, identity)?.reason).toBe("MATCH_REFERRAL_CLOSED");
  });
});

describe("a site's answer", () => {
  it("is taken only from the site the referral was sent to, while the case is undecided", () => {
    expect(checkReferralAnswer("SHORTLIST", sent, "s2")?.reason).toBe("MATCH_REFERRAL_NOT_YOURS");
    expect(checkReferralAnswer("SHORTLIST", { ...sent, referralSentOn: null }, "s1")?.reason).toBe("MATCH_REFERRAL_NOT_SENT");
    expect(checkReferralAnswer("TRANSITION", sent, "s1")?.reason).toBe("MATCH_REFERRAL_CLOSED");
    expect(checkReferralAnswer("WITHDRAWN", sent, "s1")?.reason).toBe("MATCH_REFERRAL_CLOSED");
    expect(checkReferralAnswer("VISITS", sent, "s1")).toBeNull();
  });

  it("reveals the child only to the site the decision chose", () => {
    expect(siteSeesIdentity(null, sent)).toBe(false);
    expect(siteSeesIdentity({ candidateId: "c2" }, sent)).toBe(false);
    expect(siteSeesIdentity({ candidateId: "c1" }, sent)).toBe(true);
  });
});

describe("the shortlist", () => {
  it("takes each site once, while the search is open", () => {
    expect(checkAddCandidate("SEARCH", [sent], "s1")?.reason).toBe("MATCH_SITE_ALREADY_CANDIDATE");
    expect(checkAddCandidate("SEARCH", [sent], "s2")).toBeNull();
    expect(checkAddCandidate("PROFILE", [], "s2")?.reason).toBe("MATCH_STAGE_NOT_NEXT");
    expect(checkAddCandidate("PROPOSAL", [], "s2")?.reason).toBe("MATCH_STAGE_NOT_NEXT");
  });
});
