// Multi-factor authentication settings (issue 30, first step): the pool's MFA
// mode and factors, authenticator-app secrets checked with RFC 6238 codes on
// the fake clock, and each user's activated and preferred factors, with
// Cognito's errors (../shared/mfa-behavior.md §1 to §4).

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fake_state.h>
#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::MatchesRegex;
using ::testing::Optional;

class Mfa : public FakeTest {
 protected:
  void SetUp() override {
    FakeTest::SetUp();
    auto tokens = SignIn("alice", kPassword);
    ASSERT_THAT(tokens, IsOk());
    access_token_ = tokens->access_token.value_or("");
  }

  StatusOr<SetUserPoolMfaConfigResponse> Configure(UserPoolMfaType mode, bool totp,
                                                   const TestPool* pool = nullptr) {
    SetUserPoolMfaConfigRequest request;
    request.user_pool_id = (pool ? *pool : pool_).user_pool_id;
    request.mfa_configuration = mode;
    if (totp) request.software_token_mfa_configuration = SoftwareTokenMfaConfigType{true};
    return fake_.SetUserPoolMfaConfig(request);
  }
  // Alice's new authenticator secret, in a pool whose TOTP factor is on.
  std::string Associate() {
    auto associated = fake_.AssociateSoftwareToken({access_token_, std::nullopt});
    EXPECT_THAT(associated, IsOk());
    return associated.ok() ? associated->secret_code.value_or("") : "";
  }
  StatusOr<VerifySoftwareTokenResponse> Verify(const std::string& code) {
    VerifySoftwareTokenRequest request;
    request.access_token = access_token_;
    request.user_code = code;
    return fake_.VerifySoftwareToken(request);
  }
  // An OPTIONAL pool with TOTP on, where alice has a verified secret.
  std::string VerifiedSecret() {
    EXPECT_THAT(Configure(UserPoolMfaType::kOptional, true), IsOk());
    const std::string secret = Associate();
    EXPECT_THAT(Verify(TotpCode(secret)), IsOk());
    return secret;
  }
  StatusOr<SetUserMFAPreferenceResponse> Prefer(std::optional<SoftwareTokenMfaSettingsType> totp,
                                                std::optional<SMSMfaSettingsType> sms = {}) {
    SetUserMFAPreferenceRequest request;
    request.access_token = access_token_;
    request.software_token_mfa_settings = totp;
    request.sms_mfa_settings = sms;
    return fake_.SetUserMFAPreference(request);
  }
  AdminGetUserResponse Alice() { return fake_.AdminGetUser({pool_.user_pool_id, "alice"}).value(); }

  std::string access_token_;
};

TEST_F(Mfa, APoolNeverConfiguredHasMfaOffAndNoFactor) {
  auto config = fake_.GetUserPoolMfaConfig({pool_.user_pool_id});
  ASSERT_THAT(config, IsOk());
  EXPECT_EQ(config->mfa_configuration, UserPoolMfaType::kOff);
  EXPECT_FALSE(config->sms_mfa_configuration.has_value());
  EXPECT_FALSE(config->software_token_mfa_configuration.has_value());
  EXPECT_FALSE(config->email_mfa_configuration.has_value());
}

TEST_F(Mfa, SetUserPoolMfaConfigReplacesTheFactorsAndGetReadsThemBack) {
  auto set = Configure(UserPoolMfaType::kOptional, true);
  ASSERT_THAT(set, IsOk());
  EXPECT_EQ(set->mfa_configuration, UserPoolMfaType::kOptional);
  ASSERT_TRUE(set->software_token_mfa_configuration.has_value());
  EXPECT_THAT(set->software_token_mfa_configuration->enabled, Optional(true));
  auto get = fake_.GetUserPoolMfaConfig({pool_.user_pool_id});
  ASSERT_THAT(get, IsOk());
  EXPECT_EQ(get->mfa_configuration, UserPoolMfaType::kOptional);
  EXPECT_TRUE(get->software_token_mfa_configuration.has_value());
  EXPECT_EQ(fake_.DescribeUserPool({pool_.user_pool_id})->user_pool->mfa_configuration,
            UserPoolMfaType::kOptional);
}

