// SigV4 at the wire: the signer and verifier against the spec's vector
// (iam-behavior.md §2.4), and each authentication and authorisation error a
// WireDispatcher gives an HTTP request, in AWS's words, changing nothing.

#include "wire/sigv4.h"

#include <cognito_fake/errors.h>
#include <cognito_fake/fake_state.h>
#include <cognito_fake/iam.h>
#include <cognito_fake/testing/matchers.h>
#include <cognito_fake/wire.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "internal/crypto.h"
#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::StatusIs;
using ::testing::HasSubstr;
using Json = nlohmann::json;

constexpr char kTarget[] = "AWSCognitoIdentityProviderService.";
constexpr char kAccount[] = "123456789012";
constexpr char kBackOffice[] = "arn:aws:iam::123456789012:user/back-office";

const AwsCredentials kKeys{"AKIDBACKOFFICE", "back-office-secret", ""};

// The status an SDK would make of `response`: __type and message.
Status StatusOfResponse(const WireResponse& response) {
  if (response.status == 200) return Status();
  const Json body = Json::parse(response.body);
  const auto code = ErrorCodeFromName(body.value("__type", ""));
  return Status(code.value_or(ErrorCode::kInternalError), body.value("message", ""));
}

TEST(SigV4, TheSpecVectorSignsAsBotocoreDoes) {
  const std::string body = R"({"UserPoolId": "us-east-1_EXAMPLE", "Username": "alice"})";
  WireHttpRequest::Headers headers = {
      {"Content-Type", "application/x-amz-json-1.1"},
      {"Host", "cognito-idp.us-east-1.amazonaws.com"},
      {"X-Amz-Date", "20260115T120000Z"},
      {"X-Amz-Target", "AWSCognitoIdentityProviderService.AdminGetUser"}};
  const std::string payload = internal::HexEncode(internal::DigestBytes(internal::Sha256(body)));
  EXPECT_EQ(payload, "a8ea96180b6c2d59da02ddb22dfdf01a80ad25a6d198883e22c5e7f7fbf64e42");
  const std::string canonical = wire::CanonicalRequest(
      "POST", "/", "", headers, {"content-type", "host", "x-amz-date", "x-amz-target"}, payload);
  EXPECT_EQ(internal::HexEncode(internal::DigestBytes(internal::Sha256(canonical))),
            "4e8dfcbf7bc1e221a1943830d8ae08a69e5986f69431b637b55308c01af3b606");
  EXPECT_EQ(wire::Signature("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20260115", "us-east-1",
                            "cognito-idp", "20260115T120000Z", canonical),
            "9739e6eea27678205f9f8415d854cac4770a2a8198c2f0c9785f46324d5d79d2");

  headers.emplace_back("X-Amz-Security-Token", "SESSIONTOKEN");
  const std::string with_token = wire::CanonicalRequest(
      "POST", "/", "", headers,
      {"content-type", "host", "x-amz-date", "x-amz-security-token", "x-amz-target"}, payload);
  EXPECT_EQ(wire::Signature("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20260115", "us-east-1",
                            "cognito-idp", "20260115T120000Z", with_token),
            "b3ed5bea6fb7cc4ebadb343463073a589e0d4283c8b5adaee57b1370c682babc");
}

TEST(SigV4, HeaderValuesAreTrimmedAndRepeatsJoined) {
  const WireHttpRequest::Headers headers = {{"X-Custom", "  a   b  "}, {"x-custom", "c"}};
  EXPECT_EQ(wire::CanonicalRequest("POST", "/", "", headers, {"x-custom"}, "hash"),
            "POST\n/\n\nx-custom:a b,c\n\nx-custom\nhash");
}

