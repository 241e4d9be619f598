// What the fake forgets, and that forgetting changes no answer
// (docs/fidelity.md, "What the fake forgets"). Each scenario runs twice:
// with FakeOptions::forget_expired_records on (the default) and off. Both
// runs must give every call the same answer; only the on run's records
// disappear at the end of their lifetime.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/srp_client.h>
#include <cognito_fake/testing/matchers.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;
using ::testing::Optional;

constexpr char kSessionExpired[] = "Invalid session for the user, session is expired.";
constexpr char kTemporaryPassword[] = "Temp-Passw0rd!";

// The status of a call's result.
template <typename T>
Status StatusOfResult(const StatusOr<T>& result) {
  return result.status();
}

class Sweep : public FakeTest, public ::testing::WithParamInterface<bool> {
 protected:
  Sweep() : FakeTest(OptionsFor(GetParam())) {}
  static FakeOptions OptionsFor(bool forget) {
    FakeOptions options = DefaultOptions();
    options.forget_expired_records = forget;
    return options;
  }
  bool forgets() const { return GetParam(); }

  // What Retained() should count of a record kind: `live` while the fake
  // keeps records, 0 once they ended if it forgets them.
  std::size_t Expected(std::size_t kept) const { return forgets() ? 0 : kept; }

  // Moves the clock and sweeps what ended, as the server's clock route does.
  void AdvanceAndSweep(std::chrono::seconds by) {
    fake_.clock().Advance(by);
    fake_.SweepExpired();
  }

  // RespondToAuthChallenge's answer to a NEW_PASSWORD_REQUIRED `session`
  // of `username`.
  StatusOr<RespondToAuthChallengeResponse> AnswerNewPassword(
      const std::string& username, const std::optional<std::string>& session) {
    RespondToAuthChallengeRequest request;
    request.client_id = pool_.client_id;
    request.challenge_name = ChallengeNameType::kNewPasswordRequired;
    request.session = session;
    request.challenge_responses = {{"USERNAME", username}, {"NEW_PASSWORD", kNewPassword}};
    return fake_.RespondToAuthChallenge(request);
  }

  // An app client of the test pool besides pool_'s.
  std::string OtherClient() {
    CreateUserPoolClientRequest request = FakeIdentityProvider::DefaultTestClientRequest();
    request.user_pool_id = pool_.user_pool_id;
    request.client_name = "other";
    return fake_.CreateUserPoolClient(request).value().user_pool_client->client_id.value();
  }

  StatusOr<InitiateAuthResponse> Refresh(const std::string& client_id,
                                         const std::string& refresh_token) {
    InitiateAuthRequest request;
    request.client_id = client_id;
    request.auth_flow = AuthFlowType::kRefreshTokenAuth;
    request.auth_parameters = {{"REFRESH_TOKEN", refresh_token}};
    return fake_.InitiateAuth(request);
  }

  StatusOr<RevokeTokenResponse> Revoke(const std::string& client_id, const std::string& token) {
    return fake_.RevokeToken({token, client_id, std::nullopt});
  }
};

INSTANTIATE_TEST_SUITE_P(ForgettingOnAndOff, Sweep, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& info) {
                           return info.param ? "Forgets" : "KeepsEverything";
                         });

