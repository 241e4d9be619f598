// Real JavaScript clients judge cognito-fake-server: the AWS SDK for
// JavaScript v3 (@aws-sdk/client-cognito-identity-provider) drives a session
// around a password reset, and AWS's own verifier, aws-jwt-verify, checks
// every token the way a Node app does (CognitoJwtVerifier with the pool's
// JWKS, fetched from the fake and loaded with cacheJwks: nothing is fetched
// from AWS). Then aws-jwt-verify must reject a token of another pool, an
// edited token and an expired one.
//
// Usage: COGNITO_FAKE_NODE_MODULES=<node_modules> node node_test.mjs <path to cognito-fake-server>
// The node_modules directory is the one scripts/fetch_node_clients.sh prints.
// Exits 77 (skipped) when COGNITO_FAKE_NODE_MODULES is unset or a package
// cannot be loaded from it, 0 when every check passes, 1 otherwise.

import assert from "node:assert/strict";

import {
  NEW_PASSWORD, PASSWORD, makePool as makeAlicesPool, runAll, section, setUp,
  startServer as startFakeServer,
} from "./node_harness.mjs";

const { serverBinary, load, versionOf } = setUp("node_test.mjs");
const cognito = load("@aws-sdk/client-cognito-identity-provider");
const { CognitoJwtVerifier } = load("aws-jwt-verify");
const jwtErrors = load("aws-jwt-verify/error");
console.log(`node ${process.version}, @aws-sdk/client-cognito-identity-provider ` +
            `${versionOf("@aws-sdk/client-cognito-identity-provider")}, ` +
            `aws-jwt-verify ${versionOf("aws-jwt-verify")}`);
const startServer = (...args) => startFakeServer(serverBinary, cognito, ...args);

// --- helpers -------------------------------------------------------------------

const makePool = (server, name) =>
  makeAlicesPool(server, cognito, name, ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);

async function signIn(server, clientId, password = PASSWORD) {
  const response = await server.send(new cognito.InitiateAuthCommand({
    ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH",
    AuthParameters: { USERNAME: "alice", PASSWORD: password } }));
  assert.ok(response.AuthenticationResult, "InitiateAuth returned no AuthenticationResult");
  return response.AuthenticationResult;
}

/** The id and access token verifiers of a pool, as an app makes them, with
 *  the pool's JWKS fetched from the fake (never from AWS). */
async function verifiersFor(server, { poolId, clientId }) {
  const jwks = await server.getJson(`/${poolId}/.well-known/jwks.json`);
  const id = CognitoJwtVerifier.create({ userPoolId: poolId, tokenUse: "id", clientId });
  const access = CognitoJwtVerifier.create({ userPoolId: poolId, tokenUse: "access", clientId });
  id.cacheJwks(jwks);
  access.cacheJwks(jwks);
  return { id, access, jwks };
}

// verifySync: the JWKS is cached, so this is what verify() does, minus any
// chance of a fetch from the real cognito-idp when a kid is unknown.
const verify = (verifier, token) => verifier.verifySync(token);

function decodePart(token, index) {
  return JSON.parse(Buffer.from(token.split(".")[index], "base64url").toString("utf8"));
}

/** Expects `action` to throw (or reject with) an instance of errorClass. */
async function rejects(action, errorClass, message) {
  let caught;
  try {
    await action();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught, `expected ${errorClass.name}, but nothing was thrown`);
  assert.ok(caught instanceof errorClass,
            `expected ${errorClass.name}, got ${caught.name}: ${caught.message}`);
  if (message !== undefined) assert.equal(caught.message, message);
  return caught;
}

/** Runs fn with Date.now (the verifier's clock) `seconds` ahead; restores it. */
function withClockAhead(seconds, fn) {
  const realNow = Date.now;
  Date.now = () => realNow.call(Date) + seconds * 1000;
  try {
    return fn();
  } finally {
    Date.now = realNow;
  }
}

// --- the session flow through the JS SDK v3 ------------------------------------

