// National-scale data for PostgreSQL load tests (scripts/seed-scale.ts): 98 municipalities, 20,000
// families and three years of history by default. Everything is generated inside the database with
// INSERT ... SELECT ... FROM generate_series(...): only SQL text crosses the wire. The statements only
// need a minimal executor ({ query(sql) }), so the test runs the very same code on PGlite.
//
// The history follows the method's rules (src/domain/method) with the same formulas as the app:
// - every family has a start-up phase; change and maintenance cycles of 8–16 weeks follow it, each
//   ended and assessed before the next starts (the assessment's decision is the next cycle's kind);
//   plannedEndDate = startDate + plannedWeeks*7 - 1; start-up ends on the day the first change starts;
// - follow-ups fall due every 14 days in change (14 or 28 in maintenance) counted from the start, up
//   to the planned or earlier actual end; each is held inside its ±3-day window, a few are missed;
// - exactly one open phase per family unless it is CLOSED; Family.stage is that phase's kind (caseStage());
//   FollowUpDue holds every due date with its ±3-day window, the follow-up held in it and the first
//   follow-up after a missed window (what dueDateRecords() computes);
// - one plan version per family with 2–4 ACTIVE goals (agreed, or a draft for some start-ups), and
//   every follow-up rates every goal.
// Staging happens in TEMP tables (pg_temp.s_*) dropped at the end: run it inside one transaction so
// that a failure leaves nothing behind.
import type { CalendarDate } from "@/domain/method";
import { matchingRows } from "./scale-matching";

// ---------------------------------------------------------------------------------------------
// Word lists. Fictional people; the municipalities are the 98 real Danish ones with their official
// numbers and approximate populations in thousands (only used to spread the families).

export const MUNICIPALITIES: readonly (readonly [code: string, name: string, population: number])[] = [
  ["0101", "København", 660], ["0147", "Frederiksberg", 104], ["0151", "Ballerup", 52], ["0153", "Brøndby", 39],
  ["0155", "Dragør", 14], ["0157", "Gentofte", 75], ["0159", "Gladsaxe", 70], ["0161", "Glostrup", 24],
  ["0163", "Herlev", 30], ["0165", "Albertslund", 28], ["0167", "Hvidovre", 54], ["0169", "Høje-Taastrup", 58],
  ["0173", "Lyngby-Taarbæk", 57], ["0175", "Rødovre", 41], ["0183", "Ishøj", 24], ["0185", "Tårnby", 44],
  ["0187", "Vallensbæk", 17], ["0190", "Furesø", 42], ["0201", "Allerød", 26], ["0210", "Fredensborg", 41],
  ["0217", "Helsingør", 64], ["0219", "Hillerød", 53], ["0223", "Hørsholm", 25], ["0230", "Rudersdal", 57],
  ["0240", "Egedal", 44], ["0250", "Frederikssund", 46], ["0253", "Greve", 51], ["0259", "Køge", 63],
  ["0260", "Halsnæs", 32], ["0265", "Roskilde", 90], ["0269", "Solrød", 24], ["0270", "Gribskov", 41],
  ["0306", "Odsherred", 33], ["0316", "Holbæk", 73], ["0320", "Faxe", 37], ["0326", "Kalundborg", 49],
  ["0329", "Ringsted", 36], ["0330", "Slagelse", 80], ["0336", "Stevns", 23], ["0340", "Sorø", 30],
  ["0350", "Lejre", 29], ["0360", "Lolland", 40], ["0370", "Næstved", 84], ["0376", "Guldborgsund", 60],
  ["0390", "Vordingborg", 45], ["0400", "Bornholm", 39], ["0410", "Middelfart", 40], ["0420", "Assens", 41],
  ["0430", "Faaborg-Midtfyn", 51], ["0440", "Kerteminde", 24], ["0450", "Nyborg", 32], ["0461", "Odense", 207],
  ["0479", "Svendborg", 59], ["0480", "Nordfyns", 29], ["0482", "Langeland", 12], ["0492", "Ærø", 6],
  ["0510", "Haderslev", 55], ["0530", "Billund", 27], ["0540", "Sønderborg", 74], ["0550", "Tønder", 37],
  ["0561", "Esbjerg", 116], ["0563", "Fanø", 3.5], ["0573", "Varde", 50], ["0575", "Vejen", 43],
  ["0580", "Aabenraa", 59], ["0607", "Fredericia", 52], ["0615", "Horsens", 98], ["0621", "Kolding", 95],
  ["0630", "Vejle", 121], ["0657", "Herning", 90], ["0661", "Holstebro", 59], ["0665", "Lemvig", 19],
  ["0671", "Struer", 21], ["0706", "Syddjurs", 43], ["0707", "Norddjurs", 37], ["0710", "Favrskov", 49],
  ["0727", "Odder", 23], ["0730", "Randers", 99], ["0740", "Silkeborg", 101], ["0741", "Samsø", 3.7],
  ["0746", "Skanderborg", 65], ["0751", "Aarhus", 367], ["0756", "Ikast-Brande", 42], ["0760", "Ringkøbing-Skjern", 56],
  ["0766", "Hedensted", 47], ["0773", "Morsø", 20], ["0779", "Skive", 46], ["0787", "Thisted", 43],
  ["0791", "Viborg", 97], ["0810", "Brønderslev", 36], ["0813", "Frederikshavn", 58], ["0820", "Vesthimmerlands", 36],
  ["0825", "Læsø", 1.7], ["0840", "Rebild", 31], ["0846", "Mariagerfjord", 41], ["0849", "Jammerbugt", 38],
  ["0851", "Aalborg", 222], ["0860", "Hjørring", 64],
];

const FEMALE_NAMES = [
  "Anne", "Mette", "Kirsten", "Hanne", "Susanne", "Lene", "Maria", "Camilla", "Louise", "Charlotte", "Julie", "Sara",
  "Emma", "Ida", "Laura", "Sofie", "Mathilde", "Caroline", "Line", "Tina", "Pia", "Helle", "Marianne", "Malene",
  "Christina", "Nadia", "Fatima", "Amalie", "Josefine", "Katrine", "Rikke", "Stine", "Maja", "Freja", "Cecilie", "Signe",
];

const MALE_NAMES = [
  "Jens", "Peter", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Christian", "Martin", "Morten",
  "Rasmus", "Jesper", "Anders", "Mads", "Kasper", "Jacob", "Frederik", "Mikkel", "Nikolaj", "Emil", "Jonas", "Simon",
  "Mathias", "Ali", "Mohammed", "Kim", "Brian", "Dennis", "René", "Carsten", "Bo", "Ole", "Torben",
];

const CHILD_NAMES = [
  "Noah", "Oscar", "William", "Lucas", "Carl", "Alfred", "Malthe", "Valdemar", "Arthur", "Elias", "Alma", "Ella",
  "Clara", "Olivia", "Agnes", "Karla", "Lærke", "Luna", "Nora", "Asta", "Ellie", "Vigga", "Liam", "Theo",
  "Aksel", "Storm", "Bertram", "Villads", "Ingrid", "Esther", "Sebastian", "Victor", "Anton", "Mille", "Sofia", "Emil",
];

const SURNAMES = [
  "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
  "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
  "Knudsen", "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Holm",
  "Eriksen", "Kristiansen", "Nissen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Vestergaard",
  "Østergaard", "Mogensen", "Jepsen", "Bach", "Dahl", "Kjær", "Lauridsen", "Berg", "Koch", "Ahmed", "Hussein", "Yilmaz",
];

const STREETS = [
  "Skovvej", "Kirkevej", "Møllevej", "Strandvejen", "Bakkevej", "Søndergade", "Nørregade", "Vestergade", "Østergade", "Engvej",
  "Birkevej", "Egevej", "Lindevej", "Havevej", "Rosenvej", "Stationsvej", "Skolevej", "Parkvej", "Åvej", "Markvej",
];

const PLACE_NAMES = [
  "Solbakken", "Egebo", "Lindegården", "Birkely", "Skovly", "Bakkehuset", "Fjordhuset", "Strandgården", "Granly", "Engholm",
  "Havbo", "Lyngbo", "Kildebo", "Møllegården", "Toftegården", "Nørrebo", "Rønnebo", "Lærkereden", "Stjernehuset", "Ankerhus",
];

const GOAL_TITLES = [
  "Komme til tiden til samvær", "Holde en fast døgnrytme", "Skabe ro ved afsked efter samvær", "Godt samarbejde med plejefamilien",
  "Deltage i netværksmøder", "Styr på økonomien", "Holde fast i misbrugsbehandlingen", "Tale roligt med barnet om anbringelsen",
  "Lave mad sammen med barnet ved samvær", "Følge barnets skolegang", "Søge hjælp, når det bliver svært", "Passe egne lægeaftaler",
  "Holde aftaler med sagsbehandleren", "Et trygt hjem til weekendsamvær", "Sætte grænser på en rolig måde", "Deltage i forældremøder",
  "Opbygge et støttende netværk", "Færre konflikter mellem forældrene",
];

const PARENTS_WORDS = [
  "Jeg vil gerne vise, at jeg kan.", "Vi vil være der for vores barn.", "Jeg vil ikke komme for sent mere.",
  "Vi vil gerne have mere samvær.", "Jeg vil kunne tale med plejefamilien uden at blive vred.", "Jeg vil have styr på mit eget liv.",
  "Vi vil lære at give en god afsked.", "Jeg vil gerne kende barnets lærer.",
];

const SUCCESS_CRITERIA = [
  "Møder til tiden ved fire ud af fem samvær.", "Ingen aflysninger i en hel måned.", "Et fast ugentligt opkald, der gennemføres roligt.",
  "Deltager i alle aftalte møder.", "Budget lagt og fulgt i tre måneder.", "Rolig afsked ved de seneste tre samvær.",
  "Barnet fortæller selv, at samværet er hyggeligt.",
];

