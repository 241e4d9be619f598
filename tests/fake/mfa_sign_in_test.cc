// Multi-factor sign-in (issue 30): which challenge follows a proven password,
// SMS and email codes through the outbox, authenticator-app codes on the
// fake clock, choosing and setting up a factor, every answer's errors, and
// the whole password-reset flow with each factor
// (../shared/mfa-behavior.md §5 and §6).

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fake_state.h>
#include <cognito_fake/srp_client.h>
#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::ByMedium;
using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::MfaCodeSentTo;
using ::cognito_fake_testing::ResetCodeSentTo;
using ::cognito_fake_testing::StatusIs;
using ::cognito_fake_testing::WithClientMetadata;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::MatchesRegex;
using ::testing::Not;
using ::testing::Optional;
using ::testing::Pair;
using ::testing::SizeIs;
using ::testing::UnorderedElementsAre;

using Responses = std::map<std::string, std::string>;

constexpr char kPhone[] = "+15555550100";

class MfaSignIn : public FakeTest {
 protected:
  // Pool `pool` (the test pool by default) in `mode` with the SMS factor
  // (and the pool's SMS configuration) and / or the TOTP factor.
  void Configure(UserPoolMfaType mode, bool sms, bool totp, const TestPool* pool = nullptr) {
    SetUserPoolMfaConfigRequest request;
    request.user_pool_id = (pool ? *pool : pool_).user_pool_id;
    request.mfa_configuration = mode;
    if (sms) {
      request.sms_mfa_configuration = SmsMfaConfigType{
          "Your sign-in code is {####}",
          SmsConfigurationType{"arn:aws:iam::123456789012:role/sns", "external", {}}};
    }
    if (totp) request.software_token_mfa_configuration = SoftwareTokenMfaConfigType{true};
    ASSERT_THAT(fake_.SetUserPoolMfaConfig(request), IsOk());
  }
  // A pool that sends email through SES (email MFA needs it) with the email
  // factor on in `mode`, and erin (erin@example.com) in it; with the test
  // pool's AccountRecoverySetting, or none (`legacy`).
  TestPool EmailPool(UserPoolMfaType mode, bool legacy = false) {
    auto request = FakeIdentityProvider::DefaultTestPoolRequest();
    if (legacy) request.account_recovery_setting.reset();
    request.email_configuration = EmailConfigurationType{};
    request.email_configuration->email_sending_account = EmailSendingAccountType::kDeveloper;
    request.email_configuration->source_arn =
        "arn:aws:ses:us-east-1:123456789012:identity/example.com";
    const TestPool pool = MakePool(request);
    SetUserPoolMfaConfigRequest config;
    config.user_pool_id = pool.user_pool_id;
    config.mfa_configuration = mode;
    config.email_mfa_configuration = EmailMfaConfigType{"Your code is {####}", "Sign-in code"};
    EXPECT_THAT(fake_.SetUserPoolMfaConfig(config), IsOk());
    EXPECT_THAT(fake_.AddConfirmedUser(pool, "erin", kPassword, {{"email", "erin@example.com"}}),
                IsOk());
    return pool;
  }
  void GiveAlicePhone(bool verified = false) {
    AdminUpdateUserAttributesRequest request;
    request.user_pool_id = pool_.user_pool_id;
    request.username = "alice";
    request.user_attributes = {{"phone_number", kPhone},
                               {"phone_number_verified", verified ? "true" : "false"}};
    ASSERT_THAT(fake_.AdminUpdateUserAttributes(request), IsOk());
  }
  void Activate(const std::string& username, std::optional<SMSMfaSettingsType> sms,
                std::optional<SoftwareTokenMfaSettingsType> totp,
                std::optional<EmailMfaSettingsType> email = {}, const TestPool* pool = nullptr) {
    AdminSetUserMFAPreferenceRequest request;
    request.user_pool_id = (pool ? *pool : pool_).user_pool_id;
    request.username = username;
    request.sms_mfa_settings = sms;
    request.software_token_mfa_settings = totp;
    request.email_mfa_settings = email;
    ASSERT_THAT(fake_.AdminSetUserMFAPreference(request), IsOk());
  }
  // Alice's verified authenticator secret: set up while the pool is
  // OPTIONAL (her sign-in still gets tokens), with the TOTP factor on.
  // MFA_SETUP's authenticator app set up from the challenge's `session`:
  // AssociateSoftwareToken with it, then VerifySoftwareToken with the
  // associated session and the app's current code. Verify's response (its
  // Session answers MFA_SETUP), or the first error.
  StatusOr<VerifySoftwareTokenResponse> SetUpAuthenticator(
      const std::optional<std::string>& session) {
    auto associated = fake_.AssociateSoftwareToken({std::nullopt, session});
    if (!associated.ok()) return associated.status();
    VerifySoftwareTokenRequest verify;
    verify.session = associated->session;
    verify.user_code = TotpCode(associated->secret_code.value_or(""));
    return fake_.VerifySoftwareToken(verify);
  }
  std::string AliceSecret() {
    Configure(UserPoolMfaType::kOptional, false, true);
    auto tokens = SignIn("alice", kPassword);
    EXPECT_THAT(tokens, IsOk());
    const std::string access_token = tokens.ok() ? tokens->access_token.value_or("") : "";
    auto associated = fake_.AssociateSoftwareToken({access_token, std::nullopt});
    EXPECT_THAT(associated, IsOk());
    const std::string secret = associated.ok() ? associated->secret_code.value_or("") : "";
    VerifySoftwareTokenRequest verify;
    verify.access_token = access_token;
    verify.user_code = TotpCode(secret);
    EXPECT_THAT(fake_.VerifySoftwareToken(verify), IsOk());
    // The verifying code is used up: move to the next 30-second step.
    fake_.clock().Advance(std::chrono::seconds(30));
    return secret;
  }
  StatusOr<InitiateAuthResponse> Start(const std::string& username,
                                       const std::string& password = kPassword,
                                       const TestPool* pool = nullptr) {
    return fake_.InitiateAuth(PasswordAuthRequest(username, password, pool));
  }
  StatusOr<RespondToAuthChallengeResponse> Answer(ChallengeNameType challenge,
                                                  std::optional<std::string> session,
                                                  Responses responses,
                                                  const TestPool* pool = nullptr,
                                                  ClientMetadataType metadata = {}) {
    RespondToAuthChallengeRequest request;
    request.client_id = (pool ? *pool : pool_).client_id;
    request.challenge_name = challenge;
    request.session = std::move(session);
    request.challenge_responses = std::move(responses);
    request.client_metadata = std::move(metadata);
    return fake_.RespondToAuthChallenge(request);
  }
  // The code of the newest MFA message.
  std::string LastMfaCode() {
    const auto sent = fake_.outbox().WithOccasion(MessageOccasion::kAuthentication);
    return sent.empty() ? "" : sent.back().code;
  }
  // The state document without the outbox, which records failed attempts too.
  std::string StateWithoutOutbox() {
    nlohmann::json state = nlohmann::json::parse(ExportState(fake_));
    state.erase("Outbox");
    state.erase("OutboxNextSequence");
    return state.dump();
  }
  AdminGetUserResponse User(const std::string& username, const TestPool* pool = nullptr) {
    return fake_.AdminGetUser({(pool ? *pool : pool_).user_pool_id, username}).value();
  }
  static std::optional<std::string> AttributeOf(const AdminGetUserResponse& user,
                                                const std::string& name) {
    for (const AttributeType& attribute : user.user_attributes) {
      if (attribute.name == name) return attribute.value;
    }
    return std::nullopt;
  }
};

