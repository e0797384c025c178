#!/usr/bin/env node
// The benchmark's *limit*: what the hardware allows for the family page without a framework or an
// ORM. A bare node:http handler that does the family page's work with `pg` directly: the session
// check, the scoped family read with its relations (assignments, parents, children and placements,
// phases and assessments, plan versions and goals, the latest 12 follow-ups with their ratings, the
// follow-up count), the audit row, and an HTML page of the same content written as one string.
// It skips what the app adds on top: next-auth's encrypted cookie, React, the message catalogue,
// the method's rules (reminders, due dates) and the layout. The ratio page/limit is what the
// framework and the ORM cost. Run by scripts/bench.ts (`limit` scenario), not by hand.
import http from "node:http";
import { gzipSync } from "node:zlib";
import pg from "pg";

const url = new URL(process.env.DATABASE_URL);
const schema = url.searchParams.get("schema") ?? "public";
url.searchParams.delete("schema");
const pool = new pg.Pool({ connectionString: url.toString(), max: 10, options: `-c search_path="${schema}" -c random_page_cost=1.1` });
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const day = (d) => (d ? new Date(d).toISOString().slice(0, 10) : "–");

async function familyPage(sessionId, familyId, ip) {
  const session = await pool.query(
    `SELECT u.id, u.role, u."municipalityId", u.email, u.name FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
     WHERE s.id = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND u.active`, [sessionId]);
  const user = session.rows[0];
  if (!user) return null;
  // The caseworker's reach: a family of their municipality they are assigned to.
  const family = await pool.query(
    `SELECT f.*, m.settings FROM "Family" f JOIN "Municipality" m ON m.id = f."municipalityId"
     WHERE f.id = $1 AND f."municipalityId" = $2 AND EXISTS (SELECT 1 FROM "FamilyAssignment" a WHERE a."familyId" = f.id AND a."userId" = $3)`,
    [familyId, user.municipalityId, user.id]);
  const f = family.rows[0];
  if (!f) return null;
  const [assignments, parents, children, phases, versions, followUps, count] = await Promise.all([
    pool.query(`SELECT a.role, u.id, u.name FROM "FamilyAssignment" a JOIN "User" u ON u.id = a."userId" WHERE a."familyId" = $1`, [familyId]),
    pool.query(`SELECT id, name, phone, email, address, "hasCustody", strengths, wishes, version FROM "Parent" WHERE "familyId" = $1 ORDER BY "createdAt"`, [familyId]),
    pool.query(
      `SELECT c.id, c.name, c."birthDate", p.type, p."legalBasis", p."startDate", p."endDate", s.name AS site
       FROM "Child" c LEFT JOIN "Placement" p ON p."childId" = c.id LEFT JOIN "PlacementSite" s ON s.id = p."siteId"
       WHERE c."familyId" = $1 ORDER BY c."birthDate", p."startDate" DESC`, [familyId]),
    pool.query(
      `SELECT ph.*, a.date AS "assessedOn", a.decision, a."progressionSummary", a."parentsView" FROM "Phase" ph LEFT JOIN "Assessment" a ON a."phaseId" = ph.id
       WHERE ph."familyId" = $1 ORDER BY ph."startDate", ph."createdAt"`, [familyId]),
    pool.query(
      `SELECT v.id, v.number, v.status, v."parentsAccount", v."agreedOn", g.id AS "goalId", g.title, g."parentsWords", g."successCriteria", g."supportedBy", g.status AS "goalStatus"
       FROM "ActionPlan" p JOIN "ActionPlanVersion" v ON v."planId" = p.id LEFT JOIN "Goal" g ON g."planVersionId" = v.id
       WHERE p."familyId" = $1 ORDER BY v.number DESC, g.position`, [familyId]),
    pool.query(
      `WITH recent AS (SELECT id, date, "parentsPresent", "withWhom", "agreedUntilNext" FROM "FollowUp" WHERE "familyId" = $1 ORDER BY date DESC LIMIT 12)
       SELECT r.*, gr.rating, gr.note, g.title FROM recent r LEFT JOIN "GoalRating" gr ON gr."followUpId" = r.id LEFT JOIN "Goal" g ON g.id = gr."goalId" ORDER BY r.date DESC`, [familyId]),
    pool.query(`SELECT count(*)::int AS n FROM "FollowUp" WHERE "familyId" = $1`, [familyId]),
  ]);
  await pool.query(
    `INSERT INTO "AuditEvent" (at, "actorId", "actorEmail", action, outcome, "recordType", "recordId", "familyId", "municipalityId", ip)
     VALUES (now(), $1, $2, 'VIEW', 'SUCCESS', 'Family', $3, $3, $4, $5)`, [user.id, user.email, familyId, f.municipalityId, ip]);

  const rows = (list, cells) => list.map((r) => `<tr>${cells(r).map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("");
  return `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>${esc(f.displayName)}</title></head><body><main>
<h1>${esc(f.displayName)}</h1><p data-testid="current-phase">${esc(f.stage)} · ${esc(f.caseNumber)} · ${assignments.rows.map((a) => esc(`${a.role}: ${a.name}`)).join(", ")}</p>
<section><h2>Fase</h2><table>${rows(phases.rows, (p) => [p.kind, day(p.startDate), p.plannedWeeks, day(p.endDate), p.decision, p.progressionSummary, p.parentsView])}</table></section>
<section><h2>Plan</h2><table>${rows(versions.rows, (v) => [v.number, v.status, day(v.agreedOn), v.title, v.parentsWords, v.successCriteria, v.supportedBy, v.goalStatus])}</table></section>
<section><h2>Opfølgninger (${count.rows[0].n})</h2><table>${rows(followUps.rows, (r) => [day(r.date), r.parentsPresent ? "ja" : "nej", r.withWhom, r.agreedUntilNext, r.title, r.rating, r.note])}</table></section>
<section><h2>Personer</h2><table>${rows(parents.rows, (p) => [p.name, p.phone, p.email, p.address, p.hasCustody ? "ja" : "nej", p.strengths, p.wishes])}${rows(children.rows, (c) => [c.name, day(c.birthDate), c.type, c.legalBasis, c.site, day(c.startDate), day(c.endDate)])}</table></section>
</main></body></html>`;
}

const server = http.createServer(async (req, res) => {
  try {
    const m = /^\/families\/([A-Za-z0-9_-]{1,64})$/.exec(req.url ?? "");
    const sid = /(?:^|;\s*)sid=([A-Za-z0-9_-]+)/.exec(req.headers.cookie ?? "")?.[1];
    const html = m && sid ? await familyPage(sid, m[1], req.socket.remoteAddress ?? null) : null;
    if (!html) return res.writeHead(404).end();
    const gzip = /gzip/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = gzip ? gzipSync(html) : Buffer.from(html);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...(gzip ? { "content-encoding": "gzip" } : {}), "content-length": body.length });
    res.end(body);
  } catch (error) {
    console.error("[limit]", error.message);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`[limit] listening on ${process.env.PORT}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))));
