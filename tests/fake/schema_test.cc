// The attribute schema (issue 26): developer-only attributes named
// `dev:custom:<name>`, attribute errors that name every offending attribute,
// CreateUserPool's checks of the Schema's constraints, and user attribute
// values checked against those constraints.

#include "internal/schema.h"

#include <cognito_fake/testing/matchers.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "support/fake_test_util.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::IsOk;
using ::cognito_fake_testing::StatusIs;
using Schema = FakeTest;

constexpr const char* kConform = "Attributes did not conform to the schema: ";

// A Schema entry `name` of `type`.
SchemaAttributeType Declared(const std::string& name,
                             AttributeDataType type = AttributeDataType::kString) {
  SchemaAttributeType attribute;
  attribute.name = name;
  attribute.attribute_data_type = type;
  return attribute;
}

SchemaAttributeType DeveloperOnly(const std::string& name) {
  SchemaAttributeType attribute = Declared(name);
  attribute.developer_only_attribute = true;
  return attribute;
}

SchemaAttributeType StringWithLengths(const std::string& name, std::optional<std::string> min,
                                      std::optional<std::string> max) {
  SchemaAttributeType attribute = Declared(name);
  attribute.string_attribute_constraints = StringAttributeConstraintsType{min, max};
  return attribute;
}

SchemaAttributeType NumberWithRange(const std::string& name, std::optional<std::string> min,
                                    std::optional<std::string> max) {
  SchemaAttributeType attribute = Declared(name, AttributeDataType::kNumber);
  attribute.number_attribute_constraints = NumberAttributeConstraintsType{min, max};
  return attribute;
}

CreateUserPoolRequest PoolRequest(std::vector<SchemaAttributeType> schema) {
  CreateUserPoolRequest request = FakeIdentityProvider::DefaultTestPoolRequest();
  request.schema = std::move(schema);
  return request;
}

AdminCreateUserRequest Create(const TestPool& pool, const std::string& username,
                              AttributeListType attributes) {
  AdminCreateUserRequest request;
  request.user_pool_id = pool.user_pool_id;
  request.username = username;
  request.user_attributes = std::move(attributes);
  request.message_action = MessageActionType::kSuppress;
  return request;
}

SignUpRequest SignUpWith(const TestPool& pool, const std::string& username,
                         AttributeListType attributes) {
  SignUpRequest request;
  request.client_id = pool.client_id;
  request.username = username;
  request.password = "Passw0rd!";
  request.user_attributes = std::move(attributes);
  return request;
}

// The schema entry `name` of the pool, as DescribeUserPool shows it.
std::optional<SchemaAttributeType> Described(FakeIdentityProvider& fake, const TestPool& pool,
                                             const std::string& name) {
  auto described = fake.DescribeUserPool({pool.user_pool_id});
  if (!described.ok()) return std::nullopt;
  for (const SchemaAttributeType& attribute : described->user_pool->schema_attributes) {
    if (attribute.name == name) return attribute;
  }
  return std::nullopt;
}

// ------------------------------------------------- developer-only attributes

TEST_F(Schema, ADeveloperOnlyAttributeIsDescribedAsDevCustom) {
  TestPool pool = MakePool(PoolRequest({DeveloperOnly("tenant"), Declared("tier")}));
  auto tenant = Described(fake_, pool, "dev:custom:tenant");
  ASSERT_TRUE(tenant.has_value());
  EXPECT_EQ(tenant->developer_only_attribute, true);
  EXPECT_EQ(tenant->attribute_data_type, AttributeDataType::kString);
  EXPECT_FALSE(Described(fake_, pool, "custom:tenant").has_value());
  EXPECT_FALSE(Described(fake_, pool, "dev:tenant").has_value());
  auto tier = Described(fake_, pool, "custom:tier");
  ASSERT_TRUE(tier.has_value());
  EXPECT_EQ(tier->developer_only_attribute, false);
}

