#ifndef COGNITO_FAKE_FUZZ_FUZZ_SUPPORT_H_
#define COGNITO_FAKE_FUZZ_FUZZ_SUPPORT_H_

// What the fuzzers share: the invariant check that aborts (so libFuzzer
// records the input), the fixture's pool and users, the checks every wire
// response must pass, and a stable hash for choices that must not depend on
// the standard library.

#include <cognito_fake/errors.h>
#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/wire.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace cognito_fake {
namespace fuzz {

/// Prints the broken invariant and aborts: libFuzzer saves the input.
[[noreturn]] inline void InvariantFailed(const char* condition, const char* file, int line,
                                         const std::string& context) {
  std::fprintf(stderr, "\n%s:%d: invariant failed: %s\n%s\n", file, line, condition,
               context.c_str());
  std::fflush(stderr);
  std::abort();
}

// FUZZ_CHECK(condition, context): `context` (a std::string expression) is
// only evaluated when the condition fails.
#define FUZZ_CHECK(condition, context)                                                  \
  do {                                                                                  \
    if (!(condition)) {                                                                 \
      ::cognito_fake::fuzz::InvariantFailed(#condition, __FILE__, __LINE__, (context)); \
    }                                                                                   \
  } while (false)

/// The default test pool and app client in `fake`, or aborts: a fuzzer's
/// fixture must build.
inline TestPool MustCreatePool(FakeIdentityProvider& fake) {
  auto pool = fake.CreateUserPoolForTest();
  FUZZ_CHECK(pool.ok(), "fixture: CreateUserPoolForTest: " + pool.status().message());
  return *pool;
}

/// Adds `username` CONFIRMED with password Passw0rd! and the verified email
/// <username>@example.com to `pool`, or aborts.
inline void MustAddConfirmedUser(FakeIdentityProvider& fake, const TestPool& pool,
                                 const std::string& username) {
  auto user =
      fake.AddConfirmedUser(pool, username, "Passw0rd!", {{"email", username + "@example.com"}});
  FUZZ_CHECK(user.ok(), "fixture: AddConfirmedUser: " + user.status().message());
}

/// A fuzzer's fixture: a fake seeded with `seed` and its default test pool
/// and app client. The fuzzer adds its users, then records `snapshot`, the
/// state every input is rewound to.
struct FuzzFixture {
  explicit FuzzFixture(std::uint64_t seed)
      : fake(FakeOptions().WithSeed(seed).WithStartTime(FakeClock::DefaultStart())),
        pool(MustCreatePool(fake)) {}

  FakeIdentityProvider fake;
  TestPool pool;
  FakeSnapshot snapshot;
};

/// Replaces every `from` in `text` with `to`: the fuzzers' placeholders.
inline void ReplaceAll(std::string& text, std::string_view from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

/// FNV-1a, 64 bits.
inline std::uint64_t StableHash(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

/// The response, for failure messages.
inline std::string Describe(const WireResponse& response) {
  std::string text = "HTTP " + std::to_string(response.status) + "\n";
  for (const auto& [name, value] : response.headers) text += name + ": " + value + "\n";
  return text + response.body;
}

/// Aborts unless `response` is a well-formed AWS JSON 1.1 answer: status
/// 200, 400 or 500; the JSON content type and a request id; a JSON object
/// body; and, for errors, a known `__type` that `x-amzn-ErrorType` repeats,
/// whose table status is the HTTP status, with a string message.
inline void CheckWireResponse(const WireResponse& response) {
  const auto context = [&response] { return Describe(response); };
  FUZZ_CHECK(response.status == 200 || response.status == 400 || response.status == 500, context());
  FUZZ_CHECK(response.Header("Content-Type") == "application/x-amz-json-1.1", context());
  FUZZ_CHECK(!response.Header("x-amzn-RequestId").empty(), context());

  const nlohmann::json body =
      nlohmann::json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!body.is_discarded(), "the body is not JSON\n" + context());
  FUZZ_CHECK(body.is_object(), "the body is not a JSON object\n" + context());

  if (response.status == 200) {
    FUZZ_CHECK(response.Header("x-amzn-ErrorType").empty(), context());
    FUZZ_CHECK(!body.contains("__type"), context());
    return;
  }
  const auto type = body.find("__type");
  FUZZ_CHECK(type != body.end() && type->is_string() && !type->get<std::string>().empty(),
             context());
  const std::string name = type->get<std::string>();
  FUZZ_CHECK(response.Header("x-amzn-ErrorType") == name, context());
  const auto code = ErrorCodeFromName(name);
  FUZZ_CHECK(code.has_value() && *code != ErrorCode::kOk, "unknown __type\n" + context());
  FUZZ_CHECK(ErrorInfoFor(*code).http_status == response.status,
             "the status differs from the error table\n" + context());

  // AWS's framework spells the protocol errors' member "Message" and may
  // omit it (UnknownOperationException); service exceptions carry "message".
  const bool protocol_error = *code == ErrorCode::kSerialization ||
                              *code == ErrorCode::kUnknownOperation ||
                              *code == ErrorCode::kUnimplemented;
  const char* const member = protocol_error ? "Message" : "message";
  const char* const other = protocol_error ? "message" : "Message";
  FUZZ_CHECK(!body.contains(other), context());
  const auto message = body.find(member);
  if (protocol_error && message == body.end()) return;
  FUZZ_CHECK(message != body.end() && message->is_string(),
             "the error has no string message\n" + context());
  FUZZ_CHECK(body.size() == 2,
             "an error body has members besides __type and message\n" + context());
}

}  // namespace fuzz
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_FUZZ_FUZZ_SUPPORT_H_
