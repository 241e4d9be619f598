// The whole password-reset lifecycle, end to end, as an application drives it.

#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;

using ResetFlow = FakeTest;

TEST_F(ResetFlow, AdminResetThenForgotPasswordThenConfirmRestoresSignIn) {
  ASSERT_OK(SignIn("alice", kPassword));

  ASSERT_OK(AdminReset("alice", {{"source", "support-console"}}));
  const std::string admin_code = LastCode("alice");

  // Every sign-in path is refused, with the old password and a wrong one.
  EXPECT_STATUS(SignIn("alice", kPassword), ErrorCode::kPasswordResetRequired,
                "Password reset required for the user");
  EXPECT_STATUS(SignIn("alice", "Wr0ng-password"), ErrorCode::kPasswordResetRequired,
                "Password reset required for the user");
  EXPECT_STATUS(AdminSignIn("alice", kPassword), ErrorCode::kPasswordResetRequired,
                "Password reset required for the user");
  EXPECT_STATUS(AdminSignIn("alice", "Wr0ng-password"), ErrorCode::kPasswordResetRequired,
                "Password reset required for the user");

  // The user asks for a code of their own; it replaces the admin one.
  auto forgot = Forgot("alice");
  ASSERT_OK(forgot);
  ASSERT_TRUE(forgot->code_delivery_details.has_value());
  EXPECT_EQ(forgot->code_delivery_details->destination, "a***@e***");
  EXPECT_EQ(forgot->code_delivery_details->delivery_medium, DeliveryMediumType::kEmail);
  EXPECT_EQ(forgot->code_delivery_details->attribute_name, "email");
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kResetRequired);
  const std::string code = LastCode("alice");
  ASSERT_NE(code, admin_code);

  ASSERT_OK(ConfirmForgot("alice", code, kNewPassword));
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kConfirmed);

  EXPECT_OK(SignIn("alice", kNewPassword));
  EXPECT_STATUS(SignIn("alice", kPassword), ErrorCode::kNotAuthorized,
                "Incorrect username or password.");
  // Both codes are dead.
  EXPECT_STATUS(ConfirmForgot("alice", code, "An0ther-Passw0rd!"), ErrorCode::kExpiredCode,
                "Invalid code provided, please request a code again.");
  EXPECT_STATUS(ConfirmForgot("alice", admin_code, "An0ther-Passw0rd!"), ErrorCode::kExpiredCode,
                "Invalid code provided, please request a code again.");
}

TEST_F(ResetFlow, TheCodeFromTheAdminResetMessageCompletesTheResetDirectly) {
  ASSERT_OK(AdminReset("alice"));
  ASSERT_OK(ConfirmForgot("alice", LastCode("alice"), kNewPassword));
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kConfirmed);
  EXPECT_OK(SignIn("alice", kNewPassword));
}

TEST_F(ResetFlow, SelfServiceForgotPasswordKeepsTheOldPasswordWorkingUntilConfirmed) {
  ASSERT_OK(Forgot("alice"));
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kConfirmed);
  EXPECT_OK(SignIn("alice", kPassword));
  ASSERT_OK(ConfirmForgot("alice", LastCode("alice"), kNewPassword));
  EXPECT_STATUS(SignIn("alice", kPassword), ErrorCode::kNotAuthorized,
                "Incorrect username or password.");
  EXPECT_OK(SignIn("alice", kNewPassword));
}

TEST_F(ResetFlow, TheCodeExpiresAfterOneHourOnTheFakeClock) {
  ASSERT_OK(AdminReset("alice"));
  const std::string code = LastCode("alice");
  fake_.clock().Advance(std::chrono::minutes(59));
  EXPECT_STATUS(ConfirmForgot("alice", OtherCode(code), kNewPassword), ErrorCode::kCodeMismatch,
                "Invalid verification code provided, please try again.");
  fake_.clock().Advance(std::chrono::minutes(1));
  EXPECT_STATUS(ConfirmForgot("alice", code, kNewPassword), ErrorCode::kExpiredCode,
                "Invalid code provided, please request a code again.");
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kResetRequired);
  // A new code works.
  ASSERT_OK(Forgot("alice"));
  EXPECT_OK(ConfirmForgot("alice", LastCode("alice"), kNewPassword));
}

