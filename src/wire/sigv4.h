#ifndef COGNITO_FAKE_SRC_WIRE_SIGV4_H_
#define COGNITO_FAKE_SRC_WIRE_SIGV4_H_

// AWS Signature Version 4 for cognito-idp's JSON 1.1 POSTs: the canonical
// request, string to sign and signing key of AWS's "Create a signed AWS API
// request" (iam-behavior.md §2.2), the checks AWS's front end makes before
// Cognito sees a request, in its order (§3.2), and the signer our own HTTP
// client uses. HMAC and SHA-256 come from OpenSSL (internal/crypto.h).

#include <cognito_fake/iam.h>
#include <cognito_fake/model_types.h>
#include <cognito_fake/status.h>
#include <cognito_fake/wire.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cognito_fake {
namespace wire {

// The signing name of cognito-idp (the model has no `signingName`).
inline constexpr std::string_view kSigningService = "cognito-idp";

// `20260115T120000Z`: ISO 8601 basic format, UTC, as `X-Amz-Date` carries it.
std::string FormatAmzDate(Timestamp time);
// The time of an `X-Amz-Date` value; nullopt unless it is exactly
// `YYYYMMDDTHHMMSSZ` with a valid date and time.
std::optional<Timestamp> ParseAmzDate(std::string_view text);
// `Thu, 15 Jan 2026 12:00:00 GMT` (RFC 7231 IMF-fixdate), for `Date`.
std::string FormatHttpDate(Timestamp time);

// The canonical request over exactly `signed_headers` (lower-case names in
// the order given), each header's values as received, trimmed and with
// inner runs of spaces collapsed, repeats joined by ','.
std::string CanonicalRequest(std::string_view method, std::string_view path, std::string_view query,
                             const WireHttpRequest::Headers& headers,
                             const std::vector<std::string>& signed_headers,
                             std::string_view payload_hash);
// hex(HMAC(kSigning, string to sign)) for `secret` and the scope's parts.
std::string Signature(std::string_view secret, std::string_view date, std::string_view region,
                      std::string_view service, std::string_view amz_date,
                      std::string_view canonical_request);

// Adds `X-Amz-Date`, `X-Amz-Security-Token` (temporary credentials) and
// `Authorization` to `headers`, signing every header already in it (which
// must include `Host`) over the payload hash an `X-Amz-Content-Sha256`
// among them states, else the body's, as an SDK does. For our own HTTP
// client and tests.
void SignRequest(WireHttpRequest::Headers& headers, std::string_view body,
                 const AwsCredentials& credentials, std::string_view region, Timestamp now);

// What authentication needs besides the request.
struct AuthContext {
  WireAuthMode mode = WireAuthMode::kSigned;
  // kVerify: the access keys. nullptr: none is known.
  const IamRegistry* registry = nullptr;
  // The endpoint's region, which the credential scope must name (kVerify).
  std::string_view region;
  // Now, on the clock the `X-Amz-Date` window and token expiry use.
  Timestamp now;
  std::chrono::seconds max_skew{300};
};

// Who signed a request that passed authentication.
struct Authenticated {
  // kVerify: the identity whose key signed it; nullopt in kSigned.
  std::optional<IamIdentity> identity;
  // The region of the credential scope.
  std::string region;
};

// Authenticates an HTTP request to an IAM operation as AWS's front end does
// (iam-behavior.md §3.2, steps 2 to 13): the first failing step's error,
// with AWS's text. kSigned stops after the header's shape and scope.
StatusOr<Authenticated> Authenticate(const WireHttpRequest& request, const AuthContext& context);

}  // namespace wire
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_WIRE_SIGV4_H_
