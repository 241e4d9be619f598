// SigV4 and IAM (cognito-fake-server --auth verify) through the AWS SDK for
// JavaScript v3's own signer (@aws-sdk/client-cognito-identity-provider):
// registered keys run the reset flow, public operations go unsigned whatever
// keys the client holds (and succeed from a client whose signer leaves
// requests unsigned, which admin operations refuse), every authentication or
// policy failure comes back as AWS words it, and the SDK's clock-skew
// correction (it follows the response's Date header) works against the
// fake's clock (docs/fidelity.md, "IAM at the wire").
//
// Usage: COGNITO_FAKE_NODE_MODULES=<node_modules> node node_iam_test.mjs <path to cognito-fake-server>
// Exits 77 (skipped) when COGNITO_FAKE_NODE_MODULES is unset or the SDK
// cannot be loaded from it, 0 when every check passes, 1 otherwise.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import {
  NEW_PASSWORD, PASSWORD, makePool as makeAlicesPool, runAll, section, setUp,
  startServer as startFakeServer,
} from "./node_harness.mjs";

const { serverBinary, load, versionOf } = setUp("node_iam_test.mjs");
const cognito = load("@aws-sdk/client-cognito-identity-provider");
console.log(`node ${process.version}, @aws-sdk/client-cognito-identity-provider ` +
            `${versionOf("@aws-sdk/client-cognito-identity-provider")}`);

// --- identities ------------------------------------------------------------------

const ACCOUNT = "123456789012";
const REGION = "us-east-1";
const POOL_ARNS = `arn:aws:cognito-idp:${REGION}:${ACCOUNT}:userpool/*`;
const BACK_OFFICE = `arn:aws:iam::${ACCOUNT}:user/back-office`;

const ADMIN = { accessKeyId: "AKIAADMINEXAMPLE", secretAccessKey: "admin/Secret+Key" };
const BACK_OFFICE_KEYS = { accessKeyId: "AKIABACKOFFICE", secretAccessKey: "back-office/Secret+Key" };
const EXPIRED_KEYS = { accessKeyId: "ASIAEXPIRED", secretAccessKey: "expired/Secret+Key",
                       sessionToken: "expired-session-token" };
const UNKNOWN_KEYS = { accessKeyId: "AKIANOTREGISTERED", secretAccessKey: "not/registered" };
const WRONG_SECRET = { accessKeyId: ADMIN.accessKeyId, secretAccessKey: "not-the-admin-secret" };

const IAM_DOCUMENT = { Identities: [
  // The account root: never denied, sets pools and users up.
  { AccessKeyId: ADMIN.accessKeyId, SecretAccessKey: ADMIN.secretAccessKey,
    Principal: `arn:aws:iam::${ACCOUNT}:root` },
  // May read users of any pool, nothing else.
  { AccessKeyId: BACK_OFFICE_KEYS.accessKeyId, SecretAccessKey: BACK_OFFICE_KEYS.secretAccessKey,
    Principal: BACK_OFFICE,
    Policies: [{ Version: "2012-10-17", Statement: [
      { Effect: "Allow", Action: "cognito-idp:AdminGetUser", Resource: POOL_ARNS }] }] },
  // Temporary credentials that expired in 2001.
  { AccessKeyId: EXPIRED_KEYS.accessKeyId, SecretAccessKey: EXPIRED_KEYS.secretAccessKey,
    Principal: `arn:aws:sts::${ACCOUNT}:assumed-role/ops/expired`,
    SessionToken: EXPIRED_KEYS.sessionToken, Expiration: 1000000000,
    Policies: [{ Version: "2012-10-17", Statement: [
      { Effect: "Allow", Action: "cognito-idp:*", Resource: "*" }] }] },
] };

const BAD_SIGNATURE = "The request signature we calculated does not match the signature you " +
  "provided. Check your AWS Secret Access Key and signing method. Consult the service " +
  "documentation for details.";
const INVALID_TOKEN = "The security token included in the request is invalid.";
const MISSING_TOKEN = "Missing Authentication Token";
const EXPIRED_TOKEN = "The security token included in the request is expired";

const poolArn = (poolId) => `arn:aws:cognito-idp:${REGION}:${ACCOUNT}:userpool/${poolId}`;
const notAllowed = (principal, operation, resource) =>
  `User: ${principal} is not authorized to perform: cognito-idp:${operation} on resource: ` +
  `${resource} because no identity-based policy allows the cognito-idp:${operation} action`;

