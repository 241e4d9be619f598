#include <cognito_fake/fake_state.h>
#include <cognito_fake/fault_plan.h>
#include <cognito_fake/loopback_server.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <thread>

#include "internal/messages.h"
#include "wire/json_codec.h"
#include "wire/sigv4.h"
#include "wire/state_fields.h"

namespace cognito_fake {
namespace {

using wire::Json;

constexpr char kJsonContentType[] = "application/json";

void Reply(httplib::Response& http, const WireResponse& response) {
  http.status = response.status;
  std::string content_type = "application/x-amz-json-1.1";
  for (const auto& [name, value] : response.headers) {
    if (name == "Content-Type") {
      content_type = value;
    } else {
      http.set_header(name, value);
    }
  }
  http.set_content(response.body, content_type.c_str());
}

// The request as authentication reads it: cpp-httplib's own entries
// (REMOTE_ADDR ...) stay out of the headers, which no client signs anyway.
WireHttpRequest ToWireRequest(const httplib::Request& http) {
  WireHttpRequest request;
  request.method = http.method;
  request.path = http.path;
  if (const std::size_t question = http.target.find('?'); question != std::string::npos) {
    request.query = http.target.substr(question + 1);
  }
  for (const auto& [name, value] : http.headers) {
    if (name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" ||
        name == "LOCAL_PORT") {
      continue;
    }
    request.headers.emplace_back(name, value);
  }
  request.body = http.body;
  return request;
}

void ReplyJson(httplib::Response& http, int status, const Json& body) {
  http.status = status;
  http.set_content(body.dump(2, ' ', false, Json::error_handler_t::replace), kJsonContentType);
}

// The answer of a route that loads a document: 200 `{}`, or 400 with the
// error's name and message.
void ReplyStatus(httplib::Response& http, const Status& status) {
  if (!status.ok()) {
    ReplyJson(http, 400,
              {{"__type", std::string(status.error_name())}, {"message", status.message()}});
    return;
  }
  ReplyJson(http, 200, Json::object());
}

}  // namespace

class LoopbackServer::Impl {
 public:
  Impl(IdentityProvider& provider, LoopbackServerOptions options)
      : options_(std::move(options)), dispatcher_(provider, options_.wire) {}

  ~Impl() { Stop(); }

