#ifndef COGNITO_FAKE_SRC_INTERNAL_PAGINATION_H_
#define COGNITO_FAKE_SRC_INTERNAL_PAGINATION_H_

// The pages of the lists whose NextToken names the first item of the page it
// asks for, by the item's key: ListUserPools, ListUserPoolClients, ListGroups,
// AdminListGroupsForUser and ListUsersInGroup. (ListUsers' PaginationToken
// names the last user of the page before: fake_users.cc.)

#include <cognito_fake/status.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cognito_fake {
namespace internal {

// How a list's NextToken spells the key it names.
struct PageTokenFormat {
  // When true, base64url of `prefix` followed by the key (the group lists:
  // "group:", "member:"); when false, the key as is (the pool and client
  // lists: the id).
  bool base64url = false;
  std::string_view prefix;
};

// One page of a list: its items [begin, end), and the NextToken of the page
// after it, if any.
struct Page {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::optional<std::string> next_token;
};

// The page of at most `size` items that `next_token` asks for (the first
// page when nullopt) in a list whose items' keys are `keys`, in the list's
// order. InvalidParameterException "Invalid pagination token." when the
// token is not of `format` or names no key (any more).
StatusOr<Page> PageOf(const std::vector<std::string>& keys,
                      const std::optional<std::string>& next_token, std::size_t size,
                      PageTokenFormat format);

// The page size of an optional Limit or MaxResults: 60 when it is absent or
// not positive.
std::size_t PageSize(const std::optional<int>& limit);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_PAGINATION_H_
