// Every class of bad input, tried at the layer where it arrives: the AWS JSON
// 1.1 dispatcher for wire-level input, HTTP against a LoopbackServer for what
// only a socket can send, and the typed fake for what only C++ can send. Each
// test asserts the exact error (`__type`, message, HTTP status) and that the
// refused request changed no state. docs/bad-input.md is the table of them.
//
// Where shared/wire-protocol.md and shared/cognito-behavior.md are silent on
// real Cognito's answer, the test pins what the fake does now and says so.

#include <arpa/inet.h>
#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fake_state.h>
#include <cognito_fake/loopback_server.h>
#include <cognito_fake/wire.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kPrefix = WireDispatcher::kTargetPrefix;

// The protocol messages of the dispatcher (docs/fidelity.md, "The wire").
constexpr const char* kMalformed = "Malformed request body";      // [I]
constexpr const char* kUnexpectedType = "Unexpected field type";  // [R]
constexpr const char* kStartOfStructure =
    "Start of structure or map found where not expected.";                       // [R]
constexpr const char* kStartOfList = "Start of list found where not expected.";  // [I]
constexpr const char* kTooLarge = "Request body is too large";                   // [I]

std::string Target(std::string_view operation) {
  return std::string(kPrefix) + std::string(operation);
}

// At most 160 characters of `text`, for failure messages about huge bodies.
std::string Abbreviated(std::string_view text) {
  if (text.size() <= 160) return std::string(text);
  return std::string(text.substr(0, 160)) + "...(" + std::to_string(text.size()) + " bytes)";
}

// What a refusal looks like: the exception name and its message ("" when AWS
// sends no message member, as for UnknownOperationException).
struct Refusal {
  std::string type;
  std::string message;
};

Refusal Serialization(std::string message) {
  return {"SerializationException", std::move(message)};
}
Refusal InvalidParameter(std::string message) {
  return {"InvalidParameterException", std::move(message)};
}
Refusal UnknownOperation() { return {"UnknownOperationException", ""}; }

// "1 validation error detected: <violation>".
std::string OneViolation(const std::string& violation) {
  return "1 validation error detected: " + violation;
}

// Whether `response` is exactly AWS's answer for `expected`: HTTP 400, the
// type in `x-amzn-ErrorType` and `__type`, a request id, and the message
// under `Message` (protocol errors) or `message` (service exceptions).
::testing::AssertionResult IsRefusal(const WireResponse& response, const Refusal& expected) {
  const bool protocol_error =
      expected.type == "SerializationException" || expected.type == "UnknownOperationException";
  Json want = {{"__type", expected.type}};
  if (!expected.message.empty()) want[protocol_error ? "Message" : "message"] = expected.message;
  const Json body = Json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  if (response.status == 400 && response.Header("x-amzn-ErrorType") == expected.type &&
      response.Header("Content-Type") == "application/x-amz-json-1.1" &&
      response.Header("x-amzn-RequestId").size() == 36 && body == want) {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure()
         << "\n      got: " << response.status
         << " x-amzn-ErrorType=" << response.Header("x-amzn-ErrorType") << " "
         << Abbreviated(response.body) << "\n expected: 400 " << Abbreviated(want.dump());
}

// A fake with a pool, a client and alice (see FakeTest), and a dispatcher.
class BadInput : public FakeTest {
 protected:
  // Sends `body` to `operation`; expects `expected` and an unchanged state.
  void ExpectRefused(std::string_view operation, std::string_view body, const Refusal& expected) {
    ExpectRefusedAt(dispatcher_, Target(operation), body, expected);
  }
  void ExpectRefusedAt(WireDispatcher& dispatcher, const std::string& target, std::string_view body,
                       const Refusal& expected) {
    const std::string before = ExportState(fake_);
    const std::size_t messages = fake_.outbox().size();
    EXPECT_TRUE(IsRefusal(dispatcher.Dispatch(target, body), expected))
        << "target " << target << ", body " << Abbreviated(body);
    EXPECT_EQ(ExportState(fake_), before)
        << "a refused request changed the state: " << Abbreviated(body);
    EXPECT_EQ(fake_.outbox().size(), messages) << Abbreviated(body);
  }
  // `{"UserPoolId":"<pool>",` + `rest` + `}`.
  std::string InPool(const std::string& rest) const {
    return R"({"UserPoolId":")" + pool_.user_pool_id + R"(",)" + rest + "}";
  }
  // An AdminGetUser body whose Username member is the JSON text `username`.
  std::string GetUser(const std::string& username) const {
    return InPool(R"("Username":)" + username);
  }
  // A ConfirmForgotPassword body for alice with the given code and password texts.
  std::string ConfirmBody(const std::string& code, const std::string& password) const {
    return R"({"ClientId":")" + pool_.client_id + R"(","Username":"alice","ConfirmationCode":)" +
           code + R"(,"Password":)" + password + "}";
  }

  WireDispatcher dispatcher_{fake_};
};

// ------------------------------------------------------- malformed JSON

TEST_F(BadInput, MalformedJsonIsASerializationException) {
  const std::string pool = pool_.user_pool_id;
  for (const std::string& body : {
           std::string("{"),                                            // truncated
           R"({"UserPoolId":")" + pool,                                 // truncated in a string
           R"({"UserPoolId":")" + pool + R"(","Username":"alice")",     // missing the brace
           R"({"UserPoolId":")" + pool + R"(","Username":"alice"} x)",  // trailing garbage
           R"({"UserPoolId":")" + pool + R"(","Username":"alice"}{})",  // two documents
           std::string(R"({"UserPoolId":})"),                           // missing value
           std::string(R"({"UserPoolId" "x"})"),                        // missing colon
           std::string(R"({'UserPoolId':'x'})"),                        // single quotes
           std::string(R"({"Username":"alice",})"),                     // trailing comma
           std::string(R"(/* comment */ {})"),                          // comments
           std::string(R"({"Username":"al)"
                       "\n"
                       R"(ice"})"),                // raw newline in a string
           std::string(R"({"Username":"\x41"})"),  // invalid escape
           std::string(R"({"Limit":01})"),         // leading zero
           std::string("not json"),
           std::string("   "),  // whitespace only
       }) {
    ExpectRefused("AdminGetUser", body, Serialization(kMalformed));
  }
}

TEST_F(BadInput, AJsonValueThatIsNotAnObjectIsASerializationException) {
  ExpectRefused("AdminGetUser", "[]", Serialization(kStartOfList));
  ExpectRefused("AdminGetUser", R"(["UserPoolId", "Username"])", Serialization(kStartOfList));
  for (const char* body : {"7", "-1.5", R"("text")", "true", "false"}) {
    ExpectRefused("AdminGetUser", body, Serialization(kUnexpectedType));
  }
}