// ------------------------------------------------------------ which challenge

TEST_F(MfaSignIn, AnOffPoolIssuesTokensWhateverTheUserHasSetUp) {
  const std::string secret = AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, true});
  Configure(UserPoolMfaType::kOff, false, false);
  EXPECT_THAT(SignIn("alice", kPassword), IsOk());
}

TEST_F(MfaSignIn, AnOptionalPoolIssuesTokensToAUserWithoutAnActivatedFactor) {
  AliceSecret();  // verified, never activated
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  EXPECT_TRUE(started->authentication_result.has_value());
  EXPECT_FALSE(started->challenge_name.has_value());
}

TEST_F(MfaSignIn, AnActivatedAuthenticatorAppIsChallengedAndItsCodeSignsIn) {
  const std::string secret = AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, false});
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kSoftwareTokenMfa));
  EXPECT_FALSE(started->authentication_result.has_value());
  ASSERT_TRUE(started->session.has_value());
  EXPECT_THAT(started->challenge_parameters, ElementsAre(Pair("USER_ID_FOR_SRP", "alice")));
  auto answered = Answer(ChallengeNameType::kSoftwareTokenMfa, started->session,
                         {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}});
  ASSERT_THAT(answered, IsOk());
  ASSERT_TRUE(answered->authentication_result.has_value());
  EXPECT_TRUE(answered->authentication_result->access_token.has_value());
  EXPECT_FALSE(answered->challenge_name.has_value());
  EXPECT_THAT(answered->challenge_parameters, IsEmpty());
}

TEST_F(MfaSignIn, AWrongAuthenticatorCodeIsRefusedAndTheSameSessionMayTryAgain) {
  const std::string secret = AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, false});
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, started->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", WrongTotpCode(secret)}}),
              StatusIs(ErrorCode::kCodeMismatch, "Invalid code received for user"));
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, started->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}}),
              IsOk());
}

TEST_F(MfaSignIn, AnAuthenticatorCodeIsAcceptedOnlyOnce) {
  const std::string secret = AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, false});
  const std::string code = TotpCode(secret);
  auto first = Start("alice");
  ASSERT_THAT(first, IsOk());
  ASSERT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, first->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", code}}),
              IsOk());
  auto second = Start("alice");
  ASSERT_THAT(second, IsOk());
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, second->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", code}}),
              StatusIs(ErrorCode::kExpiredCode, "Your software token has already been used once."));
  // The next step's code is a new one.
  fake_.clock().Advance(std::chrono::seconds(30));
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, second->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}}),
              IsOk());
}

TEST_F(MfaSignIn, AChallengeSessionIsUsedOnceAndExpiresWithTheClientsSessionValidity) {
  const std::string secret = AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, false});
  auto used = Start("alice");
  ASSERT_THAT(used, IsOk());
  ASSERT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, used->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}}),
              IsOk());
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, used->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret, 30)}}),
              StatusIs(ErrorCode::kNotAuthorized,
                       "Invalid session for the user, session can only be used once."));
  auto late = Start("alice");
  ASSERT_THAT(late, IsOk());
  fake_.clock().Advance(std::chrono::minutes(3));  // AuthSessionValidity's default
  EXPECT_THAT(
      Answer(ChallengeNameType::kSoftwareTokenMfa, late->session,
             {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}}),
      StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user, session is expired."));
}

TEST_F(MfaSignIn, AnswersAreCheckedInCognitosOrder) {
  // Each call carries its fault and every fault checked after it, so only
  // the order of mfa-behavior.md §5.5 gives these answers.
  const std::string secret = AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, false});
  ASSERT_THAT(fake_.AdminDisableUser({pool_.user_pool_id, "alice"}), IsOk());
  ASSERT_THAT(fake_.AdminEnableUser({pool_.user_pool_id, "alice"}), IsOk());
  ASSERT_THAT(fake_.AddConfirmedUser(pool_, "bob", kPassword, {}), IsOk());
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  ASSERT_THAT(fake_.AdminDisableUser({pool_.user_pool_id, "alice"}), IsOk());
  EXPECT_THAT(Answer(ChallengeNameType::kSmsMfa, std::nullopt, {}),
              StatusIs(ErrorCode::kInvalidParameter, "Missing required parameter Session"));
  EXPECT_THAT(Answer(ChallengeNameType::kSmsMfa, std::string(40, 'x'), {}),
              StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user."));
  EXPECT_THAT(Answer(ChallengeNameType::kSmsMfa, started->session, {}),
              StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user."));
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, started->session, {}),
              StatusIs(ErrorCode::kInvalidParameter, "Missing required parameter USERNAME"));
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, started->session, {{"USERNAME", "bob"}}),
              StatusIs(ErrorCode::kNotAuthorized, "Incorrect username or password."));
  EXPECT_THAT(
      Answer(ChallengeNameType::kSoftwareTokenMfa, started->session, {{"USERNAME", "alice"}}),
      StatusIs(ErrorCode::kInvalidParameter, "Missing required parameter SOFTWARE_TOKEN_MFA_CODE"));
  const Responses wrong{{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", WrongTotpCode(secret)}};
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, started->session, wrong),
              StatusIs(ErrorCode::kNotAuthorized, "User is disabled."));
  // None of these used the session up.
  ASSERT_THAT(fake_.AdminEnableUser({pool_.user_pool_id, "alice"}), IsOk());
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, started->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}}),
              IsOk());
}

TEST_F(MfaSignIn, AnExpiredSessionIsReportedBeforeAnythingElseInTheAnswer) {
  AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, false});
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  fake_.clock().Advance(std::chrono::minutes(3));
  EXPECT_THAT(
      Answer(ChallengeNameType::kSmsMfa, started->session, {}),
      StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user, session is expired."));
}

