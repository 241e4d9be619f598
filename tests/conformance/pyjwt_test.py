"""PyJWT, a verifier no one here wrote, against the tokens of
cognito-fake-server: both tokens verify with the pool's JWKS fetched from the
server (PyJWKClient), with the issuer, audience and expiry checks a real app
makes; a token from another pool, an edited token and an expired one fail.
Then the session around a reset through boto3.

Usage: pyjwt_test.py <path to cognito-fake-server>. Exits 77 (skipped) when
boto3 or PyJWT (Debian python3-jwt) is not installed.
"""

import base64
import json
import sys
import unittest
import urllib.request

from fake_server import FakeServer, ModuleServer, skip_module

try:
    import boto3
    from botocore.config import Config
except ImportError:
    skip_module("boto3 is not installed")
try:
    import jwt
except ImportError:
    skip_module("PyJWT (python3-jwt) is not installed")

SERVER = ModuleServer(sys.argv[1], "--seed", "5")
setUpModule, tearDownModule = SERVER.start, SERVER.stop


def claims_of(token):
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


class Tokens(unittest.TestCase):

    def setUp(self):
        self.cognito = boto3.client(
            "cognito-idp", endpoint_url=SERVER.url, region_name="us-east-1",
            aws_access_key_id="x", aws_secret_access_key="y",
            config=Config(retries={"total_max_attempts": 1}))
        self.pool_id, self.client_id = self.make_pool("tokens")

    def make_pool(self, name):
        pool_id = self.cognito.create_user_pool(
            PoolName=name, AutoVerifiedAttributes=["email"])["UserPool"]["Id"]
        client_id = self.cognito.create_user_pool_client(
            UserPoolId=pool_id, ClientName="app",
            ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        )["UserPoolClient"]["ClientId"]
        self.cognito.admin_create_user(
            UserPoolId=pool_id, Username="alice", MessageAction="SUPPRESS",
            UserAttributes=[{"Name": "email", "Value": "alice@example.com"},
                            {"Name": "email_verified", "Value": "true"}])
        self.cognito.admin_set_user_password(
            UserPoolId=pool_id, Username="alice", Password="Passw0rd!", Permanent=True)
        return pool_id, client_id

    def sign_in(self, pool_client=None, password="Passw0rd!"):
        client_id = (pool_client or (self.pool_id, self.client_id))[1]
        return self.cognito.initiate_auth(
            ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": "alice", "PASSWORD": password})["AuthenticationResult"]

    def issuer(self, pool_id=None):
        return "https://cognito-idp.us-east-1.amazonaws.com/" + (pool_id or self.pool_id)

    def verify(self, token, pool_id=None, **kwargs):
        """Verifies as an app does: the key by kid from the pool's JWKS, RS256
        only, the issuer, the expiry against the real time."""
        keys = jwt.PyJWKClient(f"{SERVER.url}/{pool_id or self.pool_id}/.well-known/jwks.json")
        key = keys.get_signing_key_from_jwt(token)
        return jwt.decode(token, key.key, algorithms=["RS256"],
                          issuer=self.issuer(pool_id), **kwargs)

    def test_both_tokens_verify_with_the_pools_jwks(self):
        tokens = self.sign_in()
        access = self.verify(tokens["AccessToken"], options={"verify_aud": False})
        self.assertEqual(access["token_use"], "access")
        self.assertEqual(access["client_id"], self.client_id)
        self.assertEqual(access["scope"], "aws.cognito.signin.user.admin")
        self.assertEqual(access["username"], "alice")
        identity = self.verify(tokens["IdToken"], audience=self.client_id)
        self.assertEqual(identity["token_use"], "id")
        self.assertEqual(identity["cognito:username"], "alice")
        self.assertIs(identity["email_verified"], True)
        self.assertEqual(identity["sub"], access["sub"])
        self.assertNotEqual(jwt.get_unverified_header(tokens["AccessToken"])["kid"],
                            jwt.get_unverified_header(tokens["IdToken"])["kid"])

    def test_the_openid_configuration_names_the_issuer_and_the_keys(self):
        url = f"{SERVER.url}/{self.pool_id}/.well-known/openid-configuration"
        with urllib.request.urlopen(url) as response:
            config = json.load(response)
        self.assertEqual(config["issuer"], self.issuer())
        self.assertEqual(config["jwks_uri"], self.issuer() + "/.well-known/jwks.json")

    def test_a_token_of_another_pool_fails(self):
        other = self.make_pool("other")
        token = self.sign_in(other)["IdToken"]
        with self.assertRaises(jwt.PyJWKClientError):  # its kid is not in this pool's JWKS
            self.verify(token, audience=other[1])
        # Its own pool's keys verify it; this pool's issuer does not match.
        self.verify(token, pool_id=other[0], audience=other[1])
        keys = jwt.PyJWKClient(f"{SERVER.url}/{other[0]}/.well-known/jwks.json")
        with self.assertRaises(jwt.InvalidIssuerError):
            jwt.decode(token, keys.get_signing_key_from_jwt(token).key, algorithms=["RS256"],
                       issuer=self.issuer(), audience=other[1])

    def test_an_edited_token_fails(self):
        token = self.sign_in()["IdToken"]
        header, payload, signature = token.split(".")
        claims = claims_of(token)
        claims["email"] = "mallory@example.com"
        edited = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
        with self.assertRaises(jwt.InvalidSignatureError):
            self.verify(".".join([header, edited, signature]), audience=self.client_id)

    def test_the_session_around_a_reset(self):
        tokens = self.sign_in()
        self.verify(tokens["AccessToken"], options={"verify_aud": False})
        user = self.cognito.get_user(AccessToken=tokens["AccessToken"])
        self.assertEqual(user["Username"], "alice")
        self.cognito.admin_reset_user_password(UserPoolId=self.pool_id, Username="alice")
        with self.assertRaises(self.cognito.exceptions.PasswordResetRequiredException):
            self.cognito.get_user(AccessToken=tokens["AccessToken"])
        with self.assertRaises(self.cognito.exceptions.PasswordResetRequiredException):
            self.cognito.initiate_auth(
                ClientId=self.client_id, AuthFlow="REFRESH_TOKEN_AUTH",
                AuthParameters={"REFRESH_TOKEN": tokens["RefreshToken"]})
        with self.assertRaises(self.cognito.exceptions.PasswordResetRequiredException):
            self.cognito.change_password(AccessToken=tokens["AccessToken"],
                                         PreviousPassword="Passw0rd!", ProposedPassword="x")
        self.cognito.forgot_password(ClientId=self.client_id, Username="alice")
        self.cognito.confirm_forgot_password(
            ClientId=self.client_id, Username="alice",
            ConfirmationCode=SERVER.code_for(self.pool_id, "alice"), Password="N3w-Passw0rd!")
        self.cognito.create_group(UserPoolId=self.pool_id, GroupName="admins", Precedence=1,
                                  RoleArn="arn:aws:iam::123456789012:role/Admin")
        self.cognito.admin_add_user_to_group(UserPoolId=self.pool_id, Username="alice",
                                             GroupName="admins")
        fresh = self.sign_in(password="N3w-Passw0rd!")
        identity = self.verify(fresh["IdToken"], audience=self.client_id)
        self.assertEqual(identity["cognito:groups"], ["admins"])
        self.assertEqual(identity["cognito:preferred_role"], "arn:aws:iam::123456789012:role/Admin")
        access = self.verify(fresh["AccessToken"], options={"verify_aud": False})
        self.assertEqual(access["cognito:groups"], ["admins"])
        refreshed = self.cognito.initiate_auth(
            ClientId=self.client_id, AuthFlow="REFRESH_TOKEN_AUTH",
            AuthParameters={"REFRESH_TOKEN": fresh["RefreshToken"]})["AuthenticationResult"]
        self.assertNotIn("RefreshToken", refreshed)
        again = self.verify(refreshed["AccessToken"], options={"verify_aud": False})
        self.assertEqual(again["origin_jti"], claims_of(fresh["AccessToken"])["origin_jti"])
        self.cognito.global_sign_out(AccessToken=refreshed["AccessToken"])
        with self.assertRaises(self.cognito.exceptions.NotAuthorizedException) as refused:
            self.cognito.get_user(AccessToken=fresh["AccessToken"])
        self.assertEqual(refused.exception.response["Error"]["Message"],
                         "Access Token has been revoked")


class Expiry(unittest.TestCase):
    """On a server of its own: moving a clock that follows the system time
    ahead makes every later token look issued in the future to a real
    library, as it would on a real host whose clock jumped."""

    make_pool = Tokens.make_pool
    sign_in = Tokens.sign_in
    issuer = Tokens.issuer

    @classmethod
    def setUpClass(cls):
        cls.server = FakeServer(sys.argv[1], "--seed", "6")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def setUp(self):
        self.cognito = boto3.client(
            "cognito-idp", endpoint_url=self.server.url, region_name="us-east-1",
            aws_access_key_id="x", aws_secret_access_key="y",
            config=Config(retries={"total_max_attempts": 1}))
        self.pool_id, self.client_id = self.make_pool("expiry")

    def verify(self, token, pool_id=None, **kwargs):
        keys = jwt.PyJWKClient(f"{self.server.url}/{pool_id or self.pool_id}/.well-known/jwks.json")
        return jwt.decode(token, keys.get_signing_key_from_jwt(token).key, algorithms=["RS256"],
                          issuer=self.issuer(pool_id), **kwargs)

    def test_an_expired_token_fails_in_the_library_and_in_the_fake(self):
        tokens = self.sign_in()
        claims = claims_of(tokens["AccessToken"])
        self.assertEqual(claims["exp"] - claims["iat"], 3600)
        # An app verifying an hour later: the library's clock runs 3601 s
        # ahead (a negative leeway; its iat check, which would read the
        # token as issued in the future, is the one to skip).
        with self.assertRaises(jwt.ExpiredSignatureError):
            self.verify(tokens["AccessToken"], options={"verify_aud": False, "verify_iat": False},
                        leeway=-3601)
        self.verify(tokens["AccessToken"], options={"verify_aud": False})
        # The fake's own clock an hour later: Cognito refuses it too.
        request = urllib.request.Request(
            self.server.url + "/_cognito_fake/clock?advance_seconds=3600", method="POST")
        urllib.request.urlopen(request).close()
        with self.assertRaises(self.cognito.exceptions.NotAuthorizedException) as refused:
            self.cognito.change_password(AccessToken=tokens["AccessToken"],
                                         PreviousPassword="Passw0rd!", ProposedPassword="Passw0rd!")
        self.assertEqual(refused.exception.response["Error"]["Message"], "Access Token has expired")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
