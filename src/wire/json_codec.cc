#include "wire/json_codec.h"

#include <cctype>

namespace cognito_fake {
namespace wire {

Json ParseJsonText(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) return Json(Json::value_t::discarded);
  return Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
}

std::string MemberPath(const std::string& parent, const char* name) {
  std::string member(name);
  if (!member.empty()) {
    member[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(member[0])));
  }
  return parent.empty() ? member : parent + "." + member;
}

double ToEpochSeconds(Timestamp time) {
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
  return static_cast<double>(millis) / 1000.0;
}

Timestamp FromEpochSeconds(double seconds) {
  const auto millis = static_cast<std::int64_t>(std::llround(seconds * 1000.0));
  return Timestamp(
      std::chrono::duration_cast<Timestamp::duration>(std::chrono::milliseconds(millis)));
}

bool JsonReader::TypeError(const Json& value) {
  if (!serialization_error_) {
    serialization_error_ =
        Status(ErrorCode::kSerialization,
               value.is_object() ? "Start of structure or map found where not expected."
                                 : "Unexpected field type");
  }
  return false;
}

bool JsonReader::CheckUnknown() {
  if (!options_.reject_unknown_members || serialization_error_) return true;
  for (const auto& [key, value] : object_.items()) {
    bool known = false;
    for (const char* name : known_) known = known || key == name;
    if (!known) {
      serialization_error_ = Status(ErrorCode::kSerialization, "Unknown member: " + key);
      return false;
    }
  }
  return true;
}

}  // namespace wire
}  // namespace cognito_fake
