// USER_SRP_AUTH judged by clients no one here wrote: amazon-cognito-identity-js
// (the library Amplify's SRP sign-in comes from) signs in against
// cognito-fake-server, is refused with PasswordResetRequiredException after
// AdminResetUserPassword, completes forgotPassword/confirmPassword with the
// code read from the server, signs in with the new password and is refused
// with the old one. Then the AWS SDK for JavaScript v3 runs InitiateAuth and
// RespondToAuthChallenge with an SRP computed here, independently of the
// fake's code, from session-behavior.md §7.
//
// Usage: COGNITO_FAKE_NODE_MODULES=<node_modules> node node_srp_test.mjs <path to cognito-fake-server>
// Exits 77 (skipped) when the clients cannot be loaded, 0 when every check
// passes, 1 otherwise.

import assert from "node:assert/strict";
import { createHash, createHmac, randomBytes } from "node:crypto";

import {
  NEW_PASSWORD, PASSWORD, makePool as makeAlicesPool, runAll, section, setUp,
  startServer as startFakeServer,
} from "./node_harness.mjs";

const { serverBinary, load, versionOf } = setUp("node_srp_test.mjs");
const cognito = load("@aws-sdk/client-cognito-identity-provider");
const identity = load("amazon-cognito-identity-js");
console.log(`node ${process.version}, amazon-cognito-identity-js ` +
            `${versionOf("amazon-cognito-identity-js")}, @aws-sdk/client-cognito-identity-provider ` +
            `${versionOf("@aws-sdk/client-cognito-identity-provider")}`);
const startServer = (...args) => startFakeServer(serverBinary, cognito, ...args);

const makePool = (server, name) =>
  makeAlicesPool(server, cognito, name, ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);

// --- amazon-cognito-identity-js, promisified ----------------------------------------

function identityUser(server, pool) {
  const userPool = new identity.CognitoUserPool({
    UserPoolId: pool.poolId, ClientId: pool.clientId, endpoint: server.url });
  return new identity.CognitoUser({ Username: "alice", Pool: userPool });
}

/** authenticateUser (USER_SRP_AUTH, the library's default): the session, or
 *  the error it reported. */
function authenticate(server, pool, password) {
  const user = identityUser(server, pool);
  return new Promise((resolve) => {
    user.authenticateUser(
        new identity.AuthenticationDetails({ Username: "alice", Password: password }), {
          onSuccess: (session) => resolve({ session }),
          onFailure: (error) => resolve({ error }),
          newPasswordRequired: () => resolve({ error: new Error("unexpected NEW_PASSWORD_REQUIRED") }),
        });
  });
}

function forgotPassword(server, pool) {
  const user = identityUser(server, pool);
  return new Promise((resolve, reject) => {
    user.forgotPassword({
      onSuccess: resolve,
      onFailure: reject,
      inputVerificationCode: resolve,
    });
  });
}

function confirmPassword(server, pool, code, password) {
  const user = identityUser(server, pool);
  return new Promise((resolve, reject) => {
    user.confirmPassword(code, password, { onSuccess: resolve, onFailure: reject });
  });
}

// --- SRP-6a as Cognito runs it, written here from the spec ---------------------------

const N = BigInt("0x" +
  "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E34" +
  "04DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6" +
  "F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A6916" +
  "3FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C" +
  "32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA95" +
  "6AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA7157" +
  "5D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D876" +
  "02733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E" +
  "4B82D120A93AD2CAFFFFFFFFFFFFFFFF");
const g = 2n;

function padHex(n) {
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = "0" + hex;
  else if ("89abcdef".includes(hex[0])) hex = "00" + hex;
  return hex;
}
const sha256Hex = (data) => createHash("sha256").update(data).digest("hex");
const hexHash = (hex) => sha256Hex(Buffer.from(hex, "hex"));
const k = BigInt("0x" + hexHash(padHex(N) + padHex(g)));

function modPow(base, exponent, modulus) {
  let result = 1n;
  base %= modulus;
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * base) % modulus;
    exponent >>= 1n;
    base = (base * base) % modulus;
  }
  return result;
}

function timestamp(date = new Date()) {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const two = (n) => String(n).padStart(2, "0");
  return `${days[date.getUTCDay()]} ${months[date.getUTCMonth()]} ${date.getUTCDate()} ` +
         `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} ` +
         `UTC ${date.getUTCFullYear()}`;
}

/** The client side of one SRP sign-in. */
function srpClient(poolId) {
  const a = BigInt("0x" + randomBytes(128).toString("hex"));
  const A = modPow(g, a, N);
  return {
    srpA: A.toString(16),
    answer(parameters, password) {
      const B = BigInt("0x" + parameters.SRP_B);
      const salt = BigInt("0x" + parameters.SALT);
      const userId = parameters.USER_ID_FOR_SRP;
      const poolName = poolId.split("_")[1];
      const u = BigInt("0x" + hexHash(padHex(A) + padHex(B)));
      const x = BigInt("0x" + hexHash(padHex(salt) + sha256Hex(`${poolName}${userId}:${password}`)));
      let base = (B - k * modPow(g, x, N)) % N;
      if (base < 0n) base += N;
      const S = modPow(base, a + u * x, N);
      const prk = createHmac("sha256", Buffer.from(padHex(u), "hex"))
          .update(Buffer.from(padHex(S), "hex")).digest();
      const key = createHmac("sha256", prk)
          .update(Buffer.concat([Buffer.from("Caldera Derived Key"), Buffer.from([1])]))
          .digest().subarray(0, 16);
      const now = timestamp();
      const signature = createHmac("sha256", key)
          .update(Buffer.concat([Buffer.from(poolName), Buffer.from(userId),
                                 Buffer.from(parameters.SECRET_BLOCK, "base64"), Buffer.from(now)]))
          .digest("base64");
      return { USERNAME: userId, PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK,
               TIMESTAMP: now, PASSWORD_CLAIM_SIGNATURE: signature };
    },
  };
}

