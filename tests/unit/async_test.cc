#include <cognito_fake/async.h>
#include <gtest/gtest.h>

#include <atomic>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using Async = FakeTest;

TEST_F(Async, CallableReturnsAFutureOfTheResult) {
  AsyncCaller async(fake_);
  auto reset = async.AdminResetUserPasswordCallable({pool_.user_pool_id, "alice", {}});
  EXPECT_OK(reset.get());
  auto missing = async.AdminGetUserCallable({pool_.user_pool_id, "nobody"});
  EXPECT_STATUS(missing.get(), ErrorCode::kUserNotFound, "User does not exist.");
  EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kResetRequired);
}

TEST_F(Async, AsyncCallsTheHandlerWithProviderRequestAndResult) {
  std::atomic<int> handled{0};
  {
    AsyncCaller async(fake_);
    for (int i = 0; i < 8; ++i) {
      async.AdminGetUserAsync(
          {pool_.user_pool_id, "alice"},
          [&](const IdentityProvider& provider, const AdminGetUserRequest& request,
              const StatusOr<AdminGetUserResponse>& result) {
            EXPECT_EQ(&provider, &fake_);
            EXPECT_EQ(request.username, "alice");
            EXPECT_OK(result);
            ++handled;
          });
    }
  }  // the destructor waits for every call
  EXPECT_EQ(handled.load(), 8);
}

}  // namespace
}  // namespace cognito_fake
