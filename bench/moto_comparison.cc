// The fake's side of bench/compare_with_moto.py: the same work the script
// runs through moto, timed here through cognito_fake's public API only, and
// printed as one JSON object on stdout for the script to read.
//
//   moto_comparison ops [--pool-users N] [--repetitions R] [--batch B]
//                       [--flows F] [--fresh-batch K]
//       Per-operation cost on a pool of N users, the 7-call reset flow and
//       a fresh fake; every figure is the minimum over R repetitions of the
//       mean over a batch of calls (timed with steady_clock around the
//       whole batch).
//   moto_comparison load N
//       Seconds to load N users with AddConfirmedUsers, and the resident
//       bytes per user the load added (run once per size, in a fresh
//       process).
//   moto_comparison http-client --url URL --pool-id ID --users N
//                               [--seconds S] [--rounds R]
//       AdminGetUser over one kept-alive HTTP connection to any server
//       speaking AWS JSON 1.1 (moto_server or the fake), cycling user0 ..
//       user<N-1>; the best of R rounds of S seconds each.
//   moto_comparison http-fake [--pool-users N] [--users M] [--seconds S]
//                             [--rounds R]
//       The same client against a LoopbackServer over a fake of N users.
//   moto_comparison http-ceiling [--users M] [--seconds S] [--rounds R]
//       The same client against a bare cpp-httplib server that answers
//       every POST with a fixed AdminGetUser-shaped body and never closes
//       the connection: what the client, the HTTP library and the loopback
//       interface allow on this machine.
//
// Each command exits non-zero, with a message on stderr, when a call does
// not answer what the work expects; a benchmark of failing calls measures
// nothing.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/loopback_server.h>
#include <cognito_fake/srp_client.h>
#include <httplib.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "population.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cognito_fake {
namespace {

using bench::kPassword;
using bench::Population;
using bench::UserName;
using Clock = std::chrono::steady_clock;

constexpr char kNewPassword[] = "N3wPassw0rd!";
constexpr char kWrongPassword[] = "Wr0ngPassw0rd!";

// ------------------------------------------------------------------ helpers

// Prints `what` and exits with status 1: the benchmark cannot go on.
[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "moto_comparison: %s\n", what.c_str());
  std::exit(1);
}

// Fails unless `result` is OK.
template <typename T>
T Expect(StatusOr<T> result, const char* what) {
  if (!result.ok()) {
    std::ostringstream text;
    text << what << " failed: " << result.status();
    Fail(text.str());
  }
  return std::move(result).value();
}

// Fails unless `result` failed with `code`.
template <typename T>
void ExpectError(const StatusOr<T>& result, ErrorCode code, const char* what) {
  if (result.ok() || result.status().code() != code) {
    std::ostringstream text;
    text << what << ": expected " << code << ", got " << result.status();
    Fail(text.str());
  }
}

// Seconds since `start`.
double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The command line's `--name value` pairs after the command.
class Flags {
 public:
  Flags(int argc, char** argv) {
    for (int i = 2; i + 1 < argc; i += 2) {
      std::string name = argv[i];
      if (name.rfind("--", 0) != 0) Fail("expected --flag value, got " + name);
      values_[name.substr(2)] = argv[i + 1];
    }
    if (argc > 2 && (argc - 2) % 2 != 0)
      Fail(std::string("flag without a value: ") + argv[argc - 1]);
  }
  /// The integer flag `name`, or `fallback`; fails unless it is positive.
  long Int(const std::string& name, long fallback) const {
    auto it = values_.find(name);
    if (it == values_.end()) return fallback;
    const long value = std::strtol(it->second.c_str(), nullptr, 10);
    if (value <= 0) Fail("--" + name + " must be a positive integer");
    return value;
  }
  /// The floating-point flag `name`, or `fallback`.
  double Double(const std::string& name, double fallback) const {
    auto it = values_.find(name);
    return it == values_.end() ? fallback : std::strtod(it->second.c_str(), nullptr);
  }
  /// The string flag `name`; fails when it is missing.
  const std::string& Required(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) Fail("missing --" + name);
    return it->second;
  }

 private:
  std::map<std::string, std::string> values_;
};

