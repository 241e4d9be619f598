"""SigV4 and IAM (cognito-fake-server --auth verify) through boto3's and the
AWS CLI's own signers: registered keys run the reset flow, public operations
go unsigned (also with the CLI's --no-sign-request, which admin operations
refuse), and every authentication or policy failure, clock skew included,
comes back as AWS words it (docs/fidelity.md, "IAM at the wire").

Usage: iam_test.py <path to cognito-fake-server> [<path to aws>]. Exits 77
(skipped) when boto3 is not installed; the AWS CLI tests alone are skipped
when the CLI is missing.
"""

import atexit
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.request

from fake_server import FakeServer, ModuleServer, skip_module

try:
    import botocore
    import boto3
    from botocore.config import Config
    from botocore.exceptions import ClientError
except ImportError:
    skip_module("boto3 is not installed")

if len(sys.argv) < 2:
    print("usage: iam_test.py <path to cognito-fake-server> [<path to aws>]")
    sys.exit(2)

AWS = sys.argv[2] if len(sys.argv) > 2 else "aws"
HAVE_AWS_CLI = shutil.which(AWS) is not None

ACCOUNT = "123456789012"
REGION = "us-east-1"
POOL_ARNS = f"arn:aws:cognito-idp:{REGION}:{ACCOUNT}:userpool/*"
BACK_OFFICE = f"arn:aws:iam::{ACCOUNT}:user/back-office"
NO_RESET = f"arn:aws:iam::{ACCOUNT}:user/no-reset"


def policy(*statements):
    return {"Version": "2012-10-17", "Statement": list(statements)}


def statement(effect, action, resource):
    return {"Effect": effect, "Action": action, "Resource": resource}


# Access key -> (secret, session token); the server knows them from IAM_DOCUMENT.
ADMIN = ("AKIAADMINEXAMPLE", "admin/Secret+Key", None)
BACK_OFFICE_KEYS = ("AKIABACKOFFICE", "back-office/Secret+Key", None)
NO_RESET_KEYS = ("AKIANORESET", "no-reset/Secret+Key", None)
EXPIRED_KEYS = ("ASIAEXPIRED", "expired/Secret+Key", "expired-session-token")
TEMPORARY_KEYS = ("ASIATEMPORARY", "temporary/Secret+Key", "valid-session-token")
UNKNOWN_KEYS = ("AKIANOTREGISTERED", "not/registered", None)
WRONG_SECRET = (ADMIN[0], "not-the-admin-secret", None)

IAM_DOCUMENT = {"Identities": [
    # The account root: never denied, sets pools and users up.
    {"AccessKeyId": ADMIN[0], "SecretAccessKey": ADMIN[1],
     "Principal": f"arn:aws:iam::{ACCOUNT}:root"},
    # May read users of any pool, nothing else.
    {"AccessKeyId": BACK_OFFICE_KEYS[0], "SecretAccessKey": BACK_OFFICE_KEYS[1],
     "Principal": BACK_OFFICE,
     "Policies": [policy(statement("Allow", "cognito-idp:AdminGetUser", POOL_ARNS))]},
    # Everything in cognito-idp, but an explicit Deny on resetting passwords.
    {"AccessKeyId": NO_RESET_KEYS[0], "SecretAccessKey": NO_RESET_KEYS[1],
     "Principal": NO_RESET,
     "Policies": [policy(statement("Allow", "cognito-idp:*", "*")),
                  policy(statement("Deny", "cognito-idp:AdminResetUserPassword", POOL_ARNS))]},
    # Temporary credentials that expired in 2001.
    {"AccessKeyId": EXPIRED_KEYS[0], "SecretAccessKey": EXPIRED_KEYS[1],
     "Principal": f"arn:aws:sts::{ACCOUNT}:assumed-role/ops/expired",
     "SessionToken": EXPIRED_KEYS[2], "Expiration": 1000000000,
     "Policies": [policy(statement("Allow", "cognito-idp:*", "*"))]},
    # The same, valid until 2100: the control for the expired ones.
    {"AccessKeyId": TEMPORARY_KEYS[0], "SecretAccessKey": TEMPORARY_KEYS[1],
     "Principal": f"arn:aws:sts::{ACCOUNT}:assumed-role/ops/valid",
     "SessionToken": TEMPORARY_KEYS[2], "Expiration": 4102444800,
     "Policies": [policy(statement("Allow", "cognito-idp:*", "*"))]},
]}

