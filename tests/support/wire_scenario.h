#ifndef COGNITO_FAKE_TESTS_SUPPORT_WIRE_SCENARIO_H_
#define COGNITO_FAKE_TESTS_SUPPORT_WIRE_SCENARIO_H_

// A scripted session that calls every supported operation at least once
// (successfully) plus a few failing calls, against any IdentityProvider, and
// returns a transcript: one line per call with the AWS JSON of the response
// or the error. Two providers behave the same when their transcripts are
// equal. Codes are read from the fake behind the provider.

#include <cognito_fake/fake_identity_provider.h>

#include <map>
#include <string>
#include <vector>

#include "wire/json_codec.h"

namespace cognito_fake {
namespace testing_util {

struct Transcript {
  std::vector<std::string> lines;
  std::map<std::string, int> successes;  // operation -> successful calls

  template <typename Response>
  StatusOr<Response> Record(const std::string& operation, StatusOr<Response> result) {
    if (result.ok()) {
      ++successes[operation];
      lines.push_back(operation + " OK " + wire::ToJson(*result).dump());
    } else {
      lines.push_back(operation + " " + std::string(result.status().error_name()) + ": " +
                      result.status().message());
    }
    return result;
  }
};

inline Transcript RunEveryOperation(IdentityProvider& cognito, FakeIdentityProvider& backing) {
  Transcript t;
  CreateUserPoolRequest create_pool = FakeIdentityProvider::DefaultTestPoolRequest();
  create_pool.alias_attributes = {AliasAttributeType::kEmail};
  create_pool.user_pool_tags = {{"team", "identity"}};
  auto pool = t.Record("CreateUserPool", cognito.CreateUserPool(create_pool));
  const std::string pool_id = pool.ok() ? *pool->user_pool->id : "us-east-1_missing";
  t.Record("DescribeUserPool", cognito.DescribeUserPool({pool_id}));
  t.Record("DescribeUserPool", cognito.DescribeUserPool({"us-east-1_nope"}));

  CreateUserPoolClientRequest create_client = FakeIdentityProvider::DefaultTestClientRequest();
  create_client.user_pool_id = pool_id;
  auto client = t.Record("CreateUserPoolClient", cognito.CreateUserPoolClient(create_client));
  const std::string client_id = client.ok() ? *client->user_pool_client->client_id : "missing";
  t.Record("DescribeUserPoolClient", cognito.DescribeUserPoolClient({pool_id, client_id}));

  // Pool and client management. An update replaces every setting, so it
  // carries the ones the rest of the scenario needs.
  UpdateUserPoolRequest update_pool;
  update_pool.user_pool_id = pool_id;
  update_pool.auto_verified_attributes = create_pool.auto_verified_attributes;
  update_pool.account_recovery_setting = create_pool.account_recovery_setting;
  update_pool.policies = create_pool.policies;
  update_pool.user_pool_tags = {{"team", "identity"}, {"stage", "test"}};
  t.Record("UpdateUserPool", cognito.UpdateUserPool(update_pool));
  ListUserPoolsRequest list_pools;
  t.Record("ListUserPools", cognito.ListUserPools(list_pools));  // MaxResults 0
  list_pools.max_results = 10;
  t.Record("ListUserPools", cognito.ListUserPools(list_pools));
  UpdateUserPoolClientRequest update_client;
  update_client.user_pool_id = pool_id;
  update_client.client_id = client_id;
  update_client.client_name = "renamed";
  update_client.explicit_auth_flows = create_client.explicit_auth_flows;
  update_client.prevent_user_existence_errors = create_client.prevent_user_existence_errors;
  update_client.callback_urls = {"https://app.example.com/callback"};
  update_client.allowed_oauth_flows = {OAuthFlowType::kCode};
  update_client.allowed_oauth_scopes = {"openid", "email"};
  update_client.allowed_oauth_flows_user_pool_client = true;
  update_client.supported_identity_providers = {"COGNITO"};
  t.Record("UpdateUserPoolClient", cognito.UpdateUserPoolClient(update_client));
  update_client.allowed_oauth_scopes = {"custom/scope"};
  t.Record("UpdateUserPoolClient",
           cognito.UpdateUserPoolClient(update_client));  // ScopeDoesNotExist
  CreateUserPoolClientRequest spare = create_client;
  spare.client_name = "spare";
  auto spare_client = t.Record("CreateUserPoolClient", cognito.CreateUserPoolClient(spare));
  const std::string spare_id =
      spare_client.ok() ? *spare_client->user_pool_client->client_id : "missing";
  ListUserPoolClientsRequest list_clients;
  list_clients.user_pool_id = pool_id;
  list_clients.max_results = 1;
  auto clients_page = t.Record("ListUserPoolClients", cognito.ListUserPoolClients(list_clients));
  list_clients.next_token = clients_page.ok() ? clients_page->next_token : std::nullopt;
  t.Record("ListUserPoolClients", cognito.ListUserPoolClients(list_clients));
  t.Record("DeleteUserPoolClient", cognito.DeleteUserPoolClient({pool_id, spare_id}));
  t.Record("DescribeUserPoolClient", cognito.DescribeUserPoolClient({pool_id, spare_id}));

  AdminCreateUserRequest create_user;
  create_user.user_pool_id = pool_id;
  create_user.username = "alice";
  create_user.user_attributes = {{"email", "alice@example.com"}, {"email_verified", "true"}};
  create_user.temporary_password = "Temp-Passw0rd!";
  t.Record("AdminCreateUser", cognito.AdminCreateUser(create_user));
  t.Record("AdminCreateUser", cognito.AdminCreateUser(create_user));  // UsernameExists

  InitiateAuthRequest sign_in;
  sign_in.auth_flow = AuthFlowType::kUserPasswordAuth;
  sign_in.client_id = client_id;
  sign_in.auth_parameters = {{"USERNAME", "alice"}, {"PASSWORD", "Temp-Passw0rd!"}};
  auto challenge = t.Record("InitiateAuth", cognito.InitiateAuth(sign_in));
  RespondToAuthChallengeRequest respond;
  respond.client_id = client_id;
  respond.challenge_name = ChallengeNameType::kNewPasswordRequired;
  respond.session = challenge.ok() ? challenge->session : std::nullopt;
  respond.challenge_responses = {{"USERNAME", "alice"}, {"NEW_PASSWORD", "Passw0rd!"}};
  auto tokens = t.Record("RespondToAuthChallenge", cognito.RespondToAuthChallenge(respond));

  ChangePasswordRequest change;
  change.access_token = tokens.ok() && tokens->authentication_result
                            ? tokens->authentication_result->access_token.value_or("")
                            : "";
  change.previous_password = "Passw0rd!";
  change.proposed_password = "Passw0rd!2";
  t.Record("ChangePassword", cognito.ChangePassword(change));

  AdminResetUserPasswordRequest reset{pool_id, "alice@example.com", {{"ticket", "42"}}};
  t.Record("AdminResetUserPassword", cognito.AdminResetUserPassword(reset));
  sign_in.auth_parameters["PASSWORD"] = "Passw0rd!2";
  t.Record("InitiateAuth", cognito.InitiateAuth(sign_in));  // PasswordResetRequired
  t.Record("ForgotPassword", cognito.ForgotPassword({client_id, std::nullopt, "alice", {}}));
  ConfirmForgotPasswordRequest confirm;
  confirm.client_id = client_id;
  confirm.username = "alice";
  confirm.confirmation_code = "000000";
  confirm.password = "N3w-Passw0rd!";
  t.Record("ConfirmForgotPassword",
           cognito.ConfirmForgotPassword(confirm));  // CodeMismatch (seeded)
  confirm.confirmation_code = backing.LastCodeFor(pool_id, "alice").value_or("");
  t.Record("ConfirmForgotPassword", cognito.ConfirmForgotPassword(confirm));

  AdminInitiateAuthRequest admin_sign_in;
  admin_sign_in.user_pool_id = pool_id;
  admin_sign_in.client_id = client_id;
  admin_sign_in.auth_flow = AuthFlowType::kAdminUserPasswordAuth;
  admin_sign_in.auth_parameters = {{"USERNAME", "alice"}, {"PASSWORD", "N3w-Passw0rd!"}};
  auto admin_tokens = t.Record("AdminInitiateAuth", cognito.AdminInitiateAuth(admin_sign_in));
  InitiateAuthRequest refresh;
  refresh.auth_flow = AuthFlowType::kRefreshTokenAuth;
  refresh.client_id = client_id;
  refresh.auth_parameters = {
      {"REFRESH_TOKEN", admin_tokens.ok() && admin_tokens->authentication_result
                            ? admin_tokens->authentication_result->refresh_token.value_or("")
                            : ""}};
  t.Record("InitiateAuth", cognito.InitiateAuth(refresh));

  AdminSetUserPasswordRequest set{pool_id, "alice", "Temp-Passw0rd!2", false};
  t.Record("AdminSetUserPassword", cognito.AdminSetUserPassword(set));
  admin_sign_in.auth_parameters["PASSWORD"] = "Temp-Passw0rd!2";
  auto admin_challenge = t.Record("AdminInitiateAuth", cognito.AdminInitiateAuth(admin_sign_in));
  AdminRespondToAuthChallengeRequest admin_respond;
  admin_respond.user_pool_id = pool_id;
  admin_respond.client_id = client_id;
  admin_respond.challenge_name = ChallengeNameType::kNewPasswordRequired;
  admin_respond.session = admin_challenge.ok() ? admin_challenge->session : std::nullopt;
  admin_respond.challenge_responses = {{"USERNAME", "alice"}, {"NEW_PASSWORD", "Final-Passw0rd!"}};
  t.Record("AdminRespondToAuthChallenge", cognito.AdminRespondToAuthChallenge(admin_respond));

  AdminUpdateUserAttributesRequest update{pool_id, "alice", {{"name", "Alice A."}}, {}};
  t.Record("AdminUpdateUserAttributes", cognito.AdminUpdateUserAttributes(update));
  t.Record("AdminDeleteUserAttributes",
           cognito.AdminDeleteUserAttributes({pool_id, "alice", {"name"}}));
  t.Record("AdminGetUser", cognito.AdminGetUser({pool_id, "alice"}));
  t.Record("AdminGetUser", cognito.AdminGetUser({pool_id, "nobody"}));
  t.Record("AdminDisableUser", cognito.AdminDisableUser({pool_id, "alice"}));
  t.Record("AdminEnableUser", cognito.AdminEnableUser({pool_id, "alice"}));

  SignUpRequest sign_up;
  sign_up.client_id = client_id;
  sign_up.username = "bob";
  sign_up.password = "Passw0rd!";
  sign_up.user_attributes = {{"email", "bob@example.com"}};
  t.Record("SignUp", cognito.SignUp(sign_up));
  ResendConfirmationCodeRequest resend;
  resend.client_id = client_id;
  resend.username = "bob";
  t.Record("ResendConfirmationCode", cognito.ResendConfirmationCode(resend));
  ConfirmSignUpRequest confirm_sign_up;
  confirm_sign_up.client_id = client_id;
  confirm_sign_up.username = "bob";
  confirm_sign_up.confirmation_code = backing.LastCodeFor(pool_id, "bob").value_or("");
  t.Record("ConfirmSignUp", cognito.ConfirmSignUp(confirm_sign_up));
  sign_up.username = "carol";
  sign_up.user_attributes = {{"email", "carol@example.com"}};
  t.Record("SignUp", cognito.SignUp(sign_up));
  t.Record("AdminConfirmSignUp", cognito.AdminConfirmSignUp({pool_id, "carol", {}}));

  ListUsersRequest list;
  list.user_pool_id = pool_id;
  list.limit = 2;
  auto page = t.Record("ListUsers", cognito.ListUsers(list));
  list.pagination_token = page.ok() ? page->pagination_token : std::nullopt;
  t.Record("ListUsers", cognito.ListUsers(list));
  list.pagination_token.reset();
  list.filter = "email ^= \"car\"";
  t.Record("ListUsers", cognito.ListUsers(list));

  // Groups.
  CreateGroupRequest group{"admins", pool_id, "Administrators",
                           "arn:aws:iam::123456789012:role/Admin", 1};
  t.Record("CreateGroup", cognito.CreateGroup(group));
  t.Record("CreateGroup", cognito.CreateGroup(group));  // GroupExists
  t.Record("CreateGroup", cognito.CreateGroup({"readers", pool_id, {}, {}, {}}));
  t.Record("GetGroup", cognito.GetGroup({"Admins", pool_id}));
  t.Record("GetGroup", cognito.GetGroup({"nobody", pool_id}));  // Group not found.
  t.Record("UpdateGroup", cognito.UpdateGroup({"readers", pool_id, "Readers", {}, 5}));
  t.Record("AdminAddUserToGroup", cognito.AdminAddUserToGroup({pool_id, "alice", "admins"}));
  t.Record("AdminAddUserToGroup", cognito.AdminAddUserToGroup({pool_id, "alice", "readers"}));
  ListGroupsRequest list_groups;
  list_groups.user_pool_id = pool_id;
  list_groups.limit = 1;
  auto groups_page = t.Record("ListGroups", cognito.ListGroups(list_groups));
  list_groups.next_token = groups_page.ok() ? groups_page->next_token : std::nullopt;
  t.Record("ListGroups", cognito.ListGroups(list_groups));
  t.Record("AdminListGroupsForUser", cognito.AdminListGroupsForUser({"alice", pool_id, {}, {}}));
  t.Record("ListUsersInGroup", cognito.ListUsersInGroup({pool_id, "admins", {}, {}}));
  t.Record("AdminRemoveUserFromGroup",
           cognito.AdminRemoveUserFromGroup({pool_id, "alice", "readers"}));
  t.Record("DeleteGroup", cognito.DeleteGroup({"readers", pool_id}));
  t.Record("DeleteGroup", cognito.DeleteGroup({"readers", pool_id}));  // Group not found.

  // The signed-in session (alice in "admins": the tokens carry the group).
  admin_sign_in.auth_parameters["PASSWORD"] = "Final-Passw0rd!";
  auto session = t.Record("AdminInitiateAuth", cognito.AdminInitiateAuth(admin_sign_in));
  const AuthenticationResultType session_tokens = session.ok() && session->authentication_result
                                                      ? *session->authentication_result
                                                      : AuthenticationResultType{};
  const std::string access_token = session_tokens.access_token.value_or("");
  t.Record("GetUser", cognito.GetUser({access_token}));
  t.Record("GetUser", cognito.GetUser({"not.a.token"}));  // Invalid Access Token
  t.Record("UpdateUserAttributes",
           cognito.UpdateUserAttributes({{{"name", "Alice B."}}, access_token, {}}));
  t.Record("GetUserAttributeVerificationCode",
           cognito.GetUserAttributeVerificationCode({access_token, "email", {}}));
  t.Record("VerifyUserAttribute",
           cognito.VerifyUserAttribute(
               {access_token, "email", backing.LastCodeFor(pool_id, "alice").value_or("")}));
  t.Record("DeleteUserAttributes", cognito.DeleteUserAttributes({{"name"}, access_token}));

  // Multi-factor authentication: an authenticator app for alice.
  SetUserPoolMfaConfigRequest mfa_config;
  mfa_config.user_pool_id = pool_id;
  mfa_config.mfa_configuration = UserPoolMfaType::kOptional;
  t.Record("SetUserPoolMfaConfig", cognito.SetUserPoolMfaConfig(mfa_config));  // no factor
  mfa_config.software_token_mfa_configuration = SoftwareTokenMfaConfigType{true};
  t.Record("SetUserPoolMfaConfig", cognito.SetUserPoolMfaConfig(mfa_config));
  t.Record("GetUserPoolMfaConfig", cognito.GetUserPoolMfaConfig({pool_id}));
  auto secret = t.Record("AssociateSoftwareToken",
                         cognito.AssociateSoftwareToken({access_token, std::nullopt}));
  const std::string code =
      backing.SoftwareTokenCode(secret.ok() ? secret->secret_code.value_or("") : "")
          .value_or("000000");
  VerifySoftwareTokenRequest verify;
  verify.access_token = access_token;
  verify.user_code = code == "999999" ? "000000" : "999999";  // not the code
  t.Record("VerifySoftwareToken", cognito.VerifySoftwareToken(verify));
  verify.user_code = code;
  verify.friendly_device_name = "phone";
  t.Record("VerifySoftwareToken", cognito.VerifySoftwareToken(verify));
  SetUserMFAPreferenceRequest preference;
  preference.access_token = access_token;
  preference.software_token_mfa_settings = SoftwareTokenMfaSettingsType{true, true};
  t.Record("SetUserMFAPreference", cognito.SetUserMFAPreference(preference));
  AdminSetUserMFAPreferenceRequest admin_preference;
  admin_preference.user_pool_id = pool_id;
  admin_preference.username = "alice";
  admin_preference.sms_mfa_settings = SMSMfaSettingsType{true, false};
  t.Record("AdminSetUserMFAPreference",
           cognito.AdminSetUserMFAPreference(admin_preference));  // no phone_number
  admin_preference.sms_mfa_settings.reset();
  admin_preference.software_token_mfa_settings = SoftwareTokenMfaSettingsType{true, false};
  t.Record("AdminSetUserMFAPreference", cognito.AdminSetUserMFAPreference(admin_preference));
  t.Record("GetUser", cognito.GetUser({access_token}));
  t.Record("GlobalSignOut", cognito.GlobalSignOut({access_token}));
  t.Record("GlobalSignOut", cognito.GlobalSignOut({access_token}));  // revoked
  t.Record("InitiateAuth", cognito.InitiateAuth(refresh));           // revoked too
  t.Record("RevokeToken",
           cognito.RevokeToken({session_tokens.refresh_token.value_or(""), client_id, {}}));
  t.Record("AdminUserGlobalSignOut", cognito.AdminUserGlobalSignOut({pool_id, "alice"}));
  sign_in.auth_parameters = {{"USERNAME", "bob"}, {"PASSWORD", "Passw0rd!"}};
  auto bob = t.Record("InitiateAuth", cognito.InitiateAuth(sign_in));
  t.Record("DeleteUser",
           cognito.DeleteUser({bob.ok() && bob->authentication_result
                                   ? bob->authentication_result->access_token.value_or("")
                                   : ""}));

  t.Record("AdminDeleteUser", cognito.AdminDeleteUser({pool_id, "carol"}));
  t.Record("DeleteUserPool", cognito.DeleteUserPool({pool_id}));
  t.Record("DeleteUserPool", cognito.DeleteUserPool({pool_id}));  // ResourceNotFound
  return t;
}

}  // namespace testing_util
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_TESTS_SUPPORT_WIRE_SCENARIO_H_
