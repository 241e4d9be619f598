// FakeIdentityProvider: construction, the lock-and-validate wrapper around
// every operation, client authentication, codes, snapshots and the test
// helpers.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/srp_client.h>

#include <iterator>
#include <limits>
#include <utility>

#include "internal/civil_time.h"
#include "internal/crypto.h"
#include "internal/fake_impl.h"
#include "internal/messages.h"
#include "internal/operation_list.h"
#include "internal/totp.h"
#include "internal/validation.h"

namespace cognito_fake {

using internal::Channel;
using internal::ClientRecord;
using internal::IssuedCode;
using internal::PoolRecord;
using internal::UserRecord;

namespace {

constexpr std::string_view kLowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789";

}  // namespace

// ---------------------------------------------------------------- Impl basics

FakeIdentityProvider::Impl::Impl(FakeOptions options_in)
    : options(std::move(options_in)),
      clock(options.start_time.value_or(std::chrono::system_clock::now()), options.clock_mode),
      state(options.seed) {
  state.token_key = state.random.FromAlphabet(kLowerAlnum, 32);
  state.next_key_slot = options.seed % (internal::kBuiltInKeyCount / 2);
}

// ---------------------------------------------------------- client secrets

StatusOr<FakeIdentityProvider::Impl::ClientCall> FakeIdentityProvider::Impl::AuthenticateClient(
    const std::string& client_id, const std::optional<std::string>& secret_hash,
    const std::string& username) {
  auto found = state.pools.FindClient(client_id);
  if (!found.ok()) return found.status();
  auto [pool, client] = *found;
  const std::string* hash = secret_hash ? &*secret_hash : nullptr;
  if (Status status = CheckSecretHash(*client, hash, username); !status.ok()) return status;
  return ClientCall{pool, client};
}

Status FakeIdentityProvider::Impl::CheckSecretHash(const ClientRecord& client,
                                                   const std::string* secret_hash,
                                                   const std::string& username) const {
  const auto& secret = client.description.client_secret;
  const std::string& client_id = *client.description.client_id;
  if (!secret) return Status();  // a hash sent to a client without a secret is ignored
  if (!secret_hash) {
    return Status(ErrorCode::kNotAuthorized, internal::msg::SecretHashNotReceived(client_id));
  }
  if (!internal::ConstantTimeEquals(*secret_hash,
                                    ComputeSecretHash(*secret, username, client_id))) {
    return Status(ErrorCode::kNotAuthorized, internal::msg::UnableToVerifySecretHash(client_id));
  }
  return Status();
}

bool FakeIdentityProvider::Impl::UsesPreventUserExistenceErrors(const ClientRecord& client) const {
  return client.description.prevent_user_existence_errors ==
         PreventUserExistenceErrorTypes::kEnabled;
}

// ------------------------------------------------------ codes and messages

IssuedCode FakeIdentityProvider::Impl::IssueCode(const Channel& channel,
                                                 std::chrono::seconds validity) {
  return IssuedCode{state.random.Digits(6), Now() + validity, channel.attribute_name, std::nullopt};
}

// ------------------------------------------------------- public wrappers

FakeIdentityProvider::FakeIdentityProvider() : FakeIdentityProvider(FakeOptions{}) {}

FakeIdentityProvider::FakeIdentityProvider(FakeOptions options)
    : impl_(std::make_unique<Impl>(std::move(options))) {}

FakeIdentityProvider::~FakeIdentityProvider() = default;

namespace {

// Marks the current thread as the one inside an operation.
class OwnerMark {
 public:
  explicit OwnerMark(std::atomic<std::thread::id>& owner) : owner_(owner) {
    owner_.store(std::this_thread::get_id());
  }
  ~OwnerMark() { owner_.store(std::thread::id()); }

