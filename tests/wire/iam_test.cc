#include <cognito_fake/iam.h>
#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Optional;
using Verdict = IamPolicy::Verdict;

constexpr const char* kBackOffice = "arn:aws:iam::123456789012:user/back-office";
constexpr const char* kPoolA =
    "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AAAAAAAAA";
constexpr const char* kPoolB =
    "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_BBBBBBBBB";
constexpr const char* kGetUser = "cognito-idp:AdminGetUser";
constexpr const char* kReset = "cognito-idp:AdminResetUserPassword";

// A policy document of `statements` (the text of the Statement array).
std::string Document(const std::string& statements) {
  return R"({"Version": "2012-10-17", "Statement": [)" + statements + "]}";
}

IamPolicy MustParse(const std::string& json) {
  auto policy = IamPolicy::Parse(json);
  EXPECT_THAT(policy, IsOk()) << json;
  return policy.ok() ? *policy : IamPolicy();
}

// An identity of kBackOffice with the policies given as documents.
IamIdentity BackOffice(std::initializer_list<std::string> policies,
                       std::string principal = kBackOffice) {
  IamIdentity identity{"AKIABACKOFFICE", "secret", std::move(principal), "", std::nullopt, {}};
  for (const std::string& policy : policies) identity.policies.push_back(MustParse(policy));
  return identity;
}

std::string ImplicitDeny(const std::string& action, const std::string& resource) {
  return "User: " + std::string(kBackOffice) + " is not authorized to perform: " + action +
         " on resource: " + resource + " because no identity-based policy allows the " + action +
         " action";
}

std::string ExplicitDeny(const std::string& action, const std::string& resource) {
  return "User: " + std::string(kBackOffice) + " is not authorized to perform: " + action +
         " on resource: " + resource + " with an explicit deny in an identity-based policy";
}

const std::string kGetUserOnPoolA =
    Document(R"({"Effect": "Allow", "Action": "cognito-idp:AdminGetUser", "Resource": ")" +
             std::string(kPoolA) + R"("})");

// ------------------------------------------------------------- Authorize

TEST(IamAuthorize, AllowingOnlyAdminGetUserOnPoolADeniesAdminResetUserPasswordThere) {
  const IamIdentity identity = BackOffice({kGetUserOnPoolA});
  EXPECT_EQ(IamRegistry::Authorize(identity, kReset, kPoolA), ImplicitDeny(kReset, kPoolA));
  EXPECT_EQ(IamRegistry::Authorize(identity, kReset, kPoolA),
            "User: arn:aws:iam::123456789012:user/back-office is not authorized to perform: "
            "cognito-idp:AdminResetUserPassword on resource: "
            "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AAAAAAAAA because no "
            "identity-based policy allows the cognito-idp:AdminResetUserPassword action");
}

TEST(IamAuthorize, AllowingOnlyAdminGetUserOnPoolADeniesAdminResetUserPasswordOnAnotherPool) {
  EXPECT_EQ(IamRegistry::Authorize(BackOffice({kGetUserOnPoolA}), kReset, kPoolB),
            ImplicitDeny(kReset, kPoolB));
}

TEST(IamAuthorize, AllowingOnlyAdminGetUserOnPoolAAllowsItThereAndNowhereElse) {
  const IamIdentity identity = BackOffice({kGetUserOnPoolA});
  EXPECT_EQ(IamRegistry::Authorize(identity, kGetUser, kPoolA), std::nullopt);
  EXPECT_EQ(IamRegistry::Authorize(identity, kGetUser, kPoolB), ImplicitDeny(kGetUser, kPoolB));
}

