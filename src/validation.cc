#include "internal/validation.h"

#include "internal/ascii.h"

#include <cognito_fake/errors.h>

#include <cstdint>

namespace cognito_fake {
namespace internal {
namespace {

// ------------------------------------------------------------ code points

// Calls `visit(code_point)` for each code point of `text` in order while it
// returns true. False when `text` is not valid UTF-8 (overlong forms,
// surrogates and values above U+10FFFF are invalid) or `visit` said false.
// Decodes in place: the validation of every request goes through here.
template <typename Visit>
bool ForEachCodePoint(std::string_view text, Visit visit) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {  // ASCII, the common case
      if (!visit(static_cast<std::uint32_t>(lead))) return false;
      ++i;
      continue;
    }
    std::uint32_t cp;
    int extra;
    if (lead >= 0xC2 && lead <= 0xDF) {
      cp = lead & 0x1F;
      extra = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      cp = lead & 0x0F;
      extra = 2;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      cp = lead & 0x07;
      extra = 3;
    } else {
      return false;
    }
    if (i + static_cast<std::size_t>(extra) >= text.size()) return false;
    for (int k = 1; k <= extra; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (next & 0x3F);
    }
    if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    if (!visit(cp)) return false;
    i += static_cast<std::size_t>(extra) + 1;
  }
  return true;
}

// Java's \s: [ \t\n\x0B\f\r].
bool IsJavaSpace(std::uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
// Java's \w: [a-zA-Z_0-9].
bool IsWord(std::uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool IsAsciiAlnum(std::uint32_t c) { return IsWord(c) && c != '_'; }
// Java's '.' without DOTALL: anything but a line terminator.
bool IsLineTerminator(std::uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Whether `c` is in \p{L}, \p{M}, \p{S}, \p{N} or \p{P}: every assigned
// character except separators (Z*) and the "other" categories (Cc, Cf, Cs,
// Co). Unassigned code points (Cn) are accepted: telling them apart needs
// the Unicode character database, which a test double does not carry
// (docs/fidelity.md).
bool IsLetterMarkSymbolNumberPunctuation(std::uint32_t c) {
  if (c < 0x80) return c > 0x20 && c != 0x7F;  // ASCII: all but Cc and the space
  if (c <= 0x9F) return false;                  // Cc
  switch (c) {
    case 0x20: case 0xA0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:  // Zs
    case 0x2028: case 0x2029:                                                  // Zl, Zp
    case 0xAD: case 0x61C: case 0x6DD: case 0x70F: case 0x8E2: case 0x180E:     // Cf
    case 0xFEFF: case 0x110BD: case 0x110CD: case 0xE0001:
      return false;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return false;                 // Zs
  if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) ||
      (c >= 0x600 && c <= 0x605) || (c >= 0x890 && c <= 0x891) ||
      (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0x13430 && c <= 0x1343F) ||
      (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A) ||
      (c >= 0xE0020 && c <= 0xE007F)) {
    return false;                                               // Cf
  }
  if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) return false;  // Co
  return true;
}

// Whether `text` is valid UTF-8 and every code point satisfies `predicate`.
template <typename Predicate>
bool AllOf(std::string_view text, Predicate predicate) {
  return ForEachCodePoint(text, predicate);
}
bool IsLmsnp(std::uint32_t c) { return IsLetterMarkSymbolNumberPunctuation(c); }

bool ContainsCodeMarker(std::string_view value) { return value.find("{####}") != std::string_view::npos; }

bool IsArnChar(std::uint32_t c) {
  return IsWord(c) || c == '+' || c == '=' || c == '/' || c == ',' || c == '.' || c == '@' ||
         c == '-';
}

bool MatchesArn(std::string_view value) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t colon = value.find(':', start);
    parts.push_back(value.substr(start, colon == std::string_view::npos ? colon : colon - start));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  if (parts.size() < 6 || parts.size() > 8 || parts[0] != "arn") return false;
  auto segment = [](std::string_view part, bool may_be_empty) {
    if (part.empty()) return may_be_empty;
    for (char ch : part) {
      if (!IsArnChar(static_cast<unsigned char>(ch))) return false;
    }
    return true;
  };
  if (!segment(parts[1], false) || !segment(parts[2], false) || !segment(parts[3], true)) return false;
  if (parts[4].empty()) return false;
  for (char ch : parts[4]) {
    if (ch < '0' || ch > '9') return false;
  }
  for (std::size_t i = 5; i < parts.size(); ++i) {
    if (!segment(parts[i], false)) return false;
  }
  return true;
}

std::string Join(std::string_view a, std::string_view b) {
  return std::string(a) + "." + std::string(b);
}

std::string Element(std::string_view list, std::size_t index, std::string_view field) {
  return std::string(list) + "." + std::to_string(index + 1) + ".member" +
         (field.empty() ? "" : "." + std::string(field));
}

}  // namespace

