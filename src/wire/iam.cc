#include <cognito_fake/iam.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <nlohmann/json.hpp>
#include <utility>

#include "internal/ascii.h"
#include "wire/json_codec.h"

namespace cognito_fake {
namespace {

using wire::Json;
using wire::ParseJsonText;

constexpr std::string_view kModeNames[] = {"off", "signed", "verify"};  // in enum order

Status Invalid(std::string message) {
  return Status(ErrorCode::kInvalidParameter, std::move(message));
}

// `text` as a JSON string literal (bytes that are not UTF-8 replaced).
std::string Quote(std::string_view text) {
  return Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

// What a JSON value is, for "must be X, not Y" messages: `"text"`, `a JSON array`.
std::string Describe(const Json& value) {
  if (value.is_string()) return Quote(value.get<std::string>());
  return std::string("a JSON ") + value.type_name();
}

// The first member of `object` not named in `known`.
std::optional<std::string> UnknownMember(const Json& object,
                                         std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) return key;
  }
  return std::nullopt;
}

// The elements of a "one or a list" value, not copied (copies recurse).
std::vector<const Json*> OneOrList(const Json& value) {
  if (!value.is_array()) return {&value};
  std::vector<const Json*> items;
  for (const Json& item : value) items.push_back(&item);
  return items;
}

// The six fields of an ARN (the last one keeps any further colons), or
// nullopt when `arn` is not `arn:` and at least six fields.
std::optional<std::array<std::string_view, 6>> SplitArn(std::string_view arn) {
  std::array<std::string_view, 6> fields;
  for (std::size_t i = 0; i < 5; ++i) {
    const std::size_t colon = arn.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    fields[i] = arn.substr(0, colon);
    arn.remove_prefix(colon + 1);
  }
  fields[5] = arn;
  if (fields[0] != "arn") return std::nullopt;
  return fields;
}

// `text` is `/`-separated non-empty names, `min` to `max` of them.
bool IsNames(std::string_view text, std::ptrdiff_t min, std::ptrdiff_t max) {
  const std::ptrdiff_t count = std::count(text.begin(), text.end(), '/') + 1;
  return !text.empty() && text.front() != '/' && text.back() != '/' &&
         text.find("//") == std::string_view::npos && count >= min && count <= max;
}

// An IAM user (`user/<path><name>`), role or root, or an STS assumed-role or
// federated-user ARN.
bool IsPrincipalArn(std::string_view arn) {
  const auto fields = SplitArn(arn);
  if (!fields) return false;
  const auto& [scheme, partition, service, region, account, resource] = *fields;
  const auto is = [&resource = resource](std::string_view prefix, std::ptrdiff_t min,
                                         std::ptrdiff_t max) {
    return resource.substr(0, prefix.size()) == prefix &&
           IsNames(resource.substr(prefix.size()), min, max);
  };
  constexpr std::ptrdiff_t kAny = PTRDIFF_MAX;
  return (partition == "aws" || partition == "aws-cn" || partition == "aws-us-gov") &&
         region.empty() && account.size() == 12 &&
         account.find_first_not_of("0123456789") == std::string_view::npos &&
         (service == "iam"
              ? resource == "root" || is("user/", 1, kAny) || is("role/", 1, kAny)
              : service == "sts" && (is("assumed-role/", 2, 2) || is("federated-user/", 1, 1)));
}

Status CheckIdentity(const IamIdentity& identity) {
  if (identity.access_key_id.empty()) return Invalid("AccessKeyId is missing or empty");
  if (identity.secret_access_key.empty()) return Invalid("SecretAccessKey is missing or empty");
  if (IsPrincipalArn(identity.principal_arn)) return Status();
  return Invalid("Principal " + Quote(identity.principal_arn) +
                 " is not an IAM user, role or root ARN (arn:aws:iam::<12-digit "
                 "account>:user/<name>) or an STS assumed-role or federated-user ARN");
}

// `*`, or `service:action` with wildcards in the action only.
bool IsActionPattern(std::string_view action) {
  const auto word = [](std::string_view text, std::string_view extra) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [extra](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
             extra.find(c) != std::string_view::npos;
    });
  };
  const std::size_t colon = action.find(':');
  return action == "*" || (colon != std::string_view::npos && word(action.substr(0, colon), "-") &&
                           word(action.substr(colon + 1), "*?"));
}

