#ifndef COGNITO_FAKE_WIRE_H_
#define COGNITO_FAKE_WIRE_H_

/// @file
/// The AWS JSON 1.1 protocol of cognito-idp over any `IdentityProvider`:
/// `X-Amz-Target` + JSON body in, HTTP status + JSON body + headers out,
/// exactly as real Cognito answers. No JSON library appears in this header.

#include <cognito_fake/clock.h>
#include <cognito_fake/iam.h>
#include <cognito_fake/identity_provider.h>

#include <atomic>
#include <chrono>
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

  /// How HTTP requests (`Dispatch(const WireHttpRequest&)`) to the IAM
  /// operations are authenticated; see iam.h. Calls of
  /// `Dispatch(target, body)` carry no HTTP request and are never checked.
  WireAuthMode auth = WireAuthMode::kSigned;
  /// `kVerify`: the access keys and their policies. Must outlive the
  /// dispatcher; nullptr knows no key (every signed request is refused).
  const IamRegistry* iam = nullptr;
  /// The endpoint's region: the credential scope must name it (`kVerify`),
  /// and pool ARNs in IAM decisions use it. Empty: the scope's region.
  std::string region;
  /// `kVerify`: the clock `X-Amz-Date` must be within `max_clock_skew` of,
  /// and session tokens expire on; it also dates the `Date` response header
  /// then (AWS SDKs correct their clock from it). In the other modes `Date`
  /// is the system clock's. nullptr: the system clock. Must outlive the
  /// dispatcher.
  const FakeClock* clock = nullptr;
  /// How far `X-Amz-Date` may be from the clock (AWS: 5 minutes).
  std::chrono::seconds max_clock_skew{300};
};

/// One HTTP request as an endpoint received it: what authentication reads.
struct WireHttpRequest {
  /// Header names as received (any case) with their values.
  using Headers = std::vector<std::pair<std::string, std::string>>;
  /// The method, `POST` for every cognito-idp operation.
  std::string method = "POST";
  /// The path, `/`.
  std::string path = "/";
  /// The raw query string (without `?`), empty for cognito-idp.
  std::string query;
  /// Every header, repeats included, `X-Amz-Target` among them.
  Headers headers;
  /// The raw body.
  std::string body;

  /// The first value of header `name` (case-insensitive), or "" when absent.
  std::string Header(std::string_view name) const;
  /// True when header `name` (case-insensitive) is present.
  bool HasHeader(std::string_view name) const;
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

  /// Handles one HTTP request: routes on its `X-Amz-Target` header, then,
  /// for an operation that needs IAM credentials, authenticates it as
  /// `WireOptions::auth` says (SigV4; in `kVerify` also the identity's
  /// policies) before `Dispatch(target, body)` would run. A refused request
  /// changes nothing and gets AWS's error (iam-behavior.md §3, §4).
  WireResponse Dispatch(const WireHttpRequest& request);

  /// The error response AWS sends for `status` (which must not be OK).
  WireResponse ErrorResponse(const Status& status);

 private:
  std::string NextRequestId();
  WireResponse Route(std::string_view target, std::string_view body, const WireHttpRequest* http);

  IdentityProvider& provider_;
  WireOptions options_;
  std::atomic<std::uint64_t> request_counter_{0};
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_WIRE_H_