TEST(SigV4, AmzDatesParseOnlyInIsoBasicFormat) {
  const Timestamp time = FakeClock::DefaultStart() + std::chrono::seconds(3723);
  EXPECT_EQ(wire::FormatAmzDate(time), "20240101T010203Z");
  EXPECT_EQ(wire::ParseAmzDate("20240101T010203Z"), time);
  EXPECT_EQ(wire::FormatHttpDate(time), "Mon, 01 Jan 2024 01:02:03 GMT");
  EXPECT_EQ(wire::FormatHttpDate(time + std::chrono::hours(24 * 30)),
            "Wed, 31 Jan 2024 01:02:03 GMT");
  for (const char* bad : {"", "2024-01-01T01:02:03Z", "20240101T010203", "20240230T000000Z",
                          "20230229T000000Z", "20241301T000000Z", "2024010AT010203Z",
                          "40480202T000000Z", "19691231T235959Z", "20240101T235960Z"}) {
    EXPECT_FALSE(wire::ParseAmzDate(bad).has_value()) << bad;
  }
  EXPECT_TRUE(wire::ParseAmzDate("20240229T235959Z").has_value());
}

class SignedRequests : public FakeTest {
 protected:
  SignedRequests() {
    IamIdentity identity;
    identity.access_key_id = kKeys.access_key_id;
    identity.secret_access_key = kKeys.secret_access_key;
    identity.principal_arn = kBackOffice;
    identity.policies.push_back(*IamPolicy::Parse(R"({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "cognito-idp:AdminGetUser", "Resource": "*"}]})"));
    EXPECT_OK(registry_.AddIdentity(identity));
  }

  // A request as an SDK sends it, signed with `keys` at `time` (default: now).
  WireHttpRequest Request(const std::string& operation, const std::string& body,
                          const std::optional<AwsCredentials>& keys = kKeys,
                          std::optional<Timestamp> time = std::nullopt,
                          const std::string& region = "us-east-1") {
    WireHttpRequest request;
    request.headers = {{"Host", "127.0.0.1:8080"},
                       {"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", kTarget + operation}};
    request.body = body;
    if (keys) {
      wire::SignRequest(request.headers, body, *keys, region, time.value_or(fake_.clock().Now()));
    }
    return request;
  }
  WireHttpRequest GetAlice(const std::optional<AwsCredentials>& keys = kKeys) {
    return Request("AdminGetUser", GetAliceBody(), keys);
  }
  std::string GetAliceBody() const {
    return R"({"UserPoolId": ")" + pool_.user_pool_id + R"(", "Username": "alice"})";
  }
  // Replaces the value of header `name`.
  static void Set(WireHttpRequest& request, const std::string& name, const std::string& value) {
    for (auto& header : request.headers) {
      if (header.first == name) header.second = value;
    }
  }
  Status Send(const WireHttpRequest& request) {
    return StatusOfResponse(dispatcher_.Dispatch(request));
  }
  WireOptions Options(WireAuthMode mode) {
    WireOptions options;
    options.auth = mode;
    options.iam = &registry_;
    options.region = "us-east-1";
    options.clock = &fake_.clock();
    return options;
  }

  IamRegistry registry_;
  WireDispatcher dispatcher_{fake_, Options(WireAuthMode::kVerify)};
};

TEST_F(SignedRequests, ARegisteredKeyWithAPermittingPolicyIsServed) {
  const WireResponse response = dispatcher_.Dispatch(GetAlice());
  EXPECT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.Header("Date"), wire::FormatHttpDate(fake_.clock().Now()));
}

TEST_F(SignedRequests, OnlyAVerifyingEndpointDatesItsAnswersOnTheFakeClock) {
  // The fake stands at 2024-01-01; an SDK that read that Date from an
  // endpoint that does not check signatures would retry every error.
  WireDispatcher signed_mode(fake_, Options(WireAuthMode::kSigned));
  const std::string date = signed_mode.Dispatch(GetAlice()).Header("Date");
  EXPECT_NE(date, wire::FormatHttpDate(fake_.clock().Now()));
  EXPECT_EQ(date.size(), 29u) << date;
}

