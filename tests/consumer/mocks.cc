// A user's test with the mocks component: the mock delegating to the fake,
// one call expected, asserted with the published matchers.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/mocks.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace {

using cognito_fake_testing::IsOk;
using cognito_fake_testing::StatusIs;

TEST(ConsumerMocks, TheMockDelegatesToTheFakeAndCountsTheCall) {
  cognito_fake::FakeIdentityProvider fake(cognito_fake::FakeOptions().WithSeed(3));
  auto pool = fake.CreateUserPoolForTest().value();
  fake.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  cognito_fake::MockIdentityProvider mock;
  mock.DelegateToFake(fake);
  EXPECT_CALL(mock, AdminResetUserPassword(::testing::_)).Times(1);
  EXPECT_THAT(mock.AdminResetUserPassword({pool.user_pool_id, "alice", {}}), IsOk());
  EXPECT_THAT(fake.SignIn(pool, "alice", "Passw0rd!"),
              StatusIs(cognito_fake::ErrorCode::kPasswordResetRequired));
}

}  // namespace
