// Message rendering and delivery configuration: templates per occasion, the
// pool's email and SMS set-up, the SNS sandbox, and every documented
// AdminResetUserPassword exception produced from state.

#include <cognito_fake/errors.h>
#include <cognito_fake/fake_identity_provider.h>
#include <gtest/gtest.h>

#include <set>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

constexpr const char* kRole = "arn:aws:iam::123456789012:role/cognito-sms";
constexpr const char* kIdentity = "arn:aws:ses:us-east-1:123456789012:identity/example.com";

class Delivery : public FakeTest {
 protected:
  // A pool that recovers by SMS through `kRole`, with bob (+15551234567).
  TestPool SmsPool(std::optional<std::string> external_id = std::nullopt) {
    CreateUserPoolRequest request = FakeIdentityProvider::DefaultTestPoolRequest();
    request.account_recovery_setting = AccountRecoverySettingType{
        {RecoveryOptionType{1, RecoveryOptionNameType::kVerifiedPhoneNumber}}};
    request.sms_configuration = SmsConfigurationType{kRole, external_id, std::nullopt};
    TestPool pool = MakePool(request);
    fake_.AddConfirmedUser(pool, "bob", kPassword, {{"phone_number", "+15551234567"}}).value();
    return pool;
  }
  // A pool that sends email through the SES identity `kIdentity`, with carol.
  TestPool DeveloperEmailPool() {
    CreateUserPoolRequest request = FakeIdentityProvider::DefaultTestPoolRequest();
    request.email_configuration = EmailConfigurationType{};
    request.email_configuration->email_sending_account = EmailSendingAccountType::kDeveloper;
    request.email_configuration->source_arn = kIdentity;
    TestPool pool = MakePool(request);
    fake_.AddConfirmedUser(pool, "carol", kPassword, {{"email", "carol@example.com"}}).value();
    return pool;
  }
  Status Reset(const TestPool& pool, const std::string& username) {
    return fake_.AdminResetUserPassword({pool.user_pool_id, username, {}}).status();
  }
  UserStatusType StatusIn(const TestPool& pool, const std::string& username) {
    return *fake_.AdminGetUser({pool.user_pool_id, username})->user_status;
  }
};

TEST_F(Delivery, DefaultTextsAreAwsOnesWhenThePoolSetsNone) {
  ASSERT_OK(AdminReset("alice"));
  const Message message = *fake_.outbox().Last();
  EXPECT_EQ(message.subject, "Your verification code");
  EXPECT_EQ(message.body, "Your verification code is " + LastCode("alice") + ". ");
  ASSERT_OK(InviteByEmail("dave", "dave@example.com", "Temp-Passw0rd!"));
  const Message invitation = *fake_.outbox().Last();
  EXPECT_EQ(invitation.subject, "Your temporary password");
  EXPECT_EQ(invitation.body, "Your username is dave and temporary password is Temp-Passw0rd!. ");
  EXPECT_EQ(invitation.occasion, MessageOccasion::kAdminCreateUser);
}

TEST_F(Delivery, TheVerificationTemplateWinsOverTheLegacyMessages) {
  CreateUserPoolRequest request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.email_verification_message = "Legacy {####}";
  request.email_verification_subject = "Legacy subject";
  request.verification_message_template = VerificationMessageTemplateType{};
  request.verification_message_template->email_message = "Template {####}";
  TestPool pool = MakePool(request);
  fake_.AddConfirmedUser(pool, "bob", kPassword, {{"email", "bob@example.com"}}).value();
  ASSERT_OK(Reset(pool, "bob"));
  EXPECT_EQ(fake_.outbox().Last()->body, "Template " + LastCode("bob", &pool));
  EXPECT_EQ(fake_.outbox().Last()->subject, "Legacy subject");
}

TEST_F(Delivery, SmsGoesThroughTheRoleAndMasksTheNumber) {
  TestPool pool = SmsPool();
  ASSERT_OK(Reset(pool, "bob"));
  const std::vector<Message> sms = fake_.outbox().WithMedium(DeliveryMediumType::kSms);
  ASSERT_EQ(sms.size(), 1u);
  EXPECT_EQ(sms[0].destination, "+15551234567");
  EXPECT_FALSE(sms[0].subject);
  EXPECT_TRUE(sms[0].delivered);
}