// Writes `text` as a JSON string literal (the texts here are plain ASCII).
std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// The process's resident bytes (Linux /proc/self/statm), or 0 elsewhere.
double ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  double pages_total = 0;
  double pages_resident = 0;
  if (!(statm >> pages_total >> pages_resident)) return 0;
  return pages_resident * static_cast<double>(sysconf(_SC_PAGESIZE));
}

// Hands the allocator's free pages back to the system, where it can, so
// that resident memory counts what is in use.
void ReleaseFreeMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

// ---------------------------------------------------------------- ops

// How the per-operation figures are taken.
struct OpsPlan {
  int pool_users = 100'000;
  int repetitions = 5;
  int batch = 2'000;      // calls timed together
  int flows = 500;        // reset flows timed together
  int fresh_batch = 200;  // fresh fakes timed together
};

// Mean seconds per call of `call(i)` for i in [0, n), the whole batch timed.
template <typename Call>
double TimeBatch(int n, Call call) {
  const Clock::time_point start = Clock::now();
  for (int i = 0; i < n; ++i) call(i);
  return SecondsSince(start) / n;
}

// The minimum over `repetitions` of what `repetition(r)` returns.
template <typename Repetition>
double MinOver(int repetitions, Repetition repetition) {
  double best = std::numeric_limits<double>::infinity();
  for (int r = 0; r < repetitions; ++r) best = std::min(best, repetition(r));
  return best;
}

// The attributes every benchmark user gets: a verified email, so that
// resets and ForgotPassword have somewhere to send their codes.
AttributeListType EmailOf(const std::string& name) {
  return {{"email", name + "@example.com"}, {"email_verified", "true"}};
}

// Mean seconds of one RS256 signature (RSASSA-PKCS1-v1_5, SHA-256, a
// 2048-bit key) of a token-sized input, through OpenSSL alone: what a
// sign-in's two signatures cost at the least.
double Rs256SignatureSeconds(const OpsPlan& plan) {
  EVP_PKEY* key = EVP_RSA_gen(2048);
  if (key == nullptr) Fail("EVP_RSA_gen");
  const std::string input(700, 'x');  // about a signing input's size
  unsigned char signature[512];
  const double seconds = MinOver(plan.repetitions, [&](int) {
    return TimeBatch(std::max(1, plan.batch / 4), [&](int) {
      EVP_MD_CTX* context = EVP_MD_CTX_new();
      std::size_t size = sizeof(signature);
      if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, key) != 1 ||
          EVP_DigestSign(context, signature, &size,
                         reinterpret_cast<const unsigned char*>(input.data()), input.size()) != 1) {
        Fail("EVP_DigestSign");
      }
      EVP_MD_CTX_free(context);
    });
  });
  EVP_PKEY_free(key);
  return seconds;
}

// AdminCreateUser of `name` with a verified email and no invitation.
AdminCreateUserRequest CreateRequest(const TestPool& pool, const std::string& name) {
  AdminCreateUserRequest request;
  request.user_pool_id = pool.user_pool_id;
  request.username = name;
  request.user_attributes = EmailOf(name);
  request.message_action = MessageActionType::kSuppress;
  return request;
}

InitiateAuthRequest SignInRequest(const TestPool& pool, const std::string& name,
                                  const std::string& password) {
  InitiateAuthRequest request;
  request.auth_flow = AuthFlowType::kUserPasswordAuth;
  request.client_id = pool.client_id;
  request.auth_parameters = {{"USERNAME", name}, {"PASSWORD", password}};
  return request;
}

