#include "internal/user_filter.h"

#include <array>

#include "internal/ascii.h"

namespace cognito_fake {
namespace internal {
namespace {

constexpr std::array<std::string_view, 10> kSearchableAttributes = {
    "username",   "email",       "phone_number",       "name",
    "given_name", "family_name", "preferred_username", "cognito:user_status",
    "status",     "sub"};

constexpr std::string_view kParseError = "Error while parsing filter.";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

Status ParseError() { return Status(ErrorCode::kInvalidParameter, std::string(kParseError)); }

}  // namespace

StatusOr<std::optional<UserFilter>> ParseUserFilter(std::string_view filter) {
  std::size_t pos = 0;
  auto skip_space = [&] {
    while (pos < filter.size() && IsSpace(filter[pos])) ++pos;
  };
  skip_space();
  if (pos == filter.size()) return std::optional<UserFilter>();

  UserFilter parsed;
  const std::size_t name_start = pos;
  while (pos < filter.size() && !IsSpace(filter[pos]) && filter[pos] != '=' && filter[pos] != '^' &&
         filter[pos] != '"') {
    ++pos;
  }
  parsed.attribute = std::string(filter.substr(name_start, pos - name_start));
  bool known = false;
  for (std::string_view name : kSearchableAttributes) known = known || parsed.attribute == name;
  if (!known) return ParseError();

  skip_space();
  if (filter.substr(pos, 2) == "^=") {
    parsed.kind = UserFilter::Kind::kStartsWith;
    pos += 2;
  } else if (filter.substr(pos, 1) == "=") {
    parsed.kind = UserFilter::Kind::kEquals;
    pos += 1;
  } else {
    return ParseError();
  }
  skip_space();
  if (pos == filter.size() || filter[pos] != '"') return ParseError();
  ++pos;
  bool closed = false;
  while (pos < filter.size()) {
    const char c = filter[pos++];
    if (c == '\\' && pos < filter.size()) {
      parsed.value += filter[pos++];
    } else if (c == '"') {
      closed = true;
      break;
    } else {
      parsed.value += c;
    }
  }
  if (!closed) return ParseError();
  skip_space();
  if (pos != filter.size()) return ParseError();
  return std::optional<UserFilter>(std::move(parsed));
}

bool FilterMatches(const UserFilter& filter, std::string_view candidate) {
  const bool fold_case = filter.attribute == "cognito:user_status";
  auto equal = [&](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (fold_case ? AsciiLower(a[i]) != AsciiLower(b[i]) : a[i] != b[i]) return false;
    }
    return true;
  };
  if (filter.kind == UserFilter::Kind::kEquals) return equal(candidate, filter.value);
  return candidate.size() >= filter.value.size() &&
         equal(candidate.substr(0, filter.value.size()), filter.value);
}

}  // namespace internal
}  // namespace cognito_fake