TEST_F(Schema, AdministratorsWriteADeveloperOnlyAttributeByItsDevCustomName) {
  TestPool pool = MakePool(PoolRequest({DeveloperOnly("tenant")}));
  ASSERT_OK(fake_.AdminCreateUser(Create(pool, "bob", {{"dev:custom:tenant", "t-1"}})));
  auto user = fake_.AdminGetUser({pool.user_pool_id, "bob"}).value();
  EXPECT_EQ(FindAttribute(user.user_attributes, "dev:custom:tenant"), "t-1");

  ASSERT_OK(fake_.AdminUpdateUserAttributes(
      {pool.user_pool_id, "bob", {{"dev:custom:tenant", "t-2"}}, {}}));
  user = fake_.AdminGetUser({pool.user_pool_id, "bob"}).value();
  EXPECT_EQ(FindAttribute(user.user_attributes, "dev:custom:tenant"), "t-2");
}

TEST_F(Schema, AppClientsMayNotWriteADeveloperOnlyAttribute) {
  // Refused before the schema's checks: the unknown attribute beside it is
  // not named. (UpdateUserAttributes: session_test.cc.)
  TestPool pool = MakePool(PoolRequest({DeveloperOnly("tenant")}));
  constexpr const char* kUnauthorized = "A client attempted to write unauthorized attribute";
  EXPECT_STATUS(
      fake_.SignUp(SignUpWith(pool, "zoe", {{"custom:nope", "x"}, {"dev:custom:tenant", "t-1"}})),
      ErrorCode::kNotAuthorized, kUnauthorized);

  ASSERT_OK(CreateUninvited("iris", {}, "Temp0rary!", &pool));
  EXPECT_STATUS(
      fake_.RespondToAuthChallenge(NewPasswordAnswer(
          "iris", "Temp0rary!",
          {{"userAttributes.custom:nope", "x"}, {"userAttributes.dev:custom:tenant", "t-1"}},
          &pool)),
      ErrorCode::kNotAuthorized, kUnauthorized);
}

TEST_F(Schema, ADeveloperOnlyAttributeHasNoCustomName) {
  TestPool pool = MakePool(PoolRequest({DeveloperOnly("tenant")}));
  EXPECT_STATUS(fake_.AdminCreateUser(Create(pool, "bob", {{"custom:tenant", "t-1"}})),
                ErrorCode::kInvalidParameter,
                std::string(kConform) + "custom:tenant: Attribute does not exist in the schema.\n");
  EXPECT_STATUS(fake_.AdminGetUser({pool.user_pool_id, "bob"}), ErrorCode::kUserNotFound,
                "User does not exist.");
}

TEST_F(Schema, OnlyDevCustomNamesAreDeveloperOnlyAttributes) {
  // What the client-side operations ask before letting a user write an
  // attribute: developer-only ones are for administrators.
  TestPool pool = MakePool(PoolRequest({DeveloperOnly("tenant"), Declared("tier")}));
  const UserPoolType described = *fake_.DescribeUserPool({pool.user_pool_id})->user_pool;
  EXPECT_TRUE(internal::IsDeveloperOnlyAttribute(described, "dev:custom:tenant"));
  EXPECT_FALSE(internal::IsDeveloperOnlyAttribute(described, "custom:tier"));
  EXPECT_FALSE(internal::IsDeveloperOnlyAttribute(described, "custom:tenant"));
  EXPECT_FALSE(internal::IsDeveloperOnlyAttribute(described, "email"));
}

// ------------------------------------------ every offending attribute named

TEST_F(Schema, AdminCreateUserNamesEveryUnknownAttribute) {
  EXPECT_STATUS(
      fake_.AdminCreateUser(Create(
          pool_, "bob", {{"custom:a", "1"}, {"email", "bob@example.com"}, {"custom:b", "2"}})),
      ErrorCode::kInvalidParameter,
      std::string(kConform) +
          "custom:a: Attribute does not exist in the schema.\n"
          "custom:b: Attribute does not exist in the schema.\n");
  EXPECT_STATUS(fake_.AdminGetUser({pool_.user_pool_id, "bob"}), ErrorCode::kUserNotFound,
                "User does not exist.");
}

