#include "internal/user_filter.h"

#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace cognito_fake {
namespace internal {
namespace {

using ::cognito_fake_testing::IsOk;

UserFilter Parse(std::string_view text) {
  auto parsed = ParseUserFilter(text);
  EXPECT_THAT(parsed, IsOk()) << text;
  if (!parsed.ok() || !*parsed) return {};
  return **parsed;
}

TEST(ParseUserFilter, EmptyOrBlankMatchesEveryone) {
  for (std::string_view text : {"", "   "}) {
    auto parsed = ParseUserFilter(text);
    ASSERT_THAT(parsed, IsOk());
    EXPECT_FALSE(parsed->has_value());
  }
}

TEST(ParseUserFilter, ReadsEqualsAndStartsWith) {
  UserFilter equals = Parse(R"(email = "a@b.c")");
  EXPECT_EQ(equals.attribute, "email");
  EXPECT_EQ(equals.kind, UserFilter::Kind::kEquals);
  EXPECT_EQ(equals.value, "a@b.c");
  UserFilter prefix = Parse(R"(email^="al")");
  EXPECT_EQ(prefix.kind, UserFilter::Kind::kStartsWith);
  EXPECT_EQ(prefix.value, "al");
}

TEST(ParseUserFilter, UnescapesQuotesInTheValue) {
  EXPECT_EQ(Parse(R"(family_name = "O\"Neil")").value, "O\"Neil");
}

TEST(ParseUserFilter, AcceptsEverySearchableAttribute) {
  for (std::string_view name :
       {"username", "email", "phone_number", "name", "given_name", "family_name",
        "preferred_username", "cognito:user_status", "status", "sub"}) {
    EXPECT_EQ(Parse(std::string(name) + " = \"x\"").attribute, name);
  }
}

TEST(ParseUserFilter, MalformedFiltersAreInvalidParameter) {
  for (std::string_view text :
       {"foo", "email = bob", "email == \"x\"", "email = \"x\" extra", "email = \"unterminated",
        "custom:tier = \"x\"", "Email = \"x\"", "= \"x\""}) {
    auto parsed = ParseUserFilter(text);
    EXPECT_EQ(parsed.status().code(), ErrorCode::kInvalidParameter) << text;
    EXPECT_EQ(parsed.status().message(), "Error while parsing filter.") << text;
  }
}

TEST(FilterMatches, ComparesExactlyOrByPrefix) {
  EXPECT_TRUE(FilterMatches(Parse(R"(email = "a@b.c")"), "a@b.c"));
  EXPECT_FALSE(FilterMatches(Parse(R"(email = "a@b.c")"), "A@b.c"));
  EXPECT_FALSE(FilterMatches(Parse(R"(email = "a@b")"), "a@b.c"));
  EXPECT_TRUE(FilterMatches(Parse(R"(email ^= "a@")"), "a@b.c"));
  EXPECT_FALSE(FilterMatches(Parse(R"(email ^= "b")"), "a@b.c"));
  EXPECT_TRUE(FilterMatches(Parse(R"(email ^= "")"), "anything"));
}

TEST(FilterMatches, UserStatusIgnoresCase) {
  EXPECT_TRUE(FilterMatches(Parse(R"(cognito:user_status = "confirmed")"), "CONFIRMED"));
  EXPECT_FALSE(FilterMatches(Parse(R"(status = "enabled")"), "Enabled"));
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