TEST_F(SignedRequests, TheContentHashHeaderCountsOnlyWhenSigned) {
  const std::string body = GetAliceBody();
  const std::string body_hash = internal::HexEncode(internal::DigestBytes(internal::Sha256(body)));
  auto request_with = [&](const std::string& stated) {
    WireHttpRequest request;
    request.headers = {{"Host", "127.0.0.1:8080"},
                       {"X-Amz-Target", std::string(kTarget) + "AdminGetUser"},
                       {"X-Amz-Content-Sha256", stated}};
    request.body = body;
    wire::SignRequest(request.headers, body, kKeys, "us-east-1", fake_.clock().Now());
    return request;
  };
  EXPECT_OK(Send(request_with(body_hash)));
  EXPECT_OK(Send(request_with("UNSIGNED-PAYLOAD")));
  EXPECT_THAT(Send(request_with(std::string(64, '0'))),
              StatusIs(ErrorCode::kInvalidSignature, HasSubstr("does not match")));
  // Not signed: ignored, the body's hash is used.
  WireHttpRequest unsigned_header = GetAlice();
  unsigned_header.headers.emplace_back("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD");
  EXPECT_OK(Send(unsigned_header));
}

TEST_F(SignedRequests, ADateHeaderStandsInForXAmzDate) {
  WireHttpRequest request = GetAlice();
  request.headers.erase(request.headers.begin() + 3);  // X-Amz-Date, added first by SignRequest
  request.headers.emplace_back("Date", "Mon, 01 Jan 2024 00:00:00 GMT");
  // Parsed and in the window: what fails is the signature, over x-amz-date.
  EXPECT_THAT(Send(request), StatusIs(ErrorCode::kInvalidSignature, HasSubstr("does not match")));
  Set(request, "Date", "Xyz, 01 Jan 2024 00:00:00 GMT");
  EXPECT_THAT(Send(request), StatusIs(ErrorCode::kIncompleteSignature,
                                      HasSubstr("Got 'Xyz, 01 Jan 2024 00:00:00 GMT'")));
  Set(request, "Date", "Mon, 1 Jan 2024 00:00:00 GMT");
  EXPECT_THAT(Send(request),
              StatusIs(ErrorCode::kIncompleteSignature,
                       "Date must be in ISO-8601 'basic format'. Got 'Mon, 1 Jan 2024 00:00:00 "
                       "GMT'. See http://en.wikipedia.org/wiki/ISO_8601"));
}

TEST_F(SignedRequests, TheWindowIsFiveMinutesInclusive) {
  const Timestamp now = fake_.clock().Now();
  EXPECT_OK(Send(Request("AdminGetUser", GetAliceBody(), kKeys, now - std::chrono::minutes(5))));
  EXPECT_OK(Send(Request("AdminGetUser", GetAliceBody(), kKeys, now + std::chrono::minutes(5))));
  EXPECT_THAT(Send(Request("AdminGetUser", GetAliceBody(), kKeys,
                           now - std::chrono::minutes(5) - std::chrono::seconds(1))),
              StatusIs(ErrorCode::kInvalidSignature, HasSubstr("Signature expired")));
}

TEST_F(SignedRequests, AnUnsignedIamCallIsRefusedAndChangesNothing) {
  const std::string before = ExportState(fake_);
  const std::string reset =
      R"({"UserPoolId": ")" + pool_.user_pool_id + R"(", "Username": "alice"})";
  for (WireAuthMode mode : {WireAuthMode::kSigned, WireAuthMode::kVerify}) {
    WireDispatcher dispatcher(fake_, Options(mode));
    EXPECT_THAT(StatusOfResponse(
                    dispatcher.Dispatch(Request("AdminResetUserPassword", reset, std::nullopt))),
                StatusIs(ErrorCode::kMissingAuthenticationToken, "Missing Authentication Token"))
        << ToString(mode);
  }
  EXPECT_EQ(ExportState(fake_), before);
  EXPECT_OK(fake_.InitiateAuth(PasswordAuthRequest("alice", "Passw0rd!")));
}

