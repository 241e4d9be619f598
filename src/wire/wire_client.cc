#include <cognito_fake/errors.h>
#include <cognito_fake/wire_client.h>

#include "internal/operation_list.h"
#include "wire/json_codec.h"

namespace cognito_fake {
namespace {

using wire::Json;

// The status an AWS SDK would make of an error response: the exception
// from `__type` (or the x-amzn-ErrorType header), the message from
// `message` or `Message`.
Status ErrorFromResponse(const WireResponse& response, const Json& body) {
  std::string type;
  if (body.is_object() && body.contains("__type") && body["__type"].is_string()) {
    type = body["__type"].get<std::string>();
  } else {
    type = response.Header("x-amzn-ErrorType");
  }
  if (auto hash = type.rfind('#'); hash != std::string::npos) type = type.substr(hash + 1);
  if (auto colon = type.find(':'); colon != std::string::npos) type = type.substr(0, colon);
  std::string message;
  for (const char* key : {"message", "Message"}) {
    if (body.is_object() && body.contains(key) && body[key].is_string()) {
      message = body[key].get<std::string>();
      break;
    }
  }
  const auto code = ErrorCodeFromName(type);
  if (!code) {
    return Status(ErrorCode::kInternalError,
                  "HTTP " + std::to_string(response.status) + " " + type + ": " + message);
  }
  return Status(*code, message);
}

template <typename Response, typename Request>
StatusOr<Response> Call(const WireTransport& transport, std::string_view operation,
                        const Request& request) {
  const std::string target = std::string(WireDispatcher::kTargetPrefix) + std::string(operation);
  const std::string body =
      wire::ToJson(request).dump(-1, ' ', false, Json::error_handler_t::replace);
  const WireResponse response = transport(target, body);
  Json document = Json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  if (response.status >= 300) return ErrorFromResponse(response, document);
  if (response.body.empty()) document = Json::object();
  if (document.is_discarded()) {
    return Status(ErrorCode::kInternalError, "unparseable response body: " + response.body);
  }
  wire::ReadOptions options;
  options.check_required = false;
  return wire::FromJson<Response>(document, options);
}

}  // namespace

WireTransport InProcessTransport(WireDispatcher& dispatcher) {
  return [&dispatcher](std::string_view target, std::string_view body) {
    return dispatcher.Dispatch(target, body);
  };
}

WireClient::WireClient(WireTransport transport) : transport_(std::move(transport)) {}

#define COGNITO_FAKE_DEFINE_WIRE_CALL(Name)                                 \
  StatusOr<Name##Response> WireClient::Name(const Name##Request& request) { \
    return Call<Name##Response>(transport_, #Name, request);                \
  }
COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_DEFINE_WIRE_CALL)
#undef COGNITO_FAKE_DEFINE_WIRE_CALL

}  // namespace cognito_fake
