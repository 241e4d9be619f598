#include <cognito_fake/errors.h>
#include <cognito_fake/fake_identity_provider.h>
#include <cognito_fake/fake_state.h>
#include <cognito_fake/iam.h>
#include <cognito_fake/loopback_server.h>
#include <cognito_fake/testing/matchers.h>
#include <cognito_fake/wire_client.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "support/fake_test_util.h"
#include "support/wire_scenario.h"

namespace cognito_fake {
namespace {

using ::cognito_fake_testing::StatusIs;
using Json = nlohmann::json;

TEST(LoopbackServer, BindsAnEphemeralLoopbackPort) {
  FakeIdentityProvider fake;
  auto server = LoopbackServer::Start(fake);
  ASSERT_OK(server);
  EXPECT_GT((*server)->port(), 0);
  EXPECT_EQ((*server)->url(), "http://127.0.0.1:" + std::to_string((*server)->port()));
  (*server)->Stop();
  (*server)->Stop();  // idempotent
}

TEST(LoopbackServer, EveryOperationBehavesTheSameOverHttpAsDirectly) {
  FakeIdentityProvider direct(FakeOptions().WithSeed(5).WithStartTime(FakeClock::DefaultStart()));
  FakeIdentityProvider served(FakeOptions().WithSeed(5).WithStartTime(FakeClock::DefaultStart()));
  auto server = LoopbackServer::Start(served);
  ASSERT_OK(server);
  WireClient client(HttpTransport((*server)->url()));

  const auto expected = testing_util::RunEveryOperation(direct, direct);
  const auto actual = testing_util::RunEveryOperation(client, served);
  ASSERT_EQ(actual.lines.size(), expected.lines.size());
  for (std::size_t i = 0; i < expected.lines.size(); ++i) {
    EXPECT_EQ(actual.lines[i], expected.lines[i]) << "call " << i;
  }
  EXPECT_EQ(actual.successes.size(), AllOperations().size());
}

TEST(LoopbackServer, SavesAfterEachChangingRequestAndAnswers500WhenTheSaveFails) {
  FakeIdentityProvider fake(FakeOptions().WithStartTime(FakeClock::DefaultStart()));
  std::atomic<int> saves{0};
  std::atomic<bool> fail{false};
  LoopbackServerOptions options;
  options.wire.auth = WireAuthMode::kOff;
  options.after_change = [&] {
    ++saves;
    return fail ? Status(ErrorCode::kInternalError, "disk full") : Status();
  };
  auto server = LoopbackServer::Start(fake, options);
  ASSERT_OK(server);
  httplib::Client http((*server)->url());
  const auto call = [&http](const std::string& target, const std::string& body) {
    return http.Post("/", {{"X-Amz-Target", "AWSCognitoIdentityProviderService." + target}}, body,
                     "application/x-amz-json-1.1");
  };
  ASSERT_EQ(call("CreateUserPool", R"({"PoolName":"p"})")->status, 200);
  EXPECT_EQ(saves, 1);
  // Reads of the control routes save nothing; the routes that change do.
  ASSERT_EQ(http.Get("/_cognito_fake/state")->status, 200);
  ASSERT_EQ(http.Get("/_cognito_fake/messages")->status, 200);
  EXPECT_EQ(saves, 1);
  ASSERT_EQ(http.Post("/_cognito_fake/clock?advance_seconds=1", "", "application/json")->status,
            200);
  ASSERT_EQ(http.Get("/_cognito_fake/messages?drain=true")->status, 200);
  ASSERT_EQ(http.Post("/_cognito_fake/reset", "", "application/json")->status, 200);
  EXPECT_EQ(saves, 4);

  fail = true;
  auto refused = call("CreateUserPool", R"({"PoolName":"q"})");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 500);
  const Json body = Json::parse(refused->body);
  EXPECT_EQ(body["__type"], "InternalErrorException");
  EXPECT_EQ(body["message"], "the change was made but not saved: disk full");
  EXPECT_EQ(refused->get_header_value_count("x-amzn-RequestId"), 1u);
}

class ServedFake : public FakeTest {
 protected:
  void SetUp() override {
    FakeTest::SetUp();
    LoopbackServerOptions options;
    options.on_message = [this](const Message&) { ++observed_; };
    auto server = LoopbackServer::Start(fake_, options);
    ASSERT_OK(server);
    server_ = *std::move(server);
    http_ = std::make_unique<httplib::Client>(server_->url());
  }