async function sessionFlow() {
  const state = {};
  await section("Session flow: JS SDK v3 + aws-jwt-verify", [
    ["start cognito-fake-server (seed 11)", async () => {
      state.server = await startServer("--seed", "11");
    }],
    ["CreateUserPool, CreateUserPoolClient, AdminCreateUser, AdminSetUserPassword", async () => {
      state.pool = await makePool(state.server, "node-session");
      assert.match(state.pool.poolId, /^us-east-1_[A-Za-z0-9]+$/);
      state.verifiers = await verifiersFor(state.server, state.pool);
    }],
    ["InitiateAuth USER_PASSWORD_AUTH signs alice in", async () => {
      state.tokens = await signIn(state.server, state.pool.clientId);
      assert.equal(state.tokens.TokenType, "Bearer");
      assert.equal(state.tokens.ExpiresIn, 3600);
      assert.ok(state.tokens.RefreshToken, "no RefreshToken");
    }],
    ["the ID token verifies with aws-jwt-verify (tokenUse id, clientId)", () => {
      const claims = verify(state.verifiers.id, state.tokens.IdToken);
      assert.equal(claims.token_use, "id");
      assert.equal(claims.aud, state.pool.clientId);
      assert.equal(claims.iss, `https://cognito-idp.us-east-1.amazonaws.com/${state.pool.poolId}`);
      assert.equal(claims["cognito:username"], "alice");
      assert.equal(claims.email, "alice@example.com");
      assert.equal(claims.email_verified, true);
      state.sub = claims.sub;
    }],
    ["the access token verifies with aws-jwt-verify (tokenUse access, clientId)", () => {
      const claims = verify(state.verifiers.access, state.tokens.AccessToken);
      assert.equal(claims.token_use, "access");
      assert.equal(claims.client_id, state.pool.clientId);
      assert.equal(claims.username, "alice");
      assert.equal(claims.sub, state.sub);
    }],
    ["each verifier refuses the other kind of token", async () => {
      await rejects(() => verify(state.verifiers.id, state.tokens.AccessToken),
                    jwtErrors.CognitoJwtInvalidTokenUseError);
      await rejects(() => verify(state.verifiers.access, state.tokens.IdToken),
                    jwtErrors.CognitoJwtInvalidTokenUseError);
    }],
    ["GetUser returns alice", async () => {
      const user = await state.server.send(new cognito.GetUserCommand({
        AccessToken: state.tokens.AccessToken }));
      assert.equal(user.Username, "alice");
      const attributes = Object.fromEntries(user.UserAttributes.map((a) => [a.Name, a.Value]));
      assert.equal(attributes.sub, state.sub);
      assert.equal(attributes.email, "alice@example.com");
    }],
    ["AdminResetUserPassword", async () => {
      await state.server.send(new cognito.AdminResetUserPasswordCommand({
        UserPoolId: state.pool.poolId, Username: "alice" }));
    }],
    ["REFRESH_TOKEN_AUTH is refused: PasswordResetRequiredException", async () => {
      await rejects(() => state.server.send(new cognito.InitiateAuthCommand({
        ClientId: state.pool.clientId, AuthFlow: "REFRESH_TOKEN_AUTH",
        AuthParameters: { REFRESH_TOKEN: state.tokens.RefreshToken } })),
        cognito.PasswordResetRequiredException, "Password reset required for the user");
    }],
    ["GetUser is refused: PasswordResetRequiredException", async () => {
      await rejects(() => state.server.send(new cognito.GetUserCommand({
        AccessToken: state.tokens.AccessToken })),
        cognito.PasswordResetRequiredException, "Password reset required for the user");
    }],
    ["ForgotPassword, ConfirmForgotPassword with the code from the control route", async () => {
      const forgot = await state.server.send(new cognito.ForgotPasswordCommand({
        ClientId: state.pool.clientId, Username: "alice" }));
      assert.equal(forgot.CodeDeliveryDetails?.DeliveryMedium, "EMAIL");
      const code = await state.server.codeFor(state.pool.poolId, "alice");
      assert.match(code, /^[0-9]{6}$/);
      await state.server.send(new cognito.ConfirmForgotPasswordCommand({
        ClientId: state.pool.clientId, Username: "alice", ConfirmationCode: code,
        Password: NEW_PASSWORD }));
    }],
    ["sign in with the new password; the new tokens verify", async () => {
      state.fresh = await signIn(state.server, state.pool.clientId, NEW_PASSWORD);
      assert.equal(verify(state.verifiers.id, state.fresh.IdToken).sub, state.sub);
      assert.equal(verify(state.verifiers.access, state.fresh.AccessToken).sub, state.sub);
      const user = await state.server.send(new cognito.GetUserCommand({
        AccessToken: state.fresh.AccessToken }));
      assert.equal(user.Username, "alice");
    }],
    ["groups in the tokens: a verifier that requires the group accepts them", async () => {
      await state.server.send(new cognito.CreateGroupCommand({
        UserPoolId: state.pool.poolId, GroupName: "admins", Precedence: 1 }));
      await state.server.send(new cognito.AdminAddUserToGroupCommand({
        UserPoolId: state.pool.poolId, Username: "alice", GroupName: "admins" }));
      const groups = await state.server.send(new cognito.AdminListGroupsForUserCommand({
        UserPoolId: state.pool.poolId, Username: "alice" }));
      assert.deepEqual(groups.Groups.map((g) => g.GroupName), ["admins"]);
      state.fresh = await signIn(state.server, state.pool.clientId, NEW_PASSWORD);
      const jwks = state.verifiers.jwks;
      const admins = CognitoJwtVerifier.create({
        userPoolId: state.pool.poolId, tokenUse: "access", clientId: state.pool.clientId,
        groups: "admins" });
      admins.cacheJwks(jwks);
      assert.deepEqual(admins.verifySync(state.fresh.AccessToken)["cognito:groups"], ["admins"]);
      const others = CognitoJwtVerifier.create({
        userPoolId: state.pool.poolId, tokenUse: "access", clientId: state.pool.clientId,
        groups: "others" });
      others.cacheJwks(jwks);
      assert.throws(() => others.verifySync(state.fresh.AccessToken));
    }],
    ["GlobalSignOut", async () => {
      await state.server.send(new cognito.GlobalSignOutCommand({
        AccessToken: state.fresh.AccessToken }));
    }],
    ['GetUser is refused: NotAuthorizedException "Access Token has been revoked"', async () => {
      await rejects(() => state.server.send(new cognito.GetUserCommand({
        AccessToken: state.fresh.AccessToken })),
        cognito.NotAuthorizedException, "Access Token has been revoked");
    }],
  ]);
  return state.server;
}

