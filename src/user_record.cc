#include "internal/user_record.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace cognito_fake {
namespace internal {

int RateWindow::Count(Timestamp now, std::chrono::seconds window) const {
  const Timestamp cutoff = now - window;
  return static_cast<int>(
      std::count_if(times_.begin(), times_.end(), [cutoff](Timestamp t) { return t > cutoff; }));
}

void RateWindow::Add(Timestamp now, std::chrono::seconds window) {
  Forget(now, window);
  times_.push_back(now);
}

void RateWindow::Forget(Timestamp now, std::chrono::seconds window) {
  const Timestamp cutoff = now - window;
  times_.erase(times_.begin(), std::find_if(times_.begin(), times_.end(),
                                            [cutoff](Timestamp t) { return t > cutoff; }));
}

bool UserActivity::IsEmpty() const {
  // A member added to UserActivity, RateWindow or LockoutState must be
  // checked here too: the size checks below are reminders. (A member of
  // IssuedCode needs nothing: a code is either there or not.)
  static_assert(sizeof(UserActivity) == 3 * sizeof(std::optional<IssuedCode>) +
                                            5 * sizeof(RateWindow) + sizeof(LockoutState) +
                                            sizeof(Timestamp),
                "UserActivity changed: update IsEmpty(), Prune() and NextEnd()");
  static_assert(sizeof(RateWindow) == sizeof(std::vector<Timestamp>),
                "RateWindow changed: update IsEmpty()");
  struct ThreeMembers {
    int failures;
    Timestamp locked_until, last_attempt;
  };
  static_assert(sizeof(LockoutState) == sizeof(ThreeMembers),
                "LockoutState changed: update IsEmpty()");
  const Timestamp never{};
  return !reset_code && !signup_code && !attribute_code &&
         forgot_password_requests.times().empty() && wrong_reset_codes.times().empty() &&
         wrong_signup_codes.times().empty() && resend_requests.times().empty() &&
         change_password_calls.times().empty() && lockout.failures == 0 &&
         lockout.locked_until == never && lockout.last_attempt == never;
}

namespace {

// The rate windows of a user, each counted over kUserLimitWindow.
template <typename Activity>
auto Windows(Activity& activity) {
  return std::array{&activity.forgot_password_requests, &activity.wrong_reset_codes,
                    &activity.wrong_signup_codes, &activity.resend_requests,
                    &activity.change_password_calls};
}

// Whether `lockout` still matters: a failure on record (or a lock), and
// not yet forgotten (CheckSignInAllowed forgets it `memory` after the last
// failure). A record of no failure is never read.
bool LockoutMatters(const LockoutState& lockout, Timestamp now, std::chrono::seconds memory) {
  const bool recorded = lockout.failures != 0 || lockout.locked_until != Timestamp();
  return recorded && now - lockout.last_attempt < memory;
}

}  // namespace

void UserActivity::Prune(Timestamp now, std::chrono::seconds lockout_memory) {
  for (std::optional<IssuedCode>* code : {&reset_code, &signup_code, &attribute_code}) {
    if (*code && (*code)->expires_at <= now) code->reset();
  }
  for (RateWindow* window : Windows(*this)) window->Forget(now, kUserLimitWindow);
  if (!LockoutMatters(lockout, now, lockout_memory)) lockout = LockoutState{};
}

std::optional<Timestamp> UserActivity::NextEnd(std::chrono::seconds lockout_memory) const {
  std::optional<Timestamp> end;
  const auto consider = [&end](Timestamp at) { end = end ? std::min(*end, at) : at; };
  for (const std::optional<IssuedCode>* code : {&reset_code, &signup_code, &attribute_code}) {
    if (*code) consider((*code)->expires_at);
  }
  for (const RateWindow* window : Windows(*this)) {
    if (!window->times().empty()) consider(window->times().front() + kUserLimitWindow);
  }
  if (lockout.failures != 0 || lockout.locked_until != Timestamp() ||
      lockout.last_attempt != Timestamp()) {
    consider(lockout.last_attempt + lockout_memory);
  }
  return end;
}

const std::string& UserRecord::sub() const {
  static const std::string* const kNone = new std::string();  // never destroyed
  return !attributes.empty() && std::string_view(attributes.front().name) == "sub"
             ? attributes.front().value
             : *kNone;
}

std::optional<std::string> UserRecord::Attribute(const std::string& name) const {
  const std::string* value = AttributeValue(name);
  return value != nullptr ? std::optional<std::string>(*value) : std::nullopt;
}

const std::string* UserRecord::AttributeValue(std::string_view name) const {
  return AttributeValueIn(attributes, name);
}

bool UserRecord::IsVerified(std::string_view attribute_name) const {
  return IsVerifiedIn(attributes, attribute_name);
}

std::vector<std::string> UserRecord::PasswordHistory() const {
  std::vector<std::string> history;
  history.reserve(older_passwords.size() + 1);
  if (password_in_history && password) history.push_back(*password);
  history.insert(history.end(), older_passwords.begin(), older_passwords.end());
  return history;
}

void UserRecord::SetPasswordHistory(std::vector<std::string> history) {
  // Where a temporary password equals the newest entry, taking it as that
  // entry gives the same list, and the same list after any later change.
  password_in_history = password && !history.empty() && history.front() == *password;
  if (password_in_history) history.erase(history.begin());
  older_passwords = std::move(history);
}

bool UserRecord::InPasswordHistory(std::string_view candidate, std::size_t depth) const {
  if (depth == 0) return false;
  if (password_in_history && password) {
    if (*password == candidate) return true;
    --depth;
  }
  const std::size_t older = std::min(depth, older_passwords.size());
  return std::find(older_passwords.begin(),
                   older_passwords.begin() + static_cast<std::ptrdiff_t>(older),
                   candidate) != older_passwords.begin() + static_cast<std::ptrdiff_t>(older);
}

void UserRecord::ReplacePassword(std::string new_password, bool permanent,
                                 std::size_t max_history) {
  if (password_in_history && password)
    older_passwords.insert(older_passwords.begin(), std::move(*password));
  password = std::move(new_password);  // by value: the argument may have been *password itself
  password_in_history = permanent;
  while (!older_passwords.empty() && older_passwords.size() + (permanent ? 1 : 0) > max_history) {
    older_passwords.pop_back();
  }
}

const std::string* AttributeValueIn(const AttributeListType& attributes, std::string_view name) {
  for (const AttributeType& attribute : attributes) {
    if (std::string_view(attribute.name) == name) return &attribute.value;  // sizes first, inline
  }
  return nullptr;
}

void EraseAttribute(AttributeListType& attributes, std::string_view name) {
  attributes.erase(
      std::remove_if(attributes.begin(), attributes.end(),
                     [name](const AttributeType& a) { return std::string_view(a.name) == name; }),
      attributes.end());
}

bool IsVerifiedIn(const AttributeListType& attributes, std::string_view attribute_name) {
  constexpr std::string_view kSuffix = "_verified";
  for (const AttributeType& attribute : attributes) {
    const std::string_view name = attribute.name;
    if (name.size() == attribute_name.size() + kSuffix.size() &&
        name.compare(0, attribute_name.size(), attribute_name) == 0 &&
        name.compare(attribute_name.size(), kSuffix.size(), kSuffix) == 0) {
      return IsVerifiedValue(attribute.value);
    }
  }
  return false;
}

}  // namespace internal
}  // namespace cognito_fake