TEST_F(BadInput, AnEmptyBodyAndNullAreTheEmptyObject) {
  // "" and "null" are read as {} [I: Coral reads an absent body as an empty
  // structure]: the required members are reported missing, not a parse error.
  const std::string missing =
      "2 validation errors detected: Value null at 'userPoolId' failed to satisfy constraint: "
      "Member "
      "must not be null; Value null at 'username' failed to satisfy constraint: Member must not be "
      "null";
  for (const char* body : {"", "{}", "null", " { } "}) {
    ExpectRefused("AdminGetUser", body, InvalidParameter(missing));
  }
}

// ---------------------------------------------------- wrong member types

TEST_F(BadInput, WrongMemberTypesAreSerializationExceptions) {
  struct Case {
    const char* what;
    std::string operation;
    std::string body;
    const char* message;
  };
  const std::string p = pool_.user_pool_id;
  const std::vector<Case> cases = {
      {"string where an integer belongs", "ListUsers", InPool(R"("Limit":"5")"), kUnexpectedType},
      {"fraction where an integer belongs", "ListUsers", InPool(R"("Limit":5.5)"), kUnexpectedType},
      {"exponent where an integer belongs", "ListUsers", InPool(R"("Limit":1e1)"), kUnexpectedType},
      {"object where a string belongs", "AdminGetUser", GetUser(R"({"a":1})"), kStartOfStructure},
      {"array where a string belongs", "AdminGetUser", GetUser(R"(["alice"])"), kUnexpectedType},
      {"number where a string belongs", "AdminGetUser", GetUser("7"), kUnexpectedType},
      {"boolean where a string belongs", "AdminGetUser", GetUser("true"), kUnexpectedType},
      {"number where a boolean belongs", "AdminSetUserPassword",
       InPool(R"("Username":"alice","Password":"Str0ng-Passw0rd!","Permanent":1)"),
       kUnexpectedType},
      {"object where a boolean belongs", "AdminSetUserPassword",
       InPool(R"("Username":"alice","Password":"Str0ng-Passw0rd!","Permanent":{})"),
       kStartOfStructure},
      {"array where a map belongs", "AdminResetUserPassword",
       InPool(R"("Username":"alice","ClientMetadata":["k","v"])"), kUnexpectedType},
      {"string where a map belongs", "AdminResetUserPassword",
       InPool(R"("Username":"alice","ClientMetadata":"k=v")"), kUnexpectedType},
      {"number as a map value", "AdminResetUserPassword",
       InPool(R"("Username":"alice","ClientMetadata":{"k":1})"), kUnexpectedType},
      {"object as a map value", "AdminResetUserPassword",
       InPool(R"("Username":"alice","ClientMetadata":{"k":{"x":"y"}})"), kStartOfStructure},
      {"object where a list belongs", "AdminCreateUser",
       InPool(R"("Username":"bob","UserAttributes":{"Name":"email","Value":"b@example.com"})"),
       kStartOfStructure},
      {"string where a list belongs", "AdminCreateUser",
       InPool(R"("Username":"bob","DesiredDeliveryMediums":"EMAIL")"), kUnexpectedType},
      {"boolean as an attribute value", "AdminCreateUser",
       InPool(R"("Username":"bob","UserAttributes":[{"Name":"email","Value":true}])"),
       kUnexpectedType},
      {"array as an attribute name", "AdminCreateUser",
       InPool(R"("Username":"bob","UserAttributes":[{"Name":["email"],"Value":"b@example.com"}])"),
       kUnexpectedType},
      {"string as a list item that is a structure", "AdminCreateUser",
       InPool(R"("Username":"bob","UserAttributes":["email"])"), kUnexpectedType},
      {"number as an enum list item", "AdminCreateUser",
       InPool(R"("Username":"bob","DesiredDeliveryMediums":[1])"), kUnexpectedType},
      {"number where an enum belongs", "InitiateAuth",
       R"({"ClientId":")" + pool_.client_id + R"(","AuthFlow":1})", kUnexpectedType},
      {"string where a structure belongs", "CreateUserPool",
       R"({"PoolName":"p","Policies":"strong"})", kUnexpectedType},
      {"wrong type inside a nested structure", "CreateUserPool",
       R"({"PoolName":"p","Policies":{"PasswordPolicy":{"MinimumLength":"8"}}})", kUnexpectedType},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    ExpectRefused(c.operation, c.body, Serialization(c.message));
  }
  // The type is checked before anything else: a wrong type next to a
  // missing required member is still a SerializationException [R floci#2869
  // shape; order I].
  ExpectRefused("AdminGetUser", R"({"Username":7})", Serialization(kUnexpectedType));
}

// ------------------------------------------------ missing required members

TEST_F(BadInput, MissingRequiredMembersAreInvalidParameterNamingEachAsNull) {
  ExpectRefused(
      "AdminResetUserPassword", R"({"Username":"alice"})",
      InvalidParameter(OneViolation("Value null at 'userPoolId' failed to satisfy constraint: "
                                    "Member must not be null")));
  ExpectRefused(
      "AdminResetUserPassword", InPool(R"("Username":null)"),
      InvalidParameter(OneViolation("Value null at 'username' failed to satisfy constraint: "
                                    "Member must not be null")));
  ExpectRefused(
      "ConfirmForgotPassword", R"({"ClientId":")" + pool_.client_id + R"(","Username":"alice"})",
      InvalidParameter("2 validation errors detected: Value null at 'confirmationCode' failed to "
                       "satisfy constraint: Member must not be null; Value null at 'password' "
                       "failed to satisfy constraint: Member must not be null"));
  // Inside lists and structures the path names the element, as AWS does.
  ExpectRefused(
      "AdminCreateUser", InPool(R"("Username":"bob","UserAttributes":[{"Value":"x"}])"),
      InvalidParameter(OneViolation("Value null at 'userAttributes.1.member.name' failed to "
                                    "satisfy constraint: Member must not be null")));
  ExpectRefused(
      "CreateUserPool", R"({"PoolName":"p","SmsConfiguration":{}})",
      InvalidParameter(OneViolation("Value null at 'smsConfiguration.snsCallerArn' failed to "
                                    "satisfy constraint: Member must not be null")));
}

// ------------------------------------------------------ oversized members