TEST(IamAuthorize, ExplicitDenyBeatsAWildcardAllow) {
  const IamIdentity identity =
      BackOffice({Document(R"({"Effect": "Allow", "Action": "cognito-idp:*", "Resource": "*"})"),
                  Document(R"({"Effect": "Deny", "Action": "cognito-idp:AdminResetUserPassword",
                    "Resource": "*"})")});
  EXPECT_EQ(IamRegistry::Authorize(identity, kReset, kPoolA), ExplicitDeny(kReset, kPoolA));
  EXPECT_EQ(IamRegistry::Authorize(identity, kGetUser, kPoolA), std::nullopt);
}

TEST(IamAuthorize, ExplicitDenyInTheSamePolicyBeatsAnAllow) {
  const IamIdentity identity = BackOffice({Document(
      R"({"Effect": "Deny", "Action": "cognito-idp:AdminResetUserPassword", "Resource": "*"},
         {"Effect": "Allow", "Action": "*", "Resource": "*"})")});
  EXPECT_EQ(IamRegistry::Authorize(identity, kReset, kPoolA), ExplicitDeny(kReset, kPoolA));
}

TEST(IamAuthorize, NoPoliciesDeniesEverything) {
  EXPECT_EQ(IamRegistry::Authorize(BackOffice({}), kGetUser, kPoolA),
            ImplicitDeny(kGetUser, kPoolA));
}

TEST(IamAuthorize, TheAccountRootIsNeverDenied) {
  const IamIdentity root =
      BackOffice({Document(R"({"Effect": "Deny", "Action": "*", "Resource": "*"})")},
                 "arn:aws:iam::123456789012:root");
  EXPECT_TRUE(root.is_root());
  EXPECT_EQ(IamRegistry::Authorize(root, kReset, kPoolA), std::nullopt);
  EXPECT_EQ(IamRegistry::Authorize(BackOffice({}, "arn:aws:iam::123456789012:root"),
                                   "cognito-idp:CreateUserPool", "*"),
            std::nullopt);
}

TEST(IamAuthorize, APoolWildcardResourceDoesNotGrantTheResourceLessCreateUserPool) {
  const IamIdentity identity = BackOffice({Document(
      R"({"Effect": "Allow", "Action": "cognito-idp:*",
          "Resource": "arn:aws:cognito-idp:*:*:userpool/*"})")});
  EXPECT_EQ(IamRegistry::Authorize(identity, "cognito-idp:CreateUserPool", "*"),
            ImplicitDeny("cognito-idp:CreateUserPool", "*"));
  EXPECT_EQ(IamRegistry::Authorize(identity, kReset, kPoolA), std::nullopt);
}

TEST(IamAuthorize, NamesTheActionAsGiven) {
  EXPECT_EQ(IamRegistry::Authorize(BackOffice({}), "cognito-idp:ListUsers", "*"),
            ImplicitDeny("cognito-idp:ListUsers", "*"));
}

// ------------------------------------------------------------- Evaluate

TEST(IamPolicy, NotActionAllowAllowsEverythingExceptTheListedActions) {
  const IamPolicy policy = MustParse(Document(
      R"({"Effect": "Allow", "NotAction": ["cognito-idp:AdminResetUserPassword",
          "cognito-idp:AdminDeleteUser"], "Resource": "*"})"));
  EXPECT_EQ(policy.Evaluate(kGetUser, kPoolA), Verdict::kAllow);
  EXPECT_EQ(policy.Evaluate("cognito-idp:CreateUserPool", "*"), Verdict::kAllow);
  EXPECT_EQ(policy.Evaluate(kReset, kPoolA), Verdict::kNoMatch);
  EXPECT_EQ(policy.Evaluate("cognito-idp:AdminDeleteUser", kPoolA), Verdict::kNoMatch);
}

TEST(IamPolicy, NotResourceDenyDeniesEveryResourceExceptTheListedOnes) {
  const IamPolicy policy = MustParse(Document(
      R"({"Effect": "Allow", "Action": "*", "Resource": "*"},
         {"Effect": "Deny", "Action": "cognito-idp:*", "NotResource": ")" +
      std::string(kPoolA) + R"("})"));
  EXPECT_EQ(policy.Evaluate(kReset, kPoolA), Verdict::kAllow);
  EXPECT_EQ(policy.Evaluate(kReset, kPoolB), Verdict::kDeny);
  EXPECT_EQ(policy.Evaluate("cognito-idp:CreateUserPool", "*"), Verdict::kDeny);
}

TEST(IamPolicy, AdminStarMatchesEveryAdminOperationAndNothingElse) {
  const IamPolicy policy = MustParse(
      Document(R"({"Effect": "Allow", "Action": "cognito-idp:Admin*", "Resource": "*"})"));
  EXPECT_EQ(policy.Evaluate(kReset, kPoolA), Verdict::kAllow);
  EXPECT_EQ(policy.Evaluate(kGetUser, kPoolA), Verdict::kAllow);
  EXPECT_EQ(policy.Evaluate("cognito-idp:ListUsers", kPoolA), Verdict::kNoMatch);
  EXPECT_EQ(policy.Evaluate("cognito-idp:Admin", kPoolA), Verdict::kAllow);  // `*` may be empty
}

TEST(IamPolicy, QuestionMarkMatchesExactlyOneCharacter) {
  const IamPolicy policy = MustParse(Document(
      R"({"Effect": "Allow", "Action": "cognito-idp:AdminGetUse?",
          "Resource": "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_?AAAAAAAA"
         })"));
  EXPECT_EQ(policy.Evaluate(kGetUser, kPoolA), Verdict::kAllow);
  EXPECT_EQ(policy.Evaluate("cognito-idp:AdminGetUse", kPoolA), Verdict::kNoMatch);
  EXPECT_EQ(policy.Evaluate("cognito-idp:AdminGetUsers", kPoolA), Verdict::kNoMatch);
  EXPECT_EQ(policy.Evaluate(kGetUser, kPoolB), Verdict::kNoMatch);
}

TEST(IamPolicy, ActionsMatchCaseInsensitively) {
  const IamPolicy policy = MustParse(
      Document(R"({"Effect": "Allow", "Action": "COGNITO-IDP:adminGETuser", "Resource": "*"})"));
  EXPECT_EQ(policy.Evaluate(kGetUser, kPoolA), Verdict::kAllow);
  EXPECT_EQ(policy.Evaluate("Cognito-Idp:ADMINGETUSER", kPoolA), Verdict::kAllow);
}

TEST(IamPolicy, ResourcesMatchCaseSensitively) {
  const IamPolicy policy = MustParse(Document(
      R"({"Effect": "Allow", "Action": "*",
          "Resource": "arn:aws:cognito-idp:*:*:userpool/us-east-1_AAAAAAAAA"})"));
  EXPECT_EQ(policy.Evaluate(kGetUser, kPoolA), Verdict::kAllow);
  EXPECT_EQ(
      policy.Evaluate(kGetUser,
                      "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_aaaaaaaaa"),
      Verdict::kNoMatch);
}

TEST(IamPolicy, AcceptsStatementAsASingleObjectAndKeepsTheText) {
  const std::string text =
      R"({"Statement": {"Sid": "One", "Effect": "Allow", "Action": "cognito-idp:AdminGetUser",
          "Resource": ["*"]}})";
  const IamPolicy policy = MustParse(text);
  EXPECT_EQ(policy.text(), text);
  EXPECT_EQ(policy.Evaluate(kGetUser, kPoolA), Verdict::kAllow);
  EXPECT_EQ(policy.Evaluate(kReset, kPoolA), Verdict::kNoMatch);
}

TEST(IamPolicy, AcceptsThe2008Version) {
  EXPECT_THAT(IamPolicy::Parse(R"({"Version": "2008-10-17", "Statement": [
                  {"Effect": "Deny", "Action": "*", "Resource": "*"}]})"),
              IsOk());
}

