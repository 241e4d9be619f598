#include "internal/json_text.h"

#include <gtest/gtest.h>

#include <limits>
#include <vector>

namespace cognito_fake {
namespace internal {
namespace {

TEST(JsonQuote, EscapesWhatRfc8259Requires) {
  EXPECT_EQ(JsonQuote("plain"), "\"plain\"");
  EXPECT_EQ(JsonQuote("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(JsonQuote("\n\t\r\b\f"), "\"\\n\\t\\r\\b\\f\"");
  EXPECT_EQ(JsonQuote(std::string("\x01\x1f", 2)), "\"\\u0001\\u001f\"");
  EXPECT_EQ(JsonQuote("caf\xc3\xa9"), "\"caf\xc3\xa9\"") << "UTF-8 passes through";
}

TEST(JsonQuote, EscapesAnywhereInLongText) {
  // Text longer than one 16-byte scan, with the character to escape at
  // every position (the vector scan and its scalar tail alike).
  for (const char special : {'"', '\\', '\n', '\x01', '\x1f'}) {
    for (std::size_t at = 0; at < 40; ++at) {
      std::string text(40, 'a');
      text[at] = special;
      text[39 - at] = '\x7f';  // DEL and bytes above it need no escape
      std::string expected = "\"";
      for (char c : text) {
        if (c == '"' || c == '\\') {
          expected += '\\';
          expected += c;
        } else if (c == '\n') {
          expected += "\\n";
        } else if (c == '\x01') {
          expected += "\\u0001";
        } else if (c == '\x1f') {
          expected += "\\u001f";
        } else {
          expected += c;
        }
      }
      expected += '"';
      ASSERT_EQ(JsonQuote(text), expected) << "at " << at;
    }
  }
  EXPECT_EQ(JsonQuote(std::string(33, '\xe9')), std::string("\"").append(33, '\xe9').append("\""));
}

TEST(JsonQuote, EscapesAnyTwoCharactersInTextsOfEveryLengthTo48) {
  // Two quotes anywhere: the second is found from just past the first,
  // also inside the last (overlapping) block of the vector scan.
  for (std::size_t size = 1; size <= 48; ++size) {
    for (std::size_t a = 0; a < size; ++a) {
      for (std::size_t b = a; b < size; ++b) {
        std::string text(size, 'a');
        text[a] = '"';
        text[b] = '"';
        std::string expected = "\"";
        for (char c : text) expected += c == '"' ? std::string("\\\"") : std::string(1, c);
        expected += '"';
        ASSERT_EQ(JsonQuote(text), expected) << "size " << size << ", at " << a << " and " << b;
      }
    }
  }
}

TEST(JsonObjectWriter, FinishingAnLvalueLeavesItUsable) {
  JsonObjectWriter writer;
  writer.Int("a", 1);
  EXPECT_EQ(writer.Finish(), "{\"a\":1}");
  EXPECT_EQ(writer.Finish(), "{\"a\":1}") << "twice";
  writer.Bool("b", true);
  EXPECT_EQ(std::move(writer).Finish(), "{\"a\":1,\"b\":true}");
}

TEST(JsonObjectWriter, AReusedBufferHoldsOnlyTheNewObject) {
  JsonObjectWriter first;
  first.String("a", std::string(300, 'x')).Int("n", 1);
  const std::string first_text(first.FinishInPlace());
  EXPECT_EQ(first_text, std::string(R"({"a":")").append(300, 'x').append(R"(","n":1})"));
  std::string buffer = std::move(first).TakeBuffer();
  EXPECT_GE(buffer.size(), first_text.size()) << "all of it room, for the next writer";
  JsonObjectWriter second(std::move(buffer));
  second.String("b", "y");
  EXPECT_EQ(second.FinishInPlace(), R"({"b":"y"})");
  // Any buffer's text is dropped, long or short.
  JsonObjectWriter third(std::string(100, 'z'));
  third.Bool("c", true);
  EXPECT_EQ(std::move(third).Finish(), R"({"c":true})");
  JsonObjectWriter fourth(std::string("zz"));
  fourth.Int("d", -5);
  EXPECT_EQ(std::move(fourth).Finish(), R"({"d":-5})");
}

TEST(JsonObjectWriter, WritesMembersInInsertionOrder) {
  EXPECT_EQ(JsonObjectWriter().Finish(), "{}");
  EXPECT_EQ(JsonObjectWriter()
                .String("a", "x")
                .Int("n", -5)
                .Bool("b", true)
                .StringArray("l", {"p", "q"})
                .Raw("r", "{\"k\":1}")
                .Finish(),
            "{\"a\":\"x\",\"n\":-5,\"b\":true,\"l\":[\"p\",\"q\"],\"r\":{\"k\":1}}");
}

TEST(JsonObjectWriter, WritesEveryIntegerAsStdToStringDoesAndSoDoesJsonInt) {
  std::vector<std::int64_t> values = {0, 7, 9, 10, 42, 99, 100, 101, 999, 1000, 1700000000,
                                      std::numeric_limits<std::int64_t>::max(),
                                      std::numeric_limits<std::int64_t>::min()};
  for (std::int64_t v = 1; v < std::numeric_limits<std::int64_t>::max() / 10; v *= 10) {
    values.insert(values.end(), {v - 1, v, v + 1});
  }
  for (std::int64_t value : std::vector<std::int64_t>(values)) {
    if (value != std::numeric_limits<std::int64_t>::min()) values.push_back(-value);  // min has no negation
  }
  for (std::int64_t value : values) {
    EXPECT_EQ(JsonObjectWriter().Int("n", value).Finish(), "{\"n\":" + std::to_string(value) + "}");
    const JsonInt text(value);
    EXPECT_EQ(text.text(), std::to_string(value));
    EXPECT_EQ(JsonObjectWriter().Raw("a", text.text()).Raw("b", text.text()).Finish(),
              "{\"a\":" + std::to_string(value) + ",\"b\":" + std::to_string(value) + "}")
        << "JsonInt's text, written twice";
  }
}

TEST(JsonObjectWriter, EscapedKeysAndValuesMixWithPlainOnes) {
  JsonObjectWriter writer(std::string(4, 'x'));  // a reused buffer: its text is dropped
  writer.String("plain", "v").String("k\"ey", "va\\lue").Int("n\n", -1).String("after", std::string(40, 'z'));
  EXPECT_EQ(std::move(writer).Finish(),
            "{\"plain\":\"v\",\"k\\\"ey\":\"va\\\\lue\",\"n\\n\":-1,\"after\":\"" + std::string(40, 'z') + "\"}");
}

TEST(JsonObjectWriter, EscapesEveryByteValueAtEveryPositionOfKeysAndValues) {
  // Every byte at every position of short and long texts (each of the
  // checks: three bytes, two halves, words, the overlapping last word,
  // 16-byte blocks and the overlapping last block), in a value and in a
  // key; JsonQuote's escaping is the reference.
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t size : {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 16, 17, 23, 31, 32, 33, 47, 48, 49}) {
      for (std::size_t at = 0; at < size; ++at) {
        std::string text(size, 'a');
        text[at] = static_cast<char>(byte);
        const std::string quoted = JsonQuote(text);
        ASSERT_EQ(JsonObjectWriter().String("k", text).Finish(), std::string("{\"k\":").append(quoted).append("}"))
            << "byte " << byte << " at " << at << " of " << size;
        ASSERT_EQ(JsonObjectWriter().Int(text, 1).Finish(), std::string("{").append(quoted).append(":1}"))
            << "byte " << byte << " at " << at << " of " << size;
      }
    }
  }
}

TEST(JsonObjectWriter, IsPlainAndIsPlainNameFindEveryByteThatNeedsAnEscapeAtEveryPosition) {
  // Both ways: a check that wrongly refused plain text would still write
  // the same JSON (through the escaping path), so only this shows it.
  auto needs_escape = [](int byte) { return byte < 0x20 || byte == '"' || byte == '\\'; };
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t size : {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 24, 25, 31, 32, 33, 48, 49}) {
      for (std::size_t at = 0; at < size; ++at) {
        std::string text(size, 'a');
        text[at] = static_cast<char>(byte);
        ASSERT_EQ(JsonObjectWriter::IsPlain(text), !needs_escape(byte)) << "byte " << byte << " at " << at << " of " << size;
        ASSERT_EQ(JsonObjectWriter::IsPlainName(text), !needs_escape(byte))
            << "byte " << byte << " at " << at << " of " << size;
      }
    }
  }
  EXPECT_TRUE(JsonObjectWriter::IsPlain(""));
  EXPECT_TRUE(JsonObjectWriter::IsPlain(std::string_view()));
  static_assert(JsonObjectWriter::IsPlainName("cognito:username") && !JsonObjectWriter::IsPlainName("a\"b"),
                "a literal name is decided at compile time");
}