TEST_F(Schema, SignUpNamesEveryUnknownAttributeAndCreatesNoUser) {
  EXPECT_STATUS(fake_.SignUp(SignUpWith(pool_, "zoe",
                                        {{"custom:firstName", "Zoe"}, {"custom:lastName", "Z"}})),
                ErrorCode::kInvalidParameter,
                std::string(kConform) +
                    "custom:firstName: Attribute does not exist in the schema.\n"
                    "custom:lastName: Attribute does not exist in the schema.\n");
  EXPECT_STATUS(fake_.AdminGetUser({pool_.user_pool_id, "zoe"}), ErrorCode::kUserNotFound,
                "User does not exist.");
  EXPECT_TRUE(fake_.outbox().empty());
}

TEST_F(Schema, AdminUpdateUserAttributesNamesEveryProblemAndChangesNothing) {
  const auto before = fake_.AdminGetUser({pool_.user_pool_id, "alice"}).value();
  EXPECT_STATUS(
      fake_.AdminUpdateUserAttributes(
          {pool_.user_pool_id,
           "alice",
           {{"given_name", "Alice"}, {"custom:a", "1"}, {"sub", "other"}, {"custom:b", "2"}},
           {}}),
      ErrorCode::kInvalidParameter,
      std::string(kConform) +
          "custom:a: Attribute does not exist in the schema.\n"
          "sub: Attribute cannot be updated. (changing an immutable attribute)\n"
          "custom:b: Attribute does not exist in the schema.\n");
  const auto after = fake_.AdminGetUser({pool_.user_pool_id, "alice"}).value();
  EXPECT_EQ(after.user_attributes, before.user_attributes);
  EXPECT_EQ(after.user_last_modified_date, before.user_last_modified_date);
}

TEST_F(Schema, UpdateUserAttributesNamesEveryUnknownAttribute) {
  const std::string token = *SignIn("alice", kPassword).value().access_token;
  UpdateUserAttributesRequest request;
  request.access_token = token;
  request.user_attributes = {{"custom:a", "1"}, {"nickname", "Al"}, {"custom:b", "2"}};
  EXPECT_STATUS(fake_.UpdateUserAttributes(request), ErrorCode::kInvalidParameter,
                std::string(kConform) +
                    "custom:a: Attribute does not exist in the schema.\n"
                    "custom:b: Attribute does not exist in the schema.\n");
  auto user = fake_.AdminGetUser({pool_.user_pool_id, "alice"}).value();
  EXPECT_FALSE(FindAttribute(user.user_attributes, "nickname").has_value());
}

TEST_F(Schema, AnAttributeGivenTwiceIsNamedOnce) {
  EXPECT_STATUS(fake_.AdminCreateUser(Create(pool_, "bob", {{"custom:a", "1"}, {"custom:a", "2"}})),
                ErrorCode::kInvalidParameter,
                std::string(kConform) + "custom:a: Attribute does not exist in the schema.\n");
}

TEST_F(Schema, SchemaProblemsAreReportedBeforeAMalformedEmail) {
  EXPECT_STATUS(
      fake_.AdminCreateUser(Create(pool_, "bob", {{"email", "not-an-email"}, {"custom:a", "1"}})),
      ErrorCode::kInvalidParameter,
      std::string(kConform) + "custom:a: Attribute does not exist in the schema.\n");
  EXPECT_STATUS(fake_.AdminCreateUser(Create(pool_, "bob", {{"email", "not-an-email"}})),
                ErrorCode::kInvalidParameter, "Invalid email address format.");
}

