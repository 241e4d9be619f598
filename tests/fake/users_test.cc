// Users and pools: AdminCreateUser, AdminGetUser, ListUsers, AdminDeleteUser,
// AdminDisableUser/AdminEnableUser, attributes, CreateUserPool and clients.

#include <cctype>
#include <set>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using Users = FakeTest;
using Pools = FakeTest;
using SignUp = FakeTest;

AdminCreateUserRequest Create(const TestPool& pool, const std::string& username,
                              AttributeListType attributes = {}) {
  AdminCreateUserRequest request;
  request.user_pool_id = pool.user_pool_id;
  request.username = username;
  request.user_attributes = std::move(attributes);
  return request;
}

// SignUp's request for `username` with `password` (and no attributes)
// through `pool`'s client.
SignUpRequest SignUpWithoutAttributes(const TestPool& pool, const std::string& username,
                                      const std::string& password) {
  SignUpRequest request;
  request.client_id = pool.client_id;
  request.username = username;
  request.password = password;
  return request;
}

// ------------------------------------------------------------- AdminCreateUser

TEST_F(Users, AdminCreateUserMakesAForceChangePasswordUserWithASub) {
  auto created = fake_.AdminCreateUser(Create(pool_, "bob", {{"email", "bob@example.com"}}));
  ASSERT_OK(created);
  const UserType& user = *created->user;
  EXPECT_EQ(user.username, "bob");
  EXPECT_EQ(user.user_status, UserStatusType::kForceChangePassword);
  EXPECT_EQ(user.enabled, true);
  ASSERT_FALSE(user.attributes.empty());
  EXPECT_EQ(user.attributes.front().name, "sub");
  EXPECT_EQ(user.attributes.front().value.size(), 36u);
  EXPECT_EQ(FindAttribute(user.attributes, "email"), "bob@example.com");
  EXPECT_EQ(user.user_create_date, FakeClock::DefaultStart());
}

TEST_F(Users, AdminCreateUserSendsTheInvitationWithTheTemporaryPassword) {
  auto request = Create(pool_, "bob", {{"email", "bob@example.com"}});
  request.desired_delivery_mediums = {DeliveryMediumType::kEmail};
  request.client_metadata = {{"k", "v"}};
  ASSERT_OK(fake_.AdminCreateUser(request));
  auto invitation = fake_.outbox().Last().value();
  EXPECT_EQ(invitation.occasion, MessageOccasion::kAdminCreateUser);
  EXPECT_EQ(invitation.trigger_source, "CustomMessage_AdminCreateUser");
  EXPECT_EQ(invitation.destination, "bob@example.com");
  EXPECT_EQ(invitation.subject, "Your temporary password");
  EXPECT_EQ(invitation.body,
            "Your username is bob and temporary password is " + invitation.code + ". ");
  EXPECT_EQ(invitation.client_metadata, (ClientMetadataType{{"k", "v"}}));
  // The generated temporary password satisfies the policy and signs in.
  auto challenge = AdminSignIn("bob", invitation.code);
  ASSERT_OK(challenge);
  EXPECT_EQ(challenge->challenge_name, ChallengeNameType::kNewPasswordRequired);
}

TEST_F(Users, AdminCreateUserSuppressSendsNothing) {
  auto request = Create(pool_, "bob", {{"email", "bob@example.com"}});
  request.message_action = MessageActionType::kSuppress;
  ASSERT_OK(fake_.AdminCreateUser(request));
  EXPECT_TRUE(fake_.outbox().empty());
}

TEST_F(Users, AdminCreateUserRejectsAWeakTemporaryPassword) {
  auto request = Create(pool_, "bob");
  request.temporary_password = "weakpass";
  EXPECT_STATUS(fake_.AdminCreateUser(request), ErrorCode::kInvalidPassword,
                "Password does not conform to policy: Password must have uppercase characters");
  EXPECT_STATUS(fake_.AdminGetUser({pool_.user_pool_id, "bob"}), ErrorCode::kUserNotFound,
                "User does not exist.");
}

TEST_F(Users, AdminCreateUserRejectsADuplicateUsername) {
  EXPECT_STATUS(fake_.AdminCreateUser(Create(pool_, "alice")), ErrorCode::kUsernameExists,
                "User account already exists");
  EXPECT_STATUS(fake_.AdminCreateUser(Create(pool_, "ALICE")), ErrorCode::kUsernameExists,
                "User account already exists");
}

TEST_F(Users, AdminCreateUserNeedsAnEmailForTheEmailMedium) {
  auto request = Create(pool_, "bob");
  request.desired_delivery_mediums = {DeliveryMediumType::kEmail};
  EXPECT_STATUS(fake_.AdminCreateUser(request), ErrorCode::kInvalidParameter,
                "No email provided but desired delivery medium was Email");
}