// ---------------------------------------------------------- Parse refusals

struct Refusal {
  const char* name;
  std::string json;
  std::string message;  // the whole message
};

class IamPolicyRefuses : public ::testing::TestWithParam<Refusal> {};

TEST_P(IamPolicyRefuses, WithInvalidParameterAndAClearMessage) {
  EXPECT_STATUS(IamPolicy::Parse(GetParam().json), ErrorCode::kInvalidParameter,
                GetParam().message);
}

std::string Nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

INSTANTIATE_TEST_SUITE_P(
    EveryBadDocument, IamPolicyRefuses,
    ::testing::Values(
        Refusal{"NotJson", "Allow everything", "Policy is not a valid JSON document"},
        Refusal{"NotUtf8", "{\"Statement\": \"\xff\xfe\"}", "Policy is not a valid JSON document"},
        Refusal{"NulByte", std::string("{}\0{}", 5), "Policy is not a valid JSON document"},
        Refusal{"NotAnObject", "[]", "Policy must be a JSON object, not a JSON array"},
        Refusal{
            "LowerCaseEffect", Document(R"({"Effect": "Allow", "Action": "*", "Resource": "*"},
                            {"Sid": "AllowRead", "Effect": "allow", "Action": "*",
                             "Resource": "*"})"),
            R"(Policy statement 2 ("AllowRead"): Effect must be "Allow" or "Deny", not "allow")"},
        Refusal{"NoEffect", Document(R"({"Action": "*", "Resource": "*"})"),
                R"(Policy statement 1: Effect ("Allow" or "Deny") is required)"},
        Refusal{"ActionAndNotAction",
                Document(R"({"Effect": "Allow", "Action": "*", "NotAction": "iam:*",
                             "Resource": "*"})"),
                "Policy statement 1: give exactly one of Action and NotAction, not both"},
        Refusal{"NeitherActionNorNotAction", Document(R"({"Effect": "Allow", "Resource": "*"})"),
                "Policy statement 1: Action or NotAction is required"},
        Refusal{"ResourceAndNotResource",
                Document(R"({"Effect": "Allow", "Action": "*", "Resource": "*",
                             "NotResource": "*"})"),
                "Policy statement 1: give exactly one of Resource and NotResource, not both"},
        Refusal{"NoResource", Document(R"({"Effect": "Allow", "Action": "*"})"),
                "Policy statement 1: Resource or NotResource is required"},
        Refusal{"Condition", Document(R"({"Effect": "Allow", "Action": "*", "Resource": "*",
                  "Condition": {"StringEquals": {"aws:RequestedRegion": "us-east-1"}}})"),
                "Policy statement 1: Condition is not supported: the fake does not evaluate "
                "conditions, so a policy with one is refused rather than half-applied"},
        Refusal{"PolicyVariable", Document(R"({"Effect": "Allow", "Action": "*",
                             "Resource": "arn:aws:cognito-idp:*:*:userpool/${aws:username}"})"),
                "Policy statement 1: Resource \"arn:aws:cognito-idp:*:*:userpool/${aws:username}\" "
                "uses a policy variable, which cognito_fake does not evaluate"},
        Refusal{"IdNotAString", R"({"Version": "2012-10-17", "Id": [[["deep"]]], "Statement": []})",
                "Policy Id must be a string, not a JSON array"},
        Refusal{"Principal", Document(R"({"Effect": "Allow", "Principal": "*", "Action": "*",
                             "Resource": "*"})"),
                "Policy statement 1: Principal is not allowed in an identity-based policy"},
        Refusal{"NotPrincipal",
                Document(R"({"Effect": "Deny", "NotPrincipal": {"AWS": "x"}, "Action": "*",
                             "Resource": "*"})"),
                "Policy statement 1: NotPrincipal is not allowed in an identity-based policy"},
        Refusal{"UnknownStatementElement",
                Document(R"({"Effect": "Allow", "Action": "*", "Resources": "*"})"),
                R"(Policy statement 1: unknown element "Resources")"},
        Refusal{
            "UnknownPolicyElement", R"({"Statement": [], "Statements": []})",
            R"(Policy has an unknown element "Statements" (expected Version, Id and Statement))"},
        Refusal{"BadVersion",
                R"({"Version": "2012-10-18", "Statement": {"Effect": "Allow", "Action": "*",
                    "Resource": "*"}})",
                R"(Policy Version must be "2012-10-17" or "2008-10-17", not "2012-10-18")"},
        Refusal{"NoStatement", R"({"Version": "2012-10-17"})", "Policy Statement is required"},
        Refusal{
            "EmptyStatementList", Document(""),
            "Policy Statement must be an object or a non-empty list of objects, not a JSON array"},
        Refusal{"EmptyActionList",
                Document(R"({"Effect": "Allow", "Action": [], "Resource": "*"})"),
                "Policy statement 1: Action must be a string or a non-empty list of strings, not "
                "a JSON array"},
        Refusal{"ActionWithoutService",
                Document(R"({"Effect": "Allow", "Action": "AdminGetUser", "Resource": "*"})"),
                R"(Policy statement 1: Action "AdminGetUser" must be of the form "service:action" )"
                R"((e.g. "cognito-idp:AdminGetUser") or "*")"},
        Refusal{"WildcardInTheService",
                Document(R"({"Effect": "Allow", "Action": "cognito-*:AdminGetUser",
                             "Resource": "*"})"),
                R"(Policy statement 1: Action "cognito-*:AdminGetUser" must be of the form )"
                R"("service:action" (e.g. "cognito-idp:AdminGetUser") or "*")"},
        Refusal{"NoActionName",
                Document(R"({"Effect": "Allow", "NotAction": ["iam:*", "cognito-idp:"],
                             "Resource": "*"})"),
                R"(Policy statement 1: NotAction "cognito-idp:" must be of the form )"
                R"("service:action" (e.g. "cognito-idp:AdminGetUser") or "*")"},
        Refusal{"SidNotAString",
                Document(R"({"Sid": 1, "Effect": "Allow", "Action": "*", "Resource": "*"})"),
                "Policy statement 1: Sid must be a string, not a JSON number"},
        Refusal{"ActionListWithANumber",
                Document(R"({"Effect": "Allow", "Action": ["iam:*", 7], "Resource": "*"})"),
                "Policy statement 1: Action must be a string or a non-empty list of strings, not "
                "a JSON array"},
        Refusal{"ResourceNotAnArn",
                Document(R"({"Effect": "Allow", "Action": "*", "Resource": "userpool/x"})"),
                R"(Policy statement 1: Resource "userpool/x" must be in ARN format or "*")"},
        Refusal{"StatementNotAnObject", Document(R"("Allow")"),
                R"(Policy statement 1 must be an object, not "Allow")"},
        Refusal{"DeepNesting", Nested(10000), "Policy must be a JSON object, not a JSON array"},
        Refusal{"DeepNestingInAStatement", Document(Nested(10000)),
                "Policy statement 1 must be an object, not a JSON array"},
        Refusal{
            "DeepNestingInAnAction",
            Document(R"({"Effect": "Allow", "Resource": "*", "Action": )" + Nested(10000) + "}"),
            "Policy statement 1: Action must be a string or a non-empty list of strings, not "
            "a JSON array"},
        Refusal{"UnclosedDeepNesting", std::string(10000, '['),
                "Policy is not a valid JSON document"}),
    [](const ::testing::TestParamInfo<Refusal>& info) { return std::string(info.param.name); });