TEST_F(SignedRequests, PublicOperationsNeedNoSignatureAndIgnoreABadOne) {
  const std::string forgot = R"({"ClientId": ")" + pool_.client_id + R"(", "Username": "alice"})";
  EXPECT_OK(Send(Request("ForgotPassword", forgot, std::nullopt)));
  EXPECT_OK(Send(Request("ForgotPassword", forgot, AwsCredentials{"AKIDUNKNOWN", "x", ""})));
}

TEST_F(SignedRequests, OffModeAndDirectDispatchAcceptAnything) {
  WireDispatcher off(fake_, Options(WireAuthMode::kOff));
  EXPECT_EQ(off.Dispatch(GetAlice(std::nullopt)).status, 200);
  EXPECT_EQ(dispatcher_.Dispatch(std::string(kTarget) + "AdminGetUser", GetAliceBody()).status,
            200);
}

TEST_F(SignedRequests, SignedModeAcceptsAnyKeyButNotAnotherService) {
  WireDispatcher dispatcher(fake_, Options(WireAuthMode::kSigned));
  EXPECT_EQ(dispatcher.Dispatch(GetAlice(AwsCredentials::Example())).status, 200);
  WireHttpRequest request = GetAlice(AwsCredentials::Example());
  std::string authorization = request.Header("Authorization");
  authorization.replace(authorization.find("/cognito-idp/"), 13, "/dynamodb/");
  Set(request, "Authorization", authorization);
  EXPECT_THAT(StatusOfResponse(dispatcher.Dispatch(request)),
              StatusIs(ErrorCode::kInvalidSignature,
                       "Credential should be scoped to correct service: 'cognito-idp'. "));
}

TEST_F(SignedRequests, AWrongSecretIsAnInvalidSignature) {
  EXPECT_THAT(Send(GetAlice(AwsCredentials{kKeys.access_key_id, "wrong", ""})),
              StatusIs(ErrorCode::kInvalidSignature,
                       "The request signature we calculated does not match the signature you "
                       "provided. Check your AWS Secret Access Key and signing method. Consult "
                       "the service documentation for details."));
}

TEST_F(SignedRequests, AnAlteredBodyIsAnInvalidSignature) {
  WireHttpRequest request = GetAlice();
  request.body = R"({"UserPoolId": ")" + pool_.user_pool_id + R"(", "Username": "bob"})";
  EXPECT_THAT(Send(request), StatusIs(ErrorCode::kInvalidSignature,
                                      HasSubstr("does not match the signature you provided")));
}

TEST_F(SignedRequests, AnUnknownKeyIsAnUnrecognizedClient) {
  EXPECT_THAT(Send(GetAlice(AwsCredentials{"AKIDUNKNOWN", "x", ""})),
              StatusIs(ErrorCode::kUnrecognizedClient,
                       "The security token included in the request is invalid."));
}

TEST_F(SignedRequests, ASkewedClockIsRefusedEitherWay) {
  const Timestamp now = fake_.clock().Now();
  EXPECT_THAT(Send(Request("AdminGetUser", GetAliceBody(), kKeys, now - std::chrono::minutes(6))),
              StatusIs(ErrorCode::kInvalidSignature,
                       "Signature expired: 20231231T235400Z is now earlier than 20231231T235500Z "
                       "(20240101T000000Z - 5 min.)"));
  EXPECT_THAT(Send(Request("AdminGetUser", GetAliceBody(), kKeys, now + std::chrono::minutes(6))),
              StatusIs(ErrorCode::kInvalidSignature,
                       "Signature not yet current: 20240101T000600Z is still later than "
                       "20240101T000500Z (20240101T000000Z + 5 min.)"));
  EXPECT_OK(Send(Request("AdminGetUser", GetAliceBody(), kKeys, now - std::chrono::minutes(4))));
}