const SUPPORTED_BY = ["Familiebehandleren", "Sagsbehandleren", "Plejefamilien", "Familiehuset", "Netværket", "Familieplejekonsulenten"];

const PARENTS_ACCOUNTS = [
  "Vi vil gerne have, at samværet bliver roligt, og at vi kan samarbejde med plejefamilien.",
  "Jeg har haft en svær tid, men nu vil jeg gerne være en stabil forælder igen.",
  "Vi savner vores barn og vil gerne vise, at vi kan tage ansvar.",
  "Jeg vil gerne forstå, hvorfor anbringelsen skete, og hvad jeg selv kan gøre.",
  "Vi ønsker mere samvær og en bedre kontakt med skolen.",
];

const AGREED_UNTIL_NEXT = [
  "Forældrene skriver ned, hvordan næste samvær gik.", "Vi øver den aftalte plan for samværet igen.",
  "Mor ringer til plejefamilien om søndagen.", "Far tager kontakt til jobcentret.", "Vi laver en madplan til weekendsamværet.",
  "Forældrene deltager i næste skolemøde.", "Vi følger op på aftalen med misbrugscentret.", "",
];

const RATING_NOTES = ["Godt udgangspunkt.", "Tydelig fremgang siden sidst.", "Lidt tilbagegang efter en svær uge.", "Stabilt.", "Forældrene er selv tilfredse."];

const PROGRESSION_SUMMARIES = [
  "God fremgang på alle mål. Forældrene ønsker at fastholde det, de har lært.",
  "Fremgang på de fleste mål; samværet er blevet roligere.",
  "Målene er delvist nået. Der er brug for endnu et forløb med fokus på afsked og struktur.",
  "Målene er nået. Forældrene har en stabil hverdag og et godt samarbejde med plejefamilien.",
  "Svingende forløb, men forældrene er motiverede for at fortsætte.",
];

const PARENTS_VIEWS = [
  "Vi synes selv, det går meget bedre.", "Det har været hårdt, men vi kan mærke forskellen.", "Vi vil gerne fortsætte.",
  "Vi er glade for hjælpen.", "",
];

const JUSTIFICATIONS = [
  "Målene er ikke nået endnu; et nyt forandringsforløb med justerede delmål.",
  "Tilbagefald efter en svær periode; forældrene ønsker selv et nyt forløb.",
  "Nye mål efter hjemgivelse af et af børnene.",
  "Samarbejdet med anbringelsesstedet skal styrkes, før vedligehold giver mening.",
];

const CLOSE_REASONS = [
  "Målene er nået.", "Barnet er hjemgivet.", "Anbringelsen er ophørt.", "Forældrene ønsker ikke at fortsætte.", "Familien er flyttet til en anden kommune.",
];

const EARLY_END_REASONS = ["Barnet blev hjemgivet.", "Forælderen blev indlagt.", "Familien flyttede.", "Anbringelsesstedet skiftede."];

const STRENGTHS = [
  "Kender sit barn rigtig godt.", "Møder op og er engageret.", "Er god til at lege.", "Har et godt netværk.", "Vil gerne lære.", "",
];

const WISHES = ["Mere samvær.", "At barnet kommer hjem.", "Bedre kontakt med plejefamilien.", "Ro på hverdagen.", ""];

const CONTACT_PLACES = [
  "Familiehuset", "Hjemme hos forældrene", "Plejefamiliens hjem", "Samværslokalet på rådhuset", "Opholdsstedet", "Legepladsen ved biblioteket",
];

const SESSION_OBSERVATIONS = [
  "Rolig stemning, barnet glad ved afsked.", "God leg sammen; mor havde forberedt en aktivitet.", "Lidt uro i starten, derefter fint.",
  "Far kom til tiden og havde mad med.", "Barnet var træt, men samværet gik godt.", "",
];

const CANCEL_NOTES = ["Meldte afbud samme dag.", "Sygdom.", "Barnet ville ikke af sted.", "Aflyst pga. transport.", ""];

const CONSULTANT_COMMENTS = [
  "Plejefamilien oplever samværene som mere rolige.", "Vi foreslår at flytte samværet til lørdag.",
  "Barnet har haft svært ved afskeden de sidste gange.", "Godt samarbejde med forældrene.",
];

// ---------------------------------------------------------------------------------------------
// Options and the per-municipality plan (computed here; everything else happens in SQL).

