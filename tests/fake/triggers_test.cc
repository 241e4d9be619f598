// Lambda triggers as C++ callables: the events they receive, what their
// results do, and every way a trigger fails.

#include <cognito_fake/errors.h>
#include <cognito_fake/fake_identity_provider.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <vector>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using Json = nlohmann::json;

// A trigger that records each event and answers with `response` merged
// into the event's response.
struct Recorder {
  Json response = Json::object();
  std::vector<Json> events;

  LambdaFunction Function() {
    return [this](const std::string& event_json) {
      Json event = Json::parse(event_json);
      events.push_back(event);
      for (const auto& [key, value] : response.items()) event["response"][key] = value;
      return event.dump();
    };
  }
};

class Triggers : public FakeTest {
 protected:
  std::string SetTrigger(TriggerType type, LambdaFunction function) {
    return fake_.SetTrigger(pool_.user_pool_id, type, std::move(function)).value();
  }
  // Nothing changed for alice: still CONFIRMED, no valid code, and every
  // message in the outbox is a failed attempt with `error` as its reason.
  void ExpectAliceUntouched(ErrorCode error) {
    EXPECT_EQ(StatusOfUser("alice"), UserStatusType::kConfirmed);
    EXPECT_FALSE(fake_.LastCodeFor(pool_.user_pool_id, "alice"));
    EXPECT_FALSE(fake_.outbox().empty());
    for (const Message& message : fake_.outbox().Peek()) {
      EXPECT_FALSE(message.delivered);
      EXPECT_EQ(message.failed_with, std::string(ErrorInfoFor(error).name));
      EXPECT_EQ(message.not_delivered_reason.rfind(std::string(ErrorInfoFor(error).name) + ": ", 0),
                0u)
          << message.not_delivered_reason;
    }
    EXPECT_OK(SignIn("alice", kPassword));
  }

  Recorder recorder_;
};

TEST_F(Triggers, CustomMessageForAdminResetReceivesTheExactEventWithClientMetadata) {
  SetTrigger(TriggerType::kCustomMessage, recorder_.Function());
  ASSERT_OK(AdminReset("alice", {{"ticket", "HD-1234"}, {"agent", "bob"}}));
  ASSERT_EQ(recorder_.events.size(), 1u);
  const Json& event = recorder_.events[0];
  EXPECT_EQ(event["version"], "1");
  EXPECT_EQ(event["triggerSource"], "CustomMessage_ForgotPassword");
  EXPECT_EQ(event["region"], "us-east-1");
  EXPECT_EQ(event["userPoolId"], pool_.user_pool_id);
  EXPECT_EQ(event["userName"], "alice");
  EXPECT_EQ(event["callerContext"]["clientId"], "CLIENT_ID_NOT_APPLICABLE");
  EXPECT_EQ(event["request"]["clientMetadata"],
            Json::parse(R"({"agent":"bob","ticket":"HD-1234"})"));
  EXPECT_EQ(event["request"]["codeParameter"], "{####}");
  EXPECT_EQ(event["request"]["linkParameter"], "{##Click Here##}");
  EXPECT_TRUE(event["request"]["usernameParameter"].is_null());
  EXPECT_EQ(event["request"]["userAttributes"]["email"], "alice@example.com");
  EXPECT_EQ(event["request"]["userAttributes"]["email_verified"], "true");
  EXPECT_EQ(event["request"]["userAttributes"]["cognito:user_status"], "CONFIRMED");
  EXPECT_TRUE(event["request"]["userAttributes"].contains("sub"));
  EXPECT_EQ(event["response"],
            Json::parse(R"({"smsMessage":null,"emailMessage":null,"emailSubject":null})"));
}

TEST_F(Triggers, TheTriggersTextIsWhatLandsInTheOutbox) {
  recorder_.response = {{"emailMessage", "Your admin reset your password. Code: {####}"},
                        {"emailSubject", "Password reset"}};
  SetTrigger(TriggerType::kCustomMessage, recorder_.Function());
  ASSERT_OK(AdminReset("alice", {{"ticket", "7"}}));
  const Message message = fake_.outbox().Last().value();
  EXPECT_EQ(message.body, "Your admin reset your password. Code: " + LastCode("alice"));
  EXPECT_EQ(message.subject, "Password reset");
  EXPECT_EQ(message.trigger_source, "CustomMessage_ForgotPassword");
  EXPECT_EQ(message.client_metadata, (ClientMetadataType{{"ticket", "7"}}));
}

