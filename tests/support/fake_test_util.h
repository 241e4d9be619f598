#ifndef COGNITO_FAKE_TESTS_SUPPORT_FAKE_TEST_UTIL_H_
#define COGNITO_FAKE_TESTS_SUPPORT_FAKE_TEST_UTIL_H_

// Shared set-up for the FakeIdentityProvider tests: a fixture with one ready
// pool and client, short-hand calls for the operations most tests make, and
// EXPECT_STATUS for "this exact AWS error with this exact message".

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/srp_client.h>
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <utility>

namespace cognito_fake {
namespace testing_util {

// The status of a Status or StatusOr<T>.
inline const Status& StatusOf(const Status& status) { return status; }
template <typename T>
const Status& StatusOf(const StatusOr<T>& result) {
  return result.status();
}

template <typename Result>
::testing::AssertionResult IsOk(const char* expr_text, const Result& result) {
  const Status& status = StatusOf(result);
  if (status.ok()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << expr_text << " is " << status << ", expected OK";
}

template <typename Result>
::testing::AssertionResult HasStatus(const char* expr_text, const char*, const char*,
                                     const Result& result, ErrorCode code,
                                     const std::string& message) {
  const Status& status = StatusOf(result);
  if (status.code() == code && status.message() == message) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << expr_text << "\n      is: " << status << "\nexpected: " << Status(code, message);
}

}  // namespace testing_util
}  // namespace cognito_fake

// Expects `expr` (Status or StatusOr, evaluated once) to fail with
// `expected_code` and exactly `expected_message`. Accepts `<< "context"`.
#define EXPECT_STATUS(expr, expected_code, expected_message)                        \
  EXPECT_PRED_FORMAT3(::cognito_fake::testing_util::HasStatus, expr, expected_code, \
                      expected_message)

// Expects `expr` (Status or StatusOr, evaluated once) to be OK.
#define EXPECT_OK(expr) EXPECT_PRED_FORMAT1(::cognito_fake::testing_util::IsOk, expr)
#define ASSERT_OK(expr) ASSERT_PRED_FORMAT1(::cognito_fake::testing_util::IsOk, expr)

namespace cognito_fake {

// A pool and the default test client in `fake`, the pool made from
// `request` (by default the default test pool), with alice: CONFIRMED,
// password "Passw0rd!", verified email alice@example.com.
inline TestPool PoolWithAlice(
    FakeIdentityProvider& fake,
    CreateUserPoolRequest request = FakeIdentityProvider::DefaultTestPoolRequest()) {
  TestPool pool = fake.CreateUserPoolForTest(std::move(request)).value();
  fake.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  return pool;
}

// PoolWithAlice, in a pool whose users may sign in with a verified email as
// an alias.
inline TestPool EmailAliasPoolWithAlice(FakeIdentityProvider& fake) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.alias_attributes = {AliasAttributeType::kEmail};
  return PoolWithAlice(fake, std::move(request));
}

// A fake (seed 1) with one default test pool and client, and alice: a
// CONFIRMED user with password "Passw0rd!" and verified email
// alice@example.com.
class FakeTest : public ::testing::Test {
 protected:
  static constexpr const char* kPassword = "Passw0rd!";
  static constexpr const char* kNewPassword = "N3w-Passw0rd!";

  FakeTest() = default;
  // A fixture whose fake has `options` instead of DefaultOptions().
  explicit FakeTest(FakeOptions options) : fake_(std::move(options)) {}
  static FakeOptions DefaultOptions() {
    return FakeOptions().WithSeed(1).WithStartTime(FakeClock::DefaultStart());
  }

  void SetUp() override { pool_ = PoolWithAlice(fake_); }

  // A second pool/client made from the given requests.
  TestPool MakePool(
      CreateUserPoolRequest pool = FakeIdentityProvider::DefaultTestPoolRequest(),
      CreateUserPoolClientRequest client = FakeIdentityProvider::DefaultTestClientRequest()) {
    return fake_.CreateUserPoolForTest(std::move(pool), std::move(client)).value();
  }

  // A second pool whose account recovery setting is `setting` (none: the
  // legacy behaviour of pools made without one).
  TestPool PoolWithRecovery(std::optional<AccountRecoverySettingType> setting) {
    auto request = FakeIdentityProvider::DefaultTestPoolRequest();
    request.account_recovery_setting = std::move(setting);
    return MakePool(request);
  }

