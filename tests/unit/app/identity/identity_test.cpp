// Users and sessions against a real (temporary) database with a hand-set clock:
// expiry, lockout, the second factor, disabling, password changes, audit events.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "app/identity/sessions.h"
#include "app/identity/totp.h"
#include "app/identity/users.h"
#include "app/platform/data_directory.h"
#include "support/fake_clock.h"
#include "support/temp_dir.h"

namespace casereview::app {
namespace {

using namespace std::chrono_literals;
using casereview::testing::FakeClock;

constexpr std::string_view kPassword = "correct horse battery staple";

// A migrated database in a fresh directory.
std::unique_ptr<db::ConnectionPool> MigratedDatabase(const std::filesystem::path& root,
                                                     const Clock& clock) {
  auto directory = PrepareDataDirectory(root);
  EXPECT_TRUE(directory);
  auto database = OpenDatabase(*directory, 2);
  EXPECT_TRUE(MigrateDatabase(*database, clock));
  return database;
}

class IdentityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto first = users_.SetUpFirstRun("Northmoor Safeguarding Children Partnership (fictional)",
                                      "england", "admin@northmoor.example");
    ASSERT_TRUE(first) << first.error().message;
    ASSERT_TRUE(first->has_value());
    admin_ = **first;
  }

  std::int64_t AddUser(std::string email, std::vector<Role> roles) {
    auto created = users_.Create(
        NewUser{
            std::move(email), "Fictional Person", std::move(roles), {}, {}, std::string(kPassword)},
        Actor::System());
    EXPECT_TRUE(created) << created.error().message;
    return created ? created->user.id : 0;
  }

  Result<SignedIn> SignIn(std::string email, std::string_view password = kPassword,
                          std::optional<std::string> totp = {}, std::string address = "192.0.2.1") {
    return sessions_.SignIn(SignInRequest{std::move(email), std::string(password), std::move(totp),
                                          std::move(address)});
  }

  // Enrols a new coordinator's second factor; returns its secret.
  std::string Enrol(std::string email) {
    const auto id = AddUser(std::move(email), {Role::kCoordinator});
    auto uri = users_.EnrolTotp(id, Actor::System());
    EXPECT_TRUE(uri);
    if (!uri) return {};
    const auto start = uri->find("secret=") + 7;
    return uri->substr(start, uri->find('&', start) - start);
  }

  // session.failed events for `reason` ("credentials", "locked", ...).
  std::int64_t CountFailures(std::string_view reason) {
    auto connection = database_->Acquire();
    auto rows = (*connection)
                    ->Query(
                        "SELECT count(*) FROM audit_event WHERE action = 'session.failed' "
                        "AND json_extract(detail, '$.reason') = $1",
                        {db::Value(std::string(reason))});
    return rows ? rows->front().Int(0).value_or(-1) : -1;
  }

  std::int64_t CountEvents(std::string_view action) {
    auto connection = database_->Acquire();
    auto rows = (*connection)
                    ->Query("SELECT count(*) FROM audit_event WHERE action = $1",
                            {db::Value(std::string(action))});
    return rows ? rows->front().Int(0).value_or(-1) : -1;
  }

  casereview::testing::TempDir dir_;
  FakeClock clock_;
  std::unique_ptr<db::ConnectionPool> database_ = MigratedDatabase(dir_.path() / "data", clock_);
  Users users_{*database_, clock_, PasswordCost::Minimum()};
  Sessions sessions_{*database_, clock_, PasswordCost::Minimum()};
  FirstRun admin_;
};

TEST_F(IdentityTest, FirstRunCreatesOneAdministratorOnce) {
  EXPECT_EQ(admin_.admin.user.roles, std::vector<Role>{Role::kAdmin});
  ASSERT_TRUE(admin_.admin.one_time_password.has_value());
  EXPECT_EQ(admin_.admin.one_time_password->size(), 20u);
  EXPECT_TRUE(admin_.admin.user.password_change_required);
  EXPECT_TRUE(admin_.totp_uri.starts_with("otpauth://totp/casereview:admin%40northmoor.example"));
  auto again = users_.SetUpFirstRun("Other", "wales", "other@example.invalid");
  ASSERT_TRUE(again);
  EXPECT_FALSE(again->has_value());
  EXPECT_EQ(CountEvents("partnership.created"), 1);
}

