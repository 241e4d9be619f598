#include <aws/core/client/CoreErrors.h>
#include <aws/core/client/DefaultRetryStrategy.h>
#include <aws/core/http/HttpClient.h>
#include <aws/core/http/HttpRequest.h>
#include <aws/core/http/HttpTypes.h>
#include <aws/core/http/standard/StandardHttpRequest.h>
#include <aws/core/http/standard/StandardHttpResponse.h>
#include <cognito_fake/aws_sdk/in_process.h>

#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <utility>

namespace cognito_fake {
namespace aws_sdk {
namespace {

constexpr char kTag[] = "cognito_fake::aws_sdk";

// What an endpoint does with one HTTP request.
using Handler = std::function<WireResponse(const WireHttpRequest&)>;

// The endpoints of this process, by host. Handlers are copied out under the
// lock and called outside it, so calls to different fakes run in parallel.
class Registry {
 public:
  static Registry& Instance() {
    static Registry registry;
    return registry;
  }

  std::string Add(Handler handler) {
    std::lock_guard<std::mutex> lock(mu_);
    std::string host = "cognito-fake-" + std::to_string(++last_id_) + ".invalid";
    handlers_.emplace(host, std::move(handler));
    return host;
  }
  void Remove(const std::string& host) {
    std::lock_guard<std::mutex> lock(mu_);
    handlers_.erase(host);
  }
  Handler Find(const std::string& host) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = handlers_.find(host);
    return it == handlers_.end() ? Handler() : it->second;
  }

 private:
  std::mutex mu_;
  long last_id_ = 0;
  std::map<std::string, Handler> handlers_;
};

std::string ReadBody(const Aws::Http::HttpRequest& request) {
  const std::shared_ptr<Aws::IOStream>& stream = request.GetContentBody();
  if (!stream) return {};
  stream->clear();
  stream->seekg(0);
  std::string body((std::istreambuf_iterator<char>(*stream)), std::istreambuf_iterator<char>());
  // The SDK may send the same request again (a retry): leave it rewound.
  stream->clear();
  stream->seekg(0);
  return body;
}

class InProcessHttpClient : public Aws::Http::HttpClient {
 public:
  std::shared_ptr<Aws::Http::HttpResponse> MakeRequest(
      const std::shared_ptr<Aws::Http::HttpRequest>& request,
      Aws::Utils::RateLimits::RateLimiterInterface* /*read_limiter*/,
      Aws::Utils::RateLimits::RateLimiterInterface* /*write_limiter*/) const override {
    auto response = Aws::MakeShared<Aws::Http::Standard::StandardHttpResponse>(kTag, request);
    const std::string host(request->GetUri().GetAuthority().c_str());
    const Handler handler = Registry::Instance().Find(host);
    if (!handler) {
      response->SetClientErrorType(Aws::Client::CoreErrors::NETWORK_CONNECTION);
      response->SetClientErrorMessage(
          "cognito_fake: no InProcessEndpoint is registered for host \"" +
          Aws::String(host.c_str()) +
          "\" (the in-process HTTP client reaches only fakes in this process)");
      return response;
    }
    // The request as the SDK signed it: its headers (host and the
    // signature among them), path, query and body.
    WireHttpRequest http;
    http.method = Aws::Http::HttpMethodMapper::GetNameForHttpMethod(request->GetMethod());
    http.path = request->GetUri().GetURLEncodedPath().c_str();
    if (http.path.empty()) http.path = "/";
    http.query = request->GetUri().GetQueryString().c_str();
    if (!http.query.empty() && http.query.front() == '?') http.query.erase(0, 1);
    for (const auto& [name, value] : request->GetHeaders()) {
      http.headers.emplace_back(name.c_str(), value.c_str());
    }
    http.body = ReadBody(*request);
    const WireResponse answer = handler(http);
    response->SetResponseCode(static_cast<Aws::Http::HttpResponseCode>(answer.status));
    for (const auto& [name, value] : answer.headers) {
      response->AddHeader(Aws::String(name.c_str()), Aws::String(value.c_str()));
    }
    response->AddHeader("content-length", Aws::String(std::to_string(answer.body.size()).c_str()));
    response->GetResponseBody().write(answer.body.data(),
                                      static_cast<std::streamsize>(answer.body.size()));
    return response;
  }
};

class InProcessHttpClientFactory : public Aws::Http::HttpClientFactory {
 public:
  std::shared_ptr<Aws::Http::HttpClient> CreateHttpClient(
      const Aws::Client::ClientConfiguration& /*configuration*/) const override {
    return Aws::MakeShared<InProcessHttpClient>(kTag);
  }
  std::shared_ptr<Aws::Http::HttpRequest> CreateHttpRequest(
      const Aws::String& uri, Aws::Http::HttpMethod method,
      const Aws::IOStreamFactory& stream_factory) const override {
    return CreateHttpRequest(Aws::Http::URI(uri), method, stream_factory);
  }
  std::shared_ptr<Aws::Http::HttpRequest> CreateHttpRequest(
      const Aws::Http::URI& uri, Aws::Http::HttpMethod method,
      const Aws::IOStreamFactory& stream_factory) const override {
    auto request = Aws::MakeShared<Aws::Http::Standard::StandardHttpRequest>(kTag, uri, method);
    request->SetResponseStreamFactory(stream_factory);
    return request;
  }
};

}  // namespace

std::shared_ptr<Aws::Http::HttpClientFactory> MakeInProcessHttpClientFactory() {
  return Aws::MakeShared<InProcessHttpClientFactory>(kTag);
}

AwsSdkApi::AwsSdkApi(Aws::SDKOptions options) : options_(std::move(options)) {
  options_.httpOptions.httpClientFactory_create_fn = MakeInProcessHttpClientFactory;
  Aws::InitAPI(options_);
}

AwsSdkApi::~AwsSdkApi() { Aws::ShutdownAPI(options_); }

InProcessEndpoint::InProcessEndpoint(IdentityProvider& provider, WireOptions options)
    : dispatcher_(std::make_unique<WireDispatcher>(provider, options)) {
  WireDispatcher* dispatcher = dispatcher_.get();
  host_ = Registry::Instance().Add(
      [dispatcher](const WireHttpRequest& request) { return dispatcher->Dispatch(request); });
  url_ = "http://" + host_;
}

InProcessEndpoint::InProcessEndpoint(WireTransport handler)
    : host_(
          Registry::Instance().Add([handler = std::move(handler)](const WireHttpRequest& request) {
            return handler(request.Header("X-Amz-Target"), request.body);
          })),
      url_("http://" + host_) {}

InProcessEndpoint::~InProcessEndpoint() { Registry::Instance().Remove(host_); }

Aws::Client::ClientConfiguration InProcessEndpoint::ClientConfiguration(
    const std::string& region) const {
  Aws::Client::ClientConfigurationInitValues init;
  init.shouldDisableIMDS = true;
  Aws::Client::ClientConfiguration configuration(init);
  configuration.region = region.c_str();
  configuration.endpointOverride = url_.c_str();
  configuration.scheme = Aws::Http::Scheme::HTTP;
  configuration.retryStrategy =
      Aws::MakeShared<Aws::Client::DefaultRetryStrategy>(kTag, /*maxRetries=*/0);
  configuration.disableIMDS = true;
  return configuration;
}

Aws::Auth::AWSCredentials InProcessEndpoint::Credentials() {
  const AwsCredentials example = AwsCredentials::Example();
  return Aws::Auth::AWSCredentials(example.access_key_id.c_str(),
                                   example.secret_access_key.c_str());
}

}  // namespace aws_sdk
}  // namespace cognito_fake
