"""boto3 against cognito-fake-server: an authenticator app for a user, with
the TOTP codes computed by pyotp (a library no one here wrote) from the
SecretCode the fake issued, and the MFA settings the fake reports.

Usage: mfa_test.py <path to cognito-fake-server>. Exits 77 (skipped) when
boto3 or pyotp (Debian python3-pyotp) is not installed.
"""

import sys
import unittest

from fake_server import ModuleServer, skip_module

try:
    import boto3
    from botocore.config import Config
except ImportError:
    skip_module("boto3 is not installed")
try:
    import pyotp
except ImportError:
    skip_module("pyotp (python3-pyotp) is not installed")

SERVER = ModuleServer(sys.argv[1], "--seed", "5")
setUpModule, tearDownModule = SERVER.start, SERVER.stop


class AuthenticatorApp(unittest.TestCase):

    def setUp(self):
        self.cognito = boto3.client(
            "cognito-idp", endpoint_url=SERVER.url, region_name="us-east-1",
            aws_access_key_id="x", aws_secret_access_key="y",
            config=Config(retries={"total_max_attempts": 1}))
        self.pool_id = self.cognito.create_user_pool(PoolName="mfa")["UserPool"]["Id"]
        self.client_id = self.cognito.create_user_pool_client(
            UserPoolId=self.pool_id, ClientName="app",
            ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
        )["UserPoolClient"]["ClientId"]
        self.cognito.admin_create_user(
            UserPoolId=self.pool_id, Username="alice", MessageAction="SUPPRESS",
            UserAttributes=[{"Name": "email", "Value": "alice@example.com"},
                            {"Name": "email_verified", "Value": "true"}])
        self.cognito.admin_set_user_password(
            UserPoolId=self.pool_id, Username="alice", Password="Passw0rd!", Permanent=True)
        self.access_token = self.cognito.initiate_auth(
            ClientId=self.client_id, AuthFlow="USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": "alice", "PASSWORD": "Passw0rd!"}
        )["AuthenticationResult"]["AccessToken"]

    def configure(self):
        return self.cognito.set_user_pool_mfa_config(
            UserPoolId=self.pool_id, MfaConfiguration="OPTIONAL",
            SoftwareTokenMfaConfiguration={"Enabled": True})

    def test_pool_mfa_configuration_round_trips(self):
        self.assertEqual(
            self.cognito.get_user_pool_mfa_config(UserPoolId=self.pool_id)["MfaConfiguration"],
            "OFF")
        response = self.configure()
        self.assertEqual(response["MfaConfiguration"], "OPTIONAL")
        self.assertEqual(response["SoftwareTokenMfaConfiguration"], {"Enabled": True})
        read = self.cognito.get_user_pool_mfa_config(UserPoolId=self.pool_id)
        self.assertEqual(read["MfaConfiguration"], "OPTIONAL")
        self.assertNotIn("SmsMfaConfiguration", read)
        with self.assertRaises(self.cognito.exceptions.InvalidParameterException) as refused:
            self.cognito.set_user_pool_mfa_config(
                UserPoolId=self.pool_id, MfaConfiguration="ON")
        self.assertEqual(
            refused.exception.response["Error"]["Message"],
            "Invalid MFA configuration given, can't disable all MFAs with a required or "
            "optional configuration.")

    def test_a_pyotp_code_verifies_the_secret_and_totp_becomes_preferred(self):
        self.configure()
        secret = self.cognito.associate_software_token(
            AccessToken=self.access_token)["SecretCode"]
        totp = pyotp.TOTP(secret)
        # A code that is none of the three accepted now is refused, typed.
        wrong = next(c for c in ("000000", "111111", "222222", "333333")
                     if not totp.verify(c, valid_window=1))
        with self.assertRaises(
                self.cognito.exceptions.EnableSoftwareTokenMFAException) as refused:
            self.cognito.verify_software_token(AccessToken=self.access_token, UserCode=wrong)
        self.assertEqual(refused.exception.response["Error"]["Message"],
                         "Code mismatch and fail enable Software Token MFA")
        verified = self.cognito.verify_software_token(
            AccessToken=self.access_token, UserCode=totp.now(), FriendlyDeviceName="phone")
        self.assertEqual(verified["Status"], "SUCCESS")
        self.cognito.set_user_mfa_preference(
            AccessToken=self.access_token,
            SoftwareTokenMfaSettings={"Enabled": True, "PreferredMfa": True})
        user = self.cognito.get_user(AccessToken=self.access_token)
        self.assertEqual(user["UserMFASettingList"], ["SOFTWARE_TOKEN_MFA"])
        self.assertEqual(user["PreferredMfaSetting"], "SOFTWARE_TOKEN_MFA")
        admin_view = self.cognito.admin_get_user(UserPoolId=self.pool_id, Username="alice")
        self.assertEqual(admin_view["UserMFASettingList"], ["SOFTWARE_TOKEN_MFA"])

    def test_totp_preferences_need_a_verified_token(self):
        self.configure()
        with self.assertRaises(self.cognito.exceptions.InvalidParameterException) as refused:
            self.cognito.set_user_mfa_preference(
                AccessToken=self.access_token,
                SoftwareTokenMfaSettings={"Enabled": True, "PreferredMfa": True})
        self.assertEqual(refused.exception.response["Error"]["Message"],
                         "User has not set up software token mfa")
        with self.assertRaises(self.cognito.exceptions.InvalidParameterException) as refused:
            self.cognito.admin_set_user_mfa_preference(
                UserPoolId=self.pool_id, Username="alice",
                SMSMfaSettings={"Enabled": True, "PreferredMfa": False})
        self.assertEqual(refused.exception.response["Error"]["Message"],
                         "User does not have a phone_number set to turn on SMS MFA")
        user = self.cognito.get_user(AccessToken=self.access_token)
        self.assertNotIn("PreferredMfaSetting", user)
        self.assertEqual(user.get("UserMFASettingList", []), [])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