TEST_F(Mfa, OnOrOptionalWithoutAFactorIsRefused) {
  for (UserPoolMfaType mode : {UserPoolMfaType::kOn, UserPoolMfaType::kOptional}) {
    EXPECT_THAT(Configure(mode, false),
                StatusIs(ErrorCode::kInvalidParameter,
                         "Invalid MFA configuration given, can't disable all MFAs with a required "
                         "or optional configuration."));
  }
  EXPECT_EQ(fake_.GetUserPoolMfaConfig({pool_.user_pool_id})->mfa_configuration,
            UserPoolMfaType::kOff);
}

TEST_F(Mfa, OffWithAFactorIsRefusedButOffAloneIsAccepted) {
  ASSERT_THAT(Configure(UserPoolMfaType::kOptional, true), IsOk());
  EXPECT_THAT(Configure(UserPoolMfaType::kOff, true),
              StatusIs(ErrorCode::kInvalidParameter,
                       "Invalid MFA configuration given, can't turn off MFA and configure an MFA "
                       "together."));
  EXPECT_EQ(fake_.GetUserPoolMfaConfig({pool_.user_pool_id})->mfa_configuration,
            UserPoolMfaType::kOptional);
  ASSERT_THAT(Configure(UserPoolMfaType::kOff, false), IsOk());
  auto config = fake_.GetUserPoolMfaConfig({pool_.user_pool_id});
  EXPECT_EQ(config->mfa_configuration, UserPoolMfaType::kOff);
  EXPECT_FALSE(config->software_token_mfa_configuration.has_value());
}

TEST_F(Mfa, EmailMfaNeedsAPoolThatSendsThroughSes) {
  SetUserPoolMfaConfigRequest request;
  request.user_pool_id = pool_.user_pool_id;
  request.mfa_configuration = UserPoolMfaType::kOptional;
  request.email_mfa_configuration = EmailMfaConfigType{"Your code is {####}", "Sign-in code"};
  EXPECT_THAT(fake_.SetUserPoolMfaConfig(request),
              StatusIs(ErrorCode::kInvalidParameter,
                       "Email MFA requires a user pool that sends email with Amazon SES "
                       "(EmailSendingAccount DEVELOPER)."));
}

TEST_F(Mfa, TheSmsFactorsSettingsBecomeThePoolsSmsSettings) {
  SetUserPoolMfaConfigRequest request;
  request.user_pool_id = pool_.user_pool_id;
  request.mfa_configuration = UserPoolMfaType::kOn;
  request.sms_mfa_configuration =
      SmsMfaConfigType{"Your sign-in code is {####}",
                       SmsConfigurationType{"arn:aws:iam::123456789012:role/sns", "external", {}}};
  auto set = fake_.SetUserPoolMfaConfig(request);
  ASSERT_THAT(set, IsOk());
  ASSERT_TRUE(set->sms_mfa_configuration.has_value());
  EXPECT_THAT(set->sms_mfa_configuration->sms_authentication_message,
              Optional(std::string("Your sign-in code is {####}")));
  const UserPoolType described = *fake_.DescribeUserPool({pool_.user_pool_id})->user_pool;
  EXPECT_THAT(described.sms_authentication_message,
              Optional(std::string("Your sign-in code is {####}")));
  ASSERT_TRUE(described.sms_configuration.has_value());
  EXPECT_EQ(described.sms_configuration->sns_caller_arn, "arn:aws:iam::123456789012:role/sns");
}

TEST_F(Mfa, CreateUserPoolTurnsMfaOnOnlyWithSms) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.pool_name = "mfa";
  request.mfa_configuration = UserPoolMfaType::kOn;
  EXPECT_THAT(fake_.CreateUserPool(request),
              StatusIs(ErrorCode::kInvalidParameter,
                       "SMS configuration and Auto verification for phone_number are required "
                       "when MFA is required/optional"));
  request.sms_configuration = SmsConfigurationType{"arn:aws:iam::123456789012:role/sns", {}, {}};
  auto created = fake_.CreateUserPool(request);
  ASSERT_THAT(created, IsOk());
  auto config = fake_.GetUserPoolMfaConfig({*created->user_pool->id});
  EXPECT_EQ(config->mfa_configuration, UserPoolMfaType::kOn);
  EXPECT_TRUE(config->sms_mfa_configuration.has_value());
  EXPECT_FALSE(config->software_token_mfa_configuration.has_value());
}

