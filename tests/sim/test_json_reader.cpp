#include "sim/scenario/json_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <string>

namespace airgov {
namespace {


bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(ParseJson, ValidDocument) {
  Issues issues("doc.json");
  const auto json = parse_json(R"({"a": [1, 2, {"b": "c"}]})", issues);
  ASSERT_TRUE(json.has_value());
  EXPECT_TRUE(issues.empty());
  EXPECT_EQ((*json)["a"][2]["b"], "c");
}

TEST(ParseJson, SyntaxErrorGivesLineAndColumn) {
  // The value of "b" is missing: the parser stops at the '}' on line 3, column 8.
  const std::string text = "{\n  \"a\": 1,\n  \"b\": }\n";
  Issues issues("broken.json");
  EXPECT_FALSE(parse_json(text, issues).has_value());
  ASSERT_EQ(issues.list().size(), 1u);
  const InputIssue& issue = issues.list()[0];
  EXPECT_EQ(issue.file, "broken.json");
  EXPECT_EQ(issue.pointer, "");
  EXPECT_TRUE(contains(issue.message, "line 3, column 8")) << issue.message;
  EXPECT_TRUE(contains(issue.message, "invalid JSON")) << issue.message;
  EXPECT_TRUE(contains(issue.message, "syntax error")) << issue.message;
  EXPECT_FALSE(contains(issue.message, "[json.exception")) << issue.message;
  EXPECT_EQ(issue.format().rfind("broken.json: line 3, column 8", 0), 0u) << issue.format();
}

TEST(ParseJson, SyntaxErrorOnFirstLine) {
  Issues issues("x.json");
  EXPECT_FALSE(parse_json("[1, 2,, 3]", issues).has_value());
  ASSERT_EQ(issues.list().size(), 1u);
  EXPECT_TRUE(contains(issues.list()[0].message, "line 1, column 7")) << issues.list()[0].message;
}

TEST(ParseJson, TrailingCommaInObject) {
  Issues issues("x.json");
  EXPECT_FALSE(parse_json("{\"a\": 1,\n}", issues).has_value());
  ASSERT_EQ(issues.list().size(), 1u);
  EXPECT_TRUE(contains(issues.list()[0].message, "line 2, column 1")) << issues.list()[0].message;
}

TEST(ParseJson, EmptyTextSaysTheFileIsEmpty) {
  for (const std::string text : {"", "  \n\t\r\n"}) {
    Issues issues("empty.json");
    EXPECT_FALSE(parse_json(text, issues).has_value());
    ASSERT_EQ(issues.list().size(), 1u);
    EXPECT_TRUE(contains(issues.list()[0].message, "the file is empty")) << issues.list()[0].message;
  }
}

std::string nested_arrays(int depth) { return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']'); }

TEST(ParseJson, NestingUpToTheLimitIsAccepted) {
  Issues issues("deep.json");
  EXPECT_TRUE(parse_json(nested_arrays(kMaxJsonDepth), issues).has_value());
  EXPECT_TRUE(issues.empty());
}

TEST(ParseJson, NestingDeeperThanTheLimitIsRefused) {
  Issues issues("deep.json");
  EXPECT_FALSE(parse_json(nested_arrays(kMaxJsonDepth + 1), issues).has_value());
  ASSERT_EQ(issues.list().size(), 1u);
  EXPECT_TRUE(contains(issues.list()[0].message, "nesting deeper than 64")) << issues.list()[0].message;

  // Mixed objects and arrays count alike; a very deep (unbalanced) document is refused early.
  Issues more("deep.json");
  std::string text;
  for (int k = 0; k < 100000; ++k) text += "{\"a\":[";
  EXPECT_FALSE(parse_json(text, more).has_value());
  ASSERT_EQ(more.list().size(), 1u);
  EXPECT_TRUE(contains(more.list()[0].message, "nesting")) << more.list()[0].message;
}

TEST(ParseJson, BracketsInsideStringsDoNotCount) {
  const std::string brackets(200, '[');
  Issues issues("s.json");
  const auto json = parse_json("{\"text\": \"" + brackets + "\\\"" + brackets + "\"}", issues);
  ASSERT_TRUE(json.has_value());
  EXPECT_TRUE(issues.empty());
  EXPECT_EQ((*json)["text"].get<std::string>().size(), 401u);
}

TEST(ParseJson, OversizedTextIsRefused) {
  const std::string text(kMaxInputBytes + 1, ' ');
  Issues issues("big.json");
  EXPECT_FALSE(parse_json(text, issues).has_value());
  ASSERT_EQ(issues.list().size(), 1u);
  EXPECT_TRUE(contains(issues.list()[0].message, "the limit is")) << issues.list()[0].message;
}

TEST(EscapePointerToken, EscapesTildeAndSlash) {
  EXPECT_EQ(escape_pointer_token("a/b~c"), "a~1b~0c");
  EXPECT_EQ(escape_pointer_token("~/"), "~0~1");
  EXPECT_EQ(escape_pointer_token("plain"), "plain");
  EXPECT_EQ(escape_pointer_token(""), "");
}

TEST(DidYouMean, SuggestsCloseCandidatesOnly) {
  const std::vector<std::string> keys = {"seed", "days", "start_date", "region"};
  EXPECT_EQ(did_you_mean("seeed", keys), "seed");
  EXPECT_EQ(did_you_mean("startdate", keys), "start_date");
  EXPECT_EQ(did_you_mean("regoin", keys), "region");
  EXPECT_FALSE(did_you_mean("completely_different", keys).has_value());
  EXPECT_FALSE(did_you_mean("seed", {}).has_value());
}

TEST(Describe, ShortRendering) {
  EXPECT_EQ(describe(Json("abc")), "\"abc\"");
  EXPECT_EQ(describe(Json(12)), "12");
  EXPECT_EQ(describe(Json::object()), "an object");
  EXPECT_EQ(describe(Json::array()), "an array");
  const std::string long_text = describe(Json(std::string(100, 'x')));
  EXPECT_EQ(long_text.size(), 40u);
  EXPECT_EQ(long_text.substr(37), "...");
}

TEST(RangeTest, ContainsAndDescribe) {
  EXPECT_TRUE(Range::unit().contains(0.0));
  EXPECT_TRUE(Range::unit().contains(1.0));
  EXPECT_FALSE(Range::unit().contains(1.0000001));
  EXPECT_FALSE(Range::positive().contains(0.0));
  EXPECT_TRUE(Range::positive().contains(1e-12));
  EXPECT_FALSE(Range::at_least(0).contains(-1e-9));
  EXPECT_FALSE(Range{}.contains(std::numeric_limits<double>::infinity()));
  EXPECT_FALSE(Range{}.contains(std::numeric_limits<double>::quiet_NaN()));
  EXPECT_EQ(Range::unit().describe(), "a number in [0, 1]");
  EXPECT_EQ(Range::positive().describe(), "a number > 0");
  EXPECT_EQ(Range::at_least(2).describe(), "a number >= 2");
  EXPECT_EQ((Range{0, 1, true, true}).describe(), "a number in (0, 1)");
  EXPECT_EQ(Range{}.describe(), "a finite number");
}

class ObjectReaderTest : public ::testing::Test {
 protected:
  Json parse(const std::string& text) {
    Issues parse_issues("test.json");
    auto json = parse_json(text, parse_issues);
    EXPECT_TRUE(json.has_value()) << text;
    return json.value_or(Json());
  }
  const InputIssue* find(const std::string& pointer) const {
    for (const auto& issue : issues.list()) {
      if (issue.pointer == pointer) return &issue;
    }
    return nullptr;
  }
  std::string all() const {
    std::string out;
    for (const auto& issue : issues.list()) out += issue.format() + "\n";
    return out;
  }
  Issues issues{"test.json"};
};

TEST_F(ObjectReaderTest, ReadsTypedMembers) {
  const Json doc = parse(R"({"n": 0.5, "i": 42, "s": "text", "c": "month", "b": true, "o": {}, "a": [1]})");
  ObjectReader reader(doc, "/root", issues);
  ASSERT_TRUE(reader.ok());
  EXPECT_TRUE(reader.has("n"));
  EXPECT_FALSE(reader.has("missing"));
  EXPECT_EQ(reader.pointer("n"), "/root/n");
  EXPECT_EQ(reader.number("n", Range::unit(), true), 0.5);
  EXPECT_EQ(reader.integer("i", 0, 100, true), 42);
  EXPECT_EQ(reader.string("s", true), "text");
  EXPECT_EQ(reader.choice("c", {"month", "year"}, true), "month");
  EXPECT_EQ(reader.boolean("b", true), true);
  EXPECT_NE(reader.object("o", true), nullptr);
  EXPECT_NE(reader.array("a", true), nullptr);
  EXPECT_EQ(reader.number_or("absent", 7.0, Range::unit()), 7.0);  // fallback is not range-checked
  reader.finish();
  EXPECT_TRUE(issues.empty()) << all();
}

TEST_F(ObjectReaderTest, MissingRequiredMember) {
  const Json doc = parse(R"({"other": 1})");
  ObjectReader reader(doc, "/economics", issues);
  EXPECT_FALSE(reader.number("mac", Range::positive(), true).has_value());
  EXPECT_FALSE(reader.string("optional", false).has_value());
  reader.integer("other", 0, 10, false);
  reader.finish();
  ASSERT_EQ(issues.list().size(), 1u) << all();
  EXPECT_EQ(issues.list()[0].pointer, "/economics/mac");
  EXPECT_EQ(issues.list()[0].message, "required member is missing");
  EXPECT_EQ(issues.list()[0].format(), "test.json: /economics/mac: required member is missing");
}

TEST_F(ObjectReaderTest, WrongTypes) {
  const Json doc = parse(R"({"n": "5", "i": "5", "f": 1.5, "s": 3, "b": "yes", "o": [], "a": {}})");
  ObjectReader reader(doc, "", issues);
  EXPECT_FALSE(reader.number("n", Range::unit(), true).has_value());
  EXPECT_FALSE(reader.integer("i", 0, 10, true).has_value());
  EXPECT_FALSE(reader.integer("f", 0, 10, true).has_value());
  EXPECT_FALSE(reader.string("s", true).has_value());
  EXPECT_FALSE(reader.boolean("b", true).has_value());
  EXPECT_EQ(reader.object("o", true), nullptr);
  EXPECT_EQ(reader.array("a", true), nullptr);
  reader.finish();
  ASSERT_EQ(issues.list().size(), 7u) << all();
  EXPECT_EQ(find("/n")->message, "expected a number in [0, 1], found a string");
  EXPECT_EQ(find("/i")->message, "expected a whole number in [0, 10], found a string");
  EXPECT_EQ(find("/f")->message, "expected a whole number in [0, 10], found 1.5");
  EXPECT_EQ(find("/s")->message, "expected a string, found a number");
  EXPECT_EQ(find("/b")->message, "expected true or false, found a string");
  EXPECT_EQ(find("/o")->message, "expected an object, found an array");
  EXPECT_EQ(find("/a")->message, "expected an array, found an object");
}

TEST_F(ObjectReaderTest, OutOfRangeNumbers) {
  const Json doc = parse(R"({"unit": 2, "pos": 0, "int": 11, "neg": -1, "huge": 18446744073709551615})");
  ObjectReader reader(doc, "/levers", issues);
  EXPECT_FALSE(reader.number("unit", Range::unit(), true).has_value());
  EXPECT_FALSE(reader.number("pos", Range::positive(), true).has_value());
  EXPECT_FALSE(reader.integer("int", 0, 10, true).has_value());
  EXPECT_FALSE(reader.integer("neg", 0, 10, true).has_value());
  EXPECT_FALSE(reader.integer("huge", 0, 10, true).has_value());
  reader.finish();
  ASSERT_EQ(issues.list().size(), 5u) << all();
  EXPECT_EQ(find("/levers/unit")->message, "2 is out of range: expected a number in [0, 1]");
  EXPECT_EQ(find("/levers/pos")->message, "0 is out of range: expected a number > 0");
  EXPECT_EQ(find("/levers/int")->message, "11 is out of range: expected a whole number in [0, 10]");
  EXPECT_EQ(find("/levers/neg")->message, "-1 is out of range: expected a whole number in [0, 10]");
  EXPECT_TRUE(contains(find("/levers/huge")->message, "out of range")) << all();
}

TEST_F(ObjectReaderTest, InvalidChoiceSuggestsTheClosest) {
  const Json doc = parse(R"({"period": "mnth"})");
  ObjectReader reader(doc, "/decision", issues);
  EXPECT_FALSE(reader.choice("period", {"month", "year", "horizon"}, true).has_value());
  reader.finish();
  ASSERT_EQ(issues.list().size(), 1u) << all();
  EXPECT_EQ(issues.list()[0].pointer, "/decision/period");
  EXPECT_EQ(issues.list()[0].message,
            "\"mnth\" is not one of \"month\", \"year\", \"horizon\" (did you mean \"month\"?)");
}

TEST_F(ObjectReaderTest, UnknownKeyWithSuggestion) {
  const Json doc = parse(R"({"seeed": 1, "days": 3, "zzzzzzzzzz": 0, "a/b": 1})");
  ObjectReader reader(doc, "", issues);
  reader.integer("seed", 0, 10, false);
  reader.integer("days", 0, 10, true);
  reader.finish();
  ASSERT_EQ(issues.list().size(), 3u) << all();
  ASSERT_NE(find("/seeed"), nullptr) << all();
  EXPECT_EQ(find("/seeed")->message, "unknown key \"seeed\" (did you mean \"seed\"?)");
  ASSERT_NE(find("/zzzzzzzzzz"), nullptr) << all();
  EXPECT_EQ(find("/zzzzzzzzzz")->message, "unknown key \"zzzzzzzzzz\"");
  ASSERT_NE(find("/a~1b"), nullptr) << all();  // the pointer token is escaped
}

TEST_F(ObjectReaderTest, NotAnObject) {
  const Json doc = parse(R"([1, 2])");
  ObjectReader reader(doc, "/region", issues);
  EXPECT_FALSE(reader.ok());
  EXPECT_FALSE(reader.has("x"));
  EXPECT_FALSE(reader.number("x", Range{}, true).has_value());  // no second issue for members
  reader.finish();
  ASSERT_EQ(issues.list().size(), 1u) << all();
  EXPECT_EQ(issues.list()[0].pointer, "/region");
  EXPECT_EQ(issues.list()[0].message, "expected an object, found an array");
}

TEST_F(ObjectReaderTest, CollectsEveryIssueAtOnce) {
  const Json doc = parse(R"({"days": "365", "funding": 2, "seeed": 1})");
  ObjectReader reader(doc, "", issues);
  reader.integer("days", 0, 36600, true);
  reader.integer("seed", 0, 100, true);
  reader.number("funding", Range::unit(), true);
  reader.string("name", true);
  reader.finish();
  ASSERT_EQ(issues.list().size(), 5u) << all();
  EXPECT_NE(find("/days"), nullptr);
  EXPECT_NE(find("/seed"), nullptr);
  EXPECT_NE(find("/funding"), nullptr);
  EXPECT_NE(find("/name"), nullptr);
  EXPECT_NE(find("/seeed"), nullptr);

  try {
    issues.throw_if_any();
    FAIL() << "expected InvalidInputError";
  } catch (const InvalidInputError& error) {
    EXPECT_EQ(error.issues().size(), 5u);
    EXPECT_EQ(error.code(), kExitInvalidInput);
    // what() lists every issue, one per line.
    const std::string what = error.what();
    EXPECT_EQ(std::count(what.begin(), what.end(), '\n'), 4);
    EXPECT_TRUE(contains(what, "test.json: /days: expected a whole number")) << what;
  }
}

TEST(ReadNumber, BareValues) {
  Issues issues("x.json");
  EXPECT_EQ(read_number(Json(0.25), "/a/0", Range::unit(), issues), 0.25);
  EXPECT_FALSE(read_number(Json("0.25"), "/a/1", Range::unit(), issues).has_value());
  EXPECT_FALSE(read_number(Json(-3), "/a/2", Range::at_least(0), issues).has_value());
  ASSERT_EQ(issues.list().size(), 2u);
  EXPECT_EQ(issues.list()[0].pointer, "/a/1");
  EXPECT_EQ(issues.list()[0].message, "expected a number in [0, 1], found a string");
  EXPECT_EQ(issues.list()[1].pointer, "/a/2");
  EXPECT_EQ(issues.list()[1].message, "-3 is out of range: expected a number >= 0");
}

TEST(IssuesTest, NoThrowWhenEmpty) {
  Issues issues("x.json");
  EXPECT_NO_THROW(issues.throw_if_any());
  EXPECT_EQ(issues.file(), "x.json");
}

TEST(InputIssueTest, Format) {
  EXPECT_EQ((InputIssue{"", "", "bad"}).format(), "<input>: bad");
  EXPECT_EQ((InputIssue{"f.json", "", "bad"}).format(), "f.json: bad");
  EXPECT_EQ((InputIssue{"f.json", "/a/0", "bad"}).format(), "f.json: /a/0: bad");
}

}  // namespace
}  // namespace airgov
