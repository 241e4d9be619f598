// PoolRecord: a pool's users and the names Cognito signs them in by.

#include "internal/pool_record.h"

#include <gtest/gtest.h>

#include <string>

namespace cognito_fake {
namespace internal {
namespace {

UserRecord& AddUser(PoolRecord& pool, const std::string& username, AttributeListType attributes) {
  UserRecord record;
  record.username = username;
  record.attributes = std::move(attributes);
  UserRecord& user = pool.users.Insert(pool.UsernameKey(username), std::move(record));
  pool.IndexUser(user);
  return user;
}

TEST(PoolRecord, FindsAUserByUsernameThenActiveAliasThenSub) {
  PoolRecord pool;
  pool.description.alias_attributes = {AliasAttributeType::kEmail,
                                       AliasAttributeType::kPreferredUsername};
  UserRecord& alice = AddUser(pool, "alice",
                              {{"sub", "sub-a"},
                               {"email", "a@example.com"},
                               {"email_verified", "true"},
                               {"preferred_username", "al"}});
  UserRecord& bob = AddUser(pool, "bob", {{"sub", "sub-b"}, {"email", "b@example.com"}});
  EXPECT_EQ(pool.FindUser("alice"), &alice);
  EXPECT_EQ(pool.FindUser("a@example.com"), &alice) << "a verified email alias";
  EXPECT_EQ(pool.FindUser("al"), &alice) << "preferred_username needs no verification";
  EXPECT_EQ(pool.FindUser("sub-b"), &bob);
  EXPECT_EQ(pool.FindUser("b@example.com"), nullptr)
      << "an unverified email alias is no sign-in name";
  EXPECT_EQ(pool.FindUser("Alice"), nullptr) << "a case-sensitive pool";
}

TEST(PoolRecord, ACaseInsensitivePoolFoldsUsernamesAndEmailsButKeepsTheSubExact) {
  PoolRecord pool;
  pool.case_sensitive = false;
  pool.description.username_attributes = {UsernameAttributeType::kEmail};
  UserRecord& carol = AddUser(pool, "Carol", {{"sub", "Sub-C"}, {"email", "Carol@Example.com"}});
  EXPECT_EQ(pool.UsernameKey("Carol"), "carol");
  EXPECT_EQ(pool.FindUser("CAROL"), &carol);
  EXPECT_EQ(pool.FindUser("carol@example.COM"), &carol) << "a username attribute is always active";
  EXPECT_EQ(pool.FindUser("Sub-C"), &carol);
  EXPECT_EQ(pool.FindUser("sub-c"), nullptr);
}

TEST(PoolRecord, AnUnindexedUserIsFoundOnlyByUsernameAndAReindexFindsItAgain) {
  PoolRecord pool;
  pool.description.username_attributes = {UsernameAttributeType::kPhoneNumber};
  UserRecord& dave = AddUser(pool, "dave", {{"sub", "sub-d"}, {"phone_number", "+15555550100"}});
  EXPECT_EQ(pool.FindAliasOwner("phone_number", "+15555550100"), &dave);
  pool.UnindexUser(dave);
  EXPECT_EQ(pool.FindUser("+15555550100"), nullptr);
  EXPECT_EQ(pool.FindUser("sub-d"), nullptr);
  EXPECT_EQ(pool.FindUser("dave"), &dave);
  pool.Reindex();
  EXPECT_EQ(pool.FindUser("+15555550100"), &dave);
  EXPECT_EQ(pool.FindUser("sub-d"), &dave);
}

TEST(PoolRecord, IsActiveSignInNameFollowsTheUsernameAndAliasSettings) {
  PoolRecord pool;
  const AttributeListType unverified = {{"email", "e@example.com"},
                                        {"phone_number", "+15555550100"}};
  EXPECT_FALSE(pool.IsActiveSignInName(unverified, "email")) << "no aliases configured";
  pool.description.alias_attributes = {AliasAttributeType::kEmail};
  EXPECT_FALSE(pool.IsActiveSignInName(unverified, "email"));
  EXPECT_TRUE(
      pool.IsActiveSignInName({{"email", "e@example.com"}, {"email_verified", "true"}}, "email"));
  pool.description.username_attributes = {UsernameAttributeType::kPhoneNumber};
  EXPECT_TRUE(pool.IsActiveSignInName(unverified, "phone_number"));
  EXPECT_FALSE(pool.IsActiveSignInName(unverified, "name"));
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