// ----------------------------------------------------------------- shapes

const StringShape kUserPoolIdType{1, 55, Pattern::kUserPoolId, false};
const StringShape kUsernameType{1, 128, Pattern::kUsername, true};
const StringShape kClientIdType{1, 128, Pattern::kClientId, true};
const StringShape kPasswordType{-1, 256, Pattern::kNonWhitespace, true};
const StringShape kSecretHashType{1, 128, Pattern::kSecretHash, true};
const StringShape kConfirmationCodeType{1, 2048, Pattern::kNonWhitespace, false};
const StringShape kSessionType{20, 2048, Pattern::kNone, true};
const StringShape kTokenModelType{-1, -1, Pattern::kTokenModel, true};
const StringShape kUserPoolNameType{1, 128, Pattern::kName, false};
const StringShape kClientNameType{1, 128, Pattern::kName, false};
const StringShape kAttributeNameType{1, 32, Pattern::kAttributeName, false};
const StringShape kAttributeValueType{-1, 2048, Pattern::kNone, true};
const StringShape kSearchPaginationTokenType{1, -1, Pattern::kNonWhitespace, false};
const StringShape kUserFilterType{-1, 256, Pattern::kNone, false};
const StringShape kStringType{-1, 131072, Pattern::kNone, false};
const StringShape kArnType{20, 2048, Pattern::kArn, false};
const StringShape kCustomAttributeNameType{1, 20, Pattern::kCustomAttributeName, false};
const StringShape kSmsVerificationMessageType{6, 140, Pattern::kSmsVerificationMessage, false};
const StringShape kEmailVerificationMessageType{6, 20000, Pattern::kEmailVerificationMessage, false};
const StringShape kEmailVerificationSubjectType{1, 140, Pattern::kEmailVerificationSubject, false};

namespace {
// Shapes used only here.
const StringShape kTagKeyType{1, 128, Pattern::kNone, false};
const StringShape kTagValueType{-1, 256, Pattern::kNone, false};
const StringShape kClientPermissionType{1, 2048, Pattern::kNone, false};
const StringShape kSmsInviteMessageType{6, 140, Pattern::kNone, false};
const StringShape kEmailInviteMessageType{6, 20000, Pattern::kNone, false};
const StringShape kRegionCodeType{5, 32, Pattern::kNone, false};
}  // namespace

std::string_view PatternText(Pattern pattern) {
  switch (pattern) {
    case Pattern::kNone: return "";
    case Pattern::kUserPoolId: return "[\\w-]+_[0-9a-zA-Z]+";
    case Pattern::kUsername: return "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+";
    case Pattern::kClientId: return "[\\w+]+";
    case Pattern::kNonWhitespace: return "[\\S]+";
    case Pattern::kSecretHash: return "[\\w+=/]+";
    case Pattern::kTokenModel: return "[A-Za-z0-9-_=.]+";
    case Pattern::kName: return "[\\w\\s+=,.@-]+";
    case Pattern::kAttributeName: return "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r ]+";
    case Pattern::kCustomAttributeName: return "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+";
    case Pattern::kSmsVerificationMessage: return ".*\\{####\\}.*";
    case Pattern::kEmailVerificationMessage:
      return "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*";
    case Pattern::kEmailVerificationSubject: return "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+";
    case Pattern::kArn:
      return "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:["
             "\\w+=/,.@-]+)?";
  }
  return "";
}