// One user through AdminCreateUser, AdminSetUserPassword (permanent),
// AdminResetUserPassword, a refused InitiateAuth, ForgotPassword,
// ConfirmForgotPassword with the code read from the outbox, and a
// successful InitiateAuth.
void ResetFlow(FakeIdentityProvider& fake, const TestPool& pool, const std::string& name) {
  Expect(fake.AdminCreateUser(CreateRequest(pool, name)), "flow AdminCreateUser");
  Expect(fake.AdminSetUserPassword({pool.user_pool_id, name, kPassword, true}),
         "flow AdminSetUserPassword");
  Expect(fake.AdminResetUserPassword({pool.user_pool_id, name, {}}), "flow AdminResetUserPassword");
  ExpectError(fake.InitiateAuth(SignInRequest(pool, name, kPassword)),
              ErrorCode::kPasswordResetRequired, "flow InitiateAuth before the reset");
  ForgotPasswordRequest forgot;
  forgot.client_id = pool.client_id;
  forgot.username = name;
  Expect(fake.ForgotPassword(forgot), "flow ForgotPassword");
  std::optional<std::string> code = fake.LastCodeFor(pool.user_pool_id, name);
  if (!code) Fail("flow: no code in the outbox for " + name);
  ConfirmForgotPasswordRequest confirm;
  confirm.client_id = pool.client_id;
  confirm.username = name;
  confirm.confirmation_code = *code;
  confirm.password = kNewPassword;
  Expect(fake.ConfirmForgotPassword(confirm), "flow ConfirmForgotPassword");
  InitiateAuthResponse signed_in =
      Expect(fake.InitiateAuth(SignInRequest(pool, name, kNewPassword)),
             "flow InitiateAuth after the reset");
  if (!signed_in.authentication_result) Fail("flow: the final sign-in returned no tokens");
}

