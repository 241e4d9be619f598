// Readable printing of every request, response and shared shape, by one
// visitor over the field table of src/wire/fields.h.

#include <cognito_fake/requests.h>
#include <cognito_fake/types.h>

#include <ctime>
#include <set>

#include "internal/operation_list.h"
#include "wire/fields.h"

namespace cognito_fake {
namespace {

bool IsSecretMember(std::string_view name) {
  static const std::set<std::string_view> kSecrets = {
      "Password",    "PreviousPassword", "ProposedPassword", "TemporaryPassword", "SecretHash",
      "AccessToken", "RefreshToken",     "IdToken",          "Session",           "ClientSecret"};
  return kSecrets.count(name) > 0;
}
bool IsSecretKey(std::string_view key) {
  static const std::set<std::string_view> kSecrets = {"PASSWORD", "NEW_PASSWORD", "SECRET_HASH",
                                                      "REFRESH_TOKEN", "REFRESH_TOKEN_AUTH"};
  return kSecrets.count(key) > 0;
}

class Printer {
 public:
  explicit Printer(std::ostream& os) : os_(os) {}

  template <typename M, typename... Constraint>
  void operator()(const char* name, const M& member, const Constraint&...) {
    Print(name, member, /*always=*/false);
  }
  template <typename M, typename... Constraint>
  void Required(const char* name, const M& member, const Constraint&...) {
    Print(name, member, /*always=*/true);
  }

  template <typename M>
  void Value(const M& value, bool secret = false) {
    if (secret) {
      os_ << "<redacted>";
    } else if constexpr (wire::IsOptional<M>::value) {
      Value(*value);
    } else if constexpr (std::is_same_v<M, std::string>) {
      os_ << '"' << value << '"';
    } else if constexpr (std::is_same_v<M, bool>) {
      os_ << (value ? "true" : "false");
    } else if constexpr (std::is_same_v<M, int>) {
      os_ << value;
    } else if constexpr (std::is_same_v<M, Timestamp>) {
      const std::time_t seconds = std::chrono::system_clock::to_time_t(value);
      std::tm utc{};
      gmtime_r(&seconds, &utc);
      char text[32];
      std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
      os_ << text;
    } else if constexpr (std::is_enum_v<M>) {
      os_ << ToString(value);
    } else if constexpr (wire::IsStringMap<M>::value) {
      os_ << '{';
      bool first = true;
      for (const auto& [key, element] : value) {
        os_ << (first ? "" : ", ") << key << ": ";
        first = false;
        Value(element, IsSecretKey(key));
      }
      os_ << '}';
    } else if constexpr (wire::IsVector<M>::value) {
      os_ << '[';
      bool first = true;
      for (const auto& element : value) {
        os_ << (first ? "" : ", ");
        first = false;
        Value(element);
      }
      os_ << ']';
    } else {
      os_ << '{';
      Printer nested(os_);
      wire::Fields(nested, value);
      os_ << '}';
    }
  }

 private:
  template <typename M>
  void Print(const char* name, const M& member, bool always) {
    if constexpr (wire::IsOptional<M>::value) {
      if (!member) return;
    } else if constexpr (wire::IsVector<M>::value || wire::IsStringMap<M>::value) {
      if (member.empty() && !always) return;
    }
    os_ << (first_ ? "" : ", ") << name << ": ";
    first_ = false;
    Value(member, IsSecretMember(name));
  }

  std::ostream& os_;
  bool first_ = true;
};

template <typename T>
std::ostream& PrintFields(std::ostream& os, const T& value) {
  os << '{';
  Printer printer(os);
  wire::Fields(printer, value);
  return os << '}';
}

}  // namespace

#define COGNITO_FAKE_DEFINE_PRINTERS(Name)                                  \
  std::ostream& operator<<(std::ostream& os, const Name##Request& value) {  \
    return PrintFields(os, value);                                          \
  }                                                                         \
  std::ostream& operator<<(std::ostream& os, const Name##Response& value) { \
    return PrintFields(os, value);                                          \
  }
COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_DEFINE_PRINTERS)
#undef COGNITO_FAKE_DEFINE_PRINTERS

std::ostream& operator<<(std::ostream& os, const UserPoolType& value) {
  return PrintFields(os, value);
}
std::ostream& operator<<(std::ostream& os, const UserPoolClientType& value) {
  return PrintFields(os, value);
}
std::ostream& operator<<(std::ostream& os, const AuthenticationResultType& value) {
  return PrintFields(os, value);
}

}  // namespace cognito_fake
