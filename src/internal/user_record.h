#ifndef COGNITO_FAKE_SRC_INTERNAL_USER_RECORD_H_
#define COGNITO_FAKE_SRC_INTERNAL_USER_RECORD_H_

// What the fake keeps for one user of a pool.

#include <cognito_fake/types.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cognito_fake {
namespace internal {

// Event times inside a sliding window (kUserLimitWindow for every per-user
// limit).
inline constexpr std::chrono::hours kUserLimitWindow{1};

class RateWindow {
 public:
  // The recorded event times, oldest first (state export).
  const std::vector<Timestamp>& times() const { return times_; }
  std::vector<Timestamp>& mutable_times() { return times_; }

  // Number of events after `now - window`.
  int Count(Timestamp now, std::chrono::seconds window) const;
  // Records an event at `now`, forgetting events that left the window.
  void Add(Timestamp now, std::chrono::seconds window);
  // Forgets the events that left the window at `now`: Count does not see
  // them.
  void Forget(Timestamp now, std::chrono::seconds window);
  void Clear() { times_.clear(); }

 private:
  // Oldest first; a window holds a handful of entries.
  std::vector<Timestamp> times_;
};

// A code that was sent and can still be entered.
struct IssuedCode {
  std::string code;
  Timestamp expires_at;
  std::string attribute_name;  // "email" or "phone_number"
  // The new value the code verifies, in pools that keep the old one until
  // then (AttributesRequireVerificationBeforeUpdate).
  std::optional<std::string> pending_value;
};

struct LockoutState {
  int failures = 0;
  Timestamp locked_until;
  Timestamp last_attempt;
};

// What a user accumulates only by using the account: codes in flight, the
// hourly limits and the sign-in lockout. Most users of a large test pool
// never have any, so a UserRecord holds it behind a pointer (see Lazy).
struct UserActivity {
  std::optional<IssuedCode> reset_code;
  std::optional<IssuedCode> signup_code;
  std::optional<IssuedCode> attribute_code;
  RateWindow forgot_password_requests;
  RateWindow wrong_reset_codes;
  RateWindow wrong_signup_codes;
  RateWindow resend_requests;
  RateWindow change_password_calls;
  LockoutState lockout;
  // When the sweep scheduled for this record is due (Timestamp() while none
  // is): bookkeeping, not activity.
  Timestamp sweep_due;