TEST_F(Users, AdminCreateUserResendIssuesANewTemporaryPasswordToTheSameUser) {
  auto request = Create(pool_, "bob", {{"email", "bob@example.com"}});
  const std::string sub =
      *FindAttribute(fake_.AdminCreateUser(request).value().user->attributes, "sub");
  const std::string first = fake_.outbox().Last()->code;
  request.message_action = MessageActionType::kResend;
  request.user_attributes.clear();
  auto resent = fake_.AdminCreateUser(request);
  ASSERT_OK(resent);
  EXPECT_EQ(FindAttribute(resent->user->attributes, "sub"), sub);
  const std::string second = fake_.outbox().Last()->code;
  EXPECT_NE(first, second);
  EXPECT_STATUS(AdminSignIn("bob", first), ErrorCode::kNotAuthorized,
                "Incorrect username or password.");
  EXPECT_OK(AdminSignIn("bob", second));
}

TEST_F(Users, AdminCreateUserResendFailsForUnknownOrConfirmedUsers) {
  auto request = Create(pool_, "nobody");
  request.message_action = MessageActionType::kResend;
  EXPECT_STATUS(fake_.AdminCreateUser(request), ErrorCode::kUserNotFound, "User does not exist.");
  request.username = "alice";
  EXPECT_STATUS(fake_.AdminCreateUser(request), ErrorCode::kUnsupportedUserState,
                "Resend not possible. alice status is not FORCE_CHANGE_PASSWORD.");
}

TEST_F(Users, AdminCreateUserRejectsAttributesOutsideTheSchema) {
  EXPECT_STATUS(
      fake_.AdminCreateUser(Create(pool_, "bob", {{"custom:tier", "gold"}})),
      ErrorCode::kInvalidParameter,
      "Attributes did not conform to the schema: custom:tier: Attribute does not exist in the "
      "schema.\n");
  EXPECT_STATUS(fake_.AdminCreateUser(Create(pool_, "bob", {{"email", "not-an-email"}})),
                ErrorCode::kInvalidParameter, "Invalid email address format.");
  EXPECT_STATUS(fake_.AdminCreateUser(Create(pool_, "bob", {{"phone_number", "555-1234"}})),
                ErrorCode::kInvalidParameter, "Invalid phone number format.");
}

TEST_F(Users, CustomAttributesDeclaredInTheSchemaAreAccepted) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  SchemaAttributeType tier;
  tier.name = "tier";
  tier.attribute_data_type = AttributeDataType::kString;
  request.schema = {tier};
  TestPool pool = MakePool(request);
  auto created = fake_.AdminCreateUser(Create(pool, "bob", {{"custom:tier", "gold"}}));
  ASSERT_OK(created);
  EXPECT_EQ(FindAttribute(created->user->attributes, "custom:tier"), "gold");
}

TEST_F(Users, AVerifiedAliasCannotBelongToTwoUsersUnlessForced) {
  auto pool_request = FakeIdentityProvider::DefaultTestPoolRequest();
  pool_request.alias_attributes = {AliasAttributeType::kEmail};
  TestPool pool = MakePool(pool_request);
  fake_.AddConfirmedUser(pool, "first", kPassword, {{"email", "shared@example.com"}}).value();
  auto request =
      Create(pool, "second", {{"email", "shared@example.com"}, {"email_verified", "true"}});
  request.message_action = MessageActionType::kSuppress;
  EXPECT_STATUS(fake_.AdminCreateUser(request), ErrorCode::kAliasExists,
                "An account with the given email already exists.");
  request.force_alias_creation = true;
  ASSERT_OK(fake_.AdminCreateUser(request));
  auto first = fake_.AdminGetUser({pool.user_pool_id, "first"}).value();
  EXPECT_EQ(FindAttribute(first.user_attributes, "email_verified"), "false");
  EXPECT_EQ(fake_.AdminGetUser({pool.user_pool_id, "shared@example.com"}).value().username,
            "second");
}

TEST_F(Users, AddConfirmedUsersAddsEachConfirmedAndReturnsTheSubsInOrder) {
  auto subs = fake_.AddConfirmedUsers(
      pool_, {{"bob", kPassword, {{"email", "bob@example.com"}}}, {"carol", kNewPassword, {}}});
  ASSERT_OK(subs);
  ASSERT_EQ(subs->size(), 2u);
  const auto bob = fake_.AdminGetUser({pool_.user_pool_id, "bob"}).value();
  EXPECT_EQ(bob.user_status, UserStatusType::kConfirmed);
  EXPECT_EQ(FindAttribute(bob.user_attributes, "sub"), (*subs)[0]);
  EXPECT_EQ(FindAttribute(bob.user_attributes, "email_verified"), "true");
  EXPECT_EQ(
      FindAttribute(fake_.AdminGetUser({pool_.user_pool_id, "carol"})->user_attributes, "sub"),
      (*subs)[1]);
  EXPECT_OK(SignIn("bob", kPassword));
  EXPECT_OK(SignIn("carol", kNewPassword));
  EXPECT_EQ(fake_.AdminGetUser({pool_.user_pool_id, (*subs)[0]}).value().username, "bob")
      << "the sub index knows bob";
  EXPECT_TRUE(fake_.outbox().empty()) << "sends nothing";
}

