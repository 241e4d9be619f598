// A user's program with the server component: the fake on a loopback HTTP
// endpoint, called through WireClient over HTTP, with no GoogleTest.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/loopback_server.h>
#include <cognito_fake/wire_client.h>

#include <cstdio>

int main() {
  cognito_fake::FakeIdentityProvider fake(cognito_fake::FakeOptions().WithSeed(3));
  auto pool = fake.CreateUserPoolForTest().value();
  fake.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  auto server = cognito_fake::LoopbackServer::Start(fake);
  if (!server.ok()) {
    std::puts("FAIL: LoopbackServer::Start");
    return 1;
  }
  cognito_fake::WireClient cognito(cognito_fake::HttpTransport((*server)->url()));
  if (!cognito.AdminResetUserPassword({pool.user_pool_id, "alice", {}}).ok()) {
    std::puts("FAIL: AdminResetUserPassword over HTTP");
    return 1;
  }
  auto refused = fake.SignIn(pool, "alice", "Passw0rd!");
  if (refused.ok() || refused.status().code() != cognito_fake::ErrorCode::kPasswordResetRequired) {
    std::puts("FAIL: sign-in after the reset was not refused with PasswordResetRequired");
    return 1;
  }
  std::puts("server: ok");
  return 0;
}
