#ifndef COGNITO_FAKE_IAM_H_
#define COGNITO_FAKE_IAM_H_

/// @file
/// Who may call cognito-idp's IAM operations (target `cognito_fake::wire`):
/// access keys registered with a principal and identity-based policies in
/// IAM's JSON grammar, used by a `WireDispatcher` in `WireAuthMode::kVerify`.
///
/// What is modelled (docs/fidelity.md, "IAM at the wire"): `Effect`
/// Allow/Deny, `Action`/`NotAction` and `Resource`/`NotResource` with `*`
/// and `?` wildcards, explicit Deny over Allow over the implicit deny, the
/// account root never denied. Not modelled: STS, resource-based, session
/// and boundary policies, SCPs, and `Condition` (a policy with one is
/// refused rather than half-applied).

#include <cognito_fake/status.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cognito_fake {

/// How a `WireDispatcher` authenticates HTTP requests to the operations
/// that need IAM credentials (`OperationInfo::requires_iam_auth`). Public
/// operations (InitiateAuth, ForgotPassword ...) are never checked.
enum class WireAuthMode {
  /// Every request is accepted, signed or not.
  kOff,
  /// IAM operations must carry a well-formed SigV4 `Authorization` header
  /// scoped to `cognito-idp`; any access key and secret are accepted, so
  /// every client that has credentials works. The default.
  kSigned,
  /// The signature is checked against the access keys of an `IamRegistry`
  /// (clock skew, session tokens, expiry), then the identity's policies
  /// decide.
  kVerify,
};

/// The mode's spelling in flags and documents: `off`, `signed`, `verify`.
std::string_view ToString(WireAuthMode mode);
/// Parses `off`, `signed` or `verify`.
std::optional<WireAuthMode> WireAuthModeFromString(std::string_view text);

/// AWS credentials a client signs its requests with.
struct AwsCredentials {
  /// The access key id (`AKIA...`, `ASIA...`).
  std::string access_key_id;
  /// The secret access key.
  std::string secret_access_key;
  /// The session token of temporary credentials; empty otherwise.
  std::string session_token;

  /// AWS's documentation example keys (`AKIAIOSFODNN7EXAMPLE`), which any
  /// endpoint in `WireAuthMode::kSigned` accepts.
  static AwsCredentials Example() {
    return {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", ""};
  }
};

/// One identity-based policy, parsed and checked.
class IamPolicy {
 public:
  /// Parses a policy document (`{"Version": ..., "Statement": [...]}`).
  /// Refused with `kInvalidParameter` and a message naming the problem:
  /// text that is not JSON, a missing or misspelt element, `Effect` other
  /// than `Allow`/`Deny`, both or neither of `Action`/`NotAction` (or of
  /// `Resource`/`NotResource`), a `Principal`, a `Condition`, an unknown
  /// `Version`.
  static StatusOr<IamPolicy> Parse(std::string_view json);

  /// The document as given to `Parse`.
  const std::string& text() const { return text_; }

  /// What the policy says about `action` (`cognito-idp:AdminGetUser`) on
  /// `resource` (an ARN or `*`).
  enum class Verdict {
    kNoMatch,  ///< No statement matches.
    kAllow,    ///< An Allow statement matches and no Deny does.
    kDeny,     ///< A Deny statement matches.
  };
  /// Evaluates the statements: any matching Deny gives `kDeny`.
  Verdict Evaluate(std::string_view action, std::string_view resource) const;

  /// One statement (public for the implementation's helpers).
  struct Statement {
    bool allow = true;                   ///< `Effect`.
    bool not_action = false;             ///< `NotAction` instead of `Action`.
    std::vector<std::string> actions;    ///< Patterns, lower-cased.
    bool not_resource = false;           ///< `NotResource` instead of `Resource`.
    std::vector<std::string> resources;  ///< Patterns, case kept.
  };

 private:
  std::string text_;
  std::vector<Statement> statements_;
};

/// True when `text` matches the IAM wildcard `pattern` (`*` any run of
/// characters, `?` one character), case-sensitively.
bool IamWildcardMatch(std::string_view pattern, std::string_view text);

/// Access keys of one principal and the policies attached to it.
struct IamIdentity {
  /// `AKIA...` (long-term) or `ASIA...` (temporary); any non-empty text.
  std::string access_key_id;
  /// The secret the requests are signed with.
  std::string secret_access_key;
  /// `arn:aws:iam::<account>:user/<name>`, `arn:aws:sts::<account>:
  /// assumed-role/<role>/<session>` or `arn:aws:iam::<account>:root` (never
  /// denied by policy). Named in AccessDeniedException messages.
  std::string principal_arn;
  /// For temporary credentials: the `X-Amz-Security-Token` requests must
  /// carry. Empty for long-term keys (a token is then refused).
  std::string session_token;
  /// When temporary credentials expire (on `WireOptions::clock`, the
  /// fake's for a `LoopbackServer` over a fake): later requests get
  /// `ExpiredTokenException`.
  std::optional<std::chrono::system_clock::time_point> expiration;
  /// The identity-based policies. No policy: everything is denied (except
  /// for the root principal).
  std::vector<IamPolicy> policies;

  /// The 12-digit account of `principal_arn` (its fifth `:` field).
  std::string account_id() const;
  /// True for `arn:<partition>:iam::<account>:root`.
  bool is_root() const;
};

/// The access keys a `WireDispatcher` in `kVerify` mode knows.
/// Thread-safe.
class IamRegistry {
 public:
  /// Registers (or replaces, by access key id) an identity. Refused with
  /// `kInvalidParameter` when the access key id or secret is empty or the
  /// principal is not an IAM/STS principal ARN.
  Status AddIdentity(IamIdentity identity);
  /// The identity of `access_key_id`, if registered.
  std::optional<IamIdentity> Find(std::string_view access_key_id) const;
  /// Every registered identity, in access-key order.
  std::vector<IamIdentity> Identities() const;
  /// Forgets every identity.
  void Clear();

  /// The decision on `action` (`cognito-idp:AdminResetUserPassword`) and
  /// `resource` for `identity`: `std::nullopt` when allowed, else the
  /// AccessDeniedException message AWS gives: "User: P is not authorized
  /// to perform: A on resource: R because no identity-based policy allows
  /// the A action", or "... on resource: R with an explicit deny in an
  /// identity-based policy" (P the principal ARN, A the action, R the
  /// resource).
  static std::optional<std::string> Authorize(const IamIdentity& identity, std::string_view action,
                                              std::string_view resource);

 private:
  mutable std::mutex mu_;
  std::unordered_map<std::string, IamIdentity> identities_;
};

/// Adds the identities of an IAM document to `registry`, for
/// `cognito-fake-server --iam FILE` and `PUT /_cognito_fake/iam`:
///
/// ```json
/// {"Identities": [
///   {"AccessKeyId": "AKIABACKOFFICE", "SecretAccessKey": "...",
///    "Principal": "arn:aws:iam::123456789012:user/back-office",
///    "SessionToken": "...", "Expiration": 1767225600,
///    "Policies": [{"Version": "2012-10-17", "Statement": [...]}]}]}
/// ```
///
/// `SessionToken` and `Expiration` (epoch seconds) are optional. The whole
/// document is checked first; on any error nothing is added and the
/// status (`kInvalidParameter`) says which identity and why.
Status LoadIamConfig(IamRegistry& registry, std::string_view json);

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_IAM_H_