TEST_F(Users, AddConfirmedUsersIsAllOrNothingWhenALaterUserClashesWithAnEarlierOne) {
  // The pool is case-insensitive: "BOB" is the name "bob" took.
  EXPECT_STATUS(
      fake_.AddConfirmedUsers(
          pool_, {{"bob", kPassword, {}}, {"dave", kPassword, {}}, {"BOB", kPassword, {}}}),
      ErrorCode::kUsernameExists, "User account already exists");
  for (const char* name : {"bob", "dave"}) {
    EXPECT_STATUS(fake_.AdminGetUser({pool_.user_pool_id, name}), ErrorCode::kUserNotFound,
                  "User does not exist.");
  }
  ListUsersRequest list;
  list.user_pool_id = pool_.user_pool_id;
  EXPECT_EQ(fake_.ListUsers(list).value().users.size(), 1u);
  // Nothing at all changed: the generator was rewound, so the next user
  // gets the sub it would have got without the failed call.
  FakeIdentityProvider twin(FakeOptions().WithSeed(1).WithStartTime(FakeClock::DefaultStart()));
  const TestPool twin_pool = PoolWithAlice(twin);
  EXPECT_EQ(fake_.AddConfirmedUser(pool_, "erin", kPassword).value(),
            twin.AddConfirmedUser(twin_pool, "erin", kPassword).value());
}

TEST_F(Users, AddConfirmedUsersRefusesTheWholeBatchForOneBadPasswordAliasOrName) {
  auto alias_request = FakeIdentityProvider::DefaultTestPoolRequest();
  alias_request.alias_attributes = {AliasAttributeType::kEmail};
  TestPool pool = MakePool(alias_request);
  EXPECT_STATUS(
      fake_.AddConfirmedUsers(pool, {{"first", kPassword, {{"email", "shared@example.com"}}},
                                     {"second", kPassword, {{"email", "shared@example.com"}}}}),
      ErrorCode::kAliasExists, "An account with the given email already exists.");
  // A user added before a later one failed is taken out with its alias.
  EXPECT_STATUS(
      fake_.AddConfirmedUsers(
          pool, {{"first", kPassword, {{"email", "shared@example.com"}}}, {"second", "weak", {}}}),
      ErrorCode::kInvalidPassword, "Password does not conform to policy: Password not long enough");
  EXPECT_STATUS(fake_.AdminGetUser({pool.user_pool_id, "shared@example.com"}),
                ErrorCode::kUserNotFound, "User does not exist.");
  const Status bad_name =
      fake_.AddConfirmedUsers(pool, {{"first", kPassword, {}}, {"", kPassword, {}}}).status();
  EXPECT_EQ(bad_name.code(), ErrorCode::kInvalidParameter) << bad_name;
  ListUsersRequest list;
  list.user_pool_id = pool.user_pool_id;
  EXPECT_TRUE(fake_.ListUsers(list).value().users.empty());
  ASSERT_OK(
      fake_.AddConfirmedUsers(pool, {{"first", kPassword, {{"email", "shared@example.com"}}}}));
  EXPECT_EQ(fake_.AdminGetUser({pool.user_pool_id, "shared@example.com"}).value().username, "first")
      << "the alias is free again, and the index knows the users added";
  EXPECT_STATUS(
      fake_.AddConfirmedUsers(TestPool{"us-east-1_Nonexistent", pool.client_id, std::nullopt},
                              {{"first", kPassword, {}}}),
      ErrorCode::kResourceNotFound, "User pool us-east-1_Nonexistent does not exist.");
}

TEST_F(Users, AddConfirmedUsersChecksEachUserInAdminCreateUserThenAdminSetUserPasswordOrder) {
  // The first user's clash comes before the second user's malformed password.
  EXPECT_STATUS(
      fake_.AddConfirmedUsers(pool_, {{"alice", kPassword, {}}, {"bob", "has space", {}}}),
      ErrorCode::kUsernameExists, "User account already exists");
  // For one user: a missing pool before its password's shape, and its name
  // before its password's policy.
  EXPECT_STATUS(
      fake_.AddConfirmedUser(TestPool{"us-east-1_Nonexistent", pool_.client_id, std::nullopt},
                             "bob", "has space"),
      ErrorCode::kResourceNotFound, "User pool us-east-1_Nonexistent does not exist.");
  EXPECT_STATUS(fake_.AddConfirmedUser(pool_, "alice", "weak"), ErrorCode::kUsernameExists,
                "User account already exists");
  const Status shape = fake_.AddConfirmedUser(pool_, "bob", "has space").status();
  EXPECT_EQ(shape.code(), ErrorCode::kInvalidParameter) << shape;
  EXPECT_NE(shape.message().find("'password'"), std::string::npos)
      << "AdminSetUserPassword's member: " << shape;
}