async function sdkSignIn(server, pool, password) {
  const srp = srpClient(pool.poolId);
  const challenge = await server.send(new cognito.InitiateAuthCommand({
    ClientId: pool.clientId, AuthFlow: "USER_SRP_AUTH",
    AuthParameters: { USERNAME: "alice", SRP_A: srp.srpA } }));
  assert.equal(challenge.ChallengeName, "PASSWORD_VERIFIER");
  assert.equal(challenge.Session, undefined, "a PASSWORD_VERIFIER challenge carries no Session");
  for (const name of ["SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME"]) {
    assert.ok(challenge.ChallengeParameters[name], `no ${name} in the challenge`);
  }
  return server.send(new cognito.RespondToAuthChallengeCommand({
    ClientId: pool.clientId, ChallengeName: "PASSWORD_VERIFIER",
    ChallengeResponses: srp.answer(challenge.ChallengeParameters, password) }));
}

async function rejectsWith(action, name, message) {
  let caught;
  try {
    await action();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught, `expected ${name}, but the call succeeded`);
  assert.equal(caught.name, name, `${caught.name}: ${caught.message}`);
  if (message !== undefined) assert.equal(caught.message, message);
}

// --- the flows ---------------------------------------------------------------------------

async function identityJsResetFlow() {
  const state = {};
  await section("amazon-cognito-identity-js: SRP sign-in around a password reset", [
    ["start cognito-fake-server (seed 12)", async () => {
      state.server = await startServer("--seed", "12");
      state.pool = await makePool(state.server, "srp-identity-js");
    }],
    ["authenticateUser (USER_SRP_AUTH) signs alice in", async () => {
      const { session, error } = await authenticate(state.server, state.pool, PASSWORD);
      assert.ok(!error, `authenticateUser failed: ${error?.code}: ${error?.message}`);
      assert.equal(session.getIdToken().decodePayload()["cognito:username"], "alice");
      assert.ok(session.isValid(), "the session is not valid");
    }],
    ["a wrong password is refused with NotAuthorizedException", async () => {
      const { error } = await authenticate(state.server, state.pool, "Wr0ng-password!");
      assert.equal(error?.code, "NotAuthorizedException");
      assert.equal(error?.message, "Incorrect username or password.");
    }],
    ["after AdminResetUserPassword, authenticateUser gets PasswordResetRequiredException", async () => {
      await state.server.send(new cognito.AdminResetUserPasswordCommand({
        UserPoolId: state.pool.poolId, Username: "alice" }));
      const { error } = await authenticate(state.server, state.pool, PASSWORD);
      assert.equal(error?.code, "PasswordResetRequiredException");
      assert.equal(error?.message, "Password reset required for the user");
    }],
    ["forgotPassword sends a code; confirmPassword sets the new password", async () => {
      const delivery = await forgotPassword(state.server, state.pool);
      assert.equal(delivery.CodeDeliveryDetails.DeliveryMedium, "EMAIL");
      const code = await state.server.codeFor(state.pool.poolId, "alice");
      assert.match(code, /^[0-9]{6}$/);
      await confirmPassword(state.server, state.pool, code, NEW_PASSWORD);
    }],
    ["authenticateUser signs in with the new password", async () => {
      const { session, error } = await authenticate(state.server, state.pool, NEW_PASSWORD);
      assert.ok(!error, `authenticateUser failed: ${error?.code}: ${error?.message}`);
      assert.ok(session.getAccessToken().getJwtToken());
    }],
    ["and is refused with the old one", async () => {
      const { error } = await authenticate(state.server, state.pool, PASSWORD);
      assert.equal(error?.code, "NotAuthorizedException");
    }],
  ]);
}

async function sdkV3Flow() {
  const state = {};
  await section("AWS SDK v3: InitiateAuth / RespondToAuthChallenge with an SRP computed here", [
    ["start cognito-fake-server (seed 13)", async () => {
      state.server = await startServer("--seed", "13");
      state.pool = await makePool(state.server, "srp-sdk-v3");
    }],
    ["the right password gets tokens and empty ChallengeParameters", async () => {
      const result = await sdkSignIn(state.server, state.pool, PASSWORD);
      assert.ok(result.AuthenticationResult?.AccessToken, "no AccessToken");
      assert.deepEqual(result.ChallengeParameters, {});
    }],
    ["a wrong password gets NotAuthorizedException", async () => {
      await rejectsWith(() => sdkSignIn(state.server, state.pool, "Wr0ng-password!"),
                        "NotAuthorizedException", "Incorrect username or password.");
    }],
    ["an unknown user gets UserNotFoundException (PreventUserExistenceErrors LEGACY)", async () => {
      const srp = srpClient(state.pool.poolId);
      await rejectsWith(() => state.server.send(new cognito.InitiateAuthCommand({
        ClientId: state.pool.clientId, AuthFlow: "USER_SRP_AUTH",
        AuthParameters: { USERNAME: "nobody", SRP_A: srp.srpA } })),
        "UserNotFoundException", "User does not exist.");
    }],
  ]);
}

await runAll(identityJsResetFlow, sdkV3Flow);