TEST(IamPolicy, SurvivesAMillionDeepNesting) {
  EXPECT_THAT(IamPolicy::Parse(Document(Nested(1000000))),
              StatusIs(ErrorCode::kInvalidParameter, HasSubstr("must be an object")));
}

// ------------------------------------------------------------- wildcards

TEST(IamWildcardMatch, StarMatchesAnyRunIncludingNoneAndQuestionMarkExactlyOne) {
  EXPECT_TRUE(IamWildcardMatch("*", ""));
  // Wildcard characters in the text are plain characters there.
  EXPECT_TRUE(IamWildcardMatch("a*c", "a*bc"));
  EXPECT_TRUE(IamWildcardMatch("userpool/*", "userpool/*x"));
  EXPECT_TRUE(IamWildcardMatch("a?c", "a*c"));
  EXPECT_FALSE(IamWildcardMatch("a*", "b*"));
  EXPECT_TRUE(IamWildcardMatch("a*b", "ab"));
  EXPECT_TRUE(IamWildcardMatch("a*b", "axxb"));
  EXPECT_TRUE(IamWildcardMatch("a?c", "abc"));
  EXPECT_FALSE(IamWildcardMatch("a?c", "ac"));
  EXPECT_FALSE(IamWildcardMatch("a*b", "axxbc"));
  EXPECT_TRUE(IamWildcardMatch("*:userpool/*", "arn:aws:cognito-idp:x:1:userpool/p"));
  EXPECT_FALSE(IamWildcardMatch("arn:aws:cognito-idp:*:*:userpool/*", "*"));
  EXPECT_FALSE(IamWildcardMatch("ABC", "abc"));
  EXPECT_FALSE(IamWildcardMatch("", "a"));
}

