#include <cognito_fake/errors.h>
#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/wire.h>
#include <cognito_fake/wire_client.h>
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "support/fake_test_util.h"
#include "support/wire_scenario.h"

namespace cognito_fake {
namespace {

using Json = nlohmann::json;

constexpr const char* kTarget = "AWSCognitoIdentityProviderService.";

class Wire : public FakeTest {
 protected:
  WireResponse Call(const std::string& operation, const std::string& body) {
    return dispatcher_.Dispatch(std::string(kTarget) + operation, body);
  }
  static Json BodyOf(const WireResponse& response) { return Json::parse(response.body); }

  WireDispatcher dispatcher_{fake_};
};

TEST(WireRoundTrip, EveryOperationBehavesTheSameThroughTheDispatcherAsDirectly) {
  FakeIdentityProvider direct(FakeOptions().WithSeed(11).WithStartTime(FakeClock::DefaultStart()));
  FakeIdentityProvider behind_wire(
      FakeOptions().WithSeed(11).WithStartTime(FakeClock::DefaultStart()));
  WireDispatcher dispatcher(behind_wire);
  WireClient client(InProcessTransport(dispatcher));

  const auto expected = testing_util::RunEveryOperation(direct, direct);
  const auto actual = testing_util::RunEveryOperation(client, behind_wire);

  ASSERT_EQ(actual.lines.size(), expected.lines.size());
  for (std::size_t i = 0; i < expected.lines.size(); ++i) {
    EXPECT_EQ(actual.lines[i], expected.lines[i]) << "call " << i;
  }
  for (const OperationInfo& operation : AllOperations()) {
    EXPECT_GT(actual.successes.count(std::string(operation.name)), 0u)
        << operation.name << " never succeeded through the wire";
  }
}

TEST_F(Wire, SuccessIs200WithTheOutputShapeAndARequestId) {
  const WireResponse response =
      Call("AdminGetUser", R"({"UserPoolId":")" + pool_.user_pool_id + R"(","Username":"alice"})");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.Header("content-type"), "application/x-amz-json-1.1");
  EXPECT_EQ(response.Header("X-AMZN-REQUESTID").size(), 36u);
  EXPECT_EQ(response.Header("x-amzn-ErrorType"), "");
  const Json body = BodyOf(response);
  EXPECT_EQ(body["Username"], "alice");
  EXPECT_EQ(body["UserStatus"], "CONFIRMED");
  EXPECT_EQ(body["Enabled"], true);
  EXPECT_TRUE(body["UserCreateDate"].is_number()) << "timestamps are epoch seconds";
  EXPECT_EQ(body["UserCreateDate"].get<double>(), 1704067200.0);
  EXPECT_FALSE(body.contains("MFAOptions")) << "empty optional lists are omitted";
}

TEST_F(Wire, EmptyOutputsAreAnEmptyObject) {
  const WireResponse response =
      Call("AdminResetUserPassword",
           R"({"UserPoolId":")" + pool_.user_pool_id + R"(","Username":"alice"})");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "{}");
}

TEST_F(Wire, ServiceErrorsCarryTheTypeInBodyAndHeader) {
  const WireResponse response =
      Call("AdminResetUserPassword",
           R"({"UserPoolId":")" + pool_.user_pool_id + R"(","Username":"nobody"})");
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.Header("x-amzn-ErrorType"), "UserNotFoundException");
  EXPECT_EQ(response.Header("x-amzn-RequestId").size(), 36u);
  EXPECT_EQ(BodyOf(response),
            Json::parse(R"({"__type":"UserNotFoundException","message":"User does not exist."})"));
}

TEST_F(Wire, ModelHttpStatusesAreOptIn) {
  WireOptions options;
  options.use_model_http_status = true;
  WireDispatcher model(fake_, options);
  const WireResponse response =
      model.Dispatch(std::string(kTarget) + "AdminGetUser",
                     R"({"UserPoolId":")" + pool_.user_pool_id + R"(","Username":"nobody"})");
  EXPECT_EQ(response.status, 404);
}

TEST_F(Wire, InternalErrorsAre500) {
  EXPECT_EQ(dispatcher_.ErrorResponse(Status(ErrorCode::kInternalError, "boom")).status, 500);
  EXPECT_EQ(dispatcher_.ErrorResponse(Status(ErrorCode::kNotAuthorized, "no")).status, 400);
}

