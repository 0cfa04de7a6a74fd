// sim/record/json_output: every JSON document airgov writes is checked for NaN and infinity
// (which nlohmann_json would print as null) and refused with the JSON Pointer of the bad number.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "sim/core/errors.hpp"
#include "sim/record/json_output.hpp"

namespace airgov {
namespace {

const double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// The message of the InternalError json_text throws ("" when it does not throw).
template <typename J>
std::string refusal(const J& document, const std::string& what) {
  try {
    json_text(document, 2, what);
  } catch (const InternalError& e) {
    EXPECT_EQ(e.code(), kExitInternal);
    return e.what();
  }
  return "";
}

TEST(JsonOutput, AFiniteDocumentIsPrintedAsNlohmannPrintsIt) {
  nlohmann::ordered_json doc = {{"b", 1.5}, {"a", {1, 2.25, nullptr, "x"}}, {"c", -1e300}};
  EXPECT_EQ(json_text(doc, 2, "summary.json"), doc.dump(2));
  EXPECT_EQ(json_text(doc, -1, "summary.json"), R"({"b":1.5,"a":[1,2.25,null,"x"],"c":-1e+300})");
  // An explicit null (a value that does not exist) is fine; only a non-finite number is refused.
  EXPECT_EQ(refusal(nlohmann::json{{"ratio", nullptr}}, "summary.json"), "");
}

TEST(JsonOutput, NaNIsRefusedWithItsPointerInsteadOfPrintedAsNull) {
  nlohmann::json doc = {{"region", {{"jurisdictions", {{{"pm25", 50.0}}, {{"pm25", kNaN}}}}}}};
  EXPECT_EQ(nlohmann::json({{"x", kNaN}}).dump(), R"({"x":null})");  // what the guard prevents
  const std::string message = refusal(doc, "summary.json");
  EXPECT_NE(message.find("summary.json at /region/jurisdictions/1/pm25 is nan"), std::string::npos) << message;
  EXPECT_NE(message.find("nothing was written"), std::string::npos) << message;
}

TEST(JsonOutput, InfinityInAnOrderedDocumentIsRefused) {
  nlohmann::ordered_json doc = {{"costs", {{"per_death", -kInf}}}};
  EXPECT_NE(refusal(doc, "the comparison").find("the comparison at /costs/per_death is -inf"), std::string::npos);
  nlohmann::ordered_json top = kInf;
  EXPECT_NE(refusal(top, "x").find("numerical failure: x is inf"), std::string::npos) << refusal(top, "x");
}

TEST(JsonOutput, PointerTokensAreEscapedAsRfc6901Says) {
  nlohmann::json doc = {{"a/b", {{"m~n", kNaN}}}};
  EXPECT_NE(refusal(doc, "f").find("f at /a~1b/m~0n is nan"), std::string::npos) << refusal(doc, "f");
}

// Every place that prints or writes a JSON document goes through json_text: a new `.dump(` must
// either use it or be listed here with the reason it cannot carry a number it computed.
TEST(JsonOutput, EveryJsonOutputOfTheProgramGoesThroughTheGuard) {
  namespace fs = std::filesystem;
  const fs::path root = AIRGOV_SOURCE_DIR;
  const std::vector<std::string> allowed = {
      "sim/record/json_output.cpp",  // the guard itself
      "sim/scenario/json_reader.cpp",  // quotes an input value (parsed JSON holds no NaN) in a message
      "tools/airgov/cmd_calibrate.cpp",  // passes an inline input region on as text (parsed: no NaN)
  };
  std::vector<std::string> offenders;
  for (const char* folder : {"sim", "models", "tools"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / folder)) {
      const auto ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
      const std::string rel = fs::relative(entry.path(), root).generic_string();
      if (std::find(allowed.begin(), allowed.end(), rel) != allowed.end()) continue;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      if (text.str().find(".dump(") != std::string::npos) offenders.push_back(rel);
    }
  }
  EXPECT_TRUE(offenders.empty()) << "JSON written without json_text (sim/record/json_output.hpp): "
                                 << ::testing::PrintToString(offenders);
}

}  // namespace
}  // namespace airgov
