#ifndef COGNITO_FAKE_SRC_INTERNAL_VALIDATION_H_
#define COGNITO_FAKE_SRC_INTERNAL_VALIDATION_H_

// Service-side validation of request members against the cognito-idp model's
// constraints (length, pattern, range), producing AWS's message:
//
//   1 validation error detected: Value 'x' at 'userPoolId' failed to satisfy
//   constraint: Member must satisfy regular expression pattern: [\w-]+_[0-9a-zA-Z]+
//
// Several failures: "2 validation errors detected: <a>; <b>". Sensitive
// members never echo their value ("Value at 'username' failed ..."). Member
// paths are the AWS member names in lowerCamelCase; list elements are
// '<list>.<1-based index>.member.<field>' (e.g. 'userAttributes.1.member.value').

#include <cognito_fake/requests.h>
#include <cognito_fake/status.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cognito_fake {
namespace internal {

// The model's regular expression patterns that the supported operations use.
enum class Pattern {
  kNone,
  kUserPoolId,          // [\w-]+_[0-9a-zA-Z]+
  kUsername,            // [\p{L}\p{M}\p{S}\p{N}\p{P}]+
  kClientId,            // [\w+]+
  kNonWhitespace,       // [\S]+
  kSecretHash,          // [\w+=/]+
  kTokenModel,          // [A-Za-z0-9-_=.]+
  kName,                // [\w\s+=,.@-]+  (UserPoolNameType, ClientNameType)
  kAttributeName,       // [\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r ]+
  kCustomAttributeName, // [\p{L}\p{M}\p{S}\p{N}\p{P}]+ (CustomAttributeNameType)
  kSmsVerificationMessage,    // .*\{####\}.*
  kEmailVerificationMessage,  // [\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*\{####\}[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*
  kEmailVerificationSubject,  // [\p{L}\p{M}\p{S}\p{N}\p{P}\s]+
  kArn,  // arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?
};

// The pattern's text exactly as the model (and AWS's messages) spell it.
std::string_view PatternText(Pattern pattern);
// Whole-string match with Java regex semantics (\w is ASCII [A-Za-z0-9_],
// \s is [ \t\n\x0B\f\r], \p{..} are Unicode general categories). Invalid
// UTF-8 never matches.
bool Matches(Pattern pattern, std::string_view value);

// Which code points a pattern accepts when it is one character class
// repeated ("[...]+"; `*one_or_more` says so, for a later "[...]*"); nullptr
// for the other patterns (kNone, kUserPoolId, the messages, kArn).
using ClassPredicate = bool (*)(std::uint32_t code_point);
ClassPredicate ClassOf(Pattern pattern, bool* one_or_more);

// Constraints of one string shape of the model.
struct StringShape {
  int min_length = -1;  // -1: none. Lengths count UTF-16 code units, as Java does.
  int max_length = -1;
  Pattern pattern = Pattern::kNone;
  bool sensitive = false;
};

// Whether `value` meets `shape`'s pattern and length bounds (UTF-16 units).
// ASCII text in the pattern's class takes one table pass; the rest is
// decoded as SatisfiesByCodePoints does.
bool Satisfies(std::string_view value, const StringShape& shape);
// The same answer, always by decoding code points: the reference that
// Satisfies' table is tested against.
bool SatisfiesByCodePoints(std::string_view value, const StringShape& shape);

// The model's string shapes used by the supported operations.
extern const StringShape kUserPoolIdType;     // 1-55, kUserPoolId
extern const StringShape kUsernameType;       // 1-128, kUsername, sensitive
extern const StringShape kClientIdType;       // 1-128, kClientId, sensitive
extern const StringShape kPasswordType;       // max 256, kNonWhitespace, sensitive
extern const StringShape kSecretHashType;     // 1-128, kSecretHash, sensitive
extern const StringShape kConfirmationCodeType;  // 1-2048, kNonWhitespace
extern const StringShape kSessionType;        // 20-2048, sensitive
extern const StringShape kTokenModelType;     // kTokenModel, sensitive
extern const StringShape kUserPoolNameType;   // 1-128, kName
extern const StringShape kClientNameType;     // 1-128, kName
extern const StringShape kAttributeNameType;  // 1-32, kAttributeName
extern const StringShape kAttributeValueType;  // max 2048, sensitive
extern const StringShape kSearchPaginationTokenType;  // min 1, kNonWhitespace
extern const StringShape kUserFilterType;     // max 256
extern const StringShape kStringType;         // max 131072 (ClientMetadata keys/values)
extern const StringShape kArnType;            // 20-2048, kArn
extern const StringShape kCustomAttributeNameType;  // 1-20, kCustomAttributeName
extern const StringShape kSmsVerificationMessageType;    // 6-140, kSmsVerificationMessage
extern const StringShape kEmailVerificationMessageType;  // 6-20000, kEmailVerificationMessage
extern const StringShape kEmailVerificationSubjectType;  // 1-140, kEmailVerificationSubject

// Collects constraint violations in the order they are checked.
class Validator {
 public:
  // Checks a present string member.
  void String(std::string_view path, std::string_view value, const StringShape& shape);
  // Checks an optional string member when present.
  void OptionalString(std::string_view path, const std::optional<std::string>& value,
                      const StringShape& shape);
  // Checks an optional integer member against [min, max] when present:
  // "Member must have value greater than or equal to <min>" / "less than or equal to <max>".
  void Int(std::string_view path, const std::optional<int>& value, int min, int max);
  // Checks a list's element count: "Member must have length less than or equal to <max>".
  void ListLength(std::string_view path, std::size_t size, int min, int max);
  // Checks an attribute list's names and values ('<path>.<i>.member.name' / '.value').
  void Attributes(std::string_view path, const AttributeListType& attributes);
  // Checks a ClientMetadata-like map's keys and values against kStringType.
  void StringMap(std::string_view path, const std::map<std::string, std::string>& map);
  // Adds a violation verbatim ("Value ... at '...' failed to satisfy constraint: ...").
  void Add(std::string violation);

