// A user's program with the wire component: the fake behind the AWS JSON 1.1
// dispatcher, called through WireClient in-process, with no GoogleTest.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/wire.h>
#include <cognito_fake/wire_client.h>

#include <cstdio>

int main() {
  cognito_fake::FakeIdentityProvider fake(cognito_fake::FakeOptions().WithSeed(3));
  auto pool = fake.CreateUserPoolForTest().value();
  fake.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  cognito_fake::WireDispatcher dispatcher(fake);
  cognito_fake::WireClient cognito(cognito_fake::InProcessTransport(dispatcher));
  if (!cognito.AdminResetUserPassword({pool.user_pool_id, "alice", {}}).ok()) {
    std::puts("FAIL: AdminResetUserPassword over the wire");
    return 1;
  }
  auto refused = fake.SignIn(pool, "alice", "Passw0rd!");
  if (refused.ok() || refused.status().code() != cognito_fake::ErrorCode::kPasswordResetRequired) {
    std::puts("FAIL: sign-in after the reset was not refused with PasswordResetRequired");
    return 1;
  }
  std::puts("wire: ok");
  return 0;
}
