// Many threads on one fake: no lost users or codes, only legal statuses,
// and neither a reset code nor an SRP proof can be brute-forced by racing
// the attempt limit or the lockout.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/loopback_server.h>
#include <cognito_fake/wire_client.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

constexpr int kThreads = 8;
constexpr int kUsersPerThread = 25;

// One user's whole life: create, set a password, admin reset, forgot
// password, confirm with the code, sign in, read back.
void Lifecycle(FakeIdentityProvider& fake, IdentityProvider& cognito, const TestPool& pool,
               const std::string& name, std::atomic<int>& failures) {
  auto check = [&](const Status& status) {
    if (!status.ok()) ++failures;
  };
  AdminCreateUserRequest create;
  create.user_pool_id = pool.user_pool_id;
  create.username = name;
  create.message_action = MessageActionType::kSuppress;
  create.user_attributes = {{"email", name + "@example.com"}, {"email_verified", "true"}};
  check(cognito.AdminCreateUser(create).status());
  check(cognito.AdminSetUserPassword({pool.user_pool_id, name, "Passw0rd!", true}).status());
  check(cognito.AdminResetUserPassword({pool.user_pool_id, name, {}}).status());
  check(cognito.ForgotPassword({pool.client_id, std::nullopt, name, {}}).status());
  const std::string code = fake.LastCodeFor(pool.user_pool_id, name).value_or("");
  check(
      cognito.ConfirmForgotPassword({pool.client_id, std::nullopt, name, code, "N3w-Passw0rd!", {}})
          .status());
  check(fake.SignIn(pool, name, "N3w-Passw0rd!").status());
  ListUsersRequest list;
  list.user_pool_id = pool.user_pool_id;
  list.limit = 5;
  check(cognito.ListUsers(list).status());
}

void ExpectAllConfirmed(FakeIdentityProvider& fake, const TestPool& pool, int expected_users) {
  ListUsersRequest list;
  list.user_pool_id = pool.user_pool_id;
  int users = 0;
  do {
    auto page = fake.ListUsers(list);
    ASSERT_OK(page);
    for (const UserType& user : page->users) {
      ++users;
      EXPECT_EQ(user.user_status, UserStatusType::kConfirmed) << *user.username;
    }
    list.pagination_token = page->pagination_token;
  } while (list.pagination_token);
  EXPECT_EQ(users, expected_users);
}

TEST(Concurrency, ManyThreadsRunningWholeLifecyclesLoseNothing) {
  FakeOptions options = FakeOptions().WithSeed(4).WithStartTime(FakeClock::DefaultStart());
  options.limits.cognito_default_emails_per_day = 1000;  // 400 emails go out
  FakeIdentityProvider fake(options);
  const TestPool pool = fake.CreateUserPoolForTest().value();
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kUsersPerThread; ++i) {
        Lifecycle(fake, fake, pool, "user-" + std::to_string(t) + "-" + std::to_string(i),
                  failures);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  ExpectAllConfirmed(fake, pool, kThreads * kUsersPerThread);
  EXPECT_EQ(fake.outbox().size(), static_cast<std::size_t>(2 * kThreads * kUsersPerThread))
      << "one admin-reset and one forgot-password message per user";
}

