// The account service's own test suite: the whole forgot-password flow and
// the app's handling of Cognito's failures, with cognito_fake's fake, fault
// injector, mock and matchers.

#include "account_service.h"

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fault_injector.h>
#include <cognito_fake/mocks.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace account {
namespace {

using cognito_fake::ErrorCode;
using cognito_fake::FaultRule;
using cognito_fake::Operation;
using ::testing::_;
using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::Return;
using namespace cognito_fake_testing;  // NOLINT(build/namespaces)

constexpr char kPassword[] = "Passw0rd!";
constexpr char kNewPassword[] = "N3w-Passw0rd!";

class AccountServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pool_request = cognito_fake::FakeIdentityProvider::DefaultTestPoolRequest();
    pool_request.alias_attributes = {cognito_fake::AliasAttributeType::kEmail};
    pool_ = cognito_.CreateUserPoolForTest(pool_request).value();
    cognito_.AddConfirmedUser(pool_, "alice", kPassword, {{"email", "alice@example.com"}}).value();
    service_ = std::make_unique<AccountService>(faults_, pool_.user_pool_id, pool_.client_id);
  }
  std::string LastCode() { return cognito_.LastCodeFor(pool_.user_pool_id, "alice").value_or(""); }

  cognito_fake::FakeIdentityProvider cognito_{cognito_fake::FakeOptions().WithSeed(7)};
  cognito_fake::TestPool pool_;
  cognito_fake::FaultInjector faults_{cognito_, &cognito_.clock()};
  std::unique_ptr<AccountService> service_;  // the app under test, talking to `faults_`
};

// -------------------------------------------------------- the whole flow

TEST_F(AccountServiceTest, AdminResetThenTheUserChoosesANewPasswordAndSignsIn) {
  EXPECT_EQ(service_->AdminResetPassword("alice@example.com", "HD-42"), Outcome::kCodeSent);
  EXPECT_THAT(cognito_.outbox().Peek(), Contains(AllOf(ResetCodeSentTo("alice@example.com"),
                                                       WithClientMetadata("ticket", "HD-42"))));
  EXPECT_EQ(service_->SignIn("alice", kPassword), Outcome::kResetRequired);
  EXPECT_EQ(service_->StartReset("alice"), Outcome::kCodeSent);
  EXPECT_EQ(service_->CompleteReset("alice", LastCode(), kNewPassword), Outcome::kOk);
  EXPECT_EQ(service_->SignIn("alice", kPassword), Outcome::kBadCredentials);
  EXPECT_EQ(service_->SignIn("alice", kNewPassword), Outcome::kOk);
}

// ------------------------------------------- documented failures handled

TEST_F(AccountServiceTest, ThrottledRequestsAskTheUserToTryLater) {  // TooManyRequestsException
  ASSERT_THAT(
      faults_.Add(
          FaultRule::On(Operation::kForgotPassword).Times(1).Fail(ErrorCode::kTooManyRequests)),
      IsOk());
  EXPECT_EQ(service_->StartReset("alice"), Outcome::kTryLater);
  EXPECT_EQ(service_->StartReset("alice"), Outcome::kCodeSent);
}

TEST_F(AccountServiceTest,
       TooManyCodeRequestsAskTheUserToTryLater) {  // LimitExceededException, from state
  for (int i = 0; i < 5; ++i) ASSERT_EQ(service_->StartReset("alice"), Outcome::kCodeSent);
  EXPECT_EQ(service_->StartReset("alice"), Outcome::kTryLater);
}

TEST_F(AccountServiceTest, AnInternalErrorIsRetriedOnce) {  // InternalErrorException
  ASSERT_THAT(faults_.Add(FaultRule::On(Operation::kConfirmForgotPassword)
                              .Named("blip")
                              .Nth(1)
                              .Fail(ErrorCode::kInternalError)),
              IsOk());
  ASSERT_EQ(service_->StartReset("alice"), Outcome::kCodeSent);
  EXPECT_EQ(service_->CompleteReset("alice", LastCode(), kNewPassword), Outcome::kOk);
  EXPECT_THAT(faults_.journal(), Contains(FaultFired("blip")));
  ASSERT_THAT(
      faults_.Add(FaultRule::On(Operation::kInitiateAuth).Times(2).Fail(ErrorCode::kInternalError)),
      IsOk());
  EXPECT_EQ(service_->SignIn("alice", kNewPassword), Outcome::kUnavailable)
      << "two failures: give up";
}