TEST_F(Wire, RequestIdsAreUniqueAndDeterministic) {
  std::set<std::string> ids;
  for (int i = 0; i < 50; ++i)
    ids.insert(Call("DescribeUserPool", "{}").Header("x-amzn-RequestId"));
  EXPECT_EQ(ids.size(), 50u);
  WireDispatcher again(fake_);
  EXPECT_EQ(
      again.Dispatch(std::string(kTarget) + "DescribeUserPool", "{}").Header("x-amzn-RequestId"),
      WireDispatcher(fake_)
          .Dispatch(std::string(kTarget) + "DescribeUserPool", "{}")
          .Header("x-amzn-RequestId"));
}

TEST_F(Wire, UnknownOrMissingTargetsAreUnknownOperation) {
  for (const std::string& target :
       {std::string(kTarget) + "NoSuchThing", std::string(""), std::string("Other.AdminGetUser")}) {
    const WireResponse response = dispatcher_.Dispatch(target, "{}");
    EXPECT_EQ(response.status, 400) << target;
    EXPECT_EQ(BodyOf(response)["__type"], "UnknownOperationException") << target;
  }
}

TEST_F(Wire, AnOperationTheFakeDoesNotModelIsUnsupportedByName) {
  for (const char* operation : {"AdminLinkProviderForUser", "GetLogDeliveryConfiguration"}) {
    const WireResponse response = dispatcher_.Dispatch(std::string(kTarget) + operation, "{}");
    EXPECT_EQ(response.status, 400) << operation;
    EXPECT_EQ(response.Header("x-amzn-ErrorType"), "UnsupportedOperationException") << operation;
    EXPECT_EQ(BodyOf(response)["__type"], "UnsupportedOperationException") << operation;
    EXPECT_EQ(BodyOf(response)["message"],
              std::string(operation) + " is not implemented by this emulator");
  }
}

TEST_F(Wire, MalformedJsonIsASerializationException) {
  for (const char* body_text : {"{", "not json", "{\"UserPoolId\":}", "[1,2]", "\"text\""}) {
    const WireResponse response = Call("AdminGetUser", body_text);
    EXPECT_EQ(response.status, 400) << body_text;
    EXPECT_EQ(BodyOf(response)["__type"], "SerializationException") << body_text;
  }
  EXPECT_EQ(BodyOf(Call("AdminGetUser", "[]"))["Message"],
            "Start of list found where not expected.");
}

TEST_F(Wire, WrongMemberTypesAreSerializationExceptionsWithAwsMessages) {
  EXPECT_EQ(BodyOf(Call("AdminGetUser", R"({"UserPoolId":{"a":1},"Username":"alice"})")),
            Json::parse(R"({"__type":"SerializationException",
                            "Message":"Start of structure or map found where not expected."})"));
  EXPECT_EQ(
      BodyOf(Call("AdminGetUser", R"({"UserPoolId":7,"Username":"alice"})")),
      Json::parse(R"({"__type":"SerializationException","Message":"Unexpected field type"})"));
  EXPECT_EQ(BodyOf(Call("AdminCreateUser", R"({"UserPoolId":"us-east-1_a","Username":"x",
                                              "UserAttributes":[{"Name":"email","Value":true}]})"))
                ["__type"],
            "SerializationException");
  EXPECT_EQ(BodyOf(Call("ListUsers", R"({"UserPoolId":"us-east-1_a","Limit":"5"})"))["__type"],
            "SerializationException");
}

TEST_F(Wire, MissingRequiredMembersAreReportedAsNull) {
  EXPECT_EQ(BodyOf(Call("AdminResetUserPassword", R"({"Username":"alice"})")),
            Json::parse(R"({"__type":"InvalidParameterException","message":
              "1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint: Member must not be null"})"));
  EXPECT_EQ(
      BodyOf(Call("AdminResetUserPassword", ""))["message"],
      "2 validation errors detected: Value null at 'userPoolId' failed to satisfy constraint: "
      "Member must not be null; Value null at 'username' failed to satisfy constraint: Member "
      "must not be null");
  EXPECT_EQ(BodyOf(Call("AdminResetUserPassword",
                        R"({"UserPoolId":null,"Username":"alice"})"))["message"],
            "1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint: "
            "Member must not be null")
      << "JSON null is an absent member";
}