TEST_F(MfaSignIn, AnswersOfAClientWithASecretCarryTheSecretHash) {
  auto client = FakeIdentityProvider::DefaultTestClientRequest();
  client.generate_secret = true;
  const TestPool pool = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(), client);
  SetUserPoolMfaConfigRequest config;
  config.user_pool_id = pool.user_pool_id;
  config.mfa_configuration = UserPoolMfaType::kOn;
  config.software_token_mfa_configuration = SoftwareTokenMfaConfigType{true};
  ASSERT_THAT(fake_.SetUserPoolMfaConfig(config), IsOk());
  ASSERT_THAT(fake_.AddConfirmedUser(pool, "sid", kPassword, {}), IsOk());
  auto request = PasswordAuthRequest("sid", kPassword, &pool);
  const std::string hash = ComputeSecretHash(*pool.client_secret, "sid", pool.client_id);
  request.auth_parameters["SECRET_HASH"] = hash;
  auto started = fake_.InitiateAuth(request);
  ASSERT_THAT(started, IsOk());
  ASSERT_THAT(started->challenge_name, Optional(ChallengeNameType::kMfaSetup));
  auto verified = SetUpAuthenticator(started->session);
  ASSERT_THAT(verified, IsOk());
  EXPECT_THAT(Answer(ChallengeNameType::kMfaSetup, verified->session, {{"USERNAME", "sid"}}, &pool),
              StatusIs(ErrorCode::kNotAuthorized,
                       "Client " + pool.client_id +
                           " is configured for secret but secret was not received"));
  EXPECT_THAT(Answer(ChallengeNameType::kMfaSetup, verified->session,
                     {{"USERNAME", "sid"}, {"SECRET_HASH", hash}}, &pool),
              IsOk());
}

TEST_F(MfaSignIn, EveryChallengeNamesTheAnswerItIsMissing) {
  AliceSecret();
  Configure(UserPoolMfaType::kOptional, true, true);
  GiveAlicePhone();
  Activate("alice", SMSMfaSettingsType{true, false}, SoftwareTokenMfaSettingsType{true, false});
  auto choice = Start("alice");
  ASSERT_THAT(choice, IsOk());
  EXPECT_THAT(Answer(ChallengeNameType::kSelectMfaType, choice->session, {{"USERNAME", "alice"}}),
              StatusIs(ErrorCode::kInvalidParameter, "Missing required parameter ANSWER"));
  auto sms = Answer(ChallengeNameType::kSelectMfaType, choice->session,
                    {{"USERNAME", "alice"}, {"ANSWER", "SMS_MFA"}});
  ASSERT_THAT(sms, IsOk());
  EXPECT_THAT(Answer(ChallengeNameType::kSmsMfa, sms->session, {{"USERNAME", "alice"}}),
              StatusIs(ErrorCode::kInvalidParameter, "Missing required parameter SMS_MFA_CODE"));
  const TestPool pool = EmailPool(UserPoolMfaType::kOptional);
  Activate("erin", {}, {}, EmailMfaSettingsType{true, false}, &pool);
  auto email = Start("erin", kPassword, &pool);
  ASSERT_THAT(email, IsOk());
  EXPECT_THAT(Answer(ChallengeNameType::kEmailOtp, email->session, {{"USERNAME", "erin"}}, &pool),
              StatusIs(ErrorCode::kInvalidParameter, "Missing required parameter EMAIL_OTP_CODE"));
}

TEST_F(MfaSignIn, AChallengeSessionIsNoAccessToken) {
  Configure(UserPoolMfaType::kOn, false, true);
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  ASSERT_TRUE(started->session.has_value());
  EXPECT_THAT(fake_.AssociateSoftwareToken({*started->session, std::nullopt}),
              StatusIs(ErrorCode::kNotAuthorized, "Invalid Access Token"));
}

TEST_F(MfaSignIn, AnotherClientOfThePoolCannotAnswerTheChallenge) {
  const std::string secret = AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, false});
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  CreateUserPoolClientRequest second = FakeIdentityProvider::DefaultTestClientRequest();
  second.user_pool_id = pool_.user_pool_id;
  second.client_name = "second";
  TestPool other = pool_;
  other.client_id = *fake_.CreateUserPoolClient(second).value().user_pool_client->client_id;
  EXPECT_THAT(
      Answer(ChallengeNameType::kSoftwareTokenMfa, started->session,
             {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}}, &other),
      StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user."));
}

TEST_F(MfaSignIn, OnlyTheLastAcceptedStepsCodeIsUsedAnOlderOneIsWrong) {
  const std::string secret = AliceSecret();  // accepted the previous step's code
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, false});
  auto first = Start("alice");
  ASSERT_THAT(first, IsOk());
  ASSERT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, first->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}}),
              IsOk());
  fake_.clock().Advance(std::chrono::seconds(30));
  auto second = Start("alice");
  ASSERT_THAT(second, IsOk());
  // Two steps back: accepted by VerifySoftwareToken, but not the last one.
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, second->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret, -60)}}),
              StatusIs(ErrorCode::kCodeMismatch, "Invalid code received for user"));
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, second->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret, -30)}}),
              StatusIs(ErrorCode::kExpiredCode, "Your software token has already been used once."));
}

TEST_F(MfaSignIn, AVerifiedAuthenticatorStillCountsAfterThePoolTurnsItsFactorOff) {
  AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, true});
  Configure(UserPoolMfaType::kOptional, true, false);
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kSoftwareTokenMfa));
}

TEST_F(MfaSignIn, ANewPasswordAnswerNeedsItsOwnChallengesSession) {
  ASSERT_THAT(InviteByEmail("nina", "nina@example.com", "Temp0rary!"), IsOk());
  SrpClient srp(pool_.user_pool_id);
  InitiateAuthRequest start;
  start.client_id = pool_.client_id;
  start.auth_flow = AuthFlowType::kUserSrpAuth;
  start.auth_parameters = {{"USERNAME", "nina"}, {"SRP_A", srp.srp_a()}};
  auto verifier = fake_.InitiateAuth(start);
  ASSERT_THAT(verifier, IsOk());
  RespondToAuthChallengeRequest answer;
  answer.client_id = pool_.client_id;
  answer.challenge_name = ChallengeNameType::kNewPasswordRequired;
  answer.session = verifier->challenge_parameters["SECRET_BLOCK"];
  answer.challenge_responses = {{"USERNAME", "nina"}, {"NEW_PASSWORD", kNewPassword}};
  EXPECT_THAT(fake_.RespondToAuthChallenge(answer),
              StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user."));
  EXPECT_EQ(User("nina").user_status, UserStatusType::kForceChangePassword);
}

TEST_F(MfaSignIn, AChallengeSessionBelongsToItsAppClient) {
  const std::string secret = AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, false});
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  const TestPool other = MakePool();
  EXPECT_THAT(
      Answer(ChallengeNameType::kSoftwareTokenMfa, started->session,
             {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}}, &other),
      StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user."));
}

// ------------------------------------------------------------ SMS

TEST_F(MfaSignIn, SmsMfaSendsASixDigitCodeWithThePoolsMessage) {
  Configure(UserPoolMfaType::kOptional, true, false);
  GiveAlicePhone();
  Activate("alice", SMSMfaSettingsType{true, false}, {});
  fake_.outbox().Clear();
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kSmsMfa));
  EXPECT_THAT(started->challenge_parameters,
              UnorderedElementsAre(Pair("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS"),
                                   Pair("CODE_DELIVERY_DESTINATION", "+*******0100"),
                                   Pair("USER_ID_FOR_SRP", "alice")));
  const std::vector<Message> sent = fake_.outbox().Peek();
  ASSERT_THAT(sent, SizeIs(1));
  EXPECT_THAT(sent[0], MfaCodeSentTo(kPhone));
  EXPECT_THAT(sent[0], ByMedium(DeliveryMediumType::kSms));
  EXPECT_THAT(sent[0].code, MatchesRegex("[0-9]{6}"));
  EXPECT_EQ(sent[0].body, "Your sign-in code is " + sent[0].code);
  EXPECT_EQ(sent[0].trigger_source, "CustomMessage_Authentication");
  EXPECT_EQ(AttributeOf(User("alice"), "phone_number_verified"), "false");

  auto answered = Answer(ChallengeNameType::kSmsMfa, started->session,
                         {{"USERNAME", "alice"}, {"SMS_MFA_CODE", sent[0].code}});
  ASSERT_THAT(answered, IsOk());
  EXPECT_TRUE(answered->authentication_result.has_value());
  // The code proved the phone.
  EXPECT_EQ(AttributeOf(User("alice"), "phone_number_verified"), "true");
}

