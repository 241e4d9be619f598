#ifndef COGNITO_FAKE_OUTBOX_H_
#define COGNITO_FAKE_OUTBOX_H_

/// @file
/// `Outbox`: every email and SMS the fake would have sent, as data.

#include <cognito_fake/enums.h>
#include <cognito_fake/types.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cognito_fake {

namespace internal {
struct StateAccess;
}  // namespace internal

/// Why Cognito sent a message. Each occasion has its own template and
/// CustomMessage trigger source.
enum class MessageOccasion {
  kSignUp,                  ///< SignUp: verification code (`CustomMessage_SignUp`).
  kResendCode,              ///< ResendConfirmationCode (`CustomMessage_ResendCode`).
  kForgotPassword,          ///< ForgotPassword (`CustomMessage_ForgotPassword`).
  kAdminResetUserPassword,  ///< AdminResetUserPassword (`CustomMessage_ForgotPassword`).
  kAdminCreateUser,         ///< AdminCreateUser invitation (`CustomMessage_AdminCreateUser`).
  kUpdateUserAttribute,  ///< A changed email/phone to verify (`CustomMessage_UpdateUserAttribute`).
  /// GetUserAttributeVerificationCode (`CustomMessage_VerifyUserAttribute`).
  kVerifyUserAttribute,
  /// An SMS_MFA or EMAIL_OTP code at sign-in (`CustomMessage_Authentication`).
  kAuthentication,
};

/// The occasion's name, e.g. `"AdminResetUserPassword"`.
std::string_view ToString(MessageOccasion occasion);
/// Parses an occasion's name.
template <>
std::optional<MessageOccasion> FromString<MessageOccasion>(std::string_view text);
/// Prints the occasion's name.
std::ostream& operator<<(std::ostream& os, MessageOccasion occasion);

/// One captured message.
struct Message {
  std::uint64_t sequence = 0;            ///< 1, 2, 3 ... per fake, in sending order.
  std::string user_pool_id;              ///< The pool.
  std::optional<std::string> client_id;  ///< The app client, absent for admin operations.
  std::string username;                  ///< The user's canonical username.
  DeliveryMediumType medium = DeliveryMediumType::kEmail;  ///< EMAIL or SMS.
  std::string destination;             ///< The unmasked address or phone number.
  std::optional<std::string> subject;  ///< Email subject; absent for SMS.
  std::string body;                    ///< The rendered text, code substituted.
  std::string code;                    ///< The raw code (the temporary password for invitations).
  MessageOccasion occasion = MessageOccasion::kForgotPassword;  ///< Why it was sent.
  std::string trigger_source;          ///< The CustomMessage trigger source Cognito would use.
  ClientMetadataType client_metadata;  ///< The request's ClientMetadata.
  std::optional<CodeDeliveryDetailsType>
      code_delivery_details;         ///< What the caller was told, if anything.
  Timestamp sent_at;                 ///< Fake-clock time of sending.
  bool delivered = true;             ///< False when the message did not reach the user.
  std::string not_delivered_reason;  ///< Why not, when `delivered` is false.
  /// When the attempt made the operation fail (a trigger, role or quota
  /// error), the AWS exception it answered with; the code was then never
  /// valid. Unset for sent messages and for ones SNS/SES silently dropped.
  std::optional<std::string> failed_with;
};

/// Prints the message's occasion, medium, destination, user and code.
std::ostream& operator<<(std::ostream& os, const Message& message);

/// The captured messages of one fake, oldest first. Thread-safe.
///
/// An outbox keeps every message unless it is given a capacity: then it
/// keeps the newest `capacity()` and counts the older ones it lets go in
/// `dropped()` (a long-running server caps it; tests rarely need to).
class Outbox {
 public:
  Outbox();
  ~Outbox();
  Outbox(const Outbox&) = delete;
  Outbox& operator=(const Outbox&) = delete;

  /// Appends `message`, assigning its sequence number (the next after the
  /// last message recorded, cleared or not), then calls the observer.
  void Record(Message message);

  /// All messages, oldest first, without removing them.
  std::vector<Message> Peek() const;
  /// All messages, oldest first, removing them.
  std::vector<Message> Drain();
  /// The newest message, if any.
  std::optional<Message> Last() const;
  /// The newest message sent to user `username` (canonical) in `user_pool_id`.
  std::optional<Message> LastFor(std::string_view user_pool_id, std::string_view username) const;
  /// The messages sent to user `username` (canonical), oldest first.
  std::vector<Message> For(std::string_view user_pool_id, std::string_view username) const;
  /// The messages of one occasion, oldest first.
  std::vector<Message> WithOccasion(MessageOccasion occasion) const;
  /// The messages sent by one medium (EMAIL or SMS), oldest first.
  std::vector<Message> WithMedium(DeliveryMediumType medium) const;
  /// Number of messages held.
  std::size_t size() const;
  /// True when no message is held.
  bool empty() const { return size() == 0; }
  /// Removes every message (sequence numbers keep counting).
  void Clear();
  /// Keeps at most `capacity` messages from now on, letting the oldest go
  /// (those beyond it at once); 0, the default, keeps every message. Codes
  /// in messages let go are no longer found by `LastFor` or
  /// `FakeIdentityProvider::LastCodeFor`.
  void SetCapacity(std::size_t capacity);
  /// The capacity (0: none).
  std::size_t capacity() const;
  /// How many messages the capacity let go, since the outbox was made.
  std::uint64_t dropped() const;
  /// Calls `observer` with each message recorded from now on (after it is
  /// stored, outside the outbox's lock); an empty function stops it.
  void SetObserver(std::function<void(const Message&)> observer);

 private:
  friend struct internal::StateAccess;

  mutable std::mutex mu_;
  std::function<void(const Message&)> observer_;
  std::uint64_t next_sequence_ = 1;
  std::size_t capacity_ = 0;
  std::uint64_t dropped_ = 0;
  std::deque<Message> messages_;

  // Lets the oldest messages beyond the capacity go. Needs `mu_`.
  void TrimLocked();
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_OUTBOX_H_