// `*`, or an ARN with no wildcard in its service.
bool IsResourcePattern(std::string_view resource) {
  const auto fields = SplitArn(resource);
  return resource == "*" || (fields && (*fields)[2].find_first_of("*?") == std::string_view::npos);
}

// Reads `name` or `not_name` (Action/NotAction, Resource/NotResource) of
// `statement`; `where` starts every message.
Status ReadPatterns(const Json& statement, const std::string& where, const std::string& name,
                    bool& negated, std::vector<std::string>& patterns) {
  const std::string not_name = "Not" + name;
  negated = statement.contains(not_name);
  if (negated == statement.contains(name)) {
    return Invalid(where + (negated
                                ? "give exactly one of " + name + " and " + not_name + ", not both"
                                : name + " or " + not_name + " is required"));
  }
  const std::string element = negated ? not_name : name;
  const Json& value = *statement.find(element);
  const std::vector<const Json*> list = OneOrList(value);
  if (!(value.is_string() || value.is_array()) || list.empty() ||
      !std::all_of(list.begin(), list.end(), [](const Json* item) { return item->is_string(); })) {
    return Invalid(where + element + " must be a string or a non-empty list of strings, not " +
                   Describe(value));
  }
  const bool actions = name == "Action";
  for (const Json* item : list) {
    const std::string pattern = item->get<std::string>();
    if (actions ? !IsActionPattern(pattern) : !IsResourcePattern(pattern)) {
      return Invalid(where + element + " " + Quote(pattern) +
                     (actions ? " must be of the form \"service:action\" (e.g. "
                                "\"cognito-idp:AdminGetUser\") or \"*\""
                              : " must be in ARN format or \"*\""));
    }
    // Policy variables (${aws:username} ...) are not evaluated: refused
    // rather than matched literally.
    if (pattern.find("${") != std::string::npos) {
      return Invalid(where + element + " " + Quote(pattern) +
                     " uses a policy variable, which cognito_fake does not evaluate");
    }
    patterns.push_back(actions ? internal::AsciiLower(std::string(pattern)) : pattern);
  }
  return Status();
}

StatusOr<IamPolicy::Statement> ReadStatement(const Json& json, std::size_t index) {
  std::string where = "Policy statement " + std::to_string(index);
  if (!json.is_object()) return Invalid(where + " must be an object, not " + Describe(json));
  if (const auto sid = json.find("Sid"); sid != json.end()) {
    if (!sid->is_string()) return Invalid(where + ": Sid must be a string, not " + Describe(*sid));
    where += " (" + Quote(sid->get<std::string>()) + ")";
  }
  where += ": ";
  for (const char* name : {"Principal", "NotPrincipal"}) {
    if (json.contains(name)) {
      return Invalid(where + name + " is not allowed in an identity-based policy");
    }
  }
  if (json.contains("Condition")) {
    return Invalid(where +
                   "Condition is not supported: the fake does not evaluate conditions, so a "
                   "policy with one is refused rather than half-applied");
  }
  if (const auto key = UnknownMember(
          json, {"Sid", "Effect", "Action", "NotAction", "Resource", "NotResource"})) {
    return Invalid(where + "unknown element " + Quote(*key));
  }
  const auto effect = json.find("Effect");
  if (effect == json.end()) return Invalid(where + "Effect (\"Allow\" or \"Deny\") is required");
  if (*effect != "Allow" && *effect != "Deny") {
    return Invalid(where + "Effect must be \"Allow\" or \"Deny\", not " + Describe(*effect));
  }
  IamPolicy::Statement statement;
  statement.allow = *effect == "Allow";
  Status status = ReadPatterns(json, where, "Action", statement.not_action, statement.actions);
  if (status.ok()) {
    status = ReadPatterns(json, where, "Resource", statement.not_resource, statement.resources);
  }
  if (!status.ok()) return status;
  return statement;
}

