// Calls each budgeted operation once for each of 2 000 users, for
// callgrind, whose instruction counts do not move with the machine's load:
//
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out build/release/bench/instruction_counts
//   callgrind_annotate --inclusive=yes /tmp/cg.out | grep -E 'FakeIdentityProvider::[A-Za-z]+\(' | grep -v Impl
//
// then divide each operation's inclusive count by 2 000.

#include "population.h"

#include <cognito_fake/fake_identity_provider.h>

#include <cstdio>
#include <string>
#include <vector>

int main() {
  using namespace cognito_fake;  // NOLINT(build/namespaces)
  constexpr int kUsers = 2000;
  bench::Population population(kUsers);  // AddConfirmedUser, 2 000 times
  FakeIdentityProvider& fake = population.fake;
  const TestPool& pool = population.pool;
  int failures = 0;
  for (const std::string& name : population.names) failures += !fake.AdminGetUser({pool.user_pool_id, name}).ok();
  for (const std::string& name : population.names) {
    failures += !fake.AdminResetUserPassword({pool.user_pool_id, name, {}}).ok();
  }
  fake.outbox().Clear();
  for (const std::string& name : population.names) {
    failures += !fake.ForgotPassword({pool.client_id, std::nullopt, name, {}}).ok();
  }
  std::vector<std::string> codes;
  for (Message& message : fake.outbox().Drain()) codes.push_back(std::move(message.code));
  for (int i = 0; i < kUsers; ++i) {
    failures += !fake.ConfirmForgotPassword({pool.client_id, std::nullopt, population.names[i], codes[i], "N3w-Passw0rd!", {}})
                     .ok();
  }
  InitiateAuthRequest sign_in;
  sign_in.auth_flow = AuthFlowType::kUserPasswordAuth;
  sign_in.client_id = pool.client_id;
  for (const std::string& name : population.names) {
    sign_in.auth_parameters = {{"USERNAME", name}, {"PASSWORD", "N3w-Passw0rd!"}};
    failures += !fake.InitiateAuth(sign_in).ok();
  }
  std::printf("%d users, %d failed calls\n", kUsers, failures);
  return failures == 0 ? 0 : 1;
}
