// PoolStore: a fake's pools and where each app client belongs.

#include "internal/pool_store.h"

#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace cognito_fake {
namespace internal {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;

PoolRecord Pool(const std::string& id) {
  PoolRecord pool;
  pool.description.id = id;
  return pool;
}

TEST(PoolStore, FindsAPoolByIdAndAnswersResourceNotFoundForAnother) {
  PoolStore store;
  PoolRecord& pool = store.AddPool("us-east-1_aaaaaaaaa", Pool("us-east-1_aaaaaaaaa"));
  EXPECT_TRUE(store.HasPool("us-east-1_aaaaaaaaa"));
  EXPECT_THAT(store.FindPool("us-east-1_aaaaaaaaa"), IsOk());
  EXPECT_EQ(*store.FindPool("us-east-1_aaaaaaaaa"), &pool);
  EXPECT_THAT(
      store.FindPool("us-east-1_bbbbbbbbb"),
      StatusIs(ErrorCode::kResourceNotFound, "User pool us-east-1_bbbbbbbbb does not exist."));
}

TEST(PoolStore, FindsAClientWithItsPoolFromTheClientIdAlone) {
  PoolStore store;
  PoolRecord& pool = store.AddPool("us-east-1_aaaaaaaaa", Pool("us-east-1_aaaaaaaaa"));
  ClientRecord& client = store.AddClient(pool, "client1", ClientRecord{});
  EXPECT_TRUE(store.HasClient("client1"));
  auto found = store.FindClient("client1");
  ASSERT_THAT(found, IsOk());
  EXPECT_EQ(found->first, &pool);
  EXPECT_EQ(found->second, &client);
  EXPECT_EQ(*PoolStore::FindClientInPool(pool, "client1"), &client);
  EXPECT_THAT(store.FindClient("client2"), StatusIs(ErrorCode::kResourceNotFound));
  EXPECT_THAT(PoolStore::FindClientInPool(pool, "client2"), StatusIs(ErrorCode::kResourceNotFound));
}

TEST(PoolStore, RemovingAPoolRemovesItsClients) {
  PoolStore store;
  PoolRecord& pool = store.AddPool("us-east-1_aaaaaaaaa", Pool("us-east-1_aaaaaaaaa"));
  store.AddClient(pool, "client1", ClientRecord{});
  store.RemovePool("us-east-1_aaaaaaaaa");
  EXPECT_FALSE(store.HasPool("us-east-1_aaaaaaaaa"));
  EXPECT_FALSE(store.HasClient("client1"));
  EXPECT_THAT(store.FindClient("client1"), StatusIs(ErrorCode::kResourceNotFound));
}

TEST(PoolStore, FindPoolAndUserChecksThePoolFirstThenTheUser) {
  PoolStore store;
  PoolRecord& pool = store.AddPool("us-east-1_aaaaaaaaa", Pool("us-east-1_aaaaaaaaa"));
  UserRecord alice;
  alice.username = "alice";
  alice.attributes = {{"sub", "sub-a"}};
  pool.IndexUser(pool.users.Insert("alice", std::move(alice)));
  auto found = store.FindPoolAndUser("us-east-1_aaaaaaaaa", "sub-a");
  ASSERT_THAT(found, IsOk());
  EXPECT_EQ(found->user->username, "alice");
  EXPECT_THAT(store.FindPoolAndUser("us-east-1_aaaaaaaaa", "bob"),
              StatusIs(ErrorCode::kUserNotFound, "User does not exist."));
  EXPECT_THAT(store.FindPoolAndUser("us-east-1_bbbbbbbbb", "bob"),
              StatusIs(ErrorCode::kResourceNotFound));
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
