#ifndef COGNITO_FAKE_EXAMPLES_ACCOUNT_SERVICE_ACCOUNT_SERVICE_H_
#define COGNITO_FAKE_EXAMPLES_ACCOUNT_SERVICE_ACCOUNT_SERVICE_H_

// A small, realistic piece of application code: the account service of an
// app whose users live in a Cognito user pool. It depends only on
// cognito_fake::IdentityProvider, so production wires in an adapter over
// aws-sdk-cpp and tests wire in the fake, the fault injector or a mock.

#include <cognito_fake/identity_provider.h>

#include <ostream>
#include <string>

namespace account {

// What the UI shows after each step; the app never leaks Cognito's errors.
enum class Outcome {
  kOk,
  kCodeSent,        // "Check your email for a code"
  kWrongCode,       // "That code is not right"
  kCodeExpired,     // "That code expired; we sent you a new one"
  kWeakPassword,    // "Choose a stronger password"
  kResetRequired,   // "Your password was reset; check your email"
  kBadCredentials,  // "Wrong username or password"
  kTryLater,        // throttled or too many attempts
  kUnavailable,     // Cognito failed; the app retried and gave up
  kNotFound,        // admin tools only: no such user
};

const char* ToString(Outcome outcome);
std::ostream& operator<<(std::ostream& os, Outcome outcome);

class AccountService {
 public:
  AccountService(cognito_fake::IdentityProvider& cognito, std::string user_pool_id,
                 std::string client_id)
      : cognito_(cognito),
        user_pool_id_(std::move(user_pool_id)),
        client_id_(std::move(client_id)) {}

  // Help desk: force a password reset; the user gets a code by email/SMS.
  Outcome AdminResetPassword(const std::string& username, const std::string& ticket);
  // User: "forgot password" screen. Answers kCodeSent even for unknown
  // users when the app client prevents user-existence errors.
  Outcome StartReset(const std::string& username);
  // User: enters the code and a new password. An expired code triggers a
  // fresh one (kCodeExpired).
  Outcome CompleteReset(const std::string& username, const std::string& code,
                        const std::string& new_password);
  // User: signs in; on success `access_token` receives the token.
  Outcome SignIn(const std::string& username, const std::string& password,
                 std::string* access_token = nullptr);

 private:
  cognito_fake::IdentityProvider& cognito_;
  std::string user_pool_id_;
  std::string client_id_;
};

}  // namespace account

#endif  // COGNITO_FAKE_EXAMPLES_ACCOUNT_SERVICE_ACCOUNT_SERVICE_H_
