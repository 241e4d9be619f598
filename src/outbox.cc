#include <cognito_fake/outbox.h>

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

void Outbox::Record(Message message) {
  std::function<void(const Message&)> observer;
  {
    std::lock_guard<std::mutex> lock(mu_);
    message.sequence = next_sequence_++;
    observer = observer_;
    // The observer (rare) gets its own copy, outside the lock.
    if (!observer) {
      messages_.push_back(std::move(message));
      return;
    }
    messages_.push_back(message);
  }
  observer(message);
}

void Outbox::SetObserver(std::function<void(const Message&)> observer) {
  std::lock_guard<std::mutex> lock(mu_);
  observer_ = std::move(observer);
}

std::vector<Message> Outbox::Peek() const {
  std::lock_guard<std::mutex> lock(mu_);
  return messages_;
}

std::vector<Message> Outbox::Drain() {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<Message> drained;
  drained.swap(messages_);
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
  for (auto it = messages_.rbegin(); it != messages_.rend(); ++it) {
    if (it->user_pool_id == user_pool_id && it->username == username) return *it;
  }
  return std::nullopt;
}

std::vector<Message> Outbox::For(std::string_view user_pool_id, std::string_view username) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<Message> matching;
  for (const Message& message : messages_) {
    if (message.user_pool_id == user_pool_id && message.username == username) {
      matching.push_back(message);
    }
  }
  return matching;
}

std::vector<Message> Outbox::WithOccasion(MessageOccasion occasion) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<Message> matching;
  for (const Message& message : messages_) {
    if (message.occasion == occasion) matching.push_back(message);
  }
  return matching;
}

std::vector<Message> Outbox::WithMedium(DeliveryMediumType medium) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<Message> out;
  for (const Message& message : messages_) {
    if (message.medium == medium) out.push_back(message);
  }
  return out;
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