TEST_F(Mfa, AssociateSoftwareTokenNeedsThePoolsTotpFactor) {
  EXPECT_THAT(fake_.AssociateSoftwareToken({access_token_, std::nullopt}),
              StatusIs(ErrorCode::kSoftwareTokenMFANotFound,
                       "Software Token MFA has not been enabled by the userPool"));
}

TEST_F(Mfa, AssociateSoftwareTokenIssuesABase32Secret) {
  ASSERT_THAT(Configure(UserPoolMfaType::kOptional, true), IsOk());
  const std::string first = Associate();
  EXPECT_THAT(first, MatchesRegex("[A-Z2-7]{52}"));
  EXPECT_NE(Associate(), first);
}

TEST_F(Mfa, AccessTokenAndSessionAreOneOrTheOther) {
  ASSERT_THAT(Configure(UserPoolMfaType::kOptional, true), IsOk());
  const std::string both_or_neither = "Either AccessToken or Session must be given, not both.";
  EXPECT_THAT(fake_.AssociateSoftwareToken({std::nullopt, std::nullopt}),
              StatusIs(ErrorCode::kInvalidParameter, both_or_neither));
  EXPECT_THAT(fake_.AssociateSoftwareToken({access_token_, std::string(40, 's')}),
              StatusIs(ErrorCode::kInvalidParameter, both_or_neither));
  EXPECT_THAT(fake_.AssociateSoftwareToken({std::nullopt, std::string(40, 's')}),
              StatusIs(ErrorCode::kNotAuthorized, "Invalid session for the user."));
  EXPECT_THAT(fake_.AssociateSoftwareToken({"not.a.token", std::nullopt}),
              StatusIs(ErrorCode::kNotAuthorized));
}

TEST_F(Mfa, VerifySoftwareTokenAcceptsTheCurrentCodeOnce) {
  ASSERT_THAT(Configure(UserPoolMfaType::kOptional, true), IsOk());
  const std::string secret = Associate();
  auto verified = Verify(TotpCode(secret));
  ASSERT_THAT(verified, IsOk());
  EXPECT_THAT(verified->status, Optional(VerifySoftwareTokenResponseType::kSuccess));
  // Verified: now TOTP may be activated.
  EXPECT_THAT(Prefer(SoftwareTokenMfaSettingsType{true, true}), IsOk());
}

TEST_F(Mfa, AWrongCodeIsRefusedAndTheSecretStaysPending) {
  ASSERT_THAT(Configure(UserPoolMfaType::kOptional, true), IsOk());
  const std::string secret = Associate();
  EXPECT_THAT(Verify(WrongTotpCode(secret)),
              StatusIs(ErrorCode::kEnableSoftwareTokenMFA,
                       "Code mismatch and fail enable Software Token MFA"));
  EXPECT_THAT(Prefer(SoftwareTokenMfaSettingsType{true, false}),
              StatusIs(ErrorCode::kInvalidParameter, "User has not verified software token mfa"));
  EXPECT_THAT(Verify(TotpCode(secret)), IsOk());
}

TEST_F(Mfa, CodesOfTheNeighbouringStepsAreAcceptedAndOlderOnesAreNot) {
  ASSERT_THAT(Configure(UserPoolMfaType::kOptional, true), IsOk());
  const std::string previous = Associate();
  EXPECT_THAT(Verify(TotpCode(previous, -30)), IsOk());
  const std::string next = Associate();
  EXPECT_THAT(Verify(TotpCode(next, 30)), IsOk());
  const std::string old = Associate();
  const std::string stale = TotpCode(old, -60);
  // The fake's seed fixes the secret: this code is none of the three taken.
  ASSERT_NE(stale, TotpCode(old, -30));
  ASSERT_NE(stale, TotpCode(old));
  ASSERT_NE(stale, TotpCode(old, 30));
  EXPECT_THAT(Verify(stale), StatusIs(ErrorCode::kEnableSoftwareTokenMFA));
  fake_.clock().Advance(std::chrono::seconds(90));
  EXPECT_THAT(Verify(TotpCode(old)), IsOk()) << "the clock is the fake's";
}

