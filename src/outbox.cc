#include <cognito_fake/outbox.h>

#include "internal/outbox_access.h"
#include "internal/short_text.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <utility>

namespace cognito_fake {

std::string_view ToString(MessageOccasion occasion) {
  switch (occasion) {
    case MessageOccasion::kSignUp:
      return "SignUp";
    case MessageOccasion::kResendCode:
      return "ResendCode";
    case MessageOccasion::kForgotPassword:
      return "ForgotPassword";
    case MessageOccasion::kAdminResetUserPassword:
      return "AdminResetUserPassword";
    case MessageOccasion::kAdminCreateUser:
      return "AdminCreateUser";
    case MessageOccasion::kUpdateUserAttribute:
      return "UpdateUserAttribute";
  }
  return "Unknown";
}

template <>
std::optional<MessageOccasion> FromString<MessageOccasion>(std::string_view text) {
  for (MessageOccasion occasion :
       {MessageOccasion::kSignUp, MessageOccasion::kResendCode, MessageOccasion::kForgotPassword,
        MessageOccasion::kAdminResetUserPassword, MessageOccasion::kAdminCreateUser,
        MessageOccasion::kUpdateUserAttribute}) {
    if (ToString(occasion) == text) return occasion;
  }
  return std::nullopt;
}

std::ostream& operator<<(std::ostream& os, MessageOccasion occasion) {
  return os << ToString(occasion);
}

std::ostream& operator<<(std::ostream& os, const Message& message) {
  os << "Message #" << message.sequence << " {" << message.occasion << " " << message.medium
     << " to " << message.destination << " for " << message.user_pool_id << "/"
     << message.username << ", code \"" << message.code << "\"";
  if (!message.client_metadata.empty()) {
    os << ", ClientMetadata {";
    const char* separator = "";
    for (const auto& [key, value] : message.client_metadata) {
      os << separator << key << "=" << value;
      separator = ", ";
    }
    os << "}";
  }
  if (!message.delivered) os << ", NOT delivered: " << message.not_delivered_reason;
  return os << "}";
}

// ------------------------------------------------------------------ storage

namespace {

// The texts of a stored message, in the order they sit in its block.
enum Field : int {
  kUserPoolId,
  kClientId,
  kUsername,
  kDestination,
  kSubject,
  kBody,
  kCode,
  kTriggerSource,
  kNotDeliveredReason,
  kFailedWith,
  kDetailsDestination,
  kDetailsAttributeName,
  kFieldCount,
};

// Which optional members a stored message has.
enum Present : std::uint16_t {
  kHasClientId = 1 << 0,
  kHasSubject = 1 << 1,
  kHasFailedWith = 1 << 2,
  kHasDetails = 1 << 3,
  kHasDetailsDestination = 1 << 4,
  kHasDetailsMedium = 1 << 5,
  kHasDetailsAttributeName = 1 << 6,
};

// The bytes messages' texts are kept in: blocks of kBlockBytes, filled one
// after the other (a text longer than an eighth of one gets its own).
// Rewind() makes every byte room again and keeps the blocks, up to
// kKeptBlocks of them.
class TextBlocks {
 public:
  static constexpr std::size_t kBlockBytes = 64 * 1024;
  // 32 MiB: 2^17 messages (Outbox::Store's bound) of up to 256 bytes of text.
  static constexpr std::size_t kKeptBlocks = 512;

  // Room for `size` bytes, until Rewind(). If an allocation throws, nothing
  // is lost or changed.
  char* Allocate(std::size_t size) {
    if (static_cast<std::size_t>(limit_ - cursor_) < size) {
      if (size > kBlockBytes / 8) return Keep(own_, size);
      if (next_ == blocks_.size()) Keep(blocks_, kBlockBytes);
      cursor_ = blocks_[next_++].get();
      limit_ = cursor_ + kBlockBytes;
    }
    char* const at = cursor_;
    cursor_ += size;
    return at;
  }
  // Makes every block room again, freeing the long texts' and the blocks
  // past kKeptBlocks.
  void Rewind() {
    own_.clear();
    if (blocks_.size() > kKeptBlocks) blocks_.resize(kKeptBlocks);
    next_ = 0;
    cursor_ = nullptr;
    limit_ = nullptr;
  }
  // The shared blocks held, used or not.
  std::size_t blocks() const { return blocks_.size(); }

