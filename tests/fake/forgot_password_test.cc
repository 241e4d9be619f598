// ForgotPassword and ConfirmForgotPassword: codes, limits, policy, history,
// client secrets and PreventUserExistenceErrors.

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ForgotPassword = FakeTest;
using ConfirmForgotPassword = FakeTest;
using PasswordHistory = FakeTest;

constexpr const char* kCodeMismatchMessage =
    "Invalid verification code provided, please try again.";
constexpr const char* kExpiredMessage = "Invalid code provided, please request a code again.";
constexpr const char* kLimitMessage = "Attempt limit exceeded, please try after some time.";

TestPool PoolWithPreventUserExistenceErrors(FakeIdentityProvider& fake) {
  auto client = FakeIdentityProvider::DefaultTestClientRequest();
  client.prevent_user_existence_errors = PreventUserExistenceErrorTypes::kEnabled;
  return fake.CreateUserPoolForTest(FakeIdentityProvider::DefaultTestPoolRequest(), client).value();
}

TEST_F(ForgotPassword, ReturnsMaskedDeliveryDetailsAndSendsTheCode) {
  auto response = Forgot("alice");
  ASSERT_OK(response);
  CodeDeliveryDetailsType expected;
  expected.destination = "a***@e***";
  expected.delivery_medium = DeliveryMediumType::kEmail;
  expected.attribute_name = "email";
  EXPECT_EQ(response->code_delivery_details, expected);
  auto message = fake_.outbox().Last().value();
  EXPECT_EQ(message.occasion, MessageOccasion::kForgotPassword);
  EXPECT_EQ(message.trigger_source, "CustomMessage_ForgotPassword");
  EXPECT_EQ(message.client_id, pool_.client_id);
  EXPECT_EQ(message.code_delivery_details, expected);
}

TEST_F(ForgotPassword, MasksPhoneNumbersKeepingTheLastFourDigits) {
  fake_.AddConfirmedUser(pool_, "bob", kPassword, {{"phone_number", "+15551234567"}}).value();
  auto response = Forgot("bob");
  ASSERT_OK(response);
  EXPECT_EQ(response->code_delivery_details->destination, "+*******4567");
  EXPECT_EQ(response->code_delivery_details->delivery_medium, DeliveryMediumType::kSms);
  EXPECT_EQ(response->code_delivery_details->attribute_name, "phone_number");
}

TEST_F(ForgotPassword, UnknownClientIsResourceNotFound) {
  ForgotPasswordRequest request;
  request.client_id = "doesnotexist1234";
  request.username = "alice";
  EXPECT_STATUS(fake_.ForgotPassword(request), ErrorCode::kResourceNotFound,
                "User pool client doesnotexist1234 does not exist.");
}

TEST_F(ForgotPassword, UnknownUserIsUserNotFoundUnderLegacy) {
  EXPECT_STATUS(Forgot("nobody"), ErrorCode::kUserNotFound,
                "Username/client id combination not found.");
}

TEST_F(ForgotPassword, UnknownUserGetsSimulatedDetailsWhenPreventUserExistenceErrorsIsEnabled) {
  TestPool pool = PoolWithPreventUserExistenceErrors(fake_);
  auto response = Forgot("nobody@example.org", &pool);
  ASSERT_OK(response);
  EXPECT_EQ(response->code_delivery_details->destination, "n***@e***");
  EXPECT_EQ(response->code_delivery_details->delivery_medium, DeliveryMediumType::kEmail);
  EXPECT_TRUE(fake_.outbox().empty()) << "nothing is sent for an unknown user";
  // The same answer every time.
  EXPECT_EQ(Forgot("nobody@example.org", &pool)->code_delivery_details,
            response->code_delivery_details);
}

TEST_F(ForgotPassword, DisabledUserIsNotAuthorizedUnderLegacyAndSimulatedWhenEnabled) {
  ASSERT_OK(fake_.AdminDisableUser({pool_.user_pool_id, "alice"}));
  EXPECT_STATUS(Forgot("alice"), ErrorCode::kNotAuthorized, "User is disabled.");

  TestPool pool = PoolWithPreventUserExistenceErrors(fake_);
  fake_.AddConfirmedUser(pool, "carl", kPassword, {{"email", "carl@example.com"}}).value();
  ASSERT_OK(fake_.AdminDisableUser({pool.user_pool_id, "carl"}));
  EXPECT_OK(Forgot("carl", &pool));
  EXPECT_TRUE(fake_.outbox().empty());
}