StatusOr<std::vector<IamPolicy::Statement>> ReadPolicy(const Json& policy) {
  if (policy.is_discarded()) return Invalid("Policy is not a valid JSON document");
  if (!policy.is_object()) return Invalid("Policy must be a JSON object, not " + Describe(policy));
  if (const auto key = UnknownMember(policy, {"Version", "Id", "Statement"})) {
    return Invalid("Policy has an unknown element " + Quote(*key) +
                   " (expected Version, Id and Statement)");
  }
  // Id is free text; anything else could nest without bound (and the
  // document is dumped again below).
  if (const auto id = policy.find("Id"); id != policy.end() && !id->is_string()) {
    return Invalid("Policy Id must be a string, not " + Describe(*id));
  }
  if (const auto version = policy.find("Version");
      version != policy.end() && *version != "2012-10-17" && *version != "2008-10-17") {
    return Invalid("Policy Version must be \"2012-10-17\" or \"2008-10-17\", not " +
                   Describe(*version));
  }
  const auto found = policy.find("Statement");
  if (found == policy.end()) return Invalid("Policy Statement is required");
  const std::vector<const Json*> statements = OneOrList(*found);
  if (!(found->is_object() || found->is_array()) || statements.empty()) {
    return Invalid("Policy Statement must be an object or a non-empty list of objects, not " +
                   Describe(*found));
  }
  std::vector<IamPolicy::Statement> result;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    auto statement = ReadStatement(*statements[i], i + 1);
    if (!statement.ok()) return statement.status();
    result.push_back(*std::move(statement));
  }
  return result;
}

// A policy as text or a JSON object, checked before dump() (which recurses).
StatusOr<IamPolicy> PolicyFromJson(const Json& document) {
  if (document.is_string()) return IamPolicy::Parse(document.get<std::string>());
  if (auto checked = ReadPolicy(document); !checked.ok()) return checked.status();
  return IamPolicy::Parse(document.dump());
}

// One identity of an IAM document, checked as AddIdentity checks it.
StatusOr<IamIdentity> ReadIdentity(const Json& json) {
  if (!json.is_object()) return Invalid("must be an object, not " + Describe(json));
  if (const auto key = UnknownMember(json, {"AccessKeyId", "SecretAccessKey", "Principal",
                                            "SessionToken", "Expiration", "Policies"})) {
    return Invalid("unknown member " + Quote(*key));
  }
  IamIdentity identity;
  // Missing ones are left empty, for CheckIdentity to name.
  for (const auto& [name, out] : {std::pair{"AccessKeyId", &identity.access_key_id},
                                  std::pair{"SecretAccessKey", &identity.secret_access_key},
                                  std::pair{"Principal", &identity.principal_arn},
                                  std::pair{"SessionToken", &identity.session_token}}) {
    const auto found = json.find(name);
    if (found == json.end()) continue;
    if (!found->is_string()) {
      return Invalid(std::string(name) + " must be a string, not " + Describe(*found));
    }
    *out = found->get<std::string>();
  }
  if (const auto expiration = json.find("Expiration"); expiration != json.end()) {
    constexpr std::uint64_t kMaxSeconds = 253402300799;  // 9999-12-31T23:59:59Z
    if (!expiration->is_number_unsigned() || expiration->get<std::uint64_t>() > kMaxSeconds) {
      return Invalid("Expiration must be a whole number of seconds since the epoch, not " +
                     Describe(*expiration));
    }
    identity.expiration = std::chrono::system_clock::time_point(
        std::chrono::seconds(static_cast<std::int64_t>(expiration->get<std::uint64_t>())));
  }
  if (const auto policies = json.find("Policies"); policies != json.end()) {
    if (!policies->is_array()) {
      return Invalid("Policies must be a list of policy documents, not " + Describe(*policies));
    }
    for (std::size_t i = 0; i < policies->size(); ++i) {
      StatusOr<IamPolicy> policy = PolicyFromJson((*policies)[i]);
      if (!policy.ok()) {
        return Invalid("policy " + std::to_string(i + 1) + ": " + policy.status().message());
      }
      identity.policies.push_back(*std::move(policy));
    }
  }
  if (Status status = CheckIdentity(identity); !status.ok()) return status;
  return identity;
}

}  // namespace

std::string_view ToString(WireAuthMode mode) {
  const auto index = static_cast<std::size_t>(mode);
  return index < std::size(kModeNames) ? kModeNames[index] : "signed";
}

std::optional<WireAuthMode> WireAuthModeFromString(std::string_view text) {
  const auto found = std::find(std::begin(kModeNames), std::end(kModeNames), text);
  if (found == std::end(kModeNames)) return std::nullopt;
  return static_cast<WireAuthMode>(found - std::begin(kModeNames));
}

StatusOr<IamPolicy> IamPolicy::Parse(std::string_view json) {
  auto statements = ReadPolicy(ParseJsonText(json));
  if (!statements.ok()) return statements.status();
  IamPolicy policy;
  policy.text_ = std::string(json);
  policy.statements_ = *std::move(statements);
  return policy;
}