TEST_F(Schema, EveryMissingRequiredAttributeIsNamedInSchemaOrder) {
  SchemaAttributeType name = Declared("name");
  name.required = true;
  SchemaAttributeType family_name = Declared("family_name");
  family_name.required = true;
  TestPool pool = MakePool(PoolRequest({name, family_name}));
  const std::string both = std::string(kConform) +
                           "family_name: The attribute is required\n"
                           "name: The attribute is required\n";
  EXPECT_STATUS(fake_.AdminCreateUser(Create(pool, "bob", {{"email", "bob@example.com"}})),
                ErrorCode::kInvalidParameter, both);
  EXPECT_STATUS(fake_.SignUp(SignUpWith(pool, "bob", {{"name", ""}})), ErrorCode::kInvalidParameter,
                both);
  EXPECT_STATUS(fake_.AdminCreateUser(Create(pool, "bob", {{"name", "Bob"}})),
                ErrorCode::kInvalidParameter,
                std::string(kConform) + "family_name: The attribute is required\n");
  EXPECT_STATUS(fake_.AdminGetUser({pool.user_pool_id, "bob"}), ErrorCode::kUserNotFound,
                "User does not exist.");
  EXPECT_OK(fake_.AdminCreateUser(Create(pool, "bob", {{"name", "Bob"}, {"family_name", "B"}})));
}

// ------------------------------------------- CreateUserPool's constraints

class SchemaRequest : public Schema {
 protected:
  // Expects CreateUserPool with `schema` to fail with `message` and to add
  // no pool.
  void ExpectRefused(std::vector<SchemaAttributeType> schema, const std::string& message) {
    EXPECT_STATUS(fake_.CreateUserPool(PoolRequest(std::move(schema))),
                  ErrorCode::kInvalidParameter, message);
    ListUserPoolsRequest list;
    list.max_results = 60;
    EXPECT_EQ(fake_.ListUserPools(list).value().user_pools.size(), 1u) << "a pool was added";
  }
};

TEST_F(SchemaRequest, StringLengthsMustBeDigits) {
  ExpectRefused({StringWithLengths("code", "abc", std::nullopt)},
                "Invalid StringAttributeConstraints for schema attribute custom:code");
  ExpectRefused({StringWithLengths("code", std::nullopt, "-1")},
                "Invalid StringAttributeConstraints for schema attribute custom:code");
  SchemaAttributeType email = StringWithLengths("email", "0", "ten");
  ExpectRefused({email}, "Invalid StringAttributeConstraints for schema attribute email");
}

TEST_F(SchemaRequest, StringLengthsAreAtMost2048) {
  ExpectRefused({StringWithLengths("code", std::nullopt, "2049")},
                "user.custom:code: String attributes cannot have a length of more than 2048");
  ExpectRefused({StringWithLengths("code", "2049", std::nullopt)},
                "user.custom:code: String attributes cannot have a length of more than 2048");
  ExpectRefused({StringWithLengths("email", "0", "99999999999999999999999")},
                "user.email: String attributes cannot have a length of more than 2048");
  EXPECT_THAT(fake_.CreateUserPool(PoolRequest({StringWithLengths("code", "0", "2048")})), IsOk());
}

TEST_F(SchemaRequest, TheMinimumLengthIsAtMostTheMaximum) {
  ExpectRefused({StringWithLengths("code", "6", "5")},
                "user.custom:code: Max length cannot be less than min length.");
  SchemaAttributeType tenant = StringWithLengths("tenant", "3", "2");
  tenant.developer_only_attribute = true;
  ExpectRefused({tenant}, "user.dev:custom:tenant: Max length cannot be less than min length.");
  EXPECT_THAT(fake_.CreateUserPool(PoolRequest({StringWithLengths("code", "5", "5")})), IsOk());
}