 private:
  // A new block of `size` bytes, owned by `owner` (room made first, so
  // that a throw leaks nothing).
  static char* Keep(std::vector<std::unique_ptr<char[]>>& owner, std::size_t size) {
    if (owner.size() == owner.capacity()) owner.reserve(std::max<std::size_t>(8, 2 * owner.size()));
    std::unique_ptr<char[]> block(new char[size]);  // uninitialised: every byte is written before it is read
    char* const at = block.get();
    owner.push_back(std::move(block));  // cannot throw: there is room
    return at;
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<std::unique_ptr<char[]>> own_;  // the long texts'
  std::size_t next_ = 0;                      // the block after the one being filled
  char* cursor_ = nullptr;                    // free bytes [cursor_, limit_) of it
  char* limit_ = nullptr;
};

}  // namespace

// One message: every text back to back in its store's TextBlocks, `end`
// the offset just past each; the rest as `Message` has it.
struct Outbox::Stored {
  std::uint64_t sequence = 0;
  Timestamp sent_at;
  const char* text = nullptr;
  std::array<std::uint32_t, kFieldCount> end{};
  ClientMetadataType client_metadata;
  std::uint16_t present = 0;
  DeliveryMediumType medium = DeliveryMediumType::kEmail;
  DeliveryMediumType details_medium = DeliveryMediumType::kEmail;
  MessageOccasion occasion = MessageOccasion::kForgotPassword;
  bool delivered = true;

  Stored(const internal::MessageParts& parts, TextBlocks& blocks) {
    std::array<std::string_view, kFieldCount> texts{};
    texts[kUserPoolId] = parts.user_pool_id;
    if (parts.client_id) {
      present |= kHasClientId;
      texts[kClientId] = *parts.client_id;
    }
    texts[kUsername] = parts.username;
    texts[kDestination] = parts.destination;
    if (parts.subject) {
      present |= kHasSubject;
      texts[kSubject] = *parts.subject;
    }
    texts[kBody] = parts.body;
    texts[kCode] = parts.code;
    texts[kTriggerSource] = parts.trigger_source;
    texts[kNotDeliveredReason] = parts.not_delivered_reason;
    if (parts.failed_with) {
      present |= kHasFailedWith;
      texts[kFailedWith] = *parts.failed_with;
    }
    if (const CodeDeliveryDetailsType* details = parts.code_delivery_details) {
      present |= kHasDetails;
      if (details->destination) {
        present |= kHasDetailsDestination;
        texts[kDetailsDestination] = *details->destination;
      }
      if (details->delivery_medium) {
        present |= kHasDetailsMedium;
        details_medium = *details->delivery_medium;
      }
      if (details->attribute_name) {
        present |= kHasDetailsAttributeName;
        texts[kDetailsAttributeName] = *details->attribute_name;
      }
    }
    std::size_t size = 0;
    for (std::string_view piece : texts) size += piece.size();
    char* const block = blocks.Allocate(size);
    text = block;
    std::uint32_t at = 0;
    for (int field = 0; field < kFieldCount; ++field) {
      // Inline: a memcpy call for each of a dozen short texts cost more than the copies.
      internal::CopyShort(texts[field].data(), texts[field].size(), block + at);
      at += static_cast<std::uint32_t>(texts[field].size());
      end[field] = at;
    }
    sent_at = parts.sent_at;
    if (parts.client_metadata != nullptr) client_metadata = *parts.client_metadata;
    medium = parts.medium;
    occasion = parts.occasion;
    delivered = parts.delivered;
  }