 private:
  std::atomic<std::thread::id>& owner_;
};

Status ReentryError(std::string_view operation) {
  return Status(ErrorCode::kInternalError,
                "cognito_fake: " + std::string(operation) +
                    " was called from inside a Lambda trigger of the same fake; triggers run "
                    "under the fake's lock and cannot call back into it");
}

}  // namespace

// Every operation: take the lock, check the model's constraints, then run the
// rules. A request that fails validation never reaches the rules.
// How many due records an operation sweeps before its own work. A call adds
// at most a few records to sweep (a sign-in, a challenge's session, a user's
// activity), so the queue keeps up with what ends, and no call pays for a
// long backlog: a clock moved far ahead is swept by SweepExpired.
constexpr std::size_t kSweepsPerCall = 8;

#define COGNITO_FAKE_DEFINE_WRAPPER(Name)                                                   \
  StatusOr<Name##Response> FakeIdentityProvider::Name(const Name##Request& request) {       \
    if (impl_->lock_owner.load() == std::this_thread::get_id()) return ReentryError(#Name); \
    std::lock_guard<std::mutex> lock(impl_->mu);                                            \
    OwnerMark mark(impl_->lock_owner);                                                      \
    impl_->SweepDue(kSweepsPerCall);                                                        \
    if (Status invalid = internal::Validate(request); !invalid.ok()) return invalid;        \
    return impl_->Name(request);                                                            \
  }
COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_DEFINE_WRAPPER)
#undef COGNITO_FAKE_DEFINE_WRAPPER

void FakeIdentityProvider::SweepExpired() {
  // From a Lambda trigger the operation that runs it holds the lock, and
  // may hold records a sweep would erase.
  if (impl_->lock_owner.load() == std::this_thread::get_id()) return;
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->SweepDue(std::numeric_limits<std::size_t>::max());
}

RetainedRecords FakeIdentityProvider::Retained() const {
  // From a Lambda trigger this thread already holds the lock.
  std::unique_lock<std::mutex> lock(impl_->mu, std::defer_lock);
  if (impl_->lock_owner.load() != std::this_thread::get_id()) lock.lock();
  const internal::State& state = impl_->state;
  RetainedRecords retained;
  retained.challenge_sessions = state.sessions.size();
  retained.scheduled_sweeps = state.sweep_queue.size();
  for (const auto& [id, pool] : state.pools.pools) {
    retained.sign_ins += pool.sign_ins.size();
    for (const auto& [key, user] : pool.users) {
      if (user.has_activity()) ++retained.users_with_activity;
    }
  }
  return retained;
}

FakeClock& FakeIdentityProvider::clock() { return impl_->clock; }
Outbox& FakeIdentityProvider::outbox() { return impl_->outbox; }
const FakeOptions& FakeIdentityProvider::options() const { return impl_->options; }

FakeSnapshot FakeIdentityProvider::Snapshot() const {
  return FakeSnapshot(std::make_shared<const internal::SnapshotData>(
      internal::StateAccess::Capture(const_cast<FakeIdentityProvider&>(*this))));
}

void FakeIdentityProvider::Restore(const FakeSnapshot& snapshot) {
  if (snapshot.has_value()) internal::StateAccess::Apply(*this, *snapshot.data_);
}

namespace internal {

SnapshotData StateAccess::Capture(FakeIdentityProvider& fake) {
  FakeIdentityProvider::Impl& impl = *fake.impl_;
  std::lock_guard<std::mutex> lock(impl.mu);
  std::lock_guard<std::mutex> outbox_lock(impl.outbox.mu_);
  return SnapshotData{
      impl.state, impl.clock.Now(),
      std::vector<Message>(impl.outbox.messages_.begin(), impl.outbox.messages_.end()),
      impl.outbox.next_sequence_};
}

void StateAccess::Apply(FakeIdentityProvider& fake, SnapshotData data) {
  FakeIdentityProvider::Impl& impl = *fake.impl_;
  std::lock_guard<std::mutex> lock(impl.mu);
  std::lock_guard<std::mutex> outbox_lock(impl.outbox.mu_);
  impl.state = std::move(data.state);
  // A clock that follows the system time stays with it: rewinding it would
  // date every token issued from then on in the past.
  if (impl.clock.mode() == ClockMode::kStandingStill) impl.clock.Set(data.clock);
  impl.outbox.messages_.assign(std::make_move_iterator(data.outbox.begin()),
                               std::make_move_iterator(data.outbox.end()));
  impl.outbox.next_sequence_ = data.outbox_next_sequence;
  impl.outbox.TrimLocked();
  impl.RebuildSweepQueue();
}

}  // namespace internal

// ----------------------------------------------------------- test helpers