TEST(Concurrency, ThreadsThroughTheHttpEndpointLoseNothing) {
  FakeIdentityProvider fake(FakeOptions().WithSeed(5).WithStartTime(FakeClock::DefaultStart()));
  const TestPool pool = fake.CreateUserPoolForTest().value();
  auto server = LoopbackServer::Start(fake);
  ASSERT_OK(server);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      WireClient client(HttpTransport((*server)->url()));
      for (int i = 0; i < 5; ++i) {
        Lifecycle(fake, client, pool, "http-" + std::to_string(t) + "-" + std::to_string(i),
                  failures);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  ExpectAllConfirmed(fake, pool, 20);
}

TEST(Concurrency, RacingGuessesNeverBeatTheAttemptLimit) {
  FakeIdentityProvider fake(FakeOptions().WithSeed(6).WithStartTime(FakeClock::DefaultStart()));
  const TestPool pool = fake.CreateUserPoolForTest().value();
  fake.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  ASSERT_OK(fake.AdminResetUserPassword({pool.user_pool_id, "alice", {}}));
  const std::string code = *fake.LastCodeFor(pool.user_pool_id, "alice");

  std::atomic<int> mismatches{0}, limited{0}, accepted{0}, other{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 100; ++i) {
        std::string guess = std::to_string(100000 + t * 1000 + i);
        if (guess == code) guess = "999999" == code ? "999998" : "999999";
        const Status status =
            fake.ConfirmForgotPassword(
                    {pool.client_id, std::nullopt, "alice", guess, "N3w-Passw0rd!", {}})
                .status();
        switch (status.code()) {
          case ErrorCode::kCodeMismatch:
            ++mismatches;
            break;
          case ErrorCode::kLimitExceeded:
            ++limited;
            break;
          case ErrorCode::kOk:
            ++accepted;
            break;
          default:
            ++other;
            break;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(accepted.load(), 0) << "a wrong code was accepted";
  EXPECT_EQ(other.load(), 0);
  EXPECT_EQ(mismatches.load(), fake.options().limits.wrong_reset_codes_per_hour)
      << "exactly the limit's worth of wrong attempts was judged";
  EXPECT_EQ(limited.load(), kThreads * 100 - fake.options().limits.wrong_reset_codes_per_hour);
  EXPECT_EQ(
      fake.ConfirmForgotPassword({pool.client_id, std::nullopt, "alice", code, "N3w-Passw0rd!", {}})
          .status()
          .code(),
      ErrorCode::kLimitExceeded)
      << "locked out even with the right code";
}

TEST(Concurrency, RacingWrongSrpProofsNeverBeatTheLockout) {
  FakeIdentityProvider fake(FakeOptions().WithSeed(7).WithStartTime(FakeClock::DefaultStart()));
  const TestPool pool = fake.CreateUserPoolForTest().value();
  fake.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  constexpr int kSrpThreads = 4;
  constexpr int kAttempts = 5;
  std::atomic<int> judged{0}, locked{0}, other{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kSrpThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kAttempts; ++i) {
        const Status status = fake.SignInWithSrp(pool, "alice", "Wr0ng-password!").status();
        if (status.code() == ErrorCode::kNotAuthorized &&
            status.message() == "Incorrect username or password.") {
          ++judged;
        } else if (status.code() == ErrorCode::kNotAuthorized &&
                   status.message() == "Password attempts exceeded") {
          ++locked;
        } else {
          ++other;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(other.load(), 0);
  EXPECT_EQ(judged.load(), fake.options().limits.failed_sign_ins_before_lockout)
      << "exactly the lockout's worth of wrong proofs was judged";
  EXPECT_EQ(locked.load(), kSrpThreads * kAttempts - judged.load());
  EXPECT_EQ(fake.SignInWithSrp(pool, "alice", "Passw0rd!").status().message(),
            "Password attempts exceeded")
      << "locked out even with the right password";
}

TEST(Concurrency, DrainsAndClearsRacingSendersLoseNoMessageAndMixNoTexts) {
  // Senders record (and now and then clear) while another thread drains
  // and peeks over and over: no message is drained twice, and each one
  // read reads back whole (storage is reused only once its messages are
  // gone).
  Outbox outbox;
  constexpr int kSenders = 4;
  constexpr int kPerSender = 3000;
  std::atomic<int> senders_done{0};
  std::atomic<int> torn{0};
  std::vector<std::uint64_t> seen;  // the sequence numbers drained
  auto intact = [](const Message& message) {
    return message.body ==
           message.username + "|" + message.code + "|" + std::string(150, message.code.back());
  };
  std::thread drainer([&] {
    for (int round = 0; senders_done.load() < kSenders; ++round) {
      if (round % 2 == 0) {
        for (const Message& message : outbox.Drain()) {
          seen.push_back(message.sequence);
          if (!intact(message)) ++torn;
        }
      } else {
        for (const Message& message : outbox.Peek()) {
          if (!intact(message)) ++torn;
        }
      }
    }
  });
  std::vector<std::thread> senders;
  for (int t = 0; t < kSenders; ++t) {
    senders.emplace_back([&, t] {
      for (int i = 0; i < kPerSender; ++i) {
        Message message;
        message.user_pool_id = "pool";
        message.username = "user" + std::to_string(t);
        message.code = std::to_string(100000 + i);
        message.body =
            message.username + "|" + message.code + "|" + std::string(150, message.code.back());
        outbox.Record(std::move(message));
        if (i % 500 == 0) outbox.Clear();  // a sender clearing what it and the others sent so far
      }
      ++senders_done;
    });
  }
  for (auto& sender : senders) sender.join();
  drainer.join();
  for (const Message& message : outbox.Drain()) {
    seen.push_back(message.sequence);
    if (!intact(message)) ++torn;
  }
  EXPECT_EQ(torn.load(), 0);
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end()) << "a message drained twice";
  EXPECT_LE(seen.size(), static_cast<std::size_t>(kSenders * kPerSender));
  EXPECT_GT(seen.size(), 0u);
  EXPECT_TRUE(outbox.empty());
  outbox.Record(Message{});
  EXPECT_EQ(outbox.Last()->sequence, static_cast<std::uint64_t>(kSenders * kPerSender + 1))
      << "every message was numbered once";
}

}  // namespace
}  // namespace cognito_fake
