// Outbox and FakeClock.

#include <cognito_fake/clock.h>
#include <cognito_fake/outbox.h>
#include <gtest/gtest.h>

#include <chrono>
#include <sstream>
#include <string>
#include <vector>

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

TEST(Outbox, ACapacityKeepsTheNewestMessagesAndCountsTheOthers) {
  Outbox outbox;
  EXPECT_EQ(outbox.capacity(), 0u);
  outbox.SetCapacity(2);
  for (const char* code : {"1", "2", "3", "4"}) outbox.Record(MakeMessage("p", "a", code));
  const std::vector<Message> kept = outbox.Peek();
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].code, "3");
  EXPECT_EQ(kept[0].sequence, 3u);  // numbering goes on across what was let go
  EXPECT_EQ(kept[1].code, "4");
  EXPECT_EQ(outbox.dropped(), 2u);
  EXPECT_EQ(outbox.capacity(), 2u);
  EXPECT_EQ(outbox.LastFor("p", "a")->code, "4");
  // Draining or clearing lets nothing go by capacity.
  EXPECT_EQ(outbox.Drain().size(), 2u);
  EXPECT_EQ(outbox.dropped(), 2u);
}

TEST(Outbox, LoweringTheCapacityLetsTheOldestGoAtOnceAndZeroKeepsEverything) {
  Outbox outbox;
  for (const char* code : {"1", "2", "3"}) outbox.Record(MakeMessage("p", "a", code));
  outbox.SetCapacity(1);
  ASSERT_EQ(outbox.size(), 1u);
  EXPECT_EQ(outbox.Last()->code, "3");
  EXPECT_EQ(outbox.dropped(), 2u);
  outbox.SetCapacity(0);
  for (const char* code : {"4", "5", "6"}) outbox.Record(MakeMessage("p", "a", code));
  EXPECT_EQ(outbox.size(), 4u);
  EXPECT_EQ(outbox.dropped(), 2u);
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

// Every member of `Message`, compared one by one so a failure names it.
void ExpectSameMessage(const Message& actual, const Message& expected) {
  EXPECT_EQ(actual.sequence, expected.sequence);
  EXPECT_EQ(actual.user_pool_id, expected.user_pool_id);
  EXPECT_EQ(actual.client_id, expected.client_id);
  EXPECT_EQ(actual.username, expected.username);
  EXPECT_EQ(actual.medium, expected.medium);
  EXPECT_EQ(actual.destination, expected.destination);
  EXPECT_EQ(actual.subject, expected.subject);
  EXPECT_EQ(actual.body, expected.body);
  EXPECT_EQ(actual.code, expected.code);
  EXPECT_EQ(actual.occasion, expected.occasion);
  EXPECT_EQ(actual.trigger_source, expected.trigger_source);
  EXPECT_EQ(actual.client_metadata, expected.client_metadata);
  EXPECT_EQ(actual.code_delivery_details, expected.code_delivery_details);
  EXPECT_EQ(actual.sent_at, expected.sent_at);
  EXPECT_EQ(actual.delivered, expected.delivered);
  EXPECT_EQ(actual.not_delivered_reason, expected.not_delivered_reason);
  EXPECT_EQ(actual.failed_with, expected.failed_with);
}

// A message with every optional member set, each text distinct.
Message FullMessage() {
  Message message;
  message.user_pool_id = "us-east-1_Abcdefghi";
  message.client_id = "1example23456789abcdefghij";
  message.username = "alice";
  message.medium = DeliveryMediumType::kSms;
  message.destination = "+15555550100";
  message.subject = "Your code";
  message.body = std::string(300, 'b') + " 123456";
  message.code = "123456";
  message.occasion = MessageOccasion::kAdminResetUserPassword;
  message.trigger_source = "CustomMessage_ForgotPassword";
  message.client_metadata = {{"agent", "bob"}, {"ticket", "HD-1"}};
  message.code_delivery_details =
      CodeDeliveryDetailsType{"+*******0100", DeliveryMediumType::kSms, "phone_number"};
  message.sent_at = FakeClock::DefaultStart() + std::chrono::milliseconds(1234);
  message.delivered = false;
  message.not_delivered_reason = "SNS sandbox";
  message.failed_with = "InvalidSmsRoleAccessPolicyException";
  return message;
}

TEST(Outbox, GivesBackEveryMemberOfAMessageAsRecorded) {
  Outbox outbox;
  Message full = FullMessage();
  outbox.Record(full);
  full.sequence = 1;
  ExpectSameMessage(outbox.Peek().at(0), full);
  ExpectSameMessage(outbox.Last().value(), full);
  ExpectSameMessage(outbox.LastFor(full.user_pool_id, full.username).value(), full);
  ExpectSameMessage(outbox.For(full.user_pool_id, full.username).at(0), full);
  ExpectSameMessage(outbox.WithMedium(DeliveryMediumType::kSms).at(0), full);
  ExpectSameMessage(outbox.WithOccasion(full.occasion).at(0), full);
  ExpectSameMessage(outbox.Drain().at(0), full);
}

TEST(Outbox, KeepsAnAbsentMemberApartFromAnEmptyOne) {
  Outbox outbox;
  Message absent;  // every optional member unset, every text empty
  outbox.Record(absent);
  Message empty;
  empty.client_id = "";
  empty.subject = "";
  empty.failed_with = "";
  empty.code_delivery_details = CodeDeliveryDetailsType{"", std::nullopt, ""};
  outbox.Record(empty);
  Message details_unset;
  details_unset.code_delivery_details = CodeDeliveryDetailsType{};
  outbox.Record(details_unset);
  const std::vector<Message> messages = outbox.Peek();
  ASSERT_EQ(messages.size(), 3u);
  absent.sequence = 1;
  empty.sequence = 2;
  details_unset.sequence = 3;
  ExpectSameMessage(messages[0], absent);
  ExpectSameMessage(messages[1], empty);
  ExpectSameMessage(messages[2], details_unset);
}

// A message whose texts tell which it is: `i`'s body has `body_size`
// characters.
Message NumberedMessage(int i, std::size_t body_size) {
  Message message = MakeMessage("pool", "user" + std::to_string(i), std::to_string(100000 + i));
  message.body = std::string(body_size, static_cast<char>('a' + i % 26));
  message.subject = "subject " + std::to_string(i);
  return message;
}

void ExpectNumberedMessages(const std::vector<Message>& messages, int first, int count,
                            std::size_t body_size) {
  ASSERT_EQ(messages.size(), static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    const Message expected = NumberedMessage(first + i, body_size);
    ASSERT_EQ(messages[i].username, expected.username) << i;
    ASSERT_EQ(messages[i].code, expected.code) << i;
    ASSERT_EQ(messages[i].body, expected.body) << i;
    ASSERT_EQ(messages[i].subject, expected.subject) << i;
  }
}

TEST(Outbox, MessagesAfterAClearOrADrainReadBackWholeAndKeepTheirNumbering) {
  Outbox outbox;
  constexpr int kCount = 1000;
  std::vector<Message> drained;
  for (int round = 0; round < 4; ++round) {
    const int first = round * kCount;
    for (int i = 0; i < kCount; ++i) outbox.Record(NumberedMessage(first + i, 200 - 10 * round));
    ExpectNumberedMessages(outbox.Peek(), first, kCount, 200 - 10 * round);
    if (round % 2 == 0) {
      outbox.Clear();
      EXPECT_TRUE(outbox.empty());
    } else {
      std::vector<Message> taken = outbox.Drain();
      ExpectNumberedMessages(taken, first, kCount, 200 - 10 * round);
      if (round == 1) drained = std::move(taken);
    }
  }
  ExpectNumberedMessages(drained, kCount, kCount, 190);
  outbox.Record(NumberedMessage(7, 10));
  EXPECT_EQ(outbox.Last()->sequence, 4u * kCount + 1) << "sequence numbers keep counting";
}

TEST(Outbox, KeepsLongTexts) {
  Outbox outbox;
  for (const std::size_t size :
       {std::size_t{100}, std::size_t{8 * 1024 + 1}, std::size_t{70 * 1024}, std::size_t{5}}) {
    outbox.Record(NumberedMessage(static_cast<int>(size % 1000), size));
  }
  const std::vector<Message> messages = outbox.Peek();
  ASSERT_EQ(messages.size(), 4u);
  EXPECT_EQ(messages[1].body,
            std::string(8 * 1024 + 1, static_cast<char>('a' + (8 * 1024 + 1) % 1000 % 26)));
  EXPECT_EQ(messages[2].body.size(), 70u * 1024);
  EXPECT_EQ(messages[3].body, "fffff");
  outbox.Clear();
  outbox.Record(NumberedMessage(1, 70 * 1024));
  EXPECT_EQ(outbox.Last()->body, std::string(70 * 1024, 'b'));
}

TEST(Outbox, TheObserverSeesEachMessageWithItsSequenceAndCanBeStopped) {
  Outbox outbox;
  std::vector<Message> seen;
  outbox.SetObserver([&](const Message& message) { seen.push_back(message); });
  outbox.Record(FullMessage());
  outbox.Record(MakeMessage("p", "b", "2"));
  outbox.SetObserver(nullptr);
  outbox.Record(MakeMessage("p", "c", "3"));
  ASSERT_EQ(seen.size(), 2u);
  Message full = FullMessage();
  full.sequence = 1;
  ExpectSameMessage(seen[0], full);
  EXPECT_EQ(seen[1].sequence, 2u);
  EXPECT_EQ(seen[1].code, "2");
  EXPECT_EQ(outbox.size(), 3u);
}

TEST(Outbox, MessagesPrintReadably) {
  Message message =
      MakeMessage("us-east-1_Abc", "alice", "123456", MessageOccasion::kAdminResetUserPassword);
  message.sequence = 3;
  message.client_metadata = {{"k", "v"}};
  std::ostringstream os;
  os << message;
  EXPECT_EQ(
      os.str(),
      "Message #3 {AdminResetUserPassword EMAIL to alice@example.com for us-east-1_Abc/alice, "
      "code \"123456\", ClientMetadata {k=v}}");
}

TEST(FakeClock, StartsAtTheDefaultEpochAndMovesOnlyWhenTold) {
  FakeClock clock;
  EXPECT_EQ(clock.Now(), FakeClock::DefaultStart());
  EXPECT_EQ(
      std::chrono::duration_cast<std::chrono::seconds>(clock.Now().time_since_epoch()).count(),
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
