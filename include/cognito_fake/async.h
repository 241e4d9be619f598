#ifndef COGNITO_FAKE_ASYNC_H_
#define COGNITO_FAKE_ASYNC_H_

/// @file
/// Asynchronous forms of every operation, shaped like aws-sdk-cpp's:
/// `XCallable(request)` returns a `std::future`, `XAsync(request, handler)`
/// calls `handler(provider, request, result)` when the call is done.
///
/// ```cpp
/// cognito_fake::AsyncCaller async(fake);
/// auto pending = async.AdminResetUserPasswordCallable({pool_id, "alice", {}});
/// EXPECT_TRUE(pending.get().ok());
/// async.ForgotPasswordAsync(request, [](const auto&, const auto&, const auto& result) { ... });
/// async.WaitForAll();
/// ```

#include <cognito_fake/identity_provider.h>

#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace cognito_fake {

/// Runs calls on `provider` on other threads. Every call is finished before
/// the caller is destroyed (`WaitForAll`), so the provider may be a local of
/// the test.
class AsyncCaller {
 public:
  /// Calls go to `provider`, which must outlive this object.
  explicit AsyncCaller(IdentityProvider& provider) : provider_(provider) {}
  ~AsyncCaller() { WaitForAll(); }
  AsyncCaller(const AsyncCaller&) = delete;
  AsyncCaller& operator=(const AsyncCaller&) = delete;

  /// Blocks until every call started so far (and its handler) has finished.
  void WaitForAll() {
    std::vector<std::shared_future<void>> pending;
    {
      std::lock_guard<std::mutex> lock(mu_);
      pending.swap(pending_);
    }
    for (auto& call : pending) call.wait();
  }

  /// The handler of an `XAsync` call: `(provider, request, result)`.
  template <typename Request, typename Response>
  using Handler =
      std::function<void(const IdentityProvider&, const Request&, const StatusOr<Response>&)>;

