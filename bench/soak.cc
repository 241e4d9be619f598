// A soak of cognito-fake-server: the real server binary, started as a child
// process, under a kept-alive load of mixed operations for minutes while
// its clock moves ahead, with its resident memory and the latency of the
// calls printed per interval. A server that keeps something for every
// sign-in, token or code shows it here as memory that grows minute after
// minute.
//
//   cmake --preset release && cmake --build --preset release --target soak_bench
//   build/release/bench/soak_bench --server build/release/cognito-fake-server
//       [--seconds 600] [--interval-seconds 60] [--users 200] [--workers 2]
//       [--advance-every-seconds 1] [--advance-by-seconds 18000] [--reset-every 8]
//       [--outbox-limit N] [--max-growth-percent P] [--max-p99-growth F]
//
// The server runs with `--port 0 --quiet --auth off --seed 1` (and
// `--outbox-limit N` when given: the outbox, capped at 10 000 messages by
// default, takes a minute of this load to fill; a short run passes a small
// cap so that the filling is over before the 2nd interval). Over HTTP
// (AWS JSON 1.1) the program creates a pool, an app client whose refresh
// tokens last one hour, and --users confirmed users with a verified email.
// Then --workers threads, each with one kept-alive connection and its own
// slice of the users, repeat for --seconds, taking their users in turn:
//
//   InitiateAuth USER_PASSWORD_AUTH, InitiateAuth REFRESH_TOKEN_AUTH,
//   GetUser, AdminGetUser, GlobalSignOut; and at every --reset-every-th
//   turn of a user the reset flow: AdminResetUserPassword, ForgotPassword,
//   the code from GET /_cognito_fake/code, ConfirmForgotPassword with the
//   user's other password.
//
// Meanwhile another thread moves the server's clock ahead by
// --advance-by-seconds every --advance-every-seconds of wall time (POST
// /_cognito_fake/clock), so tokens, codes, sign-in sessions and rate
// windows expire many times in a run and the server forgets them (issue
// 31): with the defaults, 25 hours of its time pass in 5 s.
//
// Every call must succeed, except these, which are counted and printed at
// the end: NotAuthorizedException from the token calls and
// ExpiredCodeException from ConfirmForgotPassword when the clock moved
// while the user's turn ran (the tokens or the code expired in between; the
// reset flow then starts again), and LimitExceededException from
// ForgotPassword (its hourly limit per user; the admin reset's code is
// used instead). Any other answer stops the run: the call, its HTTP status
// and body go to stderr and the exit status is 1.
//
// Output: the parameters, then one line per interval:
//
//   elapsed  requests in the interval  requests/s  p50 and p99 latency of
//   every call of the interval (microseconds, client side)  the server's
//   VmRSS (MiB, from /proc/<pid>/status) at the interval's end
//
// and a summary. The first interval holds the warm-up (connections, the
// outbox filling to its cap, the allocator's arenas), so the checks compare
// the end of the 2nd interval with the end of the last one:
// --max-growth-percent P fails the run (exit status 1) when the resident
// memory grew by more than P %, --max-p99-growth F when the last p99 is
// above F times the 2nd one. Linux only (/proc, prctl).

#include <httplib.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;

constexpr char kUsage[] =
    "usage: soak_bench --server PATH [--seconds S] [--interval-seconds I] [--users N]\n"
    "                  [--workers W] [--advance-every-seconds A] [--advance-by-seconds B]\n"
    "                  [--reset-every K] [--outbox-limit N] [--max-growth-percent P]\n"
    "                  [--max-p99-growth F]\n";

// Two passwords that satisfy the default policy; a reset switches a user
// from one to the other.
constexpr char kPasswordA[] = "Passw0rd!A";
constexpr char kPasswordB[] = "Passw0rd!B";

// ------------------------------------------------------------------ options