MISSING_TOKEN = "Missing Authentication Token"
BAD_SIGNATURE = ("The request signature we calculated does not match the signature you provided. "
                 "Check your AWS Secret Access Key and signing method. Consult the service "
                 "documentation for details.")
INVALID_TOKEN = "The security token included in the request is invalid."
EXPIRED_TOKEN = "The security token included in the request is expired"


def not_allowed(principal, operation, resource):
    return (f"User: {principal} is not authorized to perform: cognito-idp:{operation} on "
            f"resource: {resource} because no identity-based policy allows the "
            f"cognito-idp:{operation} action")


def explicitly_denied(principal, operation, resource):
    return (f"User: {principal} is not authorized to perform: cognito-idp:{operation} on "
            f"resource: {resource} with an explicit deny in an identity-based policy")


def pool_arn(pool_id):
    return f"arn:aws:cognito-idp:{REGION}:{ACCOUNT}:userpool/{pool_id}"


WORK_DIR = tempfile.mkdtemp(prefix="cognito-fake-iam-")
atexit.register(shutil.rmtree, WORK_DIR, ignore_errors=True)
IAM_FILE = os.path.join(WORK_DIR, "iam.json")
with open(IAM_FILE, "w", encoding="utf-8") as iam_file:
    json.dump(IAM_DOCUMENT, iam_file)
SERVER_ARGS = ("--auth", "verify", "--iam", IAM_FILE)

SERVER = ModuleServer(sys.argv[1], *SERVER_ARGS, "--seed", "21")
setUpModule, tearDownModule = SERVER.start, SERVER.stop


# Exactly one attempt ("max_attempts" would count retries, not attempts).
ONE_ATTEMPT = {"total_max_attempts": 1}


def client_for(url, keys):
    access_key, secret, token = keys
    return boto3.client("cognito-idp", endpoint_url=url, region_name=REGION,
                        aws_access_key_id=access_key, aws_secret_access_key=secret,
                        aws_session_token=token,
                        config=Config(retries=ONE_ATTEMPT))


def unsigned_client(url):
    return boto3.client("cognito-idp", endpoint_url=url, region_name=REGION,
                        config=Config(retries=ONE_ATTEMPT, signature_version=botocore.UNSIGNED))


def make_pool(admin, name):
    """A pool recovering by email, an app client with USER_PASSWORD_AUTH and
    alice, CONFIRMED with a permanent password; set up by `admin`."""
    pool_id = admin.create_user_pool(
        PoolName=name, AutoVerifiedAttributes=["email"],
        AccountRecoverySetting={"RecoveryMechanisms": [{"Priority": 1, "Name": "verified_email"}]}
    )["UserPool"]["Id"]
    client_id = admin.create_user_pool_client(
        UserPoolId=pool_id, ClientName="app",
        ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
    )["UserPoolClient"]["ClientId"]
    admin.admin_create_user(
        UserPoolId=pool_id, Username="alice", MessageAction="SUPPRESS",
        UserAttributes=[{"Name": "email", "Value": "alice@example.com"},
                        {"Name": "email_verified", "Value": "true"}])
    admin.admin_set_user_password(
        UserPoolId=pool_id, Username="alice", Password="Passw0rd!", Permanent=True)
    return pool_id, client_id


class IamTestCase(unittest.TestCase):

    def signed(self, keys):
        """A client of SERVER signing with `keys`, closed after the test."""
        client = client_for(SERVER.url, keys)
        self.addCleanup(client.close)
        return client

    def assert_error(self, failed, code, message):
        """`failed` (an assertRaises context) holds AWS's error `code` with
        `message`, HTTP 400, after one attempt."""
        response = failed.exception.response
        self.assertEqual(response["Error"]["Code"], code)
        self.assertEqual(response["Error"]["Message"], message)
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 400)
        self.assertEqual(response["ResponseMetadata"]["RetryAttempts"], 0)

    def assert_access_denied(self, client, failed, message):
        self.assert_error(failed, "AccessDeniedException", message)
        modeled = getattr(client.exceptions, "AccessDeniedException", None)
        if modeled is not None:
            self.assertIsInstance(failed.exception, modeled)
        else:
            # Older botocore models (Debian's 1.29) lack the shape: the
            # error is then a plain ClientError, as for any unmodeled code.
            self.assertIs(type(failed.exception), ClientError)


