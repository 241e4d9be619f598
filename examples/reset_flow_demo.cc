// Walks the admin-reset / forgot-password flow against the fake and prints
// each step: what an application would call, and what Cognito answered.
//
//   scripts/demo.sh

#include <cognito_fake/fake_identity_provider.h>

#include <cstdlib>
#include <iostream>
#include <string>

namespace {

using cognito_fake::Status;

template <typename T>
const Status& StatusOf(const cognito_fake::StatusOr<T>& result) {
  return result.status();
}

template <typename T>
void Step(const std::string& what, const cognito_fake::StatusOr<T>& result) {
  std::cout << "  " << what << "\n      -> " << StatusOf(result) << "\n";
}

}  // namespace

int main() {
  cognito_fake::FakeIdentityProvider cognito(cognito_fake::FakeOptions().WithSeed(42));

  std::cout << "cognito_fake: the password-reset flow, step by step\n\n";
  // A pool where a verified email is also a sign-in name (an alias).
  auto pool_request = cognito_fake::FakeIdentityProvider::DefaultTestPoolRequest();
  pool_request.alias_attributes = {cognito_fake::AliasAttributeType::kEmail};
  auto pool = cognito.CreateUserPoolForTest(pool_request).value();
  std::cout << "  pool " << pool.user_pool_id << ", app client " << pool.client_id << "\n";
  cognito.AddConfirmedUser(pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}}).value();
  std::cout << "  user alice (CONFIRMED, verified email alice@example.com)\n\n";

  Step("InitiateAuth(alice, old password)", cognito.SignIn(pool, "alice", "Passw0rd!"));

  cognito_fake::AdminResetUserPasswordRequest reset;
  reset.user_pool_id = pool.user_pool_id;
  reset.username = "alice@example.com";  // an alias works as well as the username
  reset.client_metadata = {{"reason", "helpdesk-ticket-1234"}};
  Step("AdminResetUserPassword(alice@example.com)", cognito.AdminResetUserPassword(reset));

  auto last = cognito.outbox().Last();
  if (!last) {
    std::cout << "      no message was sent\n";
    return EXIT_FAILURE;
  }
  const cognito_fake::Message& mail = *last;
  std::cout << "      captured: " << mail << "\n      body: \"" << mail.body << "\"\n";

  Step("InitiateAuth(alice, old password)", cognito.SignIn(pool, "alice", "Passw0rd!"));
  Step("InitiateAuth(alice, wrong password)", cognito.SignIn(pool, "alice", "nope"));

  cognito_fake::ForgotPasswordRequest forgot;
  forgot.client_id = pool.client_id;
  forgot.username = "alice";
  auto forgot_result = cognito.ForgotPassword(forgot);
  Step("ForgotPassword(alice)", forgot_result);
  if (forgot_result.ok()) {
    std::cout << "      CodeDeliveryDetails " << *forgot_result->code_delivery_details << "\n";
  }
  const std::string code = cognito.LastCodeFor(pool.user_pool_id, "alice").value_or("");
  std::cout << "      the user reads code " << code << " from the message\n";

  cognito_fake::ConfirmForgotPasswordRequest confirm;
  confirm.client_id = pool.client_id;
  confirm.username = "alice";
  confirm.confirmation_code = "000000" == code ? "111111" : "000000";
  confirm.password = "N3w-Passw0rd!";
  Step("ConfirmForgotPassword(alice, a wrong code)", cognito.ConfirmForgotPassword(confirm));
  confirm.confirmation_code = code;
  confirm.password = "short";
  Step("ConfirmForgotPassword(alice, right code, weak password)",
       cognito.ConfirmForgotPassword(confirm));
  confirm.password = "N3w-Passw0rd!";
  Step("ConfirmForgotPassword(alice, right code, N3w-Passw0rd!)",
       cognito.ConfirmForgotPassword(confirm));
  Step("ConfirmForgotPassword(alice, the same code again)", cognito.ConfirmForgotPassword(confirm));

  Step("InitiateAuth(alice, old password)", cognito.SignIn(pool, "alice", "Passw0rd!"));
  Step("InitiateAuth(alice, new password)", cognito.SignIn(pool, "alice", "N3w-Passw0rd!"));

  auto user = cognito.AdminGetUser({pool.user_pool_id, "alice"}).value();
  std::cout << "\n  final status of " << user.username << ": " << *user.user_status << "\n";
  return *user.user_status == cognito_fake::UserStatusType::kConfirmed ? EXIT_SUCCESS
                                                                       : EXIT_FAILURE;
}
