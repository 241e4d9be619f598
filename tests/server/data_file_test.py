"""cognito-fake-server --data FILE: the state survives SIGKILL, bad files are refused.

Usage: python3 data_file_test.py <path to cognito-fake-server>

Over plain HTTP (AWS JSON 1.1, --auth off), with the standard library only:

- Killed: 200 times, a server on one data file takes a stream of
  AdminCreateUser requests and is killed with SIGKILL at a random moment;
  a server started again on the file must start (the file is never torn)
  and know every user whose creation was answered 200 before the kill.
- Refused: a file of garbage, and a valid file cut in half, make the
  server exit with status 2 and a message naming the file, and are left
  byte for byte as they were.
"""

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import unittest
import urllib.error
import urllib.request

BINARY = sys.argv[1] if len(sys.argv) > 1 else "cognito-fake-server"
KILLS = 200


class Server:
    """cognito-fake-server on an ephemeral port over `data_file`."""

    def __init__(self, data_file):
        self.process = subprocess.Popen(
            [BINARY, "--port", "0", "--quiet", "--auth", "off", "--data", data_file],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if "listening on " not in line:
            self.process.kill()
            raise AssertionError("cognito-fake-server did not start: " + line +
                                 self.process.stderr.read())
        self.url = line.split("listening on ")[1].split()[0]

    def call(self, operation, body):
        """(HTTP status, JSON body) of `operation`; (None, None) when the
        connection failed (the server was killed)."""
        request = urllib.request.Request(
            self.url + "/", data=json.dumps(body).encode(), method="POST",
            headers={"X-Amz-Target": "AWSCognitoIdentityProviderService." + operation,
                     "Content-Type": "application/x-amz-json-1.1"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.load(response)
        except urllib.error.HTTPError as error:
            return error.code, json.load(error)
        except (urllib.error.URLError, ConnectionError, OSError):
            return None, None

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        self.process.stdout.close()
        self.process.stderr.close()


def usernames(server, pool_id):
    """Every username of the pool, through ListUsers' pages."""
    names, token = set(), None
    while True:
        body = {"UserPoolId": pool_id, "Limit": 60}
        if token:
            body["PaginationToken"] = token
        status, page = server.call("ListUsers", body)
        assert status == 200, page
        names.update(user["Username"] for user in page["Users"])
        token = page.get("PaginationToken")
        if not token:
            return names


class DataFileTest(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.data_file = os.path.join(self.directory.name, "state.json")

    def tearDown(self):
        self.directory.cleanup()

    def test_every_acknowledged_change_survives_sigkill(self):
        server = Server(self.data_file)
        status, created = server.call("CreateUserPool", {"PoolName": "kept"})
        self.assertEqual(status, 200, created)
        pool_id = created["UserPool"]["Id"]
        server.kill()
        acknowledged = set()
        killed_mid_stream = 0
        rng = random.Random(31)
        for kill in range(KILLS):
            server = Server(self.data_file)
            missing = acknowledged - usernames(server, pool_id)
            self.assertFalse(missing, f"after kill {kill}: acknowledged users lost")
            answered = []

            def create():
                for n in range(1000):
                    name = f"k{kill}-{n}"
                    status, _ = server.call("AdminCreateUser", {
                        "UserPoolId": pool_id, "Username": name, "MessageAction": "SUPPRESS"})
                    if status is None:
                        return
                    if status == 200:
                        answered.append(name)

            stream = threading.Thread(target=create)
            stream.start()
            threading.Event().wait(rng.uniform(0.0, 0.1))
            server.kill()
            stream.join()
            acknowledged.update(answered)
            killed_mid_stream += bool(answered)
        server = Server(self.data_file)
        self.assertFalse(acknowledged - usernames(server, pool_id))
        self.assertEqual(os.listdir(self.directory.name), ["state.json"],
                         "a start removes what a killed write left")
        # Most kills must have hit a stream that had changes acknowledged.
        self.assertGreater(killed_mid_stream, KILLS // 2, f"{len(acknowledged)} users in all")
        server.kill()

    def assert_refused(self, contents):
        with open(self.data_file, "wb") as file:
            file.write(contents)
        result = subprocess.run([BINARY, "--port", "0", "--data", self.data_file],
                                capture_output=True, text=True, timeout=30)
        self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
        self.assertIn(self.data_file, result.stderr)
        self.assertIn("leaving it as it is", result.stderr)
        with open(self.data_file, "rb") as file:
            self.assertEqual(file.read(), contents)

    def test_a_file_of_garbage_is_refused_and_left_alone(self):
        self.assert_refused(b"\x00garbage\xff, not a state")

    def test_a_truncated_file_is_refused_and_left_alone(self):
        server = Server(self.data_file)
        status, _ = server.call("CreateUserPool", {"PoolName": "cut"})
        self.assertEqual(status, 200)
        server.kill()
        with open(self.data_file, "rb") as file:
            whole = file.read()
        self.assert_refused(whole[: len(whole) // 2])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