  // BEGIN GENERATED operations (tools/generate_from_model.py; do not edit by hand)
  /// The handler of `CreateUserPoolAsync`: `(provider, request, result)`.
  using CreateUserPoolHandler = Handler<CreateUserPoolRequest, CreateUserPoolResponse>;
  /// Starts `CreateUserPool` on another thread; the future holds its result.
  std::future<StatusOr<CreateUserPoolResponse>> CreateUserPoolCallable(
      CreateUserPoolRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::CreateUserPool);
  }
  /// Starts `CreateUserPool` on another thread and calls `handler` with the result.
  void CreateUserPoolAsync(CreateUserPoolRequest request, CreateUserPoolHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::CreateUserPool);
  }
  /// The handler of `DescribeUserPoolAsync`: `(provider, request, result)`.
  using DescribeUserPoolHandler = Handler<DescribeUserPoolRequest, DescribeUserPoolResponse>;
  /// Starts `DescribeUserPool` on another thread; the future holds its result.
  std::future<StatusOr<DescribeUserPoolResponse>> DescribeUserPoolCallable(
      DescribeUserPoolRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::DescribeUserPool);
  }
  /// Starts `DescribeUserPool` on another thread and calls `handler` with the result.
  void DescribeUserPoolAsync(DescribeUserPoolRequest request, DescribeUserPoolHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::DescribeUserPool);
  }
  /// The handler of `UpdateUserPoolAsync`: `(provider, request, result)`.
  using UpdateUserPoolHandler = Handler<UpdateUserPoolRequest, UpdateUserPoolResponse>;
  /// Starts `UpdateUserPool` on another thread; the future holds its result.
  std::future<StatusOr<UpdateUserPoolResponse>> UpdateUserPoolCallable(
      UpdateUserPoolRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::UpdateUserPool);
  }
  /// Starts `UpdateUserPool` on another thread and calls `handler` with the result.
  void UpdateUserPoolAsync(UpdateUserPoolRequest request, UpdateUserPoolHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::UpdateUserPool);
  }
  /// The handler of `ListUserPoolsAsync`: `(provider, request, result)`.
  using ListUserPoolsHandler = Handler<ListUserPoolsRequest, ListUserPoolsResponse>;
  /// Starts `ListUserPools` on another thread; the future holds its result.
  std::future<StatusOr<ListUserPoolsResponse>> ListUserPoolsCallable(ListUserPoolsRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::ListUserPools);
  }
  /// Starts `ListUserPools` on another thread and calls `handler` with the result.
  void ListUserPoolsAsync(ListUserPoolsRequest request, ListUserPoolsHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::ListUserPools);
  }
  /// The handler of `DeleteUserPoolAsync`: `(provider, request, result)`.
  using DeleteUserPoolHandler = Handler<DeleteUserPoolRequest, DeleteUserPoolResponse>;
  /// Starts `DeleteUserPool` on another thread; the future holds its result.
  std::future<StatusOr<DeleteUserPoolResponse>> DeleteUserPoolCallable(
      DeleteUserPoolRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::DeleteUserPool);
  }
  /// Starts `DeleteUserPool` on another thread and calls `handler` with the result.
  void DeleteUserPoolAsync(DeleteUserPoolRequest request, DeleteUserPoolHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::DeleteUserPool);
  }
  /// The handler of `CreateUserPoolClientAsync`: `(provider, request, result)`.
  using CreateUserPoolClientHandler =
      Handler<CreateUserPoolClientRequest, CreateUserPoolClientResponse>;
  /// Starts `CreateUserPoolClient` on another thread; the future holds its result.
  std::future<StatusOr<CreateUserPoolClientResponse>> CreateUserPoolClientCallable(
      CreateUserPoolClientRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::CreateUserPoolClient);
  }
  /// Starts `CreateUserPoolClient` on another thread and calls `handler` with the result.
  void CreateUserPoolClientAsync(CreateUserPoolClientRequest request,
                                 CreateUserPoolClientHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::CreateUserPoolClient);
  }
  /// The handler of `DescribeUserPoolClientAsync`: `(provider, request, result)`.
  using DescribeUserPoolClientHandler =
      Handler<DescribeUserPoolClientRequest, DescribeUserPoolClientResponse>;
  /// Starts `DescribeUserPoolClient` on another thread; the future holds its result.
  std::future<StatusOr<DescribeUserPoolClientResponse>> DescribeUserPoolClientCallable(
      DescribeUserPoolClientRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::DescribeUserPoolClient);
  }
  /// Starts `DescribeUserPoolClient` on another thread and calls `handler` with the result.
  void DescribeUserPoolClientAsync(DescribeUserPoolClientRequest request,
                                   DescribeUserPoolClientHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::DescribeUserPoolClient);
  }
  /// The handler of `UpdateUserPoolClientAsync`: `(provider, request, result)`.
  using UpdateUserPoolClientHandler =
      Handler<UpdateUserPoolClientRequest, UpdateUserPoolClientResponse>;
  /// Starts `UpdateUserPoolClient` on another thread; the future holds its result.
  std::future<StatusOr<UpdateUserPoolClientResponse>> UpdateUserPoolClientCallable(
      UpdateUserPoolClientRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::UpdateUserPoolClient);
  }
  /// Starts `UpdateUserPoolClient` on another thread and calls `handler` with the result.
  void UpdateUserPoolClientAsync(UpdateUserPoolClientRequest request,
                                 UpdateUserPoolClientHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::UpdateUserPoolClient);
  }
  /// The handler of `ListUserPoolClientsAsync`: `(provider, request, result)`.
  using ListUserPoolClientsHandler =
      Handler<ListUserPoolClientsRequest, ListUserPoolClientsResponse>;
  /// Starts `ListUserPoolClients` on another thread; the future holds its result.
  std::future<StatusOr<ListUserPoolClientsResponse>> ListUserPoolClientsCallable(
      ListUserPoolClientsRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::ListUserPoolClients);
  }
  /// Starts `ListUserPoolClients` on another thread and calls `handler` with the result.
  void ListUserPoolClientsAsync(ListUserPoolClientsRequest request,
                                ListUserPoolClientsHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::ListUserPoolClients);
  }
  /// The handler of `DeleteUserPoolClientAsync`: `(provider, request, result)`.
  using DeleteUserPoolClientHandler =
      Handler<DeleteUserPoolClientRequest, DeleteUserPoolClientResponse>;
  /// Starts `DeleteUserPoolClient` on another thread; the future holds its result.
  std::future<StatusOr<DeleteUserPoolClientResponse>> DeleteUserPoolClientCallable(
      DeleteUserPoolClientRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::DeleteUserPoolClient);
  }
  /// Starts `DeleteUserPoolClient` on another thread and calls `handler` with the result.
  void DeleteUserPoolClientAsync(DeleteUserPoolClientRequest request,
                                 DeleteUserPoolClientHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::DeleteUserPoolClient);
  }
  /// The handler of `AdminCreateUserAsync`: `(provider, request, result)`.
  using AdminCreateUserHandler = Handler<AdminCreateUserRequest, AdminCreateUserResponse>;
  /// Starts `AdminCreateUser` on another thread; the future holds its result.
  std::future<StatusOr<AdminCreateUserResponse>> AdminCreateUserCallable(
      AdminCreateUserRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminCreateUser);
  }
  /// Starts `AdminCreateUser` on another thread and calls `handler` with the result.
  void AdminCreateUserAsync(AdminCreateUserRequest request, AdminCreateUserHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminCreateUser);
  }
  /// The handler of `AdminGetUserAsync`: `(provider, request, result)`.
  using AdminGetUserHandler = Handler<AdminGetUserRequest, AdminGetUserResponse>;
  /// Starts `AdminGetUser` on another thread; the future holds its result.
  std::future<StatusOr<AdminGetUserResponse>> AdminGetUserCallable(AdminGetUserRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminGetUser);
  }
  /// Starts `AdminGetUser` on another thread and calls `handler` with the result.
  void AdminGetUserAsync(AdminGetUserRequest request, AdminGetUserHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminGetUser);
  }
  /// The handler of `ListUsersAsync`: `(provider, request, result)`.
  using ListUsersHandler = Handler<ListUsersRequest, ListUsersResponse>;
  /// Starts `ListUsers` on another thread; the future holds its result.
  std::future<StatusOr<ListUsersResponse>> ListUsersCallable(ListUsersRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::ListUsers);
  }
  /// Starts `ListUsers` on another thread and calls `handler` with the result.
  void ListUsersAsync(ListUsersRequest request, ListUsersHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::ListUsers);
  }
  /// The handler of `AdminDeleteUserAsync`: `(provider, request, result)`.
  using AdminDeleteUserHandler = Handler<AdminDeleteUserRequest, AdminDeleteUserResponse>;
  /// Starts `AdminDeleteUser` on another thread; the future holds its result.
  std::future<StatusOr<AdminDeleteUserResponse>> AdminDeleteUserCallable(
      AdminDeleteUserRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminDeleteUser);
  }
  /// Starts `AdminDeleteUser` on another thread and calls `handler` with the result.
  void AdminDeleteUserAsync(AdminDeleteUserRequest request, AdminDeleteUserHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminDeleteUser);
  }
  /// The handler of `AdminDisableUserAsync`: `(provider, request, result)`.
  using AdminDisableUserHandler = Handler<AdminDisableUserRequest, AdminDisableUserResponse>;
  /// Starts `AdminDisableUser` on another thread; the future holds its result.
  std::future<StatusOr<AdminDisableUserResponse>> AdminDisableUserCallable(
      AdminDisableUserRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminDisableUser);
  }
  /// Starts `AdminDisableUser` on another thread and calls `handler` with the result.
  void AdminDisableUserAsync(AdminDisableUserRequest request, AdminDisableUserHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminDisableUser);
  }
  /// The handler of `AdminEnableUserAsync`: `(provider, request, result)`.
  using AdminEnableUserHandler = Handler<AdminEnableUserRequest, AdminEnableUserResponse>;
  /// Starts `AdminEnableUser` on another thread; the future holds its result.
  std::future<StatusOr<AdminEnableUserResponse>> AdminEnableUserCallable(
      AdminEnableUserRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminEnableUser);
  }
  /// Starts `AdminEnableUser` on another thread and calls `handler` with the result.
  void AdminEnableUserAsync(AdminEnableUserRequest request, AdminEnableUserHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminEnableUser);
  }
  /// The handler of `AdminUpdateUserAttributesAsync`: `(provider, request, result)`.
  using AdminUpdateUserAttributesHandler =
      Handler<AdminUpdateUserAttributesRequest, AdminUpdateUserAttributesResponse>;
  /// Starts `AdminUpdateUserAttributes` on another thread; the future holds its result.
  std::future<StatusOr<AdminUpdateUserAttributesResponse>> AdminUpdateUserAttributesCallable(
      AdminUpdateUserAttributesRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminUpdateUserAttributes);
  }
  /// Starts `AdminUpdateUserAttributes` on another thread and calls `handler` with the result.
  void AdminUpdateUserAttributesAsync(AdminUpdateUserAttributesRequest request,
                                      AdminUpdateUserAttributesHandler handler) {
    StartAsync(std::move(request), std::move(handler),
               &IdentityProvider::AdminUpdateUserAttributes);
  }
  /// The handler of `AdminDeleteUserAttributesAsync`: `(provider, request, result)`.
  using AdminDeleteUserAttributesHandler =
      Handler<AdminDeleteUserAttributesRequest, AdminDeleteUserAttributesResponse>;
  /// Starts `AdminDeleteUserAttributes` on another thread; the future holds its result.
  std::future<StatusOr<AdminDeleteUserAttributesResponse>> AdminDeleteUserAttributesCallable(
      AdminDeleteUserAttributesRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminDeleteUserAttributes);
  }
  /// Starts `AdminDeleteUserAttributes` on another thread and calls `handler` with the result.
  void AdminDeleteUserAttributesAsync(AdminDeleteUserAttributesRequest request,
                                      AdminDeleteUserAttributesHandler handler) {
    StartAsync(std::move(request), std::move(handler),
               &IdentityProvider::AdminDeleteUserAttributes);
  }
  /// The handler of `SignUpAsync`: `(provider, request, result)`.
  using SignUpHandler = Handler<SignUpRequest, SignUpResponse>;
  /// Starts `SignUp` on another thread; the future holds its result.
  std::future<StatusOr<SignUpResponse>> SignUpCallable(SignUpRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::SignUp);
  }
  /// Starts `SignUp` on another thread and calls `handler` with the result.
  void SignUpAsync(SignUpRequest request, SignUpHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::SignUp);
  }
  /// The handler of `ConfirmSignUpAsync`: `(provider, request, result)`.
  using ConfirmSignUpHandler = Handler<ConfirmSignUpRequest, ConfirmSignUpResponse>;
  /// Starts `ConfirmSignUp` on another thread; the future holds its result.
  std::future<StatusOr<ConfirmSignUpResponse>> ConfirmSignUpCallable(ConfirmSignUpRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::ConfirmSignUp);
  }
  /// Starts `ConfirmSignUp` on another thread and calls `handler` with the result.
  void ConfirmSignUpAsync(ConfirmSignUpRequest request, ConfirmSignUpHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::ConfirmSignUp);
  }
  /// The handler of `AdminConfirmSignUpAsync`: `(provider, request, result)`.
  using AdminConfirmSignUpHandler = Handler<AdminConfirmSignUpRequest, AdminConfirmSignUpResponse>;
  /// Starts `AdminConfirmSignUp` on another thread; the future holds its result.
  std::future<StatusOr<AdminConfirmSignUpResponse>> AdminConfirmSignUpCallable(
      AdminConfirmSignUpRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminConfirmSignUp);
  }
  /// Starts `AdminConfirmSignUp` on another thread and calls `handler` with the result.
  void AdminConfirmSignUpAsync(AdminConfirmSignUpRequest request,
                               AdminConfirmSignUpHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminConfirmSignUp);
  }
  /// The handler of `ResendConfirmationCodeAsync`: `(provider, request, result)`.
  using ResendConfirmationCodeHandler =
      Handler<ResendConfirmationCodeRequest, ResendConfirmationCodeResponse>;
  /// Starts `ResendConfirmationCode` on another thread; the future holds its result.
  std::future<StatusOr<ResendConfirmationCodeResponse>> ResendConfirmationCodeCallable(
      ResendConfirmationCodeRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::ResendConfirmationCode);
  }
  /// Starts `ResendConfirmationCode` on another thread and calls `handler` with the result.
  void ResendConfirmationCodeAsync(ResendConfirmationCodeRequest request,
                                   ResendConfirmationCodeHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::ResendConfirmationCode);
  }
  /// The handler of `AdminResetUserPasswordAsync`: `(provider, request, result)`.
  using AdminResetUserPasswordHandler =
      Handler<AdminResetUserPasswordRequest, AdminResetUserPasswordResponse>;
  /// Starts `AdminResetUserPassword` on another thread; the future holds its result.
  std::future<StatusOr<AdminResetUserPasswordResponse>> AdminResetUserPasswordCallable(
      AdminResetUserPasswordRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminResetUserPassword);
  }
  /// Starts `AdminResetUserPassword` on another thread and calls `handler` with the result.
  void AdminResetUserPasswordAsync(AdminResetUserPasswordRequest request,
                                   AdminResetUserPasswordHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminResetUserPassword);
  }
  /// The handler of `ForgotPasswordAsync`: `(provider, request, result)`.
  using ForgotPasswordHandler = Handler<ForgotPasswordRequest, ForgotPasswordResponse>;
  /// Starts `ForgotPassword` on another thread; the future holds its result.
  std::future<StatusOr<ForgotPasswordResponse>> ForgotPasswordCallable(
      ForgotPasswordRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::ForgotPassword);
  }
  /// Starts `ForgotPassword` on another thread and calls `handler` with the result.
  void ForgotPasswordAsync(ForgotPasswordRequest request, ForgotPasswordHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::ForgotPassword);
  }
  /// The handler of `ConfirmForgotPasswordAsync`: `(provider, request, result)`.
  using ConfirmForgotPasswordHandler =
      Handler<ConfirmForgotPasswordRequest, ConfirmForgotPasswordResponse>;
  /// Starts `ConfirmForgotPassword` on another thread; the future holds its result.
  std::future<StatusOr<ConfirmForgotPasswordResponse>> ConfirmForgotPasswordCallable(
      ConfirmForgotPasswordRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::ConfirmForgotPassword);
  }
  /// Starts `ConfirmForgotPassword` on another thread and calls `handler` with the result.
  void ConfirmForgotPasswordAsync(ConfirmForgotPasswordRequest request,
                                  ConfirmForgotPasswordHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::ConfirmForgotPassword);
  }
  /// The handler of `AdminSetUserPasswordAsync`: `(provider, request, result)`.
  using AdminSetUserPasswordHandler =
      Handler<AdminSetUserPasswordRequest, AdminSetUserPasswordResponse>;
  /// Starts `AdminSetUserPassword` on another thread; the future holds its result.
  std::future<StatusOr<AdminSetUserPasswordResponse>> AdminSetUserPasswordCallable(
      AdminSetUserPasswordRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminSetUserPassword);
  }
  /// Starts `AdminSetUserPassword` on another thread and calls `handler` with the result.
  void AdminSetUserPasswordAsync(AdminSetUserPasswordRequest request,
                                 AdminSetUserPasswordHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminSetUserPassword);
  }
  /// The handler of `ChangePasswordAsync`: `(provider, request, result)`.
  using ChangePasswordHandler = Handler<ChangePasswordRequest, ChangePasswordResponse>;
  /// Starts `ChangePassword` on another thread; the future holds its result.
  std::future<StatusOr<ChangePasswordResponse>> ChangePasswordCallable(
      ChangePasswordRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::ChangePassword);
  }
  /// Starts `ChangePassword` on another thread and calls `handler` with the result.
  void ChangePasswordAsync(ChangePasswordRequest request, ChangePasswordHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::ChangePassword);
  }
  /// The handler of `InitiateAuthAsync`: `(provider, request, result)`.
  using InitiateAuthHandler = Handler<InitiateAuthRequest, InitiateAuthResponse>;
  /// Starts `InitiateAuth` on another thread; the future holds its result.
  std::future<StatusOr<InitiateAuthResponse>> InitiateAuthCallable(InitiateAuthRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::InitiateAuth);
  }
  /// Starts `InitiateAuth` on another thread and calls `handler` with the result.
  void InitiateAuthAsync(InitiateAuthRequest request, InitiateAuthHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::InitiateAuth);
  }
  /// The handler of `AdminInitiateAuthAsync`: `(provider, request, result)`.
  using AdminInitiateAuthHandler = Handler<AdminInitiateAuthRequest, AdminInitiateAuthResponse>;
  /// Starts `AdminInitiateAuth` on another thread; the future holds its result.
  std::future<StatusOr<AdminInitiateAuthResponse>> AdminInitiateAuthCallable(
      AdminInitiateAuthRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminInitiateAuth);
  }
  /// Starts `AdminInitiateAuth` on another thread and calls `handler` with the result.
  void AdminInitiateAuthAsync(AdminInitiateAuthRequest request, AdminInitiateAuthHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminInitiateAuth);
  }
  /// The handler of `RespondToAuthChallengeAsync`: `(provider, request, result)`.
  using RespondToAuthChallengeHandler =
      Handler<RespondToAuthChallengeRequest, RespondToAuthChallengeResponse>;
  /// Starts `RespondToAuthChallenge` on another thread; the future holds its result.
  std::future<StatusOr<RespondToAuthChallengeResponse>> RespondToAuthChallengeCallable(
      RespondToAuthChallengeRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::RespondToAuthChallenge);
  }
  /// Starts `RespondToAuthChallenge` on another thread and calls `handler` with the result.
  void RespondToAuthChallengeAsync(RespondToAuthChallengeRequest request,
                                   RespondToAuthChallengeHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::RespondToAuthChallenge);
  }
  /// The handler of `AdminRespondToAuthChallengeAsync`: `(provider, request, result)`.
  using AdminRespondToAuthChallengeHandler =
      Handler<AdminRespondToAuthChallengeRequest, AdminRespondToAuthChallengeResponse>;
  /// Starts `AdminRespondToAuthChallenge` on another thread; the future holds its result.
  std::future<StatusOr<AdminRespondToAuthChallengeResponse>> AdminRespondToAuthChallengeCallable(
      AdminRespondToAuthChallengeRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminRespondToAuthChallenge);
  }
  /// Starts `AdminRespondToAuthChallenge` on another thread and calls `handler` with the result.
  void AdminRespondToAuthChallengeAsync(AdminRespondToAuthChallengeRequest request,
                                        AdminRespondToAuthChallengeHandler handler) {
    StartAsync(std::move(request), std::move(handler),
               &IdentityProvider::AdminRespondToAuthChallenge);
  }
  /// The handler of `GetUserAsync`: `(provider, request, result)`.
  using GetUserHandler = Handler<GetUserRequest, GetUserResponse>;
  /// Starts `GetUser` on another thread; the future holds its result.
  std::future<StatusOr<GetUserResponse>> GetUserCallable(GetUserRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::GetUser);
  }
  /// Starts `GetUser` on another thread and calls `handler` with the result.
  void GetUserAsync(GetUserRequest request, GetUserHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::GetUser);
  }
  /// The handler of `UpdateUserAttributesAsync`: `(provider, request, result)`.
  using UpdateUserAttributesHandler =
      Handler<UpdateUserAttributesRequest, UpdateUserAttributesResponse>;
  /// Starts `UpdateUserAttributes` on another thread; the future holds its result.
  std::future<StatusOr<UpdateUserAttributesResponse>> UpdateUserAttributesCallable(
      UpdateUserAttributesRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::UpdateUserAttributes);
  }
  /// Starts `UpdateUserAttributes` on another thread and calls `handler` with the result.
  void UpdateUserAttributesAsync(UpdateUserAttributesRequest request,
                                 UpdateUserAttributesHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::UpdateUserAttributes);
  }
  /// The handler of `GetUserAttributeVerificationCodeAsync`: `(provider, request, result)`.
  using GetUserAttributeVerificationCodeHandler =
      Handler<GetUserAttributeVerificationCodeRequest, GetUserAttributeVerificationCodeResponse>;
  /// Starts `GetUserAttributeVerificationCode` on another thread; the future holds its result.
  std::future<StatusOr<GetUserAttributeVerificationCodeResponse>>
  GetUserAttributeVerificationCodeCallable(GetUserAttributeVerificationCodeRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::GetUserAttributeVerificationCode);
  }
  /// Starts `GetUserAttributeVerificationCode` on another thread and calls `handler` with the
  /// result.
  void GetUserAttributeVerificationCodeAsync(GetUserAttributeVerificationCodeRequest request,
                                             GetUserAttributeVerificationCodeHandler handler) {
    StartAsync(std::move(request), std::move(handler),
               &IdentityProvider::GetUserAttributeVerificationCode);
  }
  /// The handler of `VerifyUserAttributeAsync`: `(provider, request, result)`.
  using VerifyUserAttributeHandler =
      Handler<VerifyUserAttributeRequest, VerifyUserAttributeResponse>;
  /// Starts `VerifyUserAttribute` on another thread; the future holds its result.
  std::future<StatusOr<VerifyUserAttributeResponse>> VerifyUserAttributeCallable(
      VerifyUserAttributeRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::VerifyUserAttribute);
  }
  /// Starts `VerifyUserAttribute` on another thread and calls `handler` with the result.
  void VerifyUserAttributeAsync(VerifyUserAttributeRequest request,
                                VerifyUserAttributeHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::VerifyUserAttribute);
  }
  /// The handler of `DeleteUserAttributesAsync`: `(provider, request, result)`.
  using DeleteUserAttributesHandler =
      Handler<DeleteUserAttributesRequest, DeleteUserAttributesResponse>;
  /// Starts `DeleteUserAttributes` on another thread; the future holds its result.
  std::future<StatusOr<DeleteUserAttributesResponse>> DeleteUserAttributesCallable(
      DeleteUserAttributesRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::DeleteUserAttributes);
  }
  /// Starts `DeleteUserAttributes` on another thread and calls `handler` with the result.
  void DeleteUserAttributesAsync(DeleteUserAttributesRequest request,
                                 DeleteUserAttributesHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::DeleteUserAttributes);
  }
  /// The handler of `DeleteUserAsync`: `(provider, request, result)`.
  using DeleteUserHandler = Handler<DeleteUserRequest, DeleteUserResponse>;
  /// Starts `DeleteUser` on another thread; the future holds its result.
  std::future<StatusOr<DeleteUserResponse>> DeleteUserCallable(DeleteUserRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::DeleteUser);
  }
  /// Starts `DeleteUser` on another thread and calls `handler` with the result.
  void DeleteUserAsync(DeleteUserRequest request, DeleteUserHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::DeleteUser);
  }
  /// The handler of `GlobalSignOutAsync`: `(provider, request, result)`.
  using GlobalSignOutHandler = Handler<GlobalSignOutRequest, GlobalSignOutResponse>;
  /// Starts `GlobalSignOut` on another thread; the future holds its result.
  std::future<StatusOr<GlobalSignOutResponse>> GlobalSignOutCallable(GlobalSignOutRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::GlobalSignOut);
  }
  /// Starts `GlobalSignOut` on another thread and calls `handler` with the result.
  void GlobalSignOutAsync(GlobalSignOutRequest request, GlobalSignOutHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::GlobalSignOut);
  }
  /// The handler of `AdminUserGlobalSignOutAsync`: `(provider, request, result)`.
  using AdminUserGlobalSignOutHandler =
      Handler<AdminUserGlobalSignOutRequest, AdminUserGlobalSignOutResponse>;
  /// Starts `AdminUserGlobalSignOut` on another thread; the future holds its result.
  std::future<StatusOr<AdminUserGlobalSignOutResponse>> AdminUserGlobalSignOutCallable(
      AdminUserGlobalSignOutRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminUserGlobalSignOut);
  }
  /// Starts `AdminUserGlobalSignOut` on another thread and calls `handler` with the result.
  void AdminUserGlobalSignOutAsync(AdminUserGlobalSignOutRequest request,
                                   AdminUserGlobalSignOutHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminUserGlobalSignOut);
  }
  /// The handler of `RevokeTokenAsync`: `(provider, request, result)`.
  using RevokeTokenHandler = Handler<RevokeTokenRequest, RevokeTokenResponse>;
  /// Starts `RevokeToken` on another thread; the future holds its result.
  std::future<StatusOr<RevokeTokenResponse>> RevokeTokenCallable(RevokeTokenRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::RevokeToken);
  }
  /// Starts `RevokeToken` on another thread and calls `handler` with the result.
  void RevokeTokenAsync(RevokeTokenRequest request, RevokeTokenHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::RevokeToken);
  }
  /// The handler of `CreateGroupAsync`: `(provider, request, result)`.
  using CreateGroupHandler = Handler<CreateGroupRequest, CreateGroupResponse>;
  /// Starts `CreateGroup` on another thread; the future holds its result.
  std::future<StatusOr<CreateGroupResponse>> CreateGroupCallable(CreateGroupRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::CreateGroup);
  }
  /// Starts `CreateGroup` on another thread and calls `handler` with the result.
  void CreateGroupAsync(CreateGroupRequest request, CreateGroupHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::CreateGroup);
  }
  /// The handler of `GetGroupAsync`: `(provider, request, result)`.
  using GetGroupHandler = Handler<GetGroupRequest, GetGroupResponse>;
  /// Starts `GetGroup` on another thread; the future holds its result.
  std::future<StatusOr<GetGroupResponse>> GetGroupCallable(GetGroupRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::GetGroup);
  }
  /// Starts `GetGroup` on another thread and calls `handler` with the result.
  void GetGroupAsync(GetGroupRequest request, GetGroupHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::GetGroup);
  }
  /// The handler of `ListGroupsAsync`: `(provider, request, result)`.
  using ListGroupsHandler = Handler<ListGroupsRequest, ListGroupsResponse>;
  /// Starts `ListGroups` on another thread; the future holds its result.
  std::future<StatusOr<ListGroupsResponse>> ListGroupsCallable(ListGroupsRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::ListGroups);
  }
  /// Starts `ListGroups` on another thread and calls `handler` with the result.
  void ListGroupsAsync(ListGroupsRequest request, ListGroupsHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::ListGroups);
  }
  /// The handler of `UpdateGroupAsync`: `(provider, request, result)`.
  using UpdateGroupHandler = Handler<UpdateGroupRequest, UpdateGroupResponse>;
  /// Starts `UpdateGroup` on another thread; the future holds its result.
  std::future<StatusOr<UpdateGroupResponse>> UpdateGroupCallable(UpdateGroupRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::UpdateGroup);
  }
  /// Starts `UpdateGroup` on another thread and calls `handler` with the result.
  void UpdateGroupAsync(UpdateGroupRequest request, UpdateGroupHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::UpdateGroup);
  }
  /// The handler of `DeleteGroupAsync`: `(provider, request, result)`.
  using DeleteGroupHandler = Handler<DeleteGroupRequest, DeleteGroupResponse>;
  /// Starts `DeleteGroup` on another thread; the future holds its result.
  std::future<StatusOr<DeleteGroupResponse>> DeleteGroupCallable(DeleteGroupRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::DeleteGroup);
  }
  /// Starts `DeleteGroup` on another thread and calls `handler` with the result.
  void DeleteGroupAsync(DeleteGroupRequest request, DeleteGroupHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::DeleteGroup);
  }
  /// The handler of `AdminAddUserToGroupAsync`: `(provider, request, result)`.
  using AdminAddUserToGroupHandler =
      Handler<AdminAddUserToGroupRequest, AdminAddUserToGroupResponse>;
  /// Starts `AdminAddUserToGroup` on another thread; the future holds its result.
  std::future<StatusOr<AdminAddUserToGroupResponse>> AdminAddUserToGroupCallable(
      AdminAddUserToGroupRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminAddUserToGroup);
  }
  /// Starts `AdminAddUserToGroup` on another thread and calls `handler` with the result.
  void AdminAddUserToGroupAsync(AdminAddUserToGroupRequest request,
                                AdminAddUserToGroupHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminAddUserToGroup);
  }
  /// The handler of `AdminRemoveUserFromGroupAsync`: `(provider, request, result)`.
  using AdminRemoveUserFromGroupHandler =
      Handler<AdminRemoveUserFromGroupRequest, AdminRemoveUserFromGroupResponse>;
  /// Starts `AdminRemoveUserFromGroup` on another thread; the future holds its result.
  std::future<StatusOr<AdminRemoveUserFromGroupResponse>> AdminRemoveUserFromGroupCallable(
      AdminRemoveUserFromGroupRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminRemoveUserFromGroup);
  }
  /// Starts `AdminRemoveUserFromGroup` on another thread and calls `handler` with the result.
  void AdminRemoveUserFromGroupAsync(AdminRemoveUserFromGroupRequest request,
                                     AdminRemoveUserFromGroupHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminRemoveUserFromGroup);
  }
  /// The handler of `AdminListGroupsForUserAsync`: `(provider, request, result)`.
  using AdminListGroupsForUserHandler =
      Handler<AdminListGroupsForUserRequest, AdminListGroupsForUserResponse>;
  /// Starts `AdminListGroupsForUser` on another thread; the future holds its result.
  std::future<StatusOr<AdminListGroupsForUserResponse>> AdminListGroupsForUserCallable(
      AdminListGroupsForUserRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminListGroupsForUser);
  }
  /// Starts `AdminListGroupsForUser` on another thread and calls `handler` with the result.
  void AdminListGroupsForUserAsync(AdminListGroupsForUserRequest request,
                                   AdminListGroupsForUserHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AdminListGroupsForUser);
  }
  /// The handler of `ListUsersInGroupAsync`: `(provider, request, result)`.
  using ListUsersInGroupHandler = Handler<ListUsersInGroupRequest, ListUsersInGroupResponse>;
  /// Starts `ListUsersInGroup` on another thread; the future holds its result.
  std::future<StatusOr<ListUsersInGroupResponse>> ListUsersInGroupCallable(
      ListUsersInGroupRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::ListUsersInGroup);
  }
  /// Starts `ListUsersInGroup` on another thread and calls `handler` with the result.
  void ListUsersInGroupAsync(ListUsersInGroupRequest request, ListUsersInGroupHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::ListUsersInGroup);
  }
  /// The handler of `SetUserPoolMfaConfigAsync`: `(provider, request, result)`.
  using SetUserPoolMfaConfigHandler =
      Handler<SetUserPoolMfaConfigRequest, SetUserPoolMfaConfigResponse>;
  /// Starts `SetUserPoolMfaConfig` on another thread; the future holds its result.
  std::future<StatusOr<SetUserPoolMfaConfigResponse>> SetUserPoolMfaConfigCallable(
      SetUserPoolMfaConfigRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::SetUserPoolMfaConfig);
  }
  /// Starts `SetUserPoolMfaConfig` on another thread and calls `handler` with the result.
  void SetUserPoolMfaConfigAsync(SetUserPoolMfaConfigRequest request,
                                 SetUserPoolMfaConfigHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::SetUserPoolMfaConfig);
  }
  /// The handler of `GetUserPoolMfaConfigAsync`: `(provider, request, result)`.
  using GetUserPoolMfaConfigHandler =
      Handler<GetUserPoolMfaConfigRequest, GetUserPoolMfaConfigResponse>;
  /// Starts `GetUserPoolMfaConfig` on another thread; the future holds its result.
  std::future<StatusOr<GetUserPoolMfaConfigResponse>> GetUserPoolMfaConfigCallable(
      GetUserPoolMfaConfigRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::GetUserPoolMfaConfig);
  }
  /// Starts `GetUserPoolMfaConfig` on another thread and calls `handler` with the result.
  void GetUserPoolMfaConfigAsync(GetUserPoolMfaConfigRequest request,
                                 GetUserPoolMfaConfigHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::GetUserPoolMfaConfig);
  }
  /// The handler of `AssociateSoftwareTokenAsync`: `(provider, request, result)`.
  using AssociateSoftwareTokenHandler =
      Handler<AssociateSoftwareTokenRequest, AssociateSoftwareTokenResponse>;
  /// Starts `AssociateSoftwareToken` on another thread; the future holds its result.
  std::future<StatusOr<AssociateSoftwareTokenResponse>> AssociateSoftwareTokenCallable(
      AssociateSoftwareTokenRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AssociateSoftwareToken);
  }
  /// Starts `AssociateSoftwareToken` on another thread and calls `handler` with the result.
  void AssociateSoftwareTokenAsync(AssociateSoftwareTokenRequest request,
                                   AssociateSoftwareTokenHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::AssociateSoftwareToken);
  }
  /// The handler of `VerifySoftwareTokenAsync`: `(provider, request, result)`.
  using VerifySoftwareTokenHandler =
      Handler<VerifySoftwareTokenRequest, VerifySoftwareTokenResponse>;
  /// Starts `VerifySoftwareToken` on another thread; the future holds its result.
  std::future<StatusOr<VerifySoftwareTokenResponse>> VerifySoftwareTokenCallable(
      VerifySoftwareTokenRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::VerifySoftwareToken);
  }
  /// Starts `VerifySoftwareToken` on another thread and calls `handler` with the result.
  void VerifySoftwareTokenAsync(VerifySoftwareTokenRequest request,
                                VerifySoftwareTokenHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::VerifySoftwareToken);
  }
  /// The handler of `SetUserMFAPreferenceAsync`: `(provider, request, result)`.
  using SetUserMFAPreferenceHandler =
      Handler<SetUserMFAPreferenceRequest, SetUserMFAPreferenceResponse>;
  /// Starts `SetUserMFAPreference` on another thread; the future holds its result.
  std::future<StatusOr<SetUserMFAPreferenceResponse>> SetUserMFAPreferenceCallable(
      SetUserMFAPreferenceRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::SetUserMFAPreference);
  }
  /// Starts `SetUserMFAPreference` on another thread and calls `handler` with the result.
  void SetUserMFAPreferenceAsync(SetUserMFAPreferenceRequest request,
                                 SetUserMFAPreferenceHandler handler) {
    StartAsync(std::move(request), std::move(handler), &IdentityProvider::SetUserMFAPreference);
  }
  /// The handler of `AdminSetUserMFAPreferenceAsync`: `(provider, request, result)`.
  using AdminSetUserMFAPreferenceHandler =
      Handler<AdminSetUserMFAPreferenceRequest, AdminSetUserMFAPreferenceResponse>;
  /// Starts `AdminSetUserMFAPreference` on another thread; the future holds its result.
  std::future<StatusOr<AdminSetUserMFAPreferenceResponse>> AdminSetUserMFAPreferenceCallable(
      AdminSetUserMFAPreferenceRequest request) {
    return StartCallable(std::move(request), &IdentityProvider::AdminSetUserMFAPreference);
  }
  /// Starts `AdminSetUserMFAPreference` on another thread and calls `handler` with the result.
  void AdminSetUserMFAPreferenceAsync(AdminSetUserMFAPreferenceRequest request,
                                      AdminSetUserMFAPreferenceHandler handler) {
    StartAsync(std::move(request), std::move(handler),
               &IdentityProvider::AdminSetUserMFAPreference);
  }
  // END GENERATED operations

 private:
  // Runs `(provider_.*method)(request)` on another thread; the future holds the result.
  template <typename Request, typename Response>
  std::future<StatusOr<Response>> StartCallable(
      Request request, StatusOr<Response> (IdentityProvider::*method)(const Request&)) {
    auto promise = std::make_shared<std::promise<StatusOr<Response>>>();
    auto result = promise->get_future();
    Start([this, promise, method, request = std::move(request)] {
      promise->set_value((provider_.*method)(request));
    });
    return result;
  }
  // Runs `(provider_.*method)(request)` on another thread, then `handler`.
  template <typename Request, typename Response>
  void StartAsync(Request request, Handler<Request, Response> handler,
                  StatusOr<Response> (IdentityProvider::*method)(const Request&)) {
    Start([this, method, request = std::move(request), handler = std::move(handler)] {
      const StatusOr<Response> result = (provider_.*method)(request);
      if (handler) handler(provider_, request, result);
    });
  }

  void Start(std::function<void()> work) {
    std::shared_future<void> call = std::async(std::launch::async, std::move(work)).share();
    std::lock_guard<std::mutex> lock(mu_);
    pending_.push_back(std::move(call));
  }

  IdentityProvider& provider_;
  std::mutex mu_;
  std::vector<std::shared_future<void>> pending_;
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_ASYNC_H_