// The required members of each input shape, from the botocore model.
const std::map<std::string, std::vector<std::string>> kModelRequiredMembers = {
    {"CreateUserPool", {"PoolName"}},
    {"DescribeUserPool", {"UserPoolId"}},
    {"DeleteUserPool", {"UserPoolId"}},
    {"CreateUserPoolClient", {"UserPoolId", "ClientName"}},
    {"DescribeUserPoolClient", {"UserPoolId", "ClientId"}},
    {"AdminCreateUser", {"UserPoolId", "Username"}},
    {"AdminGetUser", {"UserPoolId", "Username"}},
    {"ListUsers", {"UserPoolId"}},
    {"AdminDeleteUser", {"UserPoolId", "Username"}},
    {"AdminDisableUser", {"UserPoolId", "Username"}},
    {"AdminEnableUser", {"UserPoolId", "Username"}},
    {"AdminUpdateUserAttributes", {"UserPoolId", "Username", "UserAttributes"}},
    {"AdminDeleteUserAttributes", {"UserPoolId", "Username", "UserAttributeNames"}},
    {"SignUp", {"ClientId", "Username"}},
    {"ConfirmSignUp", {"ClientId", "Username", "ConfirmationCode"}},
    {"AdminConfirmSignUp", {"UserPoolId", "Username"}},
    {"ResendConfirmationCode", {"ClientId", "Username"}},
    {"AdminResetUserPassword", {"UserPoolId", "Username"}},
    {"ForgotPassword", {"ClientId", "Username"}},
    {"ConfirmForgotPassword", {"ClientId", "Username", "ConfirmationCode", "Password"}},
    {"AdminSetUserPassword", {"UserPoolId", "Username", "Password"}},
    {"ChangePassword", {"ProposedPassword", "AccessToken"}},
    {"InitiateAuth", {"AuthFlow", "ClientId"}},
    {"AdminInitiateAuth", {"UserPoolId", "ClientId", "AuthFlow"}},
    {"RespondToAuthChallenge", {"ClientId", "ChallengeName"}},
    {"AdminRespondToAuthChallenge", {"UserPoolId", "ClientId", "ChallengeName"}},
    {"GetUser", {"AccessToken"}},
    {"UpdateUserAttributes", {"UserAttributes", "AccessToken"}},
    {"GetUserAttributeVerificationCode", {"AccessToken", "AttributeName"}},
    {"VerifyUserAttribute", {"AccessToken", "AttributeName", "Code"}},
    {"DeleteUserAttributes", {"UserAttributeNames", "AccessToken"}},
    {"DeleteUser", {"AccessToken"}},
    {"GlobalSignOut", {"AccessToken"}},
    {"AdminUserGlobalSignOut", {"UserPoolId", "Username"}},
    {"RevokeToken", {"Token", "ClientId"}},
    {"UpdateUserPool", {"UserPoolId"}},
    {"ListUserPools", {}},  // MaxResults: an int, read as 0 (S13)
    {"UpdateUserPoolClient", {"UserPoolId", "ClientId"}},
    {"ListUserPoolClients", {"UserPoolId"}},
    {"DeleteUserPoolClient", {"UserPoolId", "ClientId"}},
    {"CreateGroup", {"GroupName", "UserPoolId"}},
    {"GetGroup", {"GroupName", "UserPoolId"}},
    {"ListGroups", {"UserPoolId"}},
    {"UpdateGroup", {"GroupName", "UserPoolId"}},
    {"DeleteGroup", {"GroupName", "UserPoolId"}},
    {"AdminAddUserToGroup", {"UserPoolId", "Username", "GroupName"}},
    {"AdminRemoveUserFromGroup", {"UserPoolId", "Username", "GroupName"}},
    {"AdminListGroupsForUser", {"Username", "UserPoolId"}},
    {"ListUsersInGroup", {"UserPoolId", "GroupName"}},
    {"SetUserPoolMfaConfig", {"UserPoolId"}},
    {"GetUserPoolMfaConfig", {"UserPoolId"}},
    {"AssociateSoftwareToken", {}},
    {"VerifySoftwareToken", {"UserCode"}},
    {"SetUserMFAPreference", {"AccessToken"}},
    {"AdminSetUserMFAPreference", {"Username", "UserPoolId"}},
};

