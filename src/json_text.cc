#include "internal/json_text.h"

#include "internal/short_text.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace cognito_fake {
namespace internal {

namespace {
struct EscapeTable {
  bool needs[256] = {};
};
constexpr EscapeTable MakeEscapeTable() {
  EscapeTable table;
  for (int c = 0; c < 0x20; ++c) table.needs[c] = true;
  table.needs[static_cast<unsigned char>('"')] = true;
  table.needs[static_cast<unsigned char>('\\')] = true;
  return table;
}
constexpr EscapeTable kEscape = MakeEscapeTable();
bool NeedsEscape(char c) { return kEscape.needs[static_cast<unsigned char>(c)]; }

#if defined(__SSE2__)
// The bytes of the 16 at `at` that need an escape, as 0xff lanes.
__m128i EscapeLanes(const char* at) {
  const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
  const __m128i control_max = _mm_set1_epi8(0x1f);
  const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(chunk, control_max), control_max);  // <= 0x1f
  return _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('"')), _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\\'))), control);
}
#endif

// The index of the first character at or after `from` that needs an
// escape, or text.size(): sixteen at a time where SSE2 is there, the last
// block overlapping the one before it (its bytes before `from` ignored).
std::size_t FindEscape(std::string_view text, std::size_t from) {
  const std::size_t size = text.size();
#if defined(__SSE2__)
  if (size >= 16) {
    for (; from + 16 <= size; from += 16) {
      if (const int mask = _mm_movemask_epi8(EscapeLanes(text.data() + from)); mask != 0) {
        return from + static_cast<std::size_t>(__builtin_ctz(mask));
      }
    }
    if (from == size) return size;
    const std::size_t last = size - 16;
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(EscapeLanes(text.data() + last))) &
                          (0xffffu << (from - last));  // from - last is 1 to 15
    return mask != 0 ? last + static_cast<std::size_t>(__builtin_ctz(mask)) : size;
  }
#endif
  while (from < size && !NeedsEscape(text[from])) ++from;
  return from;
}

// Whether no byte of `text` needs an escape. Member names and most values
// are short, where a padded block cost more than the text in every token's
// claims, so: from 16 bytes, 16-byte blocks with the last one overlapping
// the one before it (SSE2); below, one or two overlapping 64-bit words
// checked at once (from 8 bytes), one word of two overlapping four-byte
// reads (from 4), or of the first, middle and last byte.
bool NeedsNoEscape(std::string_view text) {
  const char* p = text.data();
  const std::size_t size = text.size();
#if defined(__SSE2__)
  if (size >= 16) {
    __m128i any = EscapeLanes(p + size - 16);
    for (std::size_t at = 0; at + 16 < size; at += 16) any = _mm_or_si128(any, EscapeLanes(p + at));
    return _mm_movemask_epi8(any) == 0;
  }
#endif
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  // A byte below 0x20, or a zero byte of w ^ '"' or w ^ '\\', leaves its
  // high bit set in (x - ones * n) & ~x: exact for the word as a whole
  // (Bit Twiddling Hacks, "haszero" and "hasless").
  auto flagged = [](std::uint64_t w) {
    const std::uint64_t quote = w ^ (kOnes * '"');
    const std::uint64_t backslash = w ^ (kOnes * '\\');
    return ((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash);
  };
  auto word_at = [p](std::size_t at) {
    std::uint64_t w;
    std::memcpy(&w, p + at, sizeof w);
    return w;
  };
  std::uint64_t any;
  if (size >= 8) {
    any = flagged(word_at(size - 8));
    for (std::size_t at = 0; at + 8 < size; at += 8) any |= flagged(word_at(at));
  } else if (size >= 4) {
    std::uint32_t first;
    std::uint32_t last;
    std::memcpy(&first, p, sizeof first);
    std::memcpy(&last, p + size - 4, sizeof last);
    any = flagged(first | std::uint64_t{last} << 32);
  } else if (size > 0) {
    auto byte = [p](std::size_t at) { return std::uint64_t{static_cast<unsigned char>(p[at])}; };
    // The rest of the word is 'a', which needs no escape.
    any = flagged((kOnes * 'a' & ~std::uint64_t{0xffffff}) | byte(0) | byte(size / 2) << 8 | byte(size - 1) << 16);
  } else {
    return true;
  }
  return (any & (kOnes * 0x80)) == 0;
}

// Copies the `size` bytes at `from` to `to` (which has room for them) and
// tells whether none of them needs an escape: from 16 bytes in one pass,
// checking each block as it is copied; below, an inline copy and
// NeedsNoEscape's one or two words. Values are short: memcpy's call and
// dispatch cost more than the copy. When a byte needs an escape, what was
// copied is garbage to the caller.
bool CopyIfPlain(const char* from, std::size_t size, char* to) {
#if defined(__SSE2__)
  if (size >= 16) {
    const __m128i last = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + size - 16));
    __m128i any = EscapeLanes(from + size - 16);
    for (std::size_t at = 0; at + 16 < size; at += 16) {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(to + at), _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + at)));
      any = _mm_or_si128(any, EscapeLanes(from + at));
    }
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to + size - 16), last);
    return _mm_movemask_epi8(any) == 0;
  }