/** The one thing the generator needs from a database client. */
export interface ScaleExecutor {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface ScaleOptions {
  municipalities: number;
  families: number;
  /** Years of history before `today`. */
  years: number;
  today: CalendarDate;
  /** One argon2 hash shared by every generated user. */
  passwordHash: string;
  /** Placement sites; default max(municipalities, families / 50). */
  sites?: number;
  /** Families in the first (largest) municipality; default 7.5 % of all, at least 1.5× the average. */
  largestMunicipalityFamilies?: number;
  /** Audit events in total; default families × years × 250 / 3 (5,000,000 at full size). */
  auditEvents?: number;
  /** setseed() value in [-1, 1] for repeatable data. */
  seed?: number;
  /** No timestamp is later than this instant; default the end of `today` or now, whichever is earlier. */
  now?: Date;
  /**
   * Drop the secondary indexes and foreign keys of the big tables before loading and re-create them
   * afterwards from their exact catalog definitions (then checked against the catalog). Several times
   * faster on PostgreSQL; the schema ends up exactly as migrated.
   */
  deferIndexes?: boolean;
}

export const FULL_SCALE = { municipalities: 98, families: 20_000, years: 3 } as const;

export interface MunicipalityPlan {
  mno: number;
  code: string;
  name: string;
  families: number;
  offset: number;
  caseworkers: number;
  therapists: number;
  consultants: number;
}

export function planMunicipalities(o: Pick<ScaleOptions, "municipalities" | "families" | "largestMunicipalityFamilies">): MunicipalityPlan[] {
  const m = o.municipalities;
  const f = o.families;
  if (!Number.isInteger(m) || m < 1 || m > MUNICIPALITIES.length) throw new RangeError(`municipalities must be 1–${MUNICIPALITIES.length}`);
  if (!Number.isInteger(f) || f < 2 * m) throw new RangeError(`families must be a whole number of at least 2 per municipality (${2 * m})`);
  const list = MUNICIPALITIES.slice(0, m);
  const counts = new Array<number>(m).fill(2);
  if (m === 1) counts[0] = f;
  else {
    const largest = Math.min(f - 2 * (m - 1), Math.max(2, o.largestMunicipalityFamilies ?? Math.max(Math.round(f * 0.075), Math.ceil((1.5 * f) / m))));
    counts[0] = largest;
    // The rest by population, at least two each, largest remainder first.
    const rest = f - largest - 2 * (m - 1);
    const weights = list.slice(1).map(([, , population]) => population);
    const total = weights.reduce((a, b) => a + b, 0);
    const exact = weights.map((w) => (rest * w) / total);
    const floors = exact.map(Math.floor);
    let left = rest - floors.reduce((a, b) => a + b, 0);
    const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
    for (const [, i] of order) {
      if (left-- <= 0) break;
      floors[i]! += 1;
    }
    floors.forEach((n, i) => (counts[i + 1] = 2 + n));
  }
  let offset = 0;
  return list.map(([code, name], i) => {
    const families = counts[i]!;
    const plan = {
      mno: i + 1, code, name, families, offset,
      caseworkers: Math.max(1, Math.round((families * 2) / 25)),
      therapists: Math.max(1, Math.round(families / 15)),
      consultants: Math.max(1, Math.round(families / 150)),
    };
    offset += families;
    return plan;
  });
}

// ---------------------------------------------------------------------------------------------
// SQL helpers.

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (list: readonly string[]) => `ARRAY[${list.map(lit).join(",")}]::text[]`;
/** A random element; random() is evaluated per row. */
const pick = (list: readonly string[]) => `(${arr(list)})[1 + floor(random() * ${list.length})::int]`;
/** A deterministic element for a non-negative integer expression. */
const pickAt = (list: readonly string[], expr: string) => `(${arr(list)})[1 + ((${expr}) % ${list.length})]`;
const TZ = "'Europe/Copenhagen'";
/** A Copenhagen wall-clock instant on a date: `hour` plus up to `spanHours` (random) later. */
const at = (date: string, hour: number, spanHours = 0) =>
  `((${date}) + TIME '${String(hour).padStart(2, "0")}:00'${spanHours ? ` + random() * INTERVAL '${spanHours} hours'` : ""}) AT TIME ZONE ${TZ}`;
const pad = (expr: string, n: number) => `lpad((${expr})::text, ${n}, '0')`;
const famKey = (fno: string) => pad(fno, 6);
const phaseId = (fno: string, cno: string) => `'sph' || ${famKey(fno)} || '-' || ${pad(cno, 2)}`;
const asciiMail = (expr: string) => `translate(lower(${expr}), 'æøåéü ', 'aoaeu.')`;

interface Ctx {
  T: string; // today, a date literal
  W: string; // first day of the history window
  winDays: number;
  CAP: string; // latest instant, a timestamptz literal
  T0: string; // when the municipalities and users were "created"
  hash: string;
  M: number;
  F: number;
  S: number;
  auditTarget: number;
}

export interface StepReport {
  step: string;
  seconds: number;
}

/**
 * Fills an empty (or demo-only) schema. `db` runs one statement per call; wrap the call in a
 * transaction. `onStep` hears about each finished step.
 */
export async function generateScaleData(db: ScaleExecutor, options: ScaleOptions, onStep?: (r: StepReport) => void): Promise<StepReport[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new RangeError("today must be YYYY-MM-DD");
  if (!(options.years >= 1 && options.years <= 10)) throw new RangeError("years must be between 1 and 10");
  const plan = planMunicipalities(options);
  const winDays = Math.round(365 * options.years);
  const endOfToday = new Date(`${options.today}T23:59:59Z`); // at least as late as 23:59 in Copenhagen minus the offset
  const now = options.now ?? new Date();
  const cap = now < endOfToday ? now : new Date(endOfToday.getTime() - 2 * 3600_000);
  const ctx: Ctx = {
    T: `DATE '${options.today}'`,
    W: `(DATE '${options.today}' - ${winDays})`,
    winDays,
    CAP: `TIMESTAMPTZ '${cap.toISOString()}'`,
    T0: at(`DATE '${options.today}' - ${winDays + 30}`, 8),
    hash: lit(options.passwordHash),
    M: plan.length,
    F: options.families,
    S: options.sites ?? Math.max(plan.length, Math.round(options.families / 50)),
    auditTarget: options.auditEvents ?? Math.round((options.families * options.years * 250) / 3),
  };
  if (!Number.isInteger(ctx.S) || ctx.S < ctx.M) throw new RangeError("sites must be at least one per municipality");

  const reports: StepReport[] = [];
  const step = async (name: string, run: () => Promise<void>) => {
    const t = performance.now();
    await run();
    const r = { step: name, seconds: (performance.now() - t) / 1000 };
    reports.push(r);
    onStep?.(r);
  };
  const all = async (statements: string[]) => {
    for (const sql of statements) await db.query(sql);
  };

  await step("staging", () => all([
    // JIT would compile each of these big one-off statements for seconds; nothing here profits from it.
    `SET LOCAL jit = off`,
    ...(options.seed !== undefined ? [`SELECT 1 AS seeded FROM (SELECT setseed(${Number(options.seed)})) AS s(x)`] : []), // setseed() returns void
    `DROP TABLE IF EXISTS pg_temp.s_muni, pg_temp.s_site, pg_temp.s_fam, pg_temp.s_cyc, pg_temp.s_due, pg_temp.s_child, pg_temp.s_cp`,
    ...stagingMunicipalities(plan),
  ]));
  // Read before anything is dropped: these exact definitions are re-created after the load.
  const deferred = options.deferIndexes ? await schemaObjects(db, DEFERRED_TABLES) : null;
  if (deferred) {
    await step("drop secondary indexes + foreign keys", () => all([
      ...deferred.foreignKeys.map((fk) => `ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${quoteIdent(fk.name)}`),
      ...deferred.indexes.map((ix) => `DROP INDEX ${quoteIdent(ix.name)}`),
    ]));
  }
  await step("municipalities + users", () => all(municipalitiesAndUsers(ctx)));
  await step("placement sites + site staff", () => all(sites(ctx)));
  await step("family plans (staging)", () => all(familyStaging(ctx)));
  await step("phase cycles (staging)", () => all(cycleStaging(ctx)));
  await step("follow-up schedule (staging)", () => all(dueStaging(ctx)));
  await step("families, parents, children, placements", () => all(familyRows(ctx)));
  await step("action plans + goals", () => all(planRows()));
  await step("phases + assessments", () => all(phaseRows(ctx)));
  await step("follow-ups", () => all(followUpRows()));
  await step("goal ratings", () => all(ratingRows()));
  await step("contact plans + sessions", () => all(contactRows(ctx)));
  await step("meetings + participants + action items", () => all(meetingRows(ctx)));
  await step("matching cases, candidates, decisions, breakdowns", () => all(matchingRows(ctx.T)));
  await step("audit events", async () => {
    const [est] = await db.query<{ derived: number; days: number }>(auditEstimate(ctx));
    const filler = Math.max(0, ctx.auditTarget - Number(est?.derived ?? 0));
    const rate = filler / Math.max(1, Number(est?.days ?? 1));
    await all(auditRows(ctx, rate));
  });
  if (deferred) {
    // CREATE INDEX sorts once instead of maintaining the index row by row; ADD CONSTRAINT validates
    // each foreign key with one join. The partial unique index re-checks "one open phase per family".
    for (const ix of deferred.indexes) await step(`index ${ix.name}`, () => all([ix.def]));
    await step("foreign keys (validated)", () => all(deferred.foreignKeys.map((fk) => `ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.def}`)));
    const restored = await schemaObjects(db, DEFERRED_TABLES);
    if (JSON.stringify(restored) !== JSON.stringify(deferred)) throw new Error("Re-created indexes or foreign keys differ from the migrated schema");
  }
  await step("cleanup", () => all([`DROP TABLE IF EXISTS pg_temp.s_muni, pg_temp.s_site, pg_temp.s_fam, pg_temp.s_cyc, pg_temp.s_due, pg_temp.s_child, pg_temp.s_cp`]));
  return reports;
}

/** The big tables whose secondary indexes and foreign keys `deferIndexes` drops during the load. */
export const DEFERRED_TABLES = ["Goal", "Phase", "Assessment", "FollowUp", "FollowUpDue", "GoalRating", "ContactSession", "AuditEvent"] as const;

export interface SchemaObjects {
  indexes: { tbl: string; name: string; def: string }[];
  foreignKeys: { tbl: string; name: string; def: string }[];
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The secondary indexes (not those behind a primary key or constraint) and foreign keys of `tables`
 * in the current schema, with the DDL that re-creates them, as the catalog prints it.
 */
export async function schemaObjects(db: ScaleExecutor, tables: readonly string[]): Promise<SchemaObjects> {
  const names = arr(tables);
  const indexes = await db.query<{ tbl: string; name: string; def: string }>(
    `SELECT t.oid::regclass::text AS tbl, i.relname::text AS name, pg_get_indexdef(i.oid) AS def
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND t.relname = ANY(${names}) AND NOT x.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
     ORDER BY t.relname, i.relname`);
  const foreignKeys = await db.query<{ tbl: string; name: string; def: string }>(
    `SELECT t.oid::regclass::text AS tbl, c.conname::text AS name, pg_get_constraintdef(c.oid) AS def
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND c.contype = 'f' AND t.relname = ANY(${names})
     ORDER BY t.relname, c.conname`);
  const plain = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r }));
  return { indexes: plain(indexes), foreignKeys: plain(foreignKeys) };
}


// ---------------------------------------------------------------------------------------------
// Statements, step by step.

function stagingMunicipalities(plan: MunicipalityPlan[]): string[] {
  const rows = plan.map((m) => `(${m.mno}, ${lit(`smu${m.code}`)}, ${lit(m.code)}, ${lit(m.name)}, ${m.families}, ${m.offset}, ${m.caseworkers}, ${m.therapists}, ${m.consultants})`);
  return [
    `CREATE TEMP TABLE s_muni (mno int PRIMARY KEY, id text NOT NULL, code text NOT NULL, name text NOT NULL, n_fam int NOT NULL,
       fam_offset int NOT NULL, n_cw int NOT NULL, n_th int NOT NULL, n_cons int NOT NULL, sites int[])`,
    `INSERT INTO s_muni (mno, id, code, name, n_fam, fam_offset, n_cw, n_th, n_cons) VALUES ${rows.join(", ")}`,
  ];
}

function personName(): string {
  return `CASE WHEN random() < .5 THEN ${pick(FEMALE_NAMES)} ELSE ${pick(MALE_NAMES)} END || ' ' || ${pick(SURNAMES)}`;
}

