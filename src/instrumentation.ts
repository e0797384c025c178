// Runs once when the server starts: migrate the database before the first request, and on a new
// embedded database create the demo data.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabaseOnStart } = await import("./server/startup");
  await prepareDatabaseOnStart();
}
