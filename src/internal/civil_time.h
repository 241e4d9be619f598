#ifndef COGNITO_FAKE_SRC_INTERNAL_CIVIL_TIME_H_
#define COGNITO_FAKE_SRC_INTERNAL_CIVIL_TIME_H_

// Calendar arithmetic and the English day and month names that AWS's date
// formats use (SRP's TIMESTAMP, HTTP's Date), independent of the
// program's locale and of any platform's timegm.

#include <cognito_fake/model_types.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <string_view>

namespace cognito_fake {
namespace internal {

// Day names in `tm_wday` order, and month names in `tm_mon` order.
inline constexpr std::array<std::string_view, 7> kWeekdayNames = {"Sun", "Mon", "Tue", "Wed",
                                                                  "Thu", "Fri", "Sat"};
inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Whole seconds since the epoch (rounded towards zero), as the tokens' time
// claims, TOTP steps and SRP's TIMESTAMP count them.
inline std::int64_t EpochSeconds(Timestamp time) {
  return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

// Days since 1970-01-01 of a proleptic Gregorian date, month 1 to 12
// (H. Hinnant's days_from_civil).
inline long long DaysFromCivil(long long year, unsigned month, unsigned day) {
  year -= month <= 2;
  const long long era = (year >= 0 ? year : year - 399) / 400;
  const unsigned year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<long long>(day_of_era) - 719468;
}

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_CIVIL_TIME_H_
