// AdminResetUserPassword: every outcome that real state produces.

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using AdminResetUserPassword = FakeTest;

TEST_F(AdminResetUserPassword, PutsTheUserInResetRequiredAndReturnsAnEmptyResponse) {
  auto response = AdminReset("alice");
  ASSERT_OK(response);
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kResetRequired);
}

TEST_F(AdminResetUserPassword, SendsASixDigitCodeToTheVerifiedEmail) {
  ASSERT_OK(AdminReset("alice"));
  auto message = fake_.outbox().Last();
  ASSERT_TRUE(message.has_value());
  EXPECT_EQ(message->medium, DeliveryMediumType::kEmail);
  EXPECT_EQ(message->destination, "alice@example.com");
  EXPECT_EQ(message->username, "alice");
  EXPECT_EQ(message->occasion, MessageOccasion::kAdminResetUserPassword);
  EXPECT_EQ(message->trigger_source, "CustomMessage_ForgotPassword");
  EXPECT_FALSE(message->client_id.has_value());
  ASSERT_EQ(message->code.size(), 6u);
  for (char c : message->code) EXPECT_TRUE(c >= '0' && c <= '9') << message->code;
  EXPECT_EQ(message->body, "Your verification code is " + message->code + ". ");
  EXPECT_EQ(message->subject, "Your verification code");
  EXPECT_FALSE(message->code_delivery_details.has_value()) << "the response carries no details";
}

TEST_F(AdminResetUserPassword, HandsClientMetadataToTheMessageAndDoesNotStoreIt) {
  ASSERT_OK(AdminReset("alice", {{"ticket", "HD-1234"}, {"agent", "bob"}}));
  auto message = fake_.outbox().Last().value();
  EXPECT_EQ(message.client_metadata, (ClientMetadataType{{"agent", "bob"}, {"ticket", "HD-1234"}}));
  // Nothing of it shows on the user.
  auto user = fake_.AdminGetUser({pool_.user_pool_id, "alice"}).value();
  for (const AttributeType& attribute : user.user_attributes) {
    EXPECT_EQ(attribute.value.find("HD-1234"), std::string::npos) << attribute;
  }
}

TEST_F(AdminResetUserPassword, AcceptsAnAliasOrTheSubAsUsername) {
  TestPool aliased = MakePool([] {
    auto request = FakeIdentityProvider::DefaultTestPoolRequest();
    request.alias_attributes = {AliasAttributeType::kEmail};
    return request;
  }());
  const std::string sub =
      fake_.AddConfirmedUser(aliased, "carol", kPassword, {{"email", "carol@example.com"}}).value();
  ASSERT_OK(fake_.AdminResetUserPassword({aliased.user_pool_id, "carol@example.com", {}}));
  EXPECT_EQ(StatusOfUser("carol", &aliased), UserStatusType::kResetRequired);
  EXPECT_EQ(fake_.outbox().Last()->username, "carol");

  ASSERT_OK(fake_.AdminResetUserPassword({aliased.user_pool_id, sub, {}}));
  EXPECT_EQ(fake_.outbox().size(), 2u);
}

TEST_F(AdminResetUserPassword, IsCaseInsensitiveWhenThePoolIs) {
  ASSERT_OK(AdminReset("ALICE"));
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kResetRequired);
}

TEST_F(AdminResetUserPassword, IsCaseSensitiveWhenThePoolIs) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.username_configuration = UsernameConfigurationType{true};
  TestPool strict = MakePool(request);
  fake_.AddConfirmedUser(strict, "dave", kPassword, {{"email", "dave@example.com"}}).value();
  EXPECT_STATUS(fake_.AdminResetUserPassword({strict.user_pool_id, "DAVE", {}}),
                ErrorCode::kUserNotFound, "User does not exist.");
}

TEST_F(AdminResetUserPassword, UnknownUserIsUserNotFound) {
  EXPECT_STATUS(AdminReset("nobody"), ErrorCode::kUserNotFound, "User does not exist.");
  EXPECT_TRUE(fake_.outbox().empty());
}

TEST_F(AdminResetUserPassword, UnknownPoolIsResourceNotFound) {
  EXPECT_STATUS(fake_.AdminResetUserPassword({"us-east-1_Missing1", "alice", {}}),
                ErrorCode::kResourceNotFound, "User pool us-east-1_Missing1 does not exist.");
}