TEST_F(Users, AddConfirmedUsersReportsAMalformedPoolIdOrALaterUsersFieldsAsTheSingleCallsDo) {
  // The batch checks the shared pool id once, with the first user: each error
  // is still the one AdminCreateUser or AdminSetUserPassword gives alone.
  const TestPool malformed{"no-underscore", pool_.client_id, std::nullopt};
  const Status alone = fake_.AdminCreateUser(Create(malformed, "bob")).status();
  ASSERT_EQ(alone.code(), ErrorCode::kInvalidParameter) << alone;
  EXPECT_STATUS(
      fake_.AddConfirmedUsers(malformed, {{"bob", kPassword, {}}, {"carol", kPassword, {}}}),
      ErrorCode::kInvalidParameter, alone.message());
  const Status bad_name = fake_.AdminCreateUser(Create(pool_, "car ol")).status();
  ASSERT_EQ(bad_name.code(), ErrorCode::kInvalidParameter) << bad_name;
  EXPECT_STATUS(fake_.AddConfirmedUsers(pool_, {{"bob", kPassword, {}}, {"car ol", kPassword, {}}}),
                ErrorCode::kInvalidParameter, bad_name.message());
  const Status bad_password =
      fake_.AdminSetUserPassword({pool_.user_pool_id, "alice", "has space", true}).status();
  ASSERT_EQ(bad_password.code(), ErrorCode::kInvalidParameter) << bad_password;
  EXPECT_STATUS(
      fake_.AddConfirmedUsers(pool_, {{"bob", kPassword, {}}, {"carol", "has space", {}}}),
      ErrorCode::kInvalidParameter, bad_password.message());
  EXPECT_STATUS(fake_.AdminGetUser({pool_.user_pool_id, "bob"}), ErrorCode::kUserNotFound,
                "User does not exist.");
}

TEST_F(Users, AliasPoolsRefuseUsernamesShapedLikeTheAlias) {
  auto pool_request = FakeIdentityProvider::DefaultTestPoolRequest();
  pool_request.alias_attributes = {AliasAttributeType::kEmail};
  TestPool pool = MakePool(pool_request);
  EXPECT_STATUS(
      fake_.AdminCreateUser(Create(pool, "x@example.com")), ErrorCode::kInvalidParameter,
      "Username cannot be of email format, since user pool is configured for email alias.");
}

TEST_F(Users, EmailUsernamePoolsRequireAnEmailUsername) {
  auto pool_request = FakeIdentityProvider::DefaultTestPoolRequest();
  pool_request.username_attributes = {UsernameAttributeType::kEmail};
  TestPool pool = MakePool(pool_request);
  EXPECT_STATUS(fake_.AdminCreateUser(Create(pool, "plainname")), ErrorCode::kInvalidParameter,
                "Username should be an email.");
  ASSERT_OK(fake_.AdminCreateUser(Create(pool, "u@example.com")));
  EXPECT_STATUS(fake_.AdminCreateUser(Create(pool, "u@example.com")), ErrorCode::kUsernameExists,
                "An account with the given email already exists.");
}

// ---------------------------------------------------------------- lookups

TEST_F(Users, AdminGetUserFindsByUsernameAliasOrSubAndAnswersTheCanonicalName) {
  auto pool_request = FakeIdentityProvider::DefaultTestPoolRequest();
  pool_request.alias_attributes = {AliasAttributeType::kEmail, AliasAttributeType::kPhoneNumber,
                                   AliasAttributeType::kPreferredUsername};
  TestPool pool = MakePool(pool_request);
  const std::string sub = fake_
                              .AddConfirmedUser(pool, "Bob", kPassword,
                                                {{"email", "bob@example.com"},
                                                 {"phone_number", "+15551230000"},
                                                 {"preferred_username", "bobby"}})
                              .value();
  for (const std::string& name :
       std::vector<std::string>{"Bob", "bob", "BOB@example.com", "+15551230000", "Bobby", sub}) {
    auto user = fake_.AdminGetUser({pool.user_pool_id, name});
    ASSERT_OK(user) << name;
    EXPECT_EQ(user->username, "Bob") << name;
  }
}

TEST_F(Users, AliasesLongerThanAShortKeyAreFoldedAndFoundToo) {
  auto pool_request = FakeIdentityProvider::DefaultTestPoolRequest();
  pool_request.alias_attributes = {AliasAttributeType::kEmail,
                                   AliasAttributeType::kPreferredUsername};
  TestPool pool = MakePool(pool_request);
  const std::string email =
      "Carol." + std::string(70, 'Q') + "@Example.com";  // past FoldedKey's 64 inline bytes
  const std::string preferred = "Carol-" + std::string(70, 'P');
  fake_
      .AddConfirmedUser(pool, "carol", kPassword,
                        {{"email", email}, {"preferred_username", preferred}})
      .value();
  std::string lower_email = email;
  for (char& c : lower_email) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const std::string& name : {email, lower_email, preferred, "carol-" + std::string(70, 'p')}) {
    auto user = fake_.AdminGetUser({pool.user_pool_id, name});
    ASSERT_OK(user) << name;
    EXPECT_EQ(user->username, "carol") << name;
  }
  // Once its owner is gone, the long alias finds no one, and may be taken.
  ASSERT_OK(fake_.AdminDeleteUser({pool.user_pool_id, "carol"}));
  EXPECT_STATUS(fake_.AdminGetUser({pool.user_pool_id, lower_email}), ErrorCode::kUserNotFound,
                "User does not exist.");
  fake_.AddConfirmedUser(pool, "dave", kPassword, {{"email", lower_email}}).value();
  EXPECT_EQ(fake_.AdminGetUser({pool.user_pool_id, email})->username, "dave");
}

