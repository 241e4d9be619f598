// USER_SRP_AUTH on the fake (session-behavior.md §7): the PASSWORD_VERIFIER
// challenge and its answer, by user state, before and after the reset; the
// SECRET_BLOCK's one use; the TIMESTAMP; SECRET_HASH; hostile SRP_A values;
// lockout.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/srp_client.h>
#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "internal/crypto.h"
#include "internal/srp.h"
#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;
using ::testing::Contains;
using ::testing::Key;
using ::testing::SizeIs;

constexpr const char* kIncorrect = "Incorrect username or password.";

class SrpSignInTest : public FakeTest {
 protected:
  // The challenge for `username` through `pool` (default: pool_), with a
  // fresh SrpClient kept in srp_.
  StatusOr<InitiateAuthResponse> Start(const std::string& username,
                                       const TestPool* pool = nullptr) {
    const TestPool& target = pool ? *pool : pool_;
    srp_.emplace(target.user_pool_id);
    InitiateAuthRequest request;
    request.auth_flow = AuthFlowType::kUserSrpAuth;
    request.client_id = target.client_id;
    request.auth_parameters = {{"USERNAME", username}, {"SRP_A", srp_->srp_a()}};
    if (target.client_secret) {
      request.auth_parameters["SECRET_HASH"] =
          ComputeSecretHash(*target.client_secret, username, target.client_id);
    }
    return fake_.InitiateAuth(request);
  }

  // The PASSWORD_VERIFIER answer to `challenge` for `password`.
  std::map<std::string, std::string> Answer(const InitiateAuthResponse& challenge,
                                            const std::string& password) {
    return srp_
        ->PasswordVerifierResponses(challenge.challenge_parameters, password, fake_.clock().Now())
        .value();
  }

  StatusOr<RespondToAuthChallengeResponse> Respond(std::map<std::string, std::string> responses,
                                                   const TestPool* pool = nullptr) {
    RespondToAuthChallengeRequest request;
    request.client_id = (pool ? *pool : pool_).client_id;
    request.challenge_name = ChallengeNameType::kPasswordVerifier;
    request.challenge_responses = std::move(responses);
    return fake_.RespondToAuthChallenge(request);
  }

  // Both steps.
  StatusOr<RespondToAuthChallengeResponse> SrpSignIn(const std::string& username,
                                                     const std::string& password) {
    auto challenge = Start(username);
    if (!challenge.ok()) return challenge.status();
    return Respond(Answer(*challenge, password));
  }

  std::optional<SrpClient> srp_;
};

TEST_F(SrpSignInTest, TheChallengeIsAPasswordVerifierWithoutASession) {
  const auto challenge = Start("alice");
  ASSERT_THAT(challenge, IsOk());
  EXPECT_EQ(challenge->challenge_name, ChallengeNameType::kPasswordVerifier);
  EXPECT_FALSE(challenge->session.has_value());
  EXPECT_FALSE(challenge->authentication_result.has_value());
  const auto& parameters = challenge->challenge_parameters;
  EXPECT_THAT(parameters, SizeIs(5));
  for (const char* name : {"SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME"}) {
    EXPECT_THAT(parameters, Contains(Key(name)));
  }
  EXPECT_EQ(parameters.at("USER_ID_FOR_SRP"), "alice");
  EXPECT_EQ(parameters.at("USERNAME"), "alice");
  EXPECT_LE(parameters.at("SALT").size(), 32u);
  EXPECT_TRUE(internal::Base64Decode(parameters.at("SECRET_BLOCK")).has_value());
}

TEST_F(SrpSignInTest, TheRightPasswordGetsTokensAndEmptyChallengeParameters) {
  const auto result = SrpSignIn("alice", kPassword);
  ASSERT_THAT(result, IsOk());
  ASSERT_TRUE(result->authentication_result.has_value());
  EXPECT_TRUE(result->authentication_result->access_token.has_value());
  EXPECT_TRUE(result->challenge_parameters.empty());
  EXPECT_THAT(fake_.SignInWithSrp(pool_, "alice", kPassword), IsOk());
}

