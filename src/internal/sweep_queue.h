#ifndef COGNITO_FAKE_SRC_INTERNAL_SWEEP_QUEUE_H_
#define COGNITO_FAKE_SRC_INTERNAL_SWEEP_QUEUE_H_

// When the records a fake keeps per call end (src/fake_sweep.cc).

#include <cognito_fake/types.h>

#include <functional>
#include <queue>
#include <string>
#include <vector>

namespace cognito_fake {
namespace internal {

// What a fake forgets, and when (docs/fidelity.md, "What the fake
// forgets"): a record that ends at `due` and is then swept. An entry may
// outlive its record (the record went earlier, or was replaced): sweeping
// looks the record up again and only ever removes what has ended, so a
// stale entry, or one popped late, changes nothing.
enum class SweepKind {
  kChallenge,  // State::sessions[key]: a challenge's session or an SRP SECRET_BLOCK
  kSignIn,     // PoolRecord::sign_ins[key] of pool `user_pool_id`
  kActivity,   // the UserActivity of the user `key` (users key) of pool `user_pool_id`
};
struct SweepEntry {
  Timestamp due;
  SweepKind kind = SweepKind::kChallenge;
  std::string user_pool_id;
  std::string key;
  bool operator>(const SweepEntry& other) const { return due > other.due; }
};
// Soonest first.
using SweepQueue =
    std::priority_queue<SweepEntry, std::vector<SweepEntry>, std::greater<SweepEntry>>;

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_SWEEP_QUEUE_H_