function municipalitiesAndUsers(c: Ctx): string[] {
  return [
    `INSERT INTO "Municipality" (id, code, name, "createdAt", "updatedAt")
     SELECT id, code, name, ${c.T0}, ${c.T0} FROM s_muni ORDER BY mno`,
    // cw12.0751@scale.local: role tag, number, municipality code.
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "municipalityId", "createdAt", "updatedAt")
     SELECT 'su' || m.code || r.tag || ${pad("g.n", 3)}, r.tag || g.n || '.' || m.code || '@scale.local', ${personName()},
            ${c.hash}, r.role::"Role", m.id, ${c.T0}, ${c.T0}
     FROM s_muni m
     CROSS JOIN LATERAL (VALUES ('cw', 'CASEWORKER', m.n_cw), ('th', 'THERAPIST', m.n_th), ('cons', 'CONSULTANT', m.n_cons),
                                ('coord', 'COORDINATOR', 1), ('admin', 'ADMIN', 1)) AS r(tag, role, n)
     CROSS JOIN LATERAL generate_series(1, r.n) AS g(n)
     ORDER BY m.mno, r.tag, g.n`,
  ];
}

function sites(c: Ctx): string[] {
  // The first M sites belong one to each municipality; the rest spread like the families.
  const step = c.F / Math.max(1, c.S - c.M);
  return [
    `CREATE TEMP TABLE s_site AS
     SELECT z.*, 'sps' || ${pad("z.sno", 4)} AS id, (row_number() OVER (PARTITION BY z.mno ORDER BY z.sno))::int AS srank,
       CASE WHEN z.kind LIKE '%FOSTER_FAMILY' THEN 1 + (z.u2 < .6)::int ELSE 2 + floor(z.u2 * 3)::int END AS n_staff,
       CASE z.kind WHEN 'NETWORK_FOSTER_FAMILY' THEN 'Netværksplejefamilien ' || z.surname
                   WHEN 'CHILDRENS_HOME' THEN 'Børne- og ungehjemmet ' || z.place
                   WHEN 'BOARDING_SCHOOL' THEN 'Kostskolen ' || z.place
                   WHEN 'OWN_ROOM' THEN 'Kollegiet ' || z.place
                   ELSE 'Plejefamilien ' || z.surname END AS name
     FROM (
       SELECT y.*,
         CASE WHEN y.u1 < .45 THEN 'GENERAL_FOSTER_FAMILY' WHEN y.u1 < .50 THEN 'REINFORCED_FOSTER_FAMILY' WHEN y.u1 < .55 THEN 'SPECIALISED_FOSTER_FAMILY'
              WHEN y.u1 < .65 THEN 'NETWORK_FOSTER_FAMILY' WHEN y.u1 < .92 THEN 'CHILDRENS_HOME' WHEN y.u1 < .97 THEN 'BOARDING_SCHOOL' ELSE 'OWN_ROOM' END AS kind
       FROM (
         SELECT s.sno, m.mno, m.code, m.name AS muni_name, random() AS u1, random() AS u2,
           ${pick(SURNAMES)} AS surname, ${pick(PLACE_NAMES)} AS place,
           ${pick(STREETS)} || ' ' || (1 + floor(random() * 120))::int || ', ' || m.name AS address,
           to_char(20000000 + floor(random() * 79999999)::int, 'FM00 00 00 00') AS phone
         FROM generate_series(1, ${c.S}) AS s(sno)
         JOIN s_muni m ON m.mno = CASE WHEN s.sno <= ${c.M} THEN s.sno
           ELSE (SELECT mm.mno FROM s_muni mm WHERE floor((s.sno - ${c.M} - 0.5) * ${step}) BETWEEN mm.fam_offset AND mm.fam_offset + mm.n_fam - 1) END
       ) y
     ) z`,
    `ANALYZE s_site`,
    `UPDATE s_muni m SET sites = (SELECT array_agg(s.sno ORDER BY s.sno) FROM s_site s WHERE s.mno = m.mno)`,
    `INSERT INTO "PlacementSite" (id, name, kind, address, phone, email, "createdAt", "updatedAt")
     SELECT id, name, kind::"SiteKind", address, phone, 'kontakt' || sno || '@anbringelse.example.dk', ${c.T0}, ${c.T0} FROM s_site ORDER BY sno`,
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "municipalityId", "createdAt", "updatedAt")
     SELECT 'ss' || ${pad("s.sno", 4)} || '-' || g.n, 'site' || s.sno || '.' || g.n || '@scale.local',
            CASE WHEN s.kind LIKE '%FOSTER_FAMILY'
                 THEN CASE WHEN g.n = 1 THEN ${pick(FEMALE_NAMES)} ELSE ${pick(MALE_NAMES)} END || ' ' || s.surname
                 ELSE ${personName()} END,
            ${c.hash}, 'SITE', NULL, ${c.T0}, ${c.T0}
     FROM s_site s CROSS JOIN LATERAL generate_series(1, s.n_staff) AS g(n) ORDER BY s.sno, g.n`,
    // Staff of each site, and the home municipality's placement consultant.
    `INSERT INTO "SiteMembership" (id, "userId", "siteId", role)
     SELECT 'ssm' || ${pad("s.sno", 4)} || '-' || g.n, 'ss' || ${pad("s.sno", 4)} || '-' || g.n, s.id, 'STAFF'::"SiteMembershipRole"
     FROM s_site s CROSS JOIN LATERAL generate_series(1, s.n_staff) AS g(n)
     UNION ALL
     SELECT 'ssc' || ${pad("s.sno", 4)}, 'su' || m.code || 'cons' || ${pad("1 + (s.srank - 1) % m.n_cons", 3)}, s.id, 'CONSULTANT'::"SiteMembershipRole"
     FROM s_site s JOIN s_muni m ON m.mno = s.mno`,
  ];
}

function familyStaging(c: Ctx): string[] {
  return [
    `CREATE TEMP TABLE s_fam AS
     SELECT w.*,
       'sfa' || ${famKey("w.fno")} AS id,
       'su' || w.code || 'cw' || ${pad("w.cw", 3)} AS cw_id, 'cw' || w.cw || '.' || w.code || '@scale.local' AS cw_email,
       CASE WHEN w.th IS NOT NULL THEN 'su' || w.code || 'th' || ${pad("w.th", 3)} END AS th_id,
       CASE WHEN w.th IS NOT NULL THEN 'th' || w.th || '.' || w.code || '@scale.local' END AS th_email,
       'su' || w.code || 'coord001' AS coord_id, 'coord1.' || w.code || '@scale.local' AS coord_email,
       'su' || w.code || 'cons' || ${pad("w.cons", 3)} AS cons_id, 'cons' || w.cons || '.' || w.code || '@scale.local' AS cons_email,
       'Familien ' || w.surname || CASE WHEN w.surname2 <> w.surname THEN '-' || w.surname2 ELSE '' END AS display_name,
       CASE WHEN w.n_parents = 2 THEN w.p1_first || ' og ' || w.p2_first ELSE w.p1_first END AS with_whom,
       NULL::date AS enrolled, NULL::date AS first_start, NULL::date AS closed_on, NULL::boolean AS agreed,
       NULL::date AS agreed_on, 0 AS n_cycles, NULL::text AS first_child_id, NULL::int AS first_sno
     FROM (
       SELECT x.*,
         x.state = 'CLOSED' AND x.csu_draw AS closed_su,
         CASE WHEN x.state = 'START_UP' AND x.u_th < .4 THEN NULL ELSE x.th0 END AS th,
         x.state <> 'CLOSED' AND x.contact_draw AS has_contact
       FROM (
         SELECT y.mno, y.code, y.mid, y.muni_name, y.k, y.fno,
           CASE WHEN y.k = 0 THEN 'CHANGE' WHEN y.u_state < .15 THEN 'START_UP' WHEN y.u_state < .45 THEN 'CHANGE'
                WHEN y.u_state < .75 THEN 'MAINTENANCE' ELSE 'CLOSED' END AS state,
           y.u_csu < .15 AS csu_draw,
           14 + floor(y.u_su * 57)::int AS su,
           y.u_e AS e_u, y.u_over < .08 AS over,
           floor(power(y.u_r, 1.5) * ${c.winDays - 200})::int AS r,
           CASE WHEN y.u_hist < .97 THEN ${c.winDays} ELSE floor(${c.winDays} * (y.u_hist - .97) / .03)::int END AS hist,
           (y.k = 0 OR y.u_ovd < .07) AS overdue,
           1 + y.k % y.n_cw AS cw, 1 + y.k % y.n_th AS th0, y.u_th, 1 + y.k % y.n_cons AS cons,
           2 + floor(y.u_goals * 3)::int AS n_goals,
           CASE WHEN y.u_par < .4 THEN 1 ELSE 2 END AS n_parents,
           CASE WHEN y.u_ch < .55 THEN 1 WHEN y.u_ch < .85 THEN 2 ELSE 3 END AS n_children,
           CASE WHEN y.u_tg < .3 THEN 'MOST_VULNERABLE' WHEN y.u_tg < .65 THEN 'SEMI_VULNERABLE'
                WHEN y.u_tg < .85 THEN 'PSYCH_VULNERABLE_SINGLE' ELSE 'RESOURCE_STRONG' END AS tg,
           y.u_contact < .75 AS contact_draw, y.u_agree, y.u_agree2, y.u_how,
           y.surname, CASE WHEN y.u_double < .2 THEN y.surname2 ELSE y.surname END AS surname2, y.p1_first, y.p2_first, y.close_reason
         FROM (
           SELECT m.mno, m.code, m.id AS mid, m.name AS muni_name, m.n_cw, m.n_th, m.n_cons, g.k, m.fam_offset + g.k + 1 AS fno,
             random() AS u_state, random() AS u_csu, random() AS u_su, random() AS u_e, random() AS u_over, random() AS u_r,
             random() AS u_hist, random() AS u_ovd, random() AS u_th, random() AS u_goals, random() AS u_par, random() AS u_ch,
             random() AS u_tg, random() AS u_contact, random() AS u_agree, random() AS u_agree2, random() AS u_how, random() AS u_double,
             ${pick(SURNAMES)} AS surname, ${pick(SURNAMES)} AS surname2, ${pick(FEMALE_NAMES)} AS p1_first, ${pick(MALE_NAMES)} AS p2_first,
             ${pick(CLOSE_REASONS)} AS close_reason
           FROM s_muni m CROSS JOIN LATERAL generate_series(0, m.n_fam - 1) AS g(k)
         ) y
       ) x
     ) w
     ORDER BY w.fno`,
    `ANALYZE s_fam`,
  ];
}