// --- what aws-jwt-verify must reject ---------------------------------------------

async function rejections() {
  const state = {};
  await section("aws-jwt-verify rejects", [
    ["start cognito-fake-server (seed 12) with two pools", async () => {
      state.server = await startServer("--seed", "12");
      state.pool = await makePool(state.server, "node-first");
      state.other = await makePool(state.server, "node-other");
      state.verifiers = await verifiersFor(state.server, state.pool);
      state.tokens = await signIn(state.server, state.pool.clientId);
      verify(state.verifiers.id, state.tokens.IdToken);
      verify(state.verifiers.access, state.tokens.AccessToken);
    }],
    ["a token of another pool fails with the first pool's verifier", async () => {
      const foreign = await signIn(state.server, state.other.clientId);
      // The token is sound: its own pool's verifier accepts it...
      const own = await verifiersFor(state.server, state.other);
      verify(own.id, foreign.IdToken);
      verify(own.access, foreign.AccessToken);
      // ...and its signing key is not one of the first pool's keys...
      const kid = decodePart(foreign.IdToken, 0).kid;
      assert.ok(!state.verifiers.jwks.keys.some((key) => key.kid === kid),
                `kid ${kid} of the other pool is in the first pool's JWKS`);
      // ...but the first pool's verifiers refuse it (its issuer is not theirs).
      for (const [verifier, token] of [[state.verifiers.id, foreign.IdToken],
                                       [state.verifiers.access, foreign.AccessToken]]) {
        const error = await rejects(() => verify(verifier, token), jwtErrors.ParameterValidationError);
        assert.match(error.message, /issuer not configured/);
      }
    }],
    ["an edited token (payload changed, signature kept) fails", async () => {
      const [header, , signature] = state.tokens.IdToken.split(".");
      const claims = decodePart(state.tokens.IdToken, 1);
      claims.email = "mallory@example.com";
      const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
      await rejects(() => verify(state.verifiers.id, [header, payload, signature].join(".")),
                    jwtErrors.JwtInvalidSignatureError);
    }],
    ["an expired token fails (the verifier's clock 3601 s ahead)", async () => {
      const claims = decodePart(state.tokens.AccessToken, 1);
      assert.equal(claims.exp - claims.iat, 3600);
      for (const [verifier, token] of [[state.verifiers.access, state.tokens.AccessToken],
                                       [state.verifiers.id, state.tokens.IdToken]]) {
        await rejects(() => withClockAhead(3601, () => verify(verifier, token)),
                      jwtErrors.JwtExpiredError);
        verify(verifier, token);  // the real clock again: still valid
      }
    }],
  ]);
}

await runAll(sessionFlow, rejections);