IamPolicy::Verdict IamPolicy::Evaluate(std::string_view action, std::string_view resource) const {
  const std::string lower_action = internal::AsciiLower(std::string(action));
  const auto any_matches = [](const std::vector<std::string>& patterns, std::string_view text) {
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](const std::string& pattern) { return IamWildcardMatch(pattern, text); });
  };
  bool allowed = false;
  for (const Statement& statement : statements_) {
    if (any_matches(statement.actions, lower_action) != statement.not_action &&
        any_matches(statement.resources, resource) != statement.not_resource) {
      if (!statement.allow) return Verdict::kDeny;
      allowed = true;
    }
  }
  return allowed ? Verdict::kAllow : Verdict::kNoMatch;
}

// Greedy two-pointer match: on a mismatch, retry from the last `*` with it
// covering one more character. O(pattern * text) at worst, no recursion.
bool IamWildcardMatch(std::string_view pattern, std::string_view text) {
  std::size_t p = 0;
  std::size_t t = 0;
  std::size_t star = std::string_view::npos;  // the last `*` seen
  std::size_t star_text = 0;                  // where the text stood after it
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {  // before a literal: text may hold '*'
      star = p++;
      star_text = t;
    } else if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++star_text;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::string IamIdentity::account_id() const {
  const auto fields = SplitArn(principal_arn);
  return fields ? std::string((*fields)[4]) : std::string();
}

bool IamIdentity::is_root() const {
  const auto fields = SplitArn(principal_arn);
  return fields && (*fields)[2] == "iam" && (*fields)[3].empty() && (*fields)[5] == "root";
}

Status IamRegistry::AddIdentity(IamIdentity identity) {
  if (Status status = CheckIdentity(identity); !status.ok()) return status;
  std::lock_guard<std::mutex> lock(mu_);
  std::string key = identity.access_key_id;  // `identity` is moved from first
  identities_.insert_or_assign(std::move(key), std::move(identity));
  return Status();
}

std::optional<IamIdentity> IamRegistry::Find(std::string_view access_key_id) const {
  std::lock_guard<std::mutex> lock(mu_);
  const auto found = identities_.find(std::string(access_key_id));
  if (found == identities_.end()) return std::nullopt;
  return found->second;
}

std::vector<IamIdentity> IamRegistry::Identities() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<IamIdentity> result;
  for (const auto& [key, identity] : identities_) result.push_back(identity);
  std::sort(result.begin(), result.end(), [](const IamIdentity& a, const IamIdentity& b) {
    return a.access_key_id < b.access_key_id;
  });
  return result;
}

void IamRegistry::Clear() {
  std::lock_guard<std::mutex> lock(mu_);
  identities_.clear();
}

std::optional<std::string> IamRegistry::Authorize(const IamIdentity& identity,
                                                  std::string_view action,
                                                  std::string_view resource) {
  if (identity.is_root()) return std::nullopt;
  const std::string denied = "User: " + identity.principal_arn +
                             " is not authorized to perform: " + std::string(action) +
                             " on resource: " + std::string(resource);
  bool allowed = false;
  for (const IamPolicy& policy : identity.policies) {
    const IamPolicy::Verdict verdict = policy.Evaluate(action, resource);
    if (verdict == IamPolicy::Verdict::kDeny) {
      return denied + " with an explicit deny in an identity-based policy";
    }
    allowed = allowed || verdict == IamPolicy::Verdict::kAllow;
  }
  if (allowed) return std::nullopt;
  return denied + " because no identity-based policy allows the " + std::string(action) + " action";
}

Status LoadIamConfig(IamRegistry& registry, std::string_view json) {
  const Json document = ParseJsonText(json);
  const auto list = document.find("Identities");  // end() unless an object
  if (list == document.end() || !list->is_array() || document.size() != 1) {
    return Invalid(
        R"(IAM config: not a JSON document {"Identities": [...]} (with no other member))");
  }
  std::vector<IamIdentity> identities;  // all checked before any is added
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    std::string where = "IAM config: identity " + std::to_string(i + 1);
    if (const auto key = item.find("AccessKeyId"); key != item.end() && key->is_string()) {
      where += " (" + Quote(key->get<std::string>()) + ")";
    }
    auto identity = ReadIdentity(item);
    if (!identity.ok()) return Invalid(where + ": " + identity.status().message());
    identities.push_back(*std::move(identity));
  }
  for (IamIdentity& identity : identities) {
    if (Status status = registry.AddIdentity(std::move(identity)); !status.ok()) return status;
  }
  return Status();
}

}  // namespace cognito_fake