namespace {

bool IsUserPoolIdChar(std::uint32_t c) { return IsWord(c) || c == '-'; }
// Given text of [\w-] only: whether it is [\w-]+ then the last '_' then
// [0-9a-zA-Z]+ (the suffix cannot hold '_').
bool UserPoolIdEndsWell(std::string_view value) {
  // One backward pass over the suffix's letters and digits; the character
  // before them must be an '_' (then the last one) with text before it.
  std::size_t i = value.size();
  while (i > 0 && IsAsciiAlnum(static_cast<unsigned char>(value[i - 1]))) --i;
  return i != value.size() && i >= 2 && value[i - 1] == '_';
}
bool IsClientIdChar(std::uint32_t c) { return IsWord(c) || c == '+'; }
bool IsNotJavaSpace(std::uint32_t c) { return !IsJavaSpace(c); }
bool IsSecretHashChar(std::uint32_t c) { return IsWord(c) || c == '+' || c == '=' || c == '/'; }
bool IsTokenModelChar(std::uint32_t c) { return IsAsciiAlnum(c) || c == '-' || c == '_' || c == '=' || c == '.'; }
bool IsNameChar(std::uint32_t c) {
  return IsWord(c) || IsJavaSpace(c) || c == '+' || c == '=' || c == ',' || c == '.' || c == '@' || c == '-';
}
bool IsAttributeNameChar(std::uint32_t c) { return IsLmsnp(c) || c == '\t' || c == '\n' || c == '\r' || c == ' '; }
bool IsLmsnpOrJavaSpace(std::uint32_t c) { return IsLmsnp(c) || IsJavaSpace(c); }

}  // namespace

ClassPredicate ClassOf(Pattern pattern, bool* one_or_more) {
  *one_or_more = true;
  switch (pattern) {
    case Pattern::kUsername:
    case Pattern::kCustomAttributeName: return IsLmsnp;
    case Pattern::kClientId: return IsClientIdChar;
    case Pattern::kNonWhitespace: return IsNotJavaSpace;
    case Pattern::kSecretHash: return IsSecretHashChar;
    case Pattern::kTokenModel: return IsTokenModelChar;
    case Pattern::kName: return IsNameChar;
    case Pattern::kAttributeName: return IsAttributeNameChar;
    case Pattern::kEmailVerificationSubject: return IsLmsnpOrJavaSpace;
    case Pattern::kNone:
    case Pattern::kUserPoolId:
    case Pattern::kSmsVerificationMessage:
    case Pattern::kEmailVerificationMessage:
    case Pattern::kArn: break;
  }
  *one_or_more = false;
  return nullptr;
}

bool Matches(Pattern pattern, std::string_view value) {
  bool one_or_more = false;
  if (ClassPredicate predicate = ClassOf(pattern, &one_or_more)) {
    return (!one_or_more || !value.empty()) && AllOf(value, predicate);
  }
  switch (pattern) {
    case Pattern::kNone:
      return IsValidUtf8(value);
    case Pattern::kUserPoolId:
      return AllOf(value, IsUserPoolIdChar) && UserPoolIdEndsWell(value);
    case Pattern::kSmsVerificationMessage:
      return ContainsCodeMarker(value) &&
             AllOf(value, [](std::uint32_t c) { return !IsLineTerminator(c); });
    case Pattern::kEmailVerificationMessage:
      return ContainsCodeMarker(value) && AllOf(value, IsLmsnpOrJavaSpace);
    case Pattern::kArn:
      return IsValidUtf8(value) && MatchesArn(value);
    default:
      return false;  // the class patterns returned above
  }
}

bool IsValidUtf8(std::string_view text) {
  return ForEachCodePoint(text, [](std::uint32_t) { return true; });
}

std::size_t Utf16Length(std::string_view utf8) {
  // Branch-free so that it vectorises: one unit per lead byte, a second for
  // 4-byte sequences (surrogate pairs); continuation bytes count nothing.
  std::size_t length = 0;
  for (char c : utf8) {
    const auto byte = static_cast<unsigned char>(c);
    length += static_cast<std::size_t>((byte & 0xC0) != 0x80) + static_cast<std::size_t>(byte >= 0xF0);
  }
  return length;
}

// -------------------------------------------------------------- Validator

namespace {
std::string Subject(std::string_view path, std::string_view value, bool sensitive) {
  if (sensitive) return "Value at '" + std::string(path) + "'";
  return "Value '" + std::string(value) + "' at '" + std::string(path) + "'";
}
constexpr std::string_view kFailed = " failed to satisfy constraint: ";
}  // namespace

bool SatisfiesByCodePoints(std::string_view value, const StringShape& shape) {
  // Matches() rejects text that is not UTF-8; without a pattern, check it.
  if (shape.pattern != Pattern::kNone ? !Matches(shape.pattern, value) : !IsValidUtf8(value)) return false;
  const std::size_t length = Utf16Length(value);
  return (shape.min_length < 0 || length >= static_cast<std::size_t>(shape.min_length)) &&
         (shape.max_length < 0 || length <= static_cast<std::size_t>(shape.max_length));
}