TEST_F(Delivery, ARoleThatDoesNotTrustCognitoIsInvalidSmsRoleTrustRelationship) {
  TestPool pool = SmsPool();
  fake_.DefineIamRole(kRole, IamRole{/*trusts_cognito=*/false, std::nullopt, true});
  EXPECT_STATUS(Reset(pool, "bob"), ErrorCode::kInvalidSmsRoleTrustRelationship,
                "Role does not have a trust relationship allowing Cognito to assume the role");
  EXPECT_EQ(StatusIn(pool, "bob"), UserStatusType::kConfirmed) << "nothing changed";
  EXPECT_FALSE(fake_.LastCodeFor(pool.user_pool_id, "bob"));
  const Message attempt = *fake_.outbox().Last();
  EXPECT_FALSE(attempt.delivered);
  EXPECT_EQ(attempt.failed_with, "InvalidSmsRoleTrustRelationshipException");
  EXPECT_EQ(attempt.not_delivered_reason,
            "InvalidSmsRoleTrustRelationshipException: Role does not have a trust relationship "
            "allowing Cognito to assume the role");
}

TEST_F(Delivery, AnExternalIdMismatchIsATrustFailureToo) {
  TestPool pool = SmsPool(std::string("pool-external-id"));
  fake_.DefineIamRole(kRole, IamRole{true, std::string("other-id"), true});
  EXPECT_EQ(Reset(pool, "bob").code(), ErrorCode::kInvalidSmsRoleTrustRelationship);
  fake_.DefineIamRole(kRole, IamRole{true, std::string("pool-external-id"), true});
  EXPECT_OK(Reset(pool, "bob"));
}

TEST_F(Delivery, ARoleWithoutSnsPublishIsInvalidSmsRoleAccessPolicy) {
  TestPool pool = SmsPool();
  fake_.DefineIamRole(kRole, IamRole{true, std::nullopt, /*allows_sns_publish=*/false});
  EXPECT_STATUS(Reset(pool, "bob"), ErrorCode::kInvalidSmsRoleAccessPolicy,
                "Role does not have permission to publish with SNS");
  EXPECT_EQ(StatusIn(pool, "bob"), UserStatusType::kConfirmed);
}

TEST_F(Delivery, TheSnsSandboxDropsSmsToUnverifiedNumbersButTheCallSucceeds) {
  TestPool pool = SmsPool();
  fake_.SetSmsSandbox(true);
  ASSERT_OK(Reset(pool, "bob"));
  Message dropped = *fake_.outbox().Last();
  EXPECT_FALSE(dropped.delivered);
  EXPECT_EQ(dropped.not_delivered_reason,
            "SNS sandbox: +15551234567 is not a verified destination");
  EXPECT_EQ(StatusIn(pool, "bob"), UserStatusType::kResetRequired);
  fake_.VerifySandboxPhoneNumber("+15551234567");
  ASSERT_OK(Reset(pool, "bob"));
  EXPECT_TRUE(fake_.outbox().Last()->delivered);
}

TEST_F(Delivery, AnSesIdentityCognitoMayNotUseIsInvalidEmailRoleAccessPolicy) {
  TestPool pool = DeveloperEmailPool();
  fake_.DefineSesIdentity(kIdentity, SesIdentity{/*allows_cognito=*/false, true});
  EXPECT_STATUS(Reset(pool, "carol"), ErrorCode::kInvalidEmailRoleAccessPolicy,
                "Cognito is not allowed to use your email identity.");
  EXPECT_EQ(StatusIn(pool, "carol"), UserStatusType::kConfirmed);
}

TEST_F(Delivery, SesRefusingTheMessageIsCodeDeliveryFailureForForgotPassword) {
  TestPool pool = DeveloperEmailPool();
  fake_.DefineSesIdentity(kIdentity, SesIdentity{true, /*accepts_messages=*/false});
  EXPECT_STATUS(Forgot("carol", &pool), ErrorCode::kCodeDeliveryFailure,
                "Invalid email provided/Unable to send the email");
  EXPECT_FALSE(fake_.LastCodeFor(pool.user_pool_id, "carol"));
  // AdminResetUserPassword does not document the error: the message is
  // recorded as not delivered.
  ASSERT_OK(Reset(pool, "carol"));
  EXPECT_FALSE(fake_.outbox().Last()->delivered);
}