function cycleStaging(c: Ctx): string[] {
  // Cycles are laid out backwards from the open one (or from the closing date): j = 0 is the latest.
  // A cycle j >= 1 ends, is assessed `a` days after its end (-10..7) and the next one starts the day
  // after the later of the two, plus `b` days. Cycles are kept while they fit the family's history
  // length and the window; maintenance families keep at least two (the first cycle is a change).
  const maxJ = Math.ceil(c.winDays / 60) + 2;
  return [
    `CREATE TEMP TABLE s_cyc AS
     WITH r AS (
       SELECT f.fno, f.state, f.su, f.hist, f.r AS r_days, f.e_u, f.over, f.overdue, g.j,
         random() AS uw, random() AS uw2, random() AS ue, random() AS ue2, random() AS ua, random() AS ua2, random() AS ub, random() AS ub2,
         random() AS uk, random() AS ui
       FROM s_fam f CROSS JOIN generate_series(0, ${maxJ}) AS g(j)
       WHERE f.state IN ('CHANGE', 'MAINTENANCE') OR (f.state = 'CLOSED' AND NOT f.closed_su)
     ), s1 AS (
       SELECT r.*,
         CASE WHEN uw < .35 THEN 12 ELSE 8 + floor(uw2 * 9)::int END AS w,
         CASE WHEN j = 0 THEN (CASE WHEN state = 'CLOSED' THEN floor(ua * 8)::int ELSE 0 END)
              WHEN ua < .5 THEN floor(ua2 * 4)::int WHEN ua < .8 THEN -1 - floor(ua2 * 10)::int ELSE 4 + floor(ua2 * 4)::int END AS a,
         CASE WHEN ub < .75 THEN 0 ELSE 1 + floor(ub2 * 3)::int END AS b,
         CASE WHEN ui < .9 THEN 14 ELSE 28 END AS maint_iv,
         (j = 0 AND state = 'CLOSED' AND ue < .15) OR (j > 0 AND ue < .05) AS early
       FROM r
     ), s2 AS (
       SELECT s1.*, CASE WHEN early THEN 28 + floor(ue2 * 28)::int ELSE w * 7 END AS d FROM s1
     ), s3 AS (
       SELECT s2.*,
         first_value(w) OVER fam AS w0, first_value(d) OVER fam AS d0, first_value(a) OVER fam AS a0, first_value(maint_iv) OVER fam AS iv0,
         (sum(CASE WHEN j = 0 THEN 0 ELSE d + greatest(a, 0) + 1 + b END) OVER fam)::int AS cum
       FROM s2 WINDOW fam AS (PARTITION BY fno ORDER BY j)
     ), s4 AS (
       SELECT s3.*,
         CASE WHEN state = 'CLOSED' THEN ${c.T} - r_days - a0 - d0 + 1
              ELSE ${c.T} - greatest(floor(e_u * (w0 * 7 + CASE WHEN over THEN 14 ELSE 0 END))::int,
                                     CASE WHEN overdue THEN (CASE WHEN state = 'MAINTENANCE' THEN iv0 ELSE 14 END) + 4 ELSE 0 END) END AS anchor
       FROM s3
     ), s5 AS (
       SELECT s4.*, (anchor - cum)::date AS start FROM s4
       WHERE j = 0 OR (j = 1 AND state = 'MAINTENANCE') OR (cum <= hist AND anchor - cum - su >= ${c.W})
     ), s6 AS (
       SELECT s5.*, (count(*) OVER (PARTITION BY fno))::int AS n FROM s5
     ), s7 AS (
       SELECT s6.*, n - j AS cno,
         CASE WHEN n - j = 1 THEN 'CHANGE'
              WHEN j = 0 AND state <> 'CLOSED' THEN state
              WHEN j = 0 THEN CASE WHEN uk < .6 THEN 'MAINTENANCE' ELSE 'CHANGE' END
              WHEN uk < .7 - .4 * (n - j - 1)::float8 / greatest(n - 1, 1) THEN 'CHANGE' ELSE 'MAINTENANCE' END AS kind
       FROM s6
     )
     SELECT fno, j, cno, n, kind, w, d, start, state,
       CASE WHEN kind = 'CHANGE' THEN 14 ELSE maint_iv END AS iv,
       (start + w * 7 - 1)::date AS planned_end,
       CASE WHEN j = 0 AND state <> 'CLOSED' THEN NULL ELSE (start + d - 1)::date END AS end_date,
       CASE WHEN j = 0 AND state <> 'CLOSED' THEN NULL ELSE (start + d - 1 + a)::date END AS assess_date,
       CASE WHEN j = 0 THEN (CASE WHEN state = 'CLOSED' THEN 'CLOSE' END) ELSE 'START_' || lag(kind) OVER (PARTITION BY fno ORDER BY j) END AS decision,
       early
     FROM s7
     ORDER BY fno, j`,
    `ANALYZE s_cyc`,
    `UPDATE s_fam f SET first_start = c.first_start, n_cycles = c.n
     FROM (SELECT fno, min(start) AS first_start, count(*)::int AS n FROM s_cyc GROUP BY fno) c WHERE c.fno = f.fno`,
    `UPDATE s_fam SET
       closed_on = CASE WHEN state = 'CLOSED' THEN ${c.T} - r END,
       enrolled = CASE WHEN state = 'START_UP' THEN ${c.T} - floor(e_u * 90)::int WHEN closed_su THEN ${c.T} - r - su ELSE first_start - su END`,
    `UPDATE s_fam SET agreed = CASE WHEN state = 'START_UP' THEN ${c.T} - enrolled >= 14 AND u_agree < .7 WHEN closed_su THEN u_agree < .5 ELSE true END`,
    `UPDATE s_fam SET agreed_on = CASE WHEN agreed
       THEN enrolled + floor((least(coalesce(first_start, ${c.T}), coalesce(closed_on, ${c.T}), ${c.T}) - enrolled) * (.2 + .6 * u_agree2))::int END`,
  ];
}

function dueStaging(c: Ctx): string[] {
  return [
    // Every due date of every cycle, and the day its follow-up was held (null: not held).
    `CREATE TEMP TABLE s_due AS
     SELECT z.fno, z.cno, z.i, false AS adhoc, z.is_open, z.due, z.iv, z.end_date, z.n_goals, z.held,
       ${famKey("z.fno")} || '-' || ${pad("z.cno", 2)} || '-' || ${pad("z.i", 2)} AS key,
       CASE WHEN z.held IS NOT NULL THEN (z.held - z.enrolled)::float8 / greatest(1, coalesce(z.closed_on, ${c.T}) - z.enrolled) END AS progress
     FROM (
       SELECT y.*,
         CASE WHEN NOT y.is_open THEN CASE WHEN y.u_miss < .03 THEN NULL ELSE least(y.due + y.jit, y.end_date) END
              WHEN y.overdue AND y.due + 3 + y.iv * (1 + y.fno % 2) >= ${c.T} THEN NULL
              WHEN y.due + y.jit <= ${c.T} THEN y.due + y.jit END AS held
       FROM (
         SELECT c.fno, c.cno, g.i, c.end_date IS NULL AS is_open, (c.start + g.i * c.iv)::date AS due, c.iv, c.end_date,
           f.n_goals, f.enrolled, f.closed_on, f.overdue, random() AS u_miss,
           CASE WHEN random() < .6 THEN 0 ELSE floor(random() * 7)::int - 3 END AS jit
         FROM s_cyc c JOIN s_fam f ON f.fno = c.fno
         CROSS JOIN LATERAL generate_series(1, (least(coalesce(c.end_date, c.planned_end), c.planned_end) - c.start) / c.iv) AS g(i)
       ) y
     ) z`,
    // A few ad hoc follow-ups between two due dates (outside every window: they count for none).
    `INSERT INTO s_due (fno, cno, i, adhoc, is_open, due, iv, end_date, n_goals, held, key, progress)
     SELECT fno, cno, i, true, false, due + iv / 2, iv, end_date, n_goals, due + iv / 2, key || 'x', progress
     FROM (SELECT s.*, random() AS u FROM s_due s WHERE NOT s.is_open AND s.held IS NOT NULL AND s.due + s.iv / 2 <= s.end_date) s
     WHERE u < .15`,
    `CREATE INDEX ON s_due (fno, cno, held)`,
    `ANALYZE s_due`,
  ];
}