  bool ok() const { return violations_.empty() && !malformed_; }
  // OK; SerializationException "Malformed request body" when a string was
  // not UTF-8 (as the wire answers for such bytes); else
  // InvalidParameterException with the AWS message.
  Status ToStatus() const;

 private:
  std::vector<std::string> violations_;
  bool malformed_ = false;
};

// The model checks for each supported request: OK or InvalidParameterException.
Status Validate(const CreateUserPoolRequest& request);
Status Validate(const DescribeUserPoolRequest& request);
Status Validate(const DeleteUserPoolRequest& request);
Status Validate(const CreateUserPoolClientRequest& request);
Status Validate(const DescribeUserPoolClientRequest& request);
Status Validate(const AdminCreateUserRequest& request);
Status Validate(const AdminGetUserRequest& request);
Status Validate(const ListUsersRequest& request);
Status Validate(const AdminDeleteUserRequest& request);
Status Validate(const AdminDisableUserRequest& request);
Status Validate(const AdminEnableUserRequest& request);
Status Validate(const AdminUpdateUserAttributesRequest& request);
Status Validate(const AdminDeleteUserAttributesRequest& request);
Status Validate(const SignUpRequest& request);
Status Validate(const ConfirmSignUpRequest& request);
Status Validate(const AdminConfirmSignUpRequest& request);
Status Validate(const ResendConfirmationCodeRequest& request);
Status Validate(const AdminResetUserPasswordRequest& request);
Status Validate(const ForgotPasswordRequest& request);
Status Validate(const ConfirmForgotPasswordRequest& request);
Status Validate(const AdminSetUserPasswordRequest& request);
Status Validate(const ChangePasswordRequest& request);
Status Validate(const InitiateAuthRequest& request);
Status Validate(const AdminInitiateAuthRequest& request);
Status Validate(const RespondToAuthChallengeRequest& request);
Status Validate(const AdminRespondToAuthChallengeRequest& request);

// For a batch that already checked the shared fields once (AddConfirmedUsers):
// Validate(request) for a request whose user pool id is known to pass.
Status ValidateWithCheckedPoolId(const AdminCreateUserRequest& request);
// Validate(request) for a request whose user pool id and username are known
// to pass: its password alone.
Status ValidateWithCheckedPoolIdAndUsername(const AdminSetUserPasswordRequest& request);

// Utilities shared with the fake.
bool IsValidUtf8(std::string_view text);
// Length as Java's String.length(): UTF-16 code units (astral characters count 2).
std::size_t Utf16Length(std::string_view utf8);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_VALIDATION_H_
