#ifndef COGNITO_FAKE_FAKE_STATE_H_
#define COGNITO_FAKE_FAKE_STATE_H_

/// @file
/// A fake's whole state as a JSON document (target `cognito_fake::wire`):
/// pools, clients, users with their passwords, outstanding codes, limits,
/// sessions, the token key, the clock, the generator position and the
/// outbox. Tokens hold their own state, so the tokens a fake issued before
/// an export are honoured by the fake that imports it. The
/// same document seeds `cognito-fake-server`. Export, import, export gives
/// the same bytes; an imported fake continues exactly as the exported one
/// would have (same next codes, same ids).

#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/status.h>

#include <string>
#include <string_view>

namespace cognito_fake {

/// The state document's `Format` value. v3 added each pool's signing keys
/// and sessions; documents of earlier formats are refused.
inline constexpr std::string_view kStateFormat = "cognito_fake.state.v3";

/// The whole state of `fake` as JSON (members sorted, two-space indented).
std::string ExportState(FakeIdentityProvider& fake);

/// Replaces the whole state of `fake` with `json`, a `kStateFormat`
/// document. On any error (not JSON, wrong `Format`, a missing or mistyped
/// member, a signing key that is no RSA key) returns
/// `SerializationException` / `InvalidParameterException` saying what is
/// wrong and changes nothing. A user's `Sub` decides their sub: it becomes
/// the first of their attributes, "sub", and any other "sub" entry of the
/// document's `Attributes` list is dropped.
Status ImportState(FakeIdentityProvider& fake, std::string_view json);

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_FAKE_STATE_H_
