#ifndef COGNITO_FAKE_AWS_SDK_IDENTITY_PROVIDER_H_
#define COGNITO_FAKE_AWS_SDK_IDENTITY_PROVIDER_H_

/// @file
/// `AwsSdkIdentityProvider`: the production implementation of
/// `IdentityProvider`, over aws-sdk-cpp's `CognitoIdentityProviderClient`.
/// An app written against `IdentityProvider` uses this class against real
/// Cognito and a `FakeIdentityProvider` in its tests.
///
/// Part of the `cognito_fake::aws_sdk` component, built when aws-sdk-cpp's
/// cognito-idp client is found.

#include <aws/core/auth/AWSCredentialsProvider.h>
#include <aws/core/client/ClientConfiguration.h>
#include <cognito_fake/wire_client.h>

#include <memory>

namespace Aws {
namespace CognitoIdentityProvider {
class CognitoIdentityProviderClient;
}  // namespace CognitoIdentityProvider
}  // namespace Aws

namespace cognito_fake {
namespace aws_sdk {

namespace internal {
class JsonCallingClient;
}  // namespace internal

/// `IdentityProvider` over an aws-sdk-cpp `CognitoIdentityProviderClient`.
///
/// One generic path serves every operation: the request is written as AWS
/// JSON 1.1 by cognito_fake's wire codec, sent by the SDK client (its
/// endpoint resolution, SigV4 signing with the configured credentials, HTTP
/// client and retry strategy; the operations AWS documents as public, such
/// as InitiateAuth and ForgotPassword, are sent unsigned as the SDK sends
/// them), and the answer is read by the codec. A Cognito error becomes a
/// `Status` with its `ErrorCode` and AWS's message; an error the SDK raises
/// itself (no network, a bad endpoint, an unknown exception name) becomes
/// `ErrorCode::kInternalError` with the SDK's name and message.
///
/// Needs `Aws::InitAPI` (or `AwsSdkApi`) before construction; thread-safe as
/// the SDK client is.
class AwsSdkIdentityProvider : public WireClient {
 public:
  /// A client with `configuration` and the SDK's default credentials chain
  /// (environment, profile files, container and instance roles).
  explicit AwsSdkIdentityProvider(const Aws::Client::ClientConfiguration& configuration);
  /// A client with `configuration`, signing with `credentials`.
  AwsSdkIdentityProvider(std::shared_ptr<Aws::Auth::AWSCredentialsProvider> credentials,
                         const Aws::Client::ClientConfiguration& configuration);
  ~AwsSdkIdentityProvider() override;

  /// The SDK client the calls go through, for the operations
  /// `IdentityProvider` does not declare.
  Aws::CognitoIdentityProvider::CognitoIdentityProviderClient& client();

 private:
  explicit AwsSdkIdentityProvider(std::shared_ptr<internal::JsonCallingClient> client);

  std::shared_ptr<internal::JsonCallingClient> client_;
};

}  // namespace aws_sdk
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_AWS_SDK_IDENTITY_PROVIDER_H_
