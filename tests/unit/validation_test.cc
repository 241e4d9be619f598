#include "internal/validation.h"

#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <iterator>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "internal/ascii.h"

namespace cognito_fake {
namespace internal {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;

TEST(Matches, UserPoolIdNeedsARegionPrefixAnUnderscoreAndAnAlphanumericSuffix) {
  EXPECT_TRUE(Matches(Pattern::kUserPoolId, "us-east-1_AbC123xyZ"));
  EXPECT_TRUE(Matches(Pattern::kUserPoolId, "a_b_c"));
  EXPECT_TRUE(Matches(Pattern::kUserPoolId, "__a")) << "the prefix may be an underscore";
  EXPECT_TRUE(Matches(Pattern::kUserPoolId, "-_9"));
  for (std::string_view bad :
       {"no-underscore", "_abc", "abc_", "a_b-c", "a b_c", "", "_", "a__", "a_-", "a-b"}) {
    EXPECT_FALSE(Matches(Pattern::kUserPoolId, bad)) << bad;
  }
}

TEST(Matches, UsernameIsLettersMarksSymbolsNumbersAndPunctuation) {
  for (std::string_view good :
       {"alice", "Bob@example.com", "+15551234567", "\xe6\x97\xa5\xe6\x9c\xac"}) {
    EXPECT_TRUE(Matches(Pattern::kUsername, good)) << good;
  }
  for (std::string_view bad : {"al ice", "tab\tname", "",
                               "a\xc2\xa0"
                               "b",
                               "a\xe2\x80\x8b"
                               "b"}) {
    EXPECT_FALSE(Matches(Pattern::kUsername, bad)) << bad;
  }
}

TEST(Matches, NonWhitespaceUsesJavaWhitespace) {
  EXPECT_TRUE(Matches(Pattern::kNonWhitespace, "abc"));
  EXPECT_TRUE(Matches(Pattern::kNonWhitespace,
                      "a\xc2\xa0"
                      "b"))
      << "U+00A0 is not \\s in Java";
  EXPECT_FALSE(Matches(Pattern::kNonWhitespace, ""));
  EXPECT_FALSE(Matches(Pattern::kNonWhitespace, " "));
  EXPECT_FALSE(Matches(Pattern::kNonWhitespace, "a b"));
  EXPECT_FALSE(Matches(Pattern::kNonWhitespace,
                       "a\x0b"
                       "b"));
}

TEST(Matches, AsciiClassesAcceptOnlyTheirCharacters) {
  EXPECT_TRUE(Matches(Pattern::kClientId, "4exampleclientid123456789"));
  EXPECT_FALSE(Matches(Pattern::kClientId, "client-id"));
  EXPECT_TRUE(Matches(Pattern::kSecretHash, "md5CpiaGT6BUMmxTQ51ZLVAVOTpUnU7m3W486qik5kM="));
  EXPECT_FALSE(Matches(Pattern::kSecretHash, "a-b"));
  EXPECT_TRUE(Matches(Pattern::kTokenModel, "eyJ.abc-_=.x"));
  EXPECT_FALSE(Matches(Pattern::kTokenModel, "eyJ abc"));
  EXPECT_TRUE(Matches(Pattern::kName, "my pool, v2.0 @home+x=y-z"));
  EXPECT_FALSE(Matches(Pattern::kName, "pool!"));
}

TEST(Matches, ArnFollowsTheModelPattern) {
  EXPECT_TRUE(Matches(Pattern::kArn, "arn:aws:sns:us-east-1:123456789012:topic"));
  EXPECT_TRUE(Matches(Pattern::kArn, "arn:aws:iam::123456789012:role/x"));
  EXPECT_TRUE(Matches(Pattern::kArn, "arn:aws:lambda:us-east-1:123456789012:function:f:1"));
  EXPECT_FALSE(Matches(Pattern::kArn, "notanarn"));
  EXPECT_FALSE(Matches(Pattern::kArn, "arn:aws:iam:::role/x"));
  EXPECT_FALSE(Matches(Pattern::kArn, "arn:aws:iam::acct:role/x"));
}

TEST(Matches, VerificationMessagesNeedTheCodePlaceholder) {
  EXPECT_TRUE(Matches(Pattern::kSmsVerificationMessage, "Your code is {####}"));
  EXPECT_FALSE(Matches(Pattern::kSmsVerificationMessage, "Your code is {###}"));
  EXPECT_FALSE(Matches(Pattern::kSmsVerificationMessage, "Line one\n{####}"))
      << "'.' stops at newlines";
  EXPECT_TRUE(Matches(Pattern::kEmailVerificationMessage, "Hello,\n\nyour code is {####}."));
  EXPECT_FALSE(Matches(Pattern::kEmailVerificationMessage, "no placeholder"));
}

TEST(Matches, TheEmailLinkMessageNeedsALinkPlaceholder) {
  EXPECT_TRUE(Matches(Pattern::kEmailVerificationMessageByLink, "Click {##Verify Email##}"));
  EXPECT_TRUE(Matches(Pattern::kEmailVerificationMessageByLink, "{####}"));
  EXPECT_FALSE(Matches(Pattern::kEmailVerificationMessageByLink, "{###}"))
      << "the two markers overlap";
  EXPECT_FALSE(Matches(Pattern::kEmailVerificationMessageByLink, "##} then {##"));
  EXPECT_FALSE(Matches(Pattern::kEmailVerificationMessageByLink, "Click {##Verify\x7f##}"))
      << "a control character";
}

TEST(Matches, AnEmailAddressHasTextOnBothSidesOfAnAt) {
  EXPECT_TRUE(Matches(Pattern::kEmailAddress, "no-reply@example.com"));
  EXPECT_TRUE(Matches(Pattern::kEmailAddress, "a@@b"));
  for (std::string_view bad :
       {"@example.com", "no-reply@", "no-reply", "no reply@example.com", ""}) {
    EXPECT_FALSE(Matches(Pattern::kEmailAddress, bad)) << bad;
  }
}

TEST(Matches, TheOtherMessagePatternsFollowTheModel) {
  EXPECT_TRUE(Matches(Pattern::kSesConfigurationSet, "my-set_1"));
  EXPECT_FALSE(Matches(Pattern::kSesConfigurationSet, "my set"));
  EXPECT_FALSE(Matches(Pattern::kSesConfigurationSet, ""));
  EXPECT_TRUE(Matches(Pattern::kAnyText, "line one\nline two"));
  EXPECT_TRUE(Matches(Pattern::kAnyText, ""));
  EXPECT_TRUE(
      Matches(Pattern::kEmailInviteMessage, "Hello {username},\n\nyour password is {####}"));
  EXPECT_TRUE(Matches(Pattern::kEmailInviteMessage, ""));
  EXPECT_FALSE(Matches(Pattern::kEmailInviteMessage, "bell\x07"));
}

TEST(Matches, InvalidUtf8NeverMatches) {
  EXPECT_FALSE(Matches(Pattern::kUsername, "a\xff"));
  EXPECT_FALSE(Matches(Pattern::kNonWhitespace, "\xc3"));
}

// Satisfies answers ASCII text from a table and everything else by
// decoding; every shape must get the decoder's answer for every byte, every
// pair of interesting bytes and strings at each length bound.
// The pool id's pattern against std::regex (ECMAScript's \w is Java's
// ASCII \w) for every text of up to five characters from a small alphabet:
// a reference that shares no code with Matches or Satisfies.
TEST(Matches, UserPoolIdAgreesWithTheRegexForEveryShortText) {
  const std::regex pattern(R"([\w-]+_[0-9a-zA-Z]+)");
  const StringShape unbounded{-1, -1, Pattern::kUserPoolId, false};
  const std::string alphabet = "aZ0_- ";
  std::vector<std::string> texts = {""};
  for (std::size_t begin = 0, length = 0; length < 5; ++length) {
    const std::size_t end = texts.size();
    for (std::size_t i = begin; i < end; ++i) {
      for (char c : alphabet) texts.push_back(texts[i] + c);
    }
    begin = end;
  }
  int matched = 0;
  for (const std::string& text : texts) {
    const bool expected = std::regex_match(text, pattern);
    EXPECT_EQ(Matches(Pattern::kUserPoolId, text), expected) << "'" << text << "'";
    EXPECT_EQ(Satisfies(text, unbounded), expected) << "'" << text << "'";
    matched += expected;
  }
  EXPECT_GT(matched, 100) << "both answers occur";
  EXPECT_EQ(texts.size(), 9331u);
}

TEST(Satisfies, GivesTheCodePointDecodersAnswerForEveryShape) {
  const StringShape* const shapes[] = {&kUserPoolIdType,
                                       &kUsernameType,
                                       &kClientIdType,
                                       &kPasswordType,
                                       &kSecretHashType,
                                       &kConfirmationCodeType,
                                       &kSessionType,
                                       &kTokenModelType,
                                       &kUserPoolNameType,
                                       &kClientNameType,
                                       &kAttributeNameType,
                                       &kAttributeValueType,
                                       &kSearchPaginationTokenType,
                                       &kUserFilterType,
                                       &kStringType,
                                       &kArnType,
                                       &kCustomAttributeNameType,
                                       &kSmsVerificationMessageType,
                                       &kEmailVerificationMessageType,
                                       &kEmailVerificationSubjectType,
                                       &kEmailVerificationMessageByLinkType,
                                       &kEmailAddressType,
                                       &kSESConfigurationSet,
                                       &kSmsInviteMessageType,
                                       &kEmailInviteMessageType};
  std::vector<std::string> texts = {"",
                                    "us-east-1_AbC123",
                                    "us-east-1_",
                                    "_abc",
                                    "a_b_c",
                                    "us-east-1_a-b",
                                    "arn:aws:sns:us-east-1:123456789012:topic",
                                    "Code {####}",
                                    "caf\xc3\xa9",
                                    "\xf0\x9f\x98\x80",
                                    "\xc3",
                                    "\xed\xa0\x80",
                                    "a\xc2\xa0"
                                    "b",
                                    "a@b",
                                    "@ab",
                                    "ab@",
                                    "Go {##here##}",
                                    "{##}##}",
                                    "x{###}"};
  static constexpr char kInteresting[] = "\0\t\n\x0b\r\x1f !#*+,-./09:=@AZ_az{}~\x7f\x80\xc3\xff";
  const std::string interesting(kInteresting, sizeof(kInteresting) - 1);
  for (int byte = 0; byte < 256; ++byte) texts.emplace_back(1, static_cast<char>(byte));
  for (char first : interesting) {
    for (char second : interesting) texts.push_back(std::string{first, second});
  }
  // Each interesting byte at each place of texts that the fast path reads
  // four bytes at a time, then one at a time.
  for (char odd : interesting) {
    for (std::size_t size : {4, 5, 7, 8}) {
      for (std::size_t at = 0; at < size; ++at) {
        std::string text(size, 'a');
        text[at] = odd;
        texts.push_back(std::move(text));
      }
    }
  }
  for (const StringShape* shape : shapes) {
    for (int length :
         {shape->min_length - 1, shape->min_length, shape->max_length, shape->max_length + 1}) {
      if (length < 0 || length > 3000) continue;
      const auto size = static_cast<std::size_t>(length);
      texts.push_back(std::string(size, 'a'));
      texts.push_back(std::string(size, '_'));
      if (size >= 2) texts.push_back("x_" + std::string(size - 2, 'A'));  // a pool id at each bound
      if (size >= 6)
        texts.push_back("{####}" + std::string(size - 6, 'a'));  // a message at each bound
    }
  }
  // Shapes no model member has, so that "" and bounds meet every pattern.
  std::vector<StringShape> unbounded;
  for (const StringShape* shape : shapes)
    unbounded.push_back(StringShape{-1, -1, shape->pattern, false});
  std::vector<const StringShape*> all(std::begin(shapes), std::end(shapes));
  for (const StringShape& shape : unbounded) all.push_back(&shape);
  int accepted = 0;
  for (const StringShape* shape : all) {
    for (const std::string& text : texts) {
      const bool expected = SatisfiesByCodePoints(text, *shape);
      EXPECT_EQ(Satisfies(text, *shape), expected)
          << "pattern " << PatternText(shape->pattern) << ", text '" << text << "' (" << text.size()
          << " bytes)";
      accepted += expected;
    }
  }
  // The comparison means something only if both answers occur.
  EXPECT_GT(accepted, 1000);
  EXPECT_LT(accepted, static_cast<int>(all.size() * texts.size()) - 1000);
}

TEST(PatternText, IsTheModelsText) {
  EXPECT_EQ(PatternText(Pattern::kUserPoolId), "[\\w-]+_[0-9a-zA-Z]+");
  EXPECT_EQ(PatternText(Pattern::kUsername), "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
  EXPECT_EQ(PatternText(Pattern::kNonWhitespace), "[\\S]+");
}

TEST(Utf8, IsValidUtf8RejectsMalformedSequences) {
  EXPECT_TRUE(IsValidUtf8("caf\xc3\xa9 \xf0\x9f\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf")) << "overlong";
  EXPECT_FALSE(IsValidUtf8("\xe0\x80\xaf")) << "overlong";
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80")) << "surrogate";
  EXPECT_FALSE(IsValidUtf8("\xf4\x90\x80\x80")) << "above U+10FFFF";
  EXPECT_FALSE(IsValidUtf8("\xe2\x82")) << "truncated";
  EXPECT_FALSE(IsValidUtf8("\x80")) << "lone continuation byte";
}

TEST(Utf8, Utf16LengthCountsAstralCharactersTwice) {
  EXPECT_EQ(Utf16Length(""), 0u);
  EXPECT_EQ(Utf16Length("abc"), 3u);
  EXPECT_EQ(Utf16Length("\xc3\xa9"), 1u);
  EXPECT_EQ(Utf16Length("\xf0\x9f\x98\x80"), 2u);
}

TEST(Utf8, IsAsciiLooksAtEveryByteInWordsAndInTheTail) {
  EXPECT_TRUE(IsAscii(""));
  EXPECT_TRUE(IsAscii(std::string_view("\0\x7f", 2)));
  const std::string text(23, 'a');  // two words and a tail of seven
  EXPECT_TRUE(IsAscii(text));
  for (std::size_t at = 0; at < text.size(); ++at) {
    std::string with_high = text;
    with_high[at] = '\x80';
    EXPECT_FALSE(IsAscii(with_high)) << "a byte 0x80 at " << at;
  }
}

TEST(Validator, AnEmptyValidatorIsOk) { EXPECT_THAT(Validator().ToStatus(), IsOk()); }

TEST(Validator, ReportsOneViolationWithTheValue) {
  Validator v;
  v.String("userPoolId", "x", kUserPoolIdType);
  EXPECT_EQ(
      v.ToStatus(),
      Status(ErrorCode::kInvalidParameter,
             "1 validation error detected: Value 'x' at 'userPoolId' failed to satisfy "
             "constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+"));
}

TEST(Validator, NeverEchoesSensitiveValues) {
  Validator v;
  v.String("password", "has space", kPasswordType);
  EXPECT_EQ(v.ToStatus().message(),
            "1 validation error detected: Value at 'password' failed to satisfy constraint: Member "
            "must satisfy regular expression pattern: [\\S]+");
}

TEST(Validator, ChecksPatternThenMinimumThenMaximumAndJoinsWithSemicolons) {
  Validator v;
  v.String("userPoolId", "", kUserPoolIdType);
  v.String("userPoolId", "us-east-1_" + std::string(50, 'a'), kUserPoolIdType);
  EXPECT_EQ(v.ToStatus().message(),
            "3 validation errors detected: Value '' at 'userPoolId' failed to satisfy constraint: "
            "Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+; Value '' at "
            "'userPoolId' failed to satisfy constraint: Member must have length greater than or "
            "equal to 1; Value 'us-east-1_" +
                std::string(50, 'a') +
                "' at 'userPoolId' failed to satisfy constraint: Member must have length less than "
                "or equal to 55");
}

TEST(Validator, ReportsIntegerRanges) {
  Validator v;
  v.Int("limit", 61, kQueryLimitType);
  v.Int("minimumLength", 5, kPasswordPolicyMinLengthType);
  EXPECT_EQ(v.ToStatus().message(),
            "2 validation errors detected: Value '61' at 'limit' failed to satisfy constraint: "
            "Member must have value less than or equal to 60; Value '5' at 'minimumLength' failed "
            "to satisfy constraint: Member must have value greater than or equal to 6");
}

TEST(Validator, MeasuresMapKeysAndValuesInUtf16UnitsNotBytes) {
  // 32 768 emoji are 131 072 bytes, 65 536 UTF-16 units: within the limit
  // of 131 072 units, which 65 537 emoji (131 074 units) pass.
  std::string within;
  for (int i = 0; i < 32768; ++i) within += "\xF0\x9F\x98\x80";
  Validator ok;
  ok.StringMap("clientMetadata", {{"k", within + within}}, kClientMetadataType);
  EXPECT_THAT(ok.ToStatus(), IsOk());
  Validator too_long;
  too_long.StringMap("clientMetadata", {{"k", within + within + "\xF0\x9F\x98\x80"}},
                     kClientMetadataType);
  EXPECT_EQ(
      too_long.ToStatus().message(),
      "1 validation error detected: Value at 'clientMetadata' failed to satisfy constraint: Map "
      "keys "
      "and values must satisfy constraint: [Member must have length less than or equal to 131072]");
  Validator ascii_too_long;
  ascii_too_long.StringMap("clientMetadata", {{std::string(131073, 'k'), "v"}},
                           kClientMetadataType);
  EXPECT_EQ(ascii_too_long.ToStatus().code(), ErrorCode::kInvalidParameter);
}

TEST(Validator, RefusesAMapKeyOrValueThatIsNotUtf8AsAMalformedBody) {
  for (const auto& [key, value] :
       std::vector<std::pair<std::string, std::string>>{{"USERNAME", "al\xffice"},
                                                        {"USER\xc3", "alice"},
                                                        {"k", "caf\xc3"},
                                                        {"\xed\xa0\x80", "v"}}) {
    Validator v;
    v.StringMap("authParameters", {{"PASSWORD", "ok"}, {key, value}}, kAuthParametersType);
    EXPECT_EQ(v.ToStatus(), Status(ErrorCode::kSerialization, "Malformed request body"))
        << key << "=" << value;
  }
  Validator utf8;
  utf8.StringMap("authParameters", {{"USERNAME", "caf\xc3\xa9"}, {"\xe6\x97\xa5", "v"}},
                 kAuthParametersType);
  EXPECT_THAT(utf8.ToStatus(), IsOk());
}

TEST(Validate, AdminResetUserPasswordWithEmptyMembersListsFourViolations) {
  const Status status = Validate(AdminResetUserPasswordRequest{"", "", {}});
  EXPECT_EQ(status.code(), ErrorCode::kInvalidParameter);
  EXPECT_EQ(status.message().rfind("4 validation errors detected: Value '' at 'userPoolId'", 0), 0u)
      << status;
  EXPECT_NE(status.message().find("Value at 'username' failed to satisfy constraint: Member must "
                                  "have length greater than or equal to 1"),
            std::string::npos)
      << status;
}

TEST(Validate, AcceptsWellFormedRequests) {
  EXPECT_THAT(Validate(AdminResetUserPasswordRequest{"us-east-1_abc", "alice", {{"k", "v"}}}),
              IsOk());
  ConfirmForgotPasswordRequest confirm;
  confirm.client_id = "abc123";
  confirm.username = "alice";
  confirm.confirmation_code = "123456";
  confirm.password = "Passw0rd!";
  EXPECT_THAT(Validate(confirm), IsOk());
  confirm.password = "has space";
  EXPECT_EQ(Validate(confirm).message(),
            "1 validation error detected: Value at 'password' failed to satisfy constraint: Member "
            "must satisfy regular expression pattern: [\\S]+");
}

TEST(Validate, TheBatchChecksGiveTheFullChecksAnswerOnceTheSharedFieldsPassed) {
  const std::vector<std::string> usernames = {"alice", "", "al ice", std::string(129, 'a'), "\xff"};
  const std::vector<std::string> passwords = {"Passw0rd!", "", "has space", std::string(257, 'p'),
                                              "\xc3"};
  const std::vector<std::vector<AttributeType>> attribute_lists = {
      {}, {{"email", "a@example.com"}}, {{"", "x"}}, {{"email", std::string(2049, 'e')}}};
  for (const std::string& username : usernames) {
    for (const auto& attributes : attribute_lists) {
      AdminCreateUserRequest create;
      create.user_pool_id = "us-east-1_abc";
      create.username = username;
      create.user_attributes = attributes;
      const Status full = Validate(create);
      const Status batch = ValidateWithCheckedPoolId(create);
      EXPECT_EQ(batch.code(), full.code()) << username;
      EXPECT_EQ(batch.message(), full.message()) << username;
    }
    for (const std::string& password : passwords) {
      const AdminSetUserPasswordRequest set{"us-east-1_abc", "alice", password, true};
      const Status full = Validate(set);
      const Status batch = ValidateWithCheckedPoolIdAndUsername(set);
      EXPECT_EQ(batch.code(), full.code()) << password;
      EXPECT_EQ(batch.message(), full.message()) << password;
    }
  }
  // What each leaves out is exactly the shared fields.
  AdminCreateUserRequest bad_pool;
  bad_pool.user_pool_id = "no-underscore";
  bad_pool.username = "alice";
  EXPECT_THAT(Validate(bad_pool), StatusIs(ErrorCode::kInvalidParameter));
  EXPECT_THAT(ValidateWithCheckedPoolId(bad_pool), IsOk());
  const AdminSetUserPasswordRequest bad_shared{"no-underscore", "", "Passw0rd!", true};
  EXPECT_THAT(Validate(bad_shared), StatusIs(ErrorCode::kInvalidParameter));
  EXPECT_THAT(ValidateWithCheckedPoolIdAndUsername(bad_shared), IsOk());
}

TEST(Validate, UsernamesLongerThan128AreRefused) {
  const Status status = Validate(AdminGetUserRequest{"us-east-1_abc", std::string(129, 'a')});
  EXPECT_EQ(status.message(),
            "1 validation error detected: Value at 'username' failed to satisfy constraint: Member "
            "must have length less than or equal to 128");
}

TEST(Validate, ChecksNestedPoolSettingsWithTheirPaths) {
  CreateUserPoolRequest request;
  request.pool_name = "pool";
  request.policies = UserPoolPolicyType{PasswordPolicyType{}};
  request.policies->password_policy->minimum_length = 5;
  request.account_recovery_setting = AccountRecoverySettingType{};
  EXPECT_EQ(Validate(request).message(),
            "2 validation errors detected: Value '5' at 'policies.passwordPolicy.minimumLength' "
            "failed to satisfy constraint: Member must have value greater than or equal to 6; "
            "Value at 'accountRecoverySetting.recoveryMechanisms' failed to satisfy constraint: "
            "Member must have length greater than or equal to 1");
}

TEST(Validate, ListUsersLimitIsAtMostSixty) {
  ListUsersRequest request;
  request.user_pool_id = "us-east-1_abc";
  request.limit = 61;
  EXPECT_EQ(Validate(request).message(),
            "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: "
            "Member must have value less than or equal to 60");
}

TEST(Validate, NamesListElementsByTheirIndexAndMember) {
  const AdminUpdateUserAttributesRequest request{
      "us-east-1_abc", "alice", {{"email", "a@example.com"}, {"", std::string(2049, 'v')}}, {}};
  EXPECT_EQ(
      Validate(request).message(),
      "3 validation errors detected: Value '' at 'userAttributes.2.member.name' failed to satisfy "
      "constraint: Member must satisfy regular expression pattern: "
      "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r ]+; Value '' at 'userAttributes.2.member.name' "
      "failed to satisfy constraint: Member must have length greater than or equal to 1; Value at "
      "'userAttributes.2.member.value' failed to satisfy constraint: Member must have length less "
      "than "
      "or equal to 2048");
  CreateUserPoolClientRequest client;
  client.user_pool_id = "us-east-1_abc";
  client.client_name = "app";
  client.read_attributes = {"email", ""};
  EXPECT_EQ(Validate(client).message(),
            "1 validation error detected: Value '' at 'readAttributes.2.member' failed to satisfy "
            "constraint: Member must have length greater than or equal to 1");
}

TEST(Validate, ChecksEveryConstrainedMemberOfAPoolInModelOrder) {
  CreateUserPoolRequest request;
  request.pool_name = "pool!";
  request.lambda_config = LambdaConfigType{};
  request.lambda_config->kms_key_id = "not-an-arn";
  request.verification_message_template = VerificationMessageTemplateType{};
  request.verification_message_template->email_message_by_link = "Click here please";
  request.email_configuration = EmailConfigurationType{};
  request.email_configuration->reply_to_email_address = "nobody";
  request.user_pool_tags = {{"", "v"}};
  request.schema = {SchemaAttributeType{}};
  request.schema[0].name = std::string(21, 'n');
  EXPECT_EQ(
      Validate(request).message(),
      "7 validation errors detected: "
      "Value 'pool!' at 'poolName' failed to satisfy constraint: Member must satisfy regular "
      "expression pattern: [\\w\\s+=,.@-]+; "
      "Value 'not-an-arn' at 'lambdaConfig.kMSKeyID' failed to satisfy constraint: Member must "
      "satisfy regular expression pattern: " +
          std::string(PatternText(Pattern::kArn)) +
          "; Value 'not-an-arn' at 'lambdaConfig.kMSKeyID' failed to satisfy constraint: Member "
          "must have length greater than or equal to 20; "
          "Value 'Click here please' at 'verificationMessageTemplate.emailMessageByLink' failed to "
          "satisfy constraint: Member must satisfy regular expression pattern: " +
          std::string(PatternText(Pattern::kEmailVerificationMessageByLink)) +
          "; Value 'nobody' at 'emailConfiguration.replyToEmailAddress' failed to satisfy "
          "constraint: Member must satisfy regular expression pattern: " +
          std::string(PatternText(Pattern::kEmailAddress)) +
          "; Value '' at 'userPoolTags' failed to satisfy constraint: Member must have length "
          "greater than or equal to 1; "
          "Value 'nnnnnnnnnnnnnnnnnnnnn' at 'schema.1.member.name' failed to satisfy constraint: "
          "Member must have length less than or equal to 20");
}

TEST(Validate, AnEmptyOptionalListIsAbsent) {
  CreateUserPoolRequest request;
  request.pool_name = "pool";
  EXPECT_THAT(Validate(request), IsOk()) << "no Schema: not a list shorter than 1";
  request.schema.resize(51);
  EXPECT_EQ(
      Validate(request).message(),
      "1 validation error detected: Value at 'schema' failed to satisfy constraint: Member must "
      "have length less than or equal to 50");
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