TEST_F(MfaSignIn, AnSmsCodeVerifiesOnlyThePhoneNumberItWasSentTo) {
  Configure(UserPoolMfaType::kOptional, true, false);
  GiveAlicePhone();
  Activate("alice", SMSMfaSettingsType{true, false}, {});
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  const std::string code = LastMfaCode();
  AdminUpdateUserAttributesRequest change;
  change.user_pool_id = pool_.user_pool_id;
  change.username = "alice";
  change.user_attributes = {{"phone_number", "+15555550177"}};
  ASSERT_THAT(fake_.AdminUpdateUserAttributes(change), IsOk());
  ASSERT_THAT(Answer(ChallengeNameType::kSmsMfa, started->session,
                     {{"USERNAME", "alice"}, {"SMS_MFA_CODE", code}}),
              IsOk());
  EXPECT_NE(AttributeOf(User("alice"), "phone_number_verified"), "true");
}

TEST_F(MfaSignIn, AWrongSmsCodeIsRefusedAndAnEarlierSignInsCodeIsNoLongerValid) {
  Configure(UserPoolMfaType::kOptional, true, false);
  GiveAlicePhone();
  Activate("alice", SMSMfaSettingsType{true, false}, {});
  auto first = Start("alice");
  ASSERT_THAT(first, IsOk());
  const std::string first_code = LastMfaCode();
  auto second = Start("alice");
  ASSERT_THAT(second, IsOk());
  const std::string second_code = LastMfaCode();
  ASSERT_NE(first_code, second_code);
  EXPECT_THAT(Answer(ChallengeNameType::kSmsMfa, second->session,
                     {{"USERNAME", "alice"}, {"SMS_MFA_CODE", first_code}}),
              StatusIs(ErrorCode::kCodeMismatch, "Invalid code or auth state for the user."));
  EXPECT_THAT(Answer(ChallengeNameType::kSmsMfa, second->session,
                     {{"USERNAME", "alice"}, {"SMS_MFA_CODE", second_code}}),
              IsOk());
}

TEST_F(MfaSignIn, InAnOnPoolAPhoneNumberAloneMeansSmsMfa) {
  Configure(UserPoolMfaType::kOn, true, false);
  GiveAlicePhone();
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kSmsMfa));
  // Implicit: not among her activated factors.
  EXPECT_THAT(User("alice").user_mfa_setting_list, IsEmpty());
}

TEST_F(MfaSignIn, AnSmsCodeNeedsThePoolsSmsConfigurationAndAFailedSendChangesNothing) {
  SetUserPoolMfaConfigRequest request;
  request.user_pool_id = pool_.user_pool_id;
  request.mfa_configuration = UserPoolMfaType::kOn;
  request.sms_mfa_configuration = SmsMfaConfigType{"Code {####}", std::nullopt};
  ASSERT_THAT(fake_.SetUserPoolMfaConfig(request), IsOk());
  GiveAlicePhone();
  fake_.outbox().Clear();
  const std::string before = ExportState(fake_);
  EXPECT_THAT(Start("alice"), StatusIs(ErrorCode::kInvalidParameter,
                                       "Invalid phone number provided/Unable to send the message. "
                                       "User pool does not have SMS configuration to send "
                                       "messages."));
  EXPECT_TRUE(fake_.outbox().empty());
  EXPECT_EQ(ExportState(fake_), before);
}

TEST_F(MfaSignIn, AFailedCodeAfterANewPasswordUndoesTheAnswerAndKeepsTheSession) {
  SetUserPoolMfaConfigRequest request;
  request.user_pool_id = pool_.user_pool_id;
  request.mfa_configuration = UserPoolMfaType::kOn;
  request.sms_mfa_configuration = SmsMfaConfigType{"Code {####}", std::nullopt};
  ASSERT_THAT(fake_.SetUserPoolMfaConfig(request), IsOk());
  ASSERT_THAT(InviteByEmail("nina", "nina@example.com", "Temp0rary!"), IsOk());
  RespondToAuthChallengeRequest answer =
      NewPasswordAnswer("nina", "Temp0rary!", {{"userAttributes.phone_number", kPhone}});
  const std::string before = ExportState(fake_);
  EXPECT_THAT(fake_.RespondToAuthChallenge(answer),
              StatusIs(ErrorCode::kInvalidParameter,
                       "Invalid phone number provided/Unable to send the message. User pool does "
                       "not have SMS configuration to send messages."));
  EXPECT_EQ(ExportState(fake_), before);
  EXPECT_EQ(User("nina").user_status, UserStatusType::kForceChangePassword);
  // With the SMS configuration in place, the same session is answered.
  Configure(UserPoolMfaType::kOn, true, false);
  auto answered = fake_.RespondToAuthChallenge(answer);
  ASSERT_THAT(answered, IsOk());
  EXPECT_THAT(answered->challenge_name, Optional(ChallengeNameType::kSmsMfa));
  EXPECT_THAT(*fake_.outbox().Last(), MfaCodeSentTo(kPhone));
}

TEST_F(MfaSignIn, AFailingCustomMessageTriggerFailsTheSignInAndOpensNoSession) {
  Configure(UserPoolMfaType::kOn, true, false);
  GiveAlicePhone();
  ASSERT_THAT(fake_.SetTrigger(pool_.user_pool_id, TriggerType::kCustomMessage,
                               [](const std::string&) -> std::string { return "not json"; }),
              IsOk());
  fake_.outbox().Clear();
  const std::string before = StateWithoutOutbox();
  auto failed = Start("alice");
  EXPECT_THAT(failed, StatusIs(ErrorCode::kInvalidLambdaResponse, testing::_));
  // Only the outbox changed: it shows the attempt that failed.
  EXPECT_EQ(StateWithoutOutbox(), before);
  const std::vector<Message> sent = fake_.outbox().Peek();
  ASSERT_THAT(sent, SizeIs(1));
  EXPECT_FALSE(sent[0].delivered);
  EXPECT_EQ(sent[0].failed_with, "InvalidLambdaResponseException");
}