namespace {

// For each byte, a bit per pattern: set when the byte is ASCII and the
// pattern's character class accepts it. Built from the same predicates as
// Matches(), so the two cannot disagree; patterns that are not one class
// repeated (messages, ARNs) have no bit. kUserPoolId's bit is its [\w-] class.
class AsciiClassTable {
 public:
  [[gnu::noinline]] AsciiClassTable() {  // out of line: Satisfies stays a leaf on its fast path
    for (int c = 0; c < 0x80; ++c) {
      for (int p = 0; p <= static_cast<int>(Pattern::kArn); ++p) {
        const auto pattern = static_cast<Pattern>(p);
        const auto code_point = static_cast<std::uint32_t>(c);
        bool one_or_more = false;
        const ClassPredicate predicate =
            pattern == Pattern::kUserPoolId ? IsUserPoolIdChar : ClassOf(pattern, &one_or_more);
        const bool accepted = pattern == Pattern::kNone || (predicate != nullptr && predicate(code_point));
        if (accepted) bits_[c] |= Bit(pattern);
      }
    }
  }
  static std::uint32_t Bit(Pattern pattern) { return 1u << static_cast<int>(pattern); }
  // Whether `pattern`'s class accepts every byte of `text` (true for "",
  // false when a byte is not ASCII). The early exits also keep g++ from
  // vectorising the loop into gathers, which cost twice the scalar loop.
  bool AcceptsAll(std::string_view text, Pattern pattern) const {
    const std::uint32_t bit = Bit(pattern);
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char* const end = p + text.size();
    for (; end - p >= 4; p += 4) {  // four bytes a test
      if ((bits_[p[0]] & bits_[p[1]] & bits_[p[2]] & bits_[p[3]] & bit) == 0) return false;
    }
    for (; p != end; ++p) {
      if ((bits_[*p] & bit) == 0) return false;
    }
    return true;
  }

 private:
  std::uint32_t bits_[256] = {};
};
static_assert(static_cast<int>(Pattern::kArn) < 32, "one bit per pattern");

const AsciiClassTable& AsciiClasses() {
  static const AsciiClassTable table;
  return table;
}

}  // namespace

bool Satisfies(std::string_view value, const StringShape& shape) {
  // The common case, ASCII in the pattern's class, is one table pass: the
  // UTF-16 length is then the byte count. Anything else decodes code points.
  if (!AsciiClasses().AcceptsAll(value, shape.pattern)) {
    return SatisfiesByCodePoints(value, shape);
  }
  const std::size_t length = value.size();
  if ((shape.min_length >= 0 && length < static_cast<std::size_t>(shape.min_length)) ||
      (shape.max_length >= 0 && length > static_cast<std::size_t>(shape.max_length))) {
    return false;
  }
  if (shape.pattern == Pattern::kNone) return true;
  if (shape.pattern == Pattern::kUserPoolId) return UserPoolIdEndsWell(value);  // its class is checked
  // Text here is a class pattern's (others accept no byte), or "", which
  // every pattern's table passes: the decoder knows which patterns take it.
  return !value.empty() || SatisfiesByCodePoints(value, shape);
}

void Validator::String(std::string_view path, std::string_view value, const StringShape& shape) {
  if (Satisfies(value, shape)) return;  // the common case: no message to build
  if (!IsValidUtf8(value)) {
    // JSON cannot carry such a string: the same bytes on the wire are an
    // unparseable body, so the typed API answers as the wire does.
    malformed_ = true;
    return;
  }
  const std::string subject = Subject(path, value, shape.sensitive);
  if (shape.pattern != Pattern::kNone && !Matches(shape.pattern, value)) {
    Add(subject + std::string(kFailed) + "Member must satisfy regular expression pattern: " +
        std::string(PatternText(shape.pattern)));
  }
  const std::size_t length = Utf16Length(value);
  if (shape.min_length >= 0 && length < static_cast<std::size_t>(shape.min_length)) {
    Add(subject + std::string(kFailed) + "Member must have length greater than or equal to " +
        std::to_string(shape.min_length));
  }
  if (shape.max_length >= 0 && length > static_cast<std::size_t>(shape.max_length)) {
    Add(subject + std::string(kFailed) + "Member must have length less than or equal to " +
        std::to_string(shape.max_length));
  }
}

