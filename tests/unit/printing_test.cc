#include <cognito_fake/requests.h>
#include <gtest/gtest.h>

#include <sstream>

namespace cognito_fake {
namespace {

template <typename T>
std::string Print(const T& value) {
  std::ostringstream os;
  os << value;
  return os.str();
}

TEST(Printing, RequestsPrintTheirSetMembersInAwsNames) {
  EXPECT_EQ(Print(AdminResetUserPasswordRequest{"us-east-1_abc", "alice", {{"ticket", "42"}}}),
            R"({UserPoolId: "us-east-1_abc", Username: "alice", ClientMetadata: {ticket: "42"}})");
  EXPECT_EQ(::testing::PrintToString(AdminGetUserRequest{"us-east-1_abc", "bob"}),
            R"({UserPoolId: "us-east-1_abc", Username: "bob"})")
      << "gtest uses the printer instead of dumping bytes";
}

TEST(Printing, SecretsAreRedacted) {
  ConfirmForgotPasswordRequest confirm;
  confirm.client_id = "client";
  confirm.username = "alice";
  confirm.confirmation_code = "123456";
  confirm.password = "N3w-Passw0rd!";
  confirm.secret_hash = "hash";
  EXPECT_EQ(Print(confirm), R"({ClientId: "client", SecretHash: <redacted>, Username: "alice", )"
                            R"(ConfirmationCode: "123456", Password: <redacted>})");
  InitiateAuthRequest sign_in;
  sign_in.client_id = "client";
  sign_in.auth_parameters = {{"USERNAME", "alice"}, {"PASSWORD", "secret"}};
  EXPECT_EQ(
      Print(sign_in),
      R"({AuthFlow: USER_PASSWORD_AUTH, AuthParameters: {PASSWORD: <redacted>, USERNAME: "alice"}, )"
      R"(ClientId: "client"})");
}

TEST(Printing, ResponsesPrintNestedShapesEnumsAndTimes) {
  AdminGetUserResponse user;
  user.username = "alice";
  user.user_attributes = {{"email", "alice@example.com"}};
  user.user_create_date = Timestamp(std::chrono::seconds(1704067200));
  user.user_status = UserStatusType::kResetRequired;
  EXPECT_EQ(Print(user),
            R"({Username: "alice", UserAttributes: [{Name: "email", Value: "alice@example.com"}], )"
            R"(UserCreateDate: 2024-01-01T00:00:00Z, UserStatus: RESET_REQUIRED})");
  EXPECT_EQ(Print(AdminResetUserPasswordResponse{}), "{}");
}

}  // namespace
}  // namespace cognito_fake