#endif
  CopyShort(from, size, to);
  return NeedsNoEscape(std::string_view(from, size));
}

// Appends `text` quoted and escaped to `out`, in runs: most text (claims,
// attribute values) needs no escape at all.
void AppendQuoted(std::string& out, std::string_view text) {
  out += '"';
  std::size_t start = 0;
  while (true) {
    const std::size_t i = FindEscape(text, start);
    out.append(text.data() + start, i - start);
    if (i == text.size()) break;
    start = i + 1;
    switch (const char c = text[i]) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        char escaped[7];
        std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
        out += escaped;
      }
    }
  }
  out += '"';
}
}  // namespace

std::string JsonQuote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  AppendQuoted(out, text);
  return out;
}

namespace {
void AppendKey(std::string& body, std::string_view key) {
  if (body.size() > 1) body += ',';  // past the opening brace
  AppendQuoted(body, key);
  body += ':';
}

}  // namespace

JsonObjectWriter::JsonObjectWriter(std::string&& buffer) : body_(std::move(buffer)) {
  // All of its size is room; a buffer that has too little is filled to its
  // capacity once (a buffer from TakeBuffer() has it all already: resizing
  // it again, to the same size, wrote a kilobyte of zeros a token).
  if (body_.size() < 64) body_.resize(std::max<std::size_t>(body_.capacity(), 64));
  body_[0] = '{';
}

void JsonObjectWriter::Grow(std::size_t size) {
  body_.resize(std::max(body_.size() * 2, used_ + size + 64));
}

// A wrapper, not the check itself: StringWithPlainName inlines the
// file-local NeedsNoEscape, and would call a member (~90 instructions more
// a sign-in, measured).
bool JsonObjectWriter::IsPlain(std::string_view text) { return NeedsNoEscape(text); }

std::string& JsonObjectWriter::Spill() {
  body_.resize(used_);
  return body_;
}

JsonObjectWriter& JsonObjectWriter::StringWithPlainName(std::string_view key, std::string_view value) {
  const std::size_t before = used_;
  char* p = Member(key, value.size() + 2);
  *p++ = '"';
  if (!CopyIfPlain(value.data(), value.size(), p)) {
    used_ = before;  // what Member wrote is room again
    return EscapedString(key, value);
  }
  p[value.size()] = '"';
  return *this;
}

JsonObjectWriter& JsonObjectWriter::RawWithPlainName(std::string_view key, std::string_view json) {
  char* p = Member(key, json.size());
  if (json.size() <= 64) {
    CopyShort(json.data(), json.size(), p);  // numbers, true and false
  } else {
    std::memcpy(p, json.data(), json.size());
  }
  return *this;
}

JsonObjectWriter& JsonObjectWriter::EscapedString(std::string_view key, std::string_view value) {
  std::string& body = Spill();
  AppendKey(body, key);
  AppendQuoted(body, value);
  used_ = body.size();
  return *this;
}