TEST_F(IdentityTest, EmailsAreUniqueWhateverTheirCase) {
  AddUser("Lead@Northmoor.example", {Role::kCoordinator});
  auto duplicate = users_.Create(
      NewUser{"lead@NORTHMOOR.example", "Another", {Role::kPartner}, {}, {}, {}}, Actor::System());
  ASSERT_FALSE(duplicate);
  EXPECT_EQ(duplicate.error().code, ErrorCode::kConflict);
  EXPECT_TRUE(SignIn("LEAD@northmoor.EXAMPLE"));
}

TEST_F(IdentityTest, NewUsersAreValidatedFieldByField) {
  const auto field_of = [this](NewUser user) {
    auto created = users_.Create(user, Actor::System());
    return created ? std::string() : created.error().fields.at(0).field;
  };
  EXPECT_EQ(field_of({"not-an-email", "A", {Role::kPartner}, {}, {}, {}}), "email");
  EXPECT_EQ(field_of({"a@b.example", "", {Role::kPartner}, {}, {}, {}}), "display_name");
  EXPECT_EQ(field_of({"a@b.example", "A", {}, {}, {}, {}}), "roles");
  EXPECT_EQ(field_of({"a@b.example", "A", {Role::kAgencyLead}, {}, {}, {}}), "agency_id");
  EXPECT_EQ(field_of({"a@b.example", "A", {Role::kPartner}, 42, {}, {}}), "agency_id");
  EXPECT_EQ(field_of({"a@b.example", "A", {Role::kPartner}, {}, 99, {}}), "partnership_id");
  EXPECT_EQ(field_of({"a@b.example", "A", {Role::kPartner}, {}, {}, std::string("short")}),
            "password");
  EXPECT_EQ(CountEvents("user.created"), 1) << "only the first administrator";
}

TEST_F(IdentityTest, SignInOpensASessionThatAuthenticates) {
  AddUser("coordinator@northmoor.example", {Role::kCoordinator, Role::kPanelMember});
  auto signed_in = SignIn("coordinator@northmoor.example");
  ASSERT_TRUE(signed_in) << signed_in.error().message;
  EXPECT_EQ(signed_in->token.size(), 43u);  // 32 bytes, base64url
  auto principal = sessions_.Authenticate(signed_in->token);
  ASSERT_TRUE(principal);
  EXPECT_EQ(principal->email, "coordinator@northmoor.example");
  EXPECT_EQ(principal->roles, (std::vector<Role>{Role::kCoordinator, Role::kPanelMember}));
  EXPECT_EQ(principal->csrf_token, signed_in->principal.csrf_token);
  EXPECT_FALSE(principal->password_change_required);
  EXPECT_FALSE(sessions_.Authenticate("not-a-token"));
  EXPECT_EQ(CountEvents("session.created"), 1);
}

