#ifndef COGNITO_FAKE_WIRE_CLIENT_H_
#define COGNITO_FAKE_WIRE_CLIENT_H_

/// @file
/// An `IdentityProvider` that speaks AWS JSON 1.1: each call is serialised
/// as an AWS SDK would, sent through a transport (in-process to a
/// `WireDispatcher`, or over HTTP to a loopback endpoint), and the answer is
/// parsed back, errors included. Lets one test suite run unchanged against a
/// fake directly and through the wire.

#include <cognito_fake/identity_provider.h>
#include <cognito_fake/operation.h>
#include <cognito_fake/wire.h>

#include <functional>
#include <string_view>

namespace cognito_fake {

/// Sends one request (`X-Amz-Target`, JSON body) and returns the answer.
using WireTransport = std::function<WireResponse(std::string_view target, std::string_view body)>;

/// A transport that hands requests to `dispatcher` in-process.
WireTransport InProcessTransport(WireDispatcher& dispatcher);

/// `IdentityProvider` over a `WireTransport`.
class WireClient : public IdentityProvider {
 public:
  /// Sends every call through `transport`.
  explicit WireClient(WireTransport transport);

#define COGNITO_FAKE_DECLARE_WIRE_OVERRIDE(Name) \
  StatusOr<Name##Response> Name(const Name##Request& request) override;
  /// @cond
  COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_DECLARE_WIRE_OVERRIDE)
  /// @endcond
#undef COGNITO_FAKE_DECLARE_WIRE_OVERRIDE

 private:
  WireTransport transport_;
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_WIRE_CLIENT_H_