class Boto3(IamTestCase):

    @classmethod
    def setUpClass(cls):
        cls.admin = client_for(SERVER.url, ADMIN)
        cls.public = unsigned_client(SERVER.url)

    @classmethod
    def tearDownClass(cls):
        cls.admin.close()
        cls.public.close()

    def setUp(self):
        self.pool_id, self.client_id = make_pool(self.admin, self.id().rsplit(".", 1)[-1][:50])

    def sign_in(self, password):
        return self.public.initiate_auth(
            ClientId=self.client_id, AuthFlow="USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": "alice", "PASSWORD": password})

    def user_status(self):
        return self.admin.admin_get_user(UserPoolId=self.pool_id, Username="alice")["UserStatus"]

    def test_registered_keys_run_the_reset_flow_public_operations_unsigned(self):
        self.assertEqual(self.user_status(), "CONFIRMED")
        self.assertIn("AuthenticationResult", self.sign_in("Passw0rd!"))
        self.admin.admin_reset_user_password(UserPoolId=self.pool_id, Username="alice")
        self.assertEqual(self.user_status(), "RESET_REQUIRED")

        with self.assertRaises(self.public.exceptions.PasswordResetRequiredException) as refused:
            self.sign_in("Passw0rd!")
        self.assertEqual(refused.exception.response["Error"]["Message"],
                         "Password reset required for the user")
        forgot = self.public.forgot_password(ClientId=self.client_id, Username="alice")
        self.assertEqual(forgot["CodeDeliveryDetails"]["DeliveryMedium"], "EMAIL")
        code = SERVER.code_for(self.pool_id, "alice")
        self.assertRegex(code, r"^[0-9]{6}$")
        self.public.confirm_forgot_password(
            ClientId=self.client_id, Username="alice", ConfirmationCode=code,
            Password="N3w-Passw0rd!")

        tokens = self.sign_in("N3w-Passw0rd!")["AuthenticationResult"]
        self.assertEqual(tokens["TokenType"], "Bearer")
        self.assertEqual(self.user_status(), "CONFIRMED")

    def test_public_operation_ignores_unknown_keys(self):
        # botocore sends ForgotPassword unsigned whatever keys it holds.
        unknown = self.signed(UNKNOWN_KEYS)
        forgot = unknown.forgot_password(ClientId=self.client_id, Username="alice")
        self.assertEqual(forgot["CodeDeliveryDetails"]["DeliveryMedium"], "EMAIL")
        self.assertRegex(SERVER.code_for(self.pool_id, "alice"), r"^[0-9]{6}$")

    def test_unsigned_admin_call_is_missing_authentication_token(self):
        with self.assertRaises(ClientError) as failed:
            self.public.admin_get_user(UserPoolId=self.pool_id, Username="alice")
        self.assert_error(failed, "MissingAuthenticationTokenException", MISSING_TOKEN)

    def test_wrong_secret(self):
        with self.assertRaises(ClientError) as failed:
            self.signed(WRONG_SECRET).admin_get_user(
                UserPoolId=self.pool_id, Username="alice")
        self.assert_error(failed, "InvalidSignatureException", BAD_SIGNATURE)

    def test_unknown_access_key(self):
        with self.assertRaises(ClientError) as failed:
            self.signed(UNKNOWN_KEYS).admin_get_user(
                UserPoolId=self.pool_id, Username="alice")
        self.assert_error(failed, "UnrecognizedClientException", INVALID_TOKEN)

    def test_valid_session_token_is_accepted(self):
        user = self.signed(TEMPORARY_KEYS).admin_get_user(
            UserPoolId=self.pool_id, Username="alice")
        self.assertEqual(user["Username"], "alice")

    def test_expired_session_token(self):
        with self.assertRaises(ClientError) as failed:
            self.signed(EXPIRED_KEYS).admin_get_user(
                UserPoolId=self.pool_id, Username="alice")
        self.assert_error(failed, "ExpiredTokenException", EXPIRED_TOKEN)

    def test_back_office_may_get_users(self):
        user = self.signed(BACK_OFFICE_KEYS).admin_get_user(
            UserPoolId=self.pool_id, Username="alice")
        self.assertEqual(user["Username"], "alice")
        self.assertEqual(user["UserStatus"], "CONFIRMED")

    def test_back_office_may_not_reset_passwords(self):
        back_office = self.signed(BACK_OFFICE_KEYS)
        with self.assertRaises(ClientError) as failed:
            back_office.admin_reset_user_password(UserPoolId=self.pool_id, Username="alice")
        self.assert_access_denied(back_office, failed, not_allowed(
            BACK_OFFICE, "AdminResetUserPassword", pool_arn(self.pool_id)))
        # Refused before anything happened: alice is as she was.
        self.assertEqual(self.user_status(), "CONFIRMED")
        self.assertIn("AuthenticationResult", self.sign_in("Passw0rd!"))

    def test_explicit_deny_beats_allow_all(self):
        no_reset = self.signed(NO_RESET_KEYS)
        # cognito-idp:* allows the rest ...
        self.assertEqual(no_reset.admin_get_user(
            UserPoolId=self.pool_id, Username="alice")["Username"], "alice")
        # ... but not what the Deny names.
        with self.assertRaises(ClientError) as failed:
            no_reset.admin_reset_user_password(UserPoolId=self.pool_id, Username="alice")
        self.assert_access_denied(no_reset, failed, explicitly_denied(
            NO_RESET, "AdminResetUserPassword", pool_arn(self.pool_id)))
        self.assertEqual(self.user_status(), "CONFIRMED")

    def test_list_user_pools_is_denied_on_resource_star(self):
        pools = self.admin.list_user_pools(MaxResults=60)["UserPools"]
        self.assertIn(self.pool_id, [pool["Id"] for pool in pools])
        back_office = self.signed(BACK_OFFICE_KEYS)
        with self.assertRaises(ClientError) as failed:
            back_office.list_user_pools(MaxResults=60)
        self.assert_access_denied(back_office, failed,
                                  not_allowed(BACK_OFFICE, "ListUserPools", "*"))


