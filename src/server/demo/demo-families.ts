// The demo municipality's families: fictional people, written as a caseworker would write them.
// Dates are offsets in days from the day the demo is seeded, so the demo always looks current.

export interface DemoGoal { title: string; parentsWords: string; successCriteria: string; supportedBy: string }
export interface DemoFamily {
  key: string;
  name: string;
  caseworker: "main" | "second";
  therapist: "main" | "second" | null;
  targetGroup: "MOST_VULNERABLE" | "SEMI_VULNERABLE" | "PSYCH_VULNERABLE_SINGLE" | "RESOURCE_STRONG";
  enrolledDaysAgo: number;
  parents: { name: string; phone: string; email: string; address?: string; hasCustody: boolean; strengths: string; wishes: string }[];
  children: { name: string; birthDate: string; site: "lund" | "solbakken"; placementType: "GENERAL_FOSTER_FAMILY" | "CHILDRENS_HOME"; legalBasis: "VOLUNTARY" | "WITHOUT_CONSENT" }[];
  parentsAccount: string;
  goals: DemoGoal[];
  /**
   * What a parent said in the portal: their own ratings of goals (by position in the plan) on past days,
   * and comments for the next plan revision. The professionals see them beside the follow-ups.
   */
  parentVoice?: { parent: string; ratings: { daysAgo: number; goal: number; rating: number; note: string }[]; comments: { daysAgo: number; text: string }[] };
  /** The first goal's latest rating is lower than the one before (the therapist's home lists it). */
  ratingFell?: true;
  /** How far the family has come. */
  state:
    | { kind: "START_UP_DRAFT" }
    | { kind: "START_UP_AGREED" }
    | { kind: "CHANGE"; startedDaysAgo: number; weeks: number; skipDue?: number[] }
    | { kind: "MAINTENANCE"; changeStartedDaysAgo: number; maintenanceStartedDaysAgo: number }
    | { kind: "CLOSED"; changeStartedDaysAgo: number; closeReason: string }
    /** A change cycle ran its planned length and ended; the caseworker has not assessed it yet. */
    | { kind: "AWAITING_ASSESSMENT"; changeStartedDaysAgo: number; weeks: number };
}

const g = (title: string, parentsWords: string, successCriteria: string, supportedBy: string): DemoGoal => ({ title, parentsWords, successCriteria, supportedBy });

