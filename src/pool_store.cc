#include "internal/pool_store.h"

#include "internal/messages.h"

namespace cognito_fake {
namespace internal {

StatusOr<PoolRecord*> PoolStore::FindPool(const std::string& user_pool_id) {
  auto it = pools.find(user_pool_id);
  if (it == pools.end())
    return msg::Error(ErrorCode::kResourceNotFound, msg::UserPoolDoesNotExist(user_pool_id));
  return &it->second;
}

StatusOr<std::pair<PoolRecord*, ClientRecord*>> PoolStore::FindClient(
    const std::string& client_id) {
  const auto it = client_pool.find(client_id);
  if (it != client_pool.end()) {
    const auto pool = pools.find(it->second);
    if (pool != pools.end()) {
      const auto client = pool->second.clients.find(client_id);
      if (client != pool->second.clients.end())
        return std::make_pair(&pool->second, &client->second);
    }
  }
  return msg::Error(ErrorCode::kResourceNotFound, msg::ClientDoesNotExist(client_id));
}

StatusOr<ClientRecord*> PoolStore::FindClientInPool(PoolRecord& pool,
                                                    const std::string& client_id) {
  auto it = pool.clients.find(client_id);
  if (it == pool.clients.end())
    return msg::Error(ErrorCode::kResourceNotFound, msg::ClientDoesNotExist(client_id));
  return &it->second;
}

StatusOr<PoolStore::PoolUser> PoolStore::FindPoolAndUser(const std::string& user_pool_id,
                                                         const std::string& username) {
  auto pool = FindPool(user_pool_id);
  if (!pool.ok()) return pool.status();
  UserRecord* user = (*pool)->FindUser(username);
  if (user == nullptr) return msg::Error(ErrorCode::kUserNotFound, msg::kUserDoesNotExist);
  return PoolUser{*pool, user};
}

PoolRecord& PoolStore::AddPool(const std::string& user_pool_id, PoolRecord pool) {
  return pools.emplace(user_pool_id, std::move(pool)).first->second;
}

void PoolStore::RemovePool(const std::string& user_pool_id) {
  auto it = pools.find(user_pool_id);
  if (it == pools.end()) return;
  for (const auto& [client_id, client] : it->second.clients) client_pool.erase(client_id);
  pools.erase(it);
}

ClientRecord& PoolStore::AddClient(PoolRecord& pool, const std::string& client_id,
                                   ClientRecord client) {
  client_pool.emplace(client_id, *pool.description.id);
  return pool.clients.emplace(client_id, std::move(client)).first->second;
}

void PoolStore::RemoveClient(PoolRecord& pool, const std::string& client_id) {
  client_pool.erase(client_id);
  pool.clients.erase(client_id);
  for (auto it = pool.sign_ins.begin(); it != pool.sign_ins.end();) {
    it = it->second.client_id == client_id ? pool.sign_ins.erase(it) : std::next(it);
  }
}

}  // namespace internal
}  // namespace cognito_fake