AMZ_TIME = "%Y%m%dT%H%M%SZ"


def amz_time(text):
    return datetime.datetime.strptime(text, AMZ_TIME).replace(tzinfo=datetime.timezone.utc)


class SkewServer(IamTestCase):
    """A server of its own (`seed`) for a test class that moves its clock,
    which cannot be moved back; `admin` signs with the root's keys."""

    seed = None

    @classmethod
    def setUpClass(cls):
        cls.server = FakeServer(sys.argv[1], *SERVER_ARGS, "--seed", cls.seed)
        cls.admin = client_for(cls.server.url, ADMIN)

    @classmethod
    def tearDownClass(cls):
        cls.admin.close()
        cls.server.stop()

    def advance_server_clock(self, seconds):
        request = urllib.request.Request(
            f"{self.server.url}/_cognito_fake/clock?advance_seconds={seconds}", method="POST")
        with urllib.request.urlopen(request) as response:
            server_now = json.load(response)["Now"]
        self.assertGreater(server_now - datetime.datetime.now(datetime.timezone.utc).timestamp(),
                           seconds - 10)

    def assert_signature_expired(self, message, skew):
        """`message` is AWS's "Signature expired" sentence for a request
        signed `skew` seconds before the server's clock; returns the
        server's time it names."""
        match = re.fullmatch(
            r"Signature expired: (\d{8}T\d{6}Z) is now earlier than (\d{8}T\d{6}Z) "
            r"\((\d{8}T\d{6}Z) - 5 min\.\)", message)
        self.assertIsNotNone(match, message)
        signed, earliest, now = (amz_time(text) for text in match.groups())
        self.assertEqual(now - earliest, datetime.timedelta(minutes=5))
        self.assertAlmostEqual((now - signed).total_seconds(), skew, delta=5)
        return now