TEST_F(BadInput, OversizedMembersAreInvalidParameterWithTheModelsMaximum) {
  auto quoted = [](const std::string& text) { return "\"" + text + "\""; };
  ExpectRefused(
      "AdminGetUser", GetUser(quoted(std::string(129, 'a'))),
      InvalidParameter(OneViolation("Value at 'username' failed to satisfy constraint: Member must "
                                    "have length less than or equal to 128")));
  // Lengths are UTF-16 code units, as in Java: 65 emoji are 130 units.
  std::string emoji;
  for (int i = 0; i < 65; ++i) emoji += "\xF0\x9F\x98\x80";
  ExpectRefused(
      "AdminGetUser", GetUser(quoted(emoji)),
      InvalidParameter(OneViolation("Value at 'username' failed to satisfy constraint: Member must "
                                    "have length less than or equal to 128")));
  const std::string long_pool =
      std::string(50, 'a') + "_" + std::string(5, 'b');  // 56, matches the pattern
  ExpectRefused(
      "AdminGetUser", R"({"UserPoolId":")" + long_pool + R"(","Username":"alice"})",
      InvalidParameter(OneViolation("Value '" + long_pool +
                                    "' at 'userPoolId' failed to satisfy constraint: Member must "
                                    "have length less than or equal to 55")));
  ExpectRefused(
      "ConfirmForgotPassword", ConfirmBody(R"("123456")", quoted(std::string(257, 'P'))),
      InvalidParameter(OneViolation("Value at 'password' failed to satisfy constraint: Member must "
                                    "have length less than or equal to 256")));
  const std::string long_code(2049, '1');
  ExpectRefused(
      "ConfirmForgotPassword", ConfirmBody(quoted(long_code), quoted(kNewPassword)),
      InvalidParameter(OneViolation("Value '" + long_code +
                                    "' at 'confirmationCode' failed to satisfy constraint: Member "
                                    "must have length less than or equal to 2048")));
  const std::string map_violation = OneViolation(
      "Value at 'clientMetadata' failed to satisfy constraint: Map keys and values must satisfy "
      "constraint: [Member must have length less than or equal to 131072]");
  ExpectRefused(
      "AdminResetUserPassword",
      InPool(R"("Username":"alice","ClientMetadata":{"k":")" + std::string(131073, 'v') + "\"}"),
      InvalidParameter(map_violation));
  ExpectRefused(
      "AdminResetUserPassword",
      InPool(R"("Username":"alice","ClientMetadata":{")" + std::string(131073, 'k') + R"(":"v"})"),
      InvalidParameter(map_violation));
  ExpectRefused(
      "ListUsers", InPool(R"("Filter":")" + std::string(257, 'f') + "\""),
      InvalidParameter(OneViolation("Value '" + std::string(257, 'f') +
                                    "' at 'filter' failed to satisfy constraint: Member must have "
                                    "length less than or equal to 256")));
  // At the limit the request goes through to the service checks.
  ExpectRefused("AdminGetUser", GetUser(quoted(std::string(128, 'a'))),
                {"UserNotFoundException", "User does not exist."});
}

// ------------------------------------------------------- invalid patterns

TEST_F(BadInput, InvalidPatternsAreInvalidParameterWithTheModelsRegex) {
  auto pattern_violation = [](const std::string& subject, const std::string& pattern) {
    return InvalidParameter(OneViolation(subject +
                                         " failed to satisfy constraint: Member must satisfy "
                                         "regular expression pattern: " +
                                         pattern));
  };
  const std::string username_pattern = R"([\p{L}\p{M}\p{S}\p{N}\p{P}]+)";
  // UserPoolId is not sensitive: AWS echoes the value [R anomalyco/guide#127].
  for (const char* pool : {"bad", "us-east-1_", "_abc", "us-east-1_ab_c!", "us east-1_abc"}) {
    ExpectRefused("AdminGetUser",
                  R"({"UserPoolId":")" + std::string(pool) + R"(","Username":"alice"})",
                  pattern_violation("Value '" + std::string(pool) + "' at 'userPoolId'",
                                    R"([\w-]+_[0-9a-zA-Z]+)"));
  }
  // Username is sensitive: no value in the message.
  for (const char* username :
       {R"("al\u0001ice")", R"("al\u0000ice")", R"("al\tice")", R"("al ice")", R"("al\u007fice")",
        R"("al\u200bice")", R"("al\u2028ice")", R"("alice\n")"}) {
    SCOPED_TRACE(username);
    ExpectRefused("AdminGetUser", GetUser(username),
                  pattern_violation("Value at 'username'", username_pattern));
  }
  ExpectRefused("ForgotPassword", R"({"ClientId":"abc-def","Username":"alice"})",
                pattern_violation("Value at 'clientId'", R"([\w+]+)"));
  ExpectRefused(
      "ForgotPassword",
      R"({"ClientId":")" + pool_.client_id + R"(","SecretHash":"not a hash!","Username":"alice"})",
      pattern_violation("Value at 'secretHash'", R"([\w+=/]+)"));
  ExpectRefused("ConfirmForgotPassword", ConfirmBody(R"("123456")", R"("N3w Passw0rd!")"),
                pattern_violation("Value at 'password'", R"([\S]+)"));
  ExpectRefused("ConfirmForgotPassword", ConfirmBody(R"("123 456")", R"("N3w-Passw0rd!")"),
                pattern_violation("Value '123 456' at 'confirmationCode'", R"([\S]+)"));
  // Several violations: one message, in the model's member order.
  ExpectRefused("AdminGetUser", R"({"UserPoolId":"bad","Username":"a b"})",
                InvalidParameter(
                    "2 validation errors detected: Value 'bad' at 'userPoolId' failed to satisfy "
                    "constraint: Member must satisfy regular expression pattern: "
                    "[\\w-]+_[0-9a-zA-Z]+; Value at 'username' failed to satisfy constraint: "
                    "Member must satisfy regular expression pattern: " +
                    username_pattern));
  // An empty Username breaks the pattern and the minimum length.
  ExpectRefused(
      "AdminGetUser", GetUser(R"("")"),
      InvalidParameter("2 validation errors detected: Value at 'username' failed to satisfy "
                       "constraint: Member must satisfy regular expression pattern: " +
                       username_pattern +
                       "; Value at 'username' failed to satisfy constraint: Member must have "
                       "length greater than or equal to 1"));
}

// ---------------------------------------------------- enums outside the model

TEST_F(BadInput, EnumValuesOutsideTheModelAreInvalidParameterListingTheSet) {
  ExpectRefused(
      "AdminCreateUser", InPool(R"("Username":"bob","MessageAction":"SEND")"),
      InvalidParameter(OneViolation("Value 'SEND' at 'messageAction' failed to satisfy constraint: "
                                    "Member must satisfy enum value set: [RESEND, SUPPRESS]")));
  // Enum values are case-sensitive.
  ExpectRefused(
      "InitiateAuth",
      R"({"ClientId":")" + pool_.client_id + R"(","AuthFlow":"user_password_auth"})",
      InvalidParameter(OneViolation(
          "Value 'user_password_auth' at 'authFlow' failed to satisfy constraint: Member must "
          "satisfy "
          "enum value set: [USER_SRP_AUTH, REFRESH_TOKEN_AUTH, REFRESH_TOKEN, CUSTOM_AUTH, "
          "ADMIN_NO_SRP_AUTH, USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, USER_AUTH]")));
  // A list item: the fake names the element ('.1.member'); AWS's wording
  // for enum lists is not in the references (pinned as the fake does it).
  ExpectRefused(
      "AdminCreateUser", InPool(R"("Username":"bob","DesiredDeliveryMediums":["FAX"])"),
      InvalidParameter(OneViolation("Value 'FAX' at 'desiredDeliveryMediums.1.member' failed to "
                                    "satisfy constraint: Member must satisfy enum value set: [SMS, "
                                    "EMAIL]")));
}

