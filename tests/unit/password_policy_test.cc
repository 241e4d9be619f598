#include "internal/password_policy.h"

#include <gtest/gtest.h>

namespace cognito_fake {
namespace internal {
namespace {

std::string Why(std::string_view password, EffectivePasswordPolicy policy = {}) {
  return PasswordPolicyViolation(policy, password).value_or("OK");
}

TEST(PasswordPolicy, AcceptsAPasswordMeetingEveryRequirement) { EXPECT_EQ(Why("Passw0rd!"), "OK"); }

TEST(PasswordPolicy, GivesAwsReasonForEachRequirement) {
  EXPECT_EQ(Why("Pa0!"), "Password not long enough");
  EXPECT_EQ(Why("PASSW0RD!"), "Password must have lowercase characters");
  EXPECT_EQ(Why("passw0rd!"), "Password must have uppercase characters");
  EXPECT_EQ(Why("Password!"), "Password must have numeric characters");
  EXPECT_EQ(Why("Passw0rdX"), "Password must have symbol characters");
}

TEST(PasswordPolicy, RefusesLeadingOrTrailingWhitespaceBeforeAnythingElse) {
  const std::string reason = "Password must satisfy regular expression pattern: ^\\S.*\\S$";
  EXPECT_EQ(Why(" Passw0rd!"), reason);
  EXPECT_EQ(Why("Passw0rd! "), reason);
  EXPECT_EQ(Why(" a"), reason) << "checked before the length";
}

TEST(PasswordPolicy, ReportsOneReasonInAFixedOrder) {
  EXPECT_EQ(Why("abc"), "Password not long enough");
  EXPECT_EQ(Why("ABCDEFGHIJ"), "Password must have lowercase characters");
  EXPECT_EQ(Why("abcdefghij"), "Password must have uppercase characters");
}

TEST(PasswordPolicy, EveryListedSymbolAndAnInnerSpaceCountAsSymbols) {
  for (char symbol : std::string("^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-")) {
    EXPECT_EQ(Why(std::string("Passw0rd") + symbol), "OK") << symbol;
  }
  EXPECT_EQ(Why("Pass w0rd"), "OK");
}

// Every byte, inside an otherwise bare password, against the classes as
// the documentation lists them: the policy's one-pass table must agree.
TEST(PasswordPolicy, EachByteCountsForExactlyTheClassesThatListIt) {
  const std::string symbols = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";
  for (int byte = 0; byte < 256; ++byte) {
    const char c = static_cast<char>(byte);
    const auto in = [c](std::string_view set) { return set.find(c) != std::string_view::npos; };
    EffectivePasswordPolicy policy;
    policy.minimum_length =
        2;  // a lone continuation byte makes two code points: the classes still decide
    policy.require_lowercase = policy.require_uppercase = policy.require_numbers =
        policy.require_symbols = false;
    const std::string password = std::string("\x01") + c + "\x01";  // \x01 belongs to no class
    policy.require_lowercase = true;
    EXPECT_EQ(Why(password, policy) == "OK", in("abcdefghijklmnopqrstuvwxyz")) << byte;
    policy.require_lowercase = false;
    policy.require_uppercase = true;
    EXPECT_EQ(Why(password, policy) == "OK", in("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) << byte;
    policy.require_uppercase = false;
    policy.require_numbers = true;
    EXPECT_EQ(Why(password, policy) == "OK", in("0123456789")) << byte;
    policy.require_numbers = false;
    policy.require_symbols = true;
    EXPECT_EQ(Why(password, policy) == "OK", in(symbols)) << byte;
  }
}

TEST(PasswordPolicy, OnlyBasicLatinLettersCountAsCased) {
  EXPECT_EQ(Why("\xc3\x89\xc3\x89\xc3\x89\xc3\x89"
                "1234!"),
            "Password must have lowercase characters");
}

TEST(PasswordPolicy, CountsLengthInCodePoints) {
  EffectivePasswordPolicy policy;
  policy.minimum_length = 9;
  EXPECT_EQ(Why("P\xc3\xa4ssw0rd!", policy), "OK");  // 9 code points, 10 bytes
  policy.minimum_length = 10;
  EXPECT_EQ(Why("P\xc3\xa4ssw0rd!", policy), "Password not long enough");
}

TEST(PasswordPolicy, DisabledRequirementsAreNotChecked) {
  EffectivePasswordPolicy policy;
  policy.minimum_length = 6;
  policy.require_uppercase = policy.require_lowercase = false;
  policy.require_numbers = policy.require_symbols = false;
  EXPECT_EQ(Why("simple", policy), "OK");
}

TEST(GenerateTemporaryPassword, AlwaysSatisfiesThePolicyAndIsDeterministic) {
  for (int minimum : {6, 8, 20, 99}) {
    EffectivePasswordPolicy policy;
    policy.minimum_length = minimum;
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
      Random random(seed);
      const std::string password = GenerateTemporaryPassword(policy, random);
      EXPECT_GE(password.size(), static_cast<std::size_t>(std::max(minimum, 8)));
      EXPECT_EQ(Why(password, policy), "OK") << password;
      Random again(seed);
      EXPECT_EQ(GenerateTemporaryPassword(policy, again), password);
    }
  }
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