  Status Listen() {
    server_.Post("/", [this](const httplib::Request& request, httplib::Response& response) {
      Reply(response, dispatcher_.Dispatch(ToWireRequest(request)));
      AfterChange(response);
    });
    server_.set_payload_max_length(options_.wire.max_body_bytes + 1);
    // What cpp-httplib refuses by itself, before a route runs (a body over
    // the limit, multipart or broken chunked framing), gets AWS's error
    // shape too: a SerializationException with a request id.
    server_.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request&, httplib::Response& response) {
          if (!response.body.empty() || (response.status != 413 && response.status != 400)) {
            return httplib::Server::HandlerResponse::Unhandled;
          }
          Reply(response, dispatcher_.ErrorResponse(internal::msg::Error(
                              ErrorCode::kSerialization,
                              response.status == 413 ? internal::msg::kRequestBodyTooLarge
                                                     : internal::msg::kMalformedRequestBody)));
          return httplib::Server::HandlerResponse::Handled;
        }));
    server_.set_tcp_nodelay(true);
    // A keep-alive client (the AWS SDKs) keeps its connection for as many
    // requests as it sends, as with AWS's endpoint; cpp-httplib's default
    // closes it after five.
    server_.set_keep_alive_max_count(100000);
    if (options_.port == 0) {
      port_ = server_.bind_to_any_port(options_.host);
    } else {
      port_ = server_.bind_to_port(options_.host, options_.port) ? options_.port : -1;
    }
    if (port_ <= 0) {
      return Status(ErrorCode::kInternalError,
                    "cannot listen on " + options_.host + ":" + std::to_string(options_.port));
    }
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return Status();
  }

  void AddControlRoutes(FakeIdentityProvider& fake) {
    initial_ = fake.Snapshot();
    if (options_.on_message) fake.outbox().SetObserver(options_.on_message);
    fake_ = &fake;
    server_.Get("/_cognito_fake/messages", [this](const httplib::Request& request,
                                                  httplib::Response& response) {
      const bool drain = request.get_param_value("drain") == "true";
      Json messages = Json::array();
      for (const Message& message : drain ? fake_->outbox().Drain() : fake_->outbox().Peek()) {
        messages.push_back(wire::ToJson(message));
      }
      // How many older messages the outbox's capacity let go.
      response.set_header("X-Cognito-Fake-Dropped", std::to_string(fake_->outbox().dropped()));
      ReplyJson(response, 200, messages);
      if (drain) AfterChange(response);
    });
    server_.Get("/_cognito_fake/code",
                [this](const httplib::Request& request, httplib::Response& response) {
                  const auto code = fake_->LastCodeFor(request.get_param_value("UserPoolId"),
                                                       request.get_param_value("Username"));
                  if (!code) {
                    ReplyJson(response, 404, {{"message", "no code was sent to this user"}});
                    return;
                  }
                  ReplyJson(response, 200, {{"Code", *code}});
                });
    server_.Post("/_cognito_fake/reset",
                 [this](const httplib::Request&, httplib::Response& response) {
                   fake_->Restore(initial_);
                   ReplyJson(response, 200, Json::object());
                   AfterChange(response);
                 });
    server_.Get("/_cognito_fake/state",
                [this](const httplib::Request&, httplib::Response& response) {
                  response.set_content(ExportState(*fake_), kJsonContentType);
                });
    server_.Put("/_cognito_fake/state",
                [this](const httplib::Request& request, httplib::Response& response) {
                  ReplyStatus(response, ImportState(*fake_, request.body));
                  AfterChange(response);
                });
    server_.Post("/_cognito_fake/clock", [this](const httplib::Request& request,
                                                httplib::Response& response) {
      const std::string seconds = request.get_param_value("advance_seconds");
      char* end = nullptr;
      const long long value = std::strtoll(seconds.c_str(), &end, 10);
      if (seconds.empty() || end == nullptr || *end != '\0' || value < 0) {
        ReplyJson(response, 400, {{"message", "advance_seconds must be a non-negative integer"}});
        return;
      }
      fake_->clock().Advance(std::chrono::seconds(value));
      fake_->SweepExpired();
      ReplyJson(response, 200, {{"Now", wire::ToEpochSeconds(fake_->clock().Now())}});
      AfterChange(response);
    });
    // Where Cognito serves a pool's keys and OpenID configuration, under the
    // endpoint instead of https://cognito-idp.<region>.amazonaws.com.
    auto well_known =
        [this](StatusOr<std::string> (FakeIdentityProvider::*document)(const std::string&)) {
          return [this, document](const httplib::Request& request, httplib::Response& response) {
            const StatusOr<std::string> text = (fake_->*document)(request.matches[1]);
            if (!text.ok()) {
              ReplyJson(response, 404,
                        {{"__type", std::string(text.status().error_name())},
                         {"message", text.status().message()}});
              return;
            }
            response.set_content(*text, kJsonContentType);
          };
        };
    server_.Get(R"(/([^/]+)/\.well-known/jwks\.json)", well_known(&FakeIdentityProvider::Jwks));
    server_.Get(R"(/([^/]+)/\.well-known/openid-configuration)",
                well_known(&FakeIdentityProvider::OpenIdConfiguration));
    if (options_.iam != nullptr) {
      IamRegistry* iam = options_.iam;
      server_.Put("/_cognito_fake/iam",
                  [iam](const httplib::Request& request, httplib::Response& response) {
                    ReplyStatus(response, LoadIamConfig(*iam, request.body));
                  });
    }
    if (options_.faults == nullptr) return;
    FaultInjector* faults = options_.faults;
    server_.Put("/_cognito_fake/faults",
                [faults](const httplib::Request& request, httplib::Response& response) {
                  ReplyStatus(response, LoadFaultPlan(*faults, request.body));
                });
    server_.Delete("/_cognito_fake/faults",
                   [faults](const httplib::Request&, httplib::Response& response) {
                     faults->ClearRules();
                     faults->StopQuotas();
                     ReplyJson(response, 200, Json::object());
                   });
    server_.Get(
        "/_cognito_fake/journal", [faults](const httplib::Request&, httplib::Response& response) {
          Json entries = Json::array();
          for (const JournalEntry& entry : faults->journal()) {
            Json json = {{"Sequence", entry.sequence},
                         {"Operation", std::string(ToString(entry.operation))},
                         {"ReachedProvider", entry.reached_provider}};
            if (!entry.outcome.ok()) {
              json["Error"] = {{"__type", std::string(entry.outcome.error_name())},
                               {"message", entry.outcome.message()}};
            }
            if (entry.fault) json["Fault"] = *entry.fault;
            if (!entry.delays.empty()) json["Delays"] = entry.delays;
            entries.push_back(std::move(json));
          }
          response.set_header("X-Cognito-Fake-Dropped", std::to_string(faults->journal_dropped()));
          ReplyJson(response, 200, entries);
        });
  }

  void Stop() {
    std::lock_guard<std::mutex> lock(stop_mu_);
    if (!thread_.joinable()) return;
    server_.stop();
    thread_.join();
    if (fake_ != nullptr && options_.on_message) fake_->outbox().SetObserver(nullptr);
  }

  std::string url() const { return "http://" + options_.host + ":" + std::to_string(port_); }

  // LoopbackServerOptions::after_change, one call at a time; a failure
  // answers 500. Requests that finish their change while a call runs are
  // saved together by the next one (group commit): each takes a ticket once
  // its change is made, and a call that began after a ticket was taken
  // covers it.
  void AfterChange(httplib::Response& response) {
    if (!options_.after_change) return;
    const std::uint64_t ticket = ++changes_made_;
    std::lock_guard<std::mutex> lock(change_mu_);
    if (changes_saved_ >= ticket) return;
    const std::uint64_t covered = changes_made_.load();
    Status saved = options_.after_change();
    if (saved.ok()) {
      changes_saved_ = covered;
    } else {
      response.headers.clear();
      Reply(response, dispatcher_.ErrorResponse(Status(
                          ErrorCode::kInternalError,
                          "the change was made but not saved: " + std::string(saved.message()))));
    }
  }

  int port() const { return port_; }

 private:
  LoopbackServerOptions options_;
  WireDispatcher dispatcher_;
  httplib::Server server_;
  std::thread thread_;
  std::mutex stop_mu_;
  std::mutex change_mu_;
  std::atomic<std::uint64_t> changes_made_{0};
  std::uint64_t changes_saved_ = 0;  // guarded by change_mu_
  int port_ = -1;
  FakeIdentityProvider* fake_ = nullptr;
  FakeSnapshot initial_;
};