TEST_F(AdminResetUserPassword, MalformedPoolIdIsInvalidParameterWithTheModelMessage) {
  EXPECT_STATUS(fake_.AdminResetUserPassword({"no-underscore", "alice", {}}),
                ErrorCode::kInvalidParameter,
                "1 validation error detected: Value 'no-underscore' at 'userPoolId' failed to "
                "satisfy constraint: Member must satisfy regular expression pattern: "
                "[\\w-]+_[0-9a-zA-Z]+");
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kConfirmed);
}

TEST_F(AdminResetUserPassword, UsernameWithWhitespaceIsInvalidParameterWithoutEchoingIt) {
  EXPECT_STATUS(
      AdminReset("al ice"), ErrorCode::kInvalidParameter,
      "1 validation error detected: Value at 'username' failed to satisfy constraint: "
      "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
}

TEST_F(AdminResetUserPassword, DisabledUserIsNotAuthorized) {
  ASSERT_OK(fake_.AdminDisableUser({pool_.user_pool_id, "alice"}));
  EXPECT_STATUS(AdminReset("alice"), ErrorCode::kNotAuthorized, "User is disabled");
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kConfirmed);
  EXPECT_TRUE(fake_.outbox().empty());
}

TEST_F(AdminResetUserPassword, ForceChangePasswordUserCannotBeReset) {
  ASSERT_OK(CreateUninvited("erin", {{"email", "erin@example.com"}, {"email_verified", "true"}}));
  EXPECT_STATUS(AdminReset("erin"), ErrorCode::kNotAuthorized,
                "User password cannot be reset in the current state.");
  EXPECT_EQ(StatusOfUser("erin"), UserStatusType::kForceChangePassword);
}

TEST_F(AdminResetUserPassword, UnconfirmedUserCannotBeReset) {
  ASSERT_OK(SignUpUser("frank", "frank@example.com"));
  EXPECT_STATUS(AdminReset("frank"), ErrorCode::kNotAuthorized,
                "User password cannot be reset in the current state.");
  EXPECT_EQ(StatusOfUser("frank"), UserStatusType::kUnconfirmed);
}

TEST_F(AdminResetUserPassword, AdminOnlyRecoveryIsNotAuthorized) {
  TestPool admin_only = PoolWithRecovery(
      AccountRecoverySettingType{{RecoveryOptionType{1, RecoveryOptionNameType::kAdminOnly}}});
  fake_.AddConfirmedUser(admin_only, "gina", kPassword, {{"email", "gina@example.com"}}).value();
  EXPECT_STATUS(fake_.AdminResetUserPassword({admin_only.user_pool_id, "gina", {}}),
                ErrorCode::kNotAuthorized, "Contact administrator to reset password.");
  EXPECT_EQ(StatusOfUser("gina", &admin_only), UserStatusType::kConfirmed);
}

TEST_F(AdminResetUserPassword, WithoutAVerifiedContactResetsAndSendsNothingByDefault) {
  fake_
      .AddConfirmedUser(pool_, "hank", kPassword,
                        {{"email", "hank@example.com"}, {"email_verified", "false"}})
      .value();
  ASSERT_OK(AdminReset("hank"));
  EXPECT_EQ(StatusOfUser("hank"), UserStatusType::kResetRequired);
  EXPECT_TRUE(fake_.outbox().empty());
}

TEST(AdminResetUserPasswordStrict, WithoutAVerifiedContactIsInvalidParameterWhenConfigured) {
  FakeOptions options;
  options.behavior.admin_reset_requires_verified_contact = true;
  FakeIdentityProvider fake(options);
  TestPool pool = fake.CreateUserPoolForTest().value();
  fake.AddConfirmedUser(pool, "hank", "Passw0rd!",
                        {{"email", "hank@example.com"}, {"email_verified", "false"}})
      .value();
  EXPECT_STATUS(fake.AdminResetUserPassword({pool.user_pool_id, "hank", {}}),
                ErrorCode::kInvalidParameter,
                "Cannot reset password for the user as there is no registered/verified email or "
                "phone_number");
  EXPECT_EQ(*fake.AdminGetUser({pool.user_pool_id, "hank"}).value().user_status,
            UserStatusType::kConfirmed);
}