TEST_F(ForgotPassword, WithoutAVerifiedContactIsInvalidParameterUnderLegacy) {
  fake_
      .AddConfirmedUser(pool_, "dora", kPassword,
                        {{"email", "dora@example.com"}, {"email_verified", "false"}})
      .value();
  EXPECT_STATUS(Forgot("dora"), ErrorCode::kInvalidParameter,
                "Cannot reset password for the user as there is no registered/verified email or "
                "phone_number");
  EXPECT_TRUE(fake_.outbox().empty());
}

TEST_F(ForgotPassword, WithoutAVerifiedContactIsSimulatedWhenPreventUserExistenceErrorsIsEnabled) {
  TestPool pool = PoolWithPreventUserExistenceErrors(fake_);
  fake_
      .AddConfirmedUser(pool, "dora", kPassword,
                        {{"email", "dora@example.com"}, {"email_verified", "false"}})
      .value();
  EXPECT_OK(Forgot("dora", &pool));
  EXPECT_TRUE(fake_.outbox().empty());
}

TEST_F(ForgotPassword, ForceChangePasswordUserIsNotAuthorized) {
  ASSERT_OK(CreateUninvited("eve", {{"email", "eve@example.com"}, {"email_verified", "true"}}));
  EXPECT_STATUS(Forgot("eve"), ErrorCode::kNotAuthorized,
                "User password cannot be reset in the current state.");
}

TEST_F(ForgotPassword, AdminOnlyRecoveryIsNotAuthorized) {
  TestPool pool = PoolWithRecovery(
      AccountRecoverySettingType{{RecoveryOptionType{1, RecoveryOptionNameType::kAdminOnly}}});
  fake_.AddConfirmedUser(pool, "fay", kPassword, {{"email", "fay@example.com"}}).value();
  EXPECT_STATUS(Forgot("fay", &pool), ErrorCode::kNotAuthorized,
                "Contact administrator to reset password.");
}

TEST_F(ForgotPassword, TheSixthRequestWithinAnHourIsLimitExceeded) {
  for (int i = 0; i < 5; ++i) ASSERT_OK(Forgot("alice")) << "request " << i + 1;
  EXPECT_STATUS(Forgot("alice"), ErrorCode::kLimitExceeded, kLimitMessage);
  EXPECT_EQ(fake_.outbox().size(), 5u);
  fake_.clock().Advance(std::chrono::hours(1));
  EXPECT_OK(Forgot("alice"));
}

TEST(ForgotPasswordLimits, AreConfigurablePerFake) {
  FakeOptions options;
  options.limits.forgot_password_requests_per_hour = 2;
  FakeIdentityProvider fake(options);
  TestPool pool = PoolWithAlice(fake);
  ForgotPasswordRequest request;
  request.client_id = pool.client_id;
  request.username = "alice";
  ASSERT_OK(fake.ForgotPassword(request));
  ASSERT_OK(fake.ForgotPassword(request));
  EXPECT_STATUS(fake.ForgotPassword(request), ErrorCode::kLimitExceeded, kLimitMessage);
}

TEST_F(ForgotPassword, ANewerCodeReplacesTheOlderOne) {
  ASSERT_OK(Forgot("alice"));
  const std::string first = LastCode("alice");
  ASSERT_OK(Forgot("alice"));
  const std::string second = LastCode("alice");
  ASSERT_NE(first, second);
  EXPECT_STATUS(ConfirmForgot("alice", first, kNewPassword), ErrorCode::kCodeMismatch,
                kCodeMismatchMessage);
  EXPECT_OK(ConfirmForgot("alice", second, kNewPassword));
}

