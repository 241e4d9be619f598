#ifndef COGNITO_FAKE_SRC_INTERNAL_PATTERNS_H_
#define COGNITO_FAKE_SRC_INTERNAL_PATTERNS_H_

// The Java semantics of the model's string constraints: each Pattern of
// internal/model_shapes.h matched as java.util.regex would match it against
// the whole string, and lengths counted in UTF-16 code units.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "internal/model_shapes.h"

namespace cognito_fake {
namespace internal {

// Whole-string match with Java regex semantics (\w is ASCII [A-Za-z0-9_],
// \s is [ \t\n\x0B\f\r], \p{..} are Unicode general categories). Invalid
// UTF-8 never matches.
bool Matches(Pattern pattern, std::string_view value);

// Which code points a pattern accepts when it is one character class
// repeated ("[...]+", or "[...]*" when `*one_or_more` is set false); nullptr
// for the other patterns (kNone, kUserPoolId, the messages with a code
// placeholder, kEmailAddress, kArn).
using ClassPredicate = bool (*)(std::uint32_t code_point);
ClassPredicate ClassOf(Pattern pattern, bool* one_or_more);

// Whether `value` meets `shape`'s pattern and length bounds (UTF-16 units).
// ASCII text in the pattern's class takes one table pass; the rest is
// decoded as SatisfiesByCodePoints does.
bool Satisfies(std::string_view value, const StringShape& shape);
// The same answer, always by decoding code points: the reference that
// Satisfies' table is tested against.
bool SatisfiesByCodePoints(std::string_view value, const StringShape& shape);

bool IsValidUtf8(std::string_view text);
// Length as Java's String.length(): UTF-16 code units (astral characters count 2).
std::size_t Utf16Length(std::string_view utf8);

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_PATTERNS_H_
