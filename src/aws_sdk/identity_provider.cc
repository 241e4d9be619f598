#include <aws/cognito-idp/CognitoIdentityProviderClient.h>
#include <aws/cognito-idp/CognitoIdentityProviderRequest.h>
#include <aws/core/auth/AWSAuthSigner.h>
#include <aws/core/auth/signer/AWSNullSigner.h>
#include <cognito_fake/aws_sdk/identity_provider.h>
#include <cognito_fake/errors.h>

#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>

namespace cognito_fake {
namespace aws_sdk {
namespace internal {
namespace {

constexpr char kTag[] = "cognito_fake::aws_sdk";

// A request whose body is already AWS JSON 1.1: the SDK adds the content
// type and API version headers (CognitoIdentityProviderRequest), this adds
// the operation's X-Amz-Target, exactly as the generated request classes do.
class JsonRequest : public Aws::CognitoIdentityProvider::CognitoIdentityProviderRequest {
 public:
  JsonRequest(std::string_view operation, std::string_view body)
      : operation_(operation.data(), operation.size()), body_(body.data(), body.size()) {}

  const char* GetServiceRequestName() const override { return operation_.c_str(); }
  Aws::String SerializePayload() const override { return body_; }

 protected:
  Aws::Http::HeaderValueCollection GetRequestSpecificHeaders() const override {
    Aws::Http::HeaderValueCollection headers;
    headers.emplace("X-Amz-Target", Aws::String(WireDispatcher::kTargetPrefix.data(),
                                                WireDispatcher::kTargetPrefix.size()) +
                                        operation_);
    return headers;
  }

 private:
  Aws::String operation_;
  Aws::String body_;
};

// Public operations (InitiateAuth, ForgotPassword, ...) go unsigned, as the
// SDK's own methods send them; unknown names are signed.
const char* SignerFor(std::string_view operation) {
  const auto known = OperationFromName(operation);
  if (known && !OperationInfoFor(*known).requires_iam_auth) return Aws::Auth::NULL_SIGNER;
  return Aws::Auth::SIGV4_SIGNER;
}

WireResponse ErrorAnswer(int status, std::string_view type, std::string_view message) {
  WireResponse answer;
  // WireClient reads any status below 300 as a success.
  answer.status = status >= 300 ? status : 500;
  nlohmann::json body = {{"__type", type}, {"message", message}};
  answer.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return answer;
}

}  // namespace

// The SDK client, with one more (protected-access) call: an operation by
// name with a ready JSON body, answered with the raw response.
class JsonCallingClient : public Aws::CognitoIdentityProvider::CognitoIdentityProviderClient {
 public:
  using CognitoIdentityProviderClient::CognitoIdentityProviderClient;

  WireResponse Call(std::string_view target, std::string_view body) const {
    std::string_view operation = target;
    if (operation.substr(0, WireDispatcher::kTargetPrefix.size()) ==
        WireDispatcher::kTargetPrefix) {
      operation.remove_prefix(WireDispatcher::kTargetPrefix.size());
    }
    const JsonRequest request(operation, body);
    auto& endpoint_provider = const_cast<JsonCallingClient*>(this)
                                  ->accessEndpointProvider();  // SDK accessor is non-const
    if (!endpoint_provider)
      return ErrorAnswer(0, "EndpointResolutionFailure", "no endpoint provider");
    const auto endpoint = endpoint_provider->ResolveEndpoint(request.GetEndpointContextParams());
    if (!endpoint.IsSuccess()) {
      return ErrorAnswer(0, "EndpointResolutionFailure", endpoint.GetError().GetMessage().c_str());
    }
    auto outcome = MakeRequestWithUnparsedResponse(
        request, endpoint.GetResult(), Aws::Http::HttpMethod::HTTP_POST, SignerFor(operation));
    if (!outcome.IsSuccess()) {
      const auto& error = outcome.GetError();
      return ErrorAnswer(static_cast<int>(error.GetResponseCode()),
                         error.GetExceptionName().c_str(), error.GetMessage().c_str());
    }
    WireResponse answer;
    answer.status = 200;
    Aws::IOStream& stream = outcome.GetResult().GetPayload().GetUnderlyingStream();
    answer.body.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
    return answer;
  }
};

}  // namespace internal

namespace {

WireTransport TransportOver(std::shared_ptr<internal::JsonCallingClient> client) {
  return [client = std::move(client)](std::string_view target, std::string_view body) {
    return client->Call(target, body);
  };
}

}  // namespace

AwsSdkIdentityProvider::AwsSdkIdentityProvider(
    const Aws::Client::ClientConfiguration& configuration)
    : AwsSdkIdentityProvider(
          Aws::MakeShared<internal::JsonCallingClient>(internal::kTag, configuration)) {}

AwsSdkIdentityProvider::AwsSdkIdentityProvider(
    std::shared_ptr<Aws::Auth::AWSCredentialsProvider> credentials,
    const Aws::Client::ClientConfiguration& configuration)
    : AwsSdkIdentityProvider(Aws::MakeShared<internal::JsonCallingClient>(
          internal::kTag, std::move(credentials), configuration)) {}

AwsSdkIdentityProvider::AwsSdkIdentityProvider(std::shared_ptr<internal::JsonCallingClient> client)
    : WireClient(TransportOver(client)), client_(std::move(client)) {}

AwsSdkIdentityProvider::~AwsSdkIdentityProvider() = default;

Aws::CognitoIdentityProvider::CognitoIdentityProviderClient& AwsSdkIdentityProvider::client() {
  return *client_;
}

}  // namespace aws_sdk
}  // namespace cognito_fake