void Validator::OptionalString(std::string_view path, const std::optional<std::string>& value,
                               const StringShape& shape) {
  if (value) String(path, *value, shape);
}

void Validator::Int(std::string_view path, const std::optional<int>& value, int min, int max) {
  if (!value) return;
  const std::string subject = Subject(path, std::to_string(*value), false);
  if (*value < min) {
    Add(subject + std::string(kFailed) + "Member must have value greater than or equal to " +
        std::to_string(min));
  }
  if (*value > max) {
    Add(subject + std::string(kFailed) + "Member must have value less than or equal to " +
        std::to_string(max));
  }
}

void Validator::ListLength(std::string_view path, std::size_t size, int min, int max) {
  // Lists are not echoed (AWS prints the elements' toString, which a C++
  // struct has no equivalent of).
  const std::string subject = "Value at '" + std::string(path) + "'";
  if (min >= 0 && size < static_cast<std::size_t>(min)) {
    Add(subject + std::string(kFailed) + "Member must have length greater than or equal to " +
        std::to_string(min));
  }
  if (max >= 0 && size > static_cast<std::size_t>(max)) {
    Add(subject + std::string(kFailed) + "Member must have length less than or equal to " +
        std::to_string(max));
  }
}

void Validator::Attributes(std::string_view path, const AttributeListType& attributes) {
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    // The element paths are only spelled out for a violation.
    if (!Satisfies(attributes[i].name, kAttributeNameType)) {
      String(Element(path, i, "name"), attributes[i].name, kAttributeNameType);
    }
    if (!Satisfies(attributes[i].value, kAttributeValueType)) {
      String(Element(path, i, "value"), attributes[i].value, kAttributeValueType);
    }
  }
}

void Validator::StringMap(std::string_view path, const std::map<std::string, std::string>& map) {
  // ASCII (the usual keys and values) is valid UTF-8 whose UTF-16 length is
  // its size; other text is decoded.
  auto length = [this](std::string_view text) {
    if (IsAscii(text)) return text.size();
    if (!IsValidUtf8(text)) malformed_ = true;
    return Utf16Length(text);
  };
  for (const auto& [key, value] : map) {
    const std::size_t key_length = length(key);
    const std::size_t value_length = length(value);
    if (key_length > static_cast<std::size_t>(kStringType.max_length) ||
        value_length > static_cast<std::size_t>(kStringType.max_length)) {
      Add("Value at '" + std::string(path) + "'" + std::string(kFailed) +
          "Map keys and values must satisfy constraint: [Member must have length less than or "
          "equal to " +
          std::to_string(kStringType.max_length) + "]");
      return;
    }
  }
}

void Validator::Add(std::string violation) { violations_.push_back(std::move(violation)); }

Status Validator::ToStatus() const {
  if (malformed_) return Status(ErrorCode::kSerialization, "Malformed request body");
  if (violations_.empty()) return Status();
  std::string message = std::to_string(violations_.size()) +
                        (violations_.size() == 1 ? " validation error detected: "
                                                 : " validation errors detected: ");
  for (std::size_t i = 0; i < violations_.size(); ++i) {
    if (i > 0) message += "; ";
    message += violations_[i];
  }
  return Status(ErrorCode::kInvalidParameter, std::move(message));
}

// ------------------------------------------------------- per operation

namespace {

void CheckPasswordPolicy(Validator& v, const std::optional<UserPoolPolicyType>& policies) {
  if (!policies || !policies->password_policy) return;
  const PasswordPolicyType& p = *policies->password_policy;
  v.Int("policies.passwordPolicy.minimumLength", p.minimum_length, 6, 99);
  v.Int("policies.passwordPolicy.passwordHistorySize", p.password_history_size, 0, 24);
  v.Int("policies.passwordPolicy.temporaryPasswordValidityDays", p.temporary_password_validity_days,
        0, 365);
}

void CheckLambdaConfig(Validator& v, const std::optional<LambdaConfigType>& config) {
  if (!config) return;
  const std::pair<const char*, const std::optional<std::string>*> arns[] = {
      {"preSignUp", &config->pre_sign_up},
      {"customMessage", &config->custom_message},
      {"postConfirmation", &config->post_confirmation},
      {"preAuthentication", &config->pre_authentication},
      {"postAuthentication", &config->post_authentication},
      {"defineAuthChallenge", &config->define_auth_challenge},
      {"createAuthChallenge", &config->create_auth_challenge},
      {"verifyAuthChallengeResponse", &config->verify_auth_challenge_response},
      {"preTokenGeneration", &config->pre_token_generation},
      {"userMigration", &config->user_migration},
      {"kMSKeyID", &config->kms_key_id},
  };
  for (const auto& [name, arn] : arns) v.OptionalString(Join("lambdaConfig", name), *arn, kArnType);
}

}  // namespace

