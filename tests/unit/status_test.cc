#include <cognito_fake/errors.h>
#include <cognito_fake/identity_provider.h>
#include <cognito_fake/status.h>
#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;

TEST(Status, DefaultConstructedIsOkWithNoMessage) {
  Status status;
  EXPECT_THAT(status, IsOk());
  EXPECT_EQ(status.code(), ErrorCode::kOk);
  EXPECT_EQ(status.message(), "");
  EXPECT_EQ(status.error_name(), "");
}

TEST(Status, CarriesTheAwsNameAndMessage) {
  Status status(ErrorCode::kUserNotFound, "User does not exist.");
  EXPECT_THAT(status, StatusIs(ErrorCode::kUserNotFound, "User does not exist."));
  EXPECT_EQ(status.error_name(), "UserNotFoundException");
  EXPECT_EQ(status.message(), "User does not exist.");
}

TEST(Status, AnOkCodeDropsTheMessage) {
  EXPECT_EQ(Status(ErrorCode::kOk, "ignored").message(), "");
}

TEST(Status, PrintsAsNameColonMessage) {
  std::ostringstream os;
  os << Status(ErrorCode::kPasswordResetRequired, "Password reset required for the user");
  EXPECT_EQ(os.str(), "PasswordResetRequiredException: Password reset required for the user");
  std::ostringstream ok;
  ok << Status();
  EXPECT_EQ(ok.str(), "OK");
}

TEST(Status, ComparesCodeAndMessage) {
  EXPECT_EQ(Status(ErrorCode::kCodeMismatch, "a"), Status(ErrorCode::kCodeMismatch, "a"));
  EXPECT_NE(Status(ErrorCode::kCodeMismatch, "a"), Status(ErrorCode::kCodeMismatch, "b"));
  EXPECT_NE(Status(ErrorCode::kCodeMismatch, "a"), Status(ErrorCode::kExpiredCode, "a"));
}

TEST(StatusOr, HoldsAValue) {
  StatusOr<int> value(7);
  ASSERT_THAT(value, IsOk());
  EXPECT_THAT(value.status(), IsOk());
  EXPECT_EQ(*value, 7);
  EXPECT_EQ(value.value(), 7);
}

TEST(StatusOr, HoldsAnErrorAndThrowsOnValueAccess) {
  StatusOr<int> error(
      Status(ErrorCode::kExpiredCode, "Invalid code provided, please request a code again."));
  ASSERT_THAT(error, StatusIs(ErrorCode::kExpiredCode,
                              "Invalid code provided, please request a code again."));
  try {
    (void)error.value();
    FAIL() << "value() did not throw";
  } catch (const BadStatusOrAccess& e) {
    EXPECT_EQ(e.status().code(), ErrorCode::kExpiredCode);
    EXPECT_NE(std::string(e.what()).find("ExpiredCodeException"), std::string::npos);
  }
}

TEST(StatusOr, AnOkStatusWithoutValueBecomesAnInternalError) {
  StatusOr<int> odd{Status()};
  EXPECT_THAT(odd, StatusIs(ErrorCode::kInternalError));
}

TEST(ErrorTable, ListsAllFiftySevenServiceExceptionsOnceEach) {
  const auto& errors = AllServiceErrors();
  EXPECT_EQ(errors.size(), 57u);
  std::set<std::string_view> names;
  for (const ErrorInfo& info : errors) {
    EXPECT_TRUE(names.insert(info.name).second) << info.name;
    EXPECT_NE(info.name.find("Exception"), std::string_view::npos) << info.name;
  }
}

TEST(ErrorTable, EveryRowIsFoundByItsCodeAndName) {
  for (const ErrorInfo& info : AllServiceErrors()) {
    EXPECT_EQ(ErrorInfoFor(info.code).code, info.code);
    EXPECT_EQ(ErrorCodeFromName(info.name), info.code) << info.name;
  }
  EXPECT_EQ(ErrorCodeFromName("NoSuchException"), std::nullopt);
}

TEST(ErrorTable, ClientErrorsAre400AndFaultsAre500) {
  EXPECT_EQ(ErrorInfoFor(ErrorCode::kNotAuthorized).http_status, 400);
  EXPECT_EQ(ErrorInfoFor(ErrorCode::kNotAuthorized).model_http_status, 403);
  EXPECT_EQ(ErrorInfoFor(ErrorCode::kUserNotFound).http_status, 400);
  EXPECT_EQ(ErrorInfoFor(ErrorCode::kUserNotFound).model_http_status, 404);
  EXPECT_EQ(ErrorInfoFor(ErrorCode::kTooManyRequests).model_http_status, 429);
  EXPECT_EQ(ErrorInfoFor(ErrorCode::kInternalError).http_status, 500);
  EXPECT_TRUE(ErrorInfoFor(ErrorCode::kInternalError).fault);
  EXPECT_FALSE(ErrorInfoFor(ErrorCode::kCodeMismatch).fault);
}