char* JsonObjectWriter::FormatInt(std::int64_t value, char* end) {
  // The digits by hand, two at a time from the end: std::to_string's string
  // showed in every token's six time claims.
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  char* p = end;
  std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  if (magnitude >= 100000000 && magnitude < 10000000000ULL) {
    // Nine or ten digits, as every time claim until 2286: the last eight
    // as two halves of four, whose pairs do not wait for each other (the
    // loop below divides by 100 in one chain).
    const auto last8 = static_cast<std::uint32_t>(magnitude % 100000000);
    const std::uint32_t upper = last8 / 10000;
    const std::uint32_t lower = last8 % 10000;
    p -= 8;
    std::memcpy(p, kPairs + 2 * (upper / 100), 2);
    std::memcpy(p + 2, kPairs + 2 * (upper % 100), 2);
    std::memcpy(p + 4, kPairs + 2 * (lower / 100), 2);
    std::memcpy(p + 6, kPairs + 2 * (lower % 100), 2);
    magnitude /= 100000000;  // the first one or two digits
  }
  while (magnitude >= 100) {
    p -= 2;
    std::memcpy(p, kPairs + 2 * (magnitude % 100), 2);
    magnitude /= 100;
  }
  if (magnitude >= 10) {
    p -= 2;
    std::memcpy(p, kPairs + 2 * magnitude, 2);
  } else {
    *--p = static_cast<char>('0' + magnitude);
  }
  if (value < 0) *--p = '-';
  return p;
}

JsonObjectWriter& JsonObjectWriter::StringArray(std::string_view key,
                                                const std::vector<std::string>& values) {
  std::string& body = Spill();
  AppendKey(body, key);
  body += '[';
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) body += ',';
    AppendQuoted(body, values[i]);
  }
  body += ']';
  used_ = body.size();
  return *this;
}

JsonObjectWriter& JsonObjectWriter::RawWithEscapedKey(std::string_view key, std::string_view json) {
  std::string& body = Spill();
  AppendKey(body, key);
  body += json;
  used_ = body.size();
  return *this;
}

std::string JsonObjectWriter::Finish() const& {
  std::string text(body_.data(), used_);
  text += '}';
  return text;
}
std::string JsonObjectWriter::Finish() && {
  Spill() += '}';
  return std::move(body_);
}