TEST_F(IdentityTest, WrongEmailAndWrongPasswordGetTheSameAnswer) {
  AddUser("partner@northmoor.example", {Role::kPartner});
  auto wrong_password = SignIn("partner@northmoor.example", "wrong password entirely");
  auto wrong_email = SignIn("nobody@northmoor.example");
  ASSERT_FALSE(wrong_password);
  ASSERT_FALSE(wrong_email);
  EXPECT_EQ(wrong_password.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(wrong_password.error().message, wrong_email.error().message);
  EXPECT_EQ(CountEvents("session.failed"), 2);
}

TEST_F(IdentityTest, IdleSessionsEnd) {
  AddUser("panel@northmoor.example", {Role::kPanelMember});
  const auto token = SignIn("panel@northmoor.example")->token;
  clock_.Advance(29min);
  EXPECT_TRUE(sessions_.Authenticate(token)) << "used within 30 minutes";
  clock_.Advance(29min);
  EXPECT_TRUE(sessions_.Authenticate(token)) << "the last request restarted the idle clock";
  clock_.Advance(31min);
  auto idle = sessions_.Authenticate(token);
  ASSERT_FALSE(idle);
  EXPECT_EQ(idle.error().code, ErrorCode::kUnauthenticated);
}

TEST_F(IdentityTest, SessionsEndAfterTwelveHoursHoweverBusy) {
  AddUser("busy@northmoor.example", {Role::kCoordinator});
  const auto token = SignIn("busy@northmoor.example")->token;
  for (int i = 0; i < 35; ++i) {  // 35 x 20 minutes = 11 h 40 min
    clock_.Advance(20min);
    ASSERT_TRUE(sessions_.Authenticate(token)) << i;
  }
  clock_.Advance(20min);
  EXPECT_FALSE(sessions_.Authenticate(token));
}

TEST_F(IdentityTest, FiveFailuresLockTheAccountForFifteenMinutes) {
  AddUser("locked@northmoor.example", {Role::kPartner});
  for (int i = 0; i < 5; ++i) {
    clock_.Advance(1min);
    ASSERT_FALSE(SignIn("locked@northmoor.example", "not the password at all"));
  }
  auto locked = SignIn("locked@northmoor.example");
  ASSERT_FALSE(locked) << "locked even with the right password";
  EXPECT_EQ(locked.error().code, ErrorCode::kUnauthenticated);
  clock_.Advance(14min);
  EXPECT_FALSE(SignIn("locked@northmoor.example"));
  clock_.Advance(2min);
  EXPECT_TRUE(SignIn("locked@northmoor.example"));
}

TEST_F(IdentityTest, FailuresSpreadBeyondTheWindowDoNotLock) {
  AddUser("slow@northmoor.example", {Role::kPartner});
  for (int i = 0; i < 8; ++i) {
    clock_.Advance(4min);
    ASSERT_FALSE(SignIn("slow@northmoor.example", "not the password at all"));
  }
  // 8 failures, but never 5 within 15 minutes... 4 minutes apart makes 4 per window.
  EXPECT_TRUE(SignIn("slow@northmoor.example"));
}

TEST_F(IdentityTest, OneAddressGuessingAcrossAccountsIsSlowedDown) {
  for (int i = 0; i < 20; ++i) {
    ASSERT_FALSE(
        SignIn("guess" + std::to_string(i) + "@northmoor.example", kPassword, {}, "198.51.100.7"));
  }
  auto throttled = SignIn("guess99@northmoor.example", kPassword, {}, "198.51.100.7");
  ASSERT_FALSE(throttled);
  EXPECT_EQ(throttled.error().code, ErrorCode::kTooManyRequests);
  AddUser("elsewhere@northmoor.example", {Role::kPartner});
  EXPECT_TRUE(SignIn("elsewhere@northmoor.example", kPassword, {}, "203.0.113.9"))
      << "other addresses are not affected";
  clock_.Advance(16min);
  EXPECT_NE(SignIn("guess99@northmoor.example", kPassword, {}, "198.51.100.7").error().code,
            ErrorCode::kTooManyRequests);
}

TEST_F(IdentityTest, SecondFactorIsCheckedWhenEnrolled) {
  const std::string secret = Enrol("totp@northmoor.example");
  const std::string code = *TotpCode(secret, clock_.Now());
  const std::string wrong = code == "000000" ? "111111" : "000000";
  EXPECT_FALSE(SignIn("totp@northmoor.example"));
  EXPECT_FALSE(SignIn("totp@northmoor.example", kPassword, wrong));
  EXPECT_TRUE(SignIn("totp@northmoor.example", kPassword, code));
}

// Issue 12, finding 3: a right password without its code was a distinct
// answer naming totp_code, which told a guesser the password was right.
TEST_F(IdentityTest, EveryWrongPartGetsOneAnswerNamingNoField) {
  const std::string secret = Enrol("totp@northmoor.example");
  const std::string code = *TotpCode(secret, clock_.Now());
  const std::string wrong = code == "000000" ? "111111" : "000000";
  const auto wrong_password = SignIn("totp@northmoor.example", "not the password", code);
  const auto missing_code = SignIn("totp@northmoor.example");
  const auto wrong_code = SignIn("totp@northmoor.example", kPassword, wrong);
  const auto no_such_user = SignIn("nobody@northmoor.example", kPassword, code);
  for (const auto* refused : {&wrong_password, &missing_code, &wrong_code, &no_such_user}) {
    ASSERT_FALSE(*refused);
    EXPECT_EQ(refused->error().code, ErrorCode::kUnauthenticated);
    EXPECT_EQ(refused->error().message, wrong_password.error().message);
    EXPECT_TRUE(refused->error().fields.empty());
  }
  // Each counted: two more and the account locks, right code or not.
  EXPECT_FALSE(SignIn("totp@northmoor.example"));
  EXPECT_FALSE(SignIn("totp@northmoor.example"));
  EXPECT_FALSE(SignIn("totp@northmoor.example", kPassword, code));
  EXPECT_EQ(CountEvents("session.failed"), 7);
}

// Issue 12, finding 2: RFC 6238 section 5.2, a code is accepted once.
TEST_F(IdentityTest, ASecondFactorCodeIsAcceptedOnceAndNoEarlierOneAfterIt) {
  const std::string secret = Enrol("totp@northmoor.example");
  const std::string code = *TotpCode(secret, clock_.Now());
  ASSERT_TRUE(SignIn("totp@northmoor.example", kPassword, code));
  EXPECT_FALSE(SignIn("totp@northmoor.example", kPassword, code)) << "replayed in its window";
  clock_.Advance(30s);
  EXPECT_FALSE(SignIn("totp@northmoor.example", kPassword, code))
      << "still within one step of drift, but used";
  const std::string next = *TotpCode(secret, clock_.Now());
  ASSERT_TRUE(SignIn("totp@northmoor.example", kPassword, next));
  // The step before the one used is refused too, though still within drift.
  clock_.Advance(30s);
  const std::string later = *TotpCode(secret, clock_.Now());
  ASSERT_TRUE(SignIn("totp@northmoor.example", kPassword, later));
  EXPECT_FALSE(SignIn("totp@northmoor.example", kPassword, next));
}

// Issue 12, finding 4: with several hashing threads, 15 wrong passwords at
// once had 8 checked before the lock took. Each attempt is now reserved
// before its password is checked, so no more than five ever are.
TEST_F(IdentityTest, ConcurrentGuessesCheckAtMostFivePasswords) {
  AddUser("target@northmoor.example", {Role::kPartner});
  std::vector<std::thread> guessers;
  for (int i = 0; i < 15; ++i) {
    guessers.emplace_back([this, i] {
      EXPECT_FALSE(SignIn("target@northmoor.example", "guess " + std::to_string(i), {},
                          "192.0.2." + std::to_string(10 + i)));
    });
  }
  for (auto& guesser : guessers) guesser.join();
  EXPECT_EQ(CountFailures("credentials"), 5);
  EXPECT_EQ(CountFailures("locked"), 10);
  EXPECT_FALSE(SignIn("target@northmoor.example")) << "locked";
}

// Issue 12, finding 3: changing a password never counted a wrong current one.
TEST_F(IdentityTest, WrongCurrentPasswordsCountTowardsTheLockout) {
  AddUser("changer@northmoor.example", {Role::kPartner});
  auto signed_in = SignIn("changer@northmoor.example");
  ASSERT_TRUE(signed_in);
  const Actor actor = Actor::Of(signed_in->principal, "192.0.2.1");
  for (int i = 0; i < 5; ++i) {
    auto changed = sessions_.ChangePassword(signed_in->principal, "not it",
                                            "a new passphrase for tests", actor);
    ASSERT_FALSE(changed);
    EXPECT_EQ(changed.error().fields.at(0).field, "current_password");
  }
  EXPECT_FALSE(SignIn("changer@northmoor.example")) << "five wrong guesses lock the account";
  EXPECT_FALSE(sessions_.ChangePassword(signed_in->principal, kPassword,
                                        "a new passphrase for tests", actor))
      << "nor may the password be changed while locked";
  EXPECT_EQ(CountFailures("password_change"), 5);
}

TEST_F(IdentityTest, AdministratorsMustHaveASecondFactor) {
  AddUser("second-admin@northmoor.example", {Role::kAdmin});
  auto refused = SignIn("second-admin@northmoor.example");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
}

TEST_F(IdentityTest, DisablingEndsLiveSessionsAndBarsSignIn) {
  const auto id = AddUser("leaver@northmoor.example", {Role::kReviewer});
  const auto token = SignIn("leaver@northmoor.example")->token;
  ASSERT_TRUE(sessions_.Authenticate(token));
  ASSERT_TRUE(users_.Disable(id, Actor::System()));
  EXPECT_FALSE(sessions_.Authenticate(token));
  EXPECT_FALSE(SignIn("leaver@northmoor.example"));
}

TEST_F(IdentityTest, ResetGivesAOneTimePasswordThatMustBeChanged) {
  const auto id = AddUser("reset@northmoor.example", {Role::kPartner});
  const auto old_token = SignIn("reset@northmoor.example")->token;
  auto one_time = users_.ResetPassword(id, Actor::System());
  ASSERT_TRUE(one_time);
  EXPECT_FALSE(sessions_.Authenticate(old_token)) << "a reset ends existing sessions";
  EXPECT_FALSE(SignIn("reset@northmoor.example"));
  auto signed_in = SignIn("reset@northmoor.example", *one_time);
  ASSERT_TRUE(signed_in);
  EXPECT_TRUE(signed_in->principal.password_change_required);

  const Actor actor = Actor::Of(signed_in->principal, "192.0.2.1");
  auto too_short = sessions_.ChangePassword(signed_in->principal, *one_time, "short", actor);
  ASSERT_FALSE(too_short);
  EXPECT_EQ(too_short.error().fields.at(0).field, "new_password");
  auto wrong_current = sessions_.ChangePassword(signed_in->principal, "not it at all",
                                                "a brand new passphrase", actor);
  ASSERT_FALSE(wrong_current);
  EXPECT_EQ(wrong_current.error().fields.at(0).field, "current_password");
  ASSERT_TRUE(
      sessions_.ChangePassword(signed_in->principal, *one_time, "a brand new passphrase", actor));
  auto principal = sessions_.Authenticate(signed_in->token);
  ASSERT_TRUE(principal) << "the session that changed the password goes on";
  EXPECT_FALSE(principal->password_change_required);
  EXPECT_TRUE(SignIn("reset@northmoor.example", "a brand new passphrase"));
}

TEST_F(IdentityTest, SignOutEndsTheSession) {
  AddUser("out@northmoor.example", {Role::kPartner});
  auto signed_in = SignIn("out@northmoor.example");
  ASSERT_TRUE(sessions_.SignOut(signed_in->principal, Actor::Of(signed_in->principal, "")));
  EXPECT_FALSE(sessions_.Authenticate(signed_in->token));
  EXPECT_EQ(CountEvents("session.ended"), 1);
}

TEST_F(IdentityTest, HashesMadeWithOtherLimitsAreReplacedAtSignIn) {
  AddUser("rehash@northmoor.example", {Role::kPartner});
  const auto stored_hash = [this] {
    auto connection = database_->Acquire();
    auto rows =
        (*connection)
            ->Query(
                "SELECT password_hash FROM app_user WHERE email_key = 'rehash@northmoor.example'");
    return rows->front().Text(0).value_or("");
  };
  const std::string before = stored_hash();
  PasswordCost stronger = PasswordCost::Minimum();
  stronger.ops += 1;
  Sessions stricter(*database_, clock_, stronger);
  ASSERT_TRUE(
      stricter.SignIn(SignInRequest{"rehash@northmoor.example", std::string(kPassword), {}, ""}));
  EXPECT_NE(stored_hash(), before);
  EXPECT_TRUE(
      stricter.SignIn(SignInRequest{"rehash@northmoor.example", std::string(kPassword), {}, ""}));
}

}  // namespace
}  // namespace casereview::app