TEST(IamWildcardMatch, APathologicalPatternFinishesFastAndDoesNotMatch) {
  const std::string text(10000, 'a');
  const auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(IamWildcardMatch("a*a*a*a*a*a*a*b", text));
  EXPECT_TRUE(IamWildcardMatch("a*a*a*a*a*a*a*a", text));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

// -------------------------------------------------------- identity, modes

TEST(IamIdentity, AccountIdIsTheFifthFieldOfThePrincipal) {
  EXPECT_EQ(BackOffice({}).account_id(), "123456789012");
  EXPECT_EQ(BackOffice({}, "arn:aws:sts::210987654321:assumed-role/r/s").account_id(),
            "210987654321");
  EXPECT_FALSE(BackOffice({}).is_root());
  EXPECT_FALSE(BackOffice({}, "arn:aws:sts::123456789012:root").is_root());
  EXPECT_TRUE(BackOffice({}, "arn:aws-cn:iam::123456789012:root").is_root());
}

TEST(WireAuthMode, SpellsEveryModeAndReadsItBack) {
  for (WireAuthMode mode : {WireAuthMode::kOff, WireAuthMode::kSigned, WireAuthMode::kVerify}) {
    EXPECT_EQ(WireAuthModeFromString(ToString(mode)), mode);
  }
  EXPECT_EQ(ToString(WireAuthMode::kVerify), "verify");
  EXPECT_EQ(ToString(WireAuthMode::kOff), "off");
  EXPECT_EQ(ToString(WireAuthMode::kSigned), "signed");
  EXPECT_EQ(WireAuthModeFromString("Verify"), std::nullopt);
  EXPECT_EQ(WireAuthModeFromString(""), std::nullopt);
}

// --------------------------------------------------------------- registry

TEST(IamRegistry, AddsReplacesFindsListsAndClears) {
  IamRegistry registry;
  ASSERT_OK(registry.AddIdentity(BackOffice({})));
  IamIdentity other = BackOffice({}, "arn:aws:sts::123456789012:assumed-role/admin/alice");
  other.access_key_id = "ASIAOTHER";
  ASSERT_OK(registry.AddIdentity(other));
  IamIdentity replacement = BackOffice({kGetUserOnPoolA}, "arn:aws:iam::123456789012:user/x/y");
  ASSERT_OK(registry.AddIdentity(replacement));

  const auto found = registry.Find("AKIABACKOFFICE");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->principal_arn, "arn:aws:iam::123456789012:user/x/y");
  ASSERT_EQ(found->policies.size(), 1u);
  EXPECT_EQ(found->policies[0].text(), kGetUserOnPoolA);
  EXPECT_EQ(registry.Find("AKIAUNKNOWN"), std::nullopt);

  const auto all = registry.Identities();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].access_key_id, "AKIABACKOFFICE");
  EXPECT_EQ(all[1].access_key_id, "ASIAOTHER");

  registry.Clear();
  EXPECT_TRUE(registry.Identities().empty());
  EXPECT_EQ(registry.Find("ASIAOTHER"), std::nullopt);
}