TEST_F(AdminResetUserPassword, PicksTheChannelByRecoveryPriority) {
  TestPool phone_first = PoolWithRecovery(AccountRecoverySettingType{
      {RecoveryOptionType{1, RecoveryOptionNameType::kVerifiedPhoneNumber},
       RecoveryOptionType{2, RecoveryOptionNameType::kVerifiedEmail}}});
  fake_
      .AddConfirmedUser(phone_first, "ivy", kPassword,
                        {{"email", "ivy@example.com"}, {"phone_number", "+15551234567"}})
      .value();
  ASSERT_OK(fake_.AdminResetUserPassword({phone_first.user_pool_id, "ivy", {}}));
  auto sms = fake_.outbox().Last().value();
  EXPECT_EQ(sms.medium, DeliveryMediumType::kSms);
  EXPECT_EQ(sms.destination, "+15551234567");
  EXPECT_FALSE(sms.subject.has_value());

  // Email first (the default test pool): the same user gets an email.
  fake_
      .AddConfirmedUser(pool_, "ivy", kPassword,
                        {{"email", "ivy@example.com"}, {"phone_number", "+15551234567"}})
      .value();
  ASSERT_OK(AdminReset("ivy"));
  EXPECT_EQ(fake_.outbox().Last()->medium, DeliveryMediumType::kEmail);
}

TEST_F(AdminResetUserPassword, FallsBackToTheSecondMechanismWhenTheFirstIsUnverified) {
  fake_
      .AddConfirmedUser(pool_, "jane", kPassword,
                        {{"email", "jane@example.com"},
                         {"email_verified", "false"},
                         {"phone_number", "+447700900123"}})
      .value();
  ASSERT_OK(AdminReset("jane"));
  auto message = fake_.outbox().Last().value();
  EXPECT_EQ(message.medium, DeliveryMediumType::kSms);
  EXPECT_EQ(message.destination, "+447700900123");
}

TEST_F(AdminResetUserPassword, WithoutARecoverySettingPrefersThePhone) {
  TestPool legacy = PoolWithRecovery(std::nullopt);
  fake_
      .AddConfirmedUser(legacy, "kim", kPassword,
                        {{"email", "kim@example.com"}, {"phone_number", "+15550001111"}})
      .value();
  ASSERT_OK(fake_.AdminResetUserPassword({legacy.user_pool_id, "kim", {}}));
  EXPECT_EQ(fake_.outbox().Last()->medium, DeliveryMediumType::kSms);
}

TEST_F(AdminResetUserPassword, ASecondResetSendsANewCodeThatReplacesTheFirst) {
  ASSERT_OK(AdminReset("alice"));
  const std::string first = LastCode("alice");
  ASSERT_OK(AdminReset("alice"));
  const std::string second = LastCode("alice");
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kResetRequired);
  EXPECT_EQ(fake_.outbox().size(), 2u);
  ASSERT_NE(first, second) << "seed 1 draws two different codes";
  EXPECT_STATUS(ConfirmForgot("alice", first, kNewPassword), ErrorCode::kCodeMismatch,
                "Invalid verification code provided, please try again.");
  EXPECT_OK(ConfirmForgot("alice", second, kNewPassword));
}

TEST_F(AdminResetUserPassword, UsesThePoolsVerificationTemplate) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.verification_message_template = VerificationMessageTemplateType{};
  request.verification_message_template->email_message = "Reset code: {####} (valid 1 hour)";
  request.verification_message_template->email_subject = "Your reset code";
  TestPool templated = MakePool(request);
  fake_.AddConfirmedUser(templated, "liam", kPassword, {{"email", "liam@example.com"}}).value();
  ASSERT_OK(fake_.AdminResetUserPassword({templated.user_pool_id, "liam", {}}));
  auto message = fake_.outbox().Last().value();
  EXPECT_EQ(message.body, "Reset code: " + message.code + " (valid 1 hour)");
  EXPECT_EQ(message.subject, "Your reset code");
}

TEST_F(AdminResetUserPassword, IsDeterministicForTheSameSeed) {
  FakeIdentityProvider a(FakeOptions().WithSeed(99).WithStartTime(FakeClock::DefaultStart()));
  FakeIdentityProvider b(FakeOptions().WithSeed(99).WithStartTime(FakeClock::DefaultStart()));
  for (FakeIdentityProvider* fake : {&a, &b}) {
    TestPool pool = PoolWithAlice(*fake);
    ASSERT_OK(fake->AdminResetUserPassword({pool.user_pool_id, "alice", {}}));
  }
  EXPECT_EQ(a.outbox().Last()->code, b.outbox().Last()->code);
  EXPECT_EQ(a.outbox().Last()->user_pool_id, b.outbox().Last()->user_pool_id);
}

}  // namespace
}  // namespace cognito_fake
