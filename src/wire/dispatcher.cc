#include <cognito_fake/errors.h>
#include <cognito_fake/wire.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <unordered_map>

#include "internal/generated_tables.h"
#include "internal/messages.h"
#include "internal/operation_list.h"
#include "internal/random.h"
#include "wire/json_codec.h"
#include "wire/sigv4.h"

namespace cognito_fake {
namespace {

using wire::Json;

using Handler = Json (*)(IdentityProvider&, const Json&, const wire::ReadOptions&, Status&);

// One handler per operation: JSON -> request, the typed call, response -> JSON.
#define COGNITO_FAKE_HANDLER(Name)                                      \
  Json Handle##Name(IdentityProvider& provider, const Json& body,       \
                    const wire::ReadOptions& options, Status& status) { \
    auto request = wire::FromJson<Name##Request>(body, options);        \
    if (!request.ok()) {                                                \
      status = request.status();                                        \
      return Json();                                                    \
    }                                                                   \
    auto response = provider.Name(*request);                            \
    if (!response.ok()) {                                               \
      status = response.status();                                       \
      return Json();                                                    \
    }                                                                   \
    return wire::ToJson(*response);                                     \
  }
COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_HANDLER)
#undef COGNITO_FAKE_HANDLER

const std::unordered_map<std::string_view, Handler>& Handlers() {
  static const auto* handlers = new std::unordered_map<std::string_view, Handler>{
#define COGNITO_FAKE_HANDLER_ENTRY(Name) {#Name, &Handle##Name},
      COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_HANDLER_ENTRY)
#undef COGNITO_FAKE_HANDLER_ENTRY
  };
  return *handlers;
}

constexpr std::string_view kContentType = "application/x-amz-json-1.1";

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// The value of the first header named `name` (any case), or nullptr.
const std::string* FindHeader(const std::vector<std::pair<std::string, std::string>>& headers,
                              std::string_view name) {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoreCase(key, name)) return &value;
  }
  return nullptr;
}

// The partition of a region's ARNs (iam-behavior.md §4.2).
std::string_view Partition(std::string_view region) {
  if (region.rfind("cn-", 0) == 0) return "aws-cn";
  if (region.rfind("us-gov-", 0) == 0) return "aws-us-gov";
  return "aws";
}

// The resource IAM evaluates `operation` on: `*` for the account-wide
// operations, else the pool of the request's `UserPoolId` in the caller's
// account, whether or not it exists (iam-behavior.md §4.2).
std::string ResourceOf(std::string_view operation, const Json& body, std::string_view region,
                       const IamIdentity& identity) {
  if (operation == "CreateUserPool" || operation == "ListUserPools") return "*";
  std::string pool_id;
  if (const auto member = body.find("UserPoolId"); member != body.end() && member->is_string()) {
    pool_id = member->get<std::string>();
  }
  return "arn:" + std::string(Partition(region)) + ":cognito-idp:" + std::string(region) + ":" +
         identity.account_id() + ":userpool/" + pool_id;
}

}  // namespace

std::string WireResponse::Header(std::string_view name) const {
  const std::string* value = FindHeader(headers, name);
  return value ? *value : "";
}

std::string WireHttpRequest::Header(std::string_view name) const {
  const std::string* value = FindHeader(headers, name);
  return value ? *value : "";
}

bool WireHttpRequest::HasHeader(std::string_view name) const {
  return FindHeader(headers, name) != nullptr;
}

WireDispatcher::WireDispatcher(IdentityProvider& provider, WireOptions options)
    : provider_(provider), options_(options) {}

std::string WireDispatcher::NextRequestId() {
  internal::Random random(options_.request_id_seed ^
                          (0x9e3779b97f4a7c15ULL * (request_counter_.fetch_add(1) + 1)));
  return random.Uuid4();
}

WireResponse WireDispatcher::ErrorResponse(const Status& status) {
  const ErrorInfo& info = ErrorInfoFor(status.code());
  WireResponse response;
  response.status = options_.use_model_http_status ? info.model_http_status : info.http_status;
  // Protocol-level errors come from AWS's framework, which spells the
  // message member with a capital M [R]; service exceptions use "message".
  const bool protocol_error = status.code() == ErrorCode::kSerialization ||
                              status.code() == ErrorCode::kUnknownOperation ||
                              status.code() == ErrorCode::kUnimplemented;
  Json body = {{"__type", std::string(info.name)}};
  if (!status.message().empty()) body[protocol_error ? "Message" : "message"] = status.message();
  response.body = body.dump(-1, ' ', false, Json::error_handler_t::replace);
  response.headers = {{"Content-Type", std::string(kContentType)},
                      {"x-amzn-RequestId", NextRequestId()},
                      {"x-amzn-ErrorType", std::string(info.name)}};
  return response;
}