const workDir = mkdtempSync(path.join(os.tmpdir(), "cognito-fake-node-iam-"));
const iamFile = path.join(workDir, "iam.json");
writeFileSync(iamFile, JSON.stringify(IAM_DOCUMENT));
process.on("exit", () => rmSync(workDir, { recursive: true, force: true }));

// The harness's own client signs with keys this server does not know: every
// call here goes through a client made for the keys it means to use.
const startServer = (seed) =>
  startFakeServer(serverBinary, cognito, "--auth", "verify", "--iam", iamFile, "--seed", seed);

function clientFor(server, credentials, maxAttempts = 1) {
  return new cognito.CognitoIdentityProviderClient({
    endpoint: server.url, region: REGION, credentials, maxAttempts });
}

/** A client holding the root's keys whose signer sends every request as it
 *  is, unsigned. `sent` records the headers of each request as it leaves the
 *  signing step, `signed` how many requests the signer was given (public
 *  operations never reach it: the SDK's NoAuthSigner takes them). */
function unsignedClient(server) {
  const client = new cognito.CognitoIdentityProviderClient({
    endpoint: server.url, region: REGION, credentials: ADMIN, maxAttempts: 1,
    signer: { sign: async (request) => { client.signed += 1; return request; } } });
  client.signed = 0;
  client.sent = [];
  client.middlewareStack.addRelativeTo((next) => async (args) => {
    client.sent.push({ ...args.request.headers });
    return next(args);
  }, { name: "recordUnsignedHeaders", relation: "after", toMiddleware: "httpSigningMiddleware" });
  return client;
}

const makePool = (admin, name) =>
  makeAlicesPool({ send: (command) => admin.send(command) }, cognito, name,
                 ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);

/** Expects `action` to reject with an SDK service exception named `name`
 *  (an instance of `errorClass`), HTTP 400, with `message` (a string, or a
 *  RegExp it must match). */
async function rejects(action, name, message, errorClass = cognito.CognitoIdentityProviderServiceException) {
  let caught;
  try {
    await action();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught, `expected ${name}, but the call succeeded`);
  assert.equal(caught.name, name, `expected ${name}, got ${caught.name}: ${caught.message}`);
  assert.ok(caught instanceof errorClass,
            `${caught.name} is a ${caught.constructor.name}, not a ${errorClass.name}`);
  if (message instanceof RegExp) {
    assert.match(caught.message, message);
  } else {
    assert.equal(caught.message, message);
  }
  assert.equal(caught.$metadata?.httpStatusCode, 400);
  return caught;
}

async function userStatus(admin, poolId) {
  const user = await admin.send(new cognito.AdminGetUserCommand({
    UserPoolId: poolId, Username: "alice" }));
  return user.UserStatus;
}

async function listPoolIds(client) {
  const pools = await client.send(new cognito.ListUserPoolsCommand({ MaxResults: 60 }));
  return pools.UserPools.map((pool) => pool.Id);
}

async function advanceServerClock(server, seconds) {
  const response = await fetch(`${server.url}/_cognito_fake/clock?advance_seconds=${seconds}`,
                               { method: "POST" });
  assert.equal(response.status, 200, "POST /_cognito_fake/clock");
  return (await response.json()).Now;
}

// --- registered keys, public operations, refusals --------------------------------

