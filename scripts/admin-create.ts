// `npm run admin:create -- --municipality "Aarhus Kommune" --email it@aarhus.example [--name "…"] [--code 751] [--password-stdin]`
// The first administrator of a municipality on a new installation (src/server/accounts/first-admin.ts).
// Migrates the database DATABASE_URL names first (embedded PGlite in ./data when unset; stop the
// server first there, PGlite allows one process). Prints a one-time link to choose the password, or
// with --password-stdin reads the password from standard input instead.
import { parseArgs } from "node:util";
import { openDatabase } from "@/server/db/client";
import { describeTarget, resolveDatabaseTarget } from "@/server/db/engine";
import { createFirstAdmin, INVITATION_HOURS } from "@/server/accounts/first-admin";

const USAGE = 'Usage: npm run admin:create -- --municipality "Aarhus Kommune" --email it@aarhus.example [--name "Navn"] [--code 751] [--password-stdin]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    options: {
      municipality: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      code: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.municipality || !args.email) fail(`--municipality and --email are required.\n${USAGE}`, 2);

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) console.error("Type the password, then Enter and Ctrl-D:");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing line break belongs to `echo`/the terminal, not to the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

const password = args["password-stdin"] ? await readStdin() : undefined;
const baseUrl = (process.env.APP_BASE_URL?.trim() || process.env.NEXTAUTH_URL?.trim() || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");

const target = resolveDatabaseTarget();
const db = await openDatabase(target);
let exitCode = 0;
try {
  const result = await createFirstAdmin(db.prisma, { municipality: args.municipality, email: args.email, name: args.name, code: args.code, password }, { baseUrl });
  if (!result.ok) {
    console.error(`admin:create refused: ${result.message}`);
    exitCode = 1;
  } else {
    console.log(`Database: ${describeTarget(target)} (migrations applied).`);
    console.log(`${result.municipalityCreated ? "Created" : "Found"} municipality "${args.municipality.trim()}"; administrator ${args.email.trim().toLowerCase()} created.`);
    if (result.link) {
      console.log(`Open this link to choose the password (works once, for ${INVITATION_HOURS} hours):`);
      console.log(result.link.url);
    } else {
      console.log("The password from standard input is set; log in at " + `${baseUrl}/login`);
    }
  }
} finally {
  await db.close();
}
process.exit(exitCode);