TEST_F(Mfa, RefusalsChangeNothing) {
  ASSERT_THAT(Configure(UserPoolMfaType::kOptional, true), IsOk());
  const std::string secret = Associate();
  const std::string before = ExportState(fake_);
  EXPECT_THAT(Configure(UserPoolMfaType::kOn, false), StatusIs(ErrorCode::kInvalidParameter));
  EXPECT_THAT(Verify(WrongTotpCode(secret)), StatusIs(ErrorCode::kEnableSoftwareTokenMFA));
  EXPECT_THAT(Prefer(SoftwareTokenMfaSettingsType{true, true}),
              StatusIs(ErrorCode::kInvalidParameter));
  EXPECT_EQ(ExportState(fake_), before);
}

TEST_F(Mfa, AUserWhoMustResetCannotAssociateButGetsNotAuthorized) {
  ASSERT_THAT(Configure(UserPoolMfaType::kOptional, true), IsOk());
  ASSERT_THAT(AdminReset("alice"), IsOk());
  // AssociateSoftwareToken's model lists no PasswordResetRequiredException.
  EXPECT_THAT(fake_.AssociateSoftwareToken({access_token_, std::nullopt}),
              StatusIs(ErrorCode::kNotAuthorized));
  EXPECT_THAT(Verify("123456"), StatusIs(ErrorCode::kPasswordResetRequired));
}

TEST_F(Mfa, TheEmailFactorWorksInAPoolThatSendsThroughSes) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.email_configuration = EmailConfigurationType{};
  request.email_configuration->email_sending_account = EmailSendingAccountType::kDeveloper;
  request.email_configuration->source_arn =
      "arn:aws:ses:us-east-1:123456789012:identity/example.com";
  const TestPool pool = MakePool(request);
  SetUserPoolMfaConfigRequest config;
  config.user_pool_id = pool.user_pool_id;
  config.mfa_configuration = UserPoolMfaType::kOptional;
  config.email_mfa_configuration = EmailMfaConfigType{"Your code is {####}", "Sign-in code"};
  auto set = fake_.SetUserPoolMfaConfig(config);
  ASSERT_THAT(set, IsOk());
  ASSERT_TRUE(set->email_mfa_configuration.has_value());
  EXPECT_THAT(set->email_mfa_configuration->subject, Optional(std::string("Sign-in code")));
  ASSERT_THAT(fake_.AddConfirmedUser(pool, "nomail", kPassword, {}), IsOk());
  AdminSetUserMFAPreferenceRequest preference;
  preference.user_pool_id = pool.user_pool_id;
  preference.username = "nomail";
  preference.email_mfa_settings = EmailMfaSettingsType{true, true};
  EXPECT_THAT(fake_.AdminSetUserMFAPreference(preference),
              StatusIs(ErrorCode::kInvalidParameter,
                       "User does not have an email set to turn on EMAIL_OTP MFA"));
}

TEST_F(Mfa, VerifyingBeforeAssociatingIsRefused) {
  ASSERT_THAT(Configure(UserPoolMfaType::kOptional, true), IsOk());
  EXPECT_THAT(Verify("123456"),
              StatusIs(ErrorCode::kInvalidParameter, "User has not set up software token mfa"));
}

TEST_F(Mfa, ANewSecretReplacesTheVerifiedOneOnlyOnceVerified) {
  const std::string first = VerifiedSecret();
  const std::string second = Associate();
  // The old token still counts as set up: TOTP can be preferred.
  EXPECT_THAT(Prefer(SoftwareTokenMfaSettingsType{true, true}), IsOk());
  ASSERT_THAT(Verify(TotpCode(second)), IsOk());
  EXPECT_THAT(Alice().user_mfa_setting_list, ElementsAre("SOFTWARE_TOKEN_MFA"));
}