WireResponse WireDispatcher::Dispatch(std::string_view target, std::string_view body) {
  return Route(target, body, nullptr);
}

WireResponse WireDispatcher::Dispatch(const WireHttpRequest& request) {
  WireResponse response = Route(request.Header("X-Amz-Target"), request.body, &request);
  // AWS dates every answer, and aws-sdk-cpp and the JS SDK v3 retry any
  // error whose Date is 4 minutes or more from their own clock. Only when
  // signatures are checked on the fake's clock must they follow it; else
  // the date is the wall clock's, so that a test that moved the fake's
  // clock gets its errors once.
  const Timestamp now = options_.auth == WireAuthMode::kVerify && options_.clock != nullptr
                            ? options_.clock->Now()
                            : std::chrono::system_clock::now();
  response.headers.emplace_back("Date", wire::FormatHttpDate(now));
  return response;
}

WireResponse WireDispatcher::Route(std::string_view target, std::string_view body,
                                   const WireHttpRequest* http) {
  std::string_view operation;
  if (target.substr(0, kTargetPrefix.size()) == kTargetPrefix) {
    operation = target.substr(kTargetPrefix.size());
  }
  const auto& handlers = Handlers();
  const auto handler = handlers.find(operation);
  if (handler == handlers.end()) {
    // An operation of the service the fake does not model: a 400 every
    // client maps to a typed error, naming the operation
    // (session-behavior.md §8); any other target is no operation at all.
    const auto* const begin = internal::kModelOperationNames;
    const auto* const end = begin + internal::kModelOperationCount;
    if (!operation.empty() &&
        std::binary_search(begin, end, operation,
                           [](std::string_view a, std::string_view b) { return a < b; })) {
      return ErrorResponse(Status(ErrorCode::kUnsupportedOperation,
                                  std::string(operation) + " is not implemented by this emulator"));
    }
    return ErrorResponse(Status(ErrorCode::kUnknownOperation, ""));
  }
  // Authentication, for HTTP requests to the operations AWS signs
  // (iam-behavior.md §3.2: after routing, before the body is read).
  const std::optional<Operation> known = OperationFromName(operation);
  const bool needs_iam = http != nullptr && options_.auth != WireAuthMode::kOff &&
                         known.has_value() && OperationInfoFor(*known).requires_iam_auth;
  wire::Authenticated caller;
  if (needs_iam) {
    wire::AuthContext context;
    context.mode = options_.auth;
    context.registry = options_.iam;
    context.region = options_.region;
    context.now =
        options_.clock != nullptr ? options_.clock->Now() : std::chrono::system_clock::now();
    context.max_skew = options_.max_clock_skew;
    auto authenticated = wire::Authenticate(*http, context);
    if (!authenticated.ok()) return ErrorResponse(authenticated.status());
    caller = std::move(*authenticated);
  }
  if (body.size() > options_.max_body_bytes) {
    return ErrorResponse(
        internal::msg::Error(ErrorCode::kSerialization, internal::msg::kRequestBodyTooLarge));
  }
  Json document = Json::object();
  if (!body.empty()) {
    document = wire::ParseJsonText(body);
    if (document.is_discarded()) {
      return ErrorResponse(
          internal::msg::Error(ErrorCode::kSerialization, internal::msg::kMalformedRequestBody));
    }
    if (document.is_null()) document = Json::object();
  }
  if (!document.is_object()) {
    return ErrorResponse(Status(
        ErrorCode::kSerialization,
        document.is_array() ? "Start of list found where not expected." : "Unexpected field type"));
  }
  // Authorisation (kVerify): the identity's policies, before the request's
  // own validation (iam-behavior.md §3.2 step 14).
  if (caller.identity) {
    const std::string& region = options_.region.empty() ? caller.region : options_.region;
    const std::string action = "cognito-idp:" + std::string(operation);
    if (auto denied = IamRegistry::Authorize(
            *caller.identity, action, ResourceOf(operation, document, region, *caller.identity))) {
      return ErrorResponse(Status(ErrorCode::kAccessDenied, *denied));
    }
  }
  wire::ReadOptions read_options;
  read_options.reject_unknown_members = options_.reject_unknown_members;
  Status status;
  Json output = handler->second(provider_, document, read_options, status);
  if (!status.ok()) return ErrorResponse(status);
  WireResponse response;
  response.body = output.dump(-1, ' ', false, Json::error_handler_t::replace);
  response.headers = {{"Content-Type", std::string(kContentType)},
                      {"x-amzn-RequestId", NextRequestId()}};
  return response;
}

}  // namespace cognito_fake