Status Validate(const CreateUserPoolRequest& r) {
  Validator v;
  v.String("poolName", r.pool_name, kUserPoolNameType);
  CheckPasswordPolicy(v, r.policies);
  CheckLambdaConfig(v, r.lambda_config);
  v.OptionalString("smsVerificationMessage", r.sms_verification_message, kSmsVerificationMessageType);
  v.OptionalString("emailVerificationMessage", r.email_verification_message, kEmailVerificationMessageType);
  v.OptionalString("emailVerificationSubject", r.email_verification_subject, kEmailVerificationSubjectType);
  if (r.verification_message_template) {
    const VerificationMessageTemplateType& t = *r.verification_message_template;
    v.OptionalString("verificationMessageTemplate.smsMessage", t.sms_message, kSmsVerificationMessageType);
    v.OptionalString("verificationMessageTemplate.emailMessage", t.email_message,
             kEmailVerificationMessageType);
    v.OptionalString("verificationMessageTemplate.emailSubject", t.email_subject,
             kEmailVerificationSubjectType);
    v.OptionalString("verificationMessageTemplate.emailSubjectByLink", t.email_subject_by_link,
             kEmailVerificationSubjectType);
  }
  v.OptionalString("smsAuthenticationMessage", r.sms_authentication_message, kSmsVerificationMessageType);
  if (r.email_configuration) {
    v.OptionalString("emailConfiguration.sourceArn", r.email_configuration->source_arn, kArnType);
    v.OptionalString("emailConfiguration.from", r.email_configuration->from, kStringType);
  }
  if (r.sms_configuration) {
    v.String("smsConfiguration.snsCallerArn", r.sms_configuration->sns_caller_arn, kArnType);
    v.OptionalString("smsConfiguration.externalId", r.sms_configuration->external_id, kStringType);
    v.OptionalString("smsConfiguration.snsRegion", r.sms_configuration->sns_region, kRegionCodeType);
  }
  for (const auto& [key, value] : r.user_pool_tags) {
    v.String("userPoolTags", key, kTagKeyType);
    v.String("userPoolTags", value, kTagValueType);
  }
  if (r.admin_create_user_config) {
    const AdminCreateUserConfigType& c = *r.admin_create_user_config;
    v.Int("adminCreateUserConfig.unusedAccountValidityDays", c.unused_account_validity_days, 0, 365);
    if (c.invite_message_template) {
      const MessageTemplateType& t = *c.invite_message_template;
      v.OptionalString("adminCreateUserConfig.inviteMessageTemplate.sMSMessage", t.sms_message,
               kSmsInviteMessageType);
      v.OptionalString("adminCreateUserConfig.inviteMessageTemplate.emailMessage", t.email_message,
               kEmailInviteMessageType);
      v.OptionalString("adminCreateUserConfig.inviteMessageTemplate.emailSubject", t.email_subject,
               kEmailVerificationSubjectType);
    }
  }
  if (!r.schema.empty()) {
    v.ListLength("schema", r.schema.size(), 1, 50);
    for (std::size_t i = 0; i < r.schema.size(); ++i) {
      v.OptionalString(Element("schema", i, "name"), r.schema[i].name, kCustomAttributeNameType);
    }
  }
  if (r.account_recovery_setting) {
    const auto& mechanisms = r.account_recovery_setting->recovery_mechanisms;
    v.ListLength("accountRecoverySetting.recoveryMechanisms", mechanisms.size(), 1, 2);
    for (std::size_t i = 0; i < mechanisms.size(); ++i) {
      v.Int(Element("accountRecoverySetting.recoveryMechanisms", i, "priority"),
            mechanisms[i].priority, 1, 2);
    }
  }
  return v.ToStatus();
}

Status Validate(const DescribeUserPoolRequest& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  return v.ToStatus();
}