TEST(JsonObjectWriter, PlainStringWritesWhatStringWritesForTextThatNeedsNoEscape) {
  const std::string uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
  EXPECT_EQ(JsonObjectWriter().PlainString("jti", uuid).Int("n", 1).PlainString("token_use", "id").Finish(),
            JsonObjectWriter().String("jti", uuid).Int("n", 1).String("token_use", "id").Finish());
  EXPECT_EQ(JsonObjectWriter().PlainString("a", "").Finish(), "{\"a\":\"\"}");
}

TEST(ParseFlatJsonObject, ReadsBackWhatTheWriterWrote) {
  const auto parsed = ParseFlatJsonObject(JsonObjectWriter()
                                              .String("sub", "a\"b\nc")
                                              .Int("exp", 1700000000)
                                              .Bool("ok", false)
                                              .StringArray("skipped", {"x"})
                                              .Finish());
  ASSERT_TRUE(parsed);
  EXPECT_EQ(std::get<std::string>(parsed->at("sub")), "a\"b\nc");
  EXPECT_EQ(std::get<std::int64_t>(parsed->at("exp")), 1700000000);
  EXPECT_EQ(std::get<bool>(parsed->at("ok")), false);
  EXPECT_EQ(parsed->count("skipped"), 0u) << "arrays are skipped";
}