LoopbackServer::LoopbackServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
LoopbackServer::~LoopbackServer() = default;

StatusOr<std::unique_ptr<LoopbackServer>> LoopbackServer::Start(IdentityProvider& provider,
                                                                LoopbackServerOptions options) {
  auto impl = std::make_unique<Impl>(provider, std::move(options));
  if (Status status = impl->Listen(); !status.ok()) return status;
  return std::unique_ptr<LoopbackServer>(new LoopbackServer(std::move(impl)));
}

StatusOr<std::unique_ptr<LoopbackServer>> LoopbackServer::Start(FakeIdentityProvider& fake,
                                                                LoopbackServerOptions options) {
  // Signatures are scoped to the fake's region and dated on its clock.
  if (options.wire.region.empty()) options.wire.region = fake.options().region;
  if (options.wire.clock == nullptr) options.wire.clock = &fake.clock();
  if (options.wire.iam == nullptr) options.wire.iam = options.iam;
  IdentityProvider& served = options.faults != nullptr
                                 ? static_cast<IdentityProvider&>(*options.faults)
                                 : static_cast<IdentityProvider&>(fake);
  auto impl = std::make_unique<Impl>(served, std::move(options));
  impl->AddControlRoutes(fake);
  if (Status status = impl->Listen(); !status.ok()) return status;
  return std::unique_ptr<LoopbackServer>(new LoopbackServer(std::move(impl)));
}

std::string LoopbackServer::url() const { return impl_->url(); }
int LoopbackServer::port() const { return impl_->port(); }
void LoopbackServer::Stop() { impl_->Stop(); }

WireTransport HttpTransport(const std::string& url, HttpTransportOptions options) {
  struct Connection {
    explicit Connection(const std::string& url) : client(url) {
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      client.set_connection_timeout(std::chrono::seconds(5));
      client.set_read_timeout(std::chrono::seconds(30));
    }
    std::mutex mu;
    httplib::Client client;
  };
  auto connection = std::make_shared<Connection>(url);
  // The Host header as the server receives it: the URL's authority.
  std::string host = url.substr(url.find("://") == std::string::npos ? 0 : url.find("://") + 3);
  host = host.substr(0, host.find('/'));
  return [connection, url, host, options](std::string_view target, std::string_view body) {
    WireHttpRequest::Headers signed_headers = {{"Host", host},
                                               {"X-Amz-Target", std::string(target)}};
    // Public operations go unsigned, as every AWS SDK sends them.
    const std::optional<Operation> operation = OperationFromName(
        target.substr(std::min(target.size(), WireDispatcher::kTargetPrefix.size())));
    if (options.credentials && operation && OperationInfoFor(*operation).requires_iam_auth) {
      const Timestamp now =
          options.clock != nullptr ? options.clock->Now() : std::chrono::system_clock::now();
      wire::SignRequest(signed_headers, body, *options.credentials, options.region, now);
    }
    httplib::Headers headers(signed_headers.begin(), signed_headers.end());
    std::lock_guard<std::mutex> lock(connection->mu);
    auto result = connection->client.Post("/", headers, body.data(), body.size(),
                                          "application/x-amz-json-1.1");
    WireResponse response;
    if (!result) {
      response.status = 500;
      response.body =
          Json{{"__type", "InternalErrorException"},
               {"message", "cannot reach " + url + ": " + httplib::to_string(result.error())}}
              .dump();
      return response;
    }
    response.status = result->status;
    response.body = result->body;
    for (const auto& [name, value] : result->headers) response.headers.emplace_back(name, value);
    return response;
  };
}

}  // namespace cognito_fake