TEST_F(SchemaRequest, NumberBoundsAreDigitsAndInOrder) {
  ExpectRefused({NumberWithRange("level", "-1", std::nullopt)},
                "Invalid NumberAttributeConstraints for schema attribute custom:level");
  ExpectRefused({NumberWithRange("level", std::nullopt, "1.5")},
                "Invalid NumberAttributeConstraints for schema attribute custom:level");
  ExpectRefused({NumberWithRange("level", "11", "10")},
                "user.custom:level: Max value cannot be less than min value.");
  ExpectRefused({NumberWithRange("updated_at", "9", "1")},
                "user.updated_at: Max value cannot be less than min value.");
  EXPECT_THAT(fake_.CreateUserPool(PoolRequest({NumberWithRange("level", "10", "10")})), IsOk());
}

TEST_F(SchemaRequest, AStandardAttributeKeepsItsTypeAndCannotBeDeveloperOnly) {
  ExpectRefused({Declared("email", AttributeDataType::kNumber)},
                "You can not change AttributeDataType or set developerOnlyAttribute for standard "
                "schema attribute email");
  ExpectRefused({DeveloperOnly("email")},
                "You can not change AttributeDataType or set developerOnlyAttribute for standard "
                "schema attribute email");
  SchemaAttributeType email = Declared("email");
  email.required = true;
  TestPool pool = MakePool(PoolRequest({email}));
  EXPECT_EQ(Described(fake_, pool, "email")->required, true);
  EXPECT_FALSE(Described(fake_, pool, "custom:email").has_value());
}

TEST_F(SchemaRequest, ANameIsDeclaredOnce) {
  ExpectRefused({Declared("code"), Declared("code")}, "Duplicate schema attribute: code");
  ExpectRefused({Declared("email"), Declared("email")}, "Duplicate schema attribute: email");
  ExpectRefused({Declared("code"), DeveloperOnly("code")}, "Duplicate schema attribute: code");
}

TEST_F(SchemaRequest, CustomAttributesCannotBeRequired) {
  SchemaAttributeType code = Declared("code");
  code.required = true;
  ExpectRefused({code}, "Required custom attributes are not supported currently.");
}

TEST_F(SchemaRequest, TheFirstProblemInTheRequestIsReported) {
  ExpectRefused({StringWithLengths("b", "2", "1"), StringWithLengths("a", "x", std::nullopt)},
                "user.custom:b: Max length cannot be less than min length.");
}

TEST_F(SchemaRequest, CustomNamesFollowTheModel) {
  // Length (1-20) and characters are the model's constraints, reported as
  // the service's validation errors.
  EXPECT_THAT(fake_.CreateUserPool(PoolRequest({Declared("has space")})),
              StatusIs(ErrorCode::kInvalidParameter,
                       "1 validation error detected: Value 'has space' at 'schema.1.member.name' "
                       "failed to satisfy constraint: Member must satisfy regular expression "
                       "pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+"));
  EXPECT_THAT(fake_.CreateUserPool(PoolRequest({Declared(std::string(21, 'n'))})),
              StatusIs(ErrorCode::kInvalidParameter,
                       "1 validation error detected: Value 'nnnnnnnnnnnnnnnnnnnnn' at "
                       "'schema.1.member.name' failed to satisfy constraint: Member must have "
                       "length less than or equal to 20"));
  // A declared "custom:x" is not shortened: the pool calls it custom:custom:x.
  TestPool pool = MakePool(PoolRequest({Declared("custom:x")}));
  EXPECT_TRUE(Described(fake_, pool, "custom:custom:x").has_value());
}

TEST_F(SchemaRequest, FiftyCustomAttributesAreTheMost) {
  std::vector<SchemaAttributeType> fifty;
  for (int i = 0; i < 50; ++i) fifty.push_back(Declared("a" + std::to_string(i)));
  TestPool pool = MakePool(PoolRequest(fifty));
  EXPECT_TRUE(Described(fake_, pool, "custom:a0").has_value());
  EXPECT_TRUE(Described(fake_, pool, "custom:a49").has_value());
  fifty.push_back(Declared("a50"));
  EXPECT_THAT(fake_.CreateUserPool(PoolRequest(fifty)),
              StatusIs(ErrorCode::kInvalidParameter,
                       "1 validation error detected: Value at 'schema' failed to satisfy "
                       "constraint: Member must have length less than or equal to 50"));
}

