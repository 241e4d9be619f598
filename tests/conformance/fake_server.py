"""Starts cognito-fake-server for a conformance test and reads codes from it."""

import json
import subprocess
import sys
import urllib.request


def skip_module(reason):
    """Ends the test program with exit code 77, which ctest reports as skipped."""
    print(reason + ": skipped")
    sys.exit(77)


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
        self.url = line.split("listening on ")[1].split()[0]

    def code_for(self, pool_id, username):
        query = f"/_cognito_fake/code?UserPoolId={pool_id}&Username={username}"
        with urllib.request.urlopen(self.url + query) as response:
            return json.load(response)["Code"]

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class ModuleServer:
    """The one FakeServer a test module's tests share, started by the module's
    setUpModule and stopped by its tearDownModule:

        SERVER = ModuleServer(sys.argv[1], "--seed", "3")
        setUpModule, tearDownModule = SERVER.start, SERVER.stop
    """

    def __init__(self, binary, *args):
        self._args = (binary, *args)
        self._server = None

    def start(self):
        self._server = FakeServer(*self._args)

    def stop(self):
        self._server.stop()

    @property
    def url(self):
        return self._server.url

    def code_for(self, pool_id, username):
        return self._server.code_for(pool_id, username)
