// What the fake forgets, and when: every record kept per call is swept once
// nothing a later call could observe depends on it (docs/fidelity.md, "What
// the fake forgets"). Sweeping happens a few entries at a time at the start
// of each operation, and all at once when a test or the server moves the
// clock (FakeIdentityProvider::SweepExpired).

#include <utility>

#include "internal/fake_impl.h"
#include "internal/tokens.h"

namespace cognito_fake {

using internal::PoolRecord;
using internal::SweepEntry;
using internal::SweepKind;
using internal::UserRecord;

void FakeIdentityProvider::Impl::ScheduleSweep(SweepKind kind, Timestamp due,
                                               std::string user_pool_id, std::string key) {
  if (!options.forget_expired_records) return;
  state.sweep_queue.push(SweepEntry{due, kind, std::move(user_pool_id), std::move(key)});
}

internal::UserActivity& FakeIdentityProvider::Impl::MutableActivity(const PoolRecord& pool,
                                                                    UserRecord& user) {
  internal::UserActivity& activity = user.mutable_activity();
  if (activity.sweep_due == Timestamp() && options.forget_expired_records) {
    // The shortest lifetime of anything the record holds (a lockout); the
    // sweep then finds when the rest ends and comes back then.
    activity.sweep_due = Now() + internal::kLockoutMemory;
    ScheduleSweep(SweepKind::kActivity, activity.sweep_due, *pool.description.id,
                  pool.UsernameKey(user.username));
  }
  return activity;
}

namespace {

// The user `key` of pool `user_pool_id` in `state`, or nullptr.
UserRecord* FindUserByKey(internal::State& state, const std::string& user_pool_id,
                          const std::string& key) {
  const auto pool = state.pools.pools.find(user_pool_id);
  return pool == state.pools.pools.end() ? nullptr : pool->second.users.Find(key);
}

}  // namespace

void FakeIdentityProvider::Impl::SweepDue(std::size_t limit) {
  const Timestamp now = Now();
  for (std::size_t popped = 0;
       popped < limit && !state.sweep_queue.empty() && state.sweep_queue.top().due <= now;
       ++popped) {
    const SweepEntry entry = state.sweep_queue.top();
    state.sweep_queue.pop();
    switch (entry.kind) {
      case SweepKind::kChallenge: {
        // Answered from its seal once gone (FindAuthSession); an SRP
        // SECRET_BLOCK answers the same unknown, used or expired.
        const auto session = state.sessions.find(entry.key);
        if (session != state.sessions.end() && session->second.expires_at <= now) {
          state.sessions.erase(session);
        }
        break;
      }
      case SweepKind::kSignIn: {
        // Every token of the sign-in has expired: the refresh token says so
        // from its seal, ID and access tokens from their `exp`.
        const auto pool = state.pools.pools.find(entry.user_pool_id);
        if (pool == state.pools.pools.end()) break;
        auto& sign_ins = pool->second.sign_ins;
        const auto sign_in = sign_ins.find(entry.key);
        if (sign_in != sign_ins.end() &&
            sign_in->second.refresh_expires_at + internal::kLongestTokenValidity <= now) {
          sign_ins.erase(sign_in);
        }
        break;
      }
      case SweepKind::kActivity: {
        UserRecord* user = FindUserByKey(state, entry.user_pool_id, entry.key);
        internal::UserActivity* activity = user ? user->activity_if_present() : nullptr;
        // Another entry is the record's own (it was freed and written again).
        if (activity == nullptr || activity->sweep_due != entry.due) break;
        activity->sweep_due = Timestamp();
        activity->Prune(now, internal::kLockoutMemory);
        if (const std::optional<Timestamp> next = activity->NextEnd(internal::kLockoutMemory)) {
          activity->sweep_due = *next;
          ScheduleSweep(SweepKind::kActivity, *next, entry.user_pool_id, entry.key);
        } else {
          user->ForgetActivity();
        }
        break;
      }
    }
  }
}

bool FakeIdentityProvider::Impl::WasSwept(const PoolRecord& pool,
                                          const internal::RefreshRecord& record) const {
  return record.expires_at && *record.expires_at <= Now() &&
         pool.clients.count(record.client_id) != 0;
}

void FakeIdentityProvider::Impl::RebuildSweepQueue() {
  state.sweep_queue = internal::SweepQueue();
  for (const auto& [id, session] : state.sessions) {
    // A session of a state document written before Session strings were
    // sealed would answer "unknown" once swept instead of "expired": it is
    // kept (an import holds a fixed number of them).
    if (session.srp || internal::OpenSession(state.token_key, id)) {
      ScheduleSweep(SweepKind::kChallenge, session.expires_at, "", id);
    }
  }
  const Timestamp now = Now();
  for (auto& [pool_id, pool] : state.pools.pools) {
    for (const auto& [event_id, sign_in] : pool.sign_ins) {
      ScheduleSweep(SweepKind::kSignIn,
                    sign_in.refresh_expires_at + internal::kLongestTokenValidity, pool_id,
                    event_id);
    }
    for (const auto& [key, unused] : pool.users) {
      internal::UserActivity* activity = pool.users.Find(key)->activity_if_present();
      if (activity == nullptr) continue;
      // Looked at on the next sweep, which schedules what remains.
      activity->sweep_due = now;
      ScheduleSweep(SweepKind::kActivity, now, pool_id, key);
    }
  }
}

}  // namespace cognito_fake
