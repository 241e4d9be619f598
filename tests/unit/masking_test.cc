#include "internal/masking.h"

#include <gtest/gtest.h>

namespace cognito_fake {
namespace internal {
namespace {

TEST(MaskEmail, ShowsTheFirstCharacterOfLocalPartAndDomainOnly) {
  EXPECT_EQ(MaskEmail("alice@example.com"), "a***@e***");
  EXPECT_EQ(MaskEmail("test@test.com"), "t***@t***");
  EXPECT_EQ(MaskEmail("a@x.io"), "a***@x***");
}

TEST(MaskEmail, KeepsTheStoredCase) { EXPECT_EQ(MaskEmail("Bob@Example.com"), "B***@E***"); }

TEST(MaskEmail, CountsCodePointsNotBytes) {
  EXPECT_EQ(MaskEmail("\xc3\xa9mile@\xc3\xa9t\xc3\xa9.fr"), "\xc3\xa9***@\xc3\xa9***");
}

TEST(MaskEmail, WithoutAnAtSignShowsTheFirstCharacter) { EXPECT_EQ(MaskEmail("nobody"), "n***"); }

TEST(MaskPhone, ShowsOnlyTheLastFourDigits) {
  EXPECT_EQ(MaskPhone("+15551234567"), "+*******4567");
  EXPECT_EQ(MaskPhone("+447700900123"), "+********0123");
}

TEST(MaskPhone, IgnoresSeparatorsAndShowsShortNumbersWhole) {
  EXPECT_EQ(MaskPhone("+1 (555) 123-4567"), "+*******4567");
  EXPECT_EQ(MaskPhone("+1234"), "+1234");
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