class ClockSkew(SkewServer):
    """boto3 against a server whose clock is 10 minutes ahead."""

    seed = "22"

    def test_request_dated_ten_minutes_before_the_server_clock_has_expired(self):
        pool_id, _ = make_pool(self.admin, "skew")
        self.assertEqual(self.admin.admin_get_user(UserPoolId=pool_id, Username="alice")
                         ["UserStatus"], "CONFIRMED")
        self.advance_server_clock(600)

        # botocore signs with the system clock and never corrects it.
        with self.assertRaises(ClientError) as failed:
            self.admin.admin_get_user(UserPoolId=pool_id, Username="alice")
        error = failed.exception.response
        self.assertEqual(error["Error"]["Code"], "InvalidSignatureException")
        self.assertEqual(error["ResponseMetadata"]["HTTPStatusCode"], 400)
        self.assertEqual(error["ResponseMetadata"]["RetryAttempts"], 0)
        now = self.assert_signature_expired(error["Error"]["Message"], 600)
        # The response's Date is the server's clock, which JS v3 and C++ follow.
        date = datetime.datetime.strptime(
            error["ResponseMetadata"]["HTTPHeaders"]["date"], "%a, %d %b %Y %H:%M:%S GMT"
        ).replace(tzinfo=datetime.timezone.utc)
        self.assertAlmostEqual((date - now).total_seconds(), 0, delta=2)


AWS_VERSION = ""
if HAVE_AWS_CLI:
    AWS_VERSION = subprocess.run([AWS, "--version"], capture_output=True, text=True,
                                 timeout=60).stdout
# A service error ends the CLI with 255 in v1, 254 in v2 (iam-behavior.md §5.1).
CLI_SERVICE_ERROR_EXIT = 254 if AWS_VERSION.startswith("aws-cli/2.") else 255


def aws(keys, *args, url=None, options=()):
    """Runs `aws <options> cognito-idp ...` against `url` (SERVER's by
    default) with `keys` in the environment, or no keys at all when `keys`
    is None; returns (exit code, parsed stdout, stderr)."""
    env = {name: value for name, value in os.environ.items()
           if name not in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN",
                           "AWS_SECURITY_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")}
    if keys is not None:
        access_key, secret, _ = keys
        env.update(AWS_ACCESS_KEY_ID=access_key, AWS_SECRET_ACCESS_KEY=secret)
    env.update(AWS_DEFAULT_REGION=REGION, AWS_MAX_ATTEMPTS="1", AWS_PAGER="",
               AWS_EC2_METADATA_DISABLED="true",
               AWS_CONFIG_FILE=os.path.join(WORK_DIR, "no-config"),
               AWS_SHARED_CREDENTIALS_FILE=os.path.join(WORK_DIR, "no-credentials"))
    result = subprocess.run(
        [AWS, "--endpoint-url", url or SERVER.url, "--output", "json", *options,
         "cognito-idp", *args],
        capture_output=True, text=True, env=env, timeout=120)
    output = json.loads(result.stdout) if result.stdout.strip() else {}
    return result.returncode, output, result.stderr


def cli_error(operation, code, message, message_pattern=None):
    """What the CLI prints for a service error: `message`, or a message
    matching the regular expression `message_pattern`. CLI v2 (its botocore
    in standard retry mode) adds " (reached max retries: 0)" to the sentence."""
    return re.compile(re.escape(f"An error occurred ({code}) when calling the {operation} "
                                "operation") + r"(?: \(reached max retries: 0\))?: "
                      + (message_pattern or re.escape(message)) + "$", re.MULTILINE)


