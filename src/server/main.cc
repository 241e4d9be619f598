// cognito-fake-server: serves a FakeIdentityProvider over AWS JSON 1.1 on
// loopback, for the AWS CLI, boto3, aws-sdk-cpp or any AWS SDK, printing
// every message the fake sends. See --help.

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fake_state.h>
#include <cognito_fake/fault_plan.h>
#include <cognito_fake/loopback_server.h>
#include <fcntl.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

namespace {

constexpr char kUsage[] = R"(Usage: cognito-fake-server [options]

Serves an in-memory Amazon Cognito user pool service (cognito-idp, AWS JSON
1.1) on HTTP. Point clients at it with --endpoint-url / endpoint_url /
endpointOverride and any credentials.

Options:
  --host HOST     interface to bind (default 127.0.0.1)
  --port PORT     port (default 0: a free port, printed at start)
  --seed N        seed of codes, ids, secrets and signing keys (default 0)
  --region NAME   region in pool ids, ARNs and token issuers (default us-east-1)
  --issuer-base URL
                  start of the tokens' iss, <URL>/<poolId> (default
                  https://cognito-idp.<region>.amazonaws.com); e.g. this
                  server's URL, for apps that fetch keys from the issuer
  --state FILE    start from a state document (as GET /_cognito_fake/state returns)
  --data FILE     keep the state in FILE: load it at start (a file that is
                  not a state document is refused and left alone), write it
                  after every request that may change it, before answering
                  (atomically: a temporary file, fsync, rename); --state and
                  --demo only make a new FILE
  --faults FILE   install a fault plan (see include/cognito_fake/fault_plan.h)
  --auth MODE     how requests to IAM operations (Admin*, ListUsers ...) are
                  authenticated: signed (default: a SigV4 signature for
                  cognito-idp with any keys), verify (signatures checked
                  against the --iam keys, then their policies), off
  --iam FILE      access keys and policies for --auth verify (see
                  include/cognito_fake/iam.h)
  --demo          create a demo pool, app client and user alice / Passw0rd!
  --outbox-limit N
                  keep the newest N captured messages (default 10000; 0:
                  all); GET /_cognito_fake/messages says how many went in
                  its X-Cognito-Fake-Dropped header
  --journal-limit N
                  keep the newest N fault-injector journal entries (default
                  10000; 0: all), likewise for GET /_cognito_fake/journal
  --quiet         do not print sent messages
  --help          this text

The clock follows the system time (POST /_cognito_fake/clock moves it
ahead), so the tokens pass the checks of real JWT libraries. Each pool's keys
are at GET /<poolId>/.well-known/jwks.json and its OpenID configuration at
GET /<poolId>/.well-known/openid-configuration. The keys are test keys
shipped with cognito_fake: never trust its tokens outside tests.

Test-control routes: GET /_cognito_fake/messages, GET /_cognito_fake/code
?UserPoolId=..&Username=.., POST /_cognito_fake/reset, GET|PUT
/_cognito_fake/state, POST /_cognito_fake/clock?advance_seconds=N,
PUT|DELETE /_cognito_fake/faults, GET /_cognito_fake/journal, PUT
/_cognito_fake/iam.
)";

volatile std::sig_atomic_t stop_requested = 0;
void OnSignal(int) { stop_requested = 1; }

// Where WriteAtomically writes before it renames: one name per data file
// (one server per file), so a write a kill interrupted leaves at most this
// one file behind, which the next write replaces and a start removes.
std::string TemporaryOf(const std::string& path) { return path + ".tmp"; }

// Writes `text` to `path` so that a crash at any moment leaves either the
// old file or the new one, never a torn one: a temporary file beside it,
// written and flushed to the disk, renamed over it, then the directory
// flushed so that the rename itself survives a power loss.
cognito_fake::Status WriteAtomically(const std::string& path, const std::string& text) {
  const auto failed = [&path](const std::string& what) {
    return cognito_fake::Status(cognito_fake::ErrorCode::kInternalError,
                                what + " " + path + ": " + std::strerror(errno));
  };
  const std::string temporary = TemporaryOf(path);
  const int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return failed("cannot create a temporary file for");
  for (std::size_t written = 0; written < text.size();) {
    const ssize_t n = write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      close(fd);
      unlink(temporary.c_str());
      return failed("cannot write");
    }
    written += static_cast<std::size_t>(n);
  }
  if (fsync(fd) != 0) {
    close(fd);
    unlink(temporary.c_str());
    return failed("cannot flush");
  }
  close(fd);
  if (rename(temporary.c_str(), path.c_str()) != 0) {
    unlink(temporary.c_str());
    return failed("cannot replace");
  }
  const std::size_t slash = path.rfind('/');
  const std::string directory = slash == std::string::npos ? "." : path.substr(0, slash + 1);
  const int dir = open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    fsync(dir);
    close(dir);
  }
  return cognito_fake::Status();
}

// The contents of `path`, or nullopt when it cannot be read.
std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