TEST_F(Users, AdminGetUserReportsStatusEnabledAndDates) {
  fake_.clock().Advance(std::chrono::seconds(30));
  ASSERT_OK(fake_.AdminDisableUser({pool_.user_pool_id, "alice"}));
  auto user = fake_.AdminGetUser({pool_.user_pool_id, "alice"}).value();
  EXPECT_EQ(user.enabled, false);
  EXPECT_EQ(user.user_status, UserStatusType::kConfirmed);
  EXPECT_EQ(user.user_create_date, FakeClock::DefaultStart());
  EXPECT_EQ(user.user_last_modified_date, FakeClock::DefaultStart() + std::chrono::seconds(30));
  EXPECT_EQ(FindAttribute(user.user_attributes, "email_verified"), "true");
}

TEST_F(Users, AdminDeleteUserRemovesTheUserAndItsAliases) {
  ASSERT_OK(fake_.AdminDeleteUser({pool_.user_pool_id, "alice"}));
  EXPECT_STATUS(fake_.AdminGetUser({pool_.user_pool_id, "alice"}), ErrorCode::kUserNotFound,
                "User does not exist.");
  EXPECT_STATUS(fake_.AdminDeleteUser({pool_.user_pool_id, "alice"}), ErrorCode::kUserNotFound,
                "User does not exist.");
  // The name can be reused.
  ASSERT_OK(fake_.AddConfirmedUser(pool_, "alice", kPassword));
}

// ---------------------------------------------------------------- ListUsers

TEST_F(Users, ListUsersFiltersByAttributeStatusAndPrefix) {
  fake_.AddConfirmedUser(pool_, "bob", kPassword, {{"email", "bob@example.org"}}).value();
  ASSERT_OK(fake_.AdminCreateUser(Create(pool_, "carol", {{"email", "carol@example.com"}})));
  auto names = [&](const std::string& filter) {
    ListUsersRequest request;
    request.user_pool_id = pool_.user_pool_id;
    if (!filter.empty()) request.filter = filter;
    std::vector<std::string> out;
    const ListUsersResponse response = fake_.ListUsers(request).value();
    for (const UserType& user : response.users) out.push_back(*user.username);
    return out;
  };
  EXPECT_EQ(names(""), (std::vector<std::string>{"alice", "bob", "carol"}));
  EXPECT_EQ(names("email = \"bob@example.org\""), (std::vector<std::string>{"bob"}));
  EXPECT_EQ(names("email ^= \"carol\""), (std::vector<std::string>{"carol"}));
  EXPECT_EQ(names("cognito:user_status = \"FORCE_CHANGE_PASSWORD\""),
            (std::vector<std::string>{"carol"}));
  EXPECT_EQ(names("username ^= \"a\""), (std::vector<std::string>{"alice"}));
  ASSERT_OK(fake_.AdminDisableUser({pool_.user_pool_id, "bob"}));
  EXPECT_EQ(names("status = \"Disabled\""), (std::vector<std::string>{"bob"}));
}

TEST_F(Users, ListUsersPaginates) {
  for (int i = 0; i < 4; ++i)
    fake_.AddConfirmedUser(pool_, "user" + std::to_string(i), kPassword).value();
  ListUsersRequest request;
  request.user_pool_id = pool_.user_pool_id;
  request.limit = 2;
  std::vector<std::string> seen;
  for (int page = 0; page < 5; ++page) {
    auto response = fake_.ListUsers(request).value();
    for (const UserType& user : response.users) seen.push_back(*user.username);
    if (!response.pagination_token) break;
    request.pagination_token = response.pagination_token;
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"alice", "user0", "user1", "user2", "user3"}));
  request.pagination_token = "garbage";
  EXPECT_STATUS(fake_.ListUsers(request), ErrorCode::kInvalidParameter,
                "Invalid pagination token.");
}

TEST_F(Users, ListUsersReturnsOnlyAttributesToGet) {
  ListUsersRequest request;
  request.user_pool_id = pool_.user_pool_id;
  request.attributes_to_get = {"email"};
  auto user = fake_.ListUsers(request).value().users.at(0);
  EXPECT_EQ(user.attributes, (AttributeListType{{"email", "alice@example.com"}}));
}

// ---------------------------------------------------------------- attributes

TEST_F(Users, ChangingTheEmailUnverifiesItAndSendsAVerificationCode) {
  ASSERT_OK(fake_.AdminUpdateUserAttributes(
      {pool_.user_pool_id, "alice", {{"email", "new@example.com"}}, {}}));
  auto user = fake_.AdminGetUser({pool_.user_pool_id, "alice"}).value();
  EXPECT_EQ(FindAttribute(user.user_attributes, "email"), "new@example.com");
  EXPECT_EQ(FindAttribute(user.user_attributes, "email_verified"), "false");
  auto message = fake_.outbox().Last().value();
  EXPECT_EQ(message.occasion, MessageOccasion::kUpdateUserAttribute);
  EXPECT_EQ(message.destination, "new@example.com");
  // ... so the reset path has no verified channel any more.
  EXPECT_STATUS(Forgot("alice"), ErrorCode::kInvalidParameter,
                "Cannot reset password for the user as there is no registered/verified email or "
                "phone_number");
}

TEST_F(Users, SettingEmailVerifiedInTheSameCallKeepsItVerified) {
  ASSERT_OK(
      fake_.AdminUpdateUserAttributes({pool_.user_pool_id,
                                       "alice",
                                       {{"email", "new@example.com"}, {"email_verified", "true"}},
                                       {}}));
  EXPECT_TRUE(fake_.outbox().empty());
  ASSERT_OK(Forgot("alice"));
  EXPECT_EQ(fake_.outbox().Last()->destination, "new@example.com");
}