  // Whether this is what a user who never used the account has: no code,
  // no event in any window, no failed sign-in.
  bool IsEmpty() const;
  // Forgets what has ended at `now`: expired codes, events that left their
  // one-hour window, a lockout record forgotten `lockout_memory` after the
  // last failure (and one that records no failure). Changes no answer.
  void Prune(Timestamp now, std::chrono::seconds lockout_memory);
  // When Prune next has something to forget; nullopt when IsEmpty().
  std::optional<Timestamp> NextEnd(std::chrono::seconds lockout_memory) const;
};

// The MFA factors' names, as UserMFASettingList, PreferredMfaSetting and
// the MFAS_CAN_* challenge parameters spell them.
inline constexpr char kSmsMfa[] = "SMS_MFA";
inline constexpr char kSoftwareTokenMfa[] = "SOFTWARE_TOKEN_MFA";
inline constexpr char kEmailOtp[] = "EMAIL_OTP";

// A user's MFA settings (mfa-behavior.md §3.3). Secrets are kept as the
// base32 SecretCode the user was given.
struct UserMfa {
  std::optional<std::string> software_token;          // the verified TOTP secret
  std::optional<std::string> pending_software_token;  // associated, not yet verified
  std::int64_t last_token_step = -1;                  // the last TOTP step accepted
  std::string device_name;                            // VerifySoftwareToken's FriendlyDeviceName
  // The activated factors and the preferred one ("SMS_MFA",
  // "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"; empty when none).
  bool sms = false;
  bool totp = false;
  bool email = false;
  std::string preferred;
  // Whether this is what a user who never touched MFA has.
  bool IsEmpty() const {
    return !software_token && !pending_software_token && last_token_step < 0 &&
           device_name.empty() && !sms && !totp && !email && preferred.empty();
  }
};

// A `T` with value semantics that is allocated on its first mutable use;
// until then it reads as a default-constructed `T` and costs one pointer.
template <typename T>
class Lazy {
 public:
  Lazy() = default;
  Lazy(const Lazy& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  Lazy& operator=(const Lazy& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  Lazy(Lazy&&) noexcept = default;
  Lazy& operator=(Lazy&&) noexcept = default;
  ~Lazy() = default;

  const T& get() const {
    static const T* const kEmpty = new T();  // immutable; never destroyed
    return value_ ? *value_ : *kEmpty;
  }
  T& mutable_get() {
    if (!value_) value_ = std::make_unique<T>();
    return *value_;
  }
  // The value if it was ever written, else nullptr (allocates nothing).
  T* if_present() { return value_.get(); }
  // Whether the value is allocated.
  bool has_value() const { return value_ != nullptr; }
  // Frees the value: it reads as a default-constructed `T` again.
  void reset() { value_.reset(); }

 private:
  std::unique_ptr<T> value_;
};

struct UserRecord {
  std::uint64_t sequence = 0;  // creation order, for ListUsers
  std::string username;        // canonical, as first spelled
  // "sub" first (the user's sub is kept only there), then in the order
  // first set. No operation can change or remove "sub".
  AttributeListType attributes;
  UserStatusType status = UserStatusType::kUnconfirmed;
  bool enabled = true;
  bool password_in_history = false;  // `password` is the history's newest entry (it is permanent)
  Timestamp created;
  Timestamp last_modified;
  std::optional<std::string> password;  // kept in clear: this is a test double
  Timestamp password_set_at;
  // The user's password history is the permanent passwords, newest first:
  // `password` when it is permanent (`password_in_history`), then
  // `older_passwords`. The current one is not copied, so a user who only
  // ever had one password has an empty vector (no allocation).
  std::vector<std::string> older_passwords;
  Lazy<UserActivity> lazy_activity;
  Lazy<UserMfa> lazy_mfa;              // allocated once the user touches MFA
  std::uint64_t token_generation = 0;  // bumped to revoke every token issued before

  // The user's sub: the value of the first attribute, "sub" ("" for a
  // record whose attributes do not start with it, as one being built).
  const std::string& sub() const;

  const UserActivity& activity() const { return lazy_activity.get(); }
  UserActivity& mutable_activity() { return lazy_activity.mutable_get(); }
  UserActivity* activity_if_present() { return lazy_activity.if_present(); }
  bool has_activity() const { return lazy_activity.has_value(); }
  // Frees the activity record (the sweep, once it is empty).
  void ForgetActivity() { lazy_activity.reset(); }
  const UserMfa& mfa() const { return lazy_mfa.get(); }
  UserMfa& mutable_mfa() { return lazy_mfa.mutable_get(); }

  std::optional<std::string> Attribute(const std::string& name) const;
  // The attribute's value in place, or nullptr (no copy: hot paths).
  const std::string* AttributeValue(std::string_view name) const;
  bool IsVerified(std::string_view attribute_name) const;  // "<name>_verified" == "true"/"True"

  // The password history as one list, newest first (state export).
  std::vector<std::string> PasswordHistory() const;
  // Sets the history from one list, newest first, after `password` is set
  // (state import): the current password is its newest entry when equal.
  void SetPasswordHistory(std::vector<std::string> history);
  // Whether `candidate` is among the newest `depth` entries of the history.
  bool InPasswordHistory(std::string_view candidate, std::size_t depth) const;
  // Makes `new_password` the password, permanent or not; a permanent one
  // joins the history, which keeps at most `max_history` entries.
  void ReplacePassword(std::string new_password, bool permanent, std::size_t max_history);
};

// The value of the attribute `name` in `attributes`, in place, or nullptr.
const std::string* AttributeValueIn(const AttributeListType& attributes, std::string_view name);
// Removes every attribute named `name` from `attributes`.
void EraseAttribute(AttributeListType& attributes, std::string_view name);
// Whether a `*_verified` attribute's value means verified: "true", or
// "True" as Cognito also accepts (moto aws_verified test).
inline bool IsVerifiedValue(std::string_view value) { return value == "true" || value == "True"; }
// Whether `attributes` mark `attribute_name` verified ("<name>_verified" is
// a verified value).
bool IsVerifiedIn(const AttributeListType& attributes, std::string_view attribute_name);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_USER_RECORD_H_