TEST_F(Mfa, TotpPreferencesNeedAVerifiedToken) {
  ASSERT_THAT(Configure(UserPoolMfaType::kOptional, true), IsOk());
  // Even a request that turns it off is refused (mfa-behavior.md §3.2).
  EXPECT_THAT(Prefer(SoftwareTokenMfaSettingsType{false, false}),
              StatusIs(ErrorCode::kInvalidParameter, "User has not set up software token mfa"));
  AdminSetUserMFAPreferenceRequest admin;
  admin.user_pool_id = pool_.user_pool_id;
  admin.username = "alice";
  admin.software_token_mfa_settings = SoftwareTokenMfaSettingsType{true, true};
  EXPECT_THAT(fake_.AdminSetUserMFAPreference(admin),
              StatusIs(ErrorCode::kInvalidParameter,
                       "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA"));
  Associate();
  EXPECT_THAT(Prefer(SoftwareTokenMfaSettingsType{true, true}),
              StatusIs(ErrorCode::kInvalidParameter, "User has not verified software token mfa"));
}

TEST_F(Mfa, SmsPreferencesNeedAPhoneNumber) {
  EXPECT_THAT(Prefer(std::nullopt, SMSMfaSettingsType{false, false}),
              StatusIs(ErrorCode::kInvalidParameter,
                       "User does not have a phone_number set to turn on SMS MFA"));
  ASSERT_THAT(fake_.AdminUpdateUserAttributes(
                  {pool_.user_pool_id, "alice", {{"phone_number", "+15555550100"}}, {}}),
              IsOk());
  EXPECT_THAT(Prefer(std::nullopt, SMSMfaSettingsType{true, false}), IsOk());
  const AdminGetUserResponse alice = Alice();
  EXPECT_THAT(alice.user_mfa_setting_list, ElementsAre("SMS_MFA"));
  ASSERT_EQ(alice.mfa_options.size(), 1u);
  EXPECT_THAT(alice.mfa_options[0].delivery_medium, Optional(DeliveryMediumType::kSms));
  EXPECT_THAT(alice.mfa_options[0].attribute_name, Optional(std::string("phone_number")));
  EXPECT_FALSE(alice.preferred_mfa_setting.has_value());
  // ListUsers shows the legacy MFAOptions only.
  auto listed = fake_.ListUsers({pool_.user_pool_id, {}, {}, {}, {}});
  ASSERT_THAT(listed, IsOk());
  ASSERT_EQ(listed->users.size(), 1u);
  EXPECT_EQ(listed->users[0].mfa_options.size(), 1u);
}

TEST_F(Mfa, OnlyOneFactorMayBePreferred) {
  VerifiedSecret();
  ASSERT_THAT(fake_.AdminUpdateUserAttributes(
                  {pool_.user_pool_id, "alice", {{"phone_number", "+15555550100"}}, {}}),
              IsOk());
  EXPECT_THAT(
      Prefer(SoftwareTokenMfaSettingsType{true, true}, SMSMfaSettingsType{true, true}),
      StatusIs(ErrorCode::kInvalidParameter, "Only one MFA method can be set as preferred."));
  EXPECT_THAT(Alice().user_mfa_setting_list, IsEmpty()) << "nothing changed";
  ASSERT_THAT(Prefer(SoftwareTokenMfaSettingsType{true, true}, SMSMfaSettingsType{true, false}),
              IsOk());
  AdminGetUserResponse alice = Alice();
  EXPECT_THAT(alice.user_mfa_setting_list, ElementsAre("SMS_MFA", "SOFTWARE_TOKEN_MFA"));
  EXPECT_THAT(alice.preferred_mfa_setting, Optional(std::string("SOFTWARE_TOKEN_MFA")));
  // Preferring SMS moves the preference; turning TOTP off keeps SMS.
  ASSERT_THAT(Prefer(SoftwareTokenMfaSettingsType{false, false}, SMSMfaSettingsType{true, true}),
              IsOk());
  alice = Alice();
  EXPECT_THAT(alice.user_mfa_setting_list, ElementsAre("SMS_MFA"));
  EXPECT_THAT(alice.preferred_mfa_setting, Optional(std::string("SMS_MFA")));
}