TEST_F(Users, AdminDeleteUserAttributesRemovesTheAttributeAndItsFlag) {
  ASSERT_OK(fake_.AdminDeleteUserAttributes({pool_.user_pool_id, "alice", {"email"}}));
  auto user = fake_.AdminGetUser({pool_.user_pool_id, "alice"}).value();
  EXPECT_FALSE(FindAttribute(user.user_attributes, "email").has_value());
  EXPECT_FALSE(FindAttribute(user.user_attributes, "email_verified").has_value());
  EXPECT_STATUS(
      fake_.AdminDeleteUserAttributes({pool_.user_pool_id, "alice", {"sub"}}),
      ErrorCode::kInvalidParameter,
      "Attributes did not conform to the schema: sub: Attribute cannot be updated. (changing an "
      "immutable attribute)\n");
}

// ---------------------------------------------------------------- sign-up

TEST_F(SignUp, CreatesAnUnconfirmedUserAndSendsACode) {
  auto response = SignUpUser("zoe", "zoe@example.com");
  ASSERT_OK(response);
  EXPECT_FALSE(response->user_confirmed);
  EXPECT_EQ(response->user_sub.size(), 36u);
  ASSERT_TRUE(response->code_delivery_details.has_value());
  EXPECT_EQ(response->code_delivery_details->destination, "z***@e***");
  EXPECT_EQ(StatusOfUser("zoe"), UserStatusType::kUnconfirmed);
  EXPECT_EQ(fake_.outbox().Last()->occasion, MessageOccasion::kSignUp);

  // Confirming verifies the email, which makes ForgotPassword possible.
  ConfirmSignUpRequest confirm;
  confirm.client_id = pool_.client_id;
  confirm.username = "zoe";
  confirm.confirmation_code = OtherCode(LastCode("zoe"));
  EXPECT_STATUS(fake_.ConfirmSignUp(confirm), ErrorCode::kCodeMismatch,
                "Invalid verification code provided, please try again.");
  confirm.confirmation_code = LastCode("zoe");
  ASSERT_OK(fake_.ConfirmSignUp(confirm));
  EXPECT_EQ(StatusOfUser("zoe"), UserStatusType::kConfirmed);
  EXPECT_STATUS(fake_.ConfirmSignUp(confirm), ErrorCode::kNotAuthorized,
                "User cannot be confirmed. Current status is CONFIRMED");
  EXPECT_OK(Forgot("zoe"));
}

TEST_F(SignUp, UsesSignUpsPasswordPolicyWording) {
  EXPECT_STATUS(fake_.SignUp(SignUpWithoutAttributes(pool_, "zoe", "short")),
                ErrorCode::kInvalidPassword,
                "Password did not conform with policy: Password not long enough");
}

TEST_F(SignUp, RejectsAnExistingUsername) {
  EXPECT_STATUS(fake_.SignUp(SignUpWithoutAttributes(pool_, "alice", kPassword)),
                ErrorCode::kUsernameExists, "User already exists");
}

TEST_F(SignUp, IsRefusedWhenOnlyAdminsMayCreateUsers) {
  auto pool_request = FakeIdentityProvider::DefaultTestPoolRequest();
  pool_request.admin_create_user_config = AdminCreateUserConfigType{};
  pool_request.admin_create_user_config->allow_admin_create_user_only = true;
  TestPool pool = MakePool(pool_request);
  EXPECT_STATUS(fake_.SignUp(SignUpWithoutAttributes(pool, "zoe", kPassword)),
                ErrorCode::kNotAuthorized, "SignUp is not permitted for this user pool");
}

TEST_F(SignUp, AdminConfirmSignUpConfirmsWithoutVerifying) {
  ASSERT_OK(SignUpUser("zoe", "zoe@example.com"));
  ASSERT_OK(fake_.AdminConfirmSignUp({pool_.user_pool_id, "zoe", {}}));
  EXPECT_EQ(StatusOfUser("zoe"), UserStatusType::kConfirmed);
  EXPECT_OK(SignIn("zoe", kPassword));
  EXPECT_STATUS(Forgot("zoe"), ErrorCode::kInvalidParameter,
                "Cannot reset password for the user as there is no registered/verified email or "
                "phone_number");
  EXPECT_STATUS(fake_.AdminConfirmSignUp({pool_.user_pool_id, "zoe", {}}),
                ErrorCode::kNotAuthorized, "User cannot be confirmed. Current status is CONFIRMED");
}

TEST_F(SignUp, ResendConfirmationCodeReplacesTheCodeAndIsLimited) {
  ASSERT_OK(SignUpUser("zoe", "zoe@example.com"));
  const std::string first = LastCode("zoe");
  ResendConfirmationCodeRequest resend;
  resend.client_id = pool_.client_id;
  resend.username = "zoe";
  auto response = fake_.ResendConfirmationCode(resend);
  ASSERT_OK(response);
  EXPECT_EQ(response->code_delivery_details->destination, "z***@e***");
  EXPECT_NE(LastCode("zoe"), first);
  for (int i = 0; i < 4; ++i) ASSERT_OK(fake_.ResendConfirmationCode(resend));
  EXPECT_STATUS(fake_.ResendConfirmationCode(resend), ErrorCode::kLimitExceeded,
                "Attempt limit exceeded, please try after some time.");
  resend.username = "alice";
  EXPECT_STATUS(fake_.ResendConfirmationCode(resend), ErrorCode::kInvalidParameter,
                "User is already confirmed.");
}