  // A POST with a well-formed SigV4 header, which the server's default
  // mode (WireAuthMode::kSigned) asks of the IAM operations without
  // checking the signature.
  httplib::Result Post(const std::string& target, const std::string& body,
                       const std::string& target_header = "X-Amz-Target") {
    return http_->Post("/",
                       {{target_header, "AWSCognitoIdentityProviderService." + target},
                        {"X-Amz-Date", "20240101T000000Z"},
                        {"Authorization", kAnySignature}},
                       body, "application/x-amz-json-1.1");
  }
  static constexpr char kAnySignature[] =
      "AWS4-HMAC-SHA256 Credential=x/20240101/us-east-1/cognito-idp/aws4_request, "
      "SignedHeaders=host, Signature=deadbeef";

  std::atomic<int> observed_{0};
  std::unique_ptr<LoopbackServer> server_;
  std::unique_ptr<httplib::Client> http_;
};

TEST_F(ServedFake, RoutesOnTheTargetHeaderInAnyCaseAndAcceptsAnySignatureByDefault) {
  const std::string body = R"({"UserPoolId":")" + pool_.user_pool_id + R"(","Username":"alice"})";
  for (const std::string header : {"X-Amz-Target", "x-amz-target", "X-AMZ-TARGET"}) {
    auto result = Post("AdminGetUser", body, header);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200) << header;
    EXPECT_EQ(Json::parse(result->body)["Username"], "alice");
    EXPECT_EQ(result->get_header_value("x-amzn-requestid").size(), 36u);
  }
}

TEST_F(ServedFake, AnUnsignedAdminResetIsRefusedByDefaultAndChangesNothing) {
  const std::string before = ExportState(fake_);
  auto result = http_->Post(
      "/", {{"X-Amz-Target", "AWSCognitoIdentityProviderService.AdminResetUserPassword"}},
      R"({"UserPoolId":")" + pool_.user_pool_id + R"(","Username":"alice"})",
      "application/x-amz-json-1.1");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 400);
  EXPECT_EQ(result->get_header_value("x-amzn-ErrorType"), "MissingAuthenticationTokenException");
  EXPECT_EQ(Json::parse(result->body)["message"], "Missing Authentication Token");
  EXPECT_EQ(ExportState(fake_), before);
  // A public operation needs no signature.
  auto forgot =
      http_->Post("/", {{"X-Amz-Target", "AWSCognitoIdentityProviderService.ForgotPassword"}},
                  R"({"ClientId":")" + pool_.client_id + R"(","Username":"alice"})",
                  "application/x-amz-json-1.1");
  ASSERT_TRUE(forgot);
  EXPECT_EQ(forgot->status, 200) << forgot->body;
}

TEST_F(ServedFake, IdentitiesLoadOverTheControlRoute) {
  IamRegistry iam;
  LoopbackServerOptions options;
  options.wire.auth = WireAuthMode::kVerify;
  options.iam = &iam;
  auto server = LoopbackServer::Start(fake_, options);
  ASSERT_OK(server);
  httplib::Client http((*server)->url());
  auto loaded = http.Put("/_cognito_fake/iam", R"({"Identities": [{"AccessKeyId": "AKIDADMIN",
      "SecretAccessKey": "s", "Principal": "arn:aws:iam::123456789012:root"}]})",
                         "application/json");
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->status, 200) << loaded->body;
  EXPECT_TRUE(iam.Find("AKIDADMIN").has_value());
  auto refused = http.Put("/_cognito_fake/iam", "{not json", "application/json");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 400);
  EXPECT_EQ(Json::parse(refused->body)["__type"], "InvalidParameterException");

  HttpTransportOptions signing;
  signing.credentials = AwsCredentials{"AKIDADMIN", "s", ""};
  signing.clock = &fake_.clock();
  WireClient admin(HttpTransport((*server)->url(), signing));
  EXPECT_OK(admin.AdminGetUser({pool_.user_pool_id, "alice"}));
  signing.credentials->secret_access_key = "wrong";
  WireClient wrong(HttpTransport((*server)->url(), signing));
  EXPECT_THAT(wrong.AdminGetUser({pool_.user_pool_id, "alice"}),
              StatusIs(ErrorCode::kInvalidSignature));
}