TEST_F(MfaSignIn, InitiateAuthsClientMetadataIsNotForwardedToTheMfaMessage) {
  Configure(UserPoolMfaType::kOn, true, false);
  GiveAlicePhone();
  auto request = PasswordAuthRequest("alice", kPassword);
  request.client_metadata = {{"from", "initiate"}};
  ASSERT_THAT(fake_.InitiateAuth(request), IsOk());
  const std::optional<Message> sent = fake_.outbox().Last();
  ASSERT_TRUE(sent.has_value());
  EXPECT_THAT(*sent, MfaCodeSentTo(kPhone));
  EXPECT_THAT(sent->client_metadata, IsEmpty());
}

TEST_F(MfaSignIn, TheMfaMessageCarriesTheChallengeAnswersClientMetadataNotInitiateAuths) {
  const std::string secret = AliceSecret();
  Configure(UserPoolMfaType::kOptional, true, true);
  GiveAlicePhone();
  Activate("alice", SMSMfaSettingsType{true, false}, SoftwareTokenMfaSettingsType{true, false});
  auto request = PasswordAuthRequest("alice", kPassword);
  request.client_metadata = {{"from", "initiate"}};
  auto started = fake_.InitiateAuth(request);
  ASSERT_THAT(started, IsOk());
  ASSERT_THAT(started->challenge_name, Optional(ChallengeNameType::kSelectMfaType));
  auto chosen =
      Answer(ChallengeNameType::kSelectMfaType, started->session,
             {{"USERNAME", "alice"}, {"ANSWER", "SMS_MFA"}}, nullptr, {{"from", "respond"}});
  ASSERT_THAT(chosen, IsOk());
  const auto sent = fake_.outbox().WithOccasion(MessageOccasion::kAuthentication);
  ASSERT_THAT(sent, SizeIs(1));
  EXPECT_THAT(sent[0], WithClientMetadata("from", "respond"));
}

TEST_F(MfaSignIn, TheCustomMessageTriggerWritesTheSmsCodeMessage) {
  Configure(UserPoolMfaType::kOn, true, false);
  GiveAlicePhone();
  std::vector<nlohmann::json> events;
  ASSERT_THAT(fake_.SetTrigger(pool_.user_pool_id, TriggerType::kCustomMessage,
                               [&events](const std::string& event_json) {
                                 nlohmann::json event = nlohmann::json::parse(event_json);
                                 events.push_back(event);
                                 event["response"]["smsMessage"] = "Acme code {####}";
                                 return event.dump();
                               }),
              IsOk());
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  ASSERT_THAT(events, SizeIs(1));
  EXPECT_EQ(events[0]["triggerSource"], "CustomMessage_Authentication");
  EXPECT_EQ(events[0]["callerContext"]["clientId"], pool_.client_id);
  EXPECT_EQ(events[0]["request"]["codeParameter"], "{####}");
  const Message sent = *fake_.outbox().Last();
  EXPECT_EQ(sent.body, "Acme code " + sent.code);
  EXPECT_EQ(sent.trigger_source, "CustomMessage_Authentication");
}

// ------------------------------------------------------------ choosing

TEST_F(MfaSignIn, SeveralActivatedFactorsWithoutAPreferenceOfferAChoice) {
  const std::string secret = AliceSecret();
  Configure(UserPoolMfaType::kOptional, true, true);
  GiveAlicePhone();
  Activate("alice", SMSMfaSettingsType{true, false}, SoftwareTokenMfaSettingsType{true, false});
  fake_.outbox().Clear();
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kSelectMfaType));
  EXPECT_THAT(started->challenge_parameters,
              Contains(Pair("MFAS_CAN_CHOOSE", R"(["SMS_MFA","SOFTWARE_TOKEN_MFA"])")));
  EXPECT_TRUE(fake_.outbox().empty()) << "no code before the choice";
  EXPECT_THAT(Answer(ChallengeNameType::kSelectMfaType, started->session,
                     {{"USERNAME", "alice"}, {"ANSWER", "EMAIL_OTP"}}),
              StatusIs(ErrorCode::kMFAMethodNotFound,
                       "The MFA method chosen is not one the user can use to sign in."));
  auto chosen = Answer(ChallengeNameType::kSelectMfaType, started->session,
                       {{"USERNAME", "alice"}, {"ANSWER", "SOFTWARE_TOKEN_MFA"}});
  ASSERT_THAT(chosen, IsOk());
  EXPECT_THAT(chosen->challenge_name, Optional(ChallengeNameType::kSoftwareTokenMfa));
  ASSERT_TRUE(chosen->session.has_value());
  EXPECT_NE(chosen->session, started->session);
  EXPECT_THAT(Answer(ChallengeNameType::kSelectMfaType, started->session,
                     {{"USERNAME", "alice"}, {"ANSWER", "SMS_MFA"}}),
              StatusIs(ErrorCode::kNotAuthorized,
                       "Invalid session for the user, session can only be used once."));
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, chosen->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}}),
              IsOk());
}

TEST_F(MfaSignIn, AFactorChosenAfterItsPhoneNumberWasRemovedIsNotFound) {
  AliceSecret();
  Configure(UserPoolMfaType::kOptional, true, true);
  GiveAlicePhone();
  Activate("alice", SMSMfaSettingsType{true, false}, SoftwareTokenMfaSettingsType{true, false});
  auto choice = Start("alice");
  ASSERT_THAT(choice, IsOk());
  ASSERT_THAT(fake_.AdminDeleteUserAttributes({pool_.user_pool_id, "alice", {"phone_number"}}),
              IsOk());
  fake_.outbox().Clear();
  EXPECT_THAT(Answer(ChallengeNameType::kSelectMfaType, choice->session,
                     {{"USERNAME", "alice"}, {"ANSWER", "SMS_MFA"}}),
              StatusIs(ErrorCode::kMFAMethodNotFound,
                       "The MFA method chosen is not one the user can use to sign in."));
  EXPECT_TRUE(fake_.outbox().empty());
  // The session is still open for the factor she has.
  EXPECT_THAT(Answer(ChallengeNameType::kSelectMfaType, choice->session,
                     {{"USERNAME", "alice"}, {"ANSWER", "SOFTWARE_TOKEN_MFA"}}),
              IsOk());
}

TEST_F(MfaSignIn, ThePreferredFactorIsChallengedAmongSeveral) {
  AliceSecret();
  Configure(UserPoolMfaType::kOptional, true, true);
  GiveAlicePhone();
  Activate("alice", SMSMfaSettingsType{true, true}, SoftwareTokenMfaSettingsType{true, false});
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kSmsMfa));
}

TEST_F(MfaSignIn, InAnOnPoolAPhoneAndAVerifiedTokenOfferAChoice) {
  AliceSecret();
  Configure(UserPoolMfaType::kOn, true, true);
  GiveAlicePhone();
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kSelectMfaType));
}

// ------------------------------------------------------------ setting up

