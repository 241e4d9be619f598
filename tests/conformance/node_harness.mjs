// The harness the Node conformance tests share: loading the JavaScript
// clients from the node_modules directory scripts/fetch_node_clients.sh
// prints, starting cognito-fake-server, and a small runner of named steps.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";

/** Reports the test skipped (exit code 77) with `reason`. */
export function skip(reason) {
  console.log(`${reason}: skipped`);
  process.exit(77);
}

/** The server binary (argv[2]) and the clients' directory
 *  (COGNITO_FAKE_NODE_MODULES); skips without the latter. */
export function setUp(script) {
  const serverBinary = process.argv[2];
  if (!serverBinary) {
    console.error(`usage: node ${script} <path to cognito-fake-server>`);
    process.exit(2);
  }
  const modulesDir = process.env.COGNITO_FAKE_NODE_MODULES;
  if (!modulesDir) {
    skip("COGNITO_FAKE_NODE_MODULES is not set (run scripts/fetch_node_clients.sh)");
  }
  // Resolves packages as a file inside that node_modules directory would.
  const requireClient = createRequire(path.join(path.resolve(modulesDir), "..", "node_test.cjs"));
  return {
    serverBinary,
    load(name) {
      try {
        return requireClient(name);
      } catch (error) {
        skip(`${name} cannot be loaded from ${modulesDir} (${error.code ?? error.message})`);
      }
    },
    versionOf(name) {
      try {
        const file = path.join(path.resolve(modulesDir), name, "package.json");
        return JSON.parse(readFileSync(file, "utf8")).version;
      } catch {
        return "(version unknown)";
      }
    },
  };
}

// --- cognito-fake-server -----------------------------------------------------

const servers = [];

/** Starts cognito-fake-server on an ephemeral loopback port. */
export async function startServer(serverBinary, cognito, ...args) {
  const child = spawn(serverBinary, ["--port", "0", "--quiet", ...args],
                      { stdio: ["ignore", "pipe", "inherit"] });
  servers.push(child);
  const lines = readline.createInterface({ input: child.stdout });
  const first = await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      reject(new Error(`cognito-fake-server exited (${code ?? signal}) before listening`)));
    lines.once("line", resolve);
  });
  // Keep draining stdout so that the server never blocks on a full pipe.
  lines.on("line", () => {});
  const match = /listening on (\S+)/.exec(first);
  if (!match) throw new Error(`cognito-fake-server did not start: ${first}`);
  const url = match[1];
  const client = new cognito.CognitoIdentityProviderClient({
    endpoint: url,
    region: "us-east-1",
    credentials: { accessKeyId: "x", secretAccessKey: "y" },
    maxAttempts: 1,
  });
  return {
    url,
    client,
    send: (command) => client.send(command),
    async getJson(route) {
      const response = await fetch(url + route);
      assert.equal(response.status, 200, `GET ${route}`);
      return response.json();
    },
    codeFor(poolId, username) {
      const query = new URLSearchParams({ UserPoolId: poolId, Username: username });
      return this.getJson(`/_cognito_fake/code?${query}`).then((body) => body.Code);
    },
  };
}

export function stopServers() {
  for (const child of servers) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  }
}
process.on("exit", stopServers);

// --- a tiny runner: named steps, a report, the exit code -----------------------

const results = [];
export async function section(title, steps) {
  console.log(`\n${title}`);
  let failed = false;
  for (const [name, fn] of steps) {
    if (failed) {
      console.log(`  - ${name} (not run: an earlier step failed)`);
      results.push({ title, name, status: "not run" });
      continue;
    }
    try {
      await fn();
      console.log(`  ok ${name}`);
      results.push({ title, name, status: "ok" });
    } catch (error) {
      failed = true;
      console.log(`  FAIL ${name}`);
      console.log(String(error?.stack ?? error).replace(/^/gm, "       "));
      results.push({ title, name, status: "failed" });
    }
  }
}

export const PASSWORD = "Passw0rd!";
export const NEW_PASSWORD = "N3w-Passw0rd!";

/** A pool (AutoVerifiedAttributes email), an app client allowing
 *  `authFlows`, and alice with a verified email and a permanent password, as
 *  the Python tests make them. */
export async function makePool(server, cognito, name, authFlows) {
  const pool = await server.send(new cognito.CreateUserPoolCommand({
    PoolName: name, AutoVerifiedAttributes: ["email"] }));
  const poolId = pool.UserPool.Id;
  const app = await server.send(new cognito.CreateUserPoolClientCommand({
    UserPoolId: poolId, ClientName: "app", ExplicitAuthFlows: authFlows }));
  const clientId = app.UserPoolClient.ClientId;
  await server.send(new cognito.AdminCreateUserCommand({
    UserPoolId: poolId, Username: "alice", MessageAction: "SUPPRESS",
    UserAttributes: [{ Name: "email", Value: "alice@example.com" },
                     { Name: "email_verified", Value: "true" }] }));
  await server.send(new cognito.AdminSetUserPasswordCommand({
    UserPoolId: poolId, Username: "alice", Password: PASSWORD, Permanent: true }));
  return { poolId, clientId };
}

/** Runs `flows` one after the other, prints the tally and exits: 0 when
 *  every step passed, 1 otherwise. */
export async function runAll(...flows) {
  let exitCode = 1;
  try {
    for (const flow of flows) await flow();
    const failed = results.filter((r) => r.status === "failed").length;
    const notRun = results.filter((r) => r.status === "not run").length;
    const passed = results.length - failed - notRun;
    console.log(`\n${passed} passed, ${failed} failed, ${notRun} not run`);
    exitCode = failed === 0 && notRun === 0 ? 0 : 1;
  } catch (error) {
    console.error(error);
  } finally {
    stopServers();
  }
  process.exit(exitCode);
}
