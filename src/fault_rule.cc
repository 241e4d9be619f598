// FaultRule: the builder of a FaultInjector's rules, and how a journal
// entry prints.

#include <cognito_fake/fault_injector.h>

#include <ostream>

namespace cognito_fake {

FaultRule FaultRule::On(Operation operation) {
  FaultRule rule;
  rule.operation_ = operation;
  return rule;
}
FaultRule FaultRule::OnAny() { return FaultRule(); }
FaultRule& FaultRule::Named(std::string name) {
  name_ = std::move(name);
  return *this;
}
FaultRule& FaultRule::When(std::function<bool(const CallInfo&)> predicate) {
  predicate_ = std::move(predicate);
  return *this;
}
FaultRule& FaultRule::WhenUsername(std::string username) {
  return When(
      [username = std::move(username)](const CallInfo& call) { return call.username == username; });
}
FaultRule& FaultRule::After(std::string rule_name) {
  after_.push_back(std::move(rule_name));
  return *this;
}
FaultRule& FaultRule::Nth(int n) {
  schedule_ = Schedule::kNth;
  count_ = n;
  return *this;
}
FaultRule& FaultRule::Times(int k) {
  schedule_ = Schedule::kTimes;
  count_ = k;
  return *this;
}
FaultRule& FaultRule::Always() {
  schedule_ = Schedule::kAlways;
  return *this;
}
FaultRule& FaultRule::WithProbability(double p) {
  schedule_ = Schedule::kProbability;
  probability_ = p;
  return *this;
}
FaultRule& FaultRule::Fail(ErrorCode code) {
  action_ = Action::kFail;
  error_ = code;
  message_.reset();
  return *this;
}
FaultRule& FaultRule::Fail(ErrorCode code, std::string message) {
  action_ = Action::kFail;
  error_ = code;
  message_ = std::move(message);
  return *this;
}
FaultRule& FaultRule::FailAfterCall(ErrorCode code) {
  action_ = Action::kFailAfterCall;
  error_ = code;
  return *this;
}
FaultRule& FaultRule::Delay(std::chrono::milliseconds duration) {
  action_ = Action::kDelay;
  delay_ = duration;
  return *this;
}
FaultRule& FaultRule::AllowUndocumented() {
  allow_undocumented_ = true;
  return *this;
}

std::ostream& operator<<(std::ostream& os, const JournalEntry& entry) {
  os << "#" << entry.sequence << " " << entry.operation << " -> " << entry.outcome;
  if (entry.fault) os << " [" << *entry.fault << "]";
  for (const std::string& delay : entry.delays) os << " [delay " << delay << "]";
  return os;
}

}  // namespace cognito_fake