// Runs the per-operation, flow and fresh-fake measurements and prints them.
//
// Users are taken from disjoint slices of the pool, one call per user, so
// that no call meets a user an earlier call changed and no per-user hourly
// limit (5 ForgotPassword, 5 failed sign-ins) is reached. What is not part
// of the operation (clearing the outbox, issuing the codes
// ConfirmForgotPassword consumes) runs between batches, untimed.
int RunOps(const OpsPlan& plan) {
  const int per_slice = plan.repetitions * plan.batch;
  if (4 * per_slice > plan.pool_users)
    Fail("the pool is too small for 4 slices of repetitions x batch users");
  const Clock::time_point load_start = Clock::now();
  Population population(plan.pool_users);
  const double load_seconds = SecondsSince(load_start);
  FakeIdentityProvider& fake = population.fake;
  const TestPool& pool = population.pool;
  const std::string& pool_id = pool.user_pool_id;
  auto user = [&](int slice, int r, int i) -> const std::string& {
    return population.names[static_cast<std::size_t>(slice * per_slice + r * plan.batch + i)];
  };
  std::vector<std::pair<std::string, double>> results;

  results.emplace_back(
      "AdminCreateUser", MinOver(plan.repetitions, [&](int r) {
        std::vector<AdminCreateUserRequest> requests;
        requests.reserve(static_cast<std::size_t>(plan.batch));
        for (int i = 0; i < plan.batch; ++i) {
          requests.push_back(
              CreateRequest(pool, "new" + std::to_string(r) + "_" + std::to_string(i)));
        }
        return TimeBatch(plan.batch, [&](int i) {
          Expect(fake.AdminCreateUser(requests[static_cast<std::size_t>(i)]), "AdminCreateUser");
        });
      }));

  results.emplace_back("AdminSetUserPassword", MinOver(plan.repetitions, [&](int r) {
                         AdminSetUserPasswordRequest request{pool_id, "", kNewPassword, true};
                         return TimeBatch(plan.batch, [&](int i) {
                           request.username = user(0, r, i);
                           Expect(fake.AdminSetUserPassword(request), "AdminSetUserPassword");
                         });
                       }));

  results.emplace_back("AdminResetUserPassword", MinOver(plan.repetitions, [&](int r) {
                         fake.outbox().Clear();
                         AdminResetUserPasswordRequest request{pool_id, "", {}};
                         return TimeBatch(plan.batch, [&](int i) {
                           request.username = user(1, r, i);
                           Expect(fake.AdminResetUserPassword(request), "AdminResetUserPassword");
                         });
                       }));

  // ForgotPassword and ConfirmForgotPassword share a slice: each
  // repetition's ForgotPassword batch issues the codes its
  // ConfirmForgotPassword batch consumes.
  double forgot_best = std::numeric_limits<double>::infinity();
  double confirm_best = std::numeric_limits<double>::infinity();
  for (int r = 0; r < plan.repetitions; ++r) {
    fake.outbox().Clear();
    ForgotPasswordRequest forgot;
    forgot.client_id = pool.client_id;
    forgot_best = std::min(forgot_best, TimeBatch(plan.batch, [&](int i) {
                             forgot.username = user(2, r, i);
                             Expect(fake.ForgotPassword(forgot), "ForgotPassword");
                           }));
    std::vector<ConfirmForgotPasswordRequest> confirms(static_cast<std::size_t>(plan.batch));
    for (int i = 0; i < plan.batch; ++i) {
      ConfirmForgotPasswordRequest& confirm = confirms[static_cast<std::size_t>(i)];
      confirm.client_id = pool.client_id;
      confirm.username = user(2, r, i);
      confirm.password = kNewPassword;
      std::optional<std::string> code = fake.LastCodeFor(pool_id, confirm.username);
      if (!code) Fail("no ForgotPassword code for " + confirm.username);
      confirm.confirmation_code = *code;
    }
    confirm_best =
        std::min(confirm_best, TimeBatch(plan.batch, [&](int i) {
                   Expect(fake.ConfirmForgotPassword(confirms[static_cast<std::size_t>(i)]),
                          "ConfirmForgotPassword");
                 }));
  }
  results.emplace_back("ForgotPassword", forgot_best);
  results.emplace_back("ConfirmForgotPassword", confirm_best);

  // Spread over the whole pool, read-only.
  results.emplace_back("AdminGetUser", MinOver(plan.repetitions, [&](int r) {
                         AdminGetUserRequest request{pool_id, ""};
                         return TimeBatch(plan.batch, [&](int i) {
                           const long index =
                               (static_cast<long>(r) * plan.batch + i) * 7919L % plan.pool_users;
                           request.username = population.names[static_cast<std::size_t>(index)];
                           Expect(fake.AdminGetUser(request), "AdminGetUser");
                         });
                       }));

  results.emplace_back("InitiateAuth (wrong password)", MinOver(plan.repetitions, [&](int r) {
                         InitiateAuthRequest request = SignInRequest(pool, "", kWrongPassword);
                         return TimeBatch(plan.batch, [&](int i) {
                           request.auth_parameters["USERNAME"] = user(3, r, i);
                           ExpectError(fake.InitiateAuth(request), ErrorCode::kNotAuthorized,
                                       "InitiateAuth (wrong password)");
                         });
                       }));

  // A sign-in that issues tokens: two RS256 signatures (ID and access
  // token) and the rest; beside it, one RS256 signature with a key of the
  // same size, timed through OpenSSL alone.
  results.emplace_back("InitiateAuth (tokens)", MinOver(plan.repetitions, [&](int r) {
                         // The users AdminSetUserPassword gave kNewPassword.
                         InitiateAuthRequest request = SignInRequest(pool, "", kNewPassword);
                         return TimeBatch(plan.batch, [&](int i) {
                           request.auth_parameters["USERNAME"] = user(0, r, i);
                           Expect(fake.InitiateAuth(request), "InitiateAuth (tokens)");
                         });
                       }));
  const double signature = Rs256SignatureSeconds(plan);

  // USER_SRP_AUTH, both steps, as a client runs them (SignInWithSrp: the
  // client's own SRP math included); beside it that math alone, on one real
  // challenge's parameters, so that the service's share can be read off.
  results.emplace_back("USER_SRP_AUTH (both steps)", MinOver(plan.repetitions, [&](int r) {
                         return TimeBatch(std::max(1, plan.batch / 10), [&](int i) {
                           Expect(fake.SignInWithSrp(pool, user(0, r, i), kNewPassword),
                                  "SignInWithSrp");
                         });
                       }));
  InitiateAuthRequest srp_start;
  srp_start.auth_flow = AuthFlowType::kUserSrpAuth;
  srp_start.client_id = pool.client_id;
  srp_start.auth_parameters = {{"USERNAME", user(0, 0, 0)},
                               {"SRP_A", SrpClient(pool.user_pool_id).srp_a()}};
  const auto srp_challenge = Expect(fake.InitiateAuth(srp_start), "InitiateAuth (SRP)");
  const double srp_client = MinOver(plan.repetitions, [&](int) {
    return TimeBatch(std::max(1, plan.batch / 10), [&](int) {
      SrpClient client(pool.user_pool_id);
      Expect(client.PasswordVerifierResponses(srp_challenge.challenge_parameters, kNewPassword,
                                              fake.clock().Now()),
             "SrpClient");
    });
  });

  // The flow: fresh users in the same 100 000-user pool; the code read
  // (LastCodeFor) is part of what is timed.
  const double flow = MinOver(plan.repetitions, [&](int r) {
    fake.outbox().Clear();
    std::vector<std::string> names;
    names.reserve(static_cast<std::size_t>(plan.flows));
    for (int i = 0; i < plan.flows; ++i)
      names.push_back("flow" + std::to_string(r) + "_" + std::to_string(i));
    return TimeBatch(plan.flows,
                     [&](int i) { ResetFlow(fake, pool, names[static_cast<std::size_t>(i)]); });
  });

  // A fresh fake: constructed, one pool and client, one user, destroyed.
  const double fresh = MinOver(plan.repetitions, [&](int) {
    return TimeBatch(plan.fresh_batch, [&](int) {
      FakeIdentityProvider one;
      const TestPool one_pool = Expect(one.CreateUserPoolForTest(), "fresh CreateUserPoolForTest");
      Expect(one.AddConfirmedUser(one_pool, "alice", kPassword, EmailOf("alice")),
             "fresh AddConfirmedUser");
    });
  });

  std::printf(
      "{\"pool_users\": %d, \"repetitions\": %d, \"batch\": %d, \"flows\": %d, \"fresh_batch\": "
      "%d,\n",
      plan.pool_users, plan.repetitions, plan.batch, plan.flows, plan.fresh_batch);
  std::printf(" \"pool_load_seconds\": %.6f,\n \"operations\": {", load_seconds);
  for (std::size_t i = 0; i < results.size(); ++i) {
    std::printf("%s\n  %s: %.9g", i == 0 ? "" : ",", Quoted(results[i].first).c_str(),
                results[i].second);
  }
  std::printf(
      "},\n \"rs256_signature\": %.9g,\n \"srp_client\": %.9g,\n \"reset_flow\": %.9g,\n "
      "\"fresh_fake\": %.9g}\n",
      signature, srp_client, flow, fresh);
  return 0;
}