TEST_F(Triggers, EachOccasionUsesItsTriggerSourceAndCallerContext) {
  SetTrigger(TriggerType::kCustomMessage, recorder_.Function());
  ASSERT_OK(Forgot("alice"));
  ASSERT_OK(SignUpUser("carol", "carol@example.com"));
  ResendConfirmationCodeRequest resend;
  resend.client_id = pool_.client_id;
  resend.username = "carol";
  ASSERT_OK(fake_.ResendConfirmationCode(resend));
  ASSERT_OK(InviteByEmail("dave", "dave@example.com"));
  ASSERT_OK(fake_.AdminUpdateUserAttributes(
      {pool_.user_pool_id, "alice", {{"email", "new@example.com"}}, {}}));

  std::vector<std::string> sources;
  for (const Json& event : recorder_.events) sources.push_back(event["triggerSource"]);
  EXPECT_EQ(sources,
            (std::vector<std::string>{"CustomMessage_ForgotPassword", "CustomMessage_SignUp",
                                      "CustomMessage_ResendCode", "CustomMessage_AdminCreateUser",
                                      "CustomMessage_UpdateUserAttribute"}));
  EXPECT_EQ(recorder_.events[0]["callerContext"]["clientId"], pool_.client_id);
  EXPECT_EQ(recorder_.events[3]["callerContext"]["clientId"], "CLIENT_ID_NOT_APPLICABLE");
  EXPECT_EQ(recorder_.events[3]["request"]["usernameParameter"], "{username}");
}

TEST_F(Triggers, AnInvitationFromTheTriggerSubstitutesUsernameAndPassword) {
  recorder_.response = {{"emailMessage", "Welcome {username}! Password: {####}"}};
  SetTrigger(TriggerType::kCustomMessage, recorder_.Function());
  ASSERT_OK(InviteByEmail("dave", "dave@example.com", "Temp-Passw0rd!"));
  EXPECT_EQ(fake_.outbox().Last()->body, "Welcome dave! Password: Temp-Passw0rd!");
}

TEST_F(Triggers, ATextWithoutTheCodePlaceholderIsIgnoredForTheTemplate) {
  recorder_.response = {{"emailMessage", "Hello, no code here"}};
  SetTrigger(TriggerType::kCustomMessage, recorder_.Function());
  ASSERT_OK(AdminReset("alice"));
  EXPECT_EQ(fake_.outbox().Last()->body, "Your verification code is " + LastCode("alice") + ". ");
}

TEST_F(Triggers, AThrowingTriggerIsUserLambdaValidationAndChangesNothing) {
  SetTrigger(TriggerType::kCustomMessage, [](const std::string&) -> std::string {
    throw std::runtime_error("Pending for approval.");
  });
  EXPECT_STATUS(AdminReset("alice"), ErrorCode::kUserLambdaValidation,
                "CustomMessage failed with error Pending for approval..");
  ExpectAliceUntouched(ErrorCode::kUserLambdaValidation);
}

TEST_F(Triggers, AnInvocationFailureIsUnexpectedLambda) {
  SetTrigger(TriggerType::kCustomMessage, [](const std::string&) -> std::string {
    throw LambdaInvocationError("Socket timeout while invoking Lambda function");
  });
  EXPECT_STATUS(AdminReset("alice"), ErrorCode::kUnexpectedLambda,
                "CustomMessage invocation failed due to error Socket timeout while invoking Lambda "
                "function.");
  ExpectAliceUntouched(ErrorCode::kUnexpectedLambda);
}

TEST_F(Triggers, AnArnWithoutAFunctionIsUnexpectedLambda) {
  CreateUserPoolRequest request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.lambda_config = LambdaConfigType{};
  request.lambda_config->custom_message = "arn:aws:lambda:us-east-1:123456789012:function:deleted";
  TestPool pool = MakePool(request);
  fake_.AddConfirmedUser(pool, "bob", kPassword, {{"email", "bob@example.com"}}).value();
  EXPECT_STATUS(fake_.AdminResetUserPassword({pool.user_pool_id, "bob", {}}),
                ErrorCode::kUnexpectedLambda,
                "CustomMessage invocation failed due to error ResourceNotFoundException.");
  fake_.RegisterLambda("arn:aws:lambda:us-east-1:123456789012:function:deleted",
                       recorder_.Function());
  EXPECT_OK(fake_.AdminResetUserPassword({pool.user_pool_id, "bob", {}}));
  EXPECT_EQ(recorder_.events.size(), 1u);
}

