"""boto3 against cognito-fake-server: an authenticator app for a user, with
the TOTP codes computed by pyotp (a library no one here wrote) from the
SecretCode the fake issued, the MFA settings the fake reports, and the
sign-in's MFA challenges at the end of the password-reset flow.

Usage: mfa_test.py <path to cognito-fake-server>. Exits 77 (skipped) when
boto3 or pyotp (Debian python3-pyotp) is not installed.
"""

import json
import sys
import unittest
import urllib.request

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


def advance_clock(seconds):
    """Moves the server's clock (and so its TOTP steps) `seconds` ahead and
    returns its time, in seconds since the epoch."""
    request = urllib.request.Request(
        f"{SERVER.url}/_cognito_fake/clock?advance_seconds={seconds}", method="POST")
    with urllib.request.urlopen(request) as response:
        return json.load(response)["Now"]


class SignInChallenges(unittest.TestCase):
    """The reset flow of a user with MFA, as boto3 sees it: each challenge, its
    parameters, the code (pyotp's, or the one the server captured) and the
    errors of wrong and reused codes, typed by boto3."""

    def setUp(self):
        self.cognito = boto3.client(
            "cognito-idp", endpoint_url=SERVER.url, region_name="us-east-1",
            aws_access_key_id="x", aws_secret_access_key="y",
            config=Config(retries={"total_max_attempts": 1}))
        self.pool_id = self.cognito.create_user_pool(
            PoolName="mfa-sign-in", AutoVerifiedAttributes=["email"],
            # Not verified_phone_number: AWS refuses it beside SMS MFA (MF4).
            AccountRecoverySetting={"RecoveryMechanisms": [
                {"Name": "verified_email", "Priority": 1}]})["UserPool"]["Id"]
        self.client_id = self.cognito.create_user_pool_client(
            UserPoolId=self.pool_id, ClientName="app",
            ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
        )["UserPoolClient"]["ClientId"]

    def add_user(self, name, phone=None):
        attributes = [{"Name": "email", "Value": f"{name}@example.com"},
                      {"Name": "email_verified", "Value": "true"}]
        if phone:
            attributes.append({"Name": "phone_number", "Value": phone})
        self.cognito.admin_create_user(UserPoolId=self.pool_id, Username=name,
                                       MessageAction="SUPPRESS", UserAttributes=attributes)
        self.cognito.admin_set_user_password(
            UserPoolId=self.pool_id, Username=name, Password="Passw0rd!", Permanent=True)

    def sign_in(self, name, password="Passw0rd!"):
        return self.cognito.initiate_auth(
            ClientId=self.client_id, AuthFlow="USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": name, "PASSWORD": password})

    def answer(self, challenge, session, **responses):
        return self.cognito.respond_to_auth_challenge(
            ClientId=self.client_id, ChallengeName=challenge, Session=session,
            ChallengeResponses=responses)

    def tick(self):
        """Moves the server to the next 30-second step."""
        advance_clock(30)

    def code(self, totp):
        """What the authenticator app shows at the server's time (its clock
        is the fake's: it started at the wall clock and moves when told)."""
        return totp.at(advance_clock(0))

    def reset(self, name):
        """AdminResetUserPassword, then ForgotPassword / ConfirmForgotPassword."""
        self.cognito.admin_reset_user_password(UserPoolId=self.pool_id, Username=name)
        with self.assertRaises(self.cognito.exceptions.PasswordResetRequiredException):
            self.sign_in(name)
        self.cognito.forgot_password(ClientId=self.client_id, Username=name)
        self.cognito.confirm_forgot_password(
            ClientId=self.client_id, Username=name,
            ConfirmationCode=SERVER.code_for(self.pool_id, name), Password="N3w-Passw0rd!")

    def test_the_reset_flow_ends_in_the_authenticator_challenge(self):
        self.cognito.set_user_pool_mfa_config(
            UserPoolId=self.pool_id, MfaConfiguration="OPTIONAL",
            SoftwareTokenMfaConfiguration={"Enabled": True})
        self.add_user("tom")
        access_token = self.sign_in("tom")["AuthenticationResult"]["AccessToken"]
        totp = pyotp.TOTP(self.cognito.associate_software_token(
            AccessToken=access_token)["SecretCode"])
        self.cognito.verify_software_token(AccessToken=access_token, UserCode=self.code(totp))
        self.cognito.set_user_mfa_preference(
            AccessToken=access_token,
            SoftwareTokenMfaSettings={"Enabled": True, "PreferredMfa": True})
        self.reset("tom")
        started = self.sign_in("tom", "N3w-Passw0rd!")
        self.assertEqual(started["ChallengeName"], "SOFTWARE_TOKEN_MFA")
        self.assertNotIn("AuthenticationResult", started)
        self.assertEqual(started["ChallengeParameters"], {"USER_ID_FOR_SRP": "tom"})
        # The code that verified the app is used up until the next step.
        with self.assertRaises(self.cognito.exceptions.ExpiredCodeException) as refused:
            self.answer("SOFTWARE_TOKEN_MFA", started["Session"], USERNAME="tom",
                        SOFTWARE_TOKEN_MFA_CODE=self.code(totp))
        self.assertEqual(refused.exception.response["Error"]["Message"],
                         "Your software token has already been used once.")
        self.tick()
        wrong = next(c for c in ("000000", "111111", "222222", "333333")
                     if not totp.verify(c, for_time=advance_clock(0), valid_window=1))
        with self.assertRaises(self.cognito.exceptions.CodeMismatchException) as refused:
            self.answer("SOFTWARE_TOKEN_MFA", started["Session"], USERNAME="tom",
                        SOFTWARE_TOKEN_MFA_CODE=wrong)
        self.assertEqual(refused.exception.response["Error"]["Message"],
                         "Invalid code received for user")
        # The same session, the right code: tokens.
        answered = self.answer("SOFTWARE_TOKEN_MFA", started["Session"], USERNAME="tom",
                               SOFTWARE_TOKEN_MFA_CODE=self.code(totp))
        self.assertIn("AccessToken", answered["AuthenticationResult"])
        self.assertEqual(answered["ChallengeParameters"], {})
        with self.assertRaises(self.cognito.exceptions.NotAuthorizedException) as refused:
            self.answer("SOFTWARE_TOKEN_MFA", started["Session"], USERNAME="tom",
                        SOFTWARE_TOKEN_MFA_CODE=self.code(totp))
        self.assertEqual(refused.exception.response["Error"]["Message"],
                         "Invalid session for the user, session can only be used once.")

    def test_the_reset_flow_ends_in_the_sms_challenge(self):
        self.cognito.set_user_pool_mfa_config(
            UserPoolId=self.pool_id, MfaConfiguration="OPTIONAL",
            SmsMfaConfiguration={
                "SmsAuthenticationMessage": "Sign-in code {####}",
                "SmsConfiguration": {"SnsCallerArn": "arn:aws:iam::123456789012:role/sns",
                                     "ExternalId": "x"}})
        self.add_user("sam", phone="+15555550123")
        self.cognito.admin_set_user_mfa_preference(
            UserPoolId=self.pool_id, Username="sam",
            SMSMfaSettings={"Enabled": True, "PreferredMfa": True})
        self.reset("sam")
        started = self.sign_in("sam", "N3w-Passw0rd!")
        self.assertEqual(started["ChallengeName"], "SMS_MFA")
        self.assertEqual(started["ChallengeParameters"]["CODE_DELIVERY_DELIVERY_MEDIUM"], "SMS")
        self.assertEqual(started["ChallengeParameters"]["CODE_DELIVERY_DESTINATION"],
                         "+*******0123")
        code = SERVER.code_for(self.pool_id, "sam")
        self.assertRegex(code, r"^[0-9]{6}$")
        with self.assertRaises(self.cognito.exceptions.CodeMismatchException) as refused:
            self.answer("SMS_MFA", started["Session"], USERNAME="sam",
                        SMS_MFA_CODE="000000" if code != "000000" else "111111")
        self.assertEqual(refused.exception.response["Error"]["Message"],
                         "Invalid code or auth state for the user.")
        answered = self.answer("SMS_MFA", started["Session"], USERNAME="sam", SMS_MFA_CODE=code)
        self.assertIn("IdToken", answered["AuthenticationResult"])
        user = self.cognito.admin_get_user(UserPoolId=self.pool_id, Username="sam")
        attributes = {a["Name"]: a["Value"] for a in user["UserAttributes"]}
        self.assertEqual(attributes["phone_number_verified"], "true")

    def test_an_on_pool_sets_up_an_authenticator_inside_the_challenge(self):
        self.cognito.set_user_pool_mfa_config(
            UserPoolId=self.pool_id, MfaConfiguration="ON",
            SoftwareTokenMfaConfiguration={"Enabled": True})
        self.add_user("una")
        started = self.sign_in("una")
        self.assertEqual(started["ChallengeName"], "MFA_SETUP")
        self.assertEqual(json.loads(started["ChallengeParameters"]["MFAS_CAN_SETUP"]),
                         ["SOFTWARE_TOKEN_MFA"])
        associated = self.cognito.associate_software_token(Session=started["Session"])
        totp = pyotp.TOTP(associated["SecretCode"])
        verified = self.cognito.verify_software_token(
            Session=associated["Session"], UserCode=self.code(totp))
        self.assertEqual(verified["Status"], "SUCCESS")
        answered = self.answer("MFA_SETUP", verified["Session"], USERNAME="una")
        self.assertIn("RefreshToken", answered["AuthenticationResult"])
        self.tick()
        again = self.sign_in("una")
        self.assertEqual(again["ChallengeName"], "SOFTWARE_TOKEN_MFA")
        self.assertIn("AccessToken", self.answer(
            "SOFTWARE_TOKEN_MFA", again["Session"], USERNAME="una",
            SOFTWARE_TOKEN_MFA_CODE=self.code(totp))["AuthenticationResult"])

    def test_a_phone_and_an_authenticator_offer_a_choice(self):
        self.cognito.set_user_pool_mfa_config(
            UserPoolId=self.pool_id, MfaConfiguration="ON",
            SmsMfaConfiguration={
                "SmsConfiguration": {"SnsCallerArn": "arn:aws:iam::123456789012:role/sns",
                                     "ExternalId": "x"}},
            SoftwareTokenMfaConfiguration={"Enabled": True})
        self.add_user("cal", phone="+15555550199")
        # ON, a phone number and nothing activated: SMS, implicitly.
        started = self.sign_in("cal")
        self.assertEqual(started["ChallengeName"], "SMS_MFA")
        access_token = self.answer(
            "SMS_MFA", started["Session"], USERNAME="cal",
            SMS_MFA_CODE=SERVER.code_for(self.pool_id, "cal"))["AuthenticationResult"]["AccessToken"]
        totp = pyotp.TOTP(self.cognito.associate_software_token(
            AccessToken=access_token)["SecretCode"])
        self.cognito.verify_software_token(AccessToken=access_token, UserCode=self.code(totp))
        self.tick()
        # Now a verified app as well, and no preference: the user chooses.
        choice = self.sign_in("cal")
        self.assertEqual(choice["ChallengeName"], "SELECT_MFA_TYPE")
        self.assertEqual(json.loads(choice["ChallengeParameters"]["MFAS_CAN_CHOOSE"]),
                         ["SMS_MFA", "SOFTWARE_TOKEN_MFA"])
        with self.assertRaises(self.cognito.exceptions.NotAuthorizedException) as refused:
            self.answer("SELECT_MFA_TYPE", "x" * 40, USERNAME="cal", ANSWER="SMS_MFA")
        self.assertEqual(refused.exception.response["Error"]["Message"],
                         "Invalid session for the user.")
        chosen = self.answer("SELECT_MFA_TYPE", choice["Session"], USERNAME="cal",
                             ANSWER="SOFTWARE_TOKEN_MFA")
        self.assertEqual(chosen["ChallengeName"], "SOFTWARE_TOKEN_MFA")
        self.assertNotEqual(chosen["Session"], choice["Session"])
        answered = self.answer("SOFTWARE_TOKEN_MFA", chosen["Session"], USERNAME="cal",
                               SOFTWARE_TOKEN_MFA_CODE=self.code(totp))
        self.assertIn("AccessToken", answered["AuthenticationResult"])

if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
