// The worked examples in tests/data/examples/assess/*.json, each checked as the
// example says: framework, obligations with level and due date, absent ones,
// a prompt, or the field an invalid incident is rejected for.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/statutory/assessment.h"
#include "http/json/assessment_json.h"

namespace casereview {
namespace {

using nlohmann::json;

std::vector<std::filesystem::path> ExampleFiles() {
  std::vector<std::filesystem::path> files;
  const std::filesystem::path dir =
      std::filesystem::path(CASEREVIEW_TEST_DATA_DIR) / "examples" / "assess";
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(AssessmentExamples, AreInTheRepository) {
  EXPECT_FALSE(ExampleFiles().empty())
      << "no examples in " << CASEREVIEW_TEST_DATA_DIR << "/examples/assess";
}

TEST(AssessmentExamples, EveryExampleHolds) {
  for (const auto& file : ExampleFiles()) {
    SCOPED_TRACE(file.filename().string());
    const json example = json::parse(std::ifstream(file));
    auto incident = http::ParseIncident(example.at("input"));
    if (example.contains("expect_error")) {
      ASSERT_FALSE(incident) << "should have been rejected";
      const auto& fields = incident.error().fields;
      EXPECT_TRUE(std::any_of(fields.begin(), fields.end(), [&](const FieldError& field) {
        return field.field == example["expect_error"].get<std::string>();
      })) << incident.error().message;
      continue;
    }
    ASSERT_TRUE(incident) << incident.error().message;
    const json got = http::AssessmentToJson(Assess(*incident));
    const json& expect = example.at("expect");
    EXPECT_EQ(got["framework"], expect.at("framework"));
    const json obligations = expect.value("obligations", json::object());
    for (const auto& [id, wanted] : obligations.items()) {
      const auto found = std::find_if(got["obligations"].begin(), got["obligations"].end(),
                                      [&](const json& o) { return o["id"] == id; });
      ASSERT_NE(found, got["obligations"].end()) << id << " missing from " << got.dump(2);
      EXPECT_EQ((*found)["level"], wanted.at("level")) << id;
      if (wanted.contains("due")) {
        EXPECT_EQ((*found)["due"], wanted["due"]) << id;
      }
    }
    const json absent = expect.value("absent", json::array());
    for (const auto& id : absent) {
      EXPECT_TRUE(std::none_of(got["obligations"].begin(), got["obligations"].end(),
                               [&](const json& o) { return o["id"] == id; }))
          << id << " should be absent";
    }
    if (expect.contains("prompt_contains")) {
      const auto words = expect["prompt_contains"].get<std::string>();
      EXPECT_TRUE(std::any_of(got["prompts"].begin(), got["prompts"].end(), [&](const json& p) {
        return p.get<std::string>().find(words) != std::string::npos;
      })) << got["prompts"].dump();
    }
  }
}

}  // namespace
}  // namespace casereview
