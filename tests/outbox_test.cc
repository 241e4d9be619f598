// Outbox and FakeClock.

#include <cognito_fake/clock.h>
#include <cognito_fake/outbox.h>

#include <gtest/gtest.h>

#include <sstream>

namespace cognito_fake {
namespace {

Message MakeMessage(const std::string& pool, const std::string& user, const std::string& code,
                    MessageOccasion occasion = MessageOccasion::kForgotPassword) {
  Message message;
  message.user_pool_id = pool;
  message.username = user;
  message.code = code;
  message.destination = user + "@example.com";
  message.occasion = occasion;
  return message;
}

TEST(Outbox, NumbersMessagesInSendingOrder) {
  Outbox outbox;
  outbox.Record(MakeMessage("p", "a", "1"));
  outbox.Record(MakeMessage("p", "b", "2"));
  auto all = outbox.Peek();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].sequence, 1u);
  EXPECT_EQ(all[1].sequence, 2u);
  EXPECT_EQ(outbox.Last()->code, "2");
}

TEST(Outbox, DrainEmptiesItAndSequenceNumbersKeepCounting) {
  Outbox outbox;
  outbox.Record(MakeMessage("p", "a", "1"));
  EXPECT_EQ(outbox.Drain().size(), 1u);
  EXPECT_TRUE(outbox.empty());
  EXPECT_FALSE(outbox.Last().has_value());
  outbox.Record(MakeMessage("p", "a", "2"));
  EXPECT_EQ(outbox.Last()->sequence, 2u);
}

TEST(Outbox, FiltersByUserAndOccasion) {
  Outbox outbox;
  outbox.Record(MakeMessage("p", "a", "1", MessageOccasion::kSignUp));
  outbox.Record(MakeMessage("p", "b", "2"));
  outbox.Record(MakeMessage("q", "a", "3"));
  outbox.Record(MakeMessage("p", "a", "4", MessageOccasion::kAdminResetUserPassword));
  EXPECT_EQ(outbox.LastFor("p", "a")->code, "4");
  EXPECT_EQ(outbox.LastFor("q", "a")->code, "3");
  EXPECT_FALSE(outbox.LastFor("p", "c").has_value());
  EXPECT_EQ(outbox.For("p", "a").size(), 2u);
  ASSERT_EQ(outbox.WithOccasion(MessageOccasion::kSignUp).size(), 1u);
  EXPECT_EQ(outbox.WithOccasion(MessageOccasion::kSignUp)[0].code, "1");
  outbox.Clear();
  EXPECT_EQ(outbox.size(), 0u);
}

TEST(Outbox, MessagesPrintReadably) {
  Message message = MakeMessage("us-east-1_Abc", "alice", "123456", MessageOccasion::kAdminResetUserPassword);
  message.sequence = 3;
  message.client_metadata = {{"k", "v"}};
  std::ostringstream os;
  os << message;
  EXPECT_EQ(os.str(),
            "Message #3 {AdminResetUserPassword EMAIL to alice@example.com for us-east-1_Abc/alice, "
            "code \"123456\", ClientMetadata {k=v}}");
}

TEST(FakeClock, StartsAtTheDefaultEpochAndMovesOnlyWhenTold) {
  FakeClock clock;
  EXPECT_EQ(clock.Now(), FakeClock::DefaultStart());
  EXPECT_EQ(std::chrono::duration_cast<std::chrono::seconds>(clock.Now().time_since_epoch()).count(),
            1704067200);
  clock.Advance(std::chrono::minutes(90));
  EXPECT_EQ(clock.Now(), FakeClock::DefaultStart() + std::chrono::minutes(90));
  clock.Advance(std::chrono::seconds(-5));
  EXPECT_EQ(clock.Now(), FakeClock::DefaultStart() + std::chrono::minutes(90)) << "never backwards";
  clock.Set(FakeClock::DefaultStart());
  EXPECT_EQ(clock.Now(), FakeClock::DefaultStart());
}

}  // namespace
}  // namespace cognito_fake