TEST_F(MfaSignIn, InAnOnPoolAUserWithoutAFactorSetsUpAnAuthenticatorApp) {
  Configure(UserPoolMfaType::kOn, true, true);
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kMfaSetup));
  EXPECT_THAT(started->challenge_parameters,
              UnorderedElementsAre(Pair("MFAS_CAN_SETUP", R"(["SMS_MFA","SOFTWARE_TOKEN_MFA"])"),
                                   Pair("USER_ID_FOR_SRP", "alice")));
  auto verified = SetUpAuthenticator(started->session);
  ASSERT_THAT(verified, IsOk());
  EXPECT_EQ(verified->status, VerifySoftwareTokenResponseType::kSuccess);
  ASSERT_TRUE(verified->session.has_value());
  auto answered = Answer(ChallengeNameType::kMfaSetup, verified->session, {{"USERNAME", "alice"}});
  ASSERT_THAT(answered, IsOk());
  EXPECT_TRUE(answered->authentication_result.has_value());
  // From now on she is asked for the app's code.
  fake_.clock().Advance(std::chrono::seconds(30));
  auto next = Start("alice");
  ASSERT_THAT(next, IsOk());
  EXPECT_THAT(next->challenge_name, Optional(ChallengeNameType::kSoftwareTokenMfa));
}

TEST_F(MfaSignIn, MfaSetupAcceptsOnlyTheSessionVerifySoftwareTokenAnsweredWith) {
  Configure(UserPoolMfaType::kOn, false, true);
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(Answer(ChallengeNameType::kMfaSetup, started->session, {{"USERNAME", "alice"}}),
              StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user."));
  VerifySoftwareTokenRequest early;
  early.session = started->session;
  early.user_code = "123456";
  EXPECT_THAT(fake_.VerifySoftwareToken(early),
              StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user."));
  auto associated = fake_.AssociateSoftwareToken({std::nullopt, started->session});
  ASSERT_THAT(associated, IsOk());
  EXPECT_THAT(fake_.AssociateSoftwareToken({std::nullopt, started->session}),
              StatusIs(ErrorCode::kNotAuthorized,
                       "Invalid session for the user, session can only be used once."));
  EXPECT_THAT(Answer(ChallengeNameType::kMfaSetup, associated->session, {{"USERNAME", "alice"}}),
              StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user."));
  VerifySoftwareTokenRequest wrong;
  wrong.session = associated->session;
  wrong.user_code = WrongTotpCode(*associated->secret_code);
  EXPECT_THAT(fake_.VerifySoftwareToken(wrong),
              StatusIs(ErrorCode::kEnableSoftwareTokenMFA,
                       "Code mismatch and fail enable Software Token MFA"));
}

TEST_F(MfaSignIn, EverySessionOfTheSetupExpiresWithTheChallenge) {
  Configure(UserPoolMfaType::kOn, false, true);
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  auto associated = fake_.AssociateSoftwareToken({std::nullopt, started->session});
  ASSERT_THAT(associated, IsOk());
  fake_.clock().Advance(std::chrono::minutes(3));
  VerifySoftwareTokenRequest verify;
  verify.session = associated->session;
  verify.user_code = TotpCode(*associated->secret_code);
  EXPECT_THAT(
      fake_.VerifySoftwareToken(verify),
      StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user, session is expired."));
}

TEST_F(MfaSignIn, AVerifiedTokenCountsEvenIfMfaSetupIsNeverAnswered) {
  Configure(UserPoolMfaType::kOn, false, true);
  auto started = Start("alice");
  ASSERT_THAT(started, IsOk());
  ASSERT_THAT(SetUpAuthenticator(started->session), IsOk());
  auto next = Start("alice");
  ASSERT_THAT(next, IsOk());
  EXPECT_THAT(next->challenge_name, Optional(ChallengeNameType::kSoftwareTokenMfa));
}

TEST_F(MfaSignIn, AfterANewPasswordAnOnPoolAsksForMfaSetup) {
  Configure(UserPoolMfaType::kOn, false, true);
  ASSERT_THAT(InviteByEmail("nina", "nina@example.com", "Temp0rary!"), IsOk());
  auto answered = fake_.RespondToAuthChallenge(NewPasswordAnswer("nina", "Temp0rary!", {}));
  ASSERT_THAT(answered, IsOk());
  EXPECT_THAT(answered->challenge_name, Optional(ChallengeNameType::kMfaSetup));
  EXPECT_EQ(User("nina").user_status, UserStatusType::kConfirmed);
}

TEST_F(MfaSignIn, ChallengesInProgressSurviveTheStateDocument) {
  Configure(UserPoolMfaType::kOn, true, true);
  GiveAlicePhone();
  ASSERT_THAT(fake_.AddConfirmedUser(pool_, "bob", kPassword, {}), IsOk());
  auto sms = Start("alice");
  ASSERT_THAT(sms, IsOk());
  const std::string code = LastMfaCode();
  auto setup = Start("bob");
  ASSERT_THAT(setup, IsOk());
  auto associated = fake_.AssociateSoftwareToken({std::nullopt, setup->session});
  ASSERT_THAT(associated, IsOk());
  const std::string exported = ExportState(fake_);
  FakeIdentityProvider copy(FakeOptions().WithStartTime(FakeClock::DefaultStart()));
  ASSERT_THAT(ImportState(copy, exported), IsOk());
  EXPECT_EQ(ExportState(copy), exported);
  RespondToAuthChallengeRequest answer;
  answer.client_id = pool_.client_id;
  answer.challenge_name = ChallengeNameType::kSmsMfa;
  answer.session = sms->session;
  answer.challenge_responses = {{"USERNAME", "alice"}, {"SMS_MFA_CODE", code}};
  EXPECT_THAT(copy.RespondToAuthChallenge(answer), IsOk());
  VerifySoftwareTokenRequest verify;
  verify.session = associated->session;
  verify.user_code = *copy.SoftwareTokenCode(*associated->secret_code);
  auto verified = copy.VerifySoftwareToken(verify);
  ASSERT_THAT(verified, IsOk());
  answer.challenge_name = ChallengeNameType::kMfaSetup;
  answer.session = verified->session;
  answer.challenge_responses = {{"USERNAME", "bob"}};
  EXPECT_THAT(copy.RespondToAuthChallenge(answer), IsOk());
}

// ------------------------------------------------------------ email

TEST_F(MfaSignIn, EmailOtpSendsAnEightDigitCodeWithThePoolsEmailTexts) {
  const TestPool pool = EmailPool(UserPoolMfaType::kOptional);
  Activate("erin", {}, {}, EmailMfaSettingsType{true, false}, &pool);
  fake_.outbox().Clear();
  auto started = Start("erin", kPassword, &pool);
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kEmailOtp));
  EXPECT_THAT(started->challenge_parameters,
              UnorderedElementsAre(Pair("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL"),
                                   Pair("CODE_DELIVERY_DESTINATION", "e***@e***"),
                                   Pair("USER_ID_FOR_SRP", "erin")));
  const auto sent = fake_.outbox().Peek();
  ASSERT_THAT(sent, SizeIs(1));
  EXPECT_THAT(sent[0], MfaCodeSentTo("erin@example.com"));
  EXPECT_THAT(sent[0].code, MatchesRegex("[0-9]{8}"));
  EXPECT_EQ(sent[0].body, "Your code is " + sent[0].code);
  EXPECT_THAT(sent[0].subject, Optional(std::string("Sign-in code")));
  EXPECT_THAT(Answer(ChallengeNameType::kEmailOtp, started->session,
                     {{"USERNAME", "erin"}, {"EMAIL_OTP_CODE", "00000000"}}, &pool),
              StatusIs(ErrorCode::kCodeMismatch, "Invalid code or auth state for the user."));
  EXPECT_THAT(Answer(ChallengeNameType::kEmailOtp, started->session,
                     {{"USERNAME", "erin"}, {"EMAIL_OTP_CODE", sent[0].code}}, &pool),
              IsOk());
}

TEST_F(MfaSignIn, SelectMfaTypeTakesEmailMfaForEmailOtp) {
  const TestPool pool = EmailPool(UserPoolMfaType::kOptional);
  SetUserPoolMfaConfigRequest config;
  config.user_pool_id = pool.user_pool_id;
  config.mfa_configuration = UserPoolMfaType::kOptional;
  config.email_mfa_configuration = EmailMfaConfigType{"Your code is {####}", "Sign-in code"};
  config.software_token_mfa_configuration = SoftwareTokenMfaConfigType{true};
  ASSERT_THAT(fake_.SetUserPoolMfaConfig(config), IsOk());
  auto tokens = fake_.SignIn(pool, "erin", kPassword);
  ASSERT_THAT(tokens, IsOk());
  auto associated = fake_.AssociateSoftwareToken({*tokens->access_token, std::nullopt});
  ASSERT_THAT(associated, IsOk());
  VerifySoftwareTokenRequest verify;
  verify.access_token = tokens->access_token;
  verify.user_code = TotpCode(*associated->secret_code);
  ASSERT_THAT(fake_.VerifySoftwareToken(verify), IsOk());
  Activate("erin", {}, SoftwareTokenMfaSettingsType{true, false}, EmailMfaSettingsType{true, false},
           &pool);
  auto choice = Start("erin", kPassword, &pool);
  ASSERT_THAT(choice, IsOk());
  EXPECT_THAT(choice->challenge_parameters,
              Contains(Pair("MFAS_CAN_CHOOSE", R"(["SOFTWARE_TOKEN_MFA","EMAIL_OTP"])")));
  auto chosen = Answer(ChallengeNameType::kSelectMfaType, choice->session,
                       {{"USERNAME", "erin"}, {"ANSWER", "EMAIL_MFA"}}, &pool);
  ASSERT_THAT(chosen, IsOk());
  EXPECT_THAT(chosen->challenge_name, Optional(ChallengeNameType::kEmailOtp));
  EXPECT_THAT(*fake_.outbox().Last(), MfaCodeSentTo("erin@example.com"));
}

TEST_F(MfaSignIn, MfaSetupByEmailSendsACodeToTheGivenAddressAndKeepsIt) {
  const TestPool pool = EmailPool(UserPoolMfaType::kOn);
  ASSERT_THAT(fake_.AddConfirmedUser(pool, "noah", kPassword, {}), IsOk());
  auto started = Start("noah", kPassword, &pool);
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kMfaSetup));
  EXPECT_THAT(started->challenge_parameters, Contains(Pair("MFAS_CAN_SETUP", R"(["EMAIL_OTP"])")));
  EXPECT_THAT(Answer(ChallengeNameType::kMfaSetup, started->session,
                     {{"USERNAME", "noah"}, {"EMAIL", "not an address"}}, &pool),
              StatusIs(ErrorCode::kInvalidParameter, testing::_));
  auto emailed = Answer(ChallengeNameType::kMfaSetup, started->session,
                        {{"USERNAME", "noah"}, {"EMAIL", "noah@example.com"}}, &pool);
  ASSERT_THAT(emailed, IsOk());
  EXPECT_THAT(emailed->challenge_name, Optional(ChallengeNameType::kEmailOtp));
  EXPECT_FALSE(AttributeOf(User("noah", &pool), "email").has_value());
  auto sent = fake_.outbox().LastFor(pool.user_pool_id, "noah");
  ASSERT_TRUE(sent.has_value());
  EXPECT_THAT(*sent, MfaCodeSentTo("noah@example.com"));
  auto answered = Answer(ChallengeNameType::kEmailOtp, emailed->session,
                         {{"USERNAME", "noah"}, {"EMAIL_OTP_CODE", sent->code}}, &pool);
  ASSERT_THAT(answered, IsOk());
  EXPECT_TRUE(answered->authentication_result.has_value());
  const AdminGetUserResponse noah = User("noah", &pool);
  EXPECT_EQ(AttributeOf(noah, "email"), "noah@example.com");
  EXPECT_EQ(AttributeOf(noah, "email_verified"), "true");
}

