#include <cognito_fake/fake_state.h>
#include <cognito_fake/srp_client.h>
#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "internal/crypto.h"
#include "internal/fake_impl.h"
#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;
using ::testing::HasSubstr;

// A fixture with some of everything: two users in different states, an
// outstanding reset code, a wrong attempt, a refresh token, messages.
class State : public FakeTest {
 protected:
  void SetUp() override {
    FakeTest::SetUp();
    fake_.AddConfirmedUser(pool_, "bob", kPassword, {{"email", "bob@example.com"}}).value();
    ASSERT_OK(AdminReset("alice", {{"ticket", "7"}}));
    ASSERT_OK(ConfirmForgot("alice", OtherCode(LastCode("alice")), kNewPassword).status().code() ==
                      ErrorCode::kCodeMismatch
                  ? Status()
                  : Status(ErrorCode::kInternalError, "expected a code mismatch"));
    ASSERT_OK(SignIn("bob", kPassword));
    fake_.clock().Advance(std::chrono::minutes(5));
  }
};

TEST_F(State, ExportImportExportIsByteIdentical) {
  const std::string exported = ExportState(fake_);
  FakeIdentityProvider other;
  ASSERT_OK(ImportState(other, exported));
  EXPECT_EQ(ExportState(other), exported);
}

TEST_F(State, AnImportedFakeForgetsTheImportedRecordsWhenTheyEnd) {
  FakeIdentityProvider other(DefaultOptions());
  ASSERT_OK(ImportState(other, ExportState(fake_)));
  const RetainedRecords imported = other.Retained();
  EXPECT_EQ(imported.sign_ins, 1u);
  EXPECT_EQ(imported.users_with_activity, 1u);  // alice's reset code and wrong attempt
  other.clock().Advance(std::chrono::hours(24) * 31);
  other.SweepExpired();
  const RetainedRecords swept = other.Retained();
  EXPECT_EQ(swept.sign_ins, 0u);
  EXPECT_EQ(swept.users_with_activity, 0u);
  EXPECT_EQ(swept.scheduled_sweeps, 0u);
}

TEST_F(State, AnImportedOpenChallengeIsAnsweredExpiredAndForgottenWhenItEnds) {
  ASSERT_OK(CreateUninvited("tom", {{"email", "tom@example.com"}}, "Temp-Passw0rd!"));
  RespondToAuthChallengeRequest answer = NewPasswordAnswer("tom", "Temp-Passw0rd!", {});
  answer.challenge_name = ChallengeNameType::kNewPasswordRequired;
  FakeIdentityProvider other(DefaultOptions());
  ASSERT_OK(ImportState(other, ExportState(fake_)));
  EXPECT_EQ(other.Retained().challenge_sessions, 1u);
  other.clock().Advance(std::chrono::minutes(3));
  other.SweepExpired();
  EXPECT_EQ(other.Retained().challenge_sessions, 0u);
  EXPECT_THAT(
      other.RespondToAuthChallenge(answer),
      StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user, session is expired."));
}

TEST_F(State, AnImportedFakeContinuesExactlyAsTheOriginal) {
  FakeIdentityProvider other;
  ASSERT_OK(ImportState(other, ExportState(fake_)));
  // The same generator position: the same next code and the same new ids.
  ASSERT_OK(fake_.AdminResetUserPassword({pool_.user_pool_id, "bob", {}}));
  ASSERT_OK(other.AdminResetUserPassword({pool_.user_pool_id, "bob", {}}));
  EXPECT_EQ(fake_.LastCodeFor(pool_.user_pool_id, "bob"),
            other.LastCodeFor(pool_.user_pool_id, "bob"));
  EXPECT_EQ(fake_.CreateUserPoolForTest().value().user_pool_id,
            other.CreateUserPoolForTest().value().user_pool_id);
  // The outstanding code, the counted wrong attempt and the clock came along.
  const std::string code = *fake_.LastCodeFor(pool_.user_pool_id, "alice");
  EXPECT_EQ(other.clock().Now(), fake_.clock().Now());
  EXPECT_EQ(other.outbox().size(), fake_.outbox().size());
  ConfirmForgotPasswordRequest confirm;
  confirm.client_id = pool_.client_id;
  confirm.username = "alice";
  confirm.confirmation_code = code;
  confirm.password = kNewPassword;
  EXPECT_OK(other.ConfirmForgotPassword(confirm));
  EXPECT_OK(other.SignIn(pool_, "alice", kNewPassword));
  // Lookups by alias and sub work: the indexes were rebuilt.
  const std::string sub =
      *FindAttribute(other.AdminGetUser({pool_.user_pool_id, "bob"})->user_attributes, "sub");
  EXPECT_OK(other.AdminGetUser({pool_.user_pool_id, sub}));
}

TEST_F(State, AnOpenSrpChallengeIsExportedAndAnsweredInTheImportedFake) {
  SrpClient srp(pool_.user_pool_id);
  const auto challenge = fake_.InitiateAuth(SrpStartRequest(srp, "bob"));
  ASSERT_THAT(challenge, IsOk());
  const std::string exported = ExportState(fake_);
  EXPECT_THAT(exported, HasSubstr("\"Srp\""));
  FakeIdentityProvider other;
  ASSERT_OK(ImportState(other, exported));
  EXPECT_EQ(ExportState(other), exported);
  EXPECT_THAT(other.RespondToAuthChallenge(
                  SrpAnswerRequest(srp, *challenge, kPassword, other.clock().Now())),
              IsOk());
  // The same password, re-derived in the imported fake: a new sign-in works.
  EXPECT_THAT(other.SignInWithSrp(pool_, "bob", kPassword), IsOk());
}

TEST_F(State, AnImportedUserKeepsTheirPasswordHistory) {
  const TestPool pool = PoolWithPasswordHistory(3);
  ASSERT_OK(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "second-password", true}));
  ASSERT_OK(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "temporary-password", false}));
  FakeIdentityProvider other;
  ASSERT_OK(ImportState(other, ExportState(fake_)));
  for (const char* used : {"first-password", "second-password"}) {
    EXPECT_EQ(other.AdminSetUserPassword({pool.user_pool_id, "hal", used, true}).status().code(),
              ErrorCode::kPasswordHistoryPolicyViolation)
        << used;
  }
  EXPECT_OK(other.AdminSetUserPassword({pool.user_pool_id, "hal", "temporary-password", true}))
      << "the current, temporary password did not join the history on the way";
  EXPECT_EQ(other.AdminSetUserPassword({pool.user_pool_id, "hal", "temporary-password", true})
                .status()
                .code(),
            ErrorCode::kPasswordHistoryPolicyViolation);
}