TEST_F(SrpSignInTest, AWrongPasswordIsRefusedAtTheAnswer) {
  EXPECT_THAT(SrpSignIn("alice", "Wr0ng-password!"),
              StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
}

TEST_F(SrpSignInTest, AnAliasSignsInAsTheCanonicalUsername) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.alias_attributes = {AliasAttributeType::kEmail};
  const TestPool aliased = MakePool(request);
  ASSERT_THAT(fake_.AddConfirmedUser(aliased, "bob", kPassword,
                                     {{"email", "bob@example.com"}, {"email_verified", "true"}}),
              IsOk());
  const auto challenge = Start("bob@example.com", &aliased);
  ASSERT_THAT(challenge, IsOk());
  EXPECT_EQ(challenge->challenge_parameters.at("USER_ID_FOR_SRP"), "bob");
  EXPECT_THAT(Respond(Answer(*challenge, kPassword), &aliased), IsOk());
}

TEST_F(SrpSignInTest, ResetRequiredIsToldOnlyAfterTheRightOldPasswordIsProven) {
  ASSERT_THAT(AdminReset("alice"), IsOk());
  EXPECT_THAT(SrpSignIn("alice", kPassword),
              StatusIs(ErrorCode::kPasswordResetRequired, "Password reset required for the user"));
  EXPECT_THAT(SrpSignIn("alice", "Wr0ng-password!"),
              StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
  // ForgotPassword / ConfirmForgotPassword, then SRP with the new password.
  ASSERT_THAT(Forgot("alice"), IsOk());
  ASSERT_THAT(ConfirmForgot("alice", *fake_.LastCodeFor(pool_.user_pool_id, "alice"), kNewPassword),
              IsOk());
  EXPECT_THAT(fake_.SignInWithSrp(pool_, "alice", kNewPassword), IsOk());
  EXPECT_THAT(fake_.SignInWithSrp(pool_, "alice", kPassword),
              StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
}

TEST_F(SrpSignInTest, ATemporaryPasswordLeadsToNewPasswordRequired) {
  ASSERT_THAT(CreateUninvited("carol", {{"email", "carol@example.com"}}, "Temp-Passw0rd!"), IsOk());
  const auto result = SrpSignIn("carol", "Temp-Passw0rd!");
  ASSERT_THAT(result, IsOk());
  EXPECT_EQ(result->challenge_name, ChallengeNameType::kNewPasswordRequired);
  EXPECT_TRUE(result->session.has_value());
}

TEST_F(SrpSignInTest, DisabledAndUnconfirmedUsersAreRefusedWithCognitosErrors) {
  ASSERT_THAT(SignUpUser("dave", "dave@example.com"), IsOk());
  EXPECT_THAT(SrpSignIn("dave", kPassword),
              StatusIs(ErrorCode::kUserNotConfirmed, "User is not confirmed."));
  ASSERT_THAT(fake_.AdminDisableUser({pool_.user_pool_id, "alice"}), IsOk());
  EXPECT_THAT(Start("alice"), StatusIs(ErrorCode::kNotAuthorized, "User is disabled."));
}

TEST_F(SrpSignInTest, UnknownUsersFollowPreventUserExistenceErrors) {
  EXPECT_THAT(Start("nobody"), StatusIs(ErrorCode::kUserNotFound, "User does not exist."));

  auto client = FakeIdentityProvider::DefaultTestClientRequest();
  client.prevent_user_existence_errors = PreventUserExistenceErrorTypes::kEnabled;
  const TestPool hidden = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(), client);
  const auto first = Start("nobody", &hidden);
  ASSERT_THAT(first, IsOk());
  const auto second = Start("nobody", &hidden);
  ASSERT_THAT(second, IsOk());
  // The same salt and id for the same name, a fresh B: nothing tells.
  EXPECT_EQ(first->challenge_parameters.at("SALT"), second->challenge_parameters.at("SALT"));
  EXPECT_EQ(first->challenge_parameters.at("USER_ID_FOR_SRP"),
            second->challenge_parameters.at("USER_ID_FOR_SRP"));
  EXPECT_NE(first->challenge_parameters.at("SRP_B"), second->challenge_parameters.at("SRP_B"));
  EXPECT_THAT(
      first->challenge_parameters.at("USER_ID_FOR_SRP"),
      ::testing::MatchesRegex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
  EXPECT_THAT(Respond(Answer(*second, "any password"), &hidden),
              StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
}

TEST_F(SrpSignInTest, TheUserMigrationTriggerIsNotCalledForAnSrpSignIn) {
  int calls = 0;
  ASSERT_THAT(fake_.SetTrigger(pool_.user_pool_id, TriggerType::kUserMigration,
                               [&calls](const std::string& event) {
                                 ++calls;
                                 return event;
                               }),
              IsOk());
  EXPECT_THAT(Start("legacy-user"), StatusIs(ErrorCode::kUserNotFound, "User does not exist."));
  EXPECT_EQ(calls, 0);
  // USER_PASSWORD_AUTH still calls it, as the migration guide asks apps to use.
  EXPECT_THAT(SignIn("legacy-user", kPassword), StatusIs(ErrorCode::kUserNotFound));
  EXPECT_EQ(calls, 1);
}

TEST_F(SrpSignInTest, ASecretBlockIsAnsweredOnceByTheClientItWasGivenTo) {
  const auto challenge = Start("alice");
  ASSERT_THAT(challenge, IsOk());
  const auto answer = Answer(*challenge, kPassword);
  const TestPool other = MakePool();
  EXPECT_THAT(Respond(answer, &other), StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
  EXPECT_THAT(Respond(answer), IsOk());
  EXPECT_THAT(Respond(answer), StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
  auto unknown = answer;
  unknown["PASSWORD_CLAIM_SECRET_BLOCK"] = internal::Base64Encode("not a block we issued");
  EXPECT_THAT(Respond(unknown), StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
}

TEST_F(SrpSignInTest, ASecretBlockIssuedForAnotherUserProvesNothing) {
  ASSERT_THAT(fake_.AddConfirmedUser(pool_, "bob", kPassword, {{"email", "bob@example.com"}}),
              IsOk());
  const auto alices = Start("alice");
  ASSERT_THAT(alices, IsOk());
  // Bob answers alice's challenge with his own (right) password.
  auto answer = srp_->PasswordVerifierResponses(
                        [&] {
                          auto parameters = alices->challenge_parameters;
                          parameters["USER_ID_FOR_SRP"] = "bob";
                          return parameters;
                        }(),
                        kPassword, fake_.clock().Now())
                    .value();
  EXPECT_THAT(Respond(answer), StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
  EXPECT_THAT(fake_.SignInWithSrp(pool_, "bob", kPassword), IsOk());
}

TEST_F(SrpSignInTest, AChallengeExpiresAfterTheAnswerWindow) {
  const auto challenge = Start("alice");
  ASSERT_THAT(challenge, IsOk());
  fake_.clock().Advance(FakeLimits().srp_answer_window + std::chrono::seconds(1));
  EXPECT_THAT(Respond(Answer(*challenge, kPassword)),
              StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
}

TEST_F(SrpSignInTest, TheTimestampMustParseBeCanonicalAndBeNearTheFakesTime) {
  auto challenge = Start("alice");
  ASSERT_THAT(challenge, IsOk());
  auto answer = Answer(*challenge, kPassword);
  answer["TIMESTAMP"] = "2026-02-01T06:07:08Z";
  EXPECT_THAT(Respond(answer),
              StatusIs(ErrorCode::kInvalidParameter,
                       "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english."));

  // A zero-padded day: Cognito parses it and checks the signature over the
  // canonical form. A client that signed the padded text is refused; the
  // padded text with the canonical form's signature passes.
  namespace srp = internal::srp;
  const std::string a_hex(256, '7');
  for (const bool sign_padded : {true, false}) {
    SCOPED_TRACE(sign_padded);
    srp_.emplace(pool_.user_pool_id, a_hex);
    challenge = fake_.InitiateAuth(SrpStartRequest(*srp_, "alice"));
    ASSERT_THAT(challenge, IsOk());
    const auto& parameters = challenge->challenge_parameters;
    std::string padded = SrpClient::FormatTimestamp(fake_.clock().Now());  // "Mon Jan 1 …"
    padded.insert(8, "0");
    const std::string pool_name = srp::PoolName(pool_.user_pool_id);
    const auto a = srp::FromHex(a_hex);
    const auto x =
        srp::PrivateKey(srp::FromHex(parameters.at("SALT")).get(), pool_name, "alice", kPassword);
    const auto key = srp::ClientKey(a.get(), srp::ClientPublic(a.get()).get(),
                                    srp::FromHex(parameters.at("SRP_B")).get(), x.get());
    ASSERT_TRUE(key.has_value());
    const std::string signed_text =
        sign_padded ? padded : SrpClient::FormatTimestamp(fake_.clock().Now());
    answer = {{"USERNAME", "alice"},
              {"PASSWORD_CLAIM_SECRET_BLOCK", parameters.at("SECRET_BLOCK")},
              {"TIMESTAMP", padded},
              {"PASSWORD_CLAIM_SIGNATURE",
               internal::Base64Encode(srp::Signature(
                   *key, pool_name, "alice", *internal::Base64Decode(parameters.at("SECRET_BLOCK")),
                   signed_text))}};
    if (sign_padded) {
      EXPECT_THAT(Respond(answer), StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
    } else {
      EXPECT_THAT(Respond(answer), IsOk());
    }
  }

  // An hour off the fake's clock.
  challenge = Start("alice");
  ASSERT_THAT(challenge, IsOk());
  answer = srp_->PasswordVerifierResponses(challenge->challenge_parameters, kPassword,
                                           fake_.clock().Now() + std::chrono::hours(1))
               .value();
  EXPECT_THAT(Respond(answer), StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
}

TEST_F(SrpSignInTest, MissingParametersAreNamed) {
  InitiateAuthRequest request;
  request.auth_flow = AuthFlowType::kUserSrpAuth;
  request.client_id = pool_.client_id;
  request.auth_parameters = {{"USERNAME", "alice"}};
  EXPECT_THAT(fake_.InitiateAuth(request),
              StatusIs(ErrorCode::kInvalidParameter, "Missing required parameter SRP_A"));
  const auto challenge = Start("alice");
  ASSERT_THAT(challenge, IsOk());
  for (const char* name :
       {"USERNAME", "PASSWORD_CLAIM_SECRET_BLOCK", "TIMESTAMP", "PASSWORD_CLAIM_SIGNATURE"}) {
    auto answer = Answer(*challenge, kPassword);
    answer.erase(name);
    EXPECT_THAT(Respond(answer), StatusIs(ErrorCode::kInvalidParameter,
                                          "Missing required parameter " + std::string(name)));
  }
}

TEST_F(SrpSignInTest, HostileSrpAValuesAreRefusedWithoutAChallenge) {
  const std::string n_hex = internal::srp::ToHex(internal::srp::Prime());
  for (const std::string& srp_a : {std::string("0"), n_hex, n_hex + "0", std::string("xyz"),
                                   std::string("-5"), std::string(2000, 'f'), std::string()}) {
    SCOPED_TRACE(srp_a.substr(0, 16));
    InitiateAuthRequest request;
    request.auth_flow = AuthFlowType::kUserSrpAuth;
    request.client_id = pool_.client_id;
    request.auth_parameters = {{"USERNAME", "alice"}, {"SRP_A", srp_a}};
    EXPECT_THAT(fake_.InitiateAuth(request),
                StatusIs(ErrorCode::kInvalidParameter, "SRP_A is not a valid SRP public value."));
  }
  // None of them counted against alice.
  EXPECT_THAT(SrpSignIn("alice", kPassword), IsOk());
}

TEST_F(SrpSignInTest, ASignatureOfTheWrongLengthOrNotBase64IsAWrongProof) {
  for (const std::string& signature :
       {internal::Base64Encode("short"), std::string("not base64!"), std::string()}) {
    const auto challenge = Start("alice");
    ASSERT_THAT(challenge, IsOk());
    auto answer = Answer(*challenge, kPassword);
    answer["PASSWORD_CLAIM_SIGNATURE"] = signature;
    EXPECT_THAT(Respond(answer), StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
  }
}

TEST_F(SrpSignInTest, WrongProofsLockTheUserOutAsWrongPasswordsDo) {
  const int threshold = FakeLimits().failed_sign_ins_before_lockout;
  for (int i = 0; i < threshold; ++i) {
    EXPECT_THAT(SrpSignIn("alice", "Wr0ng-password!"),
                StatusIs(ErrorCode::kNotAuthorized, kIncorrect));
  }
  EXPECT_THAT(Start("alice"), StatusIs(ErrorCode::kNotAuthorized, "Password attempts exceeded"));
  EXPECT_THAT(SignIn("alice", kPassword),
              StatusIs(ErrorCode::kNotAuthorized, "Password attempts exceeded"));
}

TEST_F(SrpSignInTest, AClientWithASecretNeedsTheHashOnBothSteps) {
  auto client = FakeIdentityProvider::DefaultTestClientRequest();
  client.generate_secret = true;
  const TestPool secret = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(), client);
  ASSERT_THAT(fake_.AddConfirmedUser(secret, "erin", kPassword, {{"email", "erin@example.com"}}),
              IsOk());
  EXPECT_THAT(fake_.SignInWithSrp(secret, "erin", kPassword), IsOk());
  auto challenge = Start("erin", &secret);
  ASSERT_THAT(challenge, IsOk());
  EXPECT_THAT(Respond(Answer(*challenge, kPassword), &secret), StatusIs(ErrorCode::kNotAuthorized));
}

TEST_F(SrpSignInTest, AClientWithoutAllowUserSrpAuthRefusesTheFlow) {
  auto client = FakeIdentityProvider::DefaultTestClientRequest();
  client.explicit_auth_flows = {ExplicitAuthFlowsType::kAllowUserPasswordAuth};
  const TestPool password_only = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(), client);
  EXPECT_THAT(
      Start("alice", &password_only),
      StatusIs(ErrorCode::kInvalidParameter, "USER_SRP_AUTH is not enabled for the client."));
  // Created without ExplicitAuthFlows, a client allows it (Cognito's defaults).
  CreateUserPoolClientRequest bare;
  bare.client_name = "bare";
  const TestPool defaults = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(), bare);
  ASSERT_THAT(fake_.AddConfirmedUser(defaults, "frank", kPassword, {{"email", "f@example.com"}}),
              IsOk());
  EXPECT_THAT(fake_.SignInWithSrp(defaults, "frank", kPassword), IsOk());
}

TEST_F(SrpSignInTest, AdminInitiateAuthAndAdminRespondRunTheSameExchange) {
  SrpClient srp(pool_.user_pool_id);
  AdminInitiateAuthRequest start;
  start.auth_flow = AuthFlowType::kUserSrpAuth;
  start.user_pool_id = pool_.user_pool_id;
  start.client_id = pool_.client_id;
  start.auth_parameters = {{"USERNAME", "alice"}, {"SRP_A", srp.srp_a()}};
  const auto challenge = fake_.AdminInitiateAuth(start);
  ASSERT_THAT(challenge, IsOk());
  ASSERT_EQ(challenge->challenge_name, ChallengeNameType::kPasswordVerifier);
  AdminRespondToAuthChallengeRequest answer;
  answer.user_pool_id = pool_.user_pool_id;
  answer.client_id = pool_.client_id;
  answer.challenge_name = ChallengeNameType::kPasswordVerifier;
  answer.challenge_responses =
      srp.PasswordVerifierResponses(challenge->challenge_parameters, kPassword, fake_.clock().Now())
          .value();
  const auto tokens = fake_.AdminRespondToAuthChallenge(answer);
  ASSERT_THAT(tokens, IsOk());
  EXPECT_TRUE(tokens->authentication_result.has_value());
}

TEST_F(SrpSignInTest, OpenChallengesSurviveASnapshotAndRestore) {
  const auto challenge = Start("alice");
  ASSERT_THAT(challenge, IsOk());
  const auto snapshot = fake_.Snapshot();
  const auto answer = Answer(*challenge, kPassword);
  ASSERT_THAT(Respond(answer), IsOk());
  fake_.Restore(snapshot);
  EXPECT_THAT(Respond(answer), IsOk());  // unused again in the restored state
}

}  // namespace
}  // namespace cognito_fake