export const DEMO_FAMILIES: DemoFamily[] = [
  {
    key: "hansen", name: "Familien Hansen", caseworker: "main", therapist: "main", targetGroup: "MOST_VULNERABLE", enrolledDaysAgo: 12,
    parents: [{ name: "Camilla Hansen", phone: "20 11 22 33", email: "camilla.hansen@example.dk", hasCustody: true, strengths: "Jeg kender Emil bedre end nogen anden, og jeg vil gerne lære.", wishes: "At Emil ved, at jeg er der for ham, og at jeg får mere samvær." }],
    children: [{ name: "Emil Hansen", birthDate: "2017-06-14", site: "lund", placementType: "GENERAL_FOSTER_FAMILY", legalBasis: "WITHOUT_CONSENT" }],
    parentsAccount: "Jeg vil gerne have, at samværet bliver roligt, og at jeg kan tale med plejefamilien uden at blive vred.",
    goals: [
      g("Rolige samvær med Emil", "Jeg vil komme til tiden og have noget med, vi kan lave sammen.", "Camilla møder op til alle aftalte samvær og har en aktivitet med.", "Familiebehandler Jonas Kjær"),
      g("God kontakt med plejefamilien", "Jeg vil kunne ringe til plejemor uden at vi ender i konflikt.", "Et fast ugentligt telefonopkald med plejefamilien, der gennemføres roligt.", "Familieplejekonsulent Birgitte Holm"),
    ],
    state: { kind: "START_UP_DRAFT" },
  },
  {
    key: "nielsen", name: "Familien Nielsen", caseworker: "main", therapist: "main", targetGroup: "SEMI_VULNERABLE", enrolledDaysAgo: 30,
    parents: [
      { name: "Sara Nielsen", phone: "31 45 67 89", email: "sara.nielsen@example.dk", hasCustody: true, strengths: "Vi er to om det, og vi holder sammen.", wishes: "At Freja kan komme hjem på weekend." },
      { name: "Mads Nielsen", phone: "31 45 67 90", email: "mads.nielsen@example.dk", hasCustody: true, strengths: "Jeg er god til at lave mad og lege udenfor.", wishes: "At vi bliver en del af Frejas hverdag igen." },
    ],
    children: [{ name: "Freja Nielsen", birthDate: "2019-02-03", site: "lund", placementType: "GENERAL_FOSTER_FAMILY", legalBasis: "VOLUNTARY" }],
    parentsAccount: "Vi vil vise, at vi kan give Freja en tryg hverdag, og vi vil gerne have weekendsamvær i hjemmet.",
    goals: [
      g("Faste rutiner ved samvær", "Vi vil have en plan for hvert samvær, så Freja ved, hvad der skal ske.", "En skrevet plan for hvert samvær, som Freja kender på forhånd.", "Familiebehandler Jonas Kjær"),
      g("Samarbejde om skolen", "Vi vil vide, hvordan det går i skolen.", "Forældrene deltager i skole-hjem-samtalen sammen med plejefamilien.", "Myndighedsrådgiver Mette Rasmussen"),
    ],
    state: { kind: "START_UP_AGREED" },
  },
  {
    key: "petersen", name: "Familien Petersen", caseworker: "main", therapist: "main", targetGroup: "PSYCH_VULNERABLE_SINGLE", enrolledDaysAgo: 70,
    parents: [{ name: "Louise Petersen", phone: "42 12 34 56", email: "louise.petersen@example.dk", hasCustody: true, strengths: "Jeg går til samtaler og tager min medicin.", wishes: "At Noah og jeg kan have gode stunder sammen." }],
    children: [{ name: "Noah Petersen", birthDate: "2015-09-21", site: "solbakken", placementType: "CHILDRENS_HOME", legalBasis: "VOLUNTARY" }],
    parentsAccount: "Jeg vil have overskud til Noah, når vi ses, og jeg vil sige fra, når jeg har det dårligt, i stedet for at aflyse.",
    goals: [
      g("Melde afbud i god tid", "Hvis jeg ikke kan, vil jeg sige det dagen før.", "Ingen samvær aflyses samme dag uden besked.", "Familiebehandler Jonas Kjær"),
      g("Gode stunder med Noah", "Jeg vil finde på ting, vi begge kan lide.", "Noah fortæller pædagogen om noget godt fra samværet.", "Opholdsstedet Solbakken"),
      g("Netværk der kan støtte", "Min søster vil gerne hjælpe.", "Søsteren deltager i ét netværksmøde.", "Myndighedsrådgiver Mette Rasmussen"),
    ],
    state: { kind: "CHANGE", startedDaysAgo: 28, weeks: 12 },
    ratingFell: true,
  },
  {
    key: "jensen", name: "Familien Jensen", caseworker: "main", therapist: "main", targetGroup: "MOST_VULNERABLE", enrolledDaysAgo: 80,
    // Separated; the mother's address is known to the caseworker and must never reach the father's portal.
    parents: [
      { name: "Thomas Jensen", phone: "51 23 45 67", email: "thomas.jensen@example.dk", hasCustody: false, strengths: "Jeg er ærlig og vil gerne ændre noget.", wishes: "At Ida og Oliver ved, at deres far holder af dem." },
      { name: "Louise Jensen", phone: "28 76 54 32", email: "louise.jensen@example.dk", address: "Lindevej 4, 4700 Næstved", hasCustody: true, strengths: "Jeg kender børnenes hverdag.", wishes: "At børnene får ro." },
    ],
    children: [
      { name: "Ida Jensen", birthDate: "2014-11-02", site: "lund", placementType: "GENERAL_FOSTER_FAMILY", legalBasis: "WITHOUT_CONSENT" },
      { name: "Oliver Jensen", birthDate: "2016-03-30", site: "lund", placementType: "GENERAL_FOSTER_FAMILY", legalBasis: "WITHOUT_CONSENT" },
    ],
    parentsAccount: "Jeg vil være stoffri til samvær og holde de aftaler, jeg laver med børnene.",
    goals: [
      g("Stoffri til samvær", "Jeg vil være klar i hovedet, når jeg ser børnene.", "Alle samvær gennemføres uden tegn på påvirkning.", "Misbrugsbehandlingen og familiebehandler Jonas Kjær"),
      g("Holde aftaler", "Jeg vil komme, når jeg har sagt det.", "Thomas møder op til mindst 9 ud af 10 samvær.", "Familiebehandler Jonas Kjær"),
    ],
    // The follow-up due 28 days after the start is missing: overdue.
    state: { kind: "CHANGE", startedDaysAgo: 35, weeks: 12, skipDue: [2] },
    // The one follow-up held was 21 days ago: Thomas rated the day before it and again last week, so his
    // second ratings are "since the last follow-up" (the therapist's home and the follow-up form show them).
    parentVoice: {
      parent: "Thomas Jensen",
      ratings: [
        { daysAgo: 22, goal: 0, rating: 3, note: "Det er svært, men jeg har ikke taget noget, før jeg skulle se dem." },
        { daysAgo: 22, goal: 1, rating: 4, note: "Jeg kom for sent en gang. Det var bussen." },
        { daysAgo: 6, goal: 0, rating: 6, note: "Jeg har været clean til alle samvær siden sidst. Jeg er stolt af det." },
        { daysAgo: 6, goal: 1, rating: 5, note: "Jeg aflyste én gang, men jeg ringede dagen før." },
      ],
      comments: [{ daysAgo: 5, text: "Jeg vil gerne have, at vi i næste plan taler om, at samværet kan blive lidt længere, når det går godt." }],
    },
  },
  {
    key: "larsen", name: "Familien Larsen", caseworker: "main", therapist: "main", targetGroup: "SEMI_VULNERABLE", enrolledDaysAgo: 120,
    parents: [{ name: "Maria Larsen", phone: "60 98 76 54", email: "maria.larsen@example.dk", hasCustody: true, strengths: "Jeg har fået arbejde og en stabil bolig.", wishes: "At Alma kan flytte hjem, når det er godt for hende." }],
    children: [{ name: "Alma Larsen", birthDate: "2012-07-07", site: "solbakken", placementType: "CHILDRENS_HOME", legalBasis: "VOLUNTARY" }],
    parentsAccount: "Jeg vil vise, at jeg kan være en stabil mor i hverdagen, også når Alma er vred.",
    goals: [
      g("Tackle Almas vrede", "Jeg vil blive rolig, når Alma råber.", "Maria beskriver tre situationer, hvor hun blev rolig.", "Familiebehandler Jonas Kjær"),
      g("Længere samvær", "Jeg vil have Alma hjemme en hel weekend.", "Et weekendsamvær i hjemmet gennemføres som planlagt.", "Myndighedsrådgiver Mette Rasmussen"),
    ],
    // 12 weeks minus 3 days ago: the planned end falls within this week. The second follow-up was
    // missed and the third held: one miss in the history, not overdue.
    state: { kind: "CHANGE", startedDaysAgo: 12 * 7 - 4, weeks: 12, skipDue: [2] },
  },
  {
    key: "andersen", name: "Familien Andersen", caseworker: "main", therapist: "second", targetGroup: "RESOURCE_STRONG", enrolledDaysAgo: 200,
    parents: [
      { name: "Julie Andersen", phone: "22 33 44 55", email: "julie.andersen@example.dk", hasCustody: true, strengths: "Vi taler godt sammen og søger hjælp.", wishes: "At samarbejdet med institutionen bliver ved med at være godt." },
      { name: "Kasper Andersen", phone: "22 33 44 56", email: "kasper.andersen@example.dk", hasCustody: true, strengths: "Jeg er tålmodig.", wishes: "At William får det godt i skolen." },
    ],
    children: [{ name: "William Andersen", birthDate: "2011-01-19", site: "solbakken", placementType: "CHILDRENS_HOME", legalBasis: "VOLUNTARY" }],
    parentsAccount: "Vi vil holde fast i det, vi har lært, og være en del af Williams skolegang.",
    goals: [
      g("Holde fast i gode samvær", "Vi vil blive ved med de faste søndage.", "Søndagssamvær gennemføres hver anden uge.", "Familiebehandler Lars Bech"),
    ],
    state: { kind: "MAINTENANCE", changeStartedDaysAgo: 150, maintenanceStartedDaysAgo: 40 },
  },
  {
    key: "christensen", name: "Familien Christensen", caseworker: "main", therapist: "main", targetGroup: "SEMI_VULNERABLE", enrolledDaysAgo: 260,
    parents: [{ name: "Rikke Christensen", phone: "70 12 12 12", email: "rikke.christensen@example.dk", hasCustody: true, strengths: "Jeg har et godt netværk.", wishes: "At Lukas kommer hjem." }],
    children: [{ name: "Lukas Christensen", birthDate: "2013-05-05", site: "lund", placementType: "GENERAL_FOSTER_FAMILY", legalBasis: "VOLUNTARY" }],
    parentsAccount: "Jeg vil være klar til, at Lukas flytter hjem.",
    goals: [g("Klar til hjemgivelse", "Jeg vil have en plan for Lukas' hverdag derhjemme.", "En skriftlig hverdagsplan er aftalt med skolen.", "Myndighedsrådgiver Mette Rasmussen")],
    state: { kind: "CLOSED", changeStartedDaysAgo: 200, closeReason: "Lukas er hjemgivet efter aftale med forældre og plejefamilie." },
  },
  {
    key: "olsen", name: "Familien Olsen", caseworker: "second", therapist: "second", targetGroup: "MOST_VULNERABLE", enrolledDaysAgo: 45,
    parents: [{ name: "Patrick Olsen", phone: "28 28 28 28", email: "patrick.olsen@example.dk", hasCustody: true, strengths: "Jeg vil gerne samarbejde.", wishes: "Mere tid med Sofie." }],
    children: [{ name: "Sofie Olsen", birthDate: "2018-10-10", site: "solbakken", placementType: "CHILDRENS_HOME", legalBasis: "WITHOUT_CONSENT" }],
    parentsAccount: "Jeg vil gerne lære, hvordan jeg kan være sammen med Sofie, så hun er glad.",
    goals: [g("Gode samvær med Sofie", "Jeg vil lege med hende.", "Sofie glæder sig til samvær, fortæller pædagogen.", "Familiebehandler Lars Bech")],
    state: { kind: "START_UP_AGREED" },
  },
  {
    key: "poulsen", name: "Familien Poulsen", caseworker: "main", therapist: "second", targetGroup: "PSYCH_VULNERABLE_SINGLE", enrolledDaysAgo: 110,
    parents: [{ name: "Louise Poulsen", phone: "31 31 31 31", email: "louise.poulsen@example.dk", hasCustody: true, strengths: "Jeg siger til, når jeg har brug for hjælp.", wishes: "At Freja og jeg får faste, gode weekender." }],
    children: [{ name: "Freja Poulsen", birthDate: "2015-02-12", site: "lund", placementType: "GENERAL_FOSTER_FAMILY", legalBasis: "VOLUNTARY" }],
    parentsAccount: "Jeg vil have overskud til Freja, også på de dårlige dage.",
    goals: [g("Overskud til samvær", "Jeg vil sove ordentligt dagen før samvær.", "Louise gennemfører alle samvær i en måned uden at aflyse.", "Familiebehandler Lars Bech")],
    // The change phase ended 5 days ago at its planned end; the assessment has not been recorded.
    state: { kind: "AWAITING_ASSESSMENT", changeStartedDaysAgo: 8 * 7 + 5, weeks: 8 },
  },
];
