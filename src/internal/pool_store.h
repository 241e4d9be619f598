#ifndef COGNITO_FAKE_SRC_INTERNAL_POOL_STORE_H_
#define COGNITO_FAKE_SRC_INTERNAL_POOL_STORE_H_

// A fake's user pools, and where each app client belongs.

#include <cognito_fake/status.h>

#include <map>
#include <string>
#include <unordered_map>
#include <utility>

#include "internal/pool_record.h"

namespace cognito_fake {
namespace internal {

// Copyable: a copy is a snapshot. The lookups answer with the errors
// Cognito gives for an unknown pool, client or user.
struct PoolStore {
  // A pool and one of its users.
  struct PoolUser {
    PoolRecord* pool;
    UserRecord* user;
  };

  // ResourceNotFoundException for a pool id it does not hold.
  StatusOr<PoolRecord*> FindPool(const std::string& user_pool_id);
  // A client and its pool (the client-side operations name only the
  // client); ResourceNotFoundException for an unknown client id.
  StatusOr<std::pair<PoolRecord*, ClientRecord*>> FindClient(const std::string& client_id);
  // A client of `pool` (the admin operations name both).
  static StatusOr<ClientRecord*> FindClientInPool(PoolRecord& pool, const std::string& client_id);
  // The pool and the user of an admin call: UserNotFoundException after
  // the pool is found.
  StatusOr<PoolUser> FindPoolAndUser(const std::string& user_pool_id, const std::string& username);

  bool HasPool(const std::string& user_pool_id) const { return pools.count(user_pool_id) != 0; }
  bool HasClient(const std::string& client_id) const { return client_pool.count(client_id) != 0; }
  // Adds `pool` under the new id `user_pool_id`.
  PoolRecord& AddPool(const std::string& user_pool_id, PoolRecord pool);
  // Removes the pool and its clients.
  void RemovePool(const std::string& user_pool_id);
  // Adds `client` to `pool` (a pool of this store) under the new id `client_id`.
  ClientRecord& AddClient(PoolRecord& pool, const std::string& client_id, ClientRecord client);
  // Removes client `client_id` of `pool`; its sessions end with it (their
  // tokens name a client that is gone).
  void RemoveClient(PoolRecord& pool, const std::string& client_id);

  // By pool id; and each client id to its pool's id. Public for the state
  // codec, which reads and writes them as they are.
  std::map<std::string, PoolRecord> pools;
  std::unordered_map<std::string, std::string> client_pool;
};

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_POOL_STORE_H_
