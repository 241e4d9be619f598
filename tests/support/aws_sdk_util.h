#ifndef COGNITO_FAKE_TESTS_SUPPORT_AWS_SDK_UTIL_H_
#define COGNITO_FAKE_TESTS_SUPPORT_AWS_SDK_UTIL_H_

// Shared support for the tests that go through aws-sdk-cpp: the SDK set up
// once per test program with the in-process transport, a matcher for SDK
// outcomes, and SdkClientProvider, an IdentityProvider whose every call goes
// through the SDK client's own typed method (the contract suite's
// "AwsSdkClient" route).

#include <aws/cognito-idp/CognitoIdentityProviderClient.h>
#include <aws/cognito-idp/CognitoIdentityProviderErrors.h>
#include <cognito_fake/aws_sdk/in_process.h>
#include <cognito_fake/aws_sdk/mock_client.h>
#include <cognito_fake/wire.h>
#include <cognito_fake/wire_client.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "internal/operation_list.h"

// Every program that includes this header initialises the SDK (with the
// in-process transport) before its first test and shuts it down after.
inline ::testing::Environment* const kCognitoFakeAwsSdkEnvironment =
    ::testing::AddGlobalTestEnvironment(new ::cognito_fake::aws_sdk::AwsSdkEnvironment);

namespace cognito_fake {
namespace testing_util {

// Matches an SDK outcome that failed with `type` (a
// CognitoIdentityProviderErrors value) and exactly `message`.
MATCHER_P2(SdkErrorIs, type, message,
           "fails with SDK error " + ::testing::PrintToString(static_cast<int>(type)) + " \"" +
               std::string(message) + "\"") {
  if (arg.IsSuccess()) {
    *result_listener << "which succeeded";
    return false;
  }
  const auto& error = arg.GetError();
  *result_listener << "which failed with " << static_cast<int>(error.GetErrorType()) << " ("
                   << error.GetExceptionName() << ") \"" << error.GetMessage() << "\"";
  return error.GetErrorType() == type && error.GetMessage() == message;
}

// Matches an SDK outcome that succeeded.
MATCHER(SdkSucceeded, "succeeds") {
  if (arg.IsSuccess()) return true;
  *result_listener << "which failed with " << arg.GetError().GetExceptionName() << ": "
                   << arg.GetError().GetMessage();
  return false;
}

// An SDK request whose body is given as AWS JSON 1.1: the typed request
// class's own headers, target and client method, with the codec's body.
template <typename Request>
class JsonBodied : public Request {
 public:
  explicit JsonBodied(std::string_view body) : body_(body.data(), body.size()) {}
  Aws::String SerializePayload() const override { return body_; }

 private:
  Aws::String body_;
};

// IdentityProvider through the SDK's typed client: each call is written by
// the wire codec, sent with `CognitoIdentityProviderClient::<Operation>` to
// an InProcessEndpoint, and the typed outcome is checked against the answer
// the fake gave (success for success; on an error, the same exception name,
// known to the SDK's error mapper). That answer is then read back by the
// codec, so the suite compares the same values on every route.
class SdkClientProvider : public WireClient {
 public:
  explicit SdkClientProvider(IdentityProvider& provider)
      : WireClient([this](std::string_view target, std::string_view body) {
          return CallTyped(target, body);
        }),
        dispatcher_(provider),
        endpoint_([this](std::string_view target, std::string_view body) {
          last_ = dispatcher_.Dispatch(target, body);
          return *last_;
        }),
        client_(endpoint_.Credentials(), endpoint_.ClientConfiguration()) {}

 private:
  template <typename Outcome>
  WireResponse Checked(const Outcome& outcome) {
    if (!last_) {
      return Inconsistent("the SDK did not send the request: " +
                          std::string(outcome.GetError().GetMessage().c_str()));
    }
    if (outcome.IsSuccess() != (last_->status < 300)) {
      return Inconsistent("the SDK's outcome and the HTTP status " + std::to_string(last_->status) +
                          " disagree");
    }
    if (!outcome.IsSuccess()) {
      const auto& error = outcome.GetError();
      std::string type = last_->Header("x-amzn-ErrorType");
      type = type.substr(0, type.find(':'));
      if (error.GetExceptionName().c_str() != type) {
        return Inconsistent("the SDK reports " + std::string(error.GetExceptionName().c_str()) +
                            ", the fake answered " + type);
      }
      if (error.GetErrorType() ==
          Aws::CognitoIdentityProvider::CognitoIdentityProviderErrors::UNKNOWN) {
        return Inconsistent("the SDK does not know the exception " + type);
      }
    }
    return *last_;
  }

  static WireResponse Inconsistent(const std::string& what) {
    WireResponse answer;
    answer.status = 500;
    answer.body = R"({"__type":"SdkRouteInconsistency","message":")" + what + "\"}";
    return answer;
  }

  WireResponse CallTyped(std::string_view target, std::string_view body) {
    const std::string_view operation = target.substr(WireDispatcher::kTargetPrefix.size());
    last_.reset();
#define COGNITO_FAKE_TYPED_CALL(Name)                                                        \
  if (operation == #Name) {                                                                  \
    return Checked(                                                                          \
        client_.Name(JsonBodied<Aws::CognitoIdentityProvider::Model::Name##Request>(body))); \
  }
    COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_TYPED_CALL)
#undef COGNITO_FAKE_TYPED_CALL
    return Inconsistent("no typed method for " + std::string(operation));
  }

  WireDispatcher dispatcher_;
  aws_sdk::InProcessEndpoint endpoint_;
  Aws::CognitoIdentityProvider::CognitoIdentityProviderClient client_;
  std::optional<WireResponse> last_;
};

}  // namespace testing_util
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_TESTS_SUPPORT_AWS_SDK_UTIL_H_