// ---------------------------------------------------------------- load

// Loads `users` users into a fresh pool with AddConfirmedUsers and prints
// the seconds the call took (building its input is not timed) and the
// resident memory it added, per user: the process's resident size after
// the load, free pages handed back, minus before the input was built. What
// the allocator keeps of the freed input counts against the fake.
int RunLoad(long users) {
  FakeIdentityProvider fake;
  fake.DefineSesIdentity(bench::kSesIdentity, SesIdentity{});
  const TestPool pool =
      Expect(fake.CreateUserPoolForTest(bench::SesPoolRequest()), "CreateUserPoolForTest");
  ReleaseFreeMemory();
  const double resident_before = ResidentBytes();
  std::vector<TestUser> batch;
  batch.reserve(static_cast<std::size_t>(users));
  for (long i = 0; i < users; ++i) {
    std::string name = UserName(static_cast<int>(i));
    AttributeListType attributes = {{"email", name + "@example.com"}};
    batch.push_back(TestUser{std::move(name), kPassword, std::move(attributes)});
  }
  const Clock::time_point start = Clock::now();
  std::vector<std::string> subs =
      Expect(fake.AddConfirmedUsers(pool, std::move(batch)), "AddConfirmedUsers");
  const double seconds = SecondsSince(start);
  subs = {};
  ReleaseFreeMemory();
  const double resident_after = ResidentBytes();
  // Confirms the users are there.
  Expect(fake.AdminGetUser({pool.user_pool_id, UserName(static_cast<int>(users - 1))}),
         "AdminGetUser after load");
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf(
      "{\"users\": %ld, \"seconds\": %.6f, \"resident_bytes_per_user\": %.1f, \"max_rss_kib\": "
      "%ld}\n",
      users, seconds, (resident_after - resident_before) / static_cast<double>(users),
      static_cast<long>(usage.ru_maxrss));
  return 0;
}

