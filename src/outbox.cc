#include <cognito_fake/outbox.h>

#include <algorithm>
#include <iterator>
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
    case MessageOccasion::kVerifyUserAttribute:
      return "VerifyUserAttribute";
    case MessageOccasion::kAuthentication:
      return "Authentication";
  }
  return "Unknown";
}

template <>
std::optional<MessageOccasion> FromString<MessageOccasion>(std::string_view text) {
  for (MessageOccasion occasion :
       {MessageOccasion::kSignUp, MessageOccasion::kResendCode, MessageOccasion::kForgotPassword,
        MessageOccasion::kAdminResetUserPassword, MessageOccasion::kAdminCreateUser,
        MessageOccasion::kUpdateUserAttribute, MessageOccasion::kVerifyUserAttribute,
        MessageOccasion::kAuthentication}) {
    if (ToString(occasion) == text) return occasion;
  }
  return std::nullopt;
}

std::ostream& operator<<(std::ostream& os, MessageOccasion occasion) {
  return os << ToString(occasion);
}

std::ostream& operator<<(std::ostream& os, const Message& message) {
  os << "Message #" << message.sequence << " {" << message.occasion << " " << message.medium
     << " to " << message.destination << " for " << message.user_pool_id << "/" << message.username
     << ", code \"" << message.code << "\"";
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

// ---------------------------------------------------------------- storage

namespace {

template <typename Keep>
std::vector<Message> MessagesWhere(const std::deque<Message>& messages, Keep keep) {
  std::vector<Message> kept;
  std::copy_if(messages.begin(), messages.end(), std::back_inserter(kept), keep);
  return kept;
}

}  // namespace

Outbox::Outbox() = default;
Outbox::~Outbox() = default;

void Outbox::Record(Message message) {
  std::function<void(const Message&)> observer;
  {
    std::lock_guard<std::mutex> lock(mu_);
    message.sequence = next_sequence_++;
    messages_.push_back(message);
    TrimLocked();
    if (!observer_) return;
    observer = observer_;  // called outside the lock, with its own copy
  }
  observer(message);
}

void Outbox::SetObserver(std::function<void(const Message&)> observer) {
  std::lock_guard<std::mutex> lock(mu_);
  observer_ = std::move(observer);
}

void Outbox::SetCapacity(std::size_t capacity) {
  std::lock_guard<std::mutex> lock(mu_);
  capacity_ = capacity;
  TrimLocked();
}

std::size_t Outbox::capacity() const {
  std::lock_guard<std::mutex> lock(mu_);
  return capacity_;
}

std::uint64_t Outbox::dropped() const {
  std::lock_guard<std::mutex> lock(mu_);
  return dropped_;
}

void Outbox::TrimLocked() {
  if (capacity_ == 0) return;
  while (messages_.size() > capacity_) {
    messages_.pop_front();
    ++dropped_;
  }
}

std::vector<Message> Outbox::Peek() const {
  std::lock_guard<std::mutex> lock(mu_);
  return std::vector<Message>(messages_.begin(), messages_.end());
}

std::vector<Message> Outbox::Drain() {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<Message> drained(std::make_move_iterator(messages_.begin()),
                               std::make_move_iterator(messages_.end()));
  messages_.clear();
  return drained;
}

std::optional<Message> Outbox::Last() const {
  std::lock_guard<std::mutex> lock(mu_);
  if (messages_.empty()) return std::nullopt;
  return messages_.back();
}

std::optional<Message> Outbox::LastFor(std::string_view user_pool_id,
                                       std::string_view username) const {
  std::lock_guard<std::mutex> lock(mu_);
  const auto found =
      std::find_if(messages_.rbegin(), messages_.rend(), [&](const Message& message) {
        return message.user_pool_id == user_pool_id && message.username == username;
      });
  if (found == messages_.rend()) return std::nullopt;
  return *found;
}

std::vector<Message> Outbox::For(std::string_view user_pool_id, std::string_view username) const {
  std::lock_guard<std::mutex> lock(mu_);
  return MessagesWhere(messages_, [&](const Message& message) {
    return message.user_pool_id == user_pool_id && message.username == username;
  });
}

std::vector<Message> Outbox::WithOccasion(MessageOccasion occasion) const {
  std::lock_guard<std::mutex> lock(mu_);
  return MessagesWhere(messages_,
                       [&](const Message& message) { return message.occasion == occasion; });
}

std::vector<Message> Outbox::WithMedium(DeliveryMediumType medium) const {
  std::lock_guard<std::mutex> lock(mu_);
  return MessagesWhere(messages_, [&](const Message& message) { return message.medium == medium; });
}

std::size_t Outbox::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return messages_.size();
}

void Outbox::Clear() {
  std::lock_guard<std::mutex> lock(mu_);
  messages_.clear();
}

}  // namespace cognito_fake