Status Validate(const DeleteUserPoolRequest& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  return v.ToStatus();
}

Status Validate(const CreateUserPoolClientRequest& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  v.String("clientName", r.client_name, kClientNameType);
  v.Int("refreshTokenValidity", r.refresh_token_validity, 0, 315360000);
  v.Int("accessTokenValidity", r.access_token_validity, 1, 86400);
  v.Int("idTokenValidity", r.id_token_validity, 1, 86400);
  for (std::size_t i = 0; i < r.read_attributes.size(); ++i) {
    v.String(Element("readAttributes", i, ""), r.read_attributes[i], kClientPermissionType);
  }
  for (std::size_t i = 0; i < r.write_attributes.size(); ++i) {
    v.String(Element("writeAttributes", i, ""), r.write_attributes[i], kClientPermissionType);
  }
  v.Int("authSessionValidity", r.auth_session_validity, 3, 15);
  return v.ToStatus();
}

Status Validate(const DescribeUserPoolClientRequest& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  v.String("clientId", r.client_id, kClientIdType);
  return v.ToStatus();
}

namespace {
Status ValidateAdminCreateUser(const AdminCreateUserRequest& r, bool check_pool_id) {
  Validator v;
  if (check_pool_id) v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  v.String("username", r.username, kUsernameType);
  v.Attributes("userAttributes", r.user_attributes);
  v.Attributes("validationData", r.validation_data);
  v.OptionalString("temporaryPassword", r.temporary_password, kPasswordType);
  v.StringMap("clientMetadata", r.client_metadata);
  return v.ToStatus();
}
}  // namespace

Status Validate(const AdminCreateUserRequest& r) { return ValidateAdminCreateUser(r, /*check_pool_id=*/true); }

Status ValidateWithCheckedPoolId(const AdminCreateUserRequest& r) {
  return ValidateAdminCreateUser(r, /*check_pool_id=*/false);
}

namespace {
template <typename Request>
Status ValidatePoolAndUsername(const Request& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  v.String("username", r.username, kUsernameType);
  return v.ToStatus();
}
}  // namespace

Status Validate(const AdminGetUserRequest& r) { return ValidatePoolAndUsername(r); }
Status Validate(const AdminDeleteUserRequest& r) { return ValidatePoolAndUsername(r); }
Status Validate(const AdminDisableUserRequest& r) { return ValidatePoolAndUsername(r); }
Status Validate(const AdminEnableUserRequest& r) { return ValidatePoolAndUsername(r); }

Status Validate(const ListUsersRequest& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  for (std::size_t i = 0; i < r.attributes_to_get.size(); ++i) {
    v.String(Element("attributesToGet", i, ""), r.attributes_to_get[i], kAttributeNameType);
  }
  v.Int("limit", r.limit, 0, 60);
  v.OptionalString("paginationToken", r.pagination_token, kSearchPaginationTokenType);
  v.OptionalString("filter", r.filter, kUserFilterType);
  return v.ToStatus();
}

Status Validate(const AdminUpdateUserAttributesRequest& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  v.String("username", r.username, kUsernameType);
  v.Attributes("userAttributes", r.user_attributes);
  v.StringMap("clientMetadata", r.client_metadata);
  return v.ToStatus();
}

Status Validate(const AdminDeleteUserAttributesRequest& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  v.String("username", r.username, kUsernameType);
  for (std::size_t i = 0; i < r.user_attribute_names.size(); ++i) {
    v.String(Element("userAttributeNames", i, ""), r.user_attribute_names[i], kAttributeNameType);
  }
  return v.ToStatus();
}

Status Validate(const SignUpRequest& r) {
  Validator v;
  v.String("clientId", r.client_id, kClientIdType);
  v.OptionalString("secretHash", r.secret_hash, kSecretHashType);
  v.String("username", r.username, kUsernameType);
  v.OptionalString("password", r.password, kPasswordType);
  v.Attributes("userAttributes", r.user_attributes);
  v.Attributes("validationData", r.validation_data);
  v.StringMap("clientMetadata", r.client_metadata);
  return v.ToStatus();
}

Status Validate(const ConfirmSignUpRequest& r) {
  Validator v;
  v.String("clientId", r.client_id, kClientIdType);
  v.OptionalString("secretHash", r.secret_hash, kSecretHashType);
  v.String("username", r.username, kUsernameType);
  v.String("confirmationCode", r.confirmation_code, kConfirmationCodeType);
  v.StringMap("clientMetadata", r.client_metadata);
  v.OptionalString("session", r.session, kSessionType);
  return v.ToStatus();
}