// ---------------------------------------------------------------- http

// What a run of the HTTP client measured.
struct HttpResult {
  double requests_per_second = 0;
  long requests = 0;
  long server_closes = 0;      // timed responses with `Connection: close`
  std::string server_version;  // the HTTP version the server answered with
  std::string connection;      // its Connection header, if any
};

// AdminGetUser of user0 .. user<users-1> in turn over one kept-alive
// connection to `url` (http://host:port), for `rounds` rounds of `seconds`
// each; the best round's rate. Every request carries the headers an AWS SDK
// sends, a SigV4 Authorization header with a dummy signature included
// (moto_server reads the region from it; the fake never verifies it).
HttpResult RunHttpClient(const std::string& url, const std::string& pool_id, long users,
                         double seconds, int rounds) {
  httplib::Client client(url);
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);
  client.set_connection_timeout(5);
  client.set_read_timeout(30);
  const httplib::Headers headers = {
      {"X-Amz-Target", "AWSCognitoIdentityProviderService.AdminGetUser"},
      {"X-Amz-Date", "20260101T000000Z"},
      {"Authorization",
       "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/cognito-idp/aws4_request, "
       "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" +
           std::string(64, '0')},
  };
  std::vector<std::string> bodies;
  bodies.reserve(static_cast<std::size_t>(users));
  for (long i = 0; i < users; ++i) {
    bodies.push_back("{\"UserPoolId\":" + Quoted(pool_id) +
                     ",\"Username\":" + Quoted(UserName(static_cast<int>(i))) + "}");
  }
  HttpResult result;
  long next = 0;
  auto post = [&]() {
    auto response = client.Post("/", headers, bodies[static_cast<std::size_t>(next++ % users)],
                                "application/x-amz-json-1.1");
    if (!response) Fail("HTTP request failed: " + httplib::to_string(response.error()));
    if (response->status != 200) {
      Fail("AdminGetUser answered HTTP " + std::to_string(response->status) + ": " +
           response->body);
    }
    if (response->get_header_value("Connection") == "close") ++result.server_closes;
    return response;
  };
  auto first = post();  // warms the connection; not counted
  result.server_version = first->version;
  result.connection = first->get_header_value("Connection");
  result.server_closes = 0;
  for (int r = 0; r < rounds; ++r) {
    long count = 0;
    const Clock::time_point start = Clock::now();
    double elapsed = 0;
    // Checks the clock every 16 requests; a round ends after `seconds`.
    while (elapsed < seconds) {
      for (int k = 0; k < 16; ++k) post();
      count += 16;
      elapsed = SecondsSince(start);
    }
    result.requests += count;
    result.requests_per_second = std::max(result.requests_per_second, count / elapsed);
  }
  return result;
}

void PrintHttp(const HttpResult& result, const std::string& served) {
  std::printf(
      "{\"served\": %s, \"requests_per_second\": %.1f, \"requests\": %ld, \"server_closes\": %ld, "
      "\"server_http_version\": %s, \"server_connection_header\": %s}\n",
      Quoted(served).c_str(), result.requests_per_second, result.requests, result.server_closes,
      Quoted(result.server_version).c_str(), Quoted(result.connection).c_str());
}

