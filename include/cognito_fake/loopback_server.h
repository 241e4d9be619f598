#ifndef COGNITO_FAKE_LOOPBACK_SERVER_H_
#define COGNITO_FAKE_LOOPBACK_SERVER_H_

/// @file
/// An HTTP endpoint speaking AWS JSON 1.1 over any `IdentityProvider`
/// (target `cognito_fake::server`), so aws-sdk-cpp (`endpointOverride`),
/// boto3 (`endpoint_url`) and the AWS CLI (`--endpoint-url`) can talk to a
/// fake. `POST /` routes on `X-Amz-Target`; requests to the operations that
/// need IAM credentials are authenticated as `WireOptions::auth` says (by
/// default they must be SigV4-signed, with any keys; see iam.h).
///
/// Served over a `FakeIdentityProvider`, it also answers test-control
/// routes under `/_cognito_fake/`:
///
// clang-format off
/// | Route | What it does |
/// |---|---|
/// | `GET /_cognito_fake/messages` | The outbox as a JSON array, oldest first (`?drain=true` empties it); the `X-Cognito-Fake-Dropped` header counts the messages its capacity let go |
/// | `GET /_cognito_fake/code?UserPoolId=..&Username=..` | `{"Code": "..."}`, the last code sent to the user |
/// | `POST /_cognito_fake/reset` | Restores the state the server started with |
/// | `GET /_cognito_fake/state`, `PUT /_cognito_fake/state` | Export / import the whole state (fake_state.h) |
/// | `POST /_cognito_fake/clock?advance_seconds=N` | Advances the fake clock, then forgets what ended meanwhile (`FakeIdentityProvider::SweepExpired`); answers `{"Now": seconds}` |
/// | `PUT /_cognito_fake/faults` | Adds a fault plan (fault_plan.h); with `LoopbackServerOptions::faults` |
/// | `DELETE /_cognito_fake/faults` | Removes every rule and stops quota emulation |
/// | `GET /_cognito_fake/journal` | The fault injector's journal as JSON; `X-Cognito-Fake-Dropped` as for messages |
/// | `PUT /_cognito_fake/iam` | Adds the identities of an IAM document (iam.h); with `LoopbackServerOptions::iam` |
// clang-format on

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fault_injector.h>
#include <cognito_fake/identity_provider.h>
#include <cognito_fake/status.h>
#include <cognito_fake/wire.h>
#include <cognito_fake/wire_client.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace cognito_fake {

/// Where and how a `LoopbackServer` listens.
struct LoopbackServerOptions {
  /// Interface to bind. The default keeps the fake off the network.
  std::string host = "127.0.0.1";
  /// Port; 0 picks a free ephemeral port (see `LoopbackServer::port()`).
  int port = 0;
  /// Protocol choices of the dispatcher.
  WireOptions wire;
  /// Called with every message the fake sends (server over a fake only),
  /// e.g. to print it. Runs on the request's thread.
  std::function<void(const Message&)> on_message;
  /// Server over a fake only: a `FaultInjector` wrapping that fake. Requests
  /// then go through it, and `/_cognito_fake/faults` installs plans.
  FaultInjector* faults = nullptr;
  /// Server over a fake only: the access keys and policies that
  /// `WireAuthMode::kVerify` checks (unless `wire.iam` names others);
  /// `PUT /_cognito_fake/iam` adds an IAM document (iam.h) to it. Must
  /// outlive the server.
  IamRegistry* iam = nullptr;
  /// Server over a fake only: called after each request that may have
  /// changed the fake's state (every `POST /`, `POST /_cognito_fake/reset`,
  /// `PUT /_cognito_fake/state`, `POST /_cognito_fake/clock` and `GET
  /// /_cognito_fake/messages?drain=true`), before its response is sent, one
  /// call at a time; requests that finish while a call runs are covered by
  /// the next one, which starts after their changes (one call saves them
  /// all). A non-OK status replaces the response with a 500
  /// `InternalErrorException` carrying its message: the change was made but
  /// not saved. cognito-fake-server's `--data FILE` saves the state here.
  std::function<Status()> after_change;
};

/// A running endpoint. Stops when destroyed.
class LoopbackServer {
 public:
  /// Starts serving `provider` (which must outlive the server).
  static StatusOr<std::unique_ptr<LoopbackServer>> Start(IdentityProvider& provider,
                                                         LoopbackServerOptions options = {});
  /// Starts serving `fake` with the `/_cognito_fake/` control routes;
  /// `/_cognito_fake/reset` returns to the state `fake` has now. Unless
  /// `options.wire` names them, signatures are scoped to the fake's region
  /// and checked on its clock, against `options.iam`.
  static StatusOr<std::unique_ptr<LoopbackServer>> Start(FakeIdentityProvider& fake,
                                                         LoopbackServerOptions options = {});
  ~LoopbackServer();
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;

  /// `http://<host>:<port>`, for `endpoint_url` / `endpointOverride`.
  std::string url() const;
  /// The bound port.
  int port() const;
  /// Stops accepting and waits for the serving thread. Idempotent.
  void Stop();

  class Impl;

 private:
  explicit LoopbackServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// How `HttpTransport` signs its requests.
struct HttpTransportOptions {
  /// The keys the IAM operations are signed with (SigV4, as an AWS SDK
  /// signs them); public operations go unsigned. `std::nullopt` sends
  /// everything unsigned, as aws-sdk-cpp does when it finds no credentials.
  /// The default, AWS's example keys, passes `WireAuthMode::kSigned`.
  std::optional<AwsCredentials> credentials = AwsCredentials::Example();
  /// The region of the credential scope.
  std::string region = "us-east-1";
  /// The clock requests are dated on (`X-Amz-Date`); nullptr: the system
  /// clock. Give the fake's clock when the endpoint verifies signatures on
  /// it and a test moves it, as SDKs that correct their clock would.
  const FakeClock* clock = nullptr;
};

/// A `WireTransport` posting to `url` (e.g. `LoopbackServer::url()`) with a
/// kept-alive connection, as an AWS SDK would, signing as `options` says.
/// Thread-safe: concurrent calls are serialised on the connection.
WireTransport HttpTransport(const std::string& url, HttpTransportOptions options = {});

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_LOOPBACK_SERVER_H_