// ---------------------------------------------------------------- pools

TEST_F(Pools, DescribeUserPoolFillsInAwsDefaults) {
  CreateUserPoolRequest request;
  request.pool_name = "bare";
  auto created = fake_.CreateUserPool(request).value();
  auto pool = fake_.DescribeUserPool({*created.user_pool->id}).value().user_pool.value();
  EXPECT_EQ(pool.name, "bare");
  EXPECT_EQ(pool.id->rfind("us-east-1_", 0), 0u);
  EXPECT_EQ(pool.id->size(), std::string("us-east-1_").size() + 9);
  EXPECT_EQ(pool.arn, "arn:aws:cognito-idp:us-east-1:123456789012:userpool/" + *pool.id);
  const PasswordPolicyType& policy = *pool.policies->password_policy;
  EXPECT_EQ(policy.minimum_length, 8);
  EXPECT_EQ(policy.require_uppercase, true);
  EXPECT_EQ(policy.require_symbols, true);
  EXPECT_EQ(policy.temporary_password_validity_days, 7);
  EXPECT_EQ(pool.mfa_configuration, UserPoolMfaType::kOff);
  EXPECT_EQ(pool.email_configuration->email_sending_account,
            EmailSendingAccountType::kCognitoDefault);
  EXPECT_EQ(pool.estimated_number_of_users, 0);
  std::set<std::string> schema;
  for (const auto& attribute : pool.schema_attributes) schema.insert(*attribute.name);
  EXPECT_TRUE(schema.count("email") && schema.count("sub") &&
              schema.count("phone_number_verified"));
}

TEST_F(Pools, AnExplicitPolicyLeavesUnsetRequirementsOff) {
  CreateUserPoolRequest request;
  request.pool_name = "lenient";
  request.policies = UserPoolPolicyType{PasswordPolicyType{}};
  request.policies->password_policy->minimum_length = 6;
  TestPool pool = MakePool(request);
  EXPECT_OK(fake_.AddConfirmedUser(pool, "bob", "simple"));
}

