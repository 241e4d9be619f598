#ifndef COGNITO_FAKE_WIRE_H_
#define COGNITO_FAKE_WIRE_H_

/// @file
/// The AWS JSON 1.1 protocol of cognito-idp over any `IdentityProvider`:
/// `X-Amz-Target` + JSON body in, HTTP status + JSON body + headers out,
/// exactly as real Cognito answers. No JSON library appears in this header.

#include <cognito_fake/identity_provider.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cognito_fake {

/// How the dispatcher answers where real Cognito's behaviour has options.
struct WireOptions {
  /// Bodies larger than this are refused with `SerializationException`
  /// before parsing. AWS's own limit is not documented; 1 MiB is generous.
  std::size_t max_body_bytes = 1 << 20;
  /// Refuse members the model does not define (`SerializationException`).
  /// Off by default: AWS ignores them, as the SDKs do in responses.
  bool reject_unknown_members = false;
  /// Answer with the HTTP status the Smithy model declares (403, 404, 429
  /// ...) instead of the 400 real Cognito sends for every client error.
  bool use_model_http_status = false;
  /// Seed of the `x-amzn-RequestId` sequence.
  std::uint64_t request_id_seed = 0;
};

/// One HTTP answer.
struct WireResponse {
  /// 200, 400 or 500 (see `WireOptions::use_model_http_status`).
  int status = 200;
  /// The JSON body: the output shape, or `{"__type": ..., "message": ...}`.
  std::string body;
  /// `Content-Type`, `x-amzn-RequestId` and, on errors, `x-amzn-ErrorType`.
  std::vector<std::pair<std::string, std::string>> headers;

  /// The value of header `name` (case-insensitive), or "" when absent.
  std::string Header(std::string_view name) const;
};

/// Turns AWS JSON 1.1 requests into typed calls on a provider and typed
/// results into AWS JSON 1.1 responses. Thread-safe when the provider is.
class WireDispatcher {
 public:
  /// The prefix of every cognito-idp `X-Amz-Target`.
  static constexpr std::string_view kTargetPrefix = "AWSCognitoIdentityProviderService.";

  /// Dispatches to `provider`, which must outlive the dispatcher.
  explicit WireDispatcher(IdentityProvider& provider, WireOptions options = {});

  /// Handles one request. `target` is the `X-Amz-Target` header value
  /// (`AWSCognitoIdentityProviderService.ForgotPassword`); `body` the raw
  /// request body (empty means `{}`).
  WireResponse Dispatch(std::string_view target, std::string_view body);

  /// The error response AWS sends for `status` (which must not be OK).
  WireResponse ErrorResponse(const Status& status);

 private:
  std::string NextRequestId();

  IdentityProvider& provider_;
  WireOptions options_;
  std::atomic<std::uint64_t> request_counter_{0};
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_WIRE_H_