namespace {

// A small recursive-descent reader over one JSON text.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  void SkipSpace() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }
  bool Consume(char c) {
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool AtEnd() {
    SkipSpace();
    return pos_ == text_.size();
  }
  char Peek() {
    SkipSpace();
    return pos_ < text_.size() ? text_[pos_] : '\0';
  }

  std::optional<std::string> ParseString() {
    if (!Consume('"')) return std::nullopt;
    std::string out;
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) return std::nullopt;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= text_.size()) return std::nullopt;
      const char e = text_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          auto unit = ParseHex4();
          if (!unit) return std::nullopt;
          std::uint32_t code_point = *unit;
          if (code_point >= 0xD800 && code_point <= 0xDBFF) {
            if (pos_ + 2 > text_.size() || text_[pos_] != '\\' || text_[pos_ + 1] != 'u') {
              return std::nullopt;
            }
            pos_ += 2;
            auto low = ParseHex4();
            if (!low || *low < 0xDC00 || *low > 0xDFFF) return std::nullopt;
            code_point = 0x10000 + ((code_point - 0xD800) << 10) + (*low - 0xDC00);
          } else if (code_point >= 0xDC00 && code_point <= 0xDFFF) {
            return std::nullopt;
          }
          AppendUtf8(out, code_point);
          break;
        }
        default: return std::nullopt;
      }
    }
    return std::nullopt;
  }

  // Parses a number; returns it when it is an integer that fits int64.
  bool ParseNumber(std::optional<std::int64_t>& integer) {
    SkipSpace();
    const std::size_t start = pos_;
    if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
    bool digits = false;
    bool fractional = false;
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
        fractional = true;
      } else {
        break;
      }
      ++pos_;
    }
    if (!digits) return false;
    integer.reset();
    if (!fractional) {
      const std::string number(text_.substr(start, pos_ - start));
      errno = 0;
      char* end = nullptr;
      const long long value = std::strtoll(number.c_str(), &end, 10);
      if (errno == 0 && end != nullptr && *end == '\0') integer = value;
    }
    return true;
  }

  bool ParseLiteral(std::string_view literal) {
    SkipSpace();
    if (text_.substr(pos_, literal.size()) != literal) return false;
    pos_ += literal.size();
    return true;
  }

  // Parses any JSON value into a tree.
  bool ParseValue(JsonValue& out, int depth = 0) {
    if (depth > 64) return false;
    const char c = Peek();
    if (c == '"') {
      auto text = ParseString();
      if (!text) return false;
      out.kind = JsonValue::Kind::kString;
      out.string = std::move(*text);
      return true;
    }
    if (c == '{') {
      ++pos_;
      out.kind = JsonValue::Kind::kObject;
      if (Consume('}')) return true;
      do {
        auto key = ParseString();
        if (!key || !Consume(':')) return false;
        JsonValue member;
        if (!ParseValue(member, depth + 1)) return false;
        out.object[*key] = std::move(member);
      } while (Consume(','));
      return Consume('}');
    }
    if (c == '[') {
      ++pos_;
      out.kind = JsonValue::Kind::kArray;
      if (Consume(']')) return true;
      do {
        JsonValue element;
        if (!ParseValue(element, depth + 1)) return false;
        out.array.push_back(std::move(element));
      } while (Consume(','));
      return Consume(']');
    }
    if (c == 't' || c == 'f') {
      out.kind = JsonValue::Kind::kBool;
      out.boolean = c == 't';
      return ParseLiteral(c == 't' ? "true" : "false");
    }
    if (c == 'n') {
      out.kind = JsonValue::Kind::kNull;
      return ParseLiteral("null");
    }
    SkipSpace();
    const std::size_t start = pos_;
    std::optional<std::int64_t> ignored;
    if (!ParseNumber(ignored)) return false;
    out.kind = JsonValue::Kind::kNumber;
    out.number = std::strtod(std::string(text_.substr(start, pos_ - start)).c_str(), nullptr);
    return true;
  }

  // Skips any JSON value (used for nested members the caller ignores).
  bool SkipValue(int depth = 0) {
    if (depth > 64) return false;
    const char c = Peek();
    if (c == '"') return ParseString().has_value();
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++pos_;
      if (Consume(close)) return true;
      do {
        if (c == '{') {
          if (!ParseString() || !Consume(':')) return false;
        }
        if (!SkipValue(depth + 1)) return false;
      } while (Consume(','));
      return Consume(close);
    }
    if (c == 't') return ParseLiteral("true");
    if (c == 'f') return ParseLiteral("false");
    if (c == 'n') return ParseLiteral("null");
    std::optional<std::int64_t> ignored;
    return ParseNumber(ignored);
  }

 private:
  std::optional<std::uint32_t> ParseHex4() {
    if (pos_ + 4 > text_.size()) return std::nullopt;
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = text_[pos_++];
      value <<= 4;
      if (h >= '0' && h <= '9') {
        value |= static_cast<std::uint32_t>(h - '0');
      } else if (h >= 'a' && h <= 'f') {
        value |= static_cast<std::uint32_t>(h - 'a' + 10);
      } else if (h >= 'A' && h <= 'F') {
        value |= static_cast<std::uint32_t>(h - 'A' + 10);
      } else {
        return std::nullopt;
      }
    }
    return value;
  }

  static void AppendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

std::optional<std::map<std::string, JsonScalar>> ParseFlatJsonObject(std::string_view json) {
  Reader reader(json);
  if (!reader.Consume('{')) return std::nullopt;
  std::map<std::string, JsonScalar> members;
  if (!reader.Consume('}')) {
    do {
      auto key = reader.ParseString();
      if (!key || !reader.Consume(':')) return std::nullopt;
      const char c = reader.Peek();
      if (c == '"') {
        auto value = reader.ParseString();
        if (!value) return std::nullopt;
        members[*key] = std::move(*value);
      } else if (c == 't' || c == 'f') {
        const bool value = c == 't';
        if (!reader.ParseLiteral(value ? "true" : "false")) return std::nullopt;
        members[*key] = value;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        std::optional<std::int64_t> integer;
        if (!reader.ParseNumber(integer)) return std::nullopt;
        if (integer) members[*key] = *integer;
      } else if (!reader.SkipValue()) {
        return std::nullopt;
      }
    } while (reader.Consume(','));
    if (!reader.Consume('}')) return std::nullopt;
  }
  if (!reader.AtEnd()) return std::nullopt;
  return members;
}

const JsonValue* JsonValue::Find(const std::string& key) const {
  if (kind != Kind::kObject) return nullptr;
  const auto found = object.find(key);
  return found == object.end() ? nullptr : &found->second;
}

std::optional<JsonValue> ParseJson(std::string_view text) {
  Reader reader(text);
  JsonValue value;
  if (!reader.ParseValue(value) || !reader.AtEnd()) return std::nullopt;
  return value;
}

}  // namespace internal
}  // namespace cognito_fake
