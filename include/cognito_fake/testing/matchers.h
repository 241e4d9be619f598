#ifndef COGNITO_FAKE_TESTING_MATCHERS_H_
#define COGNITO_FAKE_TESTING_MATCHERS_H_

/// @file
/// gtest matchers for `Status` / `StatusOr<T>`, captured `Message`s and the
/// fault journal (target `cognito_fake::mocks`).
///
/// ```cpp
/// using namespace cognito_fake_testing;
/// EXPECT_THAT(cognito.SignIn(pool, "alice", "Passw0rd!"),
///             StatusIs(ErrorCode::kPasswordResetRequired));
/// EXPECT_THAT(cognito.outbox().Peek(),
///             Contains(AllOf(ResetCodeSentTo("alice@example.com"),
///                            WithClientMetadata("ticket", "42"))));
/// ```

#include <cognito_fake/fault_injector.h>
#include <cognito_fake/outbox.h>
#include <cognito_fake/status.h>
#include <gmock/gmock.h>

#include <ostream>
#include <string>
#include <type_traits>
#include <utility>

namespace cognito_fake_testing {

namespace internal_matchers {

using ::cognito_fake::ErrorCode;
using ::cognito_fake::ErrorInfoFor;
using ::cognito_fake::Status;
using ::cognito_fake::StatusOr;

inline const Status& GetStatus(const Status& status) { return status; }
template <typename T>
const Status& GetStatus(const StatusOr<T>& result) {
  return result.status();
}

// IsOk(): an OK Status, or a StatusOr holding a value.
class IsOkMatcher {
 public:
  template <typename T>
  bool MatchAndExplain(const T& value, ::testing::MatchResultListener* listener) const {
    const Status& status = GetStatus(value);
    if (!status.ok()) *listener << "which is " << status;
    return status.ok();
  }
  void DescribeTo(std::ostream* os) const { *os << "is OK"; }
  void DescribeNegationTo(std::ostream* os) const { *os << "is not OK"; }
};

// IsOkAndHolds(m): a StatusOr whose value matches m. The matcher is made
// for the StatusOr type it is used with, so `m` can be any matcher of T.
template <typename StatusOrType>
class IsOkAndHoldsImpl : public ::testing::MatcherInterface<StatusOrType> {
 public:
  using ValueType = typename std::decay_t<StatusOrType>::value_type;

  template <typename InnerMatcher>
  explicit IsOkAndHoldsImpl(InnerMatcher&& inner)
      : inner_(::testing::SafeMatcherCast<const ValueType&>(std::forward<InnerMatcher>(inner))) {}

  bool MatchAndExplain(StatusOrType value,
                       ::testing::MatchResultListener* listener) const override {
    if (!value.ok()) {
      *listener << "which is " << value.status();
      return false;
    }
    ::testing::StringMatchResultListener inner_listener;
    const bool matches = inner_.MatchAndExplain(*value, &inner_listener);
    *listener << "whose value " << ::testing::PrintToString(*value)
              << (matches ? " matches" : " doesn't match");
    if (!inner_listener.str().empty()) *listener << ", " << inner_listener.str();
    return matches;
  }
  void DescribeTo(std::ostream* os) const override {
    *os << "is OK and has a value that ";
    inner_.DescribeTo(os);
  }
  void DescribeNegationTo(std::ostream* os) const override {
    *os << "isn't OK or has a value that ";
    inner_.DescribeNegationTo(os);
  }

 private:
  const ::testing::Matcher<const ValueType&> inner_;
};

template <typename InnerMatcher>
class IsOkAndHoldsMatcher {
 public:
  explicit IsOkAndHoldsMatcher(InnerMatcher inner) : inner_(std::move(inner)) {}
  template <typename StatusOrType>
  operator ::testing::Matcher<StatusOrType>() const {  // NOLINT(google-explicit-constructor)
    return ::testing::Matcher<StatusOrType>(new IsOkAndHoldsImpl<const StatusOrType&>(inner_));
  }

 private:
  InnerMatcher inner_;
};

// StatusIs(code, message matcher).
class StatusIsMatcher {
 public:
  StatusIsMatcher(ErrorCode code, ::testing::Matcher<const std::string&> message)
      : code_(code), message_(std::move(message)) {}

  template <typename T>
  bool MatchAndExplain(const T& value, ::testing::MatchResultListener* listener) const {
    const Status& status = GetStatus(value);
    *listener << "which is " << status;
    if (status.code() != code_) return false;
    return message_.Matches(status.message());
  }
  void DescribeTo(std::ostream* os) const {
    *os << "is " << ErrorInfoFor(code_).name << " with a message that ";
    message_.DescribeTo(os);
  }
  void DescribeNegationTo(std::ostream* os) const {
    *os << "is not " << ErrorInfoFor(code_).name << " with a message that ";
    message_.DescribeTo(os);
  }