// A temporary password equal to the newest history entry: the one list of
// the document cannot say which it was, and either reading must behave the same.
TEST_F(State, AnImportedTemporaryPasswordEqualToTheNewestBehavesAsInTheOriginal) {
  const TestPool pool = PoolWithPasswordHistory(2);
  ASSERT_OK(fake_.AdminSetUserPassword({pool.user_pool_id, "hal", "second-password", true}));
  ASSERT_OK(fake_.AdminSetUserPassword(
      {pool.user_pool_id, "hal", "second-password", false}));  // temporary
  FakeIdentityProvider other;
  ASSERT_OK(ImportState(other, ExportState(fake_)));
  EXPECT_EQ(ExportState(other), ExportState(fake_));
  // The same answers, step by step, from the original and the import.
  const std::pair<const char*, bool> steps[] = {
      {"first-password", false}, {"second-password", false}, {"third-password", true},
      {"first-password", true},  {"third-password", false},  {"second-password", true}};
  for (const auto& [password, accepted] : steps) {
    const auto original = fake_.AdminSetUserPassword({pool.user_pool_id, "hal", password, true});
    const auto imported = other.AdminSetUserPassword({pool.user_pool_id, "hal", password, true});
    EXPECT_EQ(imported.status().code(), original.status().code()) << password;
    EXPECT_EQ(original.ok(), accepted) << password;
  }
  EXPECT_EQ(ExportState(other), ExportState(fake_));
}