TEST(ParseFlatJsonObject, DecodesUnicodeEscapesIncludingSurrogatePairs) {
  const auto parsed = ParseFlatJsonObject(R"({"e":"\u00e9","g":"\ud83d\ude00"})");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(std::get<std::string>(parsed->at("e")), "\xc3\xa9");
  EXPECT_EQ(std::get<std::string>(parsed->at("g")), "\xf0\x9f\x98\x80");
}

TEST(ParseFlatJsonObject, SkipsNestedValuesNullsAndFractions) {
  const auto parsed =
      ParseFlatJsonObject(R"( { "o": {"a": [1, {"b": null}]}, "n": null, "f": 1.5, "k": "v" } )");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->size(), 1u);
  EXPECT_EQ(std::get<std::string>(parsed->at("k")), "v");
}

TEST(ParseFlatJsonObject, RejectsMalformedText) {
  EXPECT_FALSE(ParseFlatJsonObject(""));
  EXPECT_FALSE(ParseFlatJsonObject("[]"));
  EXPECT_FALSE(ParseFlatJsonObject(R"({"a":"b")"));
  EXPECT_FALSE(ParseFlatJsonObject(R"({"a":"b"} x)"));
  EXPECT_FALSE(ParseFlatJsonObject(R"({"a":"unterminated})"));
  EXPECT_FALSE(ParseFlatJsonObject(R"({"a":"\udc00"})")) << "lone low surrogate";
  EXPECT_FALSE(ParseFlatJsonObject(R"({"a":"\q"})")) << "unknown escape";
  EXPECT_FALSE(ParseFlatJsonObject(R"({"a":tru})"));
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