struct Options {
  std::string server;
  double seconds = 600;
  double interval_seconds = 60;
  int users = 200;
  int workers = 2;
  // Five hours a second: a sign-in ends (its refresh token's hour, then the
  // day its last access token may live) about 5 s after it is made, so the
  // server holds only a few seconds' worth of them from the 2nd interval on.
  double advance_every_seconds = 1;
  long advance_by_seconds = 18000;
  long reset_every = 8;
  std::optional<long> outbox_limit;  // the server's --outbox-limit, when given
  std::optional<double> max_growth_percent;
  std::optional<double> max_p99_growth;
};

// ------------------------------------------------------------------ failing

// The server's process id while it runs, for Fail() to stop it.
std::atomic<pid_t> server_pid{0};

// Sends SIGTERM to the server and waits for it; its exit status as
// waitpid() gives it, or -1 when it was not running.
int StopServer() {
  const pid_t pid = server_pid.exchange(0);
  if (pid == 0) return -1;
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

// Prints `what`, stops the server and exits with status 1. Any thread may
// call it; the first one wins. std::_Exit, because the other threads are
// still running and std::exit would destroy what they use.
[[noreturn]] void Fail(const std::string& what) {
  static std::mutex mu;
  mu.lock();            // never unlocked: a second caller waits here until the exit
  std::fflush(stdout);  // what was printed before comes first
  std::fprintf(stderr, "soak_bench: %s\n", what.c_str());
  std::fflush(stderr);
  StopServer();
  std::_Exit(1);
}

// The number in `text`, or Fail() naming `flag`.
double ParseNumber(const std::string& flag, const std::string& text) {
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || !(value > 0)) {
    Fail(flag + " needs a positive number, not '" + text + "'");
  }
  return value;
}

Options ParseOptions(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--help" || flag == "-h") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    }
    if (i + 1 >= argc) Fail(flag + " needs a value\n" + kUsage);
    const std::string value = argv[i + 1];
    if (flag == "--server") {
      options.server = value;
    } else if (flag == "--seconds") {
      options.seconds = ParseNumber(flag, value);
    } else if (flag == "--interval-seconds") {
      options.interval_seconds = ParseNumber(flag, value);
    } else if (flag == "--users") {
      options.users = static_cast<int>(ParseNumber(flag, value));
    } else if (flag == "--workers") {
      options.workers = static_cast<int>(ParseNumber(flag, value));
    } else if (flag == "--advance-every-seconds") {
      options.advance_every_seconds = ParseNumber(flag, value);
    } else if (flag == "--advance-by-seconds") {
      options.advance_by_seconds = static_cast<long>(ParseNumber(flag, value));
    } else if (flag == "--reset-every") {
      options.reset_every = static_cast<long>(ParseNumber(flag, value));
    } else if (flag == "--outbox-limit") {
      options.outbox_limit = static_cast<long>(ParseNumber(flag, value));
    } else if (flag == "--max-growth-percent") {
      options.max_growth_percent = ParseNumber(flag, value);
    } else if (flag == "--max-p99-growth") {
      options.max_p99_growth = ParseNumber(flag, value);
    } else {
      Fail("unknown option " + flag + "\n" + kUsage);
    }
  }
  if (options.server.empty()) Fail(std::string("--server is required\n") + kUsage);
  if (options.users < options.workers) Fail("--users must be at least --workers");
  return options;
}

// ------------------------------------------------------------------ the server

// Starts the server with the soak's flags, its stdout on a pipe; returns
// the URL it prints ("cognito-fake-server listening on
// http://127.0.0.1:PORT (auth off)"). The pipe stays open until the end, so
// the server can still print when it stops.
std::string StartServer(const Options& options) {
  std::vector<std::string> args = {options.server, "--port", "0",      "--quiet",
                                   "--auth",       "off",    "--seed", "1"};
  if (options.outbox_limit) {
    args.push_back("--outbox-limit");
    args.push_back(std::to_string(*options.outbox_limit));
  }
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  int fds[2];
  if (pipe(fds) != 0) Fail("pipe() failed");
  const pid_t pid = fork();
  if (pid < 0) Fail("fork() failed");
  if (pid == 0) {
    // The server ends with this program, even if it is killed.
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    execv(argv[0], argv.data());
    std::perror(("soak_bench: cannot run " + options.server).c_str());
    _exit(127);
  }
  server_pid = pid;
  close(fds[1]);
  FILE* out = fdopen(fds[0], "r");
  char line[512];
  if (out == nullptr || std::fgets(line, sizeof line, out) == nullptr) {
    Fail("the server exited before printing its URL");
  }
  const std::string text = line;
  const std::string prefix = "cognito-fake-server listening on ";
  if (text.rfind(prefix, 0) != 0) Fail("unexpected first line from the server: " + text);
  const std::size_t end = text.find(' ', prefix.size());
  return text.substr(prefix.size(), end - prefix.size());
}

