#ifndef COGNITO_FAKE_SRC_INTERNAL_OUTBOX_ACCESS_H_
#define COGNITO_FAKE_SRC_INTERNAL_OUTBOX_ACCESS_H_

// How the fake hands a message to its outbox without building a `Message`
// (eight strings, each its own allocation) that the outbox would only copy
// into its compact form: the parts are views of the fake's own texts,
// valid for the call.

#include <cognito_fake/outbox.h>
#include <cognito_fake/types.h>

#include <optional>
#include <string_view>

namespace cognito_fake {
namespace internal {

// A message's fields, as `Message` has them, by view.
struct MessageParts {
  std::string_view user_pool_id;
  std::optional<std::string_view> client_id;
  std::string_view username;
  DeliveryMediumType medium = DeliveryMediumType::kEmail;
  std::string_view destination;
  std::optional<std::string_view> subject;
  std::string_view body;
  std::string_view code;
  MessageOccasion occasion = MessageOccasion::kForgotPassword;
  std::string_view trigger_source;
  const ClientMetadataType* client_metadata = nullptr;          // null: none
  const CodeDeliveryDetailsType* code_delivery_details = nullptr;  // null: none
  Timestamp sent_at;
  bool delivered = true;
  std::string_view not_delivered_reason;
  std::optional<std::string_view> failed_with;
};

// The fake's way in to `Outbox::Record(const MessageParts&)`.
struct OutboxAccess {
  static void Record(Outbox& outbox, const MessageParts& parts) { outbox.Record(parts); }
  static std::size_t TextBlocksHeld(const Outbox& outbox) { return outbox.TextBlocksHeld(); }
};

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_OUTBOX_ACCESS_H_