CreateUserPoolRequest FakeIdentityProvider::DefaultTestPoolRequest() {
  CreateUserPoolRequest request;
  request.pool_name = "test-pool";
  request.auto_verified_attributes = {VerifiedAttributeType::kEmail};
  request.username_configuration = UsernameConfigurationType{false};
  request.account_recovery_setting = AccountRecoverySettingType{
      {RecoveryOptionType{1, RecoveryOptionNameType::kVerifiedEmail},
       RecoveryOptionType{2, RecoveryOptionNameType::kVerifiedPhoneNumber}}};
  return request;
}

CreateUserPoolClientRequest FakeIdentityProvider::DefaultTestClientRequest() {
  CreateUserPoolClientRequest request;
  request.client_name = "test-client";
  request.explicit_auth_flows = {ExplicitAuthFlowsType::kAllowUserPasswordAuth,
                                 ExplicitAuthFlowsType::kAllowAdminUserPasswordAuth,
                                 ExplicitAuthFlowsType::kAllowUserSrpAuth,
                                 ExplicitAuthFlowsType::kAllowRefreshTokenAuth};
  request.prevent_user_existence_errors = PreventUserExistenceErrorTypes::kLegacy;
  return request;
}

StatusOr<TestPool> FakeIdentityProvider::CreateUserPoolForTest(CreateUserPoolRequest pool,
                                                               CreateUserPoolClientRequest client) {
  auto created = CreateUserPool(pool);
  if (!created.ok()) return created.status();
  client.user_pool_id = *created->user_pool->id;
  auto app_client = CreateUserPoolClient(client);
  if (!app_client.ok()) return app_client.status();
  return TestPool{client.user_pool_id, *app_client->user_pool_client->client_id,
                  app_client->user_pool_client->client_secret};
}

StatusOr<std::string> FakeIdentityProvider::AddConfirmedUser(const TestPool& pool,
                                                             const std::string& username,
                                                             const std::string& password,
                                                             AttributeListType attributes) {
  std::vector<TestUser> users;
  users.push_back(TestUser{username, password, std::move(attributes)});
  auto subs = AddConfirmedUsers(pool, std::move(users));
  if (!subs.ok()) return subs.status();
  return std::move(subs->front());
}

StatusOr<std::vector<std::string>> FakeIdentityProvider::AddConfirmedUsers(
    const TestPool& pool, std::vector<TestUser> users) {
  if (impl_->lock_owner.load() == std::this_thread::get_id())
    return ReentryError("AddConfirmedUsers");
  std::lock_guard<std::mutex> lock(impl_->mu);
  OwnerMark mark(impl_->lock_owner);
  return impl_->AddConfirmedUsers(pool.user_pool_id, users);
}

namespace {

// The tokens of a sign-in helper's last step, or why there are none.
template <typename Response>
StatusOr<AuthenticationResultType> TokensOf(const char* helper, StatusOr<Response> response) {
  if (!response.ok()) return response.status();
  if (!response->authentication_result) {
    return Status(ErrorCode::kInvalidParameter,
                  std::string(helper) + " got a " +
                      std::string(ToString(response->challenge_name.value_or(
                          ChallengeNameType::kNewPasswordRequired))) +
                      " challenge instead of tokens; answer it with RespondToAuthChallenge");
  }
  return *std::move(response->authentication_result);
}

}  // namespace

StatusOr<AuthenticationResultType> FakeIdentityProvider::SignIn(const TestPool& pool,
                                                                const std::string& username,
                                                                const std::string& password) {
  InitiateAuthRequest request;
  request.auth_flow = AuthFlowType::kUserPasswordAuth;
  request.client_id = pool.client_id;
  request.auth_parameters = {{"USERNAME", username}, {"PASSWORD", password}};
  if (pool.client_secret) {
    request.auth_parameters["SECRET_HASH"] =
        ComputeSecretHash(*pool.client_secret, username, pool.client_id);
  }
  return TokensOf("SignIn", InitiateAuth(request));
}