  // A second pool that remembers `size` passwords (minimum length 8), with
  // the user "hal" (hal@example.com) whose first password is "first-password".
  TestPool PoolWithPasswordHistory(int size) {
    auto request = FakeIdentityProvider::DefaultTestPoolRequest();
    request.policies = UserPoolPolicyType{PasswordPolicyType{}};
    request.policies->password_policy->minimum_length = 8;
    request.policies->password_policy->password_history_size = size;
    TestPool pool = MakePool(request);
    fake_.AddConfirmedUser(pool, "hal", "first-password", {{"email", "hal@example.com"}}).value();
    return pool;
  }

  StatusOr<AdminResetUserPasswordResponse> AdminReset(const std::string& username,
                                                      ClientMetadataType metadata = {}) {
    return fake_.AdminResetUserPassword({pool_.user_pool_id, username, std::move(metadata)});
  }
  StatusOr<ForgotPasswordResponse> Forgot(const std::string& username,
                                          const TestPool* pool = nullptr) {
    ForgotPasswordRequest request;
    request.client_id = (pool ? *pool : pool_).client_id;
    request.username = username;
    return fake_.ForgotPassword(request);
  }
  StatusOr<ConfirmForgotPasswordResponse> ConfirmForgot(const std::string& username,
                                                        const std::string& code,
                                                        const std::string& password,
                                                        const TestPool* pool = nullptr) {
    ConfirmForgotPasswordRequest request;
    request.client_id = (pool ? *pool : pool_).client_id;
    request.username = username;
    request.confirmation_code = code;
    request.password = password;
    return fake_.ConfirmForgotPassword(request);
  }
  StatusOr<AuthenticationResultType> SignIn(const std::string& username,
                                            const std::string& password) {
    return fake_.SignIn(pool_, username, password);
  }
  // The code an authenticator app shows for `secret` (a SecretCode) at the
  // fake's time plus `seconds_from_now`.
  std::string TotpCode(const std::string& secret, int seconds_from_now = 0) {
    return fake_.SoftwareTokenCode(secret, seconds_from_now).value_or("");
  }
  // A six-digit code that none of the steps the fake accepts now (the
  // current one and one either side) shows for `secret`.
  std::string WrongTotpCode(const std::string& secret) {
    for (const char* candidate : {"000000", "111111", "222222", "333333"}) {
      if (candidate != TotpCode(secret, -30) && candidate != TotpCode(secret) &&
          candidate != TotpCode(secret, 30)) {
        return candidate;
      }
    }
    return "444444";
  }
  // InitiateAuth's USER_PASSWORD_AUTH request for `username` and `password`
  // through the test client (or `pool`'s).
  InitiateAuthRequest PasswordAuthRequest(const std::string& username, const std::string& password,
                                          const TestPool* pool = nullptr) {
    InitiateAuthRequest request;
    request.client_id = (pool ? *pool : pool_).client_id;
    request.auth_flow = AuthFlowType::kUserPasswordAuth;
    request.auth_parameters = {{"USERNAME", username}, {"PASSWORD", password}};
    return request;
  }
  // AdminInitiateAuth's request for `username` and `password` with `flow`
  // in the test pool (or `pool`).
  AdminInitiateAuthRequest AdminAuthRequest(
      const std::string& username, const std::string& password,
      AuthFlowType flow = AuthFlowType::kAdminUserPasswordAuth, const TestPool* pool = nullptr) {
    AdminInitiateAuthRequest request;
    request.user_pool_id = (pool ? *pool : pool_).user_pool_id;
    request.client_id = (pool ? *pool : pool_).client_id;
    request.auth_flow = flow;
    request.auth_parameters = {{"USERNAME", username}, {"PASSWORD", password}};
    return request;
  }
  // RespondToAuthChallenge's answer to the NEW_PASSWORD_REQUIRED challenge
  // that signing `username` in with `temporary_password` (USER_PASSWORD_AUTH,
  // through the test client or `pool`'s) starts: its session, USERNAME,
  // NEW_PASSWORD kNewPassword and `responses` besides.
  RespondToAuthChallengeRequest NewPasswordAnswer(const std::string& username,
                                                  const std::string& temporary_password,
                                                  std::map<std::string, std::string> responses,
                                                  const TestPool* pool = nullptr) {
    auto started = fake_.InitiateAuth(PasswordAuthRequest(username, temporary_password, pool));
    RespondToAuthChallengeRequest respond;
    respond.client_id = (pool ? *pool : pool_).client_id;
    respond.session = started.ok() ? started->session : std::nullopt;
    respond.challenge_responses = std::move(responses);
    respond.challenge_responses.emplace("USERNAME", username);
    respond.challenge_responses.emplace("NEW_PASSWORD", kNewPassword);
    return respond;
  }
  // InitiateAuth's USER_SRP_AUTH request for `username` through the test
  // client, with `srp`'s SRP_A.
  InitiateAuthRequest SrpStartRequest(const SrpClient& srp, const std::string& username) {
    InitiateAuthRequest request;
    request.auth_flow = AuthFlowType::kUserSrpAuth;
    request.client_id = pool_.client_id;
    request.auth_parameters = {{"USERNAME", username}, {"SRP_A", srp.srp_a()}};
    return request;
  }
  // RespondToAuthChallenge's PASSWORD_VERIFIER answer, through the test
  // client, to the challenge `srp` started (SrpStartRequest), proving
  // `password` at `now`.
  RespondToAuthChallengeRequest SrpAnswerRequest(const SrpClient& srp,
                                                 const InitiateAuthResponse& challenge,
                                                 const std::string& password, Timestamp now) {
    RespondToAuthChallengeRequest request;
    request.client_id = pool_.client_id;
    request.challenge_name = ChallengeNameType::kPasswordVerifier;
    request.challenge_responses =
        srp.PasswordVerifierResponses(challenge.challenge_parameters, password, now).value();
    return request;
  }
  StatusOr<AdminInitiateAuthResponse> AdminSignIn(const std::string& username,
                                                  const std::string& password) {
    return fake_.AdminInitiateAuth(AdminAuthRequest(username, password));
  }
  // SignUp of `username` with `email` and kPassword through the test client.
  StatusOr<SignUpResponse> SignUpUser(const std::string& username, const std::string& email) {
    SignUpRequest request;
    request.client_id = pool_.client_id;
    request.username = username;
    request.password = kPassword;
    request.user_attributes = {{"email", email}};
    return fake_.SignUp(request);
  }
  // AdminCreateUser of `username` with `email`, inviting by email with
  // `temporary_password` (or a generated one).
  StatusOr<AdminCreateUserResponse> InviteByEmail(
      const std::string& username, const std::string& email,
      std::optional<std::string> temporary_password = {}) {
    AdminCreateUserRequest request;
    request.user_pool_id = pool_.user_pool_id;
    request.username = username;
    request.temporary_password = std::move(temporary_password);
    request.user_attributes = {{"email", email}};
    request.desired_delivery_mediums = {DeliveryMediumType::kEmail};
    return fake_.AdminCreateUser(request);
  }
  // AdminCreateUser of `username` with `attributes` in the test pool (or
  // `pool`), sending no invitation (MessageAction SUPPRESS), with
  // `temporary_password` (or a generated one): a FORCE_CHANGE_PASSWORD user.
  StatusOr<AdminCreateUserResponse> CreateUninvited(
      const std::string& username, AttributeListType attributes,
      std::optional<std::string> temporary_password = {}, const TestPool* pool = nullptr) {
    AdminCreateUserRequest request;
    request.user_pool_id = (pool ? *pool : pool_).user_pool_id;
    request.username = username;
    request.user_attributes = std::move(attributes);
    request.temporary_password = std::move(temporary_password);
    request.message_action = MessageActionType::kSuppress;
    return fake_.AdminCreateUser(request);
  }
  UserStatusType StatusOfUser(const std::string& username, const TestPool* pool = nullptr) {
    return *fake_.AdminGetUser({(pool ? *pool : pool_).user_pool_id, username}).value().user_status;
  }
  std::string LastCode(const std::string& username, const TestPool* pool = nullptr) {
    return fake_.LastCodeFor((pool ? *pool : pool_).user_pool_id, username).value_or("<none>");
  }
  // A six-digit code that is not `code`.
  static std::string OtherCode(const std::string& code) {
    return code == "000000" ? "111111" : "000000";
  }

  FakeIdentityProvider fake_{DefaultOptions()};
  TestPool pool_;
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_TESTS_SUPPORT_FAKE_TEST_UTIL_H_