// The server's resident memory in MiB (VmRSS in /proc/<pid>/status).
double ServerRssMib() {
  std::ifstream status("/proc/" + std::to_string(server_pid.load()) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) {
      return std::strtod(line.c_str() + 6, nullptr) / 1024.0;  // the figure is in kB
    }
  }
  Fail("no VmRSS in /proc/<pid>/status: has the server exited?");
}

// ------------------------------------------------------------------ HTTP

// What the server answered.
struct Answer {
  int status = 0;
  std::string body;
  Json json;  // the body parsed; null when it is not JSON
};

// The latencies (microseconds) of one worker's calls since the reporter
// last took them.
class LatencyLog {
 public:
  void Add(std::int64_t micros) {
    std::lock_guard<std::mutex> lock(mu_);
    micros_.push_back(micros);
  }
  std::vector<std::int64_t> Take() {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<std::int64_t> taken;
    taken.swap(micros_);
    return taken;
  }

 private:
  std::mutex mu_;
  std::vector<std::int64_t> micros_;
};

// One kept-alive connection to the server. Each call's latency goes to
// `log`, when there is one.
class Connection {
 public:
  Connection(const std::string& url, LatencyLog* log) : client_(url), log_(log) {
    client_.set_keep_alive(true);
    client_.set_tcp_nodelay(true);
    client_.set_connection_timeout(5);
    client_.set_read_timeout(30);
  }

  // POST / of `request` to the operation `operation` (AWS JSON 1.1).
  Answer Call(const std::string& operation, const Json& request) {
    const httplib::Headers headers = {
        {"X-Amz-Target", "AWSCognitoIdentityProviderService." + operation}};
    const Clock::time_point start = Clock::now();
    auto response = client_.Post("/", headers, request.dump(), "application/x-amz-json-1.1");
    return Finish(operation, start, response);
  }

  // GET of `path` (a test-control route).
  Answer Get(const std::string& path) {
    const Clock::time_point start = Clock::now();
    auto response = client_.Get(path);
    return Finish("GET " + path, start, response);
  }

 private:
  Answer Finish(const std::string& what, Clock::time_point start, const httplib::Result& response) {
    if (!response) Fail(what + ": HTTP request failed: " + httplib::to_string(response.error()));
    const auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count();
    if (log_ != nullptr) log_->Add(micros);
    Answer answer;
    answer.status = response->status;
    answer.body = response->body;
    answer.json = Json::parse(response->body, nullptr, /*allow_exceptions=*/false);
    return answer;
  }

  httplib::Client client_;
  LatencyLog* log_;
};

// Fails with the call, its status and body.
[[noreturn]] void FailOn(const std::string& what, const Answer& answer) {
  Fail(what + " answered HTTP " + std::to_string(answer.status) + ": " + answer.body);
}

// The body of a 200 answer; fails on any other.
Json Expect200(const std::string& what, const Answer& answer) {
  if (answer.status != 200 || !answer.json.is_object()) FailOn(what, answer);
  return answer.json;
}

// True when `answer` is the AWS error `type` (its `__type`).
bool IsError(const Answer& answer, const std::string& type) {
  return answer.status == 400 && answer.json.is_object() && answer.json.value("__type", "") == type;
}

// ------------------------------------------------------------------ the clock