 private:
  ErrorCode code_;
  ::testing::Matcher<const std::string&> message_;
};

}  // namespace internal_matchers

/// Matches an OK `Status` or a `StatusOr<T>` holding a value.
inline ::testing::PolymorphicMatcher<internal_matchers::IsOkMatcher> IsOk() {
  return ::testing::MakePolymorphicMatcher(internal_matchers::IsOkMatcher());
}

/// Matches a `StatusOr<T>` holding a value that matches `matcher`.
template <typename InnerMatcher>
internal_matchers::IsOkAndHoldsMatcher<InnerMatcher> IsOkAndHolds(InnerMatcher matcher) {
  return internal_matchers::IsOkAndHoldsMatcher<InnerMatcher>(std::move(matcher));
}

/// Matches a `Status` / `StatusOr<T>` with error `code` and any message.
inline ::testing::PolymorphicMatcher<internal_matchers::StatusIsMatcher> StatusIs(
    ::cognito_fake::ErrorCode code) {
  return ::testing::MakePolymorphicMatcher(internal_matchers::StatusIsMatcher(code, ::testing::_));
}
/// Matches a `Status` / `StatusOr<T>` with error `code` and a message
/// matching `message` (a string or a matcher such as `HasSubstr`).
inline ::testing::PolymorphicMatcher<internal_matchers::StatusIsMatcher> StatusIs(
    ::cognito_fake::ErrorCode code, ::testing::Matcher<const std::string&> message) {
  return ::testing::MakePolymorphicMatcher(
      internal_matchers::StatusIsMatcher(code, std::move(message)));
}

// ---------------------------------------------------------------- messages

/// A `Message` sent to `destination` (unmasked address or number).
MATCHER_P(SentTo, destination, "was sent to " + ::testing::PrintToString(destination)) {
  *result_listener << "which went to " << arg.destination;
  return arg.destination == destination;
}
/// A `Message` sent by `medium` (`DeliveryMediumType::kEmail` / `kSms`).
MATCHER_P(ByMedium, medium, "was sent by " + ::testing::PrintToString(medium)) {
  *result_listener << "which was sent by " << arg.medium;
  return arg.medium == medium;
}
/// A `Message` to the user with canonical username `username`.
MATCHER_P(ForUser, username, "was sent to user " + ::testing::PrintToString(username)) {
  *result_listener << "which was for user " << arg.username;
  return arg.username == username;
}
/// A `Message` of `occasion`.
MATCHER_P(WithOccasion, occasion, "was sent for " + ::testing::PrintToString(occasion)) {
  *result_listener << "which was sent for " << arg.occasion;
  return arg.occasion == occasion;
}
/// A `Message` whose request carried ClientMetadata `key` = `value`.
MATCHER_P2(WithClientMetadata, key, value,
           "carries ClientMetadata " + std::string(key) + "=" + std::string(value)) {
  const auto found = arg.client_metadata.find(key);
  if (found == arg.client_metadata.end()) {
    *result_listener << "whose ClientMetadata has no " << key;
    return false;
  }
  *result_listener << "whose ClientMetadata has " << key << "=" << found->second;
  return found->second == value;
}
/// A delivered password-reset `Message` (ForgotPassword or
/// AdminResetUserPassword) sent to `destination`.
MATCHER_P(ResetCodeSentTo, destination,
          "is a delivered password-reset code sent to " + ::testing::PrintToString(destination)) {
  *result_listener << "which is " << arg;
  return arg.delivered && arg.destination == destination &&
         (arg.occasion == ::cognito_fake::MessageOccasion::kForgotPassword ||
          arg.occasion == ::cognito_fake::MessageOccasion::kAdminResetUserPassword);
}

/// A delivered sign-in MFA code `Message` (SMS_MFA or EMAIL_OTP,
/// `MessageOccasion::kAuthentication`) sent to `destination`.
MATCHER_P(MfaCodeSentTo, destination,
          "is a delivered MFA sign-in code sent to " + ::testing::PrintToString(destination)) {
  *result_listener << "which is " << arg;
  return arg.delivered && arg.destination == destination &&
         arg.occasion == ::cognito_fake::MessageOccasion::kAuthentication;
}

// ----------------------------------------------------------------- journal

/// A `JournalEntry` in which the fault rule named `rule` fired.
MATCHER_P(FaultFired, rule,
          "is a call where fault rule " + ::testing::PrintToString(rule) + " fired") {
  *result_listener << "which is " << arg;
  return arg.fault == std::string(rule);
}
/// A `JournalEntry` of `operation`.
MATCHER_P(CallOf, operation, "is a call of " + ::testing::PrintToString(operation)) {
  *result_listener << "which is " << arg;
  return arg.operation == operation;
}

}  // namespace cognito_fake_testing

#endif  // COGNITO_FAKE_TESTING_MATCHERS_H_