function familyRows(c: Ctx): string[] {
  return [
    `INSERT INTO "Family" (id, "municipalityId", "caseNumber", "displayName", "targetGroup", "stage",
       "enrolledOn", "closedOn", "closeReason", "createdAt", "updatedAt", version)
     SELECT id, mid, '27.12.08-' || code || '-' || ${pad("k + 1", 4)}, display_name, tg::"TargetGroup", state::"CaseStage",
       enrolled, closed_on, CASE WHEN state = 'CLOSED' THEN close_reason END,
       ${at("enrolled", 9, 3)}, ${at("coalesce(closed_on, enrolled)", 12, 3)}, 1 + n_cycles * 3
     FROM s_fam ORDER BY fno`,
    `INSERT INTO "FamilyAssignment" (id, "familyId", "userId", role)
     SELECT 'sfc' || ${famKey("fno")}, id, cw_id, 'CASEWORKER'::"AssignmentRole" FROM s_fam
     UNION ALL
     SELECT 'sft' || ${famKey("fno")}, id, th_id, 'THERAPIST'::"AssignmentRole" FROM s_fam WHERE th_id IS NOT NULL`,
    `INSERT INTO "Parent" (id, "familyId", name, phone, email, address, "hasCustody", strengths, wishes, "createdAt", "updatedAt")
     SELECT 'spa' || ${famKey("y.fno")} || '-' || y.p, y.id, y.first || ' ' || y.last, y.phone,
       CASE WHEN y.u_mail < .7 THEN ${asciiMail("y.first || '.' || y.last")} || '@example.dk' END,
       y.address, y.u_custody < .8, y.strengths, y.wishes, ${at("y.enrolled", 10)}, ${at("y.enrolled", 10)}
     FROM (
       SELECT f.fno, f.id, f.enrolled, g.p, CASE WHEN g.p = 1 THEN f.p1_first ELSE f.p2_first END AS first,
         CASE WHEN g.p = 1 THEN f.surname ELSE f.surname2 END AS last,
         to_char(20000000 + floor(random() * 79999999)::int, 'FM00 00 00 00') AS phone,
         ${pick(STREETS)} || ' ' || (1 + floor(random() * 150))::int || ', ' || f.muni_name AS address,
         random() AS u_mail, random() AS u_custody, ${pick(STRENGTHS)} AS strengths, ${pick(WISHES)} AS wishes
       FROM s_fam f CROSS JOIN LATERAL generate_series(1, f.n_parents) AS g(p)
     ) y`,
    // Children, each placed at a site of its own municipality (80 %) or anywhere in the country.
    `CREATE TEMP TABLE s_child AS
     SELECT y.fno, y.c, 'sch' || ${famKey("y.fno")} || '-' || y.c AS id, y.fid, y.name, y.birth, s.sno, s.id AS site_id, s.kind,
       (y.enrolled - 10 - floor(y.u_pl * least(greatest(y.enrolled - 10 - y.birth - 30, 0), 700))::int)::date AS placed_on,
       y.closed_on, y.u_lb < .6 AS voluntary, y.enrolled
     FROM (
       SELECT f.fno, f.id AS fid, f.enrolled, f.closed_on, g.c, ${pick(CHILD_NAMES)} || ' ' || f.surname AS name,
         (f.enrolled - (60 + floor(random() * 14 * 365))::int)::date AS birth, random() AS u_pl, random() AS u_lb,
         CASE WHEN random() < .8 THEN m.sites[1 + floor(random() * cardinality(m.sites))::int] ELSE 1 + floor(random() * ${c.S})::int END AS sno
       FROM s_fam f JOIN s_muni m ON m.mno = f.mno CROSS JOIN LATERAL generate_series(1, f.n_children) AS g(c)
     ) y JOIN s_site s ON s.sno = y.sno
     ORDER BY y.fno, y.c`,
    `ANALYZE s_child`,
    `UPDATE s_fam f SET first_child_id = c.id, first_sno = c.sno FROM s_child c WHERE c.fno = f.fno AND c.c = 1`,
    `INSERT INTO "Child" (id, "familyId", name, "birthDate", "createdAt", "updatedAt")
     SELECT id, fid, name, birth, ${at("enrolled", 10)}, ${at("enrolled", 10)} FROM s_child ORDER BY fno, c`,
    `INSERT INTO "Placement" (id, "childId", "siteId", type, "legalBasis", "startDate", "endDate", "endReason", "createdAt", "updatedAt", version)
     SELECT 'spl' || ${famKey("fno")} || '-' || c, id, site_id, kind::"SiteKind",
       (CASE WHEN voluntary THEN 'VOLUNTARY' ELSE 'WITHOUT_CONSENT' END)::"LegalBasis", placed_on, closed_on,
       CASE WHEN closed_on IS NOT NULL THEN CASE WHEN c % 2 = 1 THEN 'Hjemgivet' ELSE 'Anbringelsen ophørt' END END,
       ${at("enrolled", 10)}, ${at("coalesce(closed_on, enrolled)", 10)}, CASE WHEN closed_on IS NOT NULL THEN 2 ELSE 1 END
     FROM s_child ORDER BY fno, c`,
    // A consultant of the placing municipality follows each site its children are placed at.
    `INSERT INTO "SiteMembership" (id, "userId", "siteId", role)
     SELECT DISTINCT 'ssk' || ${pad("c.sno", 4)} || '-' || f.code || '-' || f.cons, f.cons_id, c.site_id, 'CONSULTANT'::"SiteMembershipRole"
     FROM s_child c JOIN s_fam f ON f.fno = c.fno
     ON CONFLICT ("userId", "siteId", role) DO NOTHING`,
  ];
}

function planRows(): string[] {
  return [
    `INSERT INTO "ActionPlan" (id, "familyId", "createdAt") SELECT 'sap' || ${famKey("fno")}, id, ${at("enrolled", 11)} FROM s_fam ORDER BY fno`,
    `INSERT INTO "ActionPlanVersion" (id, "planId", number, status, "parentsAccount", "agreedOn", "agreedHow", "draftedById", "agreedById",
       "createdAt", "updatedAt", version)
     SELECT 'sav' || ${famKey("fno")} || '-1', 'sap' || ${famKey("fno")}, 1, (CASE WHEN agreed THEN 'AGREED' ELSE 'DRAFT' END)::"PlanVersionStatus",
       ${pick(PARENTS_ACCOUNTS)}, agreed_on,
       CASE WHEN agreed THEN (CASE WHEN u_how < .75 THEN 'IN_PERSON' WHEN u_how < .85 THEN 'VIDEO' WHEN u_how < .95 THEN 'PHONE' ELSE 'OTHER' END)::"AgreementMode" END,
       cw_id, CASE WHEN agreed THEN cw_id END, ${at("enrolled", 11)}, ${at("coalesce(agreed_on, enrolled)", 13)}, CASE WHEN agreed THEN 2 ELSE 1 END
     FROM s_fam ORDER BY fno`,
    // Titles differ within a family: step 7 is coprime with the list's length.
    `INSERT INTO "Goal" (id, "planVersionId", "lineageId", position, title, "parentsWords", "successCriteria", "supportedBy", status)
     SELECT 'sgo' || ${famKey("f.fno")} || '-' || g.p, 'sav' || ${famKey("f.fno")} || '-1', 'sgl' || ${famKey("f.fno")} || '-' || g.p, g.p,
       ${pickAt(GOAL_TITLES, "f.fno * 5 + g.p * 7")}, ${pick(PARENTS_WORDS)}, ${pick(SUCCESS_CRITERIA)}, ${pick(SUPPORTED_BY)}, 'ACTIVE'
     FROM s_fam f CROSS JOIN LATERAL generate_series(0, f.n_goals - 1) AS g(p)
     ORDER BY f.fno, g.p`,
  ];
}

function phaseRows(c: Ctx): string[] {
  const justification = (cno: string) => pickAt(JUSTIFICATIONS, `c.fno * 7 + ${cno}`);
  return [
    `INSERT INTO "Phase" (id, "familyId", kind, "startDate", "plannedWeeks", "plannedEndDate", "followUpIntervalDays", "endDate",
       "startedById", "createdAt", "updatedAt", version)
     SELECT ${phaseId("fno", "0")}, id, 'START_UP', enrolled, NULL, NULL, NULL,
       CASE WHEN state = 'START_UP' THEN NULL WHEN closed_su THEN closed_on ELSE first_start END,
       cw_id, ${at("enrolled", 9)}, ${at("coalesce(first_start, closed_on, enrolled)", 9)}, CASE WHEN state = 'START_UP' THEN 1 ELSE 2 END
     FROM s_fam ORDER BY fno`,
    // plannedEndDate = start + weeks*7 - 1, as plannedEndDate() in the domain.
    `INSERT INTO "Phase" (id, "familyId", kind, "startDate", "plannedWeeks", "plannedEndDate", "followUpIntervalDays", "endDate",
       "earlyEndReason", justification, "startedById", "createdAt", "updatedAt", version)
     SELECT ${phaseId("c.fno", "c.cno")}, f.id, c.kind::"PhaseKind", c.start, c.w, c.planned_end, c.iv, c.end_date,
       CASE WHEN c.early THEN ${pick(EARLY_END_REASONS)} END,
       CASE WHEN c.kind = 'CHANGE' AND c.cno > 1 THEN ${justification("c.cno - 1")} END,
       f.cw_id, ${at("c.start", 10)}, ${at("coalesce(c.end_date, c.start)", 10)}, CASE WHEN c.end_date IS NULL THEN 1 ELSE 2 END
     FROM s_cyc c JOIN s_fam f ON f.fno = c.fno ORDER BY c.fno, c.cno`,
    `INSERT INTO "Assessment" (id, "phaseId", date, "progressionSummary", "parentsView", decision, justification, "closeReason", "recordedById", "createdAt")
     SELECT 'sas' || ${famKey("c.fno")} || '-' || ${pad("c.cno", 2)}, ${phaseId("c.fno", "c.cno")}, c.assess_date,
       ${pick(PROGRESSION_SUMMARIES)}, ${pick(PARENTS_VIEWS)}, c.decision::"AssessmentDecision",
       CASE WHEN c.decision = 'START_CHANGE' THEN ${justification("c.cno")} END,
       CASE WHEN c.decision = 'CLOSE' THEN f.close_reason END,
       coalesce(f.th_id, f.cw_id), ${at("c.assess_date", 11, 4)}
     FROM s_cyc c JOIN s_fam f ON f.fno = c.fno WHERE c.end_date IS NOT NULL ORDER BY c.fno, c.cno`,
  ];
}

function followUpRows(): string[] {
  return [
    `INSERT INTO "FollowUp" (id, "familyId", "phaseId", date, "heldById", "parentsPresent", "withWhom", "agreedUntilNext", "requestId",
       "createdAt", "updatedAt")
     SELECT 'sfu' || s.key, f.id, ${phaseId("s.fno", "s.cno")}, s.held, coalesce(f.th_id, f.cw_id), s.present,
       CASE WHEN s.present THEN f.with_whom ELSE '' END, s.agreed_text, 'scale-' || s.key, s.ts, s.ts
     FROM (
       SELECT d.*, random() < .95 AS present, ${pick(AGREED_UNTIL_NEXT)} AS agreed_text, ${at("d.held", 13, 3)} AS ts
       FROM s_due d WHERE d.held IS NOT NULL
     ) s JOIN s_fam f ON f.fno = s.fno`,
    // Ad hoc follow-ups lie halfway between two due dates, outside every window, so each due date's
    // follow-up is the one generated for it.
    `INSERT INTO "FollowUpDue" ("phaseId", "familyId", "dueDate", "windowStart", "windowEnd", "heldOn", "caughtUpOn")
     SELECT ${phaseId("d.fno", "d.cno")}, f.id, d.due, d.due - 3, d.due + 3, d.held,
       CASE WHEN d.held IS NULL THEN (SELECT min(x.held) FROM s_due x WHERE x.fno = d.fno AND x.cno = d.cno AND x.held > d.due + 3) END
     FROM s_due d JOIN s_fam f ON f.fno = d.fno WHERE NOT d.adhoc`,
  ];
}

