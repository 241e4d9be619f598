// Groups: CreateGroup, GetGroup, ListGroups, UpdateGroup, DeleteGroup,
// AdminAddUserToGroup, AdminRemoveUserFromGroup, AdminListGroupsForUser,
// ListUsersInGroup.

#include <algorithm>

#include "internal/ascii.h"
#include "internal/fake_impl.h"
#include "internal/messages.h"
#include "internal/pagination.h"

namespace cognito_fake {

using internal::GroupRecord;
using internal::PageSize;
using internal::PoolRecord;
using internal::UserRecord;
namespace msg = internal::msg;

namespace {

constexpr internal::PageTokenFormat kGroupPageTokens{/*base64url=*/true, "group:"};
constexpr internal::PageTokenFormat kMemberPageTokens{/*base64url=*/true, "member:"};

std::string GroupKey(const std::string& name) { return internal::FoldedKey(name, true); }

Status GroupNotFound() { return msg::Error(ErrorCode::kResourceNotFound, msg::kGroupNotFound); }

// The groups of `groups`, in ListGroups' order, one page of them.
template <typename Response>
StatusOr<Response> GroupPage(std::vector<const GroupType*> groups,
                             const std::optional<std::string>& next_token,
                             const std::optional<int>& limit) {
  std::sort(groups.begin(), groups.end(), internal::GroupOrder);
  std::vector<std::string> keys;
  keys.reserve(groups.size());
  for (const GroupType* group : groups) keys.push_back(GroupKey(*group->group_name));
  auto page = internal::PageOf(keys, next_token, PageSize(limit), kGroupPageTokens);
  if (!page.ok()) return page.status();
  Response response;
  for (std::size_t i = page->begin; i < page->end; ++i) response.groups.push_back(*groups[i]);
  response.next_token = page->next_token;
  return response;
}

}  // namespace

StatusOr<CreateGroupResponse> FakeIdentityProvider::Impl::CreateGroup(
    const CreateGroupRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  const std::string key = GroupKey(request.group_name);
  if ((*pool)->groups.count(key) != 0) {
    return msg::Error(ErrorCode::kGroupExists, msg::kGroupExists);
  }
  const Timestamp now = Now();
  GroupRecord group;
  GroupType& d = group.description;
  d.group_name = request.group_name;
  d.user_pool_id = request.user_pool_id;
  d.description = request.description;
  d.role_arn = request.role_arn;
  d.precedence = request.precedence;
  d.last_modified_date = now;
  d.creation_date = now;
  CreateGroupResponse response;
  response.group = d;
  (*pool)->groups.emplace(key, std::move(group));
  return response;
}

StatusOr<GetGroupResponse> FakeIdentityProvider::Impl::GetGroup(const GetGroupRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  const auto group = (*pool)->groups.find(GroupKey(request.group_name));
  if (group == (*pool)->groups.end()) return GroupNotFound();
  GetGroupResponse response;
  response.group = group->second.description;
  return response;
}

StatusOr<ListGroupsResponse> FakeIdentityProvider::Impl::ListGroups(
    const ListGroupsRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  std::vector<const GroupType*> groups;
  for (const auto& [key, group] : (*pool)->groups) groups.push_back(&group.description);
  return GroupPage<ListGroupsResponse>(std::move(groups), request.next_token, request.limit);
}

StatusOr<UpdateGroupResponse> FakeIdentityProvider::Impl::UpdateGroup(
    const UpdateGroupRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  const auto group = (*pool)->groups.find(GroupKey(request.group_name));
  if (group == (*pool)->groups.end()) return GroupNotFound();
  GroupType& d = group->second.description;
  if (request.description) d.description = request.description;
  if (request.role_arn) d.role_arn = request.role_arn;
  if (request.precedence) d.precedence = request.precedence;
  d.last_modified_date = Now();
  UpdateGroupResponse response;
  response.group = d;
  return response;
}

StatusOr<DeleteGroupResponse> FakeIdentityProvider::Impl::DeleteGroup(
    const DeleteGroupRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  if ((*pool)->groups.erase(GroupKey(request.group_name)) == 0) return GroupNotFound();
  return DeleteGroupResponse{};
}

StatusOr<AdminAddUserToGroupResponse> FakeIdentityProvider::Impl::AdminAddUserToGroup(
    const AdminAddUserToGroupRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  PoolRecord& pool = *target->pool;
  const auto group = pool.groups.find(GroupKey(request.group_name));
  if (group == pool.groups.end()) return GroupNotFound();
  const std::string key = pool.UsernameKey(target->user->username);
  if (group->second.members.count(key) != 0) return AdminAddUserToGroupResponse{};
  std::size_t memberships = 0;
  for (const auto& [name, other] : pool.groups) memberships += other.members.count(key);
  if (memberships >= 100) {  // AWS: a user belongs to at most 100 groups
    return msg::Error(ErrorCode::kLimitExceeded, msg::kTooManyGroupsForUser);
  }
  group->second.members.insert(key);
  return AdminAddUserToGroupResponse{};
}

StatusOr<AdminRemoveUserFromGroupResponse> FakeIdentityProvider::Impl::AdminRemoveUserFromGroup(
    const AdminRemoveUserFromGroupRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  PoolRecord& pool = *target->pool;
  const auto group = pool.groups.find(GroupKey(request.group_name));
  if (group == pool.groups.end()) return GroupNotFound();
  group->second.members.erase(pool.UsernameKey(target->user->username));
  return AdminRemoveUserFromGroupResponse{};
}

StatusOr<AdminListGroupsForUserResponse> FakeIdentityProvider::Impl::AdminListGroupsForUser(
    const AdminListGroupsForUserRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  return GroupPage<AdminListGroupsForUserResponse>(target->pool->GroupsOf(*target->user),
                                                   request.next_token, request.limit);
}

StatusOr<ListUsersInGroupResponse> FakeIdentityProvider::Impl::ListUsersInGroup(
    const ListUsersInGroupRequest& request) {
  auto pool = state.pools.FindPool(request.user_pool_id);
  if (!pool.ok()) return pool.status();
  const auto group = (*pool)->groups.find(GroupKey(request.group_name));
  if (group == (*pool)->groups.end()) return GroupNotFound();
  const std::vector<std::string> keys(group->second.members.begin(), group->second.members.end());
  auto page =
      internal::PageOf(keys, request.next_token, PageSize(request.limit), kMemberPageTokens);
  if (!page.ok()) return page.status();
  ListUsersInGroupResponse response;
  for (std::size_t i = page->begin; i < page->end; ++i) {
    response.users.push_back(ToUserType(*(*pool)->users.Find(keys[i])));
  }
  response.next_token = page->next_token;
  return response;
}

}  // namespace cognito_fake