TEST_F(ResetFlow, ForceChangePasswordUserAnswersNewPasswordRequired) {
  ASSERT_OK(CreateUninvited("nina", {{"email", "nina@example.com"}, {"email_verified", "true"}},
                            "Temp0rary!"));

  auto challenge = fake_.InitiateAuth(PasswordAuthRequest("nina", "Temp0rary!"));
  ASSERT_OK(challenge);
  EXPECT_EQ(challenge->challenge_name, ChallengeNameType::kNewPasswordRequired);
  ASSERT_TRUE(challenge->session.has_value());
  EXPECT_FALSE(challenge->authentication_result.has_value());
  EXPECT_EQ(challenge->challenge_parameters.at("USER_ID_FOR_SRP"), "nina");
  EXPECT_EQ(challenge->challenge_parameters.at("requiredAttributes"), "[]");
  EXPECT_EQ(challenge->challenge_parameters.at("userAttributes"),
            R"({"email":"nina@example.com"})");

  RespondToAuthChallengeRequest respond;
  respond.client_id = pool_.client_id;
  respond.challenge_name = ChallengeNameType::kNewPasswordRequired;
  respond.session = challenge->session;
  respond.challenge_responses = {{"USERNAME", "nina"}, {"NEW_PASSWORD", "weak"}};
  EXPECT_STATUS(fake_.RespondToAuthChallenge(respond), ErrorCode::kInvalidPassword,
                "Password does not conform to policy: Password not long enough");
  respond.challenge_responses["NEW_PASSWORD"] = kNewPassword;
  auto tokens = fake_.RespondToAuthChallenge(respond);
  ASSERT_OK(tokens);
  ASSERT_TRUE(tokens->authentication_result.has_value());
  EXPECT_TRUE(tokens->authentication_result->access_token.has_value());
  EXPECT_EQ(StatusOfUser("nina"), UserStatusType::kConfirmed);
  EXPECT_STATUS(fake_.RespondToAuthChallenge(respond), ErrorCode::kNotAuthorized,
                "Invalid session for the user, session can only be used once.");
  EXPECT_OK(SignIn("nina", kNewPassword));
}

TEST_F(ResetFlow, AdminSetUserPasswordEndsAResetToo) {
  ASSERT_OK(AdminReset("alice"));
  ASSERT_OK(fake_.AdminSetUserPassword({pool_.user_pool_id, "alice", kNewPassword, true}));
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kConfirmed);
  EXPECT_OK(SignIn("alice", kNewPassword));
}

TEST_F(ResetFlow, ASnapshotKeepsItsOwnCopyOfAUsersCodesAndLimits) {
  // A user's codes and hourly limits live apart from the user (allocated
  // on first use); a snapshot must still copy them, not share them.
  ASSERT_THAT(Forgot("alice"), IsOk());
  const std::string code = *fake_.LastCodeFor(pool_.user_pool_id, "alice");
  const FakeSnapshot snapshot = fake_.Snapshot();
  EXPECT_THAT(ConfirmForgot("alice", code, kNewPassword), IsOk());
  EXPECT_THAT(ConfirmForgot("alice", code, kNewPassword), StatusIs(ErrorCode::kExpiredCode))
      << "a used code is spent";
  fake_.Restore(snapshot);
  EXPECT_THAT(ConfirmForgot("alice", code, kNewPassword), IsOk())
      << "the snapshot's code is outstanding again";
  for (int i = 0; i < 4; ++i) ASSERT_THAT(Forgot("alice"), IsOk()) << i;
  EXPECT_THAT(Forgot("alice"), StatusIs(ErrorCode::kLimitExceeded)) << "five requests an hour";
  fake_.Restore(snapshot);
  EXPECT_THAT(Forgot("alice"), IsOk()) << "the snapshot had used one of the five";
}

}  // namespace
}  // namespace cognito_fake
