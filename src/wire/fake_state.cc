#include <cognito_fake/fake_state.h>

#include "wire/json_codec.h"
#include "wire/state_fields.h"

namespace cognito_fake {

std::string ExportState(FakeIdentityProvider& fake) {
  const internal::SnapshotData data = internal::StateAccess::Capture(fake);
  wire::Json document = wire::ToJson(data, /*exact_time=*/true);
  document["Format"] = std::string(kStateFormat);
  return document.dump(2, ' ', false, wire::Json::error_handler_t::replace) + "\n";
}

Status ImportState(FakeIdentityProvider& fake, std::string_view json) {
  wire::Json document = wire::ParseJsonText(json);
  if (document.is_discarded() || !document.is_object()) {
    return Status(ErrorCode::kSerialization, "The state is not a JSON object");
  }
  const auto format = document.find("Format");
  if (format == document.end() || *format != kStateFormat) {
    return Status(ErrorCode::kInvalidParameter,
                  "The state's Format must be \"" + std::string(kStateFormat) + "\"");
  }
  document.erase("Format");
  wire::ReadOptions options;
  options.exact_time = true;
  options.reject_unknown_members = true;
  auto data = wire::FromJson<internal::SnapshotData>(document, options);
  if (!data.ok()) return data.status();
  for (auto& [id, pool] : data->state.pools.pools) {
    // The pool finds a user under UsernameKey(username) (PoolRecord): a
    // document that files one elsewhere would leave it unreachable.
    for (const auto& [key, user] : pool.users) {
      if (key != pool.UsernameKey(user.username)) {
        return Status(ErrorCode::kInvalidParameter,
                      "The state's pool " + id + " files user \"" + user.username + "\" under \"" +
                          key + "\", not under its username" +
                          (pool.case_sensitive ? "" : " in lower case"));
      }
    }
    for (const auto& [name, group] : pool.groups) {
      for (const std::string& member : group.members) {
        if (pool.users.Find(member) == nullptr) {
          return Status(ErrorCode::kInvalidParameter, "The state's group " + name + " of pool " +
                                                          id + " lists \"" + member +
                                                          "\", who is no user of the pool");
        }
      }
    }
    if (pool.keys.id.key == nullptr || pool.keys.access.key == nullptr) {
      return Status(ErrorCode::kInvalidParameter,
                    "The state's pool " + id +
                        " names a signing key that is neither a built-in key (BuiltIn: 0-" +
                        std::to_string(internal::kBuiltInKeyCount - 1) +
                        ") nor a PEM private key of an RSA key of at least 2048 bits (Pem)");
    }
    pool.Reindex();
  }
  internal::StateAccess::Apply(fake, *std::move(data));
  return Status();
}

}  // namespace cognito_fake