TEST_F(ServedFake, ErrorsArriveWithStatusTypeHeaderAndBody) {
  auto result = Post("AdminResetUserPassword",
                     R"({"UserPoolId":")" + pool_.user_pool_id + R"(","Username":"nobody"})");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 400);
  EXPECT_EQ(result->get_header_value("x-amzn-ErrorType"), "UserNotFoundException");
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/x-amz-json-1.1");
  EXPECT_EQ(Json::parse(result->body)["message"], "User does not exist.");
}

TEST_F(ServedFake, ControlRoutesExposeMessagesAndCodes) {
  ASSERT_EQ(
      Post("AdminResetUserPassword", R"({"UserPoolId":")" + pool_.user_pool_id +
                                         R"(","Username":"alice","ClientMetadata":{"k":"v"}})")
          ->status,
      200);
  EXPECT_EQ(observed_.load(), 1);
  auto messages = http_->Get("/_cognito_fake/messages");
  ASSERT_TRUE(messages);
  const Json list = Json::parse(messages->body);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["Destination"], "alice@example.com");
  EXPECT_EQ(list[0]["Occasion"], "AdminResetUserPassword");
  EXPECT_EQ(list[0]["ClientMetadata"]["k"], "v");
  EXPECT_EQ(list[0]["Code"], LastCode("alice"));

  auto code = http_->Get(
      ("/_cognito_fake/code?UserPoolId=" + pool_.user_pool_id + "&Username=alice").c_str());
  ASSERT_TRUE(code);
  EXPECT_EQ(Json::parse(code->body)["Code"], LastCode("alice"));
  EXPECT_EQ(
      http_->Get(("/_cognito_fake/code?UserPoolId=" + pool_.user_pool_id + "&Username=bob").c_str())
          ->status,
      404);

  auto drained = http_->Get("/_cognito_fake/messages?drain=true");
  EXPECT_EQ(Json::parse(drained->body).size(), 1u);
  EXPECT_TRUE(fake_.outbox().empty());
}

TEST_F(ServedFake, TheMessagesRouteSaysHowManyMessagesTheOutboxCapacityLetGo) {
  fake_.outbox().SetCapacity(1);
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(Post("AdminResetUserPassword",
                   R"({"UserPoolId":")" + pool_.user_pool_id + R"(","Username":"alice"})")
                  ->status,
              200);
  }
  auto messages = http_->Get("/_cognito_fake/messages");
  ASSERT_TRUE(messages);
  EXPECT_EQ(Json::parse(messages->body).size(), 1u);
  EXPECT_EQ(messages->get_header_value("X-Cognito-Fake-Dropped"), "2");
}

TEST_F(ServedFake, ResetReturnsToTheStartingStateAndTheClockCanAdvance) {
  ASSERT_EQ(Post("AdminDeleteUser",
                 R"({"UserPoolId":")" + pool_.user_pool_id + R"(","Username":"alice"})")
                ->status,
            200);
  auto advanced = http_->Post("/_cognito_fake/clock?advance_seconds=3600", "", "application/json");
  ASSERT_TRUE(advanced);
  EXPECT_EQ(advanced->status, 200);
  EXPECT_EQ(fake_.clock().Now(), FakeClock::DefaultStart() + std::chrono::hours(1));
  EXPECT_EQ(
      http_->Post("/_cognito_fake/clock?advance_seconds=soon", "", "application/json")->status,
      400);

  ASSERT_EQ(http_->Post("/_cognito_fake/reset", "", "application/json")->status, 200);
  EXPECT_OK(fake_.AdminGetUser({pool_.user_pool_id, "alice"}));
  EXPECT_EQ(fake_.clock().Now(), FakeClock::DefaultStart());
}