TEST_F(ForgotPassword, RequiresTheSecretHashWhenTheClientHasASecret) {
  auto client = FakeIdentityProvider::DefaultTestClientRequest();
  client.generate_secret = true;
  TestPool pool = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(), client);
  ASSERT_TRUE(pool.client_secret.has_value());
  fake_.AddConfirmedUser(pool, "gus", kPassword, {{"email", "gus@example.com"}}).value();

  ForgotPasswordRequest request;
  request.client_id = pool.client_id;
  request.username = "gus";
  EXPECT_STATUS(
      fake_.ForgotPassword(request), ErrorCode::kNotAuthorized,
      "Client " + pool.client_id + " is configured for secret but secret was not received");
  request.secret_hash = ComputeSecretHash(*pool.client_secret, "someone-else", pool.client_id);
  EXPECT_STATUS(fake_.ForgotPassword(request), ErrorCode::kNotAuthorized,
                "Unable to verify secret hash for client " + pool.client_id);
  EXPECT_TRUE(fake_.outbox().empty());
  request.secret_hash = ComputeSecretHash(*pool.client_secret, "gus", pool.client_id);
  EXPECT_OK(fake_.ForgotPassword(request));

  ConfirmForgotPasswordRequest confirm;
  confirm.client_id = pool.client_id;
  confirm.username = "gus";
  confirm.confirmation_code = LastCode("gus", &pool);
  confirm.password = kNewPassword;
  EXPECT_STATUS(
      fake_.ConfirmForgotPassword(confirm), ErrorCode::kNotAuthorized,
      "Client " + pool.client_id + " is configured for secret but secret was not received");
  confirm.secret_hash = ComputeSecretHash(*pool.client_secret, "gus", pool.client_id);
  EXPECT_OK(fake_.ConfirmForgotPassword(confirm));
}

TEST(SecretHash, MatchesAwsDocumentedComputation) {
  EXPECT_EQ(ComputeSecretHash("1example23456789abcdefghijklmnopqrstuvwxyz012345", "alice",
                              "4exampleclientid123456789"),
            "md5CpiaGT6BUMmxTQ51ZLVAVOTpUnU7m3W486qik5kM=");
}

TEST_F(ConfirmForgotPassword, WithoutAnOutstandingCodeIsExpiredCode) {
  EXPECT_STATUS(ConfirmForgot("alice", "123456", kNewPassword), ErrorCode::kExpiredCode,
                kExpiredMessage);
}

TEST_F(ConfirmForgotPassword, WrongCodesAreCountedThenLimitExceededEvenForTheRightCode) {
  ASSERT_OK(AdminReset("alice"));
  const std::string code = LastCode("alice");
  for (int i = 0; i < 5; ++i) {
    EXPECT_STATUS(ConfirmForgot("alice", OtherCode(code), kNewPassword), ErrorCode::kCodeMismatch,
                  kCodeMismatchMessage);
  }
  EXPECT_STATUS(ConfirmForgot("alice", code, kNewPassword), ErrorCode::kLimitExceeded,
                kLimitMessage);
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kResetRequired);
  fake_.clock().Advance(std::chrono::minutes(30));
  EXPECT_STATUS(ConfirmForgot("alice", code, kNewPassword), ErrorCode::kLimitExceeded,
                kLimitMessage);
  // An hour after the wrong attempts the limit is lifted (the code itself has
  // expired by then, so a new one is needed).
  fake_.clock().Advance(std::chrono::minutes(31));
  EXPECT_STATUS(ConfirmForgot("alice", code, kNewPassword), ErrorCode::kExpiredCode,
                kExpiredMessage);
  ASSERT_OK(AdminReset("alice"));
  EXPECT_OK(ConfirmForgot("alice", LastCode("alice"), kNewPassword));
}

TEST_F(ConfirmForgotPassword, AWeakPasswordIsRejectedAndTheCodeStaysUsable) {
  ASSERT_OK(AdminReset("alice"));
  const std::string code = LastCode("alice");
  EXPECT_STATUS(ConfirmForgot("alice", code, "short"), ErrorCode::kInvalidPassword,
                "Password does not conform to policy: Password not long enough");
  EXPECT_STATUS(ConfirmForgot("alice", code, "alllowercase1!"), ErrorCode::kInvalidPassword,
                "Password does not conform to policy: Password must have uppercase characters");
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kResetRequired);
  EXPECT_OK(ConfirmForgot("alice", code, kNewPassword));
}

TEST_F(ConfirmForgotPassword, WrongCodeIsReportedBeforeAWeakPassword) {
  ASSERT_OK(AdminReset("alice"));
  EXPECT_STATUS(ConfirmForgot("alice", OtherCode(LastCode("alice")), "short"),
                ErrorCode::kCodeMismatch, kCodeMismatchMessage);
}

