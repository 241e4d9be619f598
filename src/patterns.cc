#include "internal/patterns.h"

#include <cstdint>
#include <vector>

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
  if (c <= 0x9F) return false;                 // Cc
  switch (c) {
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:  // Zs
    case 0x2028:
    case 0x2029:  // Zl, Zp
    case 0xAD:
    case 0x61C:
    case 0x6DD:
    case 0x70F:
    case 0x8E2:
    case 0x180E:  // Cf
    case 0xFEFF:
    case 0x110BD:
    case 0x110CD:
    case 0xE0001:
      return false;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return false;  // Zs
  if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) || (c >= 0x600 && c <= 0x605) ||
      (c >= 0x890 && c <= 0x891) || (c >= 0xFFF9 && c <= 0xFFFB) ||
      (c >= 0x13430 && c <= 0x1343F) || (c >= 0x1BCA0 && c <= 0x1BCA3) ||
      (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0020 && c <= 0xE007F)) {
    return false;  // Cf
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

bool ContainsCodeMarker(std::string_view value) {
  return value.find("{####}") != std::string_view::npos;
}

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
  if (!segment(parts[1], false) || !segment(parts[2], false) || !segment(parts[3], true))
    return false;
  if (parts[4].empty()) return false;
  for (char ch : parts[4]) {
    if (ch < '0' || ch > '9') return false;
  }
  for (std::size_t i = 5; i < parts.size(); ++i) {
    if (!segment(parts[i], false)) return false;
  }
  return true;
}

bool IsUserPoolIdChar(std::uint32_t c) { return IsWord(c) || c == '-'; }
// [0-9]: ASCII digits only, as in Java.
bool IsAsciiDigit(std::uint32_t c) { return c >= '0' && c <= '9'; }
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
bool IsTokenModelChar(std::uint32_t c) {
  return IsAsciiAlnum(c) || c == '-' || c == '_' || c == '=' || c == '.';
}
// [\x21\x23-\x5B\x5D-\x7E]: printable ASCII but space, '"' and '\\'.
bool IsScopeChar(std::uint32_t c) { return c >= 0x21 && c <= 0x7E && c != '"' && c != '\\'; }
// \p{Z}: the space separators, the line and the paragraph separator.
bool IsSeparator(std::uint32_t c) {
  return c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}
bool IsProviderNameChar(std::uint32_t c) { return IsLmsnp(c) || IsSeparator(c); }
bool IsNameChar(std::uint32_t c) {
  return IsWord(c) || IsJavaSpace(c) || c == '+' || c == '=' || c == ',' || c == '.' || c == '@' ||
         c == '-';
}
bool IsAttributeNameChar(std::uint32_t c) {
  return IsLmsnp(c) || c == '\t' || c == '\n' || c == '\r' || c == ' ';
}
bool IsLmsnpOrJavaSpace(std::uint32_t c) { return IsLmsnp(c) || IsJavaSpace(c); }
bool IsAnything(std::uint32_t) { return true; }

// [C]+@[C]+ where C holds '@': some '@' with text on both sides.
bool HasInnerAt(std::string_view value) {
  return value.size() >= 3 && value.substr(1, value.size() - 2).find('@') != std::string_view::npos;
}
// [C]*\{##[C]*##\}[C]* where C holds '{', '#' and '}': a "{##" and, after
// it, a "##}".
bool HasLinkMarker(std::string_view value) {
  const std::size_t open = value.find("{##");
  return open != std::string_view::npos && value.find("##}", open + 3) != std::string_view::npos;
}

}  // namespace

ClassPredicate ClassOf(Pattern pattern, bool* one_or_more) {
  *one_or_more = true;
  switch (pattern) {
    case Pattern::kUsername:
      return IsLmsnp;
    case Pattern::kClientId:
      return IsClientIdChar;
    case Pattern::kNonWhitespace:
      return IsNotJavaSpace;
    case Pattern::kSecretHash:
      return IsSecretHashChar;
    case Pattern::kTokenModel:
      return IsTokenModelChar;
    case Pattern::kScope:
      return IsScopeChar;
    case Pattern::kProviderName:
      return IsProviderNameChar;
    case Pattern::kName:
      return IsNameChar;
    case Pattern::kAttributeName:
      return IsAttributeNameChar;
    case Pattern::kEmailVerificationSubject:
      return IsLmsnpOrJavaSpace;
    case Pattern::kSesConfigurationSet:
      return IsUserPoolIdChar;  // ^[a-zA-Z0-9_-]+$
    case Pattern::kDigits:
      return IsAsciiDigit;
    case Pattern::kAnyText:  // (?s).*
      *one_or_more = false;
      return IsAnything;
    case Pattern::kEmailInviteMessage:  // [...\s*]*
      *one_or_more = false;
      return IsLmsnpOrJavaSpace;
    case Pattern::kNone:
    case Pattern::kUserPoolId:
    case Pattern::kSmsVerificationMessage:
    case Pattern::kEmailVerificationMessage:
    case Pattern::kEmailVerificationMessageByLink:
    case Pattern::kEmailAddress:
    case Pattern::kArn:
      break;
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
    case Pattern::kEmailVerificationMessageByLink:
      return HasLinkMarker(value) && AllOf(value, IsLmsnpOrJavaSpace);
    case Pattern::kEmailAddress:
      return HasInnerAt(value) && AllOf(value, IsLmsnp);
    case Pattern::kArn:
      return IsValidUtf8(value) && MatchesArn(value);
    case Pattern::kUsername:
    case Pattern::kClientId:
    case Pattern::kNonWhitespace:
    case Pattern::kSecretHash:
    case Pattern::kTokenModel:
    case Pattern::kScope:
    case Pattern::kProviderName:
    case Pattern::kName:
    case Pattern::kAttributeName:
    case Pattern::kEmailVerificationSubject:
    case Pattern::kSesConfigurationSet:
    case Pattern::kAnyText:
    case Pattern::kDigits:
    case Pattern::kEmailInviteMessage:
      break;  // the class patterns, answered above
  }
  return false;
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
    length +=
        static_cast<std::size_t>((byte & 0xC0) != 0x80) + static_cast<std::size_t>(byte >= 0xF0);
  }
  return length;
}

bool SatisfiesByCodePoints(std::string_view value, const StringShape& shape) {
  // Matches() rejects text that is not UTF-8; without a pattern, check it.
  if (shape.pattern != Pattern::kNone ? !Matches(shape.pattern, value) : !IsValidUtf8(value))
    return false;
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
      for (int p = 0; p < kPatternCount; ++p) {
        const auto pattern = static_cast<Pattern>(p);
        const auto code_point = static_cast<std::uint32_t>(c);
        bool one_or_more = false;
        const ClassPredicate predicate =
            pattern == Pattern::kUserPoolId ? IsUserPoolIdChar : ClassOf(pattern, &one_or_more);
        const bool accepted =
            pattern == Pattern::kNone || (predicate != nullptr && predicate(code_point));
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
static_assert(kPatternCount <= 32, "one bit per pattern");

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
  if (shape.pattern == Pattern::kUserPoolId)
    return UserPoolIdEndsWell(value);  // its class is checked
  // Text here is a class pattern's (others accept no byte), or "", which
  // every pattern's table passes: the decoder knows which patterns take it.
  return !value.empty() || SatisfiesByCodePoints(value, shape);
}

}  // namespace internal
}  // namespace cognito_fake
