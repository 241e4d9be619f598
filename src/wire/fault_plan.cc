#include <cognito_fake/errors.h>
#include <cognito_fake/fault_plan.h>

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <vector>

#include "wire/json_codec.h"

namespace cognito_fake {
namespace {

using Json = nlohmann::json;
using wire::ParseJsonText;

// `value` as an integer in [min, max], or nullopt: not an integer, or out
// of range (no silent narrowing of 4294967297 to 1).
std::optional<std::int64_t> IntegerIn(const Json& value, std::int64_t min, std::int64_t max) {
  if (value.is_number_unsigned()) {
    const auto n = value.get<std::uint64_t>();
    if (n > static_cast<std::uint64_t>(max)) return std::nullopt;
    const auto signed_n = static_cast<std::int64_t>(n);
    return signed_n >= min ? std::optional<std::int64_t>(signed_n) : std::nullopt;
  }
  if (!value.is_number_integer()) return std::nullopt;
  const auto n = value.get<std::int64_t>();
  return n >= min && n <= max ? std::optional<std::int64_t>(n) : std::nullopt;
}

Status PlanError(const std::string& where, const std::string& what) {
  return Status(ErrorCode::kInvalidParameter, "fault plan: " + where + ": " + what);
}

StatusOr<ErrorCode> ParseError(const Json& value, const std::string& where) {
  if (!value.is_string()) return PlanError(where, "an exception name must be a string");
  const auto code = ErrorCodeFromName(value.get<std::string>());
  if (!code || *code == ErrorCode::kOk) {
    return PlanError(where, "unknown exception \"" + value.get<std::string>() + "\"");
  }
  return *code;
}

StatusOr<FaultRule> ParseRule(const Json& json, const std::string& where) {
  static const std::set<std::string> kMembers = {"name",
                                                 "operation",
                                                 "nth",
                                                 "times",
                                                 "probability",
                                                 "username",
                                                 "after",
                                                 "fail",
                                                 "fail_after_call",
                                                 "delay_ms",
                                                 "allow_undocumented"};
  if (!json.is_object()) return PlanError(where, "a rule must be an object");
  for (const auto& [key, value] : json.items()) {
    if (kMembers.count(key) == 0) return PlanError(where, "unknown member \"" + key + "\"");
  }
  const auto operation = json.find("operation");
  if (operation == json.end() || !operation->is_string()) {
    return PlanError(where, "\"operation\" (an operation name or \"*\") is required");
  }
  FaultRule rule = FaultRule::OnAny();
  if (operation->get<std::string>() != "*") {
    const auto parsed = OperationFromName(operation->get<std::string>());
    if (!parsed)
      return PlanError(where, "unknown operation \"" + operation->get<std::string>() + "\"");
    rule = FaultRule::On(*parsed);
  }
  if (auto name = json.find("name"); name != json.end()) {
    if (!name->is_string()) return PlanError(where, "\"name\" must be a string");
    rule.Named(name->get<std::string>());
  }
  int schedules = 0;
  if (auto nth = json.find("nth"); nth != json.end()) {
    const auto n = IntegerIn(*nth, 1, std::numeric_limits<int>::max());
    if (!n) return PlanError(where, "\"nth\" must be an integer from 1 to 2147483647");
    rule.Nth(static_cast<int>(*n));
    ++schedules;
  }
  if (auto times = json.find("times"); times != json.end()) {
    const auto n = IntegerIn(*times, 1, std::numeric_limits<int>::max());
    if (!n) return PlanError(where, "\"times\" must be an integer from 1 to 2147483647");
    rule.Times(static_cast<int>(*n));
    ++schedules;
  }
  if (auto probability = json.find("probability"); probability != json.end()) {
    if (!probability->is_number()) return PlanError(where, "\"probability\" must be a number");
    rule.WithProbability(probability->get<double>());
    ++schedules;
  }
  if (schedules > 1)
    return PlanError(where, "use at most one of \"nth\", \"times\", \"probability\"");
  if (auto username = json.find("username"); username != json.end()) {
    if (!username->is_string()) return PlanError(where, "\"username\" must be a string");
    rule.WhenUsername(username->get<std::string>());
  }
  if (auto after = json.find("after"); after != json.end()) {
    if (!after->is_array()) return PlanError(where, "\"after\" must be a list of rule names");
    for (const Json& name : *after) {
      if (!name.is_string()) return PlanError(where, "\"after\" must be a list of rule names");
      rule.After(name.get<std::string>());
    }
  }
  int actions = 0;
  if (auto fail = json.find("fail"); fail != json.end()) {
    if (!fail->is_object() || !fail->contains("error")) {
      return PlanError(
          where, "\"fail\" must be {\"error\": <exception name>, \"message\": <optional text>}");
    }
    auto code = ParseError((*fail)["error"], where);
    if (!code.ok()) return code.status();
    if (fail->contains("message")) {
      if (!(*fail)["message"].is_string()) return PlanError(where, "\"message\" must be a string");
      rule.Fail(*code, (*fail)["message"].get<std::string>());
    } else {
      rule.Fail(*code);
    }
    ++actions;
  }
  if (auto fail = json.find("fail_after_call"); fail != json.end()) {
    auto code = ParseError(*fail, where);
    if (!code.ok()) return code.status();
    rule.FailAfterCall(*code);
    ++actions;
  }
  if (auto delay = json.find("delay_ms"); delay != json.end()) {
    const auto max_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(FaultRule::kMaxDelay).count();
    const auto ms = IntegerIn(*delay, 0, max_ms);
    if (!ms)
      return PlanError(where, "\"delay_ms\" must be an integer from 0 to 86400000 (24 hours)");
    rule.Delay(std::chrono::milliseconds(*ms));
    ++actions;
  }
  if (actions != 1)
    return PlanError(where, "give exactly one of \"fail\", \"fail_after_call\", \"delay_ms\"");
  if (auto allow = json.find("allow_undocumented"); allow != json.end()) {
    if (!allow->is_boolean()) return PlanError(where, "\"allow_undocumented\" must be a boolean");
    if (allow->get<bool>()) rule.AllowUndocumented();
  }
  return rule;
}

}  // namespace

Status LoadFaultPlan(FaultInjector& injector, std::string_view text) {
  const Json plan = ParseJsonText(text);
  if (plan.is_discarded() || !plan.is_object()) return PlanError("plan", "not a JSON object");
  for (const auto& [key, value] : plan.items()) {
    if (key != "rules" && key != "quotas")
      return PlanError("plan", "unknown member \"" + key + "\"");
  }
  std::vector<FaultRule> rules;
  if (auto json_rules = plan.find("rules"); json_rules != plan.end()) {
    if (!json_rules->is_array()) return PlanError("plan", "\"rules\" must be a list");
    for (std::size_t i = 0; i < json_rules->size(); ++i) {
      auto rule = ParseRule((*json_rules)[i], "rule " + std::to_string(i + 1));
      if (!rule.ok()) return rule.status();
      rules.push_back(*std::move(rule));
    }
  }
  std::optional<QuotaOptions> quotas;
  if (auto json_quotas = plan.find("quotas"); json_quotas != plan.end()) {
    if (!json_quotas->is_object())
      return PlanError("quotas", "must map categories to requests per second");
    quotas = QuotaOptions{};
    for (const auto& [category, rate] : json_quotas->items()) {
      if (quotas->requests_per_second.count(category) == 0) {
        return PlanError("quotas", "unknown category \"" + category + "\"");
      }
      const auto n = IntegerIn(rate, 0, std::numeric_limits<int>::max());
      if (!n)
        return PlanError("quotas", "\"" + category + "\" must be an integer from 0 to 2147483647");
      quotas->requests_per_second[category] = static_cast<int>(*n);
    }
  }
  if (quotas && !injector.has_clock()) {
    return PlanError("quotas", "quota emulation needs the injector to have a clock");
  }
  if (Status status = injector.AddAll(std::move(rules)); !status.ok()) {
    return PlanError("rules", status.message());
  }
  if (quotas) {
    if (Status status = injector.EmulateQuotas(*quotas); !status.ok()) return status;
  }
  return Status();
}

}  // namespace cognito_fake