TEST_F(State, AnImportedUserAlwaysHasTheirSubAsTheFirstAttribute) {
  const std::string sub =
      *FindAttribute(fake_.AdminGetUser({pool_.user_pool_id, "bob"})->user_attributes, "sub");
  // A hand-edited document: bob's "sub" attribute renamed, so that his
  // list no longer holds it. "Sub" still names it.
  std::string document = ExportState(fake_);
  const auto value = document.find("\"Value\": \"" + sub + "\"");
  ASSERT_NE(value, std::string::npos);
  const std::string from = "\"Name\": \"sub\"";
  const auto name = document.rfind(from, value);
  ASSERT_NE(name, std::string::npos);
  document.replace(name, from.size(), "\"Name\": \"nickname\"");
  // And alice's email renamed "sub": a second, different "sub" after hers.
  const auto alice_email = document.find("\"Value\": \"alice@example.com\"");
  ASSERT_NE(alice_email, std::string::npos);
  const auto email_name = document.rfind("\"Name\": \"email\"", alice_email);
  ASSERT_NE(email_name, std::string::npos);
  document.replace(email_name, std::string("\"Name\": \"email\"").size(), "\"Name\": \"sub\"");
  const std::string alice_sub =
      *FindAttribute(fake_.AdminGetUser({pool_.user_pool_id, "alice"})->user_attributes, "sub");
  FakeIdentityProvider other;
  ASSERT_OK(ImportState(other, document));
  const auto alice = other.AdminGetUser({pool_.user_pool_id, "alice"});
  ASSERT_THAT(alice, IsOk());
  int alice_subs = 0;
  for (const AttributeType& attribute : alice->user_attributes)
    alice_subs += attribute.name == "sub";
  EXPECT_EQ(alice_subs, 1) << "the document's other \"sub\" is dropped";
  EXPECT_EQ(FindAttribute(alice->user_attributes, "sub"), alice_sub);
  const auto bob = other.AdminGetUser({pool_.user_pool_id, "bob"});
  ASSERT_THAT(bob, IsOk());
  ASSERT_FALSE(bob->user_attributes.empty());
  EXPECT_EQ(bob->user_attributes.front(), (AttributeType{"sub", sub}));
  EXPECT_EQ(FindAttribute(bob->user_attributes, "nickname"), sub) << "the renamed attribute stays";
  EXPECT_EQ(other.AdminGetUser({pool_.user_pool_id, sub})->username, "bob") << "found by sub";
}

TEST_F(State, AnImportedUserWhoNeverUsedTheAccountHasNoActivityBlock) {
  fake_.AddConfirmedUser(pool_, "carol", kPassword).value();
  fake_.AddConfirmedUser(pool_, "dave", kPassword).value();
  ASSERT_THAT(SignIn("dave", "Wr0ng-password"), StatusIs(ErrorCode::kNotAuthorized));
  FakeIdentityProvider other;
  const std::string exported = ExportState(fake_);
  ASSERT_OK(ImportState(other, exported));
  internal::SnapshotData data = internal::StateAccess::Capture(other);
  internal::UserTable& users = data.state.pools.pools.at(pool_.user_pool_id).users;
  for (const char* name : {"alice", "bob", "carol", "dave"})
    ASSERT_NE(users.Find(name), nullptr) << name;
  EXPECT_EQ(users.Find("carol")->activity_if_present(), nullptr)
      << "nothing to hold, nothing allocated";
  EXPECT_EQ(users.Find("bob")->activity_if_present(), nullptr)
      << "a good sign-in by a user who never failed leaves nothing to hold";
  ASSERT_NE(users.Find("alice")->activity_if_present(), nullptr);
  EXPECT_TRUE(users.Find("alice")->activity().reset_code.has_value());
  ASSERT_NE(users.Find("dave")->activity_if_present(), nullptr) << "a failed sign-in is activity";
  EXPECT_EQ(users.Find("dave")->activity().lockout.failures, 1);
  EXPECT_EQ(ExportState(other), exported);
}

// `document` with pool `user_pool_id`'s keys replaced by built-in keys 6
// and 7.
std::string Rekeyed(const std::string& document, const std::string& user_pool_id) {
  nlohmann::json json = nlohmann::json::parse(document);
  json["State"]["Pools"][user_pool_id]["SigningKeys"] = {{"IdToken", {{"BuiltIn", 6}}},
                                                         {"AccessToken", {{"BuiltIn", 7}}}};
  return json.dump();
}

InitiateAuthRequest RefreshRequest(const TestPool& pool, const AuthenticationResultType& tokens) {
  InitiateAuthRequest refresh;
  refresh.client_id = pool.client_id;
  refresh.auth_flow = AuthFlowType::kRefreshTokenAuth;
  refresh.auth_parameters = {{"REFRESH_TOKEN", *tokens.refresh_token}};
  return refresh;
}

ChangePasswordRequest SamePassword(const AuthenticationResultType& tokens) {
  ChangePasswordRequest change;
  change.access_token = *tokens.access_token;
  change.previous_password = "Passw0rd!";  // FakeTest::kPassword
  change.proposed_password = "Passw0rd!";
  return change;
}