// Counts clock moves twice: odd while a POST /_cognito_fake/clock is on its
// way, even once it answered. A worker reads it when a user's turn starts;
// an expiry is explained by the clock when the reading was odd or has
// changed since.
std::atomic<long> clock_generation{0};

bool ClockMovedSince(long generation) {
  return generation % 2 == 1 || clock_generation.load() != generation;
}

// ------------------------------------------------------------------ the load

// A user a worker owns, with the password it has now and how many turns
// it had.
struct User {
  std::string name;
  std::string password;
  long turns = 0;
};

// What a worker shares with the rest of the program.
struct Worker {
  std::vector<User> users;
  LatencyLog latencies;
  // Expected errors, by call and error; read after the worker ended.
  std::map<std::string, long> tolerated;
};

struct Target {
  std::string url;
  std::string pool_id;
  std::string client_id;
};

// Counts `answer` as an expected error of `what`.
void Tolerate(Worker& worker, const std::string& what, const Answer& answer) {
  ++worker.tolerated[what + " " + answer.json.value("__type", "") + ": " +
                     answer.json.value("message", "")];
}

// True when `answer` is a 200; false, counted, when it is a
// NotAuthorizedException and the clock moved since `generation`; fails
// otherwise.
bool OkOrExpired(Worker& worker, const std::string& what, const Answer& answer, long generation) {
  if (answer.status == 200) return true;
  if (!IsError(answer, "NotAuthorizedException") || !ClockMovedSince(generation)) {
    FailOn(what, answer);
  }
  Tolerate(worker, what, answer);
  return false;
}

// Sign-in, refresh, GetUser, AdminGetUser and GlobalSignOut of `user`.
// The turn ends early when the clock expired its tokens.
void SignInTurn(Connection& connection, const Target& target, Worker& worker, const User& user) {
  const long generation = clock_generation.load();
  const Json signed_in = Expect200(
      "InitiateAuth USER_PASSWORD_AUTH",
      connection.Call("InitiateAuth", {{"AuthFlow", "USER_PASSWORD_AUTH"},
                                       {"ClientId", target.client_id},
                                       {"AuthParameters",
                                        {{"USERNAME", user.name}, {"PASSWORD", user.password}}}}));
  const std::string refresh_token = signed_in.at("AuthenticationResult").at("RefreshToken");

  const Answer refreshed =
      connection.Call("InitiateAuth", {{"AuthFlow", "REFRESH_TOKEN_AUTH"},
                                       {"ClientId", target.client_id},
                                       {"AuthParameters", {{"REFRESH_TOKEN", refresh_token}}}});
  if (!OkOrExpired(worker, "InitiateAuth REFRESH_TOKEN_AUTH", refreshed, generation)) return;
  const std::string access_token = refreshed.json.at("AuthenticationResult").at("AccessToken");

  const Answer got = connection.Call("GetUser", {{"AccessToken", access_token}});
  if (!OkOrExpired(worker, "GetUser", got, generation)) return;

  Expect200("AdminGetUser", connection.Call("AdminGetUser", {{"UserPoolId", target.pool_id},
                                                             {"Username", user.name}}));

  const Answer signed_out = connection.Call("GlobalSignOut", {{"AccessToken", access_token}});
  OkOrExpired(worker, "GlobalSignOut", signed_out, generation);
}

