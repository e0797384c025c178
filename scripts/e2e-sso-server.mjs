#!/usr/bin/env node
// The server the single sign-on browser tests (playwright.sso.config.ts) run against: a real OpenID
// Connect provider (panva's oidc-provider, its development login page) on a free port in this
// process, and the app started by scripts/e2e-server.mjs (fresh demo data) with OIDC_* pointing at it.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import Provider from "oidc-provider";

const appPort = process.env.E2E_PORT ?? "3100";
const clientId = "foraeldrestoette-e2e";
const clientSecret = randomBytes(24).toString("base64url");
// The parents' own provider (PARENT_OIDC_*): a second client of the same test provider, standing in for MitID.
const parentClientId = "foraeldrestoette-e2e-parents";
const parentClientSecret = randomBytes(24).toString("base64url");

// The IdP's people: the development login page accepts any login (and any password); the login is
// the e-mail. Groups decide the role through OIDC_ROLE_MAP below.
const GROUPS = {
  "caseworker@demo.local": ["Alle-ansatte", "FS-Sagsbehandlere"],
  "therapist@demo.local": ["Alle-ansatte"], // a group that gives no role in the app
};
const groupsOf = (login) => GROUPS[login.toLowerCase()] ?? ["FS-Sagsbehandlere"];

const http = createServer();
await new Promise((resolve) => http.listen(0, "127.0.0.1", resolve));
const issuer = `http://127.0.0.1:${http.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [`http://127.0.0.1:${appPort}/api/auth/callback/oidc`],
    grant_types: ["authorization_code"],
    response_types: ["code"],
  }, {
    client_id: parentClientId,
    client_secret: parentClientSecret,
    redirect_uris: [`http://127.0.0.1:${appPort}/api/auth/callback/parent-oidc`],
    grant_types: ["authorization_code"],
    response_types: ["code"],
  }],
  cookies: { keys: [randomBytes(32).toString("base64url")] },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
  // The app reads the role claim from the ID token, as with most municipal IdPs.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: id, email_verified: true, name: id.split("@")[0], groups: groupsOf(id) };
      },
    };
  },
  // A first-party application: no consent page.
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
});
http.on("request", provider.callback());
console.log(`[sso] OpenID provider at ${issuer}`);

const env = {
  ...process.env,
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: clientId,
  OIDC_CLIENT_SECRET: clientSecret,
  OIDC_DISPLAY_NAME: "Demo Kommune SSO",
  OIDC_ROLE_CLAIM: "groups",
  OIDC_ROLE_MAP: "FS-Sagsbehandlere=CASEWORKER,FS-Familiebehandlere=THERAPIST",
  PARENT_OIDC_ISSUER: issuer,
  PARENT_OIDC_CLIENT_ID: parentClientId,
  PARENT_OIDC_CLIENT_SECRET: parentClientSecret,
  PARENT_OIDC_DISPLAY_NAME: "MitID",
};
delete env.OIDC_CREATE_USERS;

const app = spawn(process.execPath, ["scripts/e2e-server.mjs"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => app.kill(signal));
app.on("exit", (code) => {
  http.close();
  process.exit(code ?? 0);
});