TEST_F(ServedFake, MovingTheClockForgetsWhatEndedMeanwhile) {
  ASSERT_OK(fake_.SignIn(pool_, "alice", "Passw0rd!"));
  ASSERT_OK(fake_.ForgotPassword({pool_.client_id, std::nullopt, "alice", {}}));
  const RetainedRecords before = fake_.Retained();
  EXPECT_EQ(before.sign_ins, 1u);
  EXPECT_EQ(before.users_with_activity, 1u);
  // 31 days: the refresh token's 30, then the day its last access token may live.
  ASSERT_EQ(
      http_->Post("/_cognito_fake/clock?advance_seconds=2678400", "", "application/json")->status,
      200);
  const RetainedRecords after = fake_.Retained();
  EXPECT_EQ(after.sign_ins, 0u);
  EXPECT_EQ(after.users_with_activity, 0u);
  EXPECT_EQ(after.scheduled_sweeps, 0u);
}

TEST_F(ServedFake, EachPoolsKeysAndOpenIdConfigurationAreWhereCognitoServesThem) {
  auto jwks = http_->Get("/" + pool_.user_pool_id + "/.well-known/jwks.json");
  ASSERT_TRUE(jwks);
  EXPECT_EQ(jwks->status, 200);
  EXPECT_EQ(jwks->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(jwks->body, fake_.Jwks(pool_.user_pool_id).value());
  auto config = http_->Get("/" + pool_.user_pool_id + "/.well-known/openid-configuration");
  ASSERT_TRUE(config);
  EXPECT_EQ(config->status, 200);
  EXPECT_EQ(Json::parse(config->body)["jwks_uri"], "https://cognito-idp.us-east-1.amazonaws.com/" +
                                                       pool_.user_pool_id +
                                                       "/.well-known/jwks.json");
  for (const char* path : {"/us-east-1_Unknown00/.well-known/jwks.json",
                           "/us-east-1_Unknown00/.well-known/openid-configuration"}) {
    auto unknown = http_->Get(path);
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 404) << path;
    EXPECT_EQ(Json::parse(unknown->body)["__type"], "ResourceNotFoundException") << path;
  }
}

TEST_F(ServedFake, StateCanBeReadAndReplaced) {
  auto state = http_->Get("/_cognito_fake/state");
  ASSERT_TRUE(state);
  EXPECT_EQ(state->status, 200);
  ASSERT_OK(fake_.AdminDeleteUser({pool_.user_pool_id, "alice"}));
  auto put = http_->Put("/_cognito_fake/state", state->body, "application/json");
  EXPECT_EQ(put->status, 200);
  EXPECT_OK(fake_.AdminGetUser({pool_.user_pool_id, "alice"}));
  EXPECT_EQ(http_->Put("/_cognito_fake/state", "{}", "application/json")->status, 400);
}

TEST_F(ServedFake, ServesConcurrentClients) {
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      WireClient client(HttpTransport(server_->url()));
      for (int i = 0; i < 25; ++i) {
        if (client.AdminGetUser({pool_.user_pool_id, "alice"}).ok()) ++ok;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(ok.load(), 100);
}

TEST(HttpTransport, AnUnreachableEndpointIsAnInternalError) {
  WireClient client(HttpTransport("http://127.0.0.1:1"));
  const auto result = client.AdminGetUser({"us-east-1_abc", "alice"});
  EXPECT_EQ(result.status().code(), ErrorCode::kInternalError);
  EXPECT_NE(result.status().message().find("cannot reach http://127.0.0.1:1"), std::string::npos)
      << result.status();
}

}  // namespace
}  // namespace cognito_fake