TEST_F(ConfirmForgotPassword, HonoursPasswordHistorySize) {
  TestPool pool = PoolWithPasswordHistory(2);
  ASSERT_OK(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "second-password", true}));

  ASSERT_OK(fake_.AdminResetUserPassword({pool.user_pool_id, "hal", {}}));
  const std::string code = LastCode("hal", &pool);
  EXPECT_STATUS(ConfirmForgot("hal", code, "first-password", &pool),
                ErrorCode::kPasswordHistoryPolicyViolation,
                "The password you entered has been used previously.");
  EXPECT_STATUS(ConfirmForgot("hal", code, "second-password", &pool),
                ErrorCode::kPasswordHistoryPolicyViolation,
                "The password you entered has been used previously.");
  EXPECT_OK(ConfirmForgot("hal", code, "third-password", &pool));
}

TEST_F(PasswordHistory, ForgetsPasswordsOlderThanItsSize) {
  const TestPool pool = PoolWithPasswordHistory(2);
  ASSERT_OK(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "second-password", true}));
  ASSERT_OK(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "third-password", true}));
  EXPECT_STATUS(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "third-password", true}),
                ErrorCode::kPasswordHistoryPolicyViolation,
                "The password you entered has been used previously.");
  EXPECT_STATUS(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "second-password", true}),
                ErrorCode::kPasswordHistoryPolicyViolation,
                "The password you entered has been used previously.");
  EXPECT_OK(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "first-password", true}))
      << "two newer passwords pushed it out";
}

TEST_F(PasswordHistory, CountsOnlyPermanentPasswords) {
  const TestPool pool =
      PoolWithPasswordHistory(1);  // one slot: a temporary password taking it would show
  ASSERT_OK(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "temporary-password", false}));
  EXPECT_STATUS(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "first-password", true}),
                ErrorCode::kPasswordHistoryPolicyViolation,
                "The password you entered has been used previously.")
      << "the permanent password before the temporary one is still remembered";
  ASSERT_OK(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "temporary-password", true}))
      << "a temporary password is not in the history";
  ASSERT_OK(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "other-temporary", false}));
  EXPECT_STATUS(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "temporary-password", true}),
                ErrorCode::kPasswordHistoryPolicyViolation,
                "The password you entered has been used previously.");
}

TEST_F(ConfirmForgotPassword, UnknownUserIsUserNotFoundUnderLegacyAndCodeMismatchWhenEnabled) {
  EXPECT_STATUS(ConfirmForgot("nobody", "123456", kNewPassword), ErrorCode::kUserNotFound,
                "Username/client id combination not found.");
  TestPool pool = PoolWithPreventUserExistenceErrors(fake_);
  EXPECT_STATUS(ConfirmForgot("nobody", "123456", kNewPassword, &pool), ErrorCode::kCodeMismatch,
                kCodeMismatchMessage);
}

TEST_F(ConfirmForgotPassword, WorksWithAnAliasAsUsername) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.alias_attributes = {AliasAttributeType::kEmail, AliasAttributeType::kPreferredUsername};
  TestPool pool = MakePool(request);
  fake_
      .AddConfirmedUser(pool, "ian", kPassword,
                        {{"email", "ian@example.com"}, {"preferred_username", "ianb"}})
      .value();
  ASSERT_OK(Forgot("ian@example.com", &pool));
  EXPECT_OK(ConfirmForgot("ianb", LastCode("ian", &pool), kNewPassword, &pool));
}

TEST_F(ConfirmForgotPassword, InvalidInputChangesNothing) {
  ASSERT_OK(AdminReset("alice"));
  const std::string code = LastCode("alice");
  EXPECT_STATUS(ConfirmForgot("alice", "", kNewPassword), ErrorCode::kInvalidParameter,
                "2 validation errors detected: Value '' at 'confirmationCode' failed to satisfy "
                "constraint: Member must satisfy regular expression pattern: [\\S]+; Value '' at "
                "'confirmationCode' failed to satisfy constraint: Member must have length greater "
                "than or equal to 1");
  EXPECT_OK(ConfirmForgot("alice", code, kNewPassword)) << "no wrong attempt was counted";
}

}  // namespace
}  // namespace cognito_fake