// AdminResetUserPassword, ForgotPassword, the code, ConfirmForgotPassword
// with the user's other password. Starts again when the clock expired the
// code in between.
void ResetTurn(Connection& connection, const Target& target, Worker& worker, User& user) {
  const std::string new_password = user.password == kPasswordA ? kPasswordB : kPasswordA;
  for (int attempt = 1;; ++attempt) {
    const long generation = clock_generation.load();
    Expect200("AdminResetUserPassword",
              connection.Call("AdminResetUserPassword",
                              {{"UserPoolId", target.pool_id}, {"Username", user.name}}));
    const Answer forgot = connection.Call(
        "ForgotPassword", {{"ClientId", target.client_id}, {"Username", user.name}});
    if (IsError(forgot, "LimitExceededException")) {
      Tolerate(worker, "ForgotPassword", forgot);  // the admin reset's code is used instead
    } else {
      Expect200("ForgotPassword", forgot);
    }
    // Pool ids and user names are URL-safe: [\w-] and user<i>.
    const std::string path =
        "/_cognito_fake/code?UserPoolId=" + target.pool_id + "&Username=" + user.name;
    const std::string code = Expect200("GET " + path, connection.Get(path)).at("Code");
    const Answer confirmed =
        connection.Call("ConfirmForgotPassword", {{"ClientId", target.client_id},
                                                  {"Username", user.name},
                                                  {"ConfirmationCode", code},
                                                  {"Password", new_password}});
    if (confirmed.status == 200) {
      user.password = new_password;
      return;
    }
    if (attempt == 3 || !IsError(confirmed, "ExpiredCodeException") ||
        !ClockMovedSince(generation)) {
      FailOn("ConfirmForgotPassword", confirmed);
    }
    Tolerate(worker, "ConfirmForgotPassword", confirmed);
  }
}

// A worker's loop: its users in turn until `stop`.
void RunWorker(const Target& target, long reset_every, const std::atomic<bool>& stop,
               Worker& worker) {
  Connection connection(target.url, &worker.latencies);
  std::size_t next = 0;
  try {
    while (!stop.load()) {
      User& user = worker.users[next];
      next = (next + 1) % worker.users.size();
      SignInTurn(connection, target, worker, user);
      if (++user.turns % reset_every == 0) ResetTurn(connection, target, worker, user);
    }
  } catch (const std::exception& e) {  // an answer without a member the turn needs
    Fail(std::string("a worker stopped: ") + e.what());
  }
}

// Moves the server's clock ahead every `options.advance_every_seconds`
// until `stop`.
void RunClock(const Options& options, const std::string& url, std::mutex& mu,
              std::condition_variable& wake, const bool& stop) {
  httplib::Client client(url);  // a new connection per move: they are seconds apart
  const auto every = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(options.advance_every_seconds));
  const std::string path =
      "/_cognito_fake/clock?advance_seconds=" + std::to_string(options.advance_by_seconds);
  Clock::time_point next = Clock::now() + every;
  std::unique_lock<std::mutex> lock(mu);
  while (!wake.wait_until(lock, next, [&] { return stop; })) {
    ++clock_generation;
    auto response = client.Post(path);
    ++clock_generation;
    if (!response) Fail("POST " + path + ": HTTP request failed");
    if (response->status != 200) {
      Fail("POST " + path + " answered HTTP " + std::to_string(response->status) + ": " +
           response->body);
    }
    next += every;
  }
}

// ------------------------------------------------------------------ setup

// A pool, its app client and `options.users` confirmed users with a
// verified email and password kPasswordA.
Target SetUp(const std::string& url, const Options& options) {
  Connection connection(url, nullptr);
  Target target;
  target.url = url;
  // The pool sends email through its own SES identity, as production pools
  // do: COGNITO_DEFAULT's 50 emails a day would end the run in seconds.
  const Json pool = Expect200(
      "CreateUserPool",
      connection.Call(
          "CreateUserPool",
          {{"PoolName", "soak"},
           {"AutoVerifiedAttributes", {"email"}},
           {"EmailConfiguration",
            {{"EmailSendingAccount", "DEVELOPER"},
             {"SourceArn", "arn:aws:ses:us-east-1:123456789012:identity/example.com"}}}}));
  target.pool_id = pool.at("UserPool").at("Id");
  const Json client = Expect200(
      "CreateUserPoolClient",
      connection.Call(
          "CreateUserPoolClient",
          {{"UserPoolId", target.pool_id},
           {"ClientName", "soak"},
           {"ExplicitAuthFlows", {"ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"}},
           {"RefreshTokenValidity", 1},
           {"TokenValidityUnits", {{"RefreshToken", "hours"}}}}));
  target.client_id = client.at("UserPoolClient").at("ClientId");
  for (int i = 0; i < options.users; ++i) {
    const std::string name = "user" + std::to_string(i);
    Expect200(
        "AdminCreateUser",
        connection.Call("AdminCreateUser", {{"UserPoolId", target.pool_id},
                                            {"Username", name},
                                            {"MessageAction", "SUPPRESS"},
                                            {"UserAttributes",
                                             {{{"Name", "email"}, {"Value", name + "@example.com"}},
                                              {{"Name", "email_verified"}, {"Value", "true"}}}}}));
    Expect200("AdminSetUserPassword",
              connection.Call("AdminSetUserPassword", {{"UserPoolId", target.pool_id},
                                                       {"Username", name},
                                                       {"Password", kPasswordA},
                                                       {"Permanent", true}}));
  }
  return target;
}

