// A user's program with the core only: the reset flow through the fake,
// built against cognito_fake::cognito_fake alone, with no GoogleTest.

#include <cognito_fake/fake_identity_provider.h>

#include <cstdio>

int main() {
  cognito_fake::FakeIdentityProvider fake(cognito_fake::FakeOptions().WithSeed(3));
  auto pool = fake.CreateUserPoolForTest().value();
  fake.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  if (!fake.AdminResetUserPassword({pool.user_pool_id, "alice", {}}).ok()) {
    std::puts("FAIL: AdminResetUserPassword");
    return 1;
  }
  auto refused = fake.SignIn(pool, "alice", "Passw0rd!");
  if (refused.ok() || refused.status().code() != cognito_fake::ErrorCode::kPasswordResetRequired) {
    std::puts("FAIL: sign-in after the reset was not refused with PasswordResetRequired");
    return 1;
  }
  std::puts("core: ok");
  return 0;
}
