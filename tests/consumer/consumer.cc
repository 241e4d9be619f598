// A user's test: the reset flow through the fake, over the loopback
// endpoint, and with a matcher, built against cognito_fake as a package.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/loopback_server.h>
#include <cognito_fake/mocks.h>
#include <gtest/gtest.h>

namespace {

using cognito_fake_testing::IsOk;
using cognito_fake_testing::StatusIs;

TEST(Consumer, ResetsAPasswordThroughTheFakeAndTheEndpoint) {
  cognito_fake::FakeIdentityProvider fake(cognito_fake::FakeOptions().WithSeed(3));
  auto pool = fake.CreateUserPoolForTest().value();
  fake.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  auto server = cognito_fake::LoopbackServer::Start(fake);
  ASSERT_THAT(server, IsOk());
  cognito_fake::WireClient cognito(cognito_fake::HttpTransport((*server)->url()));
  EXPECT_THAT(cognito.AdminResetUserPassword({pool.user_pool_id, "alice", {}}), IsOk());
  EXPECT_THAT(fake.SignIn(pool, "alice", "Passw0rd!"),
              StatusIs(cognito_fake::ErrorCode::kPasswordResetRequired));
}

}  // namespace
