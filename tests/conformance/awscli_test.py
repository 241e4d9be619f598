"""The AWS CLI against cognito-fake-server: the whole reset flow.

Usage: awscli_test.py <path to cognito-fake-server> <path to aws>. Exits 77
(skipped) when the AWS CLI is not installed.
"""

import json
import os
import shutil
import subprocess
import sys
import unittest

from fake_server import ModuleServer, skip_module

AWS = sys.argv[2] if len(sys.argv) > 2 else "aws"
if not shutil.which(AWS):
    skip_module("the AWS CLI is not installed")

SERVER = ModuleServer(sys.argv[1], "--seed", "4")
setUpModule, tearDownModule = SERVER.start, SERVER.stop


def aws(*args):
    """Runs `aws cognito-idp ...`; returns (exit code, parsed stdout, stderr)."""
    env = dict(os.environ, AWS_ACCESS_KEY_ID="x", AWS_SECRET_ACCESS_KEY="y",
               AWS_DEFAULT_REGION="us-east-1", AWS_MAX_ATTEMPTS="1", AWS_PAGER="")
    result = subprocess.run(
        [AWS, "--endpoint-url", SERVER.url, "--output", "json", "cognito-idp", *args],
        capture_output=True, text=True, env=env, timeout=60)
    output = json.loads(result.stdout) if result.stdout.strip() else {}
    return result.returncode, output, result.stderr


class AwsCli(unittest.TestCase):

    def ok(self, *args):
        code, output, error = aws(*args)
        self.assertEqual(code, 0, error)
        return output

    def fails(self, exception, *args):
        code, _, error = aws(*args)
        self.assertNotEqual(code, 0)
        self.assertIn(f"An error occurred ({exception})", error)
        return error

    def test_the_whole_reset_flow(self):
        pool_id = self.ok("create-user-pool", "--pool-name", "cli",
                          "--account-recovery-setting",
                          "RecoveryMechanisms=[{Priority=1,Name=verified_email}]")["UserPool"]["Id"]
        client_id = self.ok("create-user-pool-client", "--user-pool-id", pool_id,
                            "--client-name", "app", "--explicit-auth-flows",
                            "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"
                            )["UserPoolClient"]["ClientId"]
        self.ok("admin-create-user", "--user-pool-id", pool_id, "--username", "alice",
                "--message-action", "SUPPRESS", "--user-attributes",
                "Name=email,Value=alice@example.com", "Name=email_verified,Value=true")
        self.ok("admin-set-user-password", "--user-pool-id", pool_id, "--username", "alice",
                "--password", "Passw0rd!", "--permanent")
        self.ok("admin-reset-user-password", "--user-pool-id", pool_id, "--username", "alice",
                "--client-metadata", "ticket=42")
        sign_in = ("initiate-auth", "--client-id", client_id, "--auth-flow", "USER_PASSWORD_AUTH",
                   "--auth-parameters")
        error = self.fails("PasswordResetRequiredException",
                           *sign_in, "USERNAME=alice,PASSWORD=Passw0rd!")
        self.assertIn("Password reset required for the user", error)
        forgot = self.ok("forgot-password", "--client-id", client_id, "--username", "alice")
        self.assertEqual(forgot["CodeDeliveryDetails"]["Destination"], "a***@e***")
        code = SERVER.code_for(pool_id, "alice")
        self.ok("confirm-forgot-password", "--client-id", client_id, "--username", "alice",
                "--confirmation-code", code, "--password", "N3w-Passw0rd!")
        tokens = self.ok(*sign_in, "USERNAME=alice,PASSWORD=N3w-Passw0rd!")
        self.assertEqual(tokens["AuthenticationResult"]["TokenType"], "Bearer")
        self.fails("UserNotFoundException", "admin-reset-user-password",
                   "--user-pool-id", pool_id, "--username", "nobody")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
