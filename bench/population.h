#ifndef COGNITO_FAKE_BENCH_POPULATION_H_
#define COGNITO_FAKE_BENCH_POPULATION_H_

// The fixture every benchmark starts from: one fake, one pool that sends
// email through its own SES identity (as production pools do, so that
// COGNITO_DEFAULT's 50 emails a day do not end a long run), one app
// client, and `users` confirmed users: user<i>, user<i>@example.com
// (verified), password kPassword.

#include <cognito_fake/fake_identity_provider.h>

#include <chrono>
#include <string>
#include <vector>

namespace cognito_fake {
namespace bench {

inline constexpr char kPassword[] = "Passw0rd!";
inline constexpr char kSesIdentity[] = "arn:aws:ses:us-east-1:123456789012:identity/example.com";

inline CreateUserPoolRequest SesPoolRequest() {
  CreateUserPoolRequest request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.email_configuration = EmailConfigurationType{};
  request.email_configuration->email_sending_account = EmailSendingAccountType::kDeveloper;
  request.email_configuration->source_arn = kSesIdentity;
  return request;
}

inline std::string UserName(int i) { return "user" + std::to_string(i); }

struct Population {
  explicit Population(int users) {
    fake.DefineSesIdentity(kSesIdentity, SesIdentity{});
    pool = fake.CreateUserPoolForTest(SesPoolRequest()).value();
    names.reserve(static_cast<std::size_t>(users));
    std::vector<TestUser> batch;
    batch.reserve(static_cast<std::size_t>(users));
    for (int i = 0; i < users; ++i) {
      names.push_back(UserName(i));
      batch.push_back(
          TestUser{names.back(), kPassword, {{"email", names.back() + "@example.com"}}});
    }
    fake.AddConfirmedUsers(pool, std::move(batch)).value();
  }
  // Ends a pass over the pool: forgets the messages and moves past every
  // hourly per-user limit.
  void NextPass() {
    fake.outbox().Clear();
    fake.clock().Advance(std::chrono::hours(2));
  }

  FakeIdentityProvider fake;
  TestPool pool;
  std::vector<std::string> names;
};

}  // namespace bench
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_BENCH_POPULATION_H_