TEST(IamRegistry, AcceptsEveryKindOfPrincipal) {
  IamRegistry registry;
  for (const char* principal :
       {"arn:aws:iam::123456789012:user/back-office", "arn:aws:iam::123456789012:user/ops/bob",
        "arn:aws-cn:iam::123456789012:role/admin", "arn:aws-us-gov:iam::123456789012:root",
        "arn:aws:sts::123456789012:assumed-role/admin/session-1",
        "arn:aws:sts::123456789012:federated-user/carol"}) {
    EXPECT_THAT(registry.AddIdentity(BackOffice({}, principal)), IsOk()) << principal;
  }
}

TEST(IamRegistry, RefusesBadPrincipalsAndEmptyKeys) {
  IamRegistry registry;
  for (const char* principal :
       {"", "back-office", "arn:aws:iam::12345678901:user/x", "arn:aws:iam::1234567890123:user/x",
        "arn:aws:iam::12345678901a:user/x", "arn:aws-xx:iam::123456789012:user/x",
        "arn:aws:iam:us-east-1:123456789012:user/x", "arn:aws:iam::123456789012:user/",
        "arn:aws:iam::123456789012:group/x", "arn:aws:s3::123456789012:user/x",
        "arn:aws:sts::123456789012:assumed-role/admin", "arn:aws:sts::123456789012:root",
        "arn:aws:sts::123456789012:assumed-role/a/b/c", "arn:aws:iam::123456789012:root/x"}) {
    EXPECT_STATUS(registry.AddIdentity(BackOffice({}, principal)), ErrorCode::kInvalidParameter,
                  "Principal \"" + std::string(principal) +
                      "\" is not an IAM user, role or root ARN (arn:aws:iam::<12-digit "
                      "account>:user/<name>) or an STS assumed-role or federated-user ARN");
  }
  // Bytes that are not UTF-8 are replaced in the message, not thrown about.
  EXPECT_THAT(registry.AddIdentity(BackOffice({}, "arn:aws:iam::\xff:user/x")),
              StatusIs(ErrorCode::kInvalidParameter,
                       AllOf(HasSubstr("Principal \"arn:aws:iam::\xef\xbf\xbd:user/x\""),
                             HasSubstr("is not an IAM user"))));
  IamIdentity no_key = BackOffice({});
  no_key.access_key_id.clear();
  EXPECT_STATUS(registry.AddIdentity(no_key), ErrorCode::kInvalidParameter,
                "AccessKeyId is missing or empty");
  IamIdentity no_secret = BackOffice({});
  no_secret.secret_access_key.clear();
  EXPECT_STATUS(registry.AddIdentity(no_secret), ErrorCode::kInvalidParameter,
                "SecretAccessKey is missing or empty");
  EXPECT_TRUE(registry.Identities().empty());
}