// ------------------------------------------------------------ other paths

TEST_F(MfaSignIn, AdminSignInIsChallengedAndAnsweredByTheAdministrator) {
  const std::string secret = AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, false});
  auto started = AdminSignIn("alice", kPassword);
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kSoftwareTokenMfa));
  AdminRespondToAuthChallengeRequest answer;
  answer.user_pool_id = pool_.user_pool_id;
  answer.client_id = pool_.client_id;
  answer.challenge_name = ChallengeNameType::kSoftwareTokenMfa;
  answer.session = started->session;
  answer.challenge_responses = {{"USERNAME", "alice"},
                                {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}};
  auto answered = fake_.AdminRespondToAuthChallenge(answer);
  ASSERT_THAT(answered, IsOk());
  EXPECT_TRUE(answered->authentication_result.has_value());
}

TEST_F(MfaSignIn, SrpSignInIsChallengedAfterThePasswordVerifier) {
  AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, false});
  EXPECT_THAT(fake_.SignInWithSrp(pool_, "alice", kPassword),
              StatusIs(ErrorCode::kInvalidParameter,
                       "SignInWithSrp got a SOFTWARE_TOKEN_MFA challenge instead of tokens; "
                       "answer it with RespondToAuthChallenge"));
}

TEST_F(MfaSignIn, AWrongPasswordNeverReachesMfa) {
  Configure(UserPoolMfaType::kOn, true, false);
  GiveAlicePhone();
  fake_.outbox().Clear();
  EXPECT_THAT(Start("alice", "wrong-password"),
              StatusIs(ErrorCode::kNotAuthorized, "Incorrect username or password."));
  EXPECT_TRUE(fake_.outbox().empty());
}

// ------------------------------------------------------------ the reset flow

