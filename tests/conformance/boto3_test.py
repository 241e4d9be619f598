"""boto3 against cognito-fake-server: the whole reset flow, and every
AdminResetUserPassword error that arises from state as its own typed
exception with AWS's message.

Usage: boto3_test.py <path to cognito-fake-server>. Exits 77 (skipped)
when boto3 is not installed.
"""

import datetime
import sys
import unittest

from fake_server import ModuleServer, skip_module

try:
    import boto3
    from botocore.config import Config
except ImportError:
    skip_module("boto3 is not installed")

SERVER = ModuleServer(sys.argv[1], "--seed", "3")
setUpModule, tearDownModule = SERVER.start, SERVER.stop


class ResetFlow(unittest.TestCase):

    def setUp(self):
        self.cognito = boto3.client(
            "cognito-idp", endpoint_url=SERVER.url, region_name="us-east-1",
            aws_access_key_id="x", aws_secret_access_key="y",
            config=Config(retries={"total_max_attempts": 1}))
        pool = self.cognito.create_user_pool(
            PoolName="conformance",
            AliasAttributes=["email"],
            AutoVerifiedAttributes=["email"],
            AccountRecoverySetting={"RecoveryMechanisms": [{"Priority": 1, "Name": "verified_email"}]})
        self.pool_id = pool["UserPool"]["Id"]
        client = self.cognito.create_user_pool_client(
            UserPoolId=self.pool_id, ClientName="app",
            ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])
        self.client_id = client["UserPoolClient"]["ClientId"]
        self.cognito.admin_create_user(
            UserPoolId=self.pool_id, Username="alice", MessageAction="SUPPRESS",
            UserAttributes=[{"Name": "email", "Value": "alice@example.com"},
                            {"Name": "email_verified", "Value": "true"}])
        self.cognito.admin_set_user_password(
            UserPoolId=self.pool_id, Username="alice", Password="Passw0rd!", Permanent=True)

    def sign_in(self, password):
        return self.cognito.initiate_auth(
            ClientId=self.client_id, AuthFlow="USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": "alice", "PASSWORD": password})

    def test_admin_reset_then_forgot_password_restores_sign_in(self):
        self.assertIn("AuthenticationResult", self.sign_in("Passw0rd!"))
        response = self.cognito.admin_reset_user_password(
            UserPoolId=self.pool_id, Username="alice", ClientMetadata={"ticket": "42"})
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 200)
        self.assertEqual(len(response["ResponseMetadata"]["RequestId"]), 36)

        with self.assertRaises(self.cognito.exceptions.PasswordResetRequiredException) as refused:
            self.sign_in("Passw0rd!")
        self.assertEqual(refused.exception.response["Error"]["Message"],
                         "Password reset required for the user")

        forgot = self.cognito.forgot_password(ClientId=self.client_id, Username="alice")
        self.assertEqual(forgot["CodeDeliveryDetails"],
                         {"Destination": "a***@e***", "DeliveryMedium": "EMAIL",
                          "AttributeName": "email"})
        code = SERVER.code_for(self.pool_id, "alice")
        self.assertRegex(code, r"^[0-9]{6}$")
        self.cognito.confirm_forgot_password(
            ClientId=self.client_id, Username="alice", ConfirmationCode=code,
            Password="N3w-Passw0rd!")

        tokens = self.sign_in("N3w-Passw0rd!")["AuthenticationResult"]
        self.assertEqual(tokens["TokenType"], "Bearer")
        self.assertEqual(tokens["ExpiresIn"], 3600)
        with self.assertRaises(self.cognito.exceptions.NotAuthorizedException):
            self.sign_in("Passw0rd!")
        user = self.cognito.admin_get_user(UserPoolId=self.pool_id, Username="alice")
        self.assertEqual(user["UserStatus"], "CONFIRMED")
        # Epoch seconds parse as datetimes, and the server's clock is the
        # system's, as real JWT libraries need.
        created = user["UserCreateDate"]
        self.assertLess(abs((created - datetime.datetime.now(datetime.timezone.utc))
                            .total_seconds()), 600, created)

    def assert_reset_fails(self, exception, message, **kwargs):
        with self.assertRaises(exception) as failed:
            self.cognito.admin_reset_user_password(**kwargs)
        self.assertEqual(failed.exception.response["Error"]["Message"], message)
        self.assertEqual(failed.exception.response["ResponseMetadata"]["HTTPStatusCode"], 400)

    def test_user_not_found(self):
        self.assert_reset_fails(self.cognito.exceptions.UserNotFoundException,
                                "User does not exist.",
                                UserPoolId=self.pool_id, Username="nobody")

    def test_resource_not_found(self):
        self.assert_reset_fails(self.cognito.exceptions.ResourceNotFoundException,
                                "User pool us-east-1_Missing1 does not exist.",
                                UserPoolId="us-east-1_Missing1", Username="alice")

    def test_invalid_parameter(self):
        self.assert_reset_fails(
            self.cognito.exceptions.InvalidParameterException,
            "1 validation error detected: Value 'no-underscore' at 'userPoolId' failed to satisfy "
            "constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+",
            UserPoolId="no-underscore", Username="alice")

    def test_not_authorized(self):
        self.cognito.admin_disable_user(UserPoolId=self.pool_id, Username="alice")
        self.assert_reset_fails(self.cognito.exceptions.NotAuthorizedException,
                                "User is disabled",
                                UserPoolId=self.pool_id, Username="alice")

    def test_not_authorized_when_recovery_is_admin_only(self):
        pool = self.cognito.create_user_pool(
            PoolName="admin-only",
            AccountRecoverySetting={"RecoveryMechanisms": [{"Priority": 1, "Name": "admin_only"}]})
        pool_id = pool["UserPool"]["Id"]
        self.cognito.admin_create_user(UserPoolId=pool_id, Username="bob", MessageAction="SUPPRESS")
        self.cognito.admin_set_user_password(
            UserPoolId=pool_id, Username="bob", Password="Passw0rd!", Permanent=True)
        self.assert_reset_fails(self.cognito.exceptions.NotAuthorizedException,
                                "Contact administrator to reset password.",
                                UserPoolId=pool_id, Username="bob")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