// ---------------------------------------------------------- LoadIamConfig

constexpr const char* kRoot = R"("Principal": "arn:aws:iam::123456789012:root")";

// An IAM document of one identity: AKIA1 with secret "s" and `members`.
std::string OneIdentity(const std::string& members) {
  return R"({"Identities": [{"AccessKeyId": "AKIA1", "SecretAccessKey": "s", )" + members + "}]}";
}

TEST(LoadIamConfig, AddsEveryIdentityWithTokenExpirationAndPolicies) {
  IamRegistry registry;
  ASSERT_OK(LoadIamConfig(registry, R"({"Identities": [
    {"AccessKeyId": "AKIABACKOFFICE", "SecretAccessKey": "s1",
     "Principal": "arn:aws:iam::123456789012:user/back-office",
     "Policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                   "Action": "cognito-idp:AdminGetUser", "Resource": "*"}]},
                  "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}}"
                 ]},
    {"AccessKeyId": "ASIATEMP", "SecretAccessKey": "s2", "SessionToken": "token-1",
     "Expiration": 1767225600,
     "Principal": "arn:aws:sts::123456789012:assumed-role/admin/alice"}]})"));

  const auto back_office = registry.Find("AKIABACKOFFICE");
  ASSERT_TRUE(back_office.has_value());
  EXPECT_EQ(back_office->secret_access_key, "s1");
  EXPECT_EQ(back_office->principal_arn, kBackOffice);
  EXPECT_EQ(back_office->session_token, "");
  EXPECT_EQ(back_office->expiration, std::nullopt);
  ASSERT_EQ(back_office->policies.size(), 2u);
  EXPECT_EQ(back_office->policies[0].text(),  // re-serialised: compact, keys sorted
            R"({"Statement":[{"Action":"cognito-idp:AdminGetUser","Effect":"Allow",)"
            R"("Resource":"*"}],"Version":"2012-10-17"})");
  EXPECT_EQ(back_office->policies[0].Evaluate(kGetUser, kPoolA), Verdict::kAllow);
  EXPECT_EQ(back_office->policies[1].text(),
            R"({"Statement": {"Effect": "Deny", "Action": "*", "Resource": "*"}})");
  EXPECT_EQ(back_office->policies[1].Evaluate(kGetUser, kPoolA), Verdict::kDeny);

  const auto temp = registry.Find("ASIATEMP");
  ASSERT_TRUE(temp.has_value());
  EXPECT_EQ(temp->session_token, "token-1");
  EXPECT_THAT(temp->expiration,
              Optional(std::chrono::system_clock::time_point(std::chrono::seconds(1767225600))));
  EXPECT_TRUE(temp->policies.empty());
}