TEST_F(AccountServiceTest, AWrongCodeIsReportedAndTheRightOneStillWorks) {  // CodeMismatchException
  ASSERT_EQ(service_->StartReset("alice"), Outcome::kCodeSent);
  const std::string code = LastCode();
  EXPECT_EQ(service_->CompleteReset("alice", code == "000000" ? "111111" : "000000", kNewPassword),
            Outcome::kWrongCode);
  EXPECT_EQ(service_->CompleteReset("alice", code, kNewPassword), Outcome::kOk);
}

TEST_F(AccountServiceTest, AnExpiredCodeSendsAFreshOne) {  // ExpiredCodeException
  ASSERT_EQ(service_->StartReset("alice"), Outcome::kCodeSent);
  const std::string old_code = LastCode();
  cognito_.clock().Advance(std::chrono::hours(2));
  EXPECT_EQ(service_->CompleteReset("alice", old_code, kNewPassword), Outcome::kCodeExpired);
  EXPECT_EQ(cognito_.outbox().size(), 2u) << "a new code went out";
  EXPECT_EQ(service_->CompleteReset("alice", LastCode(), kNewPassword), Outcome::kOk);
}

TEST_F(AccountServiceTest, AWeakPasswordIsRejected) {  // InvalidPasswordException
  ASSERT_EQ(service_->StartReset("alice"), Outcome::kCodeSent);
  EXPECT_EQ(service_->CompleteReset("alice", LastCode(), "short"), Outcome::kWeakPassword);
}

TEST_F(AccountServiceTest, AdminResetOfAnUnknownUserSaysSo) {  // UserNotFoundException
  EXPECT_EQ(service_->AdminResetPassword("nobody", "HD-1"), Outcome::kNotFound);
}

TEST_F(AccountServiceTest,
       ABrokenCustomMessageLambdaMakesTheResetUnavailable) {  // UserLambdaValidationException
  ASSERT_THAT(cognito_.SetTrigger(
                  pool_.user_pool_id, cognito_fake::TriggerType::kCustomMessage,
                  [](const std::string&) -> std::string { throw std::runtime_error("bug"); }),
              IsOk());
  EXPECT_EQ(service_->AdminResetPassword("alice", "HD-2"), Outcome::kUnavailable);
  EXPECT_EQ(service_->SignIn("alice", kPassword), Outcome::kOk) << "nothing was reset";
}

// ------------------------------------------------ PreventUserExistenceErrors

TEST_F(AccountServiceTest, UnknownUsersLookTheSameAsKnownOnesWithEitherClientSetting) {
  for (auto setting : {cognito_fake::PreventUserExistenceErrorTypes::kLegacy,
                       cognito_fake::PreventUserExistenceErrorTypes::kEnabled}) {
    auto client = cognito_fake::FakeIdentityProvider::DefaultTestClientRequest();
    client.user_pool_id = pool_.user_pool_id;
    client.prevent_user_existence_errors = setting;
    const auto created = cognito_.CreateUserPoolClient(client);
    ASSERT_THAT(created, IsOk());
    AccountService service(cognito_, pool_.user_pool_id, *created->user_pool_client->client_id);
    EXPECT_EQ(service.StartReset("nobody@example.com"), Outcome::kCodeSent) << setting;
    EXPECT_EQ(service.SignIn("nobody", kPassword), Outcome::kBadCredentials) << setting;
  }
}

// ------------------------------------------------------------- with a mock

TEST_F(AccountServiceTest, TheHelpDeskTicketReachesCognito) {
  ::testing::NiceMock<cognito_fake::MockIdentityProvider> mock;
  mock.DelegateToFake(cognito_);
  EXPECT_CALL(
      mock, AdminResetUserPassword(
                Field(&cognito_fake::AdminResetUserPasswordRequest::client_metadata,
                      ElementsAre(std::pair<const std::string, std::string>("ticket", "HD-77")))));
  AccountService service(mock, pool_.user_pool_id, pool_.client_id);
  EXPECT_EQ(service.AdminResetPassword("alice", "HD-77"), Outcome::kCodeSent);
}

TEST_F(AccountServiceTest, AMockCanStandInForCognitoEntirely) {
  cognito_fake::MockIdentityProvider mock;
  EXPECT_CALL(mock, InitiateAuth(_))
      .WillOnce(Return(cognito_fake::Status(ErrorCode::kPasswordResetRequired,
                                            "Password reset required for the user")));
  AccountService service(mock, "us-east-1_pool", "client");
  EXPECT_EQ(service.SignIn("alice", kPassword), Outcome::kResetRequired);
}

}  // namespace
}  // namespace account