async function keysAndPolicies() {
  const state = {};
  await section("Registered keys and policies: JS SDK v3", [
    ["start cognito-fake-server --auth verify (seed 31)", async () => {
      state.server = await startServer("31");
      state.admin = clientFor(state.server, ADMIN);
      // Keys the server does not know: good enough for public operations,
      // which the SDK sends unsigned.
      state.stranger = clientFor(state.server, UNKNOWN_KEYS);
    }],
    ["the root's keys set up a pool, an app client and alice", async () => {
      state.pool = await makePool(state.admin, "node-iam");
      assert.match(state.pool.poolId, /^us-east-1_[A-Za-z0-9]+$/);
      assert.equal(await userStatus(state.admin, state.pool.poolId), "CONFIRMED");
    }],
    ["an unsigned client: AdminGetUser is MissingAuthenticationTokenException", async () => {
      state.unsigned = unsignedClient(state.server);
      await rejects(() => state.unsigned.send(new cognito.AdminGetUserCommand({
        UserPoolId: state.pool.poolId, Username: "alice" })),
        "MissingAuthenticationTokenException", MISSING_TOKEN);
      assert.equal(state.unsigned.signed, 1, "the client's signer was not used");
      assert.equal(state.unsigned.sent.length, 1);
      const sent = Object.keys(state.unsigned.sent[0]).map((name) => name.toLowerCase());
      for (const header of ["authorization", "x-amz-date", "x-amz-security-token"]) {
        assert.ok(!sent.includes(header), `${header} was sent: ${sent.join(", ")}`);
      }
    }],
    ["the unsigned client: ForgotPassword (public) succeeds", async () => {
      const forgot = await state.unsigned.send(new cognito.ForgotPasswordCommand({
        ClientId: state.pool.clientId, Username: "alice" }));
      assert.equal(forgot.CodeDeliveryDetails?.DeliveryMedium, "EMAIL");
      assert.match(await state.server.codeFor(state.pool.poolId, "alice"), /^[0-9]{6}$/);
      assert.equal(await userStatus(state.admin, state.pool.poolId), "CONFIRMED");
    }],
    ["unknown keys: AdminGetUser is refused, UnrecognizedClientException", async () => {
      await rejects(() => state.stranger.send(new cognito.AdminGetUserCommand({
        UserPoolId: state.pool.poolId, Username: "alice" })),
        "UnrecognizedClientException", INVALID_TOKEN);
    }],
    ["a wrong secret: InvalidSignatureException", async () => {
      await rejects(() => clientFor(state.server, WRONG_SECRET).send(
        new cognito.AdminGetUserCommand({ UserPoolId: state.pool.poolId, Username: "alice" })),
        "InvalidSignatureException", BAD_SIGNATURE);
    }],
    ["an expired session token: ExpiredTokenException", async () => {
      await rejects(() => clientFor(state.server, EXPIRED_KEYS).send(
        new cognito.AdminGetUserCommand({ UserPoolId: state.pool.poolId, Username: "alice" })),
        "ExpiredTokenException", EXPIRED_TOKEN);
    }],
    ["back office: AdminGetUser is allowed", async () => {
      state.backOffice = clientFor(state.server, BACK_OFFICE_KEYS);
      const user = await state.backOffice.send(new cognito.AdminGetUserCommand({
        UserPoolId: state.pool.poolId, Username: "alice" }));
      assert.equal(user.Username, "alice");
    }],
    ["back office: AdminResetUserPassword is AccessDeniedException; alice unchanged", async () => {
      await rejects(() => state.backOffice.send(new cognito.AdminResetUserPasswordCommand({
        UserPoolId: state.pool.poolId, Username: "alice" })),
        "AccessDeniedException",
        notAllowed(BACK_OFFICE, "AdminResetUserPassword", poolArn(state.pool.poolId)),
        cognito.AccessDeniedException);
      assert.equal(await userStatus(state.admin, state.pool.poolId), "CONFIRMED");
    }],
    ["back office: ListUserPools is denied on resource *", async () => {
      await rejects(() => state.backOffice.send(new cognito.ListUserPoolsCommand({
        MaxResults: 10 })),
        "AccessDeniedException", notAllowed(BACK_OFFICE, "ListUserPools", "*"),
        cognito.AccessDeniedException);
    }],
    ["the root's keys: AdminResetUserPassword", async () => {
      await state.admin.send(new cognito.AdminResetUserPasswordCommand({
        UserPoolId: state.pool.poolId, Username: "alice" }));
      assert.equal(await userStatus(state.admin, state.pool.poolId), "RESET_REQUIRED");
    }],
    ["unknown keys: InitiateAuth is PasswordResetRequiredException (sent unsigned)", async () => {
      await rejects(() => state.stranger.send(new cognito.InitiateAuthCommand({
        ClientId: state.pool.clientId, AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: "alice", PASSWORD } })),
        "PasswordResetRequiredException", "Password reset required for the user",
        cognito.PasswordResetRequiredException);
    }],
    ["unknown keys: ForgotPassword and ConfirmForgotPassword succeed", async () => {
      const forgot = await state.stranger.send(new cognito.ForgotPasswordCommand({
        ClientId: state.pool.clientId, Username: "alice" }));
      assert.equal(forgot.CodeDeliveryDetails?.DeliveryMedium, "EMAIL");
      const code = await state.server.codeFor(state.pool.poolId, "alice");
      assert.match(code, /^[0-9]{6}$/);
      await state.stranger.send(new cognito.ConfirmForgotPasswordCommand({
        ClientId: state.pool.clientId, Username: "alice", ConfirmationCode: code,
        Password: NEW_PASSWORD }));
    }],
    ["alice signs in with the new password; the root sees CONFIRMED", async () => {
      const signedIn = await state.stranger.send(new cognito.InitiateAuthCommand({
        ClientId: state.pool.clientId, AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: "alice", PASSWORD: NEW_PASSWORD } }));
      assert.equal(signedIn.AuthenticationResult?.TokenType, "Bearer");
      assert.equal(await userStatus(state.admin, state.pool.poolId), "CONFIRMED");
    }],
  ]);
}