TEST(ErrorTable, OnlyThrottlingErrorsAreRetryable) {
  for (const ErrorInfo& info : AllServiceErrors()) {
    const bool throttling =
        info.code == ErrorCode::kLimitExceeded || info.code == ErrorCode::kTooManyRequests;
    EXPECT_EQ(info.retryable, throttling) << info.name;
  }
}

TEST(OperationTable, AdminResetUserPasswordDocumentsItsThirteenExceptions) {
  const OperationInfo& info = OperationInfoFor(Operation::kAdminResetUserPassword);
  EXPECT_EQ(info.name, "AdminResetUserPassword");
  EXPECT_TRUE(info.requires_iam_auth);
  const std::set<ErrorCode> documented(info.documented_errors.begin(),
                                       info.documented_errors.end());
  const std::set<ErrorCode> expected = {ErrorCode::kResourceNotFound,
                                        ErrorCode::kInvalidParameter,
                                        ErrorCode::kUnexpectedLambda,
                                        ErrorCode::kUserLambdaValidation,
                                        ErrorCode::kNotAuthorized,
                                        ErrorCode::kInvalidLambdaResponse,
                                        ErrorCode::kTooManyRequests,
                                        ErrorCode::kLimitExceeded,
                                        ErrorCode::kUserNotFound,
                                        ErrorCode::kInvalidSmsRoleAccessPolicy,
                                        ErrorCode::kInvalidEmailRoleAccessPolicy,
                                        ErrorCode::kInvalidSmsRoleTrustRelationship,
                                        ErrorCode::kInternalError};
  EXPECT_EQ(documented, expected);
  EXPECT_TRUE(IsDocumentedError(Operation::kAdminResetUserPassword, ErrorCode::kUserNotFound));
  EXPECT_FALSE(IsDocumentedError(Operation::kAdminResetUserPassword, ErrorCode::kCodeMismatch));
}

TEST(OperationTable, ClientSideOperationsNeedNoIamCredentials) {
  EXPECT_FALSE(OperationInfoFor(Operation::kForgotPassword).requires_iam_auth);
  EXPECT_FALSE(OperationInfoFor(Operation::kConfirmForgotPassword).requires_iam_auth);
  EXPECT_FALSE(OperationInfoFor(Operation::kInitiateAuth).requires_iam_auth);
  EXPECT_TRUE(OperationInfoFor(Operation::kAdminInitiateAuth).requires_iam_auth);
}

TEST(OperationTable, NamesRoundTrip) {
  EXPECT_EQ(AllOperations().size(), static_cast<std::size_t>(kOperationCount));
  for (const OperationInfo& info : AllOperations()) {
    EXPECT_EQ(OperationFromName(info.name), info.operation);
    EXPECT_EQ(ToString(info.operation), info.name);
    EXPECT_FALSE(info.documented_errors.empty()) << info.name;
  }
  EXPECT_EQ(OperationFromName("AdminLinkProviderForUser"), std::nullopt);
}

TEST(Enums, RoundTripTheirAwsSpelling) {
  EXPECT_EQ(ToString(UserStatusType::kResetRequired), "RESET_REQUIRED");
  EXPECT_EQ(FromString<UserStatusType>("FORCE_CHANGE_PASSWORD"),
            UserStatusType::kForceChangePassword);
  EXPECT_EQ(FromString<RecoveryOptionNameType>("verified_phone_number"),
            RecoveryOptionNameType::kVerifiedPhoneNumber);
  EXPECT_EQ(FromString<AuthFlowType>("user_password_auth"), std::nullopt);
  std::ostringstream os;
  os << DeliveryMediumType::kSms;
  EXPECT_EQ(os.str(), "SMS");
}

TEST(IdentityProvider, EveryOperationDefaultsToUnimplemented) {
  IdentityProvider provider;
  EXPECT_THAT(provider.AdminResetUserPassword({}),
              StatusIs(ErrorCode::kUnimplemented,
                       "AdminResetUserPassword is not supported by this provider"));
  EXPECT_THAT(provider.InitiateAuth({}), StatusIs(ErrorCode::kUnimplemented));
  EXPECT_EQ(ErrorInfoFor(ErrorCode::kUnimplemented).name, "UnknownOperationException");
}

TEST(StatusOr, PrintsItsValueWhenItCan) {
  std::ostringstream with_value;
  with_value << StatusOr<int>(42);
  EXPECT_EQ(with_value.str(), "OK: 42");
  std::ostringstream with_error;
  with_error << StatusOr<int>(Status(ErrorCode::kUserNotFound, "User does not exist."));
  EXPECT_EQ(with_error.str(), "UserNotFoundException: User does not exist.");
}

}  // namespace
}  // namespace cognito_fake
