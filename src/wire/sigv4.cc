#include "wire/sigv4.h"

#include <cognito_fake/errors.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <map>

#include "internal/ascii.h"
#include "internal/civil_time.h"
#include "internal/crypto.h"

namespace cognito_fake {
namespace wire {
namespace {

constexpr std::string_view kAlgorithm = "AWS4-HMAC-SHA256";
constexpr std::string_view kTerminator = "aws4_request";
constexpr std::string_view kUnsignedPayload = "UNSIGNED-PAYLOAD";
constexpr std::string_view kSignatureMismatch =
    "The request signature we calculated does not match the signature you provided. Check your "
    "AWS Secret Access Key and signing method. Consult the service documentation for details.";

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

// SigV4's "trimall": outer spaces removed, inner runs collapsed to one.
std::string TrimAll(std::string_view value) {
  std::string out;
  bool space = false;
  for (char c : Trim(value)) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

std::string Hex(const internal::Sha256Digest& digest) {
  return internal::HexEncode(internal::DigestBytes(digest));
}

std::string Hmac(std::string_view key, std::string_view message) {
  return internal::DigestBytes(internal::HmacSha256(key, message));
}

std::tm Utc(Timestamp time) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(
      std::chrono::time_point_cast<std::chrono::seconds>(time));
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  return utc;
}

std::string Format(Timestamp time, const char* format) {
  const std::tm utc = Utc(time);
  char text[64];
  std::strftime(text, sizeof text, format, &utc);
  return text;
}

Status Refuse(ErrorCode code, std::string message) { return Status(code, std::move(message)); }

// The parts of `Authorization: AWS4-HMAC-SHA256 Credential=.., SignedHeaders=.., Signature=..`.
struct Authorization {
  std::string algorithm;
  std::map<std::string, std::string, std::less<>> parameters;
};

// Steps 3 and 4 of iam-behavior.md §3.2: key=value pairs, then the
// required parameters and a date, all missing ones named at once.
StatusOr<Authorization> ParseAuthorization(std::string_view raw, bool has_date) {
  Authorization parsed;
  const std::string_view value = Trim(raw);
  const std::size_t space = value.find(' ');
  parsed.algorithm = std::string(value.substr(0, space));
  const std::string_view rest = space == std::string_view::npos ? "" : value.substr(space + 1);
  for (std::string_view part : Split(rest, ',')) {
    part = Trim(part);
    if (part.empty()) continue;
    const std::size_t equals = part.find('=');
    if (equals == std::string_view::npos) {
      return Refuse(ErrorCode::kIncompleteSignature,
                    "'" + std::string(part) +
                        "' not a valid key=value pair (missing equal-sign) in Authorization "
                        "header: '" +
                        std::string(raw) + "'.");
    }
    parsed.parameters.emplace(std::string(Trim(part.substr(0, equals))),
                              std::string(Trim(part.substr(equals + 1))));
  }
  std::string missing;
  for (const char* name : {"Credential", "Signature", "SignedHeaders"}) {
    if (parsed.parameters.count(name) == 0) {
      missing += "Authorization header requires '" + std::string(name) + "' parameter. ";
    }
  }
  if (!has_date) {
    missing +=
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ";
  }
  if (!missing.empty()) {
    return Refuse(ErrorCode::kIncompleteSignature, missing + "Authorization=" + std::string(raw));
  }
  return parsed;
}

// The signing time from `X-Amz-Date`, or from `Date` (IMF-fixdate) when
// only that is sent.
std::optional<Timestamp> RequestTime(const WireHttpRequest& request, std::string& text) {
  if (request.HasHeader("X-Amz-Date")) {
    text = request.Header("X-Amz-Date");
    return ParseAmzDate(text);
  }
  // IMF-fixdate, fixed width: "Mon, 15 Jan 2026 12:00:00 GMT".
  text = request.Header("Date");
  const std::string_view date = text;
  const auto& days = internal::kWeekdayNames;
  const auto& months = internal::kMonthNames;
  if (date.size() != 29 || date.substr(3, 2) != ", " || date[7] != ' ' || date[11] != ' ' ||
      date.substr(25) != " GMT" ||
      std::find(days.begin(), days.end(), date.substr(0, 3)) == days.end()) {
    return std::nullopt;
  }
  const auto month = std::find(months.begin(), months.end(), date.substr(8, 3));
  if (month == months.end()) return std::nullopt;
  const std::string month_digits =
      std::to_string(month - months.begin() + 101).substr(1);  // "01" .. "12"
  const std::string iso = std::string(date.substr(12, 4)) + month_digits +
                          std::string(date.substr(5, 2)) + "T" + std::string(date.substr(17, 2)) +
                          std::string(date.substr(20, 2)) + std::string(date.substr(23, 2)) + "Z";
  if (date[19] != ':' || date[22] != ':') return std::nullopt;
  return ParseAmzDate(iso);
}

}  // namespace

std::string FormatAmzDate(Timestamp time) { return Format(time, "%Y%m%dT%H%M%SZ"); }

std::string FormatHttpDate(Timestamp time) {
  // The names from fixed tables, not strftime's %a/%b, which follow the
  // program's locale.
  const std::tm utc = Utc(time);
  return std::string(internal::kWeekdayNames[static_cast<std::size_t>(utc.tm_wday)]) + ", " +
         Format(time, "%d ") +
         std::string(internal::kMonthNames[static_cast<std::size_t>(utc.tm_mon)]) +
         Format(time, " %Y %H:%M:%S GMT");
}

std::optional<Timestamp> ParseAmzDate(std::string_view text) {
  if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z') return std::nullopt;
  for (std::size_t i = 0; i < 15; ++i) {
    if (i != 8 && !std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  }
  auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const int year = number(0, 4), month = number(4, 2), day = number(6, 2);
  const int hour = number(9, 2), minute = number(11, 2), second = number(13, 2);
  static constexpr int kDaysIn[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  // Years a Timestamp holds with room to spare (it ends in 2262): any
  // other date is refused as malformed rather than overflowing.
  if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1 ||
      day > kDaysIn[month - 1] || hour > 23 || minute > 59 || second > 59) {
    return std::nullopt;
  }
  const long long days =
      internal::DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  if (month == 2 && day == 29 && internal::DaysFromCivil(year, 3, 1) - days != 1) {
    return std::nullopt;
  }
  return Timestamp(std::chrono::seconds(days * 86400 + hour * 3600 + minute * 60 + second));
}

std::string CanonicalRequest(std::string_view method, std::string_view path, std::string_view query,
                             const WireHttpRequest::Headers& headers,
                             const std::vector<std::string>& signed_headers,
                             std::string_view payload_hash) {
  std::string canonical =
      std::string(method) + "\n" + std::string(path) + "\n" + std::string(query) + "\n";
  std::string names;
  for (const std::string& name : signed_headers) {
    std::string values;
    for (const auto& [key, value] : headers) {
      if (internal::AsciiLower(std::string(key)) != name) continue;
      if (!values.empty()) values += ',';
      values += TrimAll(value);
    }
    canonical += name + ":" + values + "\n";
    names += (names.empty() ? "" : ";") + name;
  }
  return canonical + "\n" + names + "\n" + std::string(payload_hash);
}

std::string Signature(std::string_view secret, std::string_view date, std::string_view region,
                      std::string_view service, std::string_view amz_date,
                      std::string_view canonical_request) {
  const std::string scope = std::string(date) + "/" + std::string(region) + "/" +
                            std::string(service) + "/" + std::string(kTerminator);
  const std::string string_to_sign = std::string(kAlgorithm) + "\n" + std::string(amz_date) + "\n" +
                                     scope + "\n" + Hex(internal::Sha256(canonical_request));
  std::string key = Hmac("AWS4" + std::string(secret), date);
  key = Hmac(key, region);
  key = Hmac(key, service);
  key = Hmac(key, kTerminator);
  return internal::HexEncode(Hmac(key, string_to_sign));
}

void SignRequest(WireHttpRequest::Headers& headers, std::string_view body,
                 const AwsCredentials& credentials, std::string_view region, Timestamp now) {
  const std::string amz_date = FormatAmzDate(now);
  headers.emplace_back("X-Amz-Date", amz_date);
  if (!credentials.session_token.empty()) {
    headers.emplace_back("X-Amz-Security-Token", credentials.session_token);
  }
  std::vector<std::string> names;
  for (const auto& header : headers)
    names.push_back(internal::AsciiLower(std::string(header.first)));
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  const std::string date = amz_date.substr(0, 8);
  // The payload hash an X-Amz-Content-Sha256 header states, else the body's.
  std::string payload_hash = Hex(internal::Sha256(body));
  for (const auto& [name, value] : headers) {
    if (internal::AsciiLower(name) == "x-amz-content-sha256") payload_hash = value;
  }
  const std::string signature =
      Signature(credentials.secret_access_key, date, region, kSigningService, amz_date,
                CanonicalRequest("POST", "/", "", headers, names, payload_hash));
  std::string signed_headers;
  for (const std::string& name : names)
    signed_headers += (signed_headers.empty() ? "" : ";") + name;
  headers.emplace_back("Authorization",
                       std::string(kAlgorithm) + " Credential=" + credentials.access_key_id + "/" +
                           date + "/" + std::string(region) + "/" + std::string(kSigningService) +
                           "/" + std::string(kTerminator) + ", SignedHeaders=" + signed_headers +
                           ", Signature=" + signature);
}

StatusOr<Authenticated> Authenticate(const WireHttpRequest& request, const AuthContext& context) {
  // 2. A header, and one of AWS's (a `Basic ...` is no token at all).
  if (!request.HasHeader("Authorization") ||
      request.Header("Authorization").rfind("AWS4-", 0) != 0) {
    return Refuse(ErrorCode::kMissingAuthenticationToken, "Missing Authentication Token");
  }
  const std::string raw = request.Header("Authorization");
  const bool has_date = request.HasHeader("X-Amz-Date") || request.HasHeader("Date");
  // 3, 4.
  StatusOr<Authorization> authorization = ParseAuthorization(raw, has_date);
  if (!authorization.ok()) return authorization.status();
  // 5. The date's format.
  std::string date_text;
  const std::optional<Timestamp> time = RequestTime(request, date_text);
  if (!time) {
    return Refuse(ErrorCode::kIncompleteSignature,
                  "Date must be in ISO-8601 'basic format'. Got '" + date_text +
                      "'. See http://en.wikipedia.org/wiki/ISO_8601");
  }
  const std::string amz_date = FormatAmzDate(*time);
  // 6. The time window, on the endpoint's clock (verify only: in `signed`
  // mode any client clock is accepted, as any key is).
  if (context.mode == WireAuthMode::kVerify) {
    const auto early = context.now - context.max_skew;
    const auto late = context.now + context.max_skew;
    const std::string minutes = std::to_string(context.max_skew.count() / 60) + " min.)";
    if (*time < early) {
      return Refuse(ErrorCode::kInvalidSignature,
                    "Signature expired: " + amz_date + " is now earlier than " +
                        FormatAmzDate(early) + " (" + FormatAmzDate(context.now) + " - " + minutes);
    }
    if (*time > late) {
      return Refuse(ErrorCode::kInvalidSignature,
                    "Signature not yet current: " + amz_date + " is still later than " +
                        FormatAmzDate(late) + " (" + FormatAmzDate(context.now) + " + " + minutes);
    }
  }
  // 7. `host` signed.
  std::vector<std::string> signed_headers;
  for (std::string_view name :
       Split(authorization->parameters.find("SignedHeaders")->second, ';')) {
    signed_headers.push_back(internal::AsciiLower(std::string(name)));
  }
  if (std::find(signed_headers.begin(), signed_headers.end(), "host") == signed_headers.end()) {
    return Refuse(ErrorCode::kInvalidSignature,
                  "'Host' must be a 'SignedHeader' in the AWS Authorization.");
  }
  // 8. The algorithm.
  if (authorization->algorithm != kAlgorithm) {
    return Refuse(ErrorCode::kIncompleteSignature, "Unsupported AWS 'algorithm': '" +
                                                       authorization->algorithm +
                                                       "' (only AWS4-HMAC-SHA256 for now). ");
  }
  // 9. Five parts of the credential.
  const std::string& credential = authorization->parameters.find("Credential")->second;
  const std::vector<std::string_view> scope = Split(credential, '/');
  if (scope.size() != 5) {
    return Refuse(ErrorCode::kIncompleteSignature,
                  "Credential must have exactly 5 slash-delimited elements, e.g. "
                  "keyid/date/region/service/term, got '" +
                      credential + "'");
  }
  // 10. The scope, every failing sentence at once. The region is the
  // endpoint's only when keys are verified: in `signed` mode a client
  // configured for another region still reaches the emulator.
  std::string wrong_scope;
  if (context.mode == WireAuthMode::kVerify && !context.region.empty() &&
      scope[2] != context.region) {
    wrong_scope +=
        "Credential should be scoped to a valid region, not '" + std::string(scope[2]) + "'. ";
  }
  if (scope[3] != kSigningService) {
    wrong_scope +=
        "Credential should be scoped to correct service: '" + std::string(kSigningService) + "'. ";
  }
  if (scope[4] != kTerminator) {
    wrong_scope += "Credential should be scoped with a valid terminator: 'aws4_request', not '" +
                   std::string(scope[4]) + "'. ";
  }
  if (scope[1] != amz_date.substr(0, 8)) {
    wrong_scope +=
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of "
        "date from HTTP: '" +
        std::string(scope[1]) + "' != '" + amz_date.substr(0, 8) + "', from '" + amz_date + "'.";
  }
  if (!wrong_scope.empty()) return Refuse(ErrorCode::kInvalidSignature, wrong_scope);
  Authenticated result{std::nullopt, std::string(scope[2])};
  if (context.mode != WireAuthMode::kVerify) return result;

  // 11. The access key.
  constexpr std::string_view kInvalidToken =
      "The security token included in the request is invalid";
  std::optional<IamIdentity> identity;
  if (context.registry != nullptr) identity = context.registry->Find(scope[0]);
  if (!identity) return Refuse(ErrorCode::kUnrecognizedClient, std::string(kInvalidToken) + ".");
  // 12. The signature, over the payload hash the client signed.
  const std::string body_hash = Hex(internal::Sha256(request.body));
  std::string payload_hash = body_hash;
  const bool content_hash_signed = std::find(signed_headers.begin(), signed_headers.end(),
                                             "x-amz-content-sha256") != signed_headers.end();
  // The header counts only when signed (iam-behavior.md §6): then it must
  // be the body's hash or UNSIGNED-PAYLOAD.
  if (content_hash_signed && request.HasHeader("X-Amz-Content-Sha256")) {
    const std::string sent = request.Header("X-Amz-Content-Sha256");
    if (sent != body_hash && sent != kUnsignedPayload)
      return Refuse(ErrorCode::kInvalidSignature, std::string(kSignatureMismatch));
    payload_hash = sent;
  }
  const std::string expected =
      Signature(identity->secret_access_key, scope[1], scope[2], scope[3], amz_date,
                CanonicalRequest(request.method, request.path, request.query, request.headers,
                                 signed_headers, payload_hash));
  if (!internal::ConstantTimeEquals(expected,
                                    authorization->parameters.find("Signature")->second)) {
    return Refuse(ErrorCode::kInvalidSignature, std::string(kSignatureMismatch));
  }
  // 13. The session token of temporary credentials.
  const std::string token = request.Header("X-Amz-Security-Token");
  if (token != identity->session_token) {
    return Refuse(ErrorCode::kUnrecognizedClient, std::string(kInvalidToken));
  }
  if (identity->expiration && *identity->expiration <= context.now) {
    return Refuse(ErrorCode::kExpiredToken,
                  "The security token included in the request is expired");
  }
  result.identity = std::move(identity);
  return result;
}

}  // namespace wire
}  // namespace cognito_fake
