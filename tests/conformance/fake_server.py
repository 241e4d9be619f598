"""Starts cognito-fake-server for a conformance test and reads codes from it."""

import json
import subprocess
import urllib.request


class FakeServer:
    """cognito-fake-server on an ephemeral loopback port, for one test module."""

    def __init__(self, binary, *args):
        self.process = subprocess.Popen(
            [binary, "--port", "0", "--quiet", *args],
            stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if "listening on " not in line:
            self.process.kill()
            raise RuntimeError("cognito-fake-server did not start: " + line)
        self.url = line.split("listening on ")[1].strip()

    def code_for(self, pool_id, username):
        query = f"/_cognito_fake/code?UserPoolId={pool_id}&Username={username}"
        with urllib.request.urlopen(self.url + query) as response:
            return json.load(response)["Code"]

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