// ------------------------------------------------------ unknown operations

TEST_F(BadInput, UnknownOperationsAndBadTargetsAreUnknownOperationWithoutAMessage) {
  const std::string body = GetUser(R"("alice")");
  for (const std::string& target : {
           std::string(""),
           std::string(kPrefix),  // no operation
           Target("NoSuchOperation"),
           Target("adminGetUser"),       // operations are case-sensitive
           Target("AdminGetUser "),      // trailing space
           std::string("AdminGetUser"),  // no prefix
           std::string("awscognitoidentityproviderservice.AdminGetUser"),
           std::string("AWSCognitoIdentityProviderService2.AdminGetUser"),
           std::string("Other.AdminGetUser"),
           Target(std::string("AdminGetUser\0", 13)),  // NUL in the target
       }) {
    ExpectRefusedAt(dispatcher_, target, body, UnknownOperation());
  }
  // The target is looked at before the body.
  ExpectRefusedAt(dispatcher_, Target("NoSuchOperation"), "{", UnknownOperation());
  ExpectRefusedAt(dispatcher_, Target("NoSuchOperation"), std::string((1 << 20) + 1, ' '),
                  UnknownOperation());
}

// ------------------------------------------------------------ invalid UTF-8

TEST_F(BadInput, InvalidUtf8InTheBodyIsASerializationException) {
  // Real Cognito's answer to bytes that are not UTF-8 is not in the
  // references; the fake refuses the whole body as unparseable.
  for (const std::string& username : {
           std::string("\"al\xFFice\""),              // a byte that is never UTF-8
           std::string("\"al\xC0\xAFice\""),          // overlong '/' (2 bytes)
           std::string("\"al\xE0\x80\xAFice\""),      // overlong '/' (3 bytes)
           std::string("\"al\xED\xA0\x80ice\""),      // a surrogate encoded in UTF-8
           std::string("\"al\xF4\x90\x80\x80ice\""),  // above U+10FFFF
           std::string("\"al\xE2\x82\""),             // truncated sequence
           std::string("\"al\x80ice\""),              // lone continuation byte
           std::string(R"("al\ud800ice")"),           // lone high surrogate escape
           std::string(R"("al\udc00ice")"),           // lone low surrogate escape
           std::string(R"("al\ud800\u0041ice")"),     // high surrogate, then no low one
       }) {
    SCOPED_TRACE(Abbreviated(username));
    ExpectRefused("AdminGetUser", GetUser(username), Serialization(kMalformed));
  }
  ExpectRefused("AdminGetUser", InPool("\"\xFF\":1,\"Username\":\"alice\""),
                Serialization(kMalformed));
  // A well-formed surrogate pair is a valid character and passes.
  ExpectRefused("AdminGetUser", GetUser(R"("\ud83d\ude00")"),
                {"UserNotFoundException", "User does not exist."});
}

TEST_F(BadInput, InvalidUtf8OnTheTypedApiIsRefusedLikeOnTheWire) {
  const std::string before = ExportState(fake_);
  AdminCreateUserRequest request;
  request.user_pool_id = pool_.user_pool_id;
  request.username = "bob";
  request.message_action = MessageActionType::kSuppress;
  request.user_attributes = {{"name", "B\xFFob"}};
  EXPECT_EQ(fake_.AdminCreateUser(request).status().code(), ErrorCode::kSerialization);
  AdminResetUserPasswordRequest reset{pool_.user_pool_id, "alice", {{"k", "\xC0\xAF"}}};
  EXPECT_EQ(fake_.AdminResetUserPassword(reset).status().code(), ErrorCode::kSerialization);
  EXPECT_EQ(ExportState(fake_), before);
}