TEST_F(Wire, AnEmptyRequestReportsExactlyTheModelsRequiredMembers) {
  ASSERT_EQ(kModelRequiredMembers.size(), AllOperations().size());
  for (const auto& [operation, required] : kModelRequiredMembers) {
    const std::string message = BodyOf(Call(operation, "{}"))["message"].get<std::string>();
    std::vector<std::string> reported;
    for (std::size_t at = message.find("Value null at '"); at != std::string::npos;
         at = message.find("Value null at '", at + 1)) {
      const std::size_t start = at + 15;
      reported.push_back(message.substr(start, message.find('\'', start) - start));
    }
    std::vector<std::string> expected;
    for (std::string member : required) {
      member[0] = static_cast<char>(std::tolower(member[0]));
      expected.push_back(member);
    }
    EXPECT_EQ(reported, expected) << operation << ": " << message;
  }
}

TEST_F(Wire, OptionalMembersMayBeLeftOut) {
  const WireResponse response =
      Call("AdminCreateUser", R"({"UserPoolId":")" + pool_.user_pool_id +
                                  R"(","Username":"bob","MessageAction":"SUPPRESS"})");
  EXPECT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(BodyOf(response)["User"]["UserStatus"], "FORCE_CHANGE_PASSWORD");
}

TEST_F(Wire, EnumValuesOutsideTheModelAreInvalidParameter) {
  const Json body = BodyOf(
      Call("InitiateAuth", R"({"ClientId":")" + pool_.client_id + R"(","AuthFlow":"PASSWORD"})"));
  EXPECT_EQ(body["__type"], "InvalidParameterException");
  EXPECT_EQ(
      body["message"].get<std::string>().rfind(
          "1 validation error detected: Value 'PASSWORD' at 'authFlow' failed to satisfy "
          "constraint: Member must satisfy enum value set: [USER_SRP_AUTH, REFRESH_TOKEN_AUTH,",
          0),
      0u)
      << body;
}

TEST_F(Wire, ModelConstraintsAreCheckedBehindTheWireToo) {
  EXPECT_EQ(
      BodyOf(Call("AdminGetUser", R"({"UserPoolId":"bad","Username":"alice"})"))["message"],
      "1 validation error detected: Value 'bad' at 'userPoolId' failed to satisfy constraint: "
      "Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+");
}

TEST_F(Wire, UnknownMembersAreIgnoredUnlessTheDispatcherIsStrict) {
  const std::string body =
      R"({"UserPoolId":")" + pool_.user_pool_id + R"(","Username":"alice","Extra":{"x":1}})";
  EXPECT_EQ(Call("AdminGetUser", body).status, 200);
  WireOptions options;
  options.reject_unknown_members = true;
  WireDispatcher strict(fake_, options);
  EXPECT_EQ(
      BodyOf(strict.Dispatch(std::string(kTarget) + "AdminGetUser", body)),
      Json::parse(R"({"__type":"SerializationException","Message":"Unknown member: Extra"})"));
}

TEST_F(Wire, OversizedBodiesAreRefusedBeforeParsing) {
  WireOptions options;
  options.max_body_bytes = 64;
  WireDispatcher small(fake_, options);
  const WireResponse response =
      small.Dispatch(std::string(kTarget) + "AdminGetUser", std::string(65, ' '));
  EXPECT_EQ(BodyOf(response)["__type"], "SerializationException");
}

TEST_F(Wire, BooleansAcceptStringsAsCoralDoes) {
  ASSERT_OK(AdminReset("alice"));
  const std::string prefix = R"({"UserPoolId":")" + pool_.user_pool_id +
                             R"(","Username":"alice","Password":"Str0ng-Passw0rd!",)";
  EXPECT_EQ(Call("AdminSetUserPassword", prefix + R"("Permanent":"TRUE"})").status, 200);
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kConfirmed);
}

TEST_F(Wire, RejectedRequestsChangeNothing) {
  ASSERT_OK(AdminReset("alice"));
  const std::string code = LastCode("alice");
  // Wrong type for the code: refused before the fake sees it, so no wrong
  // attempt is counted and the code stays valid.
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(
        BodyOf(Call(
            "ConfirmForgotPassword",
            R"({"ClientId":")" + pool_.client_id +
                R"(","Username":"alice","ConfirmationCode":123456,"Password":"N3w-Passw0rd!"})"))
            ["__type"],
        "SerializationException");
  }
  EXPECT_OK(ConfirmForgot("alice", code, kNewPassword));
}

}  // namespace
}  // namespace cognito_fake