  std::string_view View(Field field) const {
    const std::uint32_t begin = field == 0 ? 0 : end[field - 1];
    return std::string_view(text + begin, end[field] - begin);
  }
  std::string String(Field field) const { return std::string(View(field)); }
  std::optional<std::string> OptionalString(Field field, Present bit) const {
    if ((present & bit) == 0) return std::nullopt;
    return String(field);
  }

  Message ToMessage() const {
    Message message;
    message.sequence = sequence;
    message.user_pool_id = String(kUserPoolId);
    message.client_id = OptionalString(kClientId, kHasClientId);
    message.username = String(kUsername);
    message.medium = medium;
    message.destination = String(kDestination);
    message.subject = OptionalString(kSubject, kHasSubject);
    message.body = String(kBody);
    message.code = String(kCode);
    message.occasion = occasion;
    message.trigger_source = String(kTriggerSource);
    message.client_metadata = client_metadata;
    if (present & kHasDetails) {
      CodeDeliveryDetailsType& details = message.code_delivery_details.emplace();
      details.destination = OptionalString(kDetailsDestination, kHasDetailsDestination);
      if (present & kHasDetailsMedium) details.delivery_medium = details_medium;
      details.attribute_name = OptionalString(kDetailsAttributeName, kHasDetailsAttributeName);
    }
    message.sent_at = sent_at;
    message.delivered = delivered;
    message.not_delivered_reason = String(kNotDeliveredReason);
    message.failed_with = OptionalString(kFailedWith, kHasFailedWith);
    return message;
  }
};

// The messages, oldest first, and the blocks their texts are in.
struct Outbox::Store {
  // Messages kept room for after Reset(), at most: with TextBlocks'
  // bound, ~50 MB a fake at most, and only once it has sent that many.
  static constexpr std::size_t kKeptMessages = std::size_t{1} << 17;

  // Appends a message made of `parts`.
  Stored& Add(const internal::MessageParts& parts) { return messages.emplace_back(parts, texts); }
  // Empty, keeping the room (within bounds) for the messages that follow.
  void Reset() {
    if (messages.capacity() > kKeptMessages) {
      std::vector<Stored>().swap(messages);
    } else {
      messages.clear();
    }
    texts.Rewind();
  }

  std::vector<Stored> messages;  // oldest first
  TextBlocks texts;              // their texts
};

namespace {

internal::MessageParts PartsOf(const Message& message) {
  internal::MessageParts parts;
  parts.user_pool_id = message.user_pool_id;
  if (message.client_id) parts.client_id = *message.client_id;
  parts.username = message.username;
  parts.medium = message.medium;
  parts.destination = message.destination;
  if (message.subject) parts.subject = *message.subject;
  parts.body = message.body;
  parts.code = message.code;
  parts.occasion = message.occasion;
  parts.trigger_source = message.trigger_source;
  parts.client_metadata = &message.client_metadata;
  if (message.code_delivery_details) parts.code_delivery_details = &*message.code_delivery_details;
  parts.sent_at = message.sent_at;
  parts.delivered = message.delivered;
  parts.not_delivered_reason = message.not_delivered_reason;
  if (message.failed_with) parts.failed_with = *message.failed_with;
  return parts;
}

// The stored messages `keep` accepts, as `Message`s, oldest first, room
// made for `expected` of them. (A template, so that it can take the private
// `Stored` without naming it.)
template <typename StoredMessages, typename Keep>
std::vector<Message> MessagesWhere(const StoredMessages& stored_messages, Keep keep, std::size_t expected = 0) {
  std::vector<Message> messages;
  messages.reserve(expected);
  for (const auto& stored : stored_messages) {
    if (keep(stored)) messages.push_back(stored.ToMessage());
  }
  return messages;
}

constexpr auto kEveryMessage = [](const auto&) { return true; };

}  // namespace

Outbox::Outbox() = default;
Outbox::~Outbox() = default;

void Outbox::Record(Message message) { Record(PartsOf(message)); }

void Outbox::Record(const internal::MessageParts& parts) {
  std::function<void(const Message&)> observer;
  std::optional<Message> observed;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!store_) store_ = spare_ ? std::move(spare_) : std::make_unique<Store>();
    Stored& stored = store_->Add(parts);
    stored.sequence = next_sequence_++;
    if (!observer_) return;
    // The observer (rare) gets its own copy, outside the lock.
    observer = observer_;
    observed = stored.ToMessage();
  }
  observer(*observed);
}