TEST_F(SchemaRequest, EachAttributeKeepsOnlyTheConstraintsOfItsType) {
  SchemaAttributeType text = StringWithLengths("text", "1", "9");
  text.number_attribute_constraints = NumberAttributeConstraintsType{"1", "9"};
  SchemaAttributeType number = NumberWithRange("number", "1", "9");
  number.string_attribute_constraints = StringAttributeConstraintsType{"1", "9"};
  SchemaAttributeType flag = Declared("flag", AttributeDataType::kBoolean);
  flag.string_attribute_constraints = StringAttributeConstraintsType{"1", "9"};
  flag.number_attribute_constraints = NumberAttributeConstraintsType{"1", "9"};
  TestPool pool = MakePool(PoolRequest({text, number, flag}));

  auto described_text = Described(fake_, pool, "custom:text").value();
  ASSERT_TRUE(described_text.string_attribute_constraints.has_value());
  EXPECT_EQ(described_text.string_attribute_constraints->max_length, "9");
  EXPECT_FALSE(described_text.number_attribute_constraints.has_value());
  auto described_number = Described(fake_, pool, "custom:number").value();
  ASSERT_TRUE(described_number.number_attribute_constraints.has_value());
  EXPECT_EQ(described_number.number_attribute_constraints->max_value, "9");
  EXPECT_FALSE(described_number.string_attribute_constraints.has_value());
  auto described_flag = Described(fake_, pool, "custom:flag").value();
  EXPECT_FALSE(described_flag.string_attribute_constraints.has_value());
  EXPECT_FALSE(described_flag.number_attribute_constraints.has_value());
}

// ------------------------------------------------- values and constraints

class SchemaValues : public Schema {
 protected:
  void SetUp() override {
    Schema::SetUp();
    pool_with_constraints_ = MakePool(
        PoolRequest({StringWithLengths("code", "3", "5"), NumberWithRange("level", "1", "10"),
                     Declared("count", AttributeDataType::kNumber),
                     Declared("flag", AttributeDataType::kBoolean)}));
  }
  StatusOr<AdminCreateUserResponse> CreateWith(AttributeListType attributes) {
    return fake_.AdminCreateUser(Create(pool_with_constraints_, "bob", std::move(attributes)));
  }
  TestPool pool_with_constraints_;
};

TEST_F(SchemaValues, AStringLongerThanMaxLengthIsRefused) {
  EXPECT_STATUS(
      CreateWith({{"custom:code", "123456"}}), ErrorCode::kInvalidParameter,
      std::string(kConform) + "custom:code: Attribute value exceeds the maximum length of 5.\n");
  EXPECT_STATUS(fake_.AdminGetUser({pool_with_constraints_.user_pool_id, "bob"}),
                ErrorCode::kUserNotFound, "User does not exist.");
  // Lengths count characters (UTF-16 units), not bytes.
  EXPECT_THAT(CreateWith({{"custom:code", "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"}}), IsOk());
}

TEST_F(SchemaValues, AStringShorterThanMinLengthIsRefusedButEmptyClears) {
  EXPECT_STATUS(CreateWith({{"custom:code", "12"}}), ErrorCode::kInvalidParameter,
                std::string(kConform) +
                    "custom:code: Attribute value is shorter than the minimum length of 3.\n");
  EXPECT_THAT(CreateWith({{"custom:code", ""}}), IsOk());
}