TEST_F(MfaSignIn, TheResetFlowEndsInTheAuthenticatorChallenge) {
  const std::string secret = AliceSecret();
  Activate("alice", {}, SoftwareTokenMfaSettingsType{true, true});
  Configure(UserPoolMfaType::kOn, false, true);
  ASSERT_THAT(AdminReset("alice"), IsOk());
  EXPECT_THAT(Start("alice"),
              StatusIs(ErrorCode::kPasswordResetRequired, "Password reset required for the user"));
  ASSERT_THAT(Forgot("alice"), IsOk());
  ASSERT_THAT(ConfirmForgot("alice", *fake_.LastCodeFor(pool_.user_pool_id, "alice"), kNewPassword),
              IsOk());
  auto started = Start("alice", kNewPassword);
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kSoftwareTokenMfa));
  EXPECT_THAT(Answer(ChallengeNameType::kSoftwareTokenMfa, started->session,
                     {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", WrongTotpCode(secret)}}),
              StatusIs(ErrorCode::kCodeMismatch, "Invalid code received for user"));
  auto answered = Answer(ChallengeNameType::kSoftwareTokenMfa, started->session,
                         {{"USERNAME", "alice"}, {"SOFTWARE_TOKEN_MFA_CODE", TotpCode(secret)}});
  ASSERT_THAT(answered, IsOk());
  EXPECT_TRUE(answered->authentication_result.has_value());
}

TEST_F(MfaSignIn, TheResetFlowEndsInTheSmsChallengeAndTheResetCodeAvoidsTheMfaPhone) {
  Configure(UserPoolMfaType::kOptional, true, false);
  GiveAlicePhone(/*verified=*/true);
  Activate("alice", SMSMfaSettingsType{true, true}, {});
  // Recovery prefers the phone, but it is the MFA phone: the code goes by email.
  UpdateUserPoolRequest update;
  update.user_pool_id = pool_.user_pool_id;
  update.auto_verified_attributes = {VerifiedAttributeType::kEmail};
  update.mfa_configuration = UserPoolMfaType::kOptional;
  update.sms_configuration =
      SmsConfigurationType{"arn:aws:iam::123456789012:role/sns", "external", {}};
  update.account_recovery_setting = AccountRecoverySettingType{
      {RecoveryOptionType{1, RecoveryOptionNameType::kVerifiedPhoneNumber},
       RecoveryOptionType{2, RecoveryOptionNameType::kVerifiedEmail}}};
  ASSERT_THAT(fake_.UpdateUserPool(update), IsOk());
  fake_.outbox().Clear();
  ASSERT_THAT(AdminReset("alice"), IsOk());
  ASSERT_THAT(fake_.outbox().Peek(), ElementsAre(ResetCodeSentTo("alice@example.com")));
  ASSERT_THAT(Forgot("alice"), IsOk());
  EXPECT_THAT(fake_.outbox().Last(), Optional(ResetCodeSentTo("alice@example.com")));
  ASSERT_THAT(ConfirmForgot("alice", *fake_.LastCodeFor(pool_.user_pool_id, "alice"), kNewPassword),
              IsOk());
  auto started = Start("alice", kNewPassword);
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kSmsMfa));
  const std::optional<Message> code = fake_.outbox().Last();
  ASSERT_TRUE(code.has_value());
  EXPECT_THAT(*code, MfaCodeSentTo(kPhone));
  auto answered = Answer(ChallengeNameType::kSmsMfa, started->session,
                         {{"USERNAME", "alice"}, {"SMS_MFA_CODE", code->code}});
  ASSERT_THAT(answered, IsOk());
  EXPECT_TRUE(answered->authentication_result.has_value());
}

TEST_F(MfaSignIn, TheResetCodeAvoidsAPhoneThatIsAnImplicitFactorOfAnOnPool) {
  GiveAlicePhone(/*verified=*/true);
  UpdateUserPoolRequest update;
  update.user_pool_id = pool_.user_pool_id;
  update.auto_verified_attributes = {VerifiedAttributeType::kEmail};
  update.mfa_configuration = UserPoolMfaType::kOn;
  update.sms_configuration =
      SmsConfigurationType{"arn:aws:iam::123456789012:role/sns", "external", {}};
  update.account_recovery_setting = AccountRecoverySettingType{
      {RecoveryOptionType{1, RecoveryOptionNameType::kVerifiedPhoneNumber},
       RecoveryOptionType{2, RecoveryOptionNameType::kVerifiedEmail}}};
  ASSERT_THAT(fake_.UpdateUserPool(update), IsOk());
  ASSERT_THAT(User("alice").user_mfa_setting_list, IsEmpty());  // nothing activated
  fake_.outbox().Clear();
  ASSERT_THAT(AdminReset("alice"), IsOk());
  EXPECT_THAT(fake_.outbox().Peek(), ElementsAre(ResetCodeSentTo("alice@example.com")));
}

TEST_F(MfaSignIn, WithoutARecoverySettingTheResetCodeGoesToTheMfaPhone) {
  Configure(UserPoolMfaType::kOptional, true, false);
  GiveAlicePhone(/*verified=*/true);
  Activate("alice", SMSMfaSettingsType{true, true}, {});
  UpdateUserPoolRequest update;
  update.user_pool_id = pool_.user_pool_id;
  update.auto_verified_attributes = {VerifiedAttributeType::kEmail};
  update.mfa_configuration = UserPoolMfaType::kOptional;
  update.sms_configuration =
      SmsConfigurationType{"arn:aws:iam::123456789012:role/sns", "external", {}};
  ASSERT_THAT(fake_.UpdateUserPool(update), IsOk());
  fake_.outbox().Clear();
  ASSERT_THAT(AdminReset("alice"), IsOk());
  EXPECT_THAT(fake_.outbox().Peek(), ElementsAre(ResetCodeSentTo(kPhone)));
}

TEST_F(MfaSignIn, TheResetFlowEndsInTheEmailChallenge) {
  const TestPool pool = EmailPool(UserPoolMfaType::kOptional);
  Activate("erin", {}, {}, EmailMfaSettingsType{true, true}, &pool);
  // Her only recovery channel is her MFA email: the reset code cannot go there.
  fake_.outbox().Clear();
  ASSERT_THAT(fake_.AdminResetUserPassword({pool.user_pool_id, "erin", {}}), IsOk());
  EXPECT_THAT(fake_.outbox().For(pool.user_pool_id, "erin"),
              Not(Contains(ResetCodeSentTo("erin@example.com"))));
  // In a legacy pool (no AccountRecoverySetting) the MFA email still
  // carries the reset code, and the email challenge returns after the reset.
  const TestPool legacy = EmailPool(UserPoolMfaType::kOptional, /*legacy=*/true);
  Activate("erin", {}, {}, EmailMfaSettingsType{true, true}, &legacy);
  ASSERT_THAT(fake_.AdminResetUserPassword({legacy.user_pool_id, "erin", {}}), IsOk());
  ASSERT_THAT(Forgot("erin", &legacy), IsOk());
  ASSERT_THAT(
      ConfirmForgot("erin", *fake_.LastCodeFor(legacy.user_pool_id, "erin"), kNewPassword, &legacy),
      IsOk());
  auto started = Start("erin", kNewPassword, &legacy);
  ASSERT_THAT(started, IsOk());
  EXPECT_THAT(started->challenge_name, Optional(ChallengeNameType::kEmailOtp));
  auto answered = Answer(ChallengeNameType::kEmailOtp, started->session,
                         {{"USERNAME", "erin"}, {"EMAIL_OTP_CODE", LastMfaCode()}}, &legacy);
  ASSERT_THAT(answered, IsOk());
  EXPECT_TRUE(answered->authentication_result.has_value());
  EXPECT_THAT(fake_.outbox().For(legacy.user_pool_id, "erin"),
              Contains(ResetCodeSentTo("erin@example.com")));
}

}  // namespace
}  // namespace cognito_fake