@unittest.skipUnless(HAVE_AWS_CLI, f"the AWS CLI ({AWS}) is not installed")
class AwsCli(IamTestCase):

    SERVICE_ERROR_EXIT = CLI_SERVICE_ERROR_EXIT

    @classmethod
    def setUpClass(cls):
        admin = client_for(SERVER.url, ADMIN)
        cls.pool_id, cls.client_id = make_pool(admin, "cli")
        admin.close()

    def test_admin_keys_get_a_user(self):
        code, user, error = aws(ADMIN, "admin-get-user", "--user-pool-id", self.pool_id,
                                "--username", "alice")
        self.assertEqual(code, 0, error)
        self.assertEqual(user["Username"], "alice")
        self.assertEqual(user["UserStatus"], "CONFIRMED")

    def test_back_office_keys_may_not_reset_passwords(self):
        code, _, error = aws(BACK_OFFICE_KEYS, "admin-reset-user-password",
                             "--user-pool-id", self.pool_id, "--username", "alice")
        self.assertEqual(code, self.SERVICE_ERROR_EXIT, f"{AWS_VERSION.strip()}: {error}")
        self.assertRegex(error, cli_error(
            "AdminResetUserPassword", "AccessDeniedException",
            not_allowed(BACK_OFFICE, "AdminResetUserPassword", pool_arn(self.pool_id))))
        code, user, error = aws(ADMIN, "admin-get-user", "--user-pool-id", self.pool_id,
                                "--username", "alice")
        self.assertEqual(code, 0, error)
        self.assertEqual(user["UserStatus"], "CONFIRMED")

    def test_unknown_keys_are_unrecognized(self):
        code, _, error = aws(UNKNOWN_KEYS, "admin-get-user", "--user-pool-id", self.pool_id,
                             "--username", "alice")
        self.assertEqual(code, self.SERVICE_ERROR_EXIT, f"{AWS_VERSION.strip()}: {error}")
        self.assertRegex(error, cli_error("AdminGetUser", "UnrecognizedClientException",
                                          INVALID_TOKEN))

    def test_wrong_secret_is_an_invalid_signature(self):
        code, _, error = aws(WRONG_SECRET, "admin-get-user", "--user-pool-id", self.pool_id,
                             "--username", "alice")
        self.assertEqual(code, self.SERVICE_ERROR_EXIT, f"{AWS_VERSION.strip()}: {error}")
        self.assertRegex(error, cli_error("AdminGetUser", "InvalidSignatureException",
                                          BAD_SIGNATURE))

    def test_no_sign_request_admin_call_is_missing_authentication_token(self):
        # No keys anywhere: --no-sign-request needs none, and sends no Authorization.
        code, _, error = aws(None, "admin-get-user", "--user-pool-id", self.pool_id,
                             "--username", "alice", options=("--no-sign-request",))
        self.assertEqual(code, self.SERVICE_ERROR_EXIT, f"{AWS_VERSION.strip()}: {error}")
        self.assertRegex(error, cli_error("AdminGetUser", "MissingAuthenticationTokenException",
                                          MISSING_TOKEN))

    def test_no_sign_request_public_operations_succeed(self):
        code, forgot, error = aws(None, "forgot-password", "--client-id", self.client_id,
                                  "--username", "alice", options=("--no-sign-request",))
        self.assertEqual(code, 0, error)
        self.assertEqual(forgot["CodeDeliveryDetails"]["DeliveryMedium"], "EMAIL")
        self.assertRegex(SERVER.code_for(self.pool_id, "alice"), r"^[0-9]{6}$")
        # ForgotPassword leaves a CONFIRMED user CONFIRMED: her password still works.
        code, signed_in, error = aws(
            None, "initiate-auth", "--client-id", self.client_id,
            "--auth-flow", "USER_PASSWORD_AUTH",
            "--auth-parameters", "USERNAME=alice,PASSWORD=Passw0rd!",
            options=("--no-sign-request",))
        self.assertEqual(code, 0, error)
        self.assertEqual(signed_in["AuthenticationResult"]["TokenType"], "Bearer")


@unittest.skipUnless(HAVE_AWS_CLI, f"the AWS CLI ({AWS}) is not installed")
class AwsCliClockSkew(SkewServer):
    """The CLI signs with the system clock and, like boto3, never corrects
    it: against a server 10 minutes ahead its requests have expired."""

    seed = "23"

    def test_request_dated_ten_minutes_before_the_server_clock_has_expired(self):
        pool_id, _ = make_pool(self.admin, "cli-skew")
        arguments = ("admin-get-user", "--user-pool-id", pool_id, "--username", "alice")
        code, user, error = aws(ADMIN, *arguments, url=self.server.url)
        self.assertEqual(code, 0, error)
        self.assertEqual(user["UserStatus"], "CONFIRMED")
        self.advance_server_clock(600)

        code, _, error = aws(ADMIN, *arguments, url=self.server.url)
        self.assertEqual(code, CLI_SERVICE_ERROR_EXIT, f"{AWS_VERSION.strip()}: {error}")
        found = cli_error("AdminGetUser", "InvalidSignatureException", None,
                          r"(Signature expired: .*)").search(error)
        self.assertIsNotNone(found, f"{AWS_VERSION.strip()}: {error}")
        self.assert_signature_expired(found.group(1), 600)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