int Fail(const std::string& message) {
  std::cerr << "cognito-fake-server: " << message << "\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
  // Every call of the fake runs under its one mutex, so glibc's per-thread
  // malloc arenas (up to 8 per core) buy this server no concurrency, only
  // memory: each HTTP worker thread warmed up an arena of its own, and a
  // server under load grew for five minutes to twice its size before it
  // levelled. One arena keeps it flat at the same throughput
  // (docs/performance.md, "Soak").
  mallopt(M_ARENA_MAX, 1);
#endif
  cognito_fake::LoopbackServerOptions server_options;
  cognito_fake::FakeOptions fake_options;
  std::string state_file;
  std::string data_file;
  std::string faults_file;
  std::string iam_file;
  bool demo = false;
  bool quiet = false;
  // A server runs for hours: what it records for tests is capped.
  std::size_t outbox_limit = 10000;
  std::size_t journal_limit = 10000;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "cognito-fake-server: " << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    try {
      if (arg == "--help" || arg == "-h") {
        std::cout << kUsage;
        return 0;
      } else if (arg == "--host") {
        server_options.host = value();
      } else if (arg == "--port") {
        server_options.port = std::stoi(value());
      } else if (arg == "--seed") {
        fake_options.seed = std::stoull(value());
      } else if (arg == "--region") {
        fake_options.region = value();
      } else if (arg == "--issuer-base") {
        fake_options.issuer_base = value();
      } else if (arg == "--state") {
        state_file = value();
      } else if (arg == "--data") {
        data_file = value();
      } else if (arg == "--faults") {
        faults_file = value();
      } else if (arg == "--auth") {
        const std::string mode = value();
        const auto parsed = cognito_fake::WireAuthModeFromString(mode);
        if (!parsed) return Fail("--auth must be off, signed or verify, not " + mode);
        server_options.wire.auth = *parsed;
      } else if (arg == "--iam") {
        iam_file = value();
      } else if (arg == "--demo") {
        demo = true;
      } else if (arg == "--outbox-limit") {
        outbox_limit = std::stoull(value());
      } else if (arg == "--journal-limit") {
        journal_limit = std::stoull(value());
      } else if (arg == "--quiet") {
        quiet = true;
      } else {
        return Fail("unknown option " + arg + " (see --help)");
      }
    } catch (const std::exception&) {
      return Fail("bad value for " + arg);
    }
  }

  fake_options.clock_mode = cognito_fake::ClockMode::kFollowingSystemTime;
  cognito_fake::FakeIdentityProvider fake(fake_options);
  fake.outbox().SetCapacity(outbox_limit);
  // An existing data file is the state: anything else in it is refused,
  // and the file left as it is for its owner to look at.
  bool restored = false;
  if (!data_file.empty()) unlink(TemporaryOf(data_file).c_str());  // a killed write's
  if (!data_file.empty() && access(data_file.c_str(), F_OK) == 0) {
    const std::optional<std::string> text = ReadFile(data_file);
    if (!text) return Fail("cannot read " + data_file);
    if (auto status = cognito_fake::ImportState(fake, *text); !status.ok()) {
      return Fail("--data " + data_file + " is not a state document this version can load (" +
                  std::string(status.message()) +
                  "); refusing to start and leaving it as it is: move it away to start afresh");
    }
    restored = true;
  }
  if (!state_file.empty() && !restored) {
    const std::optional<std::string> text = ReadFile(state_file);
    if (!text) return Fail("cannot read " + state_file);
    if (auto status = cognito_fake::ImportState(fake, *text); !status.ok()) {
      return Fail(state_file + ": " + status.message());
    }
  }
  if (demo && !restored) {
    auto pool_request = cognito_fake::FakeIdentityProvider::DefaultTestPoolRequest();
    pool_request.pool_name = "demo-pool";
    pool_request.alias_attributes = {cognito_fake::AliasAttributeType::kEmail};
    auto pool = fake.CreateUserPoolForTest(pool_request);
    if (!pool.ok()) return Fail(pool.status().message());
    auto user =
        fake.AddConfirmedUser(*pool, "alice", "Passw0rd!", {{"email", "alice@example.com"}});
    if (!user.ok()) return Fail(user.status().message());
    std::cout << "demo pool " << pool->user_pool_id << ", app client " << pool->client_id
              << ", user alice / Passw0rd! (alice@example.com)\n";
  }
  cognito_fake::FaultInjector faults(fake, &fake.clock(), fake_options.seed);
  faults.SetJournalCapacity(journal_limit);
  server_options.faults = &faults;
  if (!faults_file.empty()) {
    const std::optional<std::string> text = ReadFile(faults_file);
    if (!text) return Fail("cannot read " + faults_file);
    if (auto status = cognito_fake::LoadFaultPlan(faults, *text); !status.ok()) {
      return Fail(faults_file + ": " + status.message());
    }
  }
  cognito_fake::IamRegistry iam;
  server_options.iam = &iam;
  if (!iam_file.empty()) {
    const std::optional<std::string> text = ReadFile(iam_file);
    if (!text) return Fail("cannot read " + iam_file);
    if (auto status = cognito_fake::LoadIamConfig(iam, *text); !status.ok()) {
      return Fail(iam_file + ": " + status.message());
    }
  }
  if (!quiet) {
    server_options.on_message = [](const cognito_fake::Message& message) {
      std::cout << message << "\n    " << (message.subject ? *message.subject + " | " : "")
                << message.body << std::endl;
    };
  }

  if (!data_file.empty()) {
    if (!restored) {
      if (auto status = WriteAtomically(data_file, cognito_fake::ExportState(fake)); !status.ok()) {
        return Fail(std::string(status.message()));
      }
    }
    server_options.after_change = [&fake, &data_file] {
      return WriteAtomically(data_file, cognito_fake::ExportState(fake));
    };
  }

  auto server = cognito_fake::LoopbackServer::Start(fake, server_options);
  if (!server.ok()) return Fail(server.status().message());
  std::cout << "cognito-fake-server listening on " << (*server)->url() << " (auth "
            << cognito_fake::ToString(server_options.wire.auth) << ")" << std::endl;
  if (!data_file.empty()) {
    std::cout << "state kept in " << data_file << (restored ? " (loaded)" : " (new)") << std::endl;
  }

  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  while (!stop_requested) pause();
  (*server)->Stop();
  std::cout << "cognito-fake-server stopped" << std::endl;
  return 0;
}
