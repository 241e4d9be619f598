#include "internal/pagination.h"

#include <algorithm>

#include "internal/crypto.h"
#include "internal/messages.h"

namespace cognito_fake {
namespace internal {
namespace {

// The key `token` names; nullopt when it is no token of `format` (a
// base64url one naming the empty key included).
std::optional<std::string> KeyOf(const std::string& token, PageTokenFormat format) {
  if (!format.base64url) return token;
  const std::optional<std::string> decoded = Base64UrlDecode(token);
  if (!decoded || decoded->rfind(format.prefix, 0) != 0 ||
      decoded->size() == format.prefix.size()) {
    return std::nullopt;
  }
  return decoded->substr(format.prefix.size());
}

std::string TokenOf(const std::string& key, PageTokenFormat format) {
  if (!format.base64url) return key;
  return Base64UrlEncode(std::string(format.prefix) + key);
}

}  // namespace

StatusOr<Page> PageOf(const std::vector<std::string>& keys,
                      const std::optional<std::string>& next_token, std::size_t size,
                      PageTokenFormat format) {
  Page page;
  if (next_token) {
    const std::optional<std::string> start = KeyOf(*next_token, format);
    const auto at = start ? std::find(keys.begin(), keys.end(), *start) : keys.end();
    if (at == keys.end()) {
      return msg::Error(ErrorCode::kInvalidParameter, msg::kInvalidPaginationToken);
    }
    page.begin = static_cast<std::size_t>(at - keys.begin());
  }
  page.end = std::min(keys.size(), page.begin + size);
  if (page.end < keys.size()) page.next_token = TokenOf(keys[page.end], format);
  return page;
}

std::size_t PageSize(const std::optional<int>& limit) {
  return limit && *limit > 0 ? static_cast<std::size_t>(*limit) : 60;
}

}  // namespace internal
}  // namespace cognito_fake