Status Validate(const AdminConfirmSignUpRequest& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  v.String("username", r.username, kUsernameType);
  v.StringMap("clientMetadata", r.client_metadata);
  return v.ToStatus();
}

Status Validate(const ResendConfirmationCodeRequest& r) {
  Validator v;
  v.String("clientId", r.client_id, kClientIdType);
  v.OptionalString("secretHash", r.secret_hash, kSecretHashType);
  v.String("username", r.username, kUsernameType);
  v.StringMap("clientMetadata", r.client_metadata);
  return v.ToStatus();
}

Status Validate(const AdminResetUserPasswordRequest& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  v.String("username", r.username, kUsernameType);
  v.StringMap("clientMetadata", r.client_metadata);
  return v.ToStatus();
}

Status Validate(const ForgotPasswordRequest& r) {
  Validator v;
  v.String("clientId", r.client_id, kClientIdType);
  v.OptionalString("secretHash", r.secret_hash, kSecretHashType);
  v.String("username", r.username, kUsernameType);
  v.StringMap("clientMetadata", r.client_metadata);
  return v.ToStatus();
}

Status Validate(const ConfirmForgotPasswordRequest& r) {
  Validator v;
  v.String("clientId", r.client_id, kClientIdType);
  v.OptionalString("secretHash", r.secret_hash, kSecretHashType);
  v.String("username", r.username, kUsernameType);
  v.String("confirmationCode", r.confirmation_code, kConfirmationCodeType);
  v.String("password", r.password, kPasswordType);
  v.StringMap("clientMetadata", r.client_metadata);
  return v.ToStatus();
}

namespace {
Status ValidateAdminSetUserPassword(const AdminSetUserPasswordRequest& r, bool check_pool_id_and_username) {
  Validator v;
  if (check_pool_id_and_username) {
    v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
    v.String("username", r.username, kUsernameType);
  }
  v.String("password", r.password, kPasswordType);
  return v.ToStatus();
}
}  // namespace

Status Validate(const AdminSetUserPasswordRequest& r) {
  return ValidateAdminSetUserPassword(r, /*check_pool_id_and_username=*/true);
}

Status ValidateWithCheckedPoolIdAndUsername(const AdminSetUserPasswordRequest& r) {
  return ValidateAdminSetUserPassword(r, /*check_pool_id_and_username=*/false);
}

Status Validate(const ChangePasswordRequest& r) {
  Validator v;
  v.OptionalString("previousPassword", r.previous_password, kPasswordType);
  v.String("proposedPassword", r.proposed_password, kPasswordType);
  v.String("accessToken", r.access_token, kTokenModelType);
  return v.ToStatus();
}

Status Validate(const InitiateAuthRequest& r) {
  Validator v;
  v.StringMap("authParameters", r.auth_parameters);
  v.StringMap("clientMetadata", r.client_metadata);
  v.String("clientId", r.client_id, kClientIdType);
  v.OptionalString("session", r.session, kSessionType);
  return v.ToStatus();
}

Status Validate(const AdminInitiateAuthRequest& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  v.String("clientId", r.client_id, kClientIdType);
  v.StringMap("authParameters", r.auth_parameters);
  v.StringMap("clientMetadata", r.client_metadata);
  v.OptionalString("session", r.session, kSessionType);
  return v.ToStatus();
}

Status Validate(const RespondToAuthChallengeRequest& r) {
  Validator v;
  v.String("clientId", r.client_id, kClientIdType);
  v.OptionalString("session", r.session, kSessionType);
  v.StringMap("challengeResponses", r.challenge_responses);
  v.StringMap("clientMetadata", r.client_metadata);
  return v.ToStatus();
}

Status Validate(const AdminRespondToAuthChallengeRequest& r) {
  Validator v;
  v.String("userPoolId", r.user_pool_id, kUserPoolIdType);
  v.String("clientId", r.client_id, kClientIdType);
  v.StringMap("challengeResponses", r.challenge_responses);
  v.OptionalString("session", r.session, kSessionType);
  v.StringMap("clientMetadata", r.client_metadata);
  return v.ToStatus();
}

}  // namespace internal
}  // namespace cognito_fake
