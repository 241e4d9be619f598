// UserTable: the pool's users by users key, with the lookups by sub and
// sign-in alias.

#include "internal/user_table.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "internal/ascii.h"

namespace cognito_fake {
namespace internal {
namespace {

using Alias = UserTable::Alias;

// "<prefix><n>", built by appending (g++ 12 warns, wrongly, on "literal" + std::string).
std::string Name(const char* prefix, long n) {
  std::string name(prefix);
  name += std::to_string(n);
  return name;
}

UserRecord Record(const std::string& username, const std::string& sub,
                  const std::string& email = "") {
  UserRecord record;
  record.username = username;
  record.attributes.push_back(AttributeType{"sub", sub});
  if (!email.empty()) record.attributes.push_back(AttributeType{"email", email});
  return record;
}

TEST(UserTable, FindsEachUserByItsKeyAndNoOther) {
  UserTable table;
  UserRecord& alice = table.Insert("alice", Record("alice", "sub-a"));
  UserRecord& bob = table.Insert("bob", Record("bob", "sub-b"));
  EXPECT_EQ(table.Find("alice"), &alice);
  EXPECT_EQ(table.Find("bob"), &bob);
  EXPECT_EQ(table.Find("carol"), nullptr);
  EXPECT_EQ(table.Find("Alice"), nullptr) << "keys are compared exactly; callers fold them";
  EXPECT_EQ(table.size(), 2u);
}

TEST(UserTable, AgreesWithAMapThroughRandomInsertsAndErases) {
  UserTable table;
  std::map<std::string, std::string> expected;  // key -> sub
  std::mt19937 random(7);
  for (int step = 0; step < 5000; ++step) {
    const std::string key = Name("user", static_cast<long>(random() % 300));
    if (UserRecord* user = table.Find(key)) {
      ASSERT_EQ(expected.count(key), 1u) << key;
      ASSERT_EQ(user->sub(), expected[key]);
      table.Erase(key);
      expected.erase(key);
    } else {
      ASSERT_EQ(expected.count(key), 0u) << key;
      const std::string sub = Name("sub", step);
      table.Insert(key, Record(key, sub));
      expected[key] = sub;
    }
  }
  ASSERT_EQ(table.size(), expected.size());
  std::map<std::string, std::string> iterated;
  for (const auto& [key, user] : table) iterated[key] = user.sub();
  EXPECT_EQ(iterated, expected);
}

TEST(UserTable, RecordsStayWhereTheyAreWhileTheTableGrows) {
  UserTable table;
  UserRecord* first = &table.Insert("first", Record("first", "sub-0"));
  for (long i = 1; i < 10000; ++i)
    table.Insert(Name("user", i), Record(Name("user", i), Name("sub-", i)));
  EXPECT_EQ(table.Find("first"), first);
  EXPECT_EQ(first->sub(), "sub-0");
}

TEST(UserTable, AnErasedUsersKeyAndAliasesAreGone) {
  UserTable table;
  UserRecord& alice = table.Insert("alice", Record("alice", "sub-a", "a@example.com"));
  table.IndexAlias(Alias::kSub, "sub-a", "alice");
  table.IndexAlias(Alias::kEmail, "a@example.com", "alice");
  ASSERT_EQ(table.FindByAlias(Alias::kEmail, "a@example.com"), &alice);
  table.UnindexAlias(Alias::kSub, "sub-a", "alice");
  table.UnindexAlias(Alias::kEmail, "a@example.com", "alice");
  table.Erase("alice");
  EXPECT_EQ(table.Find("alice"), nullptr);
  EXPECT_EQ(table.FindByAlias(Alias::kSub, "sub-a"), nullptr);
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "a@example.com"), nullptr);
  EXPECT_TRUE(table.empty());
}

TEST(UserTable, IndexingAnAliasTakesItFromItsOwnerAndOnlyTheOwnerCanUnindexIt) {
  UserTable table;
  UserRecord& alice = table.Insert("alice", Record("alice", "sub-a", "shared@example.com"));
  UserRecord& bob = table.Insert("bob", Record("bob", "sub-b", "shared@example.com"));
  EXPECT_FALSE(table.HasAliases(Alias::kEmail));
  table.IndexAlias(Alias::kEmail, "shared@example.com", "alice");
  EXPECT_TRUE(table.HasAliases(Alias::kEmail));
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "shared@example.com"), &alice);
  table.IndexAlias(Alias::kEmail, "shared@example.com", "bob");
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "shared@example.com"), &bob);
  table.UnindexAlias(Alias::kEmail, "shared@example.com", "alice");  // not alice's any more
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "shared@example.com"), &bob);
  table.UnindexAlias(Alias::kEmail, "shared@example.com", "bob");
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "shared@example.com"), nullptr);
  EXPECT_EQ(table.FindByAlias(Alias::kPhoneNumber, "shared@example.com"), nullptr)
      << "each alias apart";
}

TEST(UserTable, ACopyIsASnapshotThatLaterChangesDoNotReach) {
  UserTable table;
  UserRecord& alice = table.Insert("alice", Record("alice", "sub-a"));
  table.IndexAlias(Alias::kSub, "sub-a", "alice");
  UserTable copy = table;
  alice.status = UserStatusType::kResetRequired;
  table.UnindexAlias(Alias::kSub, "sub-a", "alice");
  table.Erase("alice");
  UserRecord* copied = copy.Find("alice");
  ASSERT_NE(copied, nullptr);
  EXPECT_EQ(copied->status, UserStatusType::kUnconfirmed);
  EXPECT_EQ(copy.FindByAlias(Alias::kSub, "sub-a"), copied);
  copy.Erase("alice");
  EXPECT_TRUE(copy.empty());

  UserTable assigned;
  assigned.Insert("bob", Record("bob", "sub-b"));
  assigned = copy;
  EXPECT_EQ(assigned.Find("bob"), nullptr);
}

TEST(UserTable, OperatorBracketAddsADefaultRecordOnlyForANewKey) {
  UserTable table;
  UserRecord& alice = table.Insert("alice", Record("alice", "sub-a"));
  EXPECT_EQ(&table["alice"], &alice);
  UserRecord& added = table["bob"];
  EXPECT_EQ(added.username, "");
  EXPECT_EQ(table.Find("bob"), &added);
  EXPECT_EQ(table.size(), 2u);
}

TEST(UserTable, AUserWhoseKeyIsEmptyIsStillAUser) {
  UserTable table;
  UserRecord& nameless = table[""];
  EXPECT_EQ(table.Find(""), &nameless);
  EXPECT_EQ(table.size(), 1u);
  table.Erase("");
  EXPECT_TRUE(table.empty());
}

TEST(FoldedKey, IsTheTextWhenNotFoldingAndFoldsOnlyAsciiLettersOtherwise) {
  EXPECT_EQ(FoldedKey("Alice@Example.COM", false), "Alice@Example.COM");
  EXPECT_EQ(FoldedKey("Alice@Example.COM", true), "alice@example.com");
  EXPECT_EQ(FoldedKey("\xc3\x89MILE", true), "\xc3\x89mile")
      << "non-ASCII letters are left as they are";
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