// --- clock skew: the SDK follows the server's Date --------------------------------

// The JS SDK v3 reads every response's Date header into the client's
// systemClockOffset, and signs with Date.now() + that offset. An error whose
// Date is >= 4 min away from the client's clock is marked clockSkewCorrected
// and retried (a "Signature expired" InvalidSignatureException is also a
// transient error), so with maxAttempts >= 2 the second attempt, signed on the
// corrected clock, succeeds (iam-behavior.md §5.2). With maxAttempts 1 there is
// no second attempt: the call fails, but the client has learnt the offset and
// its next call succeeds. botocore has no such correction (iam_test.py).
async function clockSkew() {
  const state = {};
  const SKEW = 600;
  await section("Clock skew: the server's clock 10 minutes ahead", [
    ["start cognito-fake-server --auth verify (seed 32); the root makes a pool", async () => {
      state.server = await startServer("32");
      const pool = await clientFor(state.server, ADMIN).send(new cognito.CreateUserPoolCommand({
        PoolName: "skew" }));
      state.poolId = pool.UserPool.Id;
      assert.deepEqual(await listPoolIds(clientFor(state.server, ADMIN)), [state.poolId]);
    }],
    [`POST /_cognito_fake/clock?advance_seconds=${SKEW}`, async () => {
      const now = await advanceServerClock(state.server, SKEW);
      assert.ok(now * 1000 - Date.now() > (SKEW - 10) * 1000, `server clock ${now}`);
    }],
    ["maxAttempts 1: Signature expired, clockSkewCorrected, the offset learnt", async () => {
      const client = clientFor(state.server, ADMIN, 1);
      assert.equal(client.config.systemClockOffset ?? 0, 0);
      const error = await rejects(() => client.send(new cognito.ListUserPoolsCommand({
        MaxResults: 10 })),
        "InvalidSignatureException",
        /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 5 min\.\)$/);
      assert.equal(error.$metadata.attempts, 1);
      assert.equal(error.$metadata.clockSkewCorrected, true);
      const offset = client.config.systemClockOffset;
      assert.ok(Math.abs(offset - SKEW * 1000) < 5000, `systemClockOffset ${offset}`);
      // The same client's next call is signed on the corrected clock.
      const pools = await client.send(new cognito.ListUserPoolsCommand({ MaxResults: 10 }));
      assert.deepEqual(pools.UserPools.map((p) => p.Id), [state.poolId]);
      assert.equal(pools.$metadata.attempts, 1);
    }],
    ["maxAttempts 3: the call succeeds on its second attempt", async () => {
      const client = clientFor(state.server, ADMIN, 3);
      const pools = await client.send(new cognito.ListUserPoolsCommand({ MaxResults: 10 }));
      assert.deepEqual(pools.UserPools.map((p) => p.Id), [state.poolId]);
      assert.equal(pools.$metadata.httpStatusCode, 200);
      assert.equal(pools.$metadata.attempts, 2, "the first attempt was not refused");
    }],
    ["a client 10 minutes ahead of the server: Signature not yet current", async () => {
      const client = new cognito.CognitoIdentityProviderClient({
        endpoint: state.server.url, region: REGION, credentials: ADMIN, maxAttempts: 1,
        systemClockOffset: 2 * SKEW * 1000 });
      const error = await rejects(() => client.send(new cognito.ListUserPoolsCommand({
        MaxResults: 10 })),
        "InvalidSignatureException",
        /^Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z \(\d{8}T\d{6}Z \+ 5 min\.\)$/);
      assert.equal(error.$metadata.clockSkewCorrected, true);
    }],
  ]);
}

await runAll(keysAndPolicies, clockSkew);