void Outbox::SetObserver(std::function<void(const Message&)> observer) {
  std::lock_guard<std::mutex> lock(mu_);
  observer_ = std::move(observer);
}

const std::vector<Outbox::Stored>& Outbox::StoredLocked() const {
  static const std::vector<Stored>* const kNone = new std::vector<Stored>();  // never destroyed
  return store_ ? store_->messages : *kNone;
}

std::vector<Message> Outbox::MessagesLocked() const {
  const std::vector<Stored>& stored = StoredLocked();
  return MessagesWhere(stored, kEveryMessage, stored.size());
}

void Outbox::ReplaceLocked(std::vector<Message> messages) {
  auto replacement = std::make_unique<Store>();
  replacement->messages.reserve(messages.size());
  for (const Message& message : messages) replacement->Add(PartsOf(message)).sequence = message.sequence;
  store_ = std::move(replacement);
}

std::unique_ptr<Outbox::Store> Outbox::TakeStore() {
  std::lock_guard<std::mutex> lock(mu_);
  return std::move(store_);  // the next message takes the spare
}

void Outbox::KeepAsSpare(std::unique_ptr<Store> store) {
  if (!store) return;
  store->Reset();  // outside the lock: every message's destruction
  std::lock_guard<std::mutex> lock(mu_);
  if (!spare_) spare_ = std::move(store);
}

std::vector<Message> Outbox::Peek() const {
  std::lock_guard<std::mutex> lock(mu_);
  return MessagesLocked();
}

std::vector<Message> Outbox::Drain() {
  std::unique_ptr<Store> drained = TakeStore();
  if (!drained) return {};
  std::vector<Message> messages = MessagesWhere(drained->messages, kEveryMessage, drained->messages.size());
  KeepAsSpare(std::move(drained));
  return messages;
}

std::optional<Message> Outbox::Last() const {
  std::lock_guard<std::mutex> lock(mu_);
  const std::vector<Stored>& stored = StoredLocked();
  if (stored.empty()) return std::nullopt;
  return stored.back().ToMessage();
}

std::optional<Message> Outbox::LastFor(std::string_view user_pool_id,
                                       std::string_view username) const {
  std::lock_guard<std::mutex> lock(mu_);
  const std::vector<Stored>& stored = StoredLocked();
  for (auto it = stored.rbegin(); it != stored.rend(); ++it) {
    if (it->View(kUserPoolId) == user_pool_id && it->View(kUsername) == username) return it->ToMessage();
  }
  return std::nullopt;
}

std::vector<Message> Outbox::For(std::string_view user_pool_id, std::string_view username) const {
  std::lock_guard<std::mutex> lock(mu_);
  return MessagesWhere(StoredLocked(), [&](const Stored& stored) {
    return stored.View(kUserPoolId) == user_pool_id && stored.View(kUsername) == username;
  });
}

std::vector<Message> Outbox::WithOccasion(MessageOccasion occasion) const {
  std::lock_guard<std::mutex> lock(mu_);
  return MessagesWhere(StoredLocked(), [occasion](const Stored& stored) { return stored.occasion == occasion; });
}

std::vector<Message> Outbox::WithMedium(DeliveryMediumType medium) const {
  std::lock_guard<std::mutex> lock(mu_);
  return MessagesWhere(StoredLocked(), [medium](const Stored& stored) { return stored.medium == medium; });
}

std::size_t Outbox::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return StoredLocked().size();
}

void Outbox::Clear() { KeepAsSpare(TakeStore()); }

std::size_t Outbox::TextBlocksHeld() const {
  std::lock_guard<std::mutex> lock(mu_);
  return (store_ ? store_->texts.blocks() : 0) + (spare_ ? spare_->texts.blocks() : 0);
}

}  // namespace cognito_fake
