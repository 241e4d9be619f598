#ifndef COGNITO_FAKE_SRC_WIRE_STATE_FIELDS_H_
#define COGNITO_FAKE_SRC_WIRE_STATE_FIELDS_H_

// Field lists of the fake's internal records, for the state export: the
// same generic JSON reader and writer as the wire, over these tables.

#include "internal/fake_impl.h"
#include "wire/fields.h"

namespace cognito_fake {
namespace wire {

// A pool's users are exported as an object by users key, as a map would be.
template <>
struct IsStringMap<internal::UserTable> : std::true_type {};

COGNITO_FAKE_FIELDS(internal::IssuedCode) {
  v.Required("Code", t.code);
  v.Required("ExpiresAt", t.expires_at);
  v.Required("AttributeName", t.attribute_name);
  v("PendingValue", t.pending_value);
}
COGNITO_FAKE_FIELDS(internal::LockoutState) {
  v.Required("Failures", t.failures);
  v.Required("LockedUntil", t.locked_until);
  v.Required("LastAttempt", t.last_attempt);
}
COGNITO_FAKE_FIELDS(internal::RateWindow) {
  if constexpr (std::is_const_v<T>) {
    v("Times", t.times());
  } else {
    v("Times", t.mutable_times());
  }
}
COGNITO_FAKE_FIELDS(internal::Random) {
  std::uint64_t state = t.state();
  v.Required("State", state);
  if constexpr (!std::is_const_v<T>) t.set_state(state);
}
COGNITO_FAKE_FIELDS(internal::EffectivePasswordPolicy) {
  v.Required("MinimumLength", t.minimum_length);
  v.Required("RequireUppercase", t.require_uppercase);
  v.Required("RequireLowercase", t.require_lowercase);
  v.Required("RequireNumbers", t.require_numbers);
  v.Required("RequireSymbols", t.require_symbols);
  v.Required("PasswordHistorySize", t.password_history_size);
  v.Required("TemporaryPasswordValidityDays", t.temporary_password_validity_days);
}
COGNITO_FAKE_FIELDS(internal::UserMfa) {
  v("SoftwareToken", t.software_token);
  v("PendingSoftwareToken", t.pending_software_token);
  v.Required("LastTokenStep", t.last_token_step);
  v.Required("DeviceName", t.device_name);
  v.Required("Sms", t.sms);
  v.Required("Totp", t.totp);
  v.Required("Email", t.email);
  v.Required("Preferred", t.preferred);
}
COGNITO_FAKE_FIELDS(internal::PoolMfa) {
  v("SmsMfaConfiguration", t.sms);
  v.Required("SoftwareTokenMfa", t.software_token);
  v("EmailMfaConfiguration", t.email);
}
COGNITO_FAKE_FIELDS(internal::UserRecord) {
  v.Required("Sequence", t.sequence);
  v.Required("Username", t.username);
  // The sub is the first attribute's value; the state also names it apart.
  if constexpr (std::is_const_v<T>) {
    const std::string& sub = t.sub();
    v.Required("Sub", sub);
    v.Required("Attributes", t.attributes);
  } else {
    std::string sub;
    v.Required("Sub", sub);
    v.Required("Attributes", t.attributes);
    // "Sub" decides: the list gets it first, whatever the document listed.
    internal::EraseAttribute(t.attributes, "sub");
    t.attributes.insert(t.attributes.begin(), AttributeType{"sub", std::move(sub)});
  }
  v.Required("Status", t.status);
  v.Required("Enabled", t.enabled);
  v.Required("Created", t.created);
  v.Required("LastModified", t.last_modified);
  v("Password", t.password);
  v.Required("PasswordSetAt", t.password_set_at);
  // One list, newest first, as before the current password stopped being
  // copied into it; read after "Password", which it may start with.
  if constexpr (std::is_const_v<T>) {
    const std::vector<std::string> history = t.PasswordHistory();
    v("PasswordHistory", history);
  } else {
    std::vector<std::string> history;
    v("PasswordHistory", history);
    t.SetPasswordHistory(std::move(history));
  }
  // The activity's members stand in the user's object, as before it moved
  // behind a pointer. Reading a user allocates it only when the document
  // gives it something: most users of a big state never had any.
  auto activity = [&v](auto& a) {
    v("ResetCode", a.reset_code);
    v("SignUpCode", a.signup_code);
    v("AttributeCode", a.attribute_code);
    v.Required("ForgotPasswordRequests", a.forgot_password_requests);
    v.Required("WrongResetCodes", a.wrong_reset_codes);
    v.Required("WrongSignUpCodes", a.wrong_signup_codes);
    v.Required("ResendRequests", a.resend_requests);
    v.Required("ChangePasswordCalls", a.change_password_calls);
    v.Required("Lockout", a.lockout);
  };
  if constexpr (std::is_const_v<T>) {
    activity(t.activity());
  } else {
    internal::UserActivity read;
    activity(read);
    if (!read.IsEmpty()) t.mutable_activity() = std::move(read);
  }
  v.Required("TokenGeneration", t.token_generation);
  // Only users who touched MFA carry "Mfa" (secrets as base32).
  if constexpr (std::is_const_v<T>) {
    if (!t.mfa().IsEmpty()) v("Mfa", std::optional<internal::UserMfa>(t.mfa()));
  } else {
    std::optional<internal::UserMfa> mfa;
    v("Mfa", mfa);
    if (mfa && !mfa->IsEmpty()) t.mutable_mfa() = std::move(*mfa);
  }
}
COGNITO_FAKE_FIELDS(internal::ClientRecord) { v.Required("Description", t.description); }
COGNITO_FAKE_FIELDS(internal::GroupRecord) {
  v.Required("Description", t.description);
  if constexpr (std::is_const_v<T>) {
    const std::vector<std::string> members(t.members.begin(), t.members.end());
    v.Required("Members", members);
  } else {
    std::vector<std::string> members;
    v.Required("Members", members);
    t.members = std::set<std::string>(members.begin(), members.end());
  }
}
COGNITO_FAKE_FIELDS(internal::SignIn) {
  v.Required("ClientId", t.client_id);
  v.Required("UserKey", t.user_key);
  v.Required("Sub", t.sub);
  v.Required("OriginJti", t.origin_jti);
  v.Required("AuthTime", t.auth_time);
  v.Required("RefreshExpiresAt", t.refresh_expires_at);
  v.Required("UserGeneration", t.user_generation);
  v.Required("Revoked", t.revoked);
}

// A signing key in the state: the number of a built-in key, or a PEM text.
struct ExportedKey {
  std::optional<std::uint64_t> built_in;
  std::optional<std::string> pem;
};
COGNITO_FAKE_FIELDS(ExportedKey) {
  v("BuiltIn", t.built_in);
  v("Pem", t.pem);
}
struct ExportedPoolKeys {
  ExportedKey id_token;
  ExportedKey access_token;
};
COGNITO_FAKE_FIELDS(ExportedPoolKeys) {
  v.Required("IdToken", t.id_token);
  v.Required("AccessToken", t.access_token);
}

inline ExportedKey Export(const internal::PoolKey& key) {
  ExportedKey exported;
  if (key.key == nullptr) return exported;
  if (key.key->built_in_index()) {
    exported.built_in = *key.key->built_in_index();
  } else {
    exported.pem = key.key->pem();
  }
  return exported;
}

// The key `exported` names, for pool `user_pool_id`; an empty key (which
// ImportState refuses) when it names none.
inline internal::PoolKey Import(const ExportedKey& exported, const std::string& user_pool_id,
                                std::string_view use) {
  std::shared_ptr<const internal::SigningKey> key;
  if (exported.built_in && *exported.built_in < internal::kBuiltInKeyCount && !exported.pem) {
    key = internal::SigningKey::BuiltIn(*exported.built_in);
  } else if (exported.pem && !exported.built_in) {
    auto parsed = internal::SigningKey::FromPem(*exported.pem);
    if (parsed.ok()) key = *std::move(parsed);
  }
  if (key == nullptr) return internal::PoolKey{};
  return internal::PoolKey{key, internal::KeyIdFor(user_pool_id, use, *key)};
}
COGNITO_FAKE_FIELDS(internal::PoolRecord) {
  v.Required("Description", t.description);
  v.Required("Policy", t.policy);
  v.Required("CaseSensitive", t.case_sensitive);
  v.Required("Clients", t.clients);
  v.Required("Users", t.users);
  v.Required("NextUserSequence", t.next_user_sequence);
  if constexpr (std::is_const_v<T>) {
    const ExportedPoolKeys keys{Export(t.keys.id), Export(t.keys.access)};
    v.Required("SigningKeys", keys);
  } else {
    ExportedPoolKeys keys;
    v.Required("SigningKeys", keys);
    const std::string pool_id = t.description.id.value_or("");
    t.keys.id = Import(keys.id_token, pool_id, "id");
    t.keys.access = Import(keys.access_token, pool_id, "access");
  }
  v.Required("SignIns", t.sign_ins);
  v.Required("Groups", t.groups);
  v("Mfa", t.mfa);
}
COGNITO_FAKE_FIELDS(internal::SrpChallenge) {
  v.Required("UserIdForSrp", t.user_id);
  v.Required("A", t.a_public);
  v.Required("PrivateB", t.b);
  v.Required("B", t.b_public);
  v.Required("Verifier", t.verifier);
  v.Required("UnknownUser", t.unknown_user);
}
COGNITO_FAKE_FIELDS(internal::AuthSession) {
  v.Required("UserPoolId", t.user_pool_id);
  v.Required("ClientId", t.client_id);
  v.Required("UserKey", t.user_key);
  v.Required("Challenge", t.challenge);
  v.Required("ExpiresAt", t.expires_at);
  v.Required("Used", t.used);
  v("Srp", t.srp);  // PASSWORD_VERIFIER challenges (USER_SRP_AUTH) only
  v("StartedAt", t.started_at);
  // MFA challenges only.
  v("Code", t.code);
  v("Destination", t.destination);
  v("MfaOptions", t.mfa_options);
  v("SetupEmail", t.setup_email);
  // MFA_SETUP's authenticator steps: "", "Associated" or "Verified".
  using Setup = internal::SoftwareTokenSetup;
  std::string setup = t.setup == Setup::kAssociated ? "Associated"
                      : t.setup == Setup::kVerified ? "Verified"
                                                    : "";
  v("SoftwareTokenSetup", setup);
  if constexpr (!std::is_const_v<T>) {
    t.setup = setup == "Associated" ? Setup::kAssociated
              : setup == "Verified" ? Setup::kVerified
                                    : Setup::kNone;
  }
}
COGNITO_FAKE_FIELDS(internal::State) {
  v.Required("Random", t.random);
  v.Required("TokenKey", t.token_key);
  v.Required("NextKeySlot", t.next_key_slot);
  v.Required("Pools", t.pools.pools);
  v.Required("ClientPool", t.pools.client_pool);
  v.Required("Sessions", t.sessions);
  v.Required("CognitoDefaultEmails", t.cognito_default_emails);
}
COGNITO_FAKE_FIELDS(Message) {
  v.Required("Sequence", t.sequence);
  v.Required("UserPoolId", t.user_pool_id);
  v("ClientId", t.client_id);
  v.Required("Username", t.username);
  v.Required("Medium", t.medium);
  v.Required("Destination", t.destination);
  v("Subject", t.subject);
  v.Required("Body", t.body);
  v.Required("Code", t.code);
  v.Required("Occasion", t.occasion);
  v.Required("TriggerSource", t.trigger_source);
  v("ClientMetadata", t.client_metadata);
  v("CodeDeliveryDetails", t.code_delivery_details);
  v.Required("SentAt", t.sent_at);
  v.Required("Delivered", t.delivered);
  v("NotDeliveredReason", t.not_delivered_reason);
  v("FailedWith", t.failed_with);
}
COGNITO_FAKE_FIELDS(internal::SnapshotData) {
  v.Required("Clock", t.clock);
  v.Required("State", t.state);
  v("Outbox", t.outbox);
  v.Required("OutboxNextSequence", t.outbox_next_sequence);
}

}  // namespace wire
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_WIRE_STATE_FIELDS_H_