TEST_F(BadInput, TypedRequestsAreValidatedLikeWireRequests) {
  const std::string before = ExportState(fake_);
  const std::string username_pattern = OneViolation(
      "Value at 'username' failed to satisfy constraint: Member must satisfy regular expression "
      "pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
  EXPECT_STATUS(fake_.AdminResetUserPassword({pool_.user_pool_id, std::string("al\0ice", 6), {}}),
                ErrorCode::kInvalidParameter, username_pattern);
  // Not UTF-8, in a member with a pattern or without: what the wire answers
  // for the same bytes.
  EXPECT_STATUS(fake_.AdminResetUserPassword({pool_.user_pool_id, "al\xFFice", {}}),
                ErrorCode::kSerialization, "Malformed request body");
  EXPECT_STATUS(
      fake_.AdminResetUserPassword({pool_.user_pool_id, std::string(129, 'a'), {}}),
      ErrorCode::kInvalidParameter,
      OneViolation("Value at 'username' failed to satisfy constraint: Member must have length less "
                   "than or equal to 128"));
  EXPECT_STATUS(
      fake_.AdminResetUserPassword({"", "alice", {}}), ErrorCode::kInvalidParameter,
      "2 validation errors detected: Value '' at 'userPoolId' failed to satisfy constraint: Member "
      "must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+; Value '' at 'userPoolId' "
      "failed to satisfy constraint: Member must have length greater than or equal to 1");
  EXPECT_STATUS(
      ConfirmForgot("alice", "123456", std::string(257, 'P')), ErrorCode::kInvalidParameter,
      OneViolation("Value at 'password' failed to satisfy constraint: Member must have length less "
                   "than or equal to 256"));
  ListUsersRequest list;
  list.user_pool_id = pool_.user_pool_id;
  list.limit = -1;
  EXPECT_STATUS(
      fake_.ListUsers(list), ErrorCode::kInvalidParameter,
      OneViolation(
          "Value '-1' at 'limit' failed to satisfy constraint: Member must have value greater "
          "than or equal to 0"));
  EXPECT_EQ(ExportState(fake_), before);
}

// -------------------------------------------------------------- huge bodies

TEST_F(BadInput, BodiesOverTheLimitAreRefusedBeforeParsing) {
  const std::string valid = GetUser(R"("alice")");
  // At the default limit (1 MiB): one byte over is refused, garbage or not.
  std::string padded = valid + std::string((1 << 20) - valid.size(), ' ');
  ASSERT_EQ(padded.size(), std::size_t{1} << 20);
  EXPECT_EQ(dispatcher_.Dispatch(Target("AdminGetUser"), padded).status, 200)
      << "exactly the limit is accepted";
  ExpectRefused("AdminGetUser", padded + " ", Serialization(kTooLarge));
  ExpectRefused("AdminGetUser", std::string((1 << 20) + 1, '['), Serialization(kTooLarge));
  ExpectRefused("AdminGetUser", std::string(8 << 20, 'x'), Serialization(kTooLarge));
  // The limit is WireOptions::max_body_bytes.
  WireOptions options;
  options.max_body_bytes = valid.size();
  WireDispatcher small(fake_, options);
  EXPECT_EQ(small.Dispatch(Target("AdminGetUser"), valid).status, 200);
  ExpectRefusedAt(small, Target("AdminGetUser"), valid + " ", Serialization(kTooLarge));
}

// ------------------------------------------------------ deeply nested JSON

TEST_F(BadInput, DeeplyNestedJsonIsAnsweredWithoutOverflowingTheStack) {
  constexpr int kDepth = 100000;
  const std::string open(kDepth, '['), close(kDepth, ']');
  ExpectRefused("AdminGetUser", open, Serialization(kMalformed));
  ExpectRefused("AdminGetUser", open + close, Serialization(kStartOfList));
  ExpectRefused("AdminGetUser", GetUser(open + close), Serialization(kUnexpectedType));
  ExpectRefused("AdminResetUserPassword",
                InPool(R"("Username":"alice","ClientMetadata":{"k":)" + open + close + "}"),
                Serialization(kUnexpectedType));
  std::string objects;
  for (int i = 0; i < kDepth; ++i) objects += R"({"a":)";
  objects += "1" + std::string(kDepth, '}');
  ExpectRefused(
      "AdminGetUser", objects,
      InvalidParameter("2 validation errors detected: Value null at 'userPoolId' failed to satisfy "
                       "constraint: Member must not be null; Value null at 'username' failed to "
                       "satisfy constraint: Member must not be null"));
  // In an unknown member it is ignored (AWS ignores unknown members [I]) ...
  const std::string with_extra = InPool(R"("Username":"alice","Extra":)" + open + close);
  EXPECT_EQ(dispatcher_.Dispatch(Target("AdminGetUser"), with_extra).status, 200);
  // ... unless the dispatcher is strict.
  WireOptions options;
  options.reject_unknown_members = true;
  WireDispatcher strict(fake_, options);
  ExpectRefusedAt(strict, Target("AdminGetUser"), with_extra,
                  Serialization("Unknown member: Extra"));
}

// ------------------------------------------------------------ duplicate keys

TEST_F(BadInput, DuplicateKeysKeepTheLastValue) {
  // The references are silent; Jackson's default (which Coral uses) keeps the
  // last value too [I]. The fake keeps the last one.
  const WireResponse last_is_alice = dispatcher_.Dispatch(
      Target("AdminGetUser"), InPool(R"("Username":"bob","Username":"alice")"));
  EXPECT_EQ(last_is_alice.status, 200);
  EXPECT_EQ(Json::parse(last_is_alice.body)["Username"], "alice");
  ExpectRefused("AdminGetUser", InPool(R"("Username":"alice","Username":"bob")"),
                {"UserNotFoundException", "User does not exist."});
  ExpectRefused("AdminGetUser", InPool(R"("Username":"alice","Username":7)"),
                Serialization(kUnexpectedType));
}

// ------------------------------------------------------ numbers out of range

TEST_F(BadInput, NumbersOutOfRangeAreRefused) {
  // Outside the model's range: InvalidParameterException [R form].
  ExpectRefused("ListUsers", InPool(R"("Limit":-1)"),
                InvalidParameter(
                    OneViolation("Value '-1' at 'limit' failed to satisfy constraint: Member must "
                                 "have value greater than or equal to 0")));
  ExpectRefused("ListUsers", InPool(R"("Limit":61)"),
                InvalidParameter(
                    OneViolation("Value '61' at 'limit' failed to satisfy constraint: Member must "
                                 "have value less than or equal to 60")));
  ExpectRefused(
      "CreateUserPoolClient", InPool(R"("ClientName":"c","RefreshTokenValidity":315360001)"),
      InvalidParameter(OneViolation("Value '315360001' at 'refreshTokenValidity' failed to satisfy "
                                    "constraint: Member must have value less than or equal to "
                                    "315360000")));
  // Outside a 32-bit integer (the model's Integer): the fake answers
  // "Unexpected field type" (AWS's text for this is not in the references).
  for (const char* number : {"2147483648", "-2147483649", "9223372036854775808",
                             "18446744073709551616", "-9223372036854775809", "1e300"}) {
    SCOPED_TRACE(number);
    ExpectRefused("ListUsers", InPool(std::string(R"("Limit":)") + number),
                  Serialization(kUnexpectedType));
  }
  // Beyond a double: the parser itself refuses it.
  for (const char* number : {"1e400", "-1e400"}) {
    ExpectRefused("ListUsers", InPool(std::string(R"("Limit":)") + number),
                  Serialization(kMalformed));
  }
}

// ----------------------------------------------------------------- NUL bytes

TEST_F(BadInput, NulBytesAreRefusedOrCheckedLikeAnyOtherCharacter) {
  // A raw NUL is not JSON, inside a string or out.
  ExpectRefused("AdminGetUser", GetUser(std::string("\"al\0ice\"", 8)), Serialization(kMalformed));
  ExpectRefused("AdminGetUser", std::string("\0{}", 3), Serialization(kMalformed));
  ExpectRefused("AdminGetUser", InPool(std::string("\"Username\"\0:\"alice\"", 17)),
                Serialization(kMalformed));
  // An escaped NUL is a control character: refused by the Username pattern.
  ExpectRefused(
      "AdminGetUser", GetUser(R"("alice\u0000")"),
      InvalidParameter(OneViolation("Value at 'username' failed to satisfy constraint: Member must "
                                    "satisfy regular expression pattern: "
                                    "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+")));
  // In a member without a pattern it is data [I: the model allows it]: the
  // metadata reaches the message as sent.
  const WireResponse reset =
      dispatcher_.Dispatch(Target("AdminResetUserPassword"),
                           InPool(R"("Username":"alice","ClientMetadata":{"k":"a\u0000b"})"));
  EXPECT_EQ(reset.status, 200) << reset.body;
  ASSERT_TRUE(fake_.outbox().Last().has_value());
  EXPECT_EQ(fake_.outbox().Last()->client_metadata.at("k"), std::string("a\0b", 3));
}

TEST_F(BadInput, ATrailingNulByteIsTrailingGarbageToo) {
  ExpectRefused("AdminGetUser", GetUser(R"("alice")") + std::string(1, '\0'),
                Serialization(kMalformed));
  ExpectRefused("AdminGetUser", GetUser(R"("alice")") + std::string("\0 x", 3),
                Serialization(kMalformed));
  ExpectRefused("AdminDeleteUser", GetUser(R"("alice")") + std::string("\0{{{", 4),
                Serialization(kMalformed));
}

// ----------------------------------------------------------- over HTTP

// Sends `request` on a fresh connection and returns the raw answer (status
// line, headers, body), or what arrived before the server closed or 3 s
// passed.
std::string RawHttp(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return "socket failed";
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  if (connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return "connect failed";
  }
  timeval timeout{3, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  for (std::size_t sent = 0; sent < request.size();) {
    const ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  std::string answer;
  char buffer[4096];
  while (true) {
    const std::size_t end = answer.find("\r\n\r\n");
    if (end != std::string::npos) {
      const std::size_t at = answer.find("Content-Length: ");
      const std::size_t length =
          at == std::string::npos || at > end ? 0 : std::stoul(answer.substr(at + 16));
      if (answer.size() >= end + 4 + length) break;
    }
    const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    answer.append(buffer, static_cast<std::size_t>(n));
  }
  close(fd);
  return answer;
}

// The status line of a raw HTTP answer.
std::string StatusLine(const std::string& answer) { return answer.substr(0, answer.find("\r\n")); }

// A WireResponse made of an httplib answer, for IsRefusal.
WireResponse FromHttp(const httplib::Result& result) {
  WireResponse response;
  if (!result) {
    response.status = -1;
    return response;
  }
  response.status = result->status;
  response.body = result->body;
  for (const auto& [name, value] : result->headers) response.headers.emplace_back(name, value);
  return response;
}

class BadInputOverHttp : public BadInput {
 protected:
  void SetUp() override {
    BadInput::SetUp();
    // Framing, not authentication, is this fixture's subject: its requests
    // go unsigned (bad signatures: tests/wire/sigv4_test.cc).
    LoopbackServerOptions options;
    options.wire.auth = WireAuthMode::kOff;
    auto server = LoopbackServer::Start(fake_, options);
    ASSERT_OK(server);
    server_ = *std::move(server);
    http_ = std::make_unique<httplib::Client>(server_->url());
    http_->set_read_timeout(std::chrono::seconds(10));
  }

  // POST / with `headers`, `body` and `content_type`.
  httplib::Result Post(const httplib::Headers& headers, const std::string& body,
                       const std::string& content_type = "application/x-amz-json-1.1") {
    return http_->Post("/", headers, body, content_type.c_str());
  }
  static httplib::Headers TargetHeader(const std::string& operation) {
    return {{"X-Amz-Target", Target(operation)}};
  }
  // The start of a raw POST / of AdminGetUser; the caller adds the framing
  // headers, the blank line and the body.
  static std::string RawPostHead() {
    return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: " + Target("AdminGetUser") +
           "\r\nContent-Type: application/x-amz-json-1.1\r\nConnection: close\r\n";
  }
  // Expects alice to be readable over HTTP: the server is still serving.
  void ExpectStillServing() {
    auto result = Post(TargetHeader("AdminGetUser"), GetUser(R"("alice")"));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200);
  }

  std::unique_ptr<LoopbackServer> server_;
  std::unique_ptr<httplib::Client> http_;
};

TEST_F(BadInputOverHttp, AMissingOrMalformedTargetHeaderIsUnknownOperation) {
  const std::string before = ExportState(fake_);
  const std::string body = GetUser(R"("alice")");
  for (const httplib::Headers& headers : {
           httplib::Headers{}, httplib::Headers{{"X-Amz-Target", ""}},
           httplib::Headers{{"X-Amz-Target", "garbage"}},
           httplib::Headers{{"X-Amz-Target", Target("adminGetUser")}},
           httplib::Headers{{"X-Amz-Target", Target("NoSuchOperation")}},
           httplib::Headers{{"X-Amz-Targets", Target("AdminGetUser")}},  // wrong header name
       }) {
    EXPECT_TRUE(IsRefusal(FromHttp(Post(headers, body)), UnknownOperation()));
  }
  // Two targets: the first one is used (the references are silent;
  // cognito-local refuses a repeated header [E]).
  auto twice =
      Post({{"X-Amz-Target", Target("AdminGetUser")}, {"X-Amz-Target", Target("NoSuchOperation")}},
           body);
  ASSERT_TRUE(twice);
  EXPECT_EQ(twice->status, 200);
  EXPECT_EQ(ExportState(fake_), before);
}

TEST_F(BadInputOverHttp, TheContentTypeIsNotChecked) {
  // The references do not say what AWS does with another Content-Type; the
  // endpoint reads the body as AWS JSON 1.1 whatever it says.
  const std::string body = GetUser(R"("alice")");
  for (const char* content_type :
       {"application/x-amz-json-1.1", "application/json", "text/plain",
        "application/x-www-form-urlencoded", "application/octet-stream", ""}) {
    auto result = Post(TargetHeader("AdminGetUser"), body, content_type);
    ASSERT_TRUE(result) << content_type;
    EXPECT_EQ(result->status, 200) << content_type;
    EXPECT_EQ(Json::parse(result->body)["Username"], "alice") << content_type;
  }
}

TEST_F(BadInputOverHttp, AMultipartContentTypeGetsAnAwsShapedAnswer) {
  const std::string before = ExportState(fake_);
  auto result =
      Post(TargetHeader("AdminGetUser"), GetUser(R"("alice")"), "multipart/form-data; boundary=x");
  ASSERT_TRUE(result);
  // Read like any other body (200), or refused the AWS way: either way with
  // a request id, and an error named in the header and the body alike.
  EXPECT_EQ(result->get_header_value("x-amzn-RequestId").size(), 36u);
  if (result->status != 200) {
    EXPECT_EQ(result->status, 400);
    const Json body = Json::parse(result->body, nullptr, false);
    ASSERT_TRUE(body.is_object()) << result->body;
    EXPECT_EQ(body.value("__type", std::string()), result->get_header_value("x-amzn-ErrorType"));
    EXPECT_FALSE(result->get_header_value("x-amzn-ErrorType").empty());
  }
  EXPECT_EQ(ExportState(fake_), before);
}

TEST_F(BadInputOverHttp, OtherMethodsAndPathsAreNotFound) {
  // Only POST / speaks AWS JSON 1.1 (wire-protocol.md §2.1). What AWS answers
  // to other methods is not in the references; the endpoint answers 404
  // with an empty body and touches nothing.
  const std::string before = ExportState(fake_);
  const httplib::Headers headers = TargetHeader("AdminDeleteUser");
  const std::string body = GetUser(R"("alice")");
  for (const httplib::Result& result :
       {http_->Get("/", headers), http_->Put("/", headers, body, "application/x-amz-json-1.1"),
        http_->Delete("/", headers, body, "application/x-amz-json-1.1"),
        http_->Patch("/", headers, body, "application/x-amz-json-1.1"),
        http_->Post("/AdminDeleteUser", headers, body, "application/x-amz-json-1.1"),
        http_->Post("/_cognito_fake/nothing", headers, body, "application/x-amz-json-1.1")}) {
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 404);
    EXPECT_EQ(result->body, "");
  }
  EXPECT_EQ(ExportState(fake_), before);
  ExpectStillServing();
}

TEST_F(BadInputOverHttp, BodiesJustOverTheLimitAreASerializationException) {
  const std::string before = ExportState(fake_);
  // max_body_bytes + 1 bytes with a Content-Length.
  EXPECT_TRUE(
      IsRefusal(FromHttp(Post(TargetHeader("AdminGetUser"), std::string((1 << 20) + 1, ' '))),
                Serialization(kTooLarge)));
  // 2 MiB sent chunked.
  const std::string chunk(2 << 20, ' ');
  const std::string answer =
      RawHttp(server_->port(), RawPostHead() + "Transfer-Encoding: chunked\r\n\r\n200000\r\n" +
                                   chunk + "\r\n0\r\n\r\n");
  EXPECT_EQ(StatusLine(answer), "HTTP/1.1 400 Bad Request");
  EXPECT_NE(answer.find("x-amzn-ErrorType: SerializationException"), std::string::npos)
      << Abbreviated(answer);
  EXPECT_NE(answer.find(std::string(R"("Message":")") + kTooLarge), std::string::npos)
      << Abbreviated(answer);
  EXPECT_EQ(ExportState(fake_), before);
  ExpectStillServing();
}

TEST_F(BadInputOverHttp, BodiesFarOverTheLimitAreASerializationExceptionToo) {
  const std::string before = ExportState(fake_);
  for (std::size_t size : {(std::size_t{1} << 20) + 2, std::size_t{4} << 20}) {
    EXPECT_TRUE(IsRefusal(FromHttp(Post(TargetHeader("AdminGetUser"), std::string(size, ' '))),
                          Serialization(kTooLarge)))
        << size << " bytes";
  }
  EXPECT_EQ(ExportState(fake_), before);
}

TEST_F(BadInputOverHttp, BrokenHttpIsA400AndTheServerKeepsServing) {
  const std::string before = ExportState(fake_);
  const std::string body = GetUser(R"("alice")");
  // A well-formed chunked request is read like any other.
  char size[16];
  std::snprintf(size, sizeof size, "%zx", body.size());
  const std::string chunked =
      RawHttp(server_->port(), RawPostHead() + "Transfer-Encoding: chunked\r\n\r\n" + size +
                                   "\r\n" + body + "\r\n0\r\n\r\n");
  EXPECT_EQ(StatusLine(chunked), "HTTP/1.1 200 OK");
  // Garbage is answered 400 by the HTTP layer, in AWS's error shape
  // (nothing reached the dispatcher; the references are silent on AWS's
  // answer).
  for (const std::string& request : {
           RawPostHead() + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + body +
               "\r\n0\r\n\r\n",  // bad chunk size
           std::string("GARBAGE\r\n\r\n"),
           std::string("\x01\x02\xFF\xFE\r\n\r\n", 8),
           std::string("POST / HTTP/9.9 extra\r\n\r\n"),
       }) {
    const std::string answer = RawHttp(server_->port(), request);
    EXPECT_EQ(StatusLine(answer), "HTTP/1.1 400 Bad Request") << Abbreviated(request);
    EXPECT_NE(answer.find("x-amzn-ErrorType: SerializationException"), std::string::npos)
        << Abbreviated(answer);
  }
  EXPECT_EQ(ExportState(fake_), before);
  ExpectStillServing();
}

// --------------------------------------------------------- concurrent deletes

// "OK" or "<Exception>: <message>".
std::string Outcome(const Status& status) {
  if (status.ok()) return "OK";
  return std::string(status.error_name()) + ": " + status.message();
}

// Outcomes seen per operation, recorded from many threads.
class OutcomeLog {
 public:
  void Record(const std::string& operation, const std::string& outcome) {
    std::lock_guard<std::mutex> lock(mu_);
    seen_[operation].insert(outcome);
  }
  // Fails for every outcome not in `allowed`.
  void ExpectOnly(const std::map<std::string, std::set<std::string>>& allowed) {
    std::lock_guard<std::mutex> lock(mu_);
    for (const auto& [operation, outcomes] : seen_) {
      for (const std::string& outcome : outcomes) {
        EXPECT_EQ(allowed.at(operation).count(outcome), 1u) << operation << " answered " << outcome;
      }
    }
  }

 private:
  std::mutex mu_;
  std::map<std::string, std::set<std::string>> seen_;
};

const char* const kUserDoesNotExist = "UserNotFoundException: User does not exist.";
const char* const kUsernameClientIdNotFound =
    "UserNotFoundException: Username/client id combination not found.";
const char* const kAttemptLimit =
    "LimitExceededException: Attempt limit exceeded, please try after some time.";
const char* const kCodeMismatch =
    "CodeMismatchException: Invalid verification code provided, please try again.";
const char* const kExpiredCode =
    "ExpiredCodeException: Invalid code provided, please request a code again.";

// Runs `operations` on threads, each until it has made one call after
// `deleted` became true (so every thread sees the deletion), and `remove`
// on another thread once `calls_before_delete` calls were made.
void RaceAgainstDelete(const std::vector<std::function<void(bool after_delete)>>& operations,
                       const std::function<void()>& remove, int calls_before_delete) {
  std::atomic<int> calls{0};
  std::atomic<bool> deleted{false};
  std::vector<std::thread> threads;
  for (const auto& operation : operations) {
    threads.emplace_back([&, operation] {
      for (int i = 0; i < 2000; ++i) {
        const bool after = deleted.load();
        operation(after);
        ++calls;
        if (after) break;
      }
    });
  }
  threads.emplace_back([&] {
    while (calls.load() < calls_before_delete) std::this_thread::yield();
    remove();
    deleted = true;
  });
  for (auto& thread : threads) thread.join();
}

// The state survives export and import unchanged: nothing half-deleted.
void ExpectConsistentState(FakeIdentityProvider& fake) {
  const std::string exported = ExportState(fake);
  FakeIdentityProvider copy;
  ASSERT_OK(ImportState(copy, exported));
  EXPECT_EQ(ExportState(copy), exported);
}

TEST(ConcurrentDeletes, OfAUserAnswerSuccessOrTheDocumentedError) {
  FakeOptions options = FakeOptions().WithSeed(31).WithStartTime(FakeClock::DefaultStart());
  options.limits.cognito_default_emails_per_day = 1000000;
  FakeIdentityProvider fake(options);
  const TestPool pool = fake.CreateUserPoolForTest().value();
  fake.AddConfirmedUser(pool, "bystander", "Passw0rd!", {{"email", "bystander@example.com"}})
      .value();
  OutcomeLog log;
  std::atomic<int> wrong_after_delete{0};
  for (int round = 0; round < 8; ++round) {
    const std::string name = "victim-" + std::to_string(round);
    fake.AddConfirmedUser(pool, name, "Passw0rd!", {{"email", name + "@example.com"}}).value();
    // Each call made after the delete returned must be the not-found error.
    auto record = [&](const char* operation, const Status& status, bool after, const char* gone) {
      log.Record(operation, Outcome(status));
      if (after && Outcome(status) != gone) ++wrong_after_delete;
    };
    RaceAgainstDelete(
        {[&](bool after) {
           record("AdminResetUserPassword",
                  fake.AdminResetUserPassword({pool.user_pool_id, name, {}}).status(), after,
                  kUserDoesNotExist);
         },
         [&](bool after) {
           record("ForgotPassword",
                  fake.ForgotPassword({pool.client_id, std::nullopt, name, {}}).status(), after,
                  kUsernameClientIdNotFound);
         },
         [&](bool after) {
           const std::string code = fake.LastCodeFor(pool.user_pool_id, name).value_or("000000");
           record("ConfirmForgotPassword",
                  fake.ConfirmForgotPassword(
                          {pool.client_id, std::nullopt, name, code, "N3w-Passw0rd!", {}})
                      .status(),
                  after, kUsernameClientIdNotFound);
         },
         [&](bool after) {
           record("AdminGetUser", fake.AdminGetUser({pool.user_pool_id, name}).status(), after,
                  kUserDoesNotExist);
         }},
        [&] {
          log.Record("AdminDeleteUser",
                     Outcome(fake.AdminDeleteUser({pool.user_pool_id, name}).status()));
        },
        /*calls_before_delete=*/12);
    EXPECT_STATUS(fake.AdminGetUser({pool.user_pool_id, name}), ErrorCode::kUserNotFound,
                  "User does not exist.");
  }
  EXPECT_EQ(wrong_after_delete.load(), 0) << "a call made after the delete found the user";
  log.ExpectOnly({
      {"AdminResetUserPassword", {"OK", kUserDoesNotExist}},
      {"ForgotPassword", {"OK", kUsernameClientIdNotFound, kAttemptLimit}},
      {"ConfirmForgotPassword",
       {"OK", kUsernameClientIdNotFound, kAttemptLimit, kCodeMismatch, kExpiredCode}},
      {"AdminGetUser", {"OK", kUserDoesNotExist}},
      {"AdminDeleteUser", {"OK"}},
  });
  // Only the bystander is left, and the state is whole.
  ListUsersRequest list;
  list.user_pool_id = pool.user_pool_id;
  auto users = fake.ListUsers(list);
  ASSERT_OK(users);
  ASSERT_EQ(users->users.size(), 1u);
  EXPECT_EQ(users->users[0].username, "bystander");
  ExpectConsistentState(fake);
  // A user made again under a deleted name inherits nothing: the code last
  // sent to the deleted user does not reset the new one. (Its own code, not
  // one from the races above: a race may delete a user before any call.)
  fake.AddConfirmedUser(pool, "reborn", "Passw0rd!", {{"email", "reborn@example.com"}}).value();
  ASSERT_OK(fake.ForgotPassword({pool.client_id, std::nullopt, "reborn", {}}));
  ASSERT_OK(fake.AdminDeleteUser({pool.user_pool_id, "reborn"}));
  fake.AddConfirmedUser(pool, "reborn", "Passw0rd!", {{"email", "reborn@example.com"}}).value();
  const std::optional<std::string> old_code = fake.LastCodeFor(pool.user_pool_id, "reborn");
  ASSERT_TRUE(old_code.has_value()) << "the outbox keeps the deleted user's messages";
  EXPECT_STATUS(fake.ConfirmForgotPassword(
                    {pool.client_id, std::nullopt, "reborn", *old_code, "N3w-Passw0rd!", {}}),
                ErrorCode::kExpiredCode, "Invalid code provided, please request a code again.");
  EXPECT_OK(fake.SignIn(pool, "reborn", "Passw0rd!"));
}

TEST(ConcurrentDeletes, OfAPoolAnswerSuccessOrTheDocumentedErrorOnTheWire) {
  FakeOptions options = FakeOptions().WithSeed(32).WithStartTime(FakeClock::DefaultStart());
  options.limits.cognito_default_emails_per_day = 1000000;
  FakeIdentityProvider fake(options);
  const TestPool survivor = PoolWithAlice(fake);
  WireDispatcher dispatcher(fake);
  OutcomeLog log;
  std::atomic<int> wrong_after_delete{0};
  const std::string pool_gone = "ResourceNotFoundException: User pool <pool> does not exist.";
  const std::string client_gone =
      "ResourceNotFoundException: User pool client <client> does not exist.";
  for (int round = 0; round < 6; ++round) {
    const TestPool pool = fake.CreateUserPoolForTest().value();
    fake.AddConfirmedUser(pool, "carol", "Passw0rd!", {{"email", "carol@example.com"}}).value();
    const std::string admin_body =
        R"({"UserPoolId":")" + pool.user_pool_id + R"(","Username":"carol"})";
    const std::string client_body = R"({"ClientId":")" + pool.client_id + R"(","Username":"carol")";
    // Sends one request; records "OK" or "<__type>: <message>", with the
    // round's ids written <pool> and <client>.
    auto send = [&](const char* operation, const std::string& body, bool after,
                    const std::string& gone) {
      const WireResponse response = dispatcher.Dispatch(Target(operation), body);
      std::string outcome = "OK";
      if (response.status != 200) {
        const Json error = Json::parse(response.body, nullptr, false);
        outcome = error.value("__type", std::string("?")) + ": " +
                  error.value("message", std::string("?"));
        if (response.status != 400) outcome += " (HTTP " + std::to_string(response.status) + ")";
      }
      for (const auto& [id, placeholder] :
           {std::pair{pool.user_pool_id, "<pool>"}, {pool.client_id, "<client>"}}) {
        for (std::size_t at = outcome.find(id); at != std::string::npos; at = outcome.find(id)) {
          outcome.replace(at, id.size(), placeholder);
        }
      }
      log.Record(operation, outcome);
      if (after && outcome != gone) ++wrong_after_delete;
    };
    RaceAgainstDelete(
        {[&](bool after) { send("AdminResetUserPassword", admin_body, after, pool_gone); },
         [&](bool after) { send("ForgotPassword", client_body + "}", after, client_gone); },
         [&](bool after) {
           const std::string code = fake.LastCodeFor(pool.user_pool_id, "carol").value_or("000000");
           send(
               "ConfirmForgotPassword",
               client_body + R"(,"ConfirmationCode":")" + code + R"(","Password":"N3w-Passw0rd!"})",
               after, client_gone);
         },
         [&](bool after) { send("AdminGetUser", admin_body, after, pool_gone); }},
        [&] {
          send("DeleteUserPool", R"({"UserPoolId":")" + pool.user_pool_id + R"("})", false, "");
        },
        /*calls_before_delete=*/12);
    EXPECT_STATUS(fake.DescribeUserPool({pool.user_pool_id}), ErrorCode::kResourceNotFound,
                  "User pool " + pool.user_pool_id + " does not exist.");
    EXPECT_EQ(fake.LastCodeFor(pool.user_pool_id, "carol"), std::nullopt);
  }
  EXPECT_EQ(wrong_after_delete.load(), 0) << "a call made after the delete found the pool";
  log.ExpectOnly({
      {"AdminResetUserPassword", {"OK", pool_gone}},
      {"ForgotPassword", {"OK", client_gone, kAttemptLimit}},
      {"ConfirmForgotPassword", {"OK", client_gone, kAttemptLimit, kCodeMismatch, kExpiredCode}},
      {"AdminGetUser", {"OK", pool_gone}},
      {"DeleteUserPool", {"OK"}},
  });
  // The other pool is untouched and the state is whole.
  EXPECT_OK(fake.SignIn(survivor, "alice", "Passw0rd!"));
  ExpectConsistentState(fake);
}

}  // namespace
}  // namespace cognito_fake