StatusOr<AuthenticationResultType> FakeIdentityProvider::SignInWithSrp(
    const TestPool& pool, const std::string& username, const std::string& password) {
  SrpClient srp(pool.user_pool_id);
  InitiateAuthRequest start;
  start.auth_flow = AuthFlowType::kUserSrpAuth;
  start.client_id = pool.client_id;
  start.auth_parameters = {{"USERNAME", username}, {"SRP_A", srp.srp_a()}};
  if (pool.client_secret) {
    start.auth_parameters["SECRET_HASH"] =
        ComputeSecretHash(*pool.client_secret, username, pool.client_id);
  }
  auto challenge = InitiateAuth(start);
  if (!challenge.ok()) return challenge.status();
  RespondToAuthChallengeRequest answer;
  answer.client_id = pool.client_id;
  answer.challenge_name = ChallengeNameType::kPasswordVerifier;
  auto responses =
      srp.PasswordVerifierResponses(challenge->challenge_parameters, password, clock().Now());
  if (!responses.ok()) return responses.status();
  answer.challenge_responses = *std::move(responses);
  if (pool.client_secret) {
    answer.challenge_responses["SECRET_HASH"] = ComputeSecretHash(
        *pool.client_secret, answer.challenge_responses["USERNAME"], pool.client_id);
  }
  return TokensOf("SignInWithSrp", RespondToAuthChallenge(answer));
}

std::optional<std::string> FakeIdentityProvider::SoftwareTokenCode(const std::string& secret_code,
                                                                   int seconds_from_now) {
  const std::optional<std::string> secret = internal::Base32Decode(secret_code);
  if (!secret || secret->empty()) return std::nullopt;
  const Timestamp now = clock().Now() + std::chrono::seconds(seconds_from_now);
  return internal::TotpCode(*secret, internal::EpochSeconds(now));
}

std::optional<std::string> FakeIdentityProvider::LastCodeFor(const std::string& user_pool_id,
                                                             const std::string& username) {
  std::string canonical;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    auto pool = impl_->state.pools.pools.find(user_pool_id);
    if (pool == impl_->state.pools.pools.end()) return std::nullopt;
    const UserRecord* user = pool->second.FindUser(username);
    if (user == nullptr) return std::nullopt;
    canonical = user->username;
  }
  // The newest code that an operation actually issued (attempts that made
  // the operation fail carry codes that were never valid).
  const std::vector<Message> messages = impl_->outbox.For(user_pool_id, canonical);
  for (auto it = messages.rbegin(); it != messages.rend(); ++it) {
    if (!it->failed_with) return it->code;
  }
  return std::nullopt;
}

StatusOr<std::string> FakeIdentityProvider::Jwks(const std::string& user_pool_id) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  auto pool = impl_->state.pools.FindPool(user_pool_id);
  if (!pool.ok()) return pool.status();
  return internal::JwksDocument((*pool)->keys);
}

StatusOr<std::string> FakeIdentityProvider::OpenIdConfiguration(const std::string& user_pool_id) {
  auto issuer = Issuer(user_pool_id);
  if (!issuer.ok()) return issuer.status();
  return internal::OpenIdConfiguration(*issuer);
}

StatusOr<std::string> FakeIdentityProvider::Issuer(const std::string& user_pool_id) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  auto pool = impl_->state.pools.FindPool(user_pool_id);
  if (!pool.ok()) return pool.status();
  return impl_->IssuerOf(user_pool_id);
}

Status FakeIdentityProvider::SetSigningKeys(const std::string& user_pool_id,
                                            const std::string& id_token_key_pem,
                                            const std::string& access_token_key_pem) {
  auto id_key = internal::SigningKey::FromPem(id_token_key_pem);
  if (!id_key.ok()) return id_key.status();
  auto access_key = internal::SigningKey::FromPem(access_token_key_pem);
  if (!access_key.ok()) return access_key.status();
  std::lock_guard<std::mutex> lock(impl_->mu);
  auto pool = impl_->state.pools.FindPool(user_pool_id);
  if (!pool.ok()) return pool.status();
  internal::PoolKeys& keys = (*pool)->keys;
  keys.id = internal::PoolKey{*id_key, internal::KeyIdFor(user_pool_id, "id", **id_key)};
  keys.access =
      internal::PoolKey{*access_key, internal::KeyIdFor(user_pool_id, "access", **access_key)};
  return Status();
}

std::string ComputeSecretHash(const std::string& client_secret, const std::string& username,
                              const std::string& client_id) {
  return internal::Base64Encode(
      internal::DigestBytes(internal::HmacSha256(client_secret, username + client_id)));
}

}  // namespace cognito_fake
