#include "account_service.h"

namespace account {

using cognito_fake::ErrorCode;

const char* ToString(Outcome outcome) {
  switch (outcome) {
    case Outcome::kOk:
      return "ok";
    case Outcome::kCodeSent:
      return "code sent";
    case Outcome::kWrongCode:
      return "wrong code";
    case Outcome::kCodeExpired:
      return "code expired";
    case Outcome::kWeakPassword:
      return "weak password";
    case Outcome::kResetRequired:
      return "reset required";
    case Outcome::kBadCredentials:
      return "bad credentials";
    case Outcome::kTryLater:
      return "try later";
    case Outcome::kUnavailable:
      return "unavailable";
    case Outcome::kNotFound:
      return "not found";
  }
  return "?";
}

std::ostream& operator<<(std::ostream& os, Outcome outcome) { return os << ToString(outcome); }

namespace {

// The app's policy for errors every step can meet.
Outcome Common(const cognito_fake::Status& status) {
  switch (status.code()) {
    case ErrorCode::kTooManyRequests:
    case ErrorCode::kLimitExceeded:
      return Outcome::kTryLater;
    default:
      return Outcome::kUnavailable;
  }
}

// Retries an internal error once, as the AWS SDKs' standard mode does.
template <typename Call>
auto WithRetry(Call call) {
  auto result = call();
  if (!result.ok() && result.status().code() == ErrorCode::kInternalError) result = call();
  return result;
}

}  // namespace

Outcome AccountService::AdminResetPassword(const std::string& username, const std::string& ticket) {
  auto result = WithRetry([&] {
    return cognito_.AdminResetUserPassword({user_pool_id_, username, {{"ticket", ticket}}});
  });
  if (result.ok()) return Outcome::kCodeSent;
  if (result.status().code() == ErrorCode::kUserNotFound) return Outcome::kNotFound;
  return Common(result.status());
}

Outcome AccountService::StartReset(const std::string& username) {
  cognito_fake::ForgotPasswordRequest request;
  request.client_id = client_id_;
  request.username = username;
  auto result = WithRetry([&] { return cognito_.ForgotPassword(request); });
  if (result.ok()) return Outcome::kCodeSent;
  // Do not reveal whether the account exists.
  if (result.status().code() == ErrorCode::kUserNotFound) return Outcome::kCodeSent;
  return Common(result.status());
}

Outcome AccountService::CompleteReset(const std::string& username, const std::string& code,
                                      const std::string& new_password) {
  cognito_fake::ConfirmForgotPasswordRequest request;
  request.client_id = client_id_;
  request.username = username;
  request.confirmation_code = code;
  request.password = new_password;
  auto result = WithRetry([&] { return cognito_.ConfirmForgotPassword(request); });
  if (result.ok()) return Outcome::kOk;
  switch (result.status().code()) {
    case ErrorCode::kCodeMismatch:
      return Outcome::kWrongCode;
    case ErrorCode::kExpiredCode:
      StartReset(username);
      return Outcome::kCodeExpired;
    case ErrorCode::kInvalidPassword:
    case ErrorCode::kInvalidParameter:
      return Outcome::kWeakPassword;
    default:
      return Common(result.status());
  }
}

Outcome AccountService::SignIn(const std::string& username, const std::string& password,
                               std::string* access_token) {
  cognito_fake::InitiateAuthRequest request;
  request.auth_flow = cognito_fake::AuthFlowType::kUserPasswordAuth;
  request.client_id = client_id_;
  request.auth_parameters = {{"USERNAME", username}, {"PASSWORD", password}};
  auto result = WithRetry([&] { return cognito_.InitiateAuth(request); });
  if (result.ok()) {
    if (access_token != nullptr && result->authentication_result) {
      *access_token = result->authentication_result->access_token.value_or("");
    }
    return Outcome::kOk;
  }
  switch (result.status().code()) {
    case ErrorCode::kPasswordResetRequired:
      return Outcome::kResetRequired;
    case ErrorCode::kNotAuthorized:
    case ErrorCode::kUserNotFound:
      return Outcome::kBadCredentials;
    default:
      return Common(result.status());
  }
}

}  // namespace account