int RunHttpFake(int pool_users, long users, double seconds, int rounds) {
  if (users > pool_users) Fail("--users exceeds --pool-users");
  Population population(pool_users);
  std::unique_ptr<LoopbackServer> server =
      Expect(LoopbackServer::Start(population.fake), "LoopbackServer::Start");
  const HttpResult result =
      RunHttpClient(server->url(), population.pool.user_pool_id, users, seconds, rounds);
  server->Stop();
  PrintHttp(result,
            "cognito_fake::LoopbackServer over a fake of " + std::to_string(pool_users) + " users");
  return 0;
}

int RunHttpCeiling(long users, double seconds, int rounds) {
  httplib::Server server;
  server.set_tcp_nodelay(true);
  server.set_keep_alive_max_count(std::numeric_limits<int>::max());
  server.set_keep_alive_timeout(60);
  server.Post("/", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(
        "{\"Enabled\":true,\"UserAttributes\":[{\"Name\":\"sub\",\"Value\":"
        "\"8b0e4b4e-0000-4000-8000-000000000000\"},{\"Name\":\"email\",\"Value\":\"user0@example."
        "com\"}],"
        "\"UserCreateDate\":1.7e9,\"UserLastModifiedDate\":1.7e9,\"UserStatus\":\"CONFIRMED\","
        "\"Username\":\"user0\"}",
        "application/x-amz-json-1.1");
  });
  const int port = server.bind_to_any_port("127.0.0.1");
  if (port <= 0) Fail("the bare server could not bind 127.0.0.1");
  // The socket listens from bind_to_any_port on: the client may connect
  // before the serving thread accepts.
  std::thread serving([&] { server.listen_after_bind(); });
  const HttpResult result = RunHttpClient("http://127.0.0.1:" + std::to_string(port),
                                          "us-east-1_ceiling", users, seconds, rounds);
  server.stop();
  serving.join();
  PrintHttp(result, "a bare cpp-httplib server with a fixed answer");
  return 0;
}

int Main(int argc, char** argv) {
  const std::string usage =
      "usage: moto_comparison ops|load N|http-client|http-fake|http-ceiling [--flag value ...] "
      "(see bench/moto_comparison.cc)";
  if (argc < 2) Fail(usage);
  const std::string command = argv[1];
  if (command == "load") {
    if (argc != 3) Fail(usage);
    const long users = std::strtol(argv[2], nullptr, 10);
    if (users <= 0 || users > 100'000'000) Fail("load: N must be in 1 .. 100 000 000");
    return RunLoad(users);
  }
  const Flags flags(argc, argv);
  if (command == "ops") {
    OpsPlan plan;
    plan.pool_users = static_cast<int>(flags.Int("pool-users", plan.pool_users));
    plan.repetitions = static_cast<int>(flags.Int("repetitions", plan.repetitions));
    plan.batch = static_cast<int>(flags.Int("batch", plan.batch));
    plan.flows = static_cast<int>(flags.Int("flows", plan.flows));
    plan.fresh_batch = static_cast<int>(flags.Int("fresh-batch", plan.fresh_batch));
    return RunOps(plan);
  }
  if (command == "http-client") {
    const HttpResult result =
        RunHttpClient(flags.Required("url"), flags.Required("pool-id"), flags.Int("users", 1000),
                      flags.Double("seconds", 3), static_cast<int>(flags.Int("rounds", 3)));
    PrintHttp(result, flags.Required("url"));
    return 0;
  }
  if (command == "http-fake") {
    return RunHttpFake(static_cast<int>(flags.Int("pool-users", 100'000)), flags.Int("users", 1000),
                       flags.Double("seconds", 3), static_cast<int>(flags.Int("rounds", 3)));
  }
  if (command == "http-ceiling") {
    return RunHttpCeiling(flags.Int("users", 1000), flags.Double("seconds", 3),
                          static_cast<int>(flags.Int("rounds", 3)));
  }
  Fail(usage);
}

}  // namespace
}  // namespace cognito_fake

int main(int argc, char** argv) { return cognito_fake::Main(argc, argv); }