TEST_F(State, TokensIssuedBeforeTheExportAreHonouredAfterTheImport) {
  const AuthenticationResultType tokens = SignIn("bob", kPassword).value();
  FakeIdentityProvider other;
  ASSERT_OK(ImportState(other, ExportState(fake_)));
  // The keys and the sessions came along.
  EXPECT_OK(other.InitiateAuth(RefreshRequest(pool_, tokens)));
  EXPECT_OK(other.ChangePassword(SamePassword(tokens)));
  EXPECT_EQ(other.Jwks(pool_.user_pool_id).value(), fake_.Jwks(pool_.user_pool_id).value());
  // The same state under other keys refuses the access token; the refresh
  // token names a session the state still has.
  FakeIdentityProvider stranger;
  ASSERT_OK(ImportState(stranger, Rekeyed(ExportState(fake_), pool_.user_pool_id)));
  EXPECT_STATUS(stranger.ChangePassword(SamePassword(tokens)), ErrorCode::kNotAuthorized,
                "Invalid Access Token");
  EXPECT_NE(stranger.Jwks(pool_.user_pool_id).value(), fake_.Jwks(pool_.user_pool_id).value());
}

TEST_F(State, AFakeThatHasSignedUsersInTakesTheImportedKeysAndTheRestoredOnesBack) {
  const AuthenticationResultType own = SignIn("bob", kPassword).value();
  const FakeSnapshot before = fake_.Snapshot();
  ASSERT_OK(ImportState(fake_, Rekeyed(ExportState(fake_), pool_.user_pool_id)));
  EXPECT_STATUS(fake_.ChangePassword(SamePassword(own)), ErrorCode::kNotAuthorized,
                "Invalid Access Token");
  const AuthenticationResultType rekeyed = SignIn("bob", kPassword).value();
  EXPECT_OK(fake_.ChangePassword(SamePassword(rekeyed)));
  fake_.Restore(before);
  EXPECT_OK(fake_.ChangePassword(SamePassword(own)));
  EXPECT_STATUS(fake_.ChangePassword(SamePassword(rekeyed)), ErrorCode::kNotAuthorized,
                "Invalid Access Token");
}

TEST_F(State, KeysOfATestsOwnTravelAsTheirPem) {
  const std::string pem = internal::kBuiltInKeyPems[5];  // stands in for a test's own key
  ASSERT_OK(fake_.SetSigningKeys(pool_.user_pool_id, pem, pem));
  const std::string exported = ExportState(fake_);
  const nlohmann::json keys =
      nlohmann::json::parse(exported)["State"]["Pools"][pool_.user_pool_id]["SigningKeys"];
  EXPECT_EQ(keys["IdToken"]["Pem"], pem);
  EXPECT_FALSE(keys["IdToken"].contains("BuiltIn")) << keys;
  FakeIdentityProvider other;
  ASSERT_OK(ImportState(other, exported));
  EXPECT_EQ(other.Jwks(pool_.user_pool_id).value(), fake_.Jwks(pool_.user_pool_id).value());
  EXPECT_EQ(ExportState(other), exported);
}

TEST_F(State, EachSignInAddsOneSessionAndARefreshNone) {
  auto sessions = [this] {
    return internal::StateAccess::Capture(fake_)
        .state.pools.pools.at(pool_.user_pool_id)
        .sign_ins.size();
  };
  const std::size_t before = sessions();
  const AuthenticationResultType tokens = SignIn("bob", kPassword).value();
  EXPECT_EQ(sessions(), before + 1);
  ASSERT_OK(fake_.InitiateAuth(RefreshRequest(pool_, tokens)));
  EXPECT_EQ(sessions(), before + 1);
}

TEST_F(State, GroupsAndTheirMembersTravelWithTheState) {
  ASSERT_OK(fake_.CreateGroup({"admins", pool_.user_pool_id, "Admins", {}, 2}));
  ASSERT_OK(fake_.AdminAddUserToGroup({pool_.user_pool_id, "bob", "admins"}));
  const std::string exported = ExportState(fake_);
  FakeIdentityProvider other;
  ASSERT_OK(ImportState(other, exported));
  auto members = other.ListUsersInGroup({pool_.user_pool_id, "admins", {}, {}});
  ASSERT_OK(members);
  ASSERT_EQ(members->users.size(), 1u);
  EXPECT_EQ(members->users[0].username, "bob");
  EXPECT_EQ(ExportState(other), exported);
  // A member who is no user of the pool is refused.
  nlohmann::json document = nlohmann::json::parse(exported);
  document["State"]["Pools"][pool_.user_pool_id]["Groups"]["admins"]["Members"] = {"zed"};
  EXPECT_THAT(ImportState(other, document.dump()),
              StatusIs(ErrorCode::kInvalidParameter, HasSubstr("no user of the pool")));
  EXPECT_EQ(ExportState(other), exported);
}

