// MockIdentityProvider, the matchers, and what their failures look like.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fault_injector.h>
#include <cognito_fake/mocks.h>
#include <gmock/gmock.h>
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::testing::_;
using ::testing::AllOf;
using ::testing::Contains;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::NiceMock;
using ::testing::Not;
using ::testing::Optional;
using ::testing::Return;
using namespace ::cognito_fake_testing;  // NOLINT(build/namespaces)

class Mocks : public ::testing::Test {
 protected:
  void SetUp() override {
    pool_ = EmailAliasPoolWithAlice(fake_);
    mock_.DelegateToFake(fake_);
  }

  FakeIdentityProvider fake_;
  TestPool pool_;
  NiceMock<MockIdentityProvider> mock_;
};

TEST_F(Mocks, DelegatesToTheFakeByDefault) {
  EXPECT_CALL(mock_,
              AdminResetUserPassword(Field(&AdminResetUserPasswordRequest::username, "alice")));
  EXPECT_THAT(mock_.AdminResetUserPassword({pool_.user_pool_id, "alice", {{"ticket", "1"}}}),
              IsOk());
  EXPECT_THAT(
      fake_.outbox().Peek(),
      Contains(AllOf(ResetCodeSentTo("alice@example.com"), WithClientMetadata("ticket", "1"),
                     ForUser("alice"), ByMedium(DeliveryMediumType::kEmail))));
  EXPECT_THAT(mock_.AdminGetUser({pool_.user_pool_id, "alice"}),
              IsOkAndHolds(Field(&AdminGetUserResponse::user_status,
                                 Optional(UserStatusType::kResetRequired))));
}

TEST_F(Mocks, AnExpectationOverridesTheFakeForOneOperation) {
  EXPECT_CALL(mock_, ForgotPassword(_))
      .WillOnce(Return(
          Status(ErrorCode::kLimitExceeded, "Attempt limit exceeded, please try after some time.")))
      .WillRepeatedly(::testing::DoDefault());
  EXPECT_THAT(mock_.ForgotPassword({pool_.client_id, std::nullopt, "alice", {}}),
              StatusIs(ErrorCode::kLimitExceeded, HasSubstr("Attempt limit")));
  EXPECT_THAT(mock_.ForgotPassword({pool_.client_id, std::nullopt, "alice", {}}), IsOk())
      << "then the fake again";
}

TEST_F(Mocks, StatusMatchersExplainTheirFailures) {
  const Status not_found(ErrorCode::kUserNotFound, "User does not exist.");
  EXPECT_NONFATAL_FAILURE(EXPECT_THAT(not_found, IsOk()),
                          "which is UserNotFoundException: User does not exist.");
  EXPECT_NONFATAL_FAILURE(EXPECT_THAT(not_found, StatusIs(ErrorCode::kNotAuthorized)),
                          "Expected: is NotAuthorizedException with a message that");
  EXPECT_NONFATAL_FAILURE(EXPECT_THAT(StatusOr<int>(7), IsOkAndHolds(8)),
                          "whose value 7 doesn't match");
  EXPECT_THAT(StatusOr<int>(7), IsOkAndHolds(7));
  EXPECT_THAT(not_found, Not(IsOk()));
}

TEST_F(Mocks, MessageMatchersExplainTheirFailures) {
  ASSERT_THAT(fake_.AdminResetUserPassword({pool_.user_pool_id, "alice", {}}), IsOk());
  const Message message = *fake_.outbox().Last();
  EXPECT_NONFATAL_FAILURE(EXPECT_THAT(message, ResetCodeSentTo("bob@example.com")),
                          "is a delivered password-reset code sent to \"bob@example.com\"");
  EXPECT_NONFATAL_FAILURE(EXPECT_THAT(message, WithClientMetadata("ticket", "1")),
                          "whose ClientMetadata has no ticket");
}

TEST_F(Mocks, AMissedMockExpectationIsReported) {
  EXPECT_NONFATAL_FAILURE(
      {
        MockIdentityProvider strict;
        EXPECT_CALL(strict, AdminResetUserPassword(_)).Times(1);
      },
      "Actual: never called - unsatisfied and active");
}

TEST_F(Mocks, JournalMatchersFindTheCallWhereARuleFired) {
  FaultInjector faults(mock_, &fake_.clock());
  ASSERT_THAT(
      faults.Add(
          FaultRule::On(Operation::kAdminGetUser).Named("down").Fail(ErrorCode::kInternalError)),
      IsOk());
  EXPECT_THAT(faults.AdminGetUser({pool_.user_pool_id, "alice"}),
              StatusIs(ErrorCode::kInternalError));
  EXPECT_THAT(faults.journal(),
              Contains(AllOf(FaultFired("down"), CallOf(Operation::kAdminGetUser))));
}

}  // namespace
}  // namespace cognito_fake