TEST_F(Triggers, UnparseableOrMistypedResultsAreInvalidLambdaResponse) {
  for (const std::string& result :
       {std::string("not json"), std::string("[]"), std::string(R"({"response":"text"})"),
        std::string(R"({"response":{"emailMessage":42}})")}) {
    SetTrigger(TriggerType::kCustomMessage, [result](const std::string&) { return result; });
    EXPECT_STATUS(AdminReset("alice"), ErrorCode::kInvalidLambdaResponse,
                  "Unrecognizable lambda output")
        << result;
  }
  ExpectAliceUntouched(ErrorCode::kInvalidLambdaResponse);
}

TEST_F(Triggers, AnSmsLongerThan140CharactersIsInvalid) {
  TestPool pool = PoolWithRecovery(AccountRecoverySettingType{
      {RecoveryOptionType{1, RecoveryOptionNameType::kVerifiedPhoneNumber}}});
  fake_.AddConfirmedUser(pool, "bob", kPassword, {{"phone_number", "+15551234567"}}).value();
  recorder_.response = {{"smsMessage", std::string(140, 'x') + "{####}"}};
  ASSERT_OK(fake_.SetTrigger(pool.user_pool_id, TriggerType::kCustomMessage, recorder_.Function()));
  EXPECT_STATUS(fake_.AdminResetUserPassword({pool.user_pool_id, "bob", {}}),
                ErrorCode::kInvalidLambdaResponse, "Unrecognizable lambda output");
  recorder_.response = {{"smsMessage", "Code {####}"}};
  ASSERT_OK(fake_.AdminResetUserPassword({pool.user_pool_id, "bob", {}}));
  EXPECT_EQ(fake_.outbox().Last()->body, "Code " + LastCode("bob", &pool));
}

TEST_F(Triggers, ATriggerCallingBackIntoTheFakeGetsAnErrorNotADeadlock) {
  SetTrigger(TriggerType::kCustomMessage, [this](const std::string& event) {
    const auto inner = fake_.AdminGetUser({pool_.user_pool_id, "alice"});
    EXPECT_EQ(inner.status().code(), ErrorCode::kInternalError);
    return event;
  });
  EXPECT_OK(AdminReset("alice"));
}

TEST_F(Triggers, PreSignUpCanRefuseConfirmAndVerify) {
  SetTrigger(TriggerType::kPreSignUp, [](const std::string& event_json) -> std::string {
    Json event = Json::parse(event_json);
    const std::string email = event["request"]["userAttributes"]["email"];
    if (email.find("@blocked.example") != std::string::npos) {
      throw std::runtime_error("Registration from this domain is not allowed.");
    }
    event["response"]["autoConfirmUser"] = true;
    event["response"]["autoVerifyEmail"] = true;
    return event.dump();
  });
  SignUpRequest sign_up;
  sign_up.client_id = pool_.client_id;
  sign_up.username = "eve";
  sign_up.password = kPassword;
  sign_up.user_attributes = {{"email", "eve@blocked.example"}};
  EXPECT_STATUS(fake_.SignUp(sign_up), ErrorCode::kUserLambdaValidation,
                "PreSignUp failed with error Registration from this domain is not allowed..");
  EXPECT_EQ(fake_.AdminGetUser({pool_.user_pool_id, "eve"}).status().code(),
            ErrorCode::kUserNotFound);

  sign_up.username = "frank";
  sign_up.user_attributes = {{"email", "frank@example.com"}};
  auto signed_up = fake_.SignUp(sign_up);
  ASSERT_OK(signed_up);
  EXPECT_TRUE(signed_up->user_confirmed);
  EXPECT_FALSE(signed_up->code_delivery_details);
  EXPECT_EQ(StatusOfUser("frank"), UserStatusType::kConfirmed);
  EXPECT_EQ(FindAttribute(fake_.AdminGetUser({pool_.user_pool_id, "frank"})->user_attributes,
                          "email_verified"),
            "true");
  EXPECT_TRUE(fake_.outbox().empty());
}