function ratingRows(): string[] {
  // A base level and a gain per goal, rising with the family's progress through its history.
  return [
    `INSERT INTO "GoalRating" (id, "followUpId", "goalId", rating, note)
     SELECT 'sgr' || s.key || '-' || s.p, 'sfu' || s.key, 'sgo' || ${famKey("s.fno")} || '-' || s.p,
       least(10, greatest(0, round(1 + (s.fno * 7 + s.p * 3) % 4 + (3 + (s.fno * 5 + s.p * 11) % 5) * s.progress + s.u * 3 - 1.5)))::int,
       CASE WHEN s.un < .08 THEN s.note ELSE '' END
     FROM (
       SELECT d.fno, d.key, d.progress, g.p, random() AS u, random() AS un, ${pick(RATING_NOTES)} AS note
       FROM s_due d CROSS JOIN LATERAL generate_series(0, d.n_goals - 1) AS g(p)
       WHERE d.held IS NOT NULL
     ) s`,
  ];
}

/**
 * An assessment meeting for every assessed cycle (caseworker and therapist invited, one action item,
 * done unless the meeting was in the last month) and one upcoming meeting for every open cycle, near
 * its planned end: what the home pages' agendas, action items and invitations read.
 */
function meetingRows(c: Ctx): string[] {
  const meetingId = (suffix: string) => `'smt' || ${famKey("c.fno")} || '-' || ${suffix}`;
  const upcoming = `greatest(c.planned_end - 3, ${c.T} + 1 + c.fno % 21)`;
  return [
    `INSERT INTO "Meeting" (id, "municipalityId", "familyId", "startsAt", "endsAt", location, purpose, agenda, minutes, decisions, "calledById", "createdAt", "updatedAt", version)
     SELECT ${meetingId(pad("c.cno", 2))}, f.mid, f.id, ${at("c.assess_date", 10)}, ${at("c.assess_date", 11)}, 'Familiecentret, mødelokale 2',
       'Vurdering af forløbet', ARRAY['Forældrenes oplevelse af forløbet', 'Målene og vurderingerne', 'Beslutning om næste forløb'],
       'Forældrene fortalte om forløbet; målene blev gennemgået ét for ét.',
       CASE c.decision WHEN 'CLOSE' THEN 'Forløbet afsluttes.' WHEN 'START_CHANGE' THEN 'Nyt forandringsforløb.' ELSE 'Fortsætter i fastholdelse.' END,
       f.cw_id, ${at("c.assess_date - 14", 9)}, ${at("c.assess_date", 12)}, 2
     FROM s_cyc c JOIN s_fam f ON f.fno = c.fno WHERE c.end_date IS NOT NULL
     UNION ALL
     SELECT ${meetingId("'next'")}, f.mid, f.id, ${at(upcoming, 13)}, ${at(upcoming, 14)}, 'Familiecentret, mødelokale 1',
       'Vurdering af forløbet', ARRAY['Forældrenes oplevelse af forløbet', 'Målene og vurderingerne'], '', '', f.cw_id, ${at(`${c.T} - 7`, 9)}, ${at(`${c.T} - 7`, 9)}, 1
     FROM s_cyc c JOIN s_fam f ON f.fno = c.fno WHERE c.end_date IS NULL AND f.state <> 'CLOSED'`,
    `INSERT INTO "MeetingParticipant" (id, "meetingId", kind, "userId", name, email)
     SELECT m.id || '-' || r.tag, m.id, 'USER', u.id, u.name, u.email
     FROM "Meeting" m JOIN s_fam f ON f.id = m."familyId"
     CROSS JOIN LATERAL (VALUES ('c', f.cw_id), ('t', f.th_id)) AS r(tag, user_id)
     JOIN "User" u ON u.id = r.user_id`,
    `INSERT INTO "ActionItem" (id, "meetingId", description, "ownerUserId", "ownerName", "dueDate", "doneAt", "createdAt", version)
     SELECT m.id || '-a', m.id, 'Aftale næste samvær med plejefamilien og give forældrene besked.', u.id, u.name,
       (m."startsAt" AT TIME ZONE ${TZ})::date + 14,
       CASE WHEN m."startsAt" < ${at(`${c.T} - 30`, 0)} THEN m."startsAt" + INTERVAL '9 days' END, m."endsAt", 1
     FROM "Meeting" m JOIN s_fam f ON f.id = m."familyId" JOIN "User" u ON u.id = coalesce(f.th_id, f.cw_id)
     WHERE m."startsAt" < ${at(c.T, 0)}`,
  ];
}

function contactRows(c: Ctx): string[] {
  return [
    // One contact plan for the first child of ~3 in 4 open families, saved on validFrom; like the app,
    // sessions were generated 182 days ahead of that day. Past ones are recorded by the site.
    `CREATE TEMP TABLE s_cp AS
     SELECT y.*, 'scp' || ${famKey("y.fno")} AS id,
       CASE y.freq WHEN 'EVERY_OTHER_WEEKEND' THEN (y.valid_from + (6 - extract(dow FROM y.valid_from)::int + 7) % 7)::date ELSE y.valid_from END AS first_day
     FROM (
       SELECT x.*,
         CASE WHEN x.u_f < .35 THEN 'WEEKLY' WHEN x.u_f < .75 THEN 'EVERY_OTHER_WEEK' WHEN x.u_f < .9 THEN 'EVERY_OTHER_WEEKEND' ELSE 'MONTHLY' END AS freq
       FROM (
         SELECT f.fno, f.id AS fid, f.mid, f.cw_id, f.cw_email, f.cons_id, f.cons_email, f.first_child_id AS child_id, f.first_sno AS sno,
           greatest(f.enrolled, ${c.T} - floor(random() * 120)::int) AS valid_from, random() AS u_f, random() AS u_sup, random() AS u_mode,
           random() AS u_dur, random() AS u_comment, ${pick(CONTACT_PLACES)} AS place
         FROM s_fam f WHERE f.has_contact
       ) x
     ) y ORDER BY y.fno`,
    `INSERT INTO "ContactPlan" (id, "childId", "createdAt", "updatedAt")
     SELECT id, child_id, ${at("valid_from", 9, 6)}, ${at("valid_from", 9, 6)} FROM s_cp ORDER BY fno`,
    `INSERT INTO "ContactPlanVersion" (id, "contactPlanId", number, frequency, "customDates", "durationMinutes", place, supervised, "supervisedBy",
       mode, "validFrom", "validTo", notes, "createdById", "createdAt")
     SELECT 'scv' || ${famKey("fno")} || '-1', id, 1, freq::"ContactFrequency", '{}'::date[],
       (ARRAY[60, 90, 120, 180])[1 + floor(u_dur * 4)::int], place, u_sup < .6, CASE WHEN u_sup < .6 THEN 'Familiehuset' END,
       (CASE WHEN u_mode < .85 THEN 'IN_PERSON' WHEN u_mode < .95 THEN 'VIDEO' ELSE 'PHONE' END)::"ContactMode",
       valid_from, NULL, '', cw_id, ${at("valid_from", 9, 6)}
     FROM s_cp ORDER BY fno`,
    `INSERT INTO "ContactSession" (id, "contactPlanId", date, status, observation, "recordedById", "recordedAt", version)
     SELECT z.sid, z.cp_id, z.d, z.status::"ContactSessionStatus",
       CASE WHEN z.status = 'HELD' THEN z.obs WHEN z.status LIKE 'CANCELLED%' THEN z.cancel ELSE '' END,
       CASE WHEN z.status <> 'PLANNED' THEN z.recorder END,
       CASE WHEN z.status <> 'PLANNED' THEN least(z.rec_at, ${c.CAP}) END,
       CASE WHEN z.status <> 'PLANNED' THEN 2 ELSE 1 END
     FROM (
       SELECT y.*,
         CASE WHEN y.d >= ${c.T} THEN 'PLANNED' WHEN y.u < .80 THEN 'HELD' WHEN y.u < .89 THEN 'CANCELLED_BY_PARENT'
              WHEN y.u < .93 THEN 'CANCELLED_BY_SITE' WHEN y.u < .96 THEN 'CANCELLED_BY_CHILD' ELSE 'PLANNED' END AS status
       FROM (
         SELECT x.*, random() AS u, ${pick(SESSION_OBSERVATIONS)} AS obs, ${pick(CANCEL_NOTES)} AS cancel, ${at("x.d", 18, 40)} AS rec_at
         FROM (
           SELECT 'scs' || ${famKey("p.fno")} || '-' || ${pad("g.i", 3)} AS sid, p.id AS cp_id, p.valid_from, 'ss' || ${pad("p.sno", 4)} || '-1' AS recorder,
             CASE p.freq WHEN 'MONTHLY' THEN (p.valid_from + make_interval(months => g.i))::date
                         WHEN 'WEEKLY' THEN p.first_day + 7 * g.i ELSE p.first_day + 14 * g.i END AS d
           FROM s_cp p CROSS JOIN LATERAL generate_series(0, CASE p.freq WHEN 'WEEKLY' THEN 26 WHEN 'MONTHLY' THEN 6 ELSE 13 END) AS g(i)
         ) x WHERE x.d <= x.valid_from + 182
       ) y
     ) z ORDER BY z.sid`,
    `INSERT INTO "ContactPlanComment" (id, "contactPlanId", "authorId", body, "createdAt")
     SELECT 'scc' || ${famKey("fno")}, id, cons_id, ${pick(CONSULTANT_COMMENTS)},
       least(${at(`valid_from + floor(random() * greatest(1, ${c.T} - valid_from))::int`, 9, 8)}, ${c.CAP})
     FROM s_cp WHERE u_comment < .1`,
  ];
}