TEST_F(Pools, RejectsAliasAndUsernameAttributesTogether) {
  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.alias_attributes = {AliasAttributeType::kEmail};
  request.username_attributes = {UsernameAttributeType::kEmail};
  EXPECT_STATUS(fake_.CreateUserPool(request), ErrorCode::kInvalidParameter,
                "Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
}

TEST_F(Pools, DeleteUserPoolRemovesEverythingAndHonoursDeletionProtection) {
  ASSERT_OK(fake_.DeleteUserPool({pool_.user_pool_id}));
  EXPECT_STATUS(fake_.DescribeUserPool({pool_.user_pool_id}), ErrorCode::kResourceNotFound,
                "User pool " + pool_.user_pool_id + " does not exist.");
  EXPECT_STATUS(Forgot("alice"), ErrorCode::kResourceNotFound,
                "User pool client " + pool_.client_id + " does not exist.");

  auto request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.deletion_protection = DeletionProtectionType::kActive;
  TestPool protected_pool = MakePool(request);
  EXPECT_STATUS(fake_.DeleteUserPool({protected_pool.user_pool_id}), ErrorCode::kInvalidParameter,
                "The user pool cannot be deleted because deletion protection is activated.");
}

TEST_F(Pools, DescribeUserPoolClientShowsTheSecretAndDefaults) {
  auto client_request = FakeIdentityProvider::DefaultTestClientRequest();
  client_request.generate_secret = true;
  TestPool pool = MakePool(FakeIdentityProvider::DefaultTestPoolRequest(), client_request);
  auto client = fake_.DescribeUserPoolClient({pool.user_pool_id, pool.client_id})
                    .value()
                    .user_pool_client.value();
  EXPECT_EQ(client.client_secret, pool.client_secret);
  EXPECT_EQ(client.client_id->size(), 26u);
  EXPECT_EQ(client.client_secret->size(), 51u);
  EXPECT_EQ(client.prevent_user_existence_errors, PreventUserExistenceErrorTypes::kLegacy);
  EXPECT_EQ(client.refresh_token_validity, 30);
  EXPECT_EQ(client.auth_session_validity, 3);
  EXPECT_STATUS(fake_.DescribeUserPoolClient({pool_.user_pool_id, pool.client_id}),
                ErrorCode::kResourceNotFound,
                "User pool client " + pool.client_id + " does not exist.");
}

TEST_F(Pools, ClientsWithoutExplicitFlowsGetAwsDefaults) {
  CreateUserPoolClientRequest request;
  request.user_pool_id = pool_.user_pool_id;
  request.client_name = "defaults";
  auto client = fake_.CreateUserPoolClient(request).value().user_pool_client.value();
  EXPECT_EQ(client.explicit_auth_flows,
            (std::vector<ExplicitAuthFlowsType>{ExplicitAuthFlowsType::kAllowRefreshTokenAuth,
                                                ExplicitAuthFlowsType::kAllowUserSrpAuth,
                                                ExplicitAuthFlowsType::kAllowCustomAuth}));
}

TEST_F(Pools, ListsNextTokensNameTheFirstItemOfTheirPage) {
  constexpr const char* kInvalid = "Invalid pagination token.";
  // ListUserPools and ListUserPoolClients: its id, as is.
  MakePool();
  const auto pools = fake_.ListUserPools({std::nullopt, 60}).value().user_pools;
  ASSERT_EQ(pools.size(), 2u);
  const auto first_pool = fake_.ListUserPools({std::nullopt, 1}).value();
  ASSERT_EQ(first_pool.user_pools.size(), 1u);
  EXPECT_EQ(first_pool.user_pools[0].id, pools[0].id);
  EXPECT_EQ(first_pool.next_token, pools[1].id);
  const auto second_pool = fake_.ListUserPools({first_pool.next_token, 1}).value();
  ASSERT_EQ(second_pool.user_pools.size(), 1u);
  EXPECT_EQ(second_pool.user_pools[0].id, pools[1].id);
  EXPECT_FALSE(second_pool.next_token.has_value());
  EXPECT_STATUS(fake_.ListUserPools({"us-east-1_nosuch", 1}), ErrorCode::kInvalidParameter,
                kInvalid);

  CreateUserPoolClientRequest client_request = FakeIdentityProvider::DefaultTestClientRequest();
  client_request.user_pool_id = pool_.user_pool_id;
  ASSERT_OK(fake_.CreateUserPoolClient(client_request));
  const auto clients = fake_.ListUserPoolClients({pool_.user_pool_id, 60, {}}).value();
  ASSERT_EQ(clients.user_pool_clients.size(), 2u);
  const std::string second_client = *clients.user_pool_clients[1].client_id;
  const auto first_client = fake_.ListUserPoolClients({pool_.user_pool_id, 1, {}}).value();
  EXPECT_EQ(first_client.next_token, second_client);
  const auto second_page =
      fake_.ListUserPoolClients({pool_.user_pool_id, 1, first_client.next_token}).value();
  ASSERT_EQ(second_page.user_pool_clients.size(), 1u);
  EXPECT_EQ(second_page.user_pool_clients[0].client_id, second_client);
  EXPECT_FALSE(second_page.next_token.has_value());
  EXPECT_STATUS(fake_.ListUserPoolClients({pool_.user_pool_id, 1, "nosuch"}),
                ErrorCode::kInvalidParameter, kInvalid);

  // The group lists: base64url of "group:" or "member:" and its key.
  for (const char* group : {"admins", "readers"}) {
    ASSERT_OK(fake_.CreateGroup({group, pool_.user_pool_id, {}, {}, {}}));
    ASSERT_OK(fake_.AdminAddUserToGroup({pool_.user_pool_id, "alice", group}));
  }
  fake_.AddConfirmedUser(pool_, "bob", kPassword).value();
  ASSERT_OK(fake_.AdminAddUserToGroup({pool_.user_pool_id, "bob", "admins"}));
  const auto groups = fake_.ListGroups({pool_.user_pool_id, 1, {}}).value();
  EXPECT_EQ(groups.next_token, "Z3JvdXA6cmVhZGVycw");  // group:readers
  const auto alices = fake_.AdminListGroupsForUser({"alice", pool_.user_pool_id, 1, {}}).value();
  EXPECT_EQ(alices.next_token, "Z3JvdXA6cmVhZGVycw");
  const auto more_groups = fake_.ListGroups({pool_.user_pool_id, 1, groups.next_token}).value();
  ASSERT_EQ(more_groups.groups.size(), 1u);
  EXPECT_EQ(more_groups.groups[0].group_name, "readers");
  EXPECT_FALSE(more_groups.next_token.has_value());
  const auto members = fake_.ListUsersInGroup({pool_.user_pool_id, "admins", 1, {}}).value();
  EXPECT_EQ(members.next_token, "bWVtYmVyOmJvYg");  // member:bob
  const auto more_members =
      fake_.ListUsersInGroup({pool_.user_pool_id, "admins", 1, members.next_token}).value();
  ASSERT_EQ(more_members.users.size(), 1u);
  EXPECT_EQ(more_members.users[0].username, "bob");
  EXPECT_FALSE(more_members.next_token.has_value());
  for (const char* token : {"garbage!", "Z3JvdXA6", "Z3JvdXA6bm9zdWNo", "bWVtYmVyOnJlYWRlcnM"}) {
    // not base64url, "group:", "group:nosuch", "member:readers"
    EXPECT_STATUS(fake_.ListGroups({pool_.user_pool_id, 1, token}), ErrorCode::kInvalidParameter,
                  kInvalid)
        << token;
  }
  EXPECT_STATUS(fake_.ListUsersInGroup({pool_.user_pool_id, "admins", 1, "Z3JvdXA6cmVhZGVycw"}),
                ErrorCode::kInvalidParameter, kInvalid);
}

}  // namespace
}  // namespace cognito_fake
