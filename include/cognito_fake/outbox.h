#ifndef COGNITO_FAKE_OUTBOX_H_
#define COGNITO_FAKE_OUTBOX_H_

/// @file
/// `Outbox`: every email and SMS the fake would have sent, as data.

#include <cognito_fake/enums.h>
#include <cognito_fake/types.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cognito_fake {

namespace internal {
struct StateAccess;
struct MessageParts;
struct OutboxAccess;
}  // namespace internal

/// Why Cognito sent a message. Each occasion has its own template and
/// CustomMessage trigger source.
enum class MessageOccasion {
  kSignUp,                  ///< SignUp: verification code (`CustomMessage_SignUp`).
  kResendCode,              ///< ResendConfirmationCode (`CustomMessage_ResendCode`).
  kForgotPassword,          ///< ForgotPassword (`CustomMessage_ForgotPassword`).
  kAdminResetUserPassword,  ///< AdminResetUserPassword (`CustomMessage_ForgotPassword`).
  kAdminCreateUser,         ///< AdminCreateUser invitation (`CustomMessage_AdminCreateUser`).
  kUpdateUserAttribute,     ///< A changed email/phone to verify (`CustomMessage_UpdateUserAttribute`).
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
  std::uint64_t sequence = 0;         ///< 1, 2, 3 ... per fake, in sending order.
  std::string user_pool_id;           ///< The pool.
  std::optional<std::string> client_id;  ///< The app client, absent for admin operations.
  std::string username;               ///< The user's canonical username.
  DeliveryMediumType medium = DeliveryMediumType::kEmail;  ///< EMAIL or SMS.
  std::string destination;            ///< The unmasked address or phone number.
  std::optional<std::string> subject;  ///< Email subject; absent for SMS.
  std::string body;                   ///< The rendered text, code substituted.
  std::string code;                   ///< The raw code (the temporary password for invitations).
  MessageOccasion occasion = MessageOccasion::kForgotPassword;  ///< Why it was sent.
  std::string trigger_source;         ///< The CustomMessage trigger source Cognito would use.
  ClientMetadataType client_metadata;  ///< The request's ClientMetadata.
  std::optional<CodeDeliveryDetailsType> code_delivery_details;  ///< What the caller was told, if anything.
  Timestamp sent_at;                  ///< Fake-clock time of sending.
  bool delivered = true;              ///< False when the message did not reach the user.
  std::string not_delivered_reason;   ///< Why not, when `delivered` is false.
  /// When the attempt made the operation fail (a trigger, role or quota
  /// error), the AWS exception it answered with; the code was then never
  /// valid. Unset for sent messages and for ones SNS/SES silently dropped.
  std::optional<std::string> failed_with;
};

/// Prints the message's occasion, medium, destination, user and code.
std::ostream& operator<<(std::ostream& os, const Message& message);

/// The captured messages of one fake, oldest first. Thread-safe.
///
/// Messages are kept compactly (each one's texts back to back in blocks
/// shared with the messages around it) and built as `Message` values when
/// read. Clear() and Drain() keep the storage for the messages that follow
/// (up to a bound), so a suite that sends and clears over and over
/// allocates nothing to send.
class Outbox {
 public:
  Outbox();
  ~Outbox();
  Outbox(const Outbox&) = delete;
  Outbox& operator=(const Outbox&) = delete;

  /// Appends a copy of `message`, assigning its sequence number (the fake
  /// records its own messages through an internal path that copies less).
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
  /// Calls `observer` with each message recorded from now on (after it is
  /// stored, outside the outbox's lock); an empty function stops it.
  void SetObserver(std::function<void(const Message&)> observer);

 private:
  friend struct internal::StateAccess;
  friend struct internal::OutboxAccess;

  struct Stored;  // outbox.cc
  struct Store;   // outbox.cc: the messages and the blocks their texts are in

  // What the fake sends: the parts are copied, their sequence assigned.
  void Record(const internal::MessageParts& parts);
  // Every message as a `Message`, oldest first; `mu_` must be held.
  std::vector<Message> MessagesLocked() const;
  // Replaces every message (a snapshot restored); `mu_` must be held.
  void ReplaceLocked(std::vector<Message> messages);
  // The stored messages (none without a store); `mu_` must be held.
  const std::vector<Stored>& StoredLocked() const;
  // Takes every message away, in their store (null when there is none).
  std::unique_ptr<Store> TakeStore();
  // Empties `store` outside the lock and keeps it for the next messages,
  // unless a spare is kept already.
  void KeepAsSpare(std::unique_ptr<Store> store);
  // The 64 KiB blocks of text held, in use or kept for reuse (for tests).
  std::size_t TextBlocksHeld() const;

  mutable std::mutex mu_;
  std::function<void(const Message&)> observer_;
  std::uint64_t next_sequence_ = 1;
  // Null until the first message. `spare_`: a store Clear() or Drain()
  // emptied, kept for when this one is taken.
  std::unique_ptr<Store> store_;
  std::unique_ptr<Store> spare_;
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_OUTBOX_H_