function auditEstimate(c: Ctx): string {
  return `SELECT (
      (SELECT count(*) FROM s_fam) * 2 + (SELECT count(*) FROM s_fam WHERE agreed) + (SELECT count(*) FROM s_fam WHERE closed_su)
      + (SELECT count(*) FROM s_cyc) + 2 * (SELECT count(*) FROM s_cyc WHERE end_date IS NOT NULL)
      + (SELECT count(*) FROM s_due WHERE held IS NOT NULL) + (SELECT count(*) FROM s_cp)
      + (SELECT count(*) FROM "ContactSession" cs JOIN s_cp p ON p.id = cs."contactPlanId" WHERE cs."recordedAt" IS NOT NULL)
    )::float8 AS derived,
    (SELECT sum(coalesce(closed_on, ${c.T}) - enrolled + 1) FROM s_fam)::float8 AS days`;
}

/**
 * The audit trail: what the app's commands write (family and plan created, plan agreed, phases
 * started and ended, assessments, follow-ups, contact plans and recorded sessions), topped up with
 * reads and edits by the family's users until the target is met. One statement per half year, each
 * sorted by time, so that ids grow with `at` as in a real log.
 */
function auditRows(c: Ctx, rate: number): string[] {
  const chunks = Math.max(1, Math.ceil(c.winDays / 182));
  const out: string[] = [];
  for (let i = 0; i < chunks; i++) {
    const lo = i === 0 ? `DATE '1900-01-01'` : `(${c.T} - ${c.winDays - i * 182})`;
    const hi = i === chunks - 1 ? `(${c.T} + 1)` : `(${c.T} - ${c.winDays - (i + 1) * 182})`;
    out.push(auditChunk(c, lo, hi, rate));
  }
  return out;
}

function auditChunk(c: Ctx, lo: string, hi: string, rate: number): string {
  const inRange = (d: string) => `${d} >= ${lo} AND ${d} < ${hi}`;
  const ip = `'10.' || (f.mno % 250) || '.' || floor(random() * 256)::int || '.' || (1 + floor(random() * 254))::int`;
  const cols = (atExpr: string, actor: string, email: string, action: string, type: string, recordId: string, details: string) =>
    `${atExpr} AS at, ${actor} AS actor_id, ${email} AS actor_email, '${action}' AS action, '${type}' AS record_type, ${recordId} AS record_id,
     f.id AS family_id, f.mid AS municipality_id, ${ip} AS ip, ${details} AS details`;
  const holder = ["coalesce(f.th_id, f.cw_id)", "coalesce(f.th_email, f.cw_email)"] as const;
  const parts = [
    `SELECT ${cols(at("f.enrolled", 9, 3), "f.cw_id", "f.cw_email", "CREATE", "Family", "f.id", "NULL::jsonb")} FROM s_fam f WHERE ${inRange("f.enrolled")}`,
    `SELECT ${cols(at("f.enrolled", 12, 3), "f.cw_id", "f.cw_email", "CREATE", "ActionPlanVersion", `'sav' || ${famKey("f.fno")} || '-1'`, "NULL::jsonb")}
     FROM s_fam f WHERE ${inRange("f.enrolled")}`,
    `SELECT ${cols(at("f.agreed_on", 13, 3), "f.cw_id", "f.cw_email", "UPDATE", "ActionPlanVersion", `'sav' || ${famKey("f.fno")} || '-1'`, `'{"agreed": true}'::jsonb`)}
     FROM s_fam f WHERE f.agreed AND ${inRange("f.agreed_on")}`,
    `SELECT ${cols(at("f.closed_on", 14, 2), "f.cw_id", "f.cw_email", "UPDATE", "Family", "f.id", "jsonb_build_object('closed', f.closed_on::text)")}
     FROM s_fam f WHERE f.closed_su AND ${inRange("f.closed_on")}`,
    `SELECT ${cols(at("c.start", 10, 2), "f.cw_id", "f.cw_email", "CREATE", "Phase", phaseId("c.fno", "c.cno"), "jsonb_build_object('kind', c.kind, 'plannedWeeks', c.w)")}
     FROM s_cyc c JOIN s_fam f ON f.fno = c.fno WHERE ${inRange("c.start")}`,
    `SELECT ${cols(at("c.end_date", 15, 2), "f.cw_id", "f.cw_email", "UPDATE", "Phase", phaseId("c.fno", "c.cno"), "jsonb_build_object('ended', c.end_date::text)")}
     FROM s_cyc c JOIN s_fam f ON f.fno = c.fno WHERE c.end_date IS NOT NULL AND ${inRange("c.end_date")}`,
    `SELECT ${cols(at("c.assess_date", 11, 4), holder[0], holder[1], "CREATE", "Assessment", `'sas' || ${famKey("c.fno")} || '-' || ${pad("c.cno", 2)}`, "jsonb_build_object('decision', c.decision)")}
     FROM s_cyc c JOIN s_fam f ON f.fno = c.fno WHERE c.end_date IS NOT NULL AND ${inRange("c.assess_date")}`,
    `SELECT ${cols(at("d.held", 13, 3), holder[0], holder[1], "CREATE", "FollowUp", "'sfu' || d.key", "NULL::jsonb")}
     FROM s_due d JOIN s_fam f ON f.fno = d.fno WHERE d.held IS NOT NULL AND ${inRange("d.held")}`,
    `SELECT ${cols(at("p.valid_from", 9, 6), "f.cw_id", "f.cw_email", "UPDATE", "ContactPlan", "p.id", "'{\"version\": 1}'::jsonb")}
     FROM s_cp p JOIN s_fam f ON f.fno = p.fno WHERE ${inRange("p.valid_from")}`,
    `SELECT cs."recordedAt" AS at, cs."recordedById" AS actor_id, 'site' || p.sno || '.1@scale.local' AS actor_email, 'UPDATE' AS action,
       'ContactSession' AS record_type, cs.id AS record_id, f.id AS family_id, f.mid AS municipality_id, ${ip} AS ip,
       jsonb_build_object('status', cs.status) AS details
     FROM "ContactSession" cs JOIN s_cp p ON p.id = cs."contactPlanId" JOIN s_fam f ON f.fno = p.fno
     WHERE cs."recordedAt" IS NOT NULL AND cs."recordedAt" >= (${lo} + TIME '00:00') AT TIME ZONE ${TZ} AND cs."recordedAt" < (${hi} + TIME '00:00') AT TIME ZONE ${TZ}`,
    // Reads and edits of the case by its caseworker, therapist, coordinator, consultant and the site.
    `SELECT (e.d + TIME '07:30' + e.u_t * INTERVAL '10 hours') AT TIME ZONE ${TZ} AS at,
       CASE e.ak WHEN 1 THEN e.cw_id WHEN 2 THEN coalesce(e.th_id, e.cw_id) WHEN 3 THEN e.coord_id WHEN 4 THEN e.cons_id
                 ELSE 'ss' || ${pad("e.first_sno", 4)} || '-1' END AS actor_id,
       CASE e.ak WHEN 1 THEN e.cw_email WHEN 2 THEN coalesce(e.th_email, e.cw_email) WHEN 3 THEN e.coord_email WHEN 4 THEN e.cons_email
                 ELSE 'site' || e.first_sno || '.1@scale.local' END AS actor_email,
       CASE WHEN e.ak < 5 AND e.u_act >= .88 THEN 'UPDATE' ELSE 'VIEW' END AS action,
       CASE WHEN e.ak = 5 OR e.u_rec >= .9 THEN 'Child' WHEN e.u_rec < .7 THEN 'Family' WHEN e.u_rec < .82 THEN 'ActionPlan' ELSE 'Parent' END AS record_type,
       CASE WHEN e.ak = 5 OR e.u_rec >= .9 THEN e.first_child_id WHEN e.u_rec < .7 THEN e.id WHEN e.u_rec < .82 THEN 'sap' || ${famKey("e.fno")}
            ELSE 'spa' || ${famKey("e.fno")} || '-1' END AS record_id,
       e.id AS family_id, e.mid AS municipality_id,
       '10.' || (e.mno % 250) || '.' || floor(e.u_ip * 256)::int || '.' || (1 + floor(e.u_ip2 * 254))::int AS ip, NULL::jsonb AS details
     FROM (
       SELECT v.*, (v.lo + floor(v.u_d * (v.hi - v.lo + 1))::int)::date AS d,
         CASE WHEN v.u_a < .45 THEN 1 WHEN v.u_a < .75 THEN 2 WHEN v.u_a < .85 THEN 3 WHEN v.u_a < .92 THEN 4 ELSE 5 END AS ak
       FROM (
         SELECT f.*, g.n, random() AS u_d, random() AS u_t, random() AS u_a, random() AS u_act, random() AS u_rec, random() AS u_ip, random() AS u_ip2
         FROM (
           SELECT f.*, floor((f.hi - f.lo + 1) * ${rate} + random())::int AS n_events
           FROM (SELECT f.*, greatest(f.enrolled, ${lo}) AS lo, least(coalesce(f.closed_on, ${c.T}), ${hi} - 1) AS hi FROM s_fam f) f
           WHERE f.hi >= f.lo
         ) f CROSS JOIN LATERAL generate_series(1, f.n_events) AS g(n)
       ) v
     ) e`,
  ];
  return `INSERT INTO "AuditEvent" (at, "actorId", "actorEmail", action, outcome, "recordType", "recordId", "familyId", "municipalityId", ip, details)
    SELECT a.at, a.actor_id, a.actor_email, a.action::"AuditAction", 'SUCCESS', a.record_type, a.record_id, a.family_id, a.municipality_id, a.ip, a.details
    FROM (${parts.join("\n    UNION ALL\n    ")}) a
    WHERE a.at <= ${c.CAP}
    ORDER BY a.at`;
}