TEST_F(SignedRequests, AnotherRegionIsRefusedWhenKeysAreVerified) {
  EXPECT_THAT(Send(Request("AdminGetUser", GetAliceBody(), kKeys, std::nullopt, "eu-west-1")),
              StatusIs(ErrorCode::kInvalidSignature,
                       "Credential should be scoped to a valid region, not 'eu-west-1'. "));
}

TEST_F(SignedRequests, MalformedAuthorizationHeadersGetAwsTexts) {
  struct Case {
    std::string authorization;
    ErrorCode code;
    std::string message;
  };
  const std::string raw_missing =
      "AWS4-HMAC-SHA256 Credential=AKIDBACKOFFICE/20240101/us-east-1/cognito-idp/aws4_request";
  const std::vector<Case> cases = {
      {"Basic YWxpY2U6cGFzcw==", ErrorCode::kMissingAuthenticationToken,
       "Missing Authentication Token"},
      {"AWS4-HMAC-SHA256 Credential", ErrorCode::kIncompleteSignature,
       "'Credential' not a valid key=value pair (missing equal-sign) in Authorization header: "
       "'AWS4-HMAC-SHA256 Credential'."},
      {raw_missing, ErrorCode::kIncompleteSignature,
       "Authorization header requires 'Signature' parameter. Authorization header requires "
       "'SignedHeaders' parameter. Authorization=" +
           raw_missing},
      {"AWS4-HMAC-SHA256 Credential=AKIDBACKOFFICE/20240101/us-east-1/cognito-idp/aws4_request, "
       "SignedHeaders=x-amz-date;x-amz-target, Signature=00",
       ErrorCode::kInvalidSignature, "'Host' must be a 'SignedHeader' in the AWS Authorization."},
      {"AWS4-HMAC-SHA512 Credential=AKIDBACKOFFICE/20240101/us-east-1/cognito-idp/aws4_request, "
       "SignedHeaders=host, Signature=00",
       ErrorCode::kIncompleteSignature,
       "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512' (only AWS4-HMAC-SHA256 for now). "},
      {"AWS4-HMAC-SHA256 Credential=AKIDBACKOFFICE/20240101/us-east-1, SignedHeaders=host, "
       "Signature=00",
       ErrorCode::kIncompleteSignature,
       "Credential must have exactly 5 slash-delimited elements, e.g. "
       "keyid/date/region/service/term, got 'AKIDBACKOFFICE/20240101/us-east-1'"},
      {"AWS4-HMAC-SHA256 Credential=AKIDBACKOFFICE/20231231/us-east-1/cognito-idp/aws4_reqest, "
       "SignedHeaders=host, Signature=00",
       ErrorCode::kInvalidSignature,
       "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws4_reqest'. "
       "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from "
       "HTTP: '20231231' != '20240101', from '20240101T000000Z'."},
  };
  const std::string before = ExportState(fake_);
  for (const Case& c : cases) {
    WireHttpRequest request = GetAlice();
    Set(request, "Authorization", c.authorization);
    EXPECT_THAT(Send(request), StatusIs(c.code, c.message)) << c.authorization;
  }
  WireHttpRequest no_date = GetAlice();
  no_date.headers.erase(no_date.headers.begin() + 3);  // X-Amz-Date, added first by SignRequest
  EXPECT_THAT(Send(no_date),
              StatusIs(ErrorCode::kIncompleteSignature,
                       HasSubstr("Authorization header requires existence of either a "
                                 "'X-Amz-Date' or a 'Date' header. Authorization=AWS4-")));
  WireHttpRequest bad_date = GetAlice();
  Set(bad_date, "X-Amz-Date", "2024-01-01T00:00:00Z");
  EXPECT_THAT(Send(bad_date), StatusIs(ErrorCode::kIncompleteSignature,
                                       "Date must be in ISO-8601 'basic format'. Got "
                                       "'2024-01-01T00:00:00Z'. See "
                                       "http://en.wikipedia.org/wiki/ISO_8601"));
  EXPECT_EQ(ExportState(fake_), before);
}