TEST_F(Mfa, GetUserShowsTheCallersSettings) {
  VerifiedSecret();
  ASSERT_THAT(Prefer(SoftwareTokenMfaSettingsType{true, true}), IsOk());
  auto user = fake_.GetUser({access_token_});
  ASSERT_THAT(user, IsOk());
  EXPECT_THAT(user->user_mfa_setting_list, ElementsAre("SOFTWARE_TOKEN_MFA"));
  EXPECT_THAT(user->preferred_mfa_setting, Optional(std::string("SOFTWARE_TOKEN_MFA")));
  EXPECT_THAT(user->mfa_options, IsEmpty());
  // Deactivated: the list empties and the preference goes.
  ASSERT_THAT(Prefer(SoftwareTokenMfaSettingsType{false, false}), IsOk());
  user = fake_.GetUser({access_token_});
  EXPECT_THAT(user->user_mfa_setting_list, IsEmpty());
  EXPECT_FALSE(user->preferred_mfa_setting.has_value());
}

TEST_F(Mfa, AdminSetUserMfaPreferenceFindsUsersAndRefusesOnesWhoMustReset) {
  VerifiedSecret();
  AdminSetUserMFAPreferenceRequest admin;
  admin.user_pool_id = pool_.user_pool_id;
  admin.username = "nobody";
  admin.software_token_mfa_settings = SoftwareTokenMfaSettingsType{true, true};
  EXPECT_THAT(fake_.AdminSetUserMFAPreference(admin),
              StatusIs(ErrorCode::kUserNotFound, "User does not exist."));
  admin.username = "alice";
  ASSERT_THAT(fake_.AdminSetUserMFAPreference(admin), IsOk());
  EXPECT_THAT(Alice().preferred_mfa_setting, Optional(std::string("SOFTWARE_TOKEN_MFA")));
  ASSERT_THAT(AdminReset("alice"), IsOk());
  admin.software_token_mfa_settings = SoftwareTokenMfaSettingsType{false, false};
  EXPECT_THAT(fake_.AdminSetUserMFAPreference(admin),
              StatusIs(ErrorCode::kPasswordResetRequired, "Password reset required for the user"));
}

TEST_F(Mfa, TheResetFlowLeavesMfaSettingsAlone) {
  VerifiedSecret();
  ASSERT_THAT(Prefer(SoftwareTokenMfaSettingsType{true, true}), IsOk());
  ASSERT_THAT(AdminReset("alice"), IsOk());
  ASSERT_THAT(Forgot("alice"), IsOk());
  ASSERT_THAT(ConfirmForgot("alice", *fake_.LastCodeFor(pool_.user_pool_id, "alice"), kNewPassword),
              IsOk());
  const AdminGetUserResponse alice = Alice();
  EXPECT_EQ(alice.user_status, UserStatusType::kConfirmed);
  EXPECT_THAT(alice.user_mfa_setting_list, ElementsAre("SOFTWARE_TOKEN_MFA"));
  EXPECT_THAT(alice.preferred_mfa_setting, Optional(std::string("SOFTWARE_TOKEN_MFA")));
}

TEST_F(Mfa, TheStateDocumentKeepsPoolAndUserMfa) {
  const std::string secret = VerifiedSecret();
  ASSERT_THAT(Prefer(SoftwareTokenMfaSettingsType{true, true}), IsOk());
  const std::string exported = ExportState(fake_);
  FakeIdentityProvider copy;
  ASSERT_THAT(ImportState(copy, exported), IsOk());
  EXPECT_EQ(ExportState(copy), exported);
  auto config = copy.GetUserPoolMfaConfig({pool_.user_pool_id});
  ASSERT_THAT(config, IsOk());
  EXPECT_TRUE(config->software_token_mfa_configuration.has_value());
  auto alice = copy.AdminGetUser({pool_.user_pool_id, "alice"});
  EXPECT_THAT(alice->preferred_mfa_setting, Optional(std::string("SOFTWARE_TOKEN_MFA")));
  EXPECT_THAT(exported, ::testing::HasSubstr(secret));
}

}  // namespace
}  // namespace cognito_fake