TEST_F(Delivery, CognitosDefaultEmailHasADailyQuota) {
  FakeOptions options = FakeOptions().WithSeed(3).WithStartTime(FakeClock::DefaultStart());
  options.limits.cognito_default_emails_per_day = 2;
  FakeIdentityProvider fake(options);
  TestPool pool = PoolWithAlice(fake);
  ASSERT_OK(fake.AdminResetUserPassword({pool.user_pool_id, "alice", {}}));
  ASSERT_OK(fake.AdminResetUserPassword({pool.user_pool_id, "alice", {}}));
  const std::string code = fake.LastCodeFor(pool.user_pool_id, "alice").value();
  EXPECT_STATUS(
      fake.AdminResetUserPassword({pool.user_pool_id, "alice", {}}), ErrorCode::kLimitExceeded,
      "Exceeded daily email limit for the operation or the account. If a higher limit is "
      "required, please configure your user pool to use your own Amazon SES configuration "
      "for sending email.");
  EXPECT_EQ(fake.LastCodeFor(pool.user_pool_id, "alice"), code) << "the last code stays valid";
  fake.clock().Advance(std::chrono::hours(24));
  EXPECT_OK(fake.AdminResetUserPassword({pool.user_pool_id, "alice", {}}));
}

TEST_F(Delivery, DeveloperEmailIsNotLimitedByCognitosQuota) {
  FakeOptions options;
  options.limits.cognito_default_emails_per_day = 0;
  FakeIdentityProvider fake(options);
  CreateUserPoolRequest request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.email_configuration = EmailConfigurationType{};
  request.email_configuration->email_sending_account = EmailSendingAccountType::kDeveloper;
  request.email_configuration->source_arn = kIdentity;
  TestPool pool = PoolWithAlice(fake, request);
  EXPECT_OK(fake.AdminResetUserPassword({pool.user_pool_id, "alice", {}}));
}

// Every exception the model documents for AdminResetUserPassword, each made
// to happen by state or configuration alone. TooManyRequestsException and
// InternalErrorException have no state that causes them in a fake; they
// come from fault injection (docs/fidelity.md).
TEST_F(Delivery, EveryDocumentedAdminResetExceptionArisesFromState) {
  std::set<ErrorCode> produced;
  auto expect = [&](ErrorCode code, const Status& status) {
    EXPECT_EQ(status.code(), code) << status;
    produced.insert(status.code());
  };
  expect(ErrorCode::kUserNotFound, AdminReset("nobody").status());
  expect(ErrorCode::kResourceNotFound,
         fake_.AdminResetUserPassword({"us-east-1_Missing1", "alice", {}}).status());
  expect(ErrorCode::kInvalidParameter, fake_.AdminResetUserPassword({"bad", "alice", {}}).status());
  {
    TestPool pool = SmsPool();
    fake_.DefineIamRole(kRole, IamRole{false, std::nullopt, true});
    expect(ErrorCode::kInvalidSmsRoleTrustRelationship, Reset(pool, "bob"));
    fake_.DefineIamRole(kRole, IamRole{true, std::nullopt, false});
    expect(ErrorCode::kInvalidSmsRoleAccessPolicy, Reset(pool, "bob"));
  }
  {
    TestPool pool = DeveloperEmailPool();
    fake_.DefineSesIdentity(kIdentity, SesIdentity{false, true});
    expect(ErrorCode::kInvalidEmailRoleAccessPolicy, Reset(pool, "carol"));
  }
  {
    FakeOptions options;
    options.limits.cognito_default_emails_per_day = 0;
    FakeIdentityProvider quota(options);
    TestPool pool = PoolWithAlice(quota);
    expect(ErrorCode::kLimitExceeded,
           quota.AdminResetUserPassword({pool.user_pool_id, "alice", {}}).status());
  }
  const std::string arn =
      fake_
          .SetTrigger(pool_.user_pool_id, TriggerType::kCustomMessage,
                      [](const std::string&) -> std::string { throw std::runtime_error("no"); })
          .value();
  expect(ErrorCode::kUserLambdaValidation, AdminReset("alice").status());
  fake_.RegisterLambda(
      arn, [](const std::string&) -> std::string { throw LambdaInvocationError("timeout"); });
  expect(ErrorCode::kUnexpectedLambda, AdminReset("alice").status());
  fake_.RegisterLambda(arn, [](const std::string&) { return std::string("garbage"); });
  expect(ErrorCode::kInvalidLambdaResponse, AdminReset("alice").status());
  fake_.RegisterLambda(arn, [](const std::string& event) { return event; });
  ASSERT_OK(fake_.AdminDisableUser({pool_.user_pool_id, "alice"}));
  expect(ErrorCode::kNotAuthorized, AdminReset("alice").status());

  std::set<ErrorCode> documented;
  for (ErrorCode code : OperationInfoFor(Operation::kAdminResetUserPassword).documented_errors) {
    documented.insert(code);
  }
  EXPECT_EQ(documented.size(), 13u);
  documented.erase(ErrorCode::kTooManyRequests);
  documented.erase(ErrorCode::kInternalError);
  EXPECT_EQ(produced, documented);
}

}  // namespace
}  // namespace cognito_fake
