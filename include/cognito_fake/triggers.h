#ifndef COGNITO_FAKE_TRIGGERS_H_
#define COGNITO_FAKE_TRIGGERS_H_

/// @file
/// Lambda triggers as C++ callables, and the delivery infrastructure a pool's
/// messages depend on (IAM roles for SMS, SES identities for email, the SNS
/// sandbox), described as data so every delivery failure Cognito reports can
/// arise from state.

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cognito_fake {

/// A Lambda function. It receives the event JSON Cognito sends (`version`,
/// `triggerSource`, `region`, `userPoolId`, `userName`, `callerContext`,
/// `request`, `response`) and returns the function's result: the event
/// with `response` filled in, as JSON. What it returns is parsed as Cognito
/// parses it:
///
/// * it throws (any `std::exception`): `UserLambdaValidationException`
///   "<Trigger> failed with error <what()>.";
/// * it throws `LambdaInvocationError`: `UnexpectedLambdaException`
///   "<Trigger> invocation failed due to error <what()>." (a timeout,
///   throttling, a missing invoke permission);
/// * it returns something that is not a JSON object:
///   `InvalidLambdaResponseException` "Unrecognizable lambda output".
using LambdaFunction = std::function<std::string(const std::string& event_json)>;

/// Thrown by a `LambdaFunction` to make the invocation itself fail.
class LambdaInvocationError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The triggers the fake invokes.
enum class TriggerType {
  kPreSignUp,      ///< `LambdaConfig.PreSignUp`: `PreSignUp_SignUp`, `PreSignUp_AdminCreateUser`.
  kCustomMessage,  ///< `LambdaConfig.CustomMessage`: every `CustomMessage_*` source.
  kPostConfirmation,  ///< `LambdaConfig.PostConfirmation`: `PostConfirmation_ConfirmSignUp`,
                      ///< `..._ConfirmForgotPassword`.
  kUserMigration,     ///< `LambdaConfig.UserMigration`: `UserMigration_Authentication`,
                      ///< `..._ForgotPassword`.
};

/// The trigger's name as Cognito writes it in messages, e.g. `"CustomMessage"`.
std::string_view ToString(TriggerType type);

/// An IAM role as the fake sees it, for `SmsConfiguration.SnsCallerArn`.
/// Roles the fake was not told about are taken to be correctly set up.
struct IamRole {
  /// The trust policy lets `cognito-idp.amazonaws.com` assume the role.
  bool trusts_cognito = true;
  /// The trust policy's `sts:ExternalId` condition, if any; Cognito must
  /// present the pool's `SmsConfiguration.ExternalId` to match it.
  std::optional<std::string> required_external_id;
  /// The role's policy allows `sns:Publish`.
  bool allows_sns_publish = true;
};

/// An SES identity as the fake sees it, for `EmailConfiguration.SourceArn`
/// (DEVELOPER sending). Identities the fake was not told about are taken
/// to be verified and usable by Cognito.
struct SesIdentity {
  /// The identity's sending-authorization policy lets Cognito send as it.
  bool allows_cognito = true;
  /// SES accepts messages from it (false: every send fails synchronously).
  bool accepts_messages = true;
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_TRIGGERS_H_