// ------------------------------------------------------------------ report

// One interval's figures.
struct Interval {
  double elapsed_seconds = 0;
  std::size_t requests = 0;
  std::int64_t p50_micros = 0;
  std::int64_t p99_micros = 0;
  double rss_mib = 0;
};

// The `percent` percentile of `sorted` (ascending), 0 when it is empty.
std::int64_t Percentile(const std::vector<std::int64_t>& sorted, int percent) {
  if (sorted.empty()) return 0;
  const std::size_t index = std::min(sorted.size() - 1, sorted.size() * percent / 100);
  return sorted[index];
}

// Takes the workers' latencies, measures the server's memory and prints the
// interval's line.
Interval Report(std::vector<Worker>& workers, double elapsed_seconds, double interval_seconds) {
  std::vector<std::int64_t> micros;
  for (Worker& worker : workers) {
    const std::vector<std::int64_t> taken = worker.latencies.Take();
    micros.insert(micros.end(), taken.begin(), taken.end());
  }
  std::sort(micros.begin(), micros.end());
  Interval interval;
  interval.elapsed_seconds = elapsed_seconds;
  interval.requests = micros.size();
  interval.p50_micros = Percentile(micros, 50);
  interval.p99_micros = Percentile(micros, 99);
  interval.rss_mib = ServerRssMib();
  std::printf("%7.0f s  %9zu requests  %8.0f/s  p50 %6lld us  p99 %6lld us  rss %7.1f MiB\n",
              elapsed_seconds, interval.requests, interval.requests / interval_seconds,
              static_cast<long long>(interval.p50_micros),
              static_cast<long long>(interval.p99_micros), interval.rss_mib);
  std::fflush(stdout);
  return interval;
}