TEST_F(SignedRequests, HugeAndNonUtf8HeadersAreRefusedCleanly) {
  WireHttpRequest huge = GetAlice();
  Set(huge, "Authorization",
      "AWS4-HMAC-SHA256 Credential=" + std::string(1 << 20, 'A') +
          ", SignedHeaders=host, Signature=00");
  EXPECT_THAT(Send(huge), StatusIs(ErrorCode::kIncompleteSignature,
                                   HasSubstr("Credential must have exactly 5")));
  const AwsCredentials latin1{"AKID\xe9\xff", "secret\xc3", ""};
  const WireResponse response = dispatcher_.Dispatch(GetAlice(latin1));
  EXPECT_THAT(StatusOfResponse(response), StatusIs(ErrorCode::kUnrecognizedClient));
}

TEST_F(SignedRequests, SessionTokensMustMatchAndExpireOnTheFakeClock) {
  IamIdentity temporary;
  temporary.access_key_id = "ASIATEMPORARY";
  temporary.secret_access_key = "temporary-secret";
  temporary.principal_arn = "arn:aws:sts::123456789012:assumed-role/back-office/session";
  temporary.session_token = "TOKEN";
  temporary.expiration = fake_.clock().Now() + std::chrono::hours(1);
  temporary.policies = registry_.Find(kKeys.access_key_id)->policies;
  ASSERT_OK(registry_.AddIdentity(temporary));

  EXPECT_OK(Send(GetAlice(AwsCredentials{"ASIATEMPORARY", "temporary-secret", "TOKEN"})));
  EXPECT_THAT(Send(GetAlice(AwsCredentials{"ASIATEMPORARY", "temporary-secret", "OTHER"})),
              StatusIs(ErrorCode::kUnrecognizedClient,
                       "The security token included in the request is invalid"));
  EXPECT_THAT(Send(GetAlice(AwsCredentials{"ASIATEMPORARY", "temporary-secret", ""})),
              StatusIs(ErrorCode::kUnrecognizedClient,
                       "The security token included in the request is invalid"));
  fake_.clock().Advance(std::chrono::hours(1));
  EXPECT_THAT(
      Send(GetAlice(AwsCredentials{"ASIATEMPORARY", "temporary-secret", "TOKEN"})),
      StatusIs(ErrorCode::kExpiredToken, "The security token included in the request is expired"));
}

TEST_F(SignedRequests, APolicyForAdminGetUserDoesNotPermitTheReset) {
  const std::string before = ExportState(fake_);
  const std::string reset =
      R"({"UserPoolId": ")" + pool_.user_pool_id + R"(", "Username": "alice"})";
  const std::string action = "cognito-idp:AdminResetUserPassword";
  const std::string arn =
      std::string("arn:aws:cognito-idp:us-east-1:") + kAccount + ":userpool/" + pool_.user_pool_id;
  EXPECT_THAT(Send(Request("AdminResetUserPassword", reset)),
              StatusIs(ErrorCode::kAccessDenied,
                       std::string("User: ") + kBackOffice +
                           " is not authorized to perform: " + action + " on resource: " + arn +
                           " because no identity-based policy allows the " + action + " action"));
  EXPECT_EQ(ExportState(fake_), before);
  EXPECT_OK(fake_.InitiateAuth(PasswordAuthRequest("alice", "Passw0rd!")));
}

TEST_F(SignedRequests, AccountWideOperationsAreAuthorisedOnStar) {
  EXPECT_THAT(Send(Request("ListUserPools", R"({"MaxResults": 10})")),
              StatusIs(ErrorCode::kAccessDenied,
                       HasSubstr("cognito-idp:ListUserPools on resource: * because")));
}

TEST_F(SignedRequests, AnUnknownTargetFailsBeforeAuthentication) {
  const WireResponse response =
      dispatcher_.Dispatch(Request("NoSuchOperation", "{}", std::nullopt));
  EXPECT_EQ(Json::parse(response.body)["__type"], "UnknownOperationException");
}

}  // namespace
}  // namespace cognito_fake
