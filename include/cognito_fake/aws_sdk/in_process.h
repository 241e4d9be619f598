#ifndef COGNITO_FAKE_AWS_SDK_IN_PROCESS_H_
#define COGNITO_FAKE_AWS_SDK_IN_PROCESS_H_

/// @file
/// aws-sdk-cpp's own `CognitoIdentityProviderClient`, pointed at a fake in
/// the same process: an `Aws::Http::HttpClientFactory` whose clients hand
/// each request, serialised and signed by the SDK, to the fake's
/// `WireDispatcher`, and give its answer back to the SDK as an HTTP response.
/// No socket is opened and no thread is started: the SDK's serialisation,
/// signing, error mapping and response parsing all run, on the caller's
/// thread.
///
/// @code
/// // Once per process, before any SDK client is made (e.g. in main or a
/// // GoogleTest environment, see cognito_fake/aws_sdk/mock_client.h):
/// cognito_fake::aws_sdk::AwsSdkApi sdk;
///
/// cognito_fake::FakeIdentityProvider fake;
/// cognito_fake::aws_sdk::InProcessEndpoint endpoint(fake);
/// Aws::CognitoIdentityProvider::CognitoIdentityProviderClient client(
///     endpoint.Credentials(), endpoint.ClientConfiguration());
/// auto outcome = client.AdminResetUserPassword(request);  // reaches `fake`
/// @endcode
///
/// Part of the `cognito_fake::aws_sdk` component, built when aws-sdk-cpp's
/// cognito-idp client is found.

#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentials.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/core/http/HttpClientFactory.h>
#include <cognito_fake/identity_provider.h>
#include <cognito_fake/wire.h>
#include <cognito_fake/wire_client.h>

#include <memory>
#include <string>

namespace cognito_fake {
namespace aws_sdk {

/// An `Aws::Http::HttpClientFactory` whose HTTP clients deliver each request
/// to the `InProcessEndpoint` registered for the request's host, in-process.
/// A request to a host with no endpoint fails as a network error
/// (`Aws::Client::CoreErrors::NETWORK_CONNECTION`) naming the host; nothing
/// is ever sent over the network. Install it with `AwsSdkApi`, or yourself
/// through `Aws::SDKOptions::httpOptions.httpClientFactory_create_fn`.
std::shared_ptr<Aws::Http::HttpClientFactory> MakeInProcessHttpClientFactory();

/// Initialises aws-sdk-cpp for the life of the object (`Aws::InitAPI`), with
/// the in-process HTTP client factory, and shuts it down
/// (`Aws::ShutdownAPI`) when destroyed. Make one per process, before any SDK
/// client, and destroy it after the last one; the SDK does not support
/// initialising it twice at the same time.
class AwsSdkApi {
 public:
  /// Calls `Aws::InitAPI(options)` after setting
  /// `options.httpOptions.httpClientFactory_create_fn` to the in-process
  /// factory. The rest of `options` (logging, crypto) is the caller's.
  explicit AwsSdkApi(Aws::SDKOptions options = {});
  /// Calls `Aws::ShutdownAPI` with the options it was initialised with.
  ~AwsSdkApi();
  AwsSdkApi(const AwsSdkApi&) = delete;
  AwsSdkApi& operator=(const AwsSdkApi&) = delete;

 private:
  Aws::SDKOptions options_;
};

/// A fake reachable by the SDK's in-process HTTP clients under its own host
/// (`cognito-fake-<n>.invalid` by default: `.invalid` names never resolve,
/// so a client that tried the network could not reach it). Several
/// endpoints, each for its own fake, may live in one process. The endpoint
/// is registered from construction to destruction; it must outlive the
/// calls made through it, and the provider must outlive the endpoint.
/// Thread-safe when the provider is.
class InProcessEndpoint {
 public:
  /// Serves `provider` through its own `WireDispatcher` with `options`: the
  /// SDK's signed requests are authenticated as `options.auth` says.
  explicit InProcessEndpoint(IdentityProvider& provider, WireOptions options = {});
  /// Serves every request with `handler` (`X-Amz-Target`, body) → answer.
  /// For tests that want to see or alter the exchange.
  explicit InProcessEndpoint(WireTransport handler);
  /// Unregisters the host.
  ~InProcessEndpoint();
  InProcessEndpoint(const InProcessEndpoint&) = delete;
  InProcessEndpoint& operator=(const InProcessEndpoint&) = delete;

  /// The endpoint's URL, `http://<host>`, for `ClientConfiguration::endpointOverride`.
  const std::string& url() const { return url_; }

  /// A configuration for a client of this endpoint: `endpointOverride` set
  /// to `url()`, region `us-east-1` (or `region`), retries off (a
  /// `DefaultRetryStrategy` with no retries, so that one call reaches the
  /// fake once even when it answers TooManyRequests or LimitExceeded), and
  /// instance-metadata look-ups disabled. Needs `AwsSdkApi` (or
  /// `Aws::InitAPI`) first.
  Aws::Client::ClientConfiguration ClientConfiguration(
      const std::string& region = "us-east-1") const;

  /// Fixed example credentials (AWS's documented example access key,
  /// `AwsCredentials::Example()`): the dispatcher's default
  /// `WireAuthMode::kSigned` accepts any well-formed signature, and fixed
  /// credentials keep the SDK from looking for real ones in the
  /// environment, files or instance metadata. In `kVerify` mode, sign with
  /// keys registered in `WireOptions::iam` instead.
  static Aws::Auth::AWSCredentials Credentials();

 private:
  std::unique_ptr<WireDispatcher> dispatcher_;
  std::string host_;
  std::string url_;
};

}  // namespace aws_sdk
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_AWS_SDK_IN_PROCESS_H_