TEST_F(State, DocumentsOfEarlierFormatsAreRefused) {
  const std::string v3 = ExportState(fake_);
  for (const char* format : {"cognito_fake.state.v1", "cognito_fake.state.v2"}) {
    std::string old = v3;
    old.replace(old.find("cognito_fake.state.v3"), 21, format);
    EXPECT_THAT(ImportState(fake_, old),
                StatusIs(ErrorCode::kInvalidParameter,
                         HasSubstr("Format must be \"cognito_fake.state.v3\"")));
  }
  EXPECT_EQ(ExportState(fake_), v3);
}

TEST_F(State, ASigningKeyThatIsNoRsaKeyIsRefused) {
  const std::string before = ExportState(fake_);
  for (const nlohmann::json& key :
       {nlohmann::json{{"BuiltIn", 8}}, nlohmann::json{{"Pem", "not a key"}},
        nlohmann::json::object(), nlohmann::json{{"BuiltIn", 1}, {"Pem", "x"}}}) {
    nlohmann::json document = nlohmann::json::parse(before);
    document["State"]["Pools"][pool_.user_pool_id]["SigningKeys"]["IdToken"] = key;
    EXPECT_THAT(ImportState(fake_, document.dump()),
                StatusIs(ErrorCode::kInvalidParameter, HasSubstr("names a signing key")))
        << key;
    EXPECT_EQ(ExportState(fake_), before);
  }
}

TEST_F(State, SnapshotAndRestoreRewindEverything) {
  const FakeSnapshot snapshot = fake_.Snapshot();
  const std::string before = ExportState(fake_);
  ASSERT_OK(fake_.AdminDeleteUser({pool_.user_pool_id, "bob"}));
  ASSERT_OK(fake_.AdminResetUserPassword({pool_.user_pool_id, "alice", {}}));
  fake_.clock().Advance(std::chrono::hours(2));
  fake_.Restore(snapshot);
  EXPECT_EQ(ExportState(fake_), before);
  EXPECT_OK(fake_.AdminGetUser({pool_.user_pool_id, "bob"}));
  // A snapshot can be restored again and again.
  ASSERT_OK(fake_.AdminDeleteUser({pool_.user_pool_id, "bob"}));
  fake_.Restore(snapshot);
  EXPECT_EQ(ExportState(fake_), before);
}

TEST_F(State, AUserFiledUnderAnotherKeyThanItsUsernameIsRefusedAndChangesNothing) {
  const std::string before = ExportState(fake_);
  std::string moved = before;
  const std::size_t users = moved.find("\"Users\": {");
  ASSERT_NE(users, std::string::npos);
  const std::size_t key = moved.find('"', users + 10);
  moved.insert(key + 1, "x-");  // "alice" -> "x-alice"; the record still says "alice"
  const Status status = ImportState(fake_, moved);
  EXPECT_THAT(status, StatusIs(ErrorCode::kInvalidParameter, HasSubstr("not under its username")));
  EXPECT_EQ(ExportState(fake_), before);
}

TEST_F(State, RestoringAnEmptySnapshotChangesNothing) {
  const std::string before = ExportState(fake_);
  fake_.Restore(FakeSnapshot());
  EXPECT_EQ(ExportState(fake_), before);
}

TEST_F(State, BadDocumentsAreRefusedAndChangeNothing) {
  const std::string before = ExportState(fake_);
  std::string missing_member = before;
  missing_member.replace(missing_member.find("\"TokenKey\""), 10, "\"Token\"");
  std::string mistyped = before;
  mistyped.replace(mistyped.find("\"Enabled\": true"), 15, "\"Enabled\": 12");
  const std::pair<std::string, ErrorCode> cases[] = {
      {"not json", ErrorCode::kSerialization},
      {"[]", ErrorCode::kSerialization},
      {R"({"Format":"other"})", ErrorCode::kInvalidParameter},
      {missing_member, ErrorCode::kSerialization},  // unknown member "Token"
      {mistyped, ErrorCode::kSerialization},
  };
  for (const auto& [document, code] : cases) {
    EXPECT_EQ(ImportState(fake_, document).code(), code) << document.substr(0, 40);
    EXPECT_EQ(ExportState(fake_), before);
  }
  std::string no_key = before;  // null is an absent member
  const auto at = no_key.find("\"TokenKey\": ") + 12;
  no_key.replace(at, no_key.find('"', at + 1) - at + 1, "null");
  const Status status = ImportState(fake_, no_key);
  EXPECT_EQ(status.code(), ErrorCode::kInvalidParameter);
  EXPECT_NE(status.message().find("Value null at 'state.tokenKey'"), std::string::npos) << status;
}

}  // namespace
}  // namespace cognito_fake