TEST(LoadIamConfig, AddsNothingWhenTheSecondIdentityIsBad) {
  IamRegistry registry;
  EXPECT_STATUS(LoadIamConfig(registry, R"({"Identities": [
    {"AccessKeyId": "AKIAGOOD", "SecretAccessKey": "s",
     "Principal": "arn:aws:iam::123456789012:root"},
    {"AccessKeyId": "AKIABAD", "SecretAccessKey": "s",
     "Principal": "arn:aws:iam::123456789012:user/b",
     "Policies": [{"Statement": {"Effect": "allow", "Action": "*", "Resource": "*"}}]}]})"),
                ErrorCode::kInvalidParameter,
                R"(IAM config: identity 2 ("AKIABAD"): policy 1: Policy statement 1: )"
                R"(Effect must be "Allow" or "Deny", not "allow")");
  EXPECT_TRUE(registry.Identities().empty());
}

TEST(LoadIamConfig, RefusesBadDocumentsNamingTheIdentity) {
  IamRegistry registry;
  const std::string not_a_config =
      R"(IAM config: not a JSON document {"Identities": [...]} (with no other member))";
  const std::string root = kRoot;
  const std::string first = R"(IAM config: identity 1 ("AKIA1"): )";
  const std::string bad_expiration =
      first + "Expiration must be a whole number of seconds since the epoch, not ";
  const std::pair<std::string, std::string> cases[] = {
      {"not json", not_a_config},
      {"[]", not_a_config},
      {"{}", not_a_config},
      {R"({"Identities": {}})", not_a_config},
      {R"({"Identities": [], "Roles": []})", not_a_config},
      {R"({"Identities": [7]})", "IAM config: identity 1: must be an object, not a JSON number"},
      {OneIdentity(root + R"(, "Password": "x")"), first + R"(unknown member "Password")"},
      {R"({"Identities": [{"SecretAccessKey": "s", )" + root + "}]}",
       "IAM config: identity 1: AccessKeyId is missing or empty"},
      {OneIdentity(R"("Principal": 5)"), first + "Principal must be a string, not a JSON number"},
      {OneIdentity(R"("Principal": "bob")"),
       first + R"(Principal "bob" is not an IAM user, role or root ARN )"
               R"((arn:aws:iam::<12-digit account>:user/<name>) or an STS assumed-role or )"
               R"(federated-user ARN)"},
      {OneIdentity(root + R"(, "Expiration": "2026-01-01")"), bad_expiration + R"("2026-01-01")"},
      {OneIdentity(root + R"(, "Expiration": -1)"), bad_expiration + "a JSON number"},
      {OneIdentity(root + R"(, "Expiration": 1.5)"), bad_expiration + "a JSON number"},
      {OneIdentity(root + R"(, "Expiration": 99999999999999)"), bad_expiration + "a JSON number"},
      {OneIdentity(root + R"(, "Policies": {})"),
       first + "Policies must be a list of policy documents, not a JSON object"},
      {OneIdentity(root + R"(, "Policies": ["{"])"),
       first + "policy 1: Policy is not a valid JSON document"},
      {OneIdentity(root + R"(, "Policies": [{"Statement": )" + Nested(100000) + "}]"),
       first + "policy 1: Policy statement 1 must be an object, not a JSON array"},
  };
  for (const auto& [json, message] : cases) {
    EXPECT_STATUS(LoadIamConfig(registry, json), ErrorCode::kInvalidParameter, message)
        << json.substr(0, 200);
  }
  EXPECT_TRUE(registry.Identities().empty());
}

TEST(LoadIamConfig, ALaterIdentityReplacesAnEarlierOneWithTheSameKey) {
  IamRegistry registry;
  ASSERT_OK(LoadIamConfig(registry, R"({"Identities": [
    {"AccessKeyId": "AKIA1", "SecretAccessKey": "old",
     "Principal": "arn:aws:iam::123456789012:root"},
    {"AccessKeyId": "AKIA1", "SecretAccessKey": "new",
     "Principal": "arn:aws:iam::123456789012:root"}]})"));
  ASSERT_EQ(registry.Identities().size(), 1u);
  EXPECT_EQ(registry.Identities()[0].secret_access_key, "new");
}

}  // namespace
}  // namespace cognito_fake