TEST_F(Triggers, PostConfirmationRunsAfterConfirmForgotPassword) {
  SetTrigger(TriggerType::kPostConfirmation, recorder_.Function());
  ASSERT_OK(Forgot("alice"));
  ASSERT_OK(ConfirmForgot("alice", LastCode("alice"), kNewPassword));
  ASSERT_EQ(recorder_.events.size(), 1u);
  EXPECT_EQ(recorder_.events[0]["triggerSource"], "PostConfirmation_ConfirmForgotPassword");
  EXPECT_EQ(recorder_.events[0]["request"]["userAttributes"]["cognito:user_status"], "CONFIRMED");
  EXPECT_EQ(recorder_.events[0]["response"], Json::object());
}

TEST_F(Triggers, AFailingPostConfirmationIsReportedButThePasswordIsChanged) {
  SetTrigger(TriggerType::kPostConfirmation, [](const std::string&) -> std::string {
    throw std::runtime_error("audit log unavailable");
  });
  ASSERT_OK(Forgot("alice"));
  EXPECT_STATUS(ConfirmForgot("alice", LastCode("alice"), kNewPassword),
                ErrorCode::kUserLambdaValidation,
                "PostConfirmation failed with error audit log unavailable.");
  EXPECT_OK(SignIn("alice", kNewPassword));
}

TEST_F(Triggers, PostConfirmationRunsAfterConfirmSignUp) {
  SetTrigger(TriggerType::kPostConfirmation, recorder_.Function());
  ASSERT_OK(SignUpUser("carol", "carol@example.com"));
  ConfirmSignUpRequest confirm;
  confirm.client_id = pool_.client_id;
  confirm.username = "carol";
  confirm.confirmation_code = LastCode("carol");
  ASSERT_OK(fake_.ConfirmSignUp(confirm));
  ASSERT_EQ(recorder_.events.size(), 1u);
  EXPECT_EQ(recorder_.events[0]["triggerSource"], "PostConfirmation_ConfirmSignUp");
}

TEST_F(Triggers, UserMigrationOnForgotPasswordCreatesAResetRequiredUser) {
  SetTrigger(TriggerType::kUserMigration, [](const std::string& event_json) {
    Json event = Json::parse(event_json);
    if (event["userName"] == "legacy") {
      event["response"]["userAttributes"] = {{"email", "legacy@example.com"},
                                             {"email_verified", "true"}};
      event["response"]["messageAction"] = "SUPPRESS";
    }
    return event.dump();
  });
  auto forgot = Forgot("legacy");
  ASSERT_OK(forgot);
  EXPECT_EQ(forgot->code_delivery_details->destination, "l***@e***");
  EXPECT_EQ(StatusOfUser("legacy"), UserStatusType::kResetRequired);
  EXPECT_OK(ConfirmForgot("legacy", LastCode("legacy"), kNewPassword));
  EXPECT_OK(SignIn("legacy", kNewPassword));
  EXPECT_STATUS(Forgot("unknown"), ErrorCode::kUserNotFound,
                "Username/client id combination not found.");
}

TEST_F(Triggers, UserMigrationOnSignInCreatesAConfirmedUserWithThatPassword) {
  SetTrigger(TriggerType::kUserMigration, [](const std::string& event_json) {
    Json event = Json::parse(event_json);
    EXPECT_EQ(event["triggerSource"], "UserMigration_Authentication");
    if (event["request"]["password"] == "Legacy-Passw0rd!") {
      event["response"]["userAttributes"] = {{"email", "old@example.com"},
                                             {"email_verified", "true"}};
      event["response"]["finalUserStatus"] = "CONFIRMED";
    }
    return event.dump();
  });
  EXPECT_STATUS(SignIn("old", "wrong"), ErrorCode::kUserNotFound, "User does not exist.");
  EXPECT_OK(SignIn("old", "Legacy-Passw0rd!"));
  EXPECT_EQ(StatusOfUser("old"), UserStatusType::kConfirmed);
}

}  // namespace
}  // namespace cognito_fake