TEST_P(Sweep, AChallengeSessionIsAnsweredExpiredBeforeAndAfterItIsForgotten) {
  ASSERT_THAT(CreateUninvited("tom", {{"email", "tom@example.com"}}, kTemporaryPassword), IsOk());
  ASSERT_THAT(CreateUninvited("uma", {{"email", "uma@example.com"}}, kTemporaryPassword), IsOk());
  auto used = fake_.InitiateAuth(PasswordAuthRequest("tom", kTemporaryPassword));
  auto unused = fake_.InitiateAuth(PasswordAuthRequest("uma", kTemporaryPassword));
  ASSERT_THAT(used, IsOk());
  ASSERT_THAT(unused, IsOk());
  ASSERT_THAT(AnswerNewPassword("tom", used->session), IsOk());
  EXPECT_THAT(AnswerNewPassword("tom", used->session),
              StatusIs(ErrorCode::kNotAuthorized,
                       "Invalid session for the user, session can only be used once."));
  EXPECT_EQ(fake_.Retained().challenge_sessions, 2u);

  // Three minutes (the client's AuthSessionValidity) later both are
  // expired, used or not. (With forgetting on, this call has already swept
  // them before its own work; the run that keeps everything answers from
  // the records.)
  fake_.clock().Advance(std::chrono::minutes(3));
  EXPECT_THAT(AnswerNewPassword("uma", unused->session),
              StatusIs(ErrorCode::kNotAuthorized, kSessionExpired));
  fake_.SweepExpired();
  EXPECT_EQ(fake_.Retained().challenge_sessions, Expected(2));
  EXPECT_THAT(AnswerNewPassword("tom", used->session),
              StatusIs(ErrorCode::kNotAuthorized, kSessionExpired));
  EXPECT_THAT(AnswerNewPassword("uma", unused->session),
              StatusIs(ErrorCode::kNotAuthorized, kSessionExpired));
  // Through another client or in another pool it was never a session.
  const TestPool other = MakePool();
  RespondToAuthChallengeRequest elsewhere;
  elsewhere.client_id = other.client_id;
  elsewhere.challenge_name = ChallengeNameType::kNewPasswordRequired;
  elsewhere.session = unused->session;
  elsewhere.challenge_responses = {{"USERNAME", "uma"}, {"NEW_PASSWORD", kNewPassword}};
  EXPECT_THAT(fake_.RespondToAuthChallenge(elsewhere),
              StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user."));
}

TEST_P(Sweep, AnMfaSetupSessionIsAnsweredExpiredAfterItIsForgotten) {
  SetUserPoolMfaConfigRequest config;
  config.user_pool_id = pool_.user_pool_id;
  config.mfa_configuration = UserPoolMfaType::kOn;
  config.software_token_mfa_configuration = SoftwareTokenMfaConfigType{true};
  ASSERT_THAT(fake_.SetUserPoolMfaConfig(config), IsOk());
  auto started = fake_.InitiateAuth(PasswordAuthRequest("alice", kPassword));
  ASSERT_THAT(started, IsOk());
  ASSERT_THAT(started->challenge_name, Optional(ChallengeNameType::kMfaSetup));

  AdvanceAndSweep(std::chrono::minutes(3));
  EXPECT_EQ(fake_.Retained().challenge_sessions, Expected(1));
  EXPECT_THAT(fake_.AssociateSoftwareToken({std::nullopt, started->session}),
              StatusIs(ErrorCode::kNotAuthorized, kSessionExpired));
}

TEST_P(Sweep, AnSrpSecretBlockIsAWrongProofBeforeAndAfterItIsForgotten) {
  SrpClient srp(pool_.user_pool_id);
  auto challenge = fake_.InitiateAuth(SrpStartRequest(srp, "alice"));
  ASSERT_THAT(challenge, IsOk());
  EXPECT_EQ(fake_.Retained().challenge_sessions, 1u);

  // Five minutes (FakeLimits::srp_answer_window) later.
  AdvanceAndSweep(std::chrono::minutes(5));
  EXPECT_EQ(fake_.Retained().challenge_sessions, Expected(1));
  EXPECT_THAT(fake_.RespondToAuthChallenge(
                  SrpAnswerRequest(srp, *challenge, kPassword, fake_.clock().Now())),
              StatusIs(ErrorCode::kNotAuthorized, "Incorrect username or password."));
}

TEST_P(Sweep, ASignInsTokensGetTheSameAnswersBeforeAndAfterItIsForgotten) {
  const std::string other_client = OtherClient();
  auto tokens = SignIn("alice", kPassword);
  ASSERT_THAT(tokens, IsOk());
  const std::string refresh_token = tokens->refresh_token.value();
  const std::string access_token = tokens->access_token.value();
  EXPECT_EQ(fake_.Retained().sign_ins, 1u);

  // What every token answers once the refresh token (30 days, the default)
  // has expired.
  const auto answers = [&] {
    return std::vector<Status>{StatusOfResult(Refresh(pool_.client_id, refresh_token)),
                               StatusOfResult(Refresh(other_client, refresh_token)),
                               StatusOfResult(fake_.GetUser({access_token})),
                               StatusOfResult(Revoke(other_client, refresh_token))};
  };
  fake_.clock().Advance(std::chrono::hours(24) * 30);
  const std::vector<Status> before = answers();
  EXPECT_THAT(before[0], StatusIs(ErrorCode::kNotAuthorized, "Refresh Token has expired"));
  EXPECT_THAT(before[1], StatusIs(ErrorCode::kNotAuthorized, "Refresh Token has different Client"));
  EXPECT_THAT(before[2], StatusIs(ErrorCode::kNotAuthorized, "Access Token has expired"));
  EXPECT_EQ(before[3].code(), ErrorCode::kUnauthorized);

  // A day later (the longest an ID or access token lives) the sign-in ends.
  AdvanceAndSweep(std::chrono::hours(24));
  EXPECT_EQ(fake_.Retained().sign_ins, Expected(1));
  EXPECT_EQ(answers(), before);
  EXPECT_THAT(Revoke(pool_.client_id, refresh_token), IsOk());
  EXPECT_THAT(Refresh(pool_.client_id, refresh_token),
              StatusIs(ErrorCode::kNotAuthorized, "Refresh Token has expired"));
}

TEST_P(Sweep, ARefreshTokenOfADeletedClientStaysInvalidAfterItsSignInIsForgotten) {
  const TestPool other = MakePool();
  ASSERT_THAT(fake_.AddConfirmedUser(other, "alice", kPassword, {}), IsOk());
  auto tokens = fake_.SignIn(other, "alice", kPassword);
  ASSERT_THAT(tokens, IsOk());
  const std::string second_client = [&] {
    CreateUserPoolClientRequest request = FakeIdentityProvider::DefaultTestClientRequest();
    request.user_pool_id = other.user_pool_id;
    request.client_name = "second";
    return fake_.CreateUserPoolClient(request).value().user_pool_client->client_id.value();
  }();
  ASSERT_THAT(fake_.DeleteUserPoolClient({other.user_pool_id, other.client_id}), IsOk());
  AdvanceAndSweep(std::chrono::hours(24) * 32);
  EXPECT_THAT(Refresh(second_client, tokens->refresh_token.value()),
              StatusIs(ErrorCode::kNotAuthorized, "Invalid Refresh Token."));
  EXPECT_THAT(Revoke(second_client, tokens->refresh_token.value()), IsOk());
}

TEST_P(Sweep, AnExpiredResetCodeAndItsWrongAttemptsAreForgottenWithoutChangingAnswers) {
  ASSERT_THAT(Forgot("alice"), IsOk());
  const std::string code = LastCode("alice");
  for (int i = 0; i < 5; ++i) {
    EXPECT_THAT(ConfirmForgot("alice", OtherCode(code), kNewPassword),
                StatusIs(ErrorCode::kCodeMismatch,
                         "Invalid verification code provided, please try again."));
  }
  EXPECT_THAT(
      ConfirmForgot("alice", code, kNewPassword),
      StatusIs(ErrorCode::kLimitExceeded, "Attempt limit exceeded, please try after some time."));
  EXPECT_EQ(fake_.Retained().users_with_activity, 1u);

  // An hour later the code has expired and the wrong attempts left their
  // window: the right code is refused as expired, the wrong-code limit
  // counts from zero again.
  AdvanceAndSweep(std::chrono::hours(1));
  EXPECT_EQ(fake_.Retained().users_with_activity, Expected(1));
  EXPECT_THAT(
      ConfirmForgot("alice", code, kNewPassword),
      StatusIs(ErrorCode::kExpiredCode, "Invalid code provided, please request a code again."));
  for (int i = 0; i < 5; ++i) {
    EXPECT_THAT(Forgot("alice"), IsOk()) << "request " << i;
  }
  EXPECT_THAT(Forgot("alice"), StatusIs(ErrorCode::kLimitExceeded,
                                        "Attempt limit exceeded, please try after some time."));
  EXPECT_THAT(ConfirmForgot("alice", LastCode("alice"), kNewPassword), IsOk());
}

TEST_P(Sweep, AForgottenLockoutLetsTheRightPasswordInAsBefore) {
  for (int i = 0; i < 5; ++i) {
    EXPECT_THAT(SignIn("alice", "wrong"),
                StatusIs(ErrorCode::kNotAuthorized, "Incorrect username or password."));
  }
  EXPECT_THAT(SignIn("alice", kPassword),
              StatusIs(ErrorCode::kNotAuthorized, "Password attempts exceeded"));
  AdvanceAndSweep(std::chrono::minutes(15));
  EXPECT_EQ(fake_.Retained().users_with_activity, Expected(1));
  EXPECT_THAT(SignIn("alice", kPassword), IsOk());
}

TEST_P(Sweep, ARecordThatOutlivesItsFirstSweepIsSweptWhenItsLastPartEnds) {
  // A lockout (15 minutes) and a reset code (an hour) in one record.
  EXPECT_THAT(SignIn("alice", "wrong"),
              StatusIs(ErrorCode::kNotAuthorized, "Incorrect username or password."));
  ASSERT_THAT(Forgot("alice"), IsOk());
  const std::string code = LastCode("alice");
  AdvanceAndSweep(std::chrono::minutes(15));
  EXPECT_EQ(fake_.Retained().users_with_activity, 1u) << "the code is still live";
  AdvanceAndSweep(std::chrono::minutes(44));
  EXPECT_EQ(fake_.Retained().users_with_activity, 1u);
  AdvanceAndSweep(std::chrono::minutes(1));
  EXPECT_EQ(fake_.Retained().users_with_activity, Expected(1));
  EXPECT_THAT(
      ConfirmForgot("alice", code, kNewPassword),
      StatusIs(ErrorCode::kExpiredCode, "Invalid code provided, please request a code again."));
}

TEST_P(Sweep, AUserMadeAgainUnderTheSameNameStartsWithNothingAndIsSweptOnItsOwn) {
  ASSERT_THAT(Forgot("alice"), IsOk());
  const std::string code = LastCode("alice");
  ASSERT_THAT(fake_.AdminDeleteUser({pool_.user_pool_id, "alice"}), IsOk());
  ASSERT_THAT(fake_.AddConfirmedUser(pool_, "alice", kPassword, {{"email", "alice@example.com"}}),
              IsOk());
  EXPECT_THAT(
      ConfirmForgot("alice", code, kNewPassword),
      StatusIs(ErrorCode::kExpiredCode, "Invalid code provided, please request a code again."));
  EXPECT_THAT(SignIn("alice", "wrong"),
              StatusIs(ErrorCode::kNotAuthorized, "Incorrect username or password."));
  AdvanceAndSweep(std::chrono::hours(1));
  EXPECT_EQ(fake_.Retained().users_with_activity, Expected(1));
  EXPECT_EQ(fake_.Retained().scheduled_sweeps, 0u);
}

TEST_P(Sweep, ALambdaTriggerMayCountAndSweepWithoutDeadlock) {
  RetainedRecords seen;
  ASSERT_THAT(fake_.SetTrigger(pool_.user_pool_id, TriggerType::kCustomMessage,
                               [this, &seen](const std::string& event) {
                                 fake_.SweepExpired();  // does nothing inside an operation
                                 seen = fake_.Retained();
                                 return event;
                               }),
              IsOk());
  ASSERT_THAT(SignIn("alice", kPassword), IsOk());
  ASSERT_THAT(Forgot("alice"), IsOk());
  EXPECT_EQ(seen.sign_ins, 1u);
}

TEST_P(Sweep, AnExpiredAttributeCodeIsNoCodeForAnyAttribute) {
  auto tokens = SignIn("alice", kPassword);
  ASSERT_THAT(tokens, IsOk());
  UpdateUserAttributesRequest update;
  update.access_token = tokens->access_token.value();
  update.user_attributes = {{"email", "alice@example.org"}};
  ASSERT_THAT(fake_.UpdateUserAttributes(update), IsOk());
  const std::string code = LastCode("alice");
  AdvanceAndSweep(std::chrono::hours(24));
  EXPECT_EQ(fake_.Retained().users_with_activity, Expected(1));
  auto again = SignIn("alice", kPassword);
  ASSERT_THAT(again, IsOk());
  for (const char* attribute : {"email", "phone_number"}) {
    EXPECT_THAT(
        fake_.VerifyUserAttribute({again->access_token.value(), attribute, code}),
        StatusIs(ErrorCode::kExpiredCode, "Invalid code provided, please request a code again."))
        << attribute;
  }
}

TEST_P(Sweep, NothingIsScheduledWhenTheFakeKeepsEverything) {
  ASSERT_THAT(SignIn("alice", kPassword), IsOk());
  ASSERT_THAT(Forgot("alice"), IsOk());
  EXPECT_EQ(fake_.Retained().scheduled_sweeps, forgets() ? 2u : 0u);
}

using SweepAsItGoes = FakeTest;

TEST_F(SweepAsItGoes, EachOperationForgetsAFewEndedRecordsBeforeItsOwnWork) {
  for (int i = 0; i < 20; ++i) ASSERT_THAT(SignIn("alice", kPassword), IsOk());
  EXPECT_EQ(fake_.Retained().sign_ins, 20u);
  fake_.clock().Advance(std::chrono::hours(24) * 31);
  EXPECT_EQ(fake_.Retained().sign_ins, 20u) << "moving the clock alone sweeps nothing";
  ASSERT_THAT(fake_.ListUserPools({std::nullopt, 10}), IsOk());
  EXPECT_EQ(fake_.Retained().sign_ins, 12u);
  ASSERT_THAT(fake_.ListUserPools({std::nullopt, 10}), IsOk());
  ASSERT_THAT(fake_.ListUserPools({std::nullopt, 10}), IsOk());
  EXPECT_EQ(fake_.Retained().sign_ins, 0u);
  EXPECT_EQ(fake_.Retained().scheduled_sweeps, 0u);
}

TEST_F(SweepAsItGoes, ASnapshotRestoredIsSweptOnItsOwnSchedule) {
  ASSERT_THAT(SignIn("alice", kPassword), IsOk());
  const FakeSnapshot snapshot = fake_.Snapshot();
  fake_.clock().Advance(std::chrono::hours(24) * 31);
  fake_.SweepExpired();
  EXPECT_EQ(fake_.Retained().sign_ins, 0u);
  fake_.Restore(snapshot);
  EXPECT_EQ(fake_.Retained().sign_ins, 1u);
  fake_.clock().Advance(std::chrono::hours(24) * 31);
  fake_.SweepExpired();
  EXPECT_EQ(fake_.Retained().sign_ins, 0u);
}

}  // namespace
}  // namespace cognito_fake