TEST_F(SchemaValues, ANumberAttributeTakesIntegersInItsRange) {
  EXPECT_STATUS(CreateWith({{"custom:level", "high"}}), ErrorCode::kInvalidParameter,
                std::string(kConform) + "custom:level: Attribute value must be a number.\n");
  EXPECT_STATUS(
      CreateWith({{"custom:level", "11"}}), ErrorCode::kInvalidParameter,
      std::string(kConform) + "custom:level: Attribute value exceeds the maximum value of 10.\n");
  EXPECT_STATUS(CreateWith({{"custom:level", "0"}}), ErrorCode::kInvalidParameter,
                std::string(kConform) +
                    "custom:level: Attribute value is less than the minimum value of 1.\n");
  EXPECT_STATUS(CreateWith({{"custom:level", "-3"}}), ErrorCode::kInvalidParameter,
                std::string(kConform) +
                    "custom:level: Attribute value is less than the minimum value of 1.\n");
  EXPECT_STATUS(CreateWith({{"custom:count", "1e3"}}), ErrorCode::kInvalidParameter,
                std::string(kConform) + "custom:count: Attribute value must be a number.\n");
  EXPECT_THAT(CreateWith({{"custom:level", "010"},
                          {"custom:count", "-123456789012345678901234567890"},
                          {"custom:flag", "true"}}),
              IsOk());
}

TEST_F(SchemaValues, EveryKindOfProblemIsListedInOneMessage) {
  EXPECT_STATUS(CreateWith({{"custom:code", "1234567"},
                            {"custom:nope", "x"},
                            {"custom:level", "ten"},
                            {"custom:count", "7"}}),
                ErrorCode::kInvalidParameter,
                std::string(kConform) +
                    "custom:code: Attribute value exceeds the maximum length of 5.\n"
                    "custom:nope: Attribute does not exist in the schema.\n"
                    "custom:level: Attribute value must be a number.\n");
}

TEST_F(SchemaValues, AdminUpdateUserAttributesChecksValuesAndChangesNothing) {
  ASSERT_OK(CreateWith({{"custom:code", "abc"}}));
  const std::string pool_id = pool_with_constraints_.user_pool_id;
  const auto before = fake_.AdminGetUser({pool_id, "bob"}).value();
  EXPECT_STATUS(
      fake_.AdminUpdateUserAttributes(
          {pool_id, "bob", {{"custom:code", "abcdef"}, {"custom:level", "5"}}, {}}),
      ErrorCode::kInvalidParameter,
      std::string(kConform) + "custom:code: Attribute value exceeds the maximum length of 5.\n");
  const auto after = fake_.AdminGetUser({pool_id, "bob"}).value();
  EXPECT_EQ(after.user_attributes, before.user_attributes);
  ASSERT_OK(fake_.AdminUpdateUserAttributes({pool_id, "bob", {{"custom:level", "5"}}, {}}));
  EXPECT_EQ(FindAttribute(fake_.AdminGetUser({pool_id, "bob"})->user_attributes, "custom:level"),
            "5");
}

TEST_F(SchemaValues, SignUpChecksValues) {
  EXPECT_STATUS(
      fake_.SignUp(SignUpWith(pool_with_constraints_, "zoe",
                              {{"email", "zoe@example.com"}, {"custom:level", "99"}})),
      ErrorCode::kInvalidParameter,
      std::string(kConform) + "custom:level: Attribute value exceeds the maximum value of 10.\n");
  EXPECT_STATUS(fake_.AdminGetUser({pool_with_constraints_.user_pool_id, "zoe"}),
                ErrorCode::kUserNotFound, "User does not exist.");
  EXPECT_TRUE(fake_.outbox().empty());
  EXPECT_THAT(fake_.SignUp(SignUpWith(pool_with_constraints_, "zoe",
                                      {{"email", "zoe@example.com"}, {"custom:level", "9"}})),
              IsOk());
}

TEST_F(SchemaValues, StandardAttributesAreNotHeldToTheirDescribedLengths) {
  // birthdate is described with lengths 10..10; its format is not modelled.
  EXPECT_THAT(CreateWith({{"birthdate", "1990"}}), IsOk());
}

}  // namespace
}  // namespace cognito_fake
