#ifndef COGNITO_FAKE_SRC_WIRE_FIELD_TRAITS_H_
#define COGNITO_FAKE_SRC_WIRE_FIELD_TRAITS_H_

// What the field tables (wire/fields.h, generated; wire/state_fields.h) are
// written with, and the member kinds their visitors tell apart.
//
// A field list is `template <V, T> void Fields(V& v, T& t)`, usable on `Type&`
// and `const Type&`, that calls `v(name, member)` or `v.Required(name,
// member)` per member, with the member's model constraint (a StringShape,
// IntegerShape, ListShape or MapShape of internal/model_shapes.h) as a third
// argument where it has one. A visitor takes `(const char* name, M& member,
// const S&... constraint)`.

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cognito_fake {
namespace wire {

// Declares the field list of `Type`, usable on `Type&` and `const Type&`.
#define COGNITO_FAKE_FIELDS(Type)                                                    \
  template <typename V, typename T,                                                  \
            std::enable_if_t<std::is_same_v<std::remove_const_t<T>, Type>, int> = 0> \
  void Fields(V& v, T& t)

template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};
// Lists: JSON arrays.
template <typename T>
struct IsVector : std::false_type {};
template <typename T>
struct IsVector<std::vector<T>> : std::true_type {};
template <typename T>
struct IsVector<std::deque<T>> : std::true_type {};
// String-keyed maps: JSON objects (whose keys nlohmann keeps sorted, so the
// output does not depend on hash order).
template <typename T>
struct IsStringMap : std::false_type {};
template <typename V, typename Less>
struct IsStringMap<std::map<std::string, V, Less>> : std::true_type {};
template <typename V, typename Hash, typename Equal>
struct IsStringMap<std::unordered_map<std::string, V, Hash, Equal>> : std::true_type {};
// Integers other than bool.
template <typename T>
inline constexpr bool kIsInteger = std::is_integral_v<T> && !std::is_same_v<T, bool>;

// A probe visitor: HasFields<T> is true when Fields(probe, T&) compiles. The
// probe is in this namespace, so that the call finds every Fields overload
// declared before HasFields<T> is first used.
struct FieldsProbe {
  template <typename M, typename... Constraint>
  void operator()(const char*, M&, const Constraint&...) {}
  template <typename M, typename... Constraint>
  void Required(const char*, M&, const Constraint&...) {}
};

// True for the structs that have a field list (and so are JSON objects).
template <typename T, typename = void>
struct HasFields : std::false_type {};
template <typename T>
struct HasFields<T, std::void_t<decltype(Fields(std::declval<FieldsProbe&>(), std::declval<T&>()))>>
    : std::true_type {};

}  // namespace wire
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_WIRE_FIELD_TRAITS_H_