int Main(int argc, char** argv) {
  const Options options = ParseOptions(argc, argv);
  std::printf(
      "soak_bench: %s for %.0f s, one line every %.0f s; %d users, %d workers; the clock "
      "+%ld s every %.1f s; the reset flow every %ld turns of a user; outbox limit %s\n",
      options.server.c_str(), options.seconds, options.interval_seconds, options.users,
      options.workers, options.advance_by_seconds, options.advance_every_seconds,
      options.reset_every,
      options.outbox_limit ? std::to_string(*options.outbox_limit).c_str() : "the server's");

  const std::string url = StartServer(options);
  const Target target = SetUp(url, options);
  std::printf("server %s (pid %d), pool %s, client %s; rss after setup %.1f MiB\n", url.c_str(),
              static_cast<int>(server_pid.load()), target.pool_id.c_str(), target.client_id.c_str(),
              ServerRssMib());
  std::fflush(stdout);

  // Worker w owns users w, w + W, w + 2W ...: two workers never act on the
  // same user.
  std::vector<Worker> workers(static_cast<std::size_t>(options.workers));
  for (int i = 0; i < options.users; ++i) {
    workers[static_cast<std::size_t>(i % options.workers)].users.push_back(
        {"user" + std::to_string(i), kPasswordA, 0});
  }
  std::atomic<bool> stop_workers{false};
  std::vector<std::thread> threads;
  for (Worker& worker : workers) {
    threads.emplace_back(RunWorker, std::cref(target), options.reset_every, std::cref(stop_workers),
                         std::ref(worker));
  }
  std::mutex clock_mu;
  std::condition_variable clock_wake;
  bool stop_clock = false;
  std::thread clock_thread(RunClock, std::cref(options), std::cref(url), std::ref(clock_mu),
                           std::ref(clock_wake), std::cref(stop_clock));

  // Intervals of --interval-seconds; the last one ends at --seconds.
  const int interval_count =
      static_cast<int>(std::ceil(options.seconds / options.interval_seconds));
  const Clock::time_point start = Clock::now();
  std::vector<Interval> intervals;
  for (int i = 1; i <= interval_count; ++i) {
    const double end = std::min(i * options.interval_seconds, options.seconds);
    std::this_thread::sleep_until(
        start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(end)));
    const double previous = intervals.empty() ? 0 : intervals.back().elapsed_seconds;
    intervals.push_back(Report(workers, end, end - previous));
  }

  stop_workers = true;
  for (std::thread& thread : threads) thread.join();
  {
    std::lock_guard<std::mutex> lock(clock_mu);
    stop_clock = true;
  }
  clock_wake.notify_one();
  clock_thread.join();
  const int server_status = StopServer();
  if (!WIFEXITED(server_status) || WEXITSTATUS(server_status) != 0) {
    Fail("the server did not exit cleanly on SIGTERM (wait status " +
         std::to_string(server_status) + ")");
  }

  // ---------------------------------------------------------------- summary
  std::size_t requests = 0;
  for (const Interval& interval : intervals) requests += interval.requests;
  std::printf("summary: %zu requests in %.0f s (%.0f/s), %ld clock moves\n", requests,
              options.seconds, requests / options.seconds, clock_generation.load() / 2);
  std::map<std::string, long> tolerated;
  for (const Worker& worker : workers) {
    for (const auto& [what, count] : worker.tolerated) tolerated[what] += count;
  }
  if (tolerated.empty()) std::printf("expected errors: none\n");
  for (const auto& [what, count] : tolerated) {
    std::printf("expected error: %ld x %s\n", count, what.c_str());
  }
  if (intervals.size() < 3) {
    if (options.max_growth_percent || options.max_p99_growth) {
      Fail("the checks compare the 2nd interval with the last: they need 3 intervals or more");
    }
    return 0;
  }
  const Interval& second = intervals[1];
  const Interval& last = intervals.back();
  const double growth_percent = 100.0 * (last.rss_mib - second.rss_mib) / second.rss_mib;
  std::printf("rss: %.1f MiB at %.0f s, %.1f MiB at %.0f s: %+.1f %%\n", second.rss_mib,
              second.elapsed_seconds, last.rss_mib, last.elapsed_seconds, growth_percent);
  std::printf("p99: %lld us at %.0f s, %lld us at %.0f s\n",
              static_cast<long long>(second.p99_micros), second.elapsed_seconds,
              static_cast<long long>(last.p99_micros), last.elapsed_seconds);
  std::fflush(stdout);  // before the verdicts on stderr
  bool failed = false;
  if (options.max_growth_percent && growth_percent > *options.max_growth_percent) {
    std::fprintf(stderr,
                 "soak_bench: FAILED: resident memory grew by %.1f %% (%.1f -> %.1f MiB), more "
                 "than --max-growth-percent %.1f\n",
                 growth_percent, second.rss_mib, last.rss_mib, *options.max_growth_percent);
    failed = true;
  }
  if (options.max_p99_growth &&
      static_cast<double>(last.p99_micros) > *options.max_p99_growth * second.p99_micros) {
    std::fprintf(stderr,
                 "soak_bench: FAILED: p99 latency went from %lld to %lld us, more than "
                 "--max-p99-growth %.2f times\n",
                 static_cast<long long>(second.p99_micros), static_cast<long long>(last.p99_micros),
                 *options.max_p99_growth);
    failed = true;
  }
  return failed ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Main(argc, argv);
  } catch (const std::exception& e) {  // an answer without a member the setup needs
    Fail(e.what());
  }
}
