// The OpenAPI document (docs/api/openapi.yaml) is the API's contract: served at
// GET /api/openapi.json, it must name exactly the routes the server registers,
// each with the capability the route declares.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "core/records/field_limits.h"
#include "http/routes/openapi_document.h"
#include "integration/http_client.h"
#include "integration/in_process_server.h"

namespace casereview::testing {
namespace {

using nlohmann::json;

// The HTTP methods an OpenAPI path item may hold, in the document's lower case.
const std::set<std::string> kOperationKeys = {"get",     "put",  "post",  "delete",
                                              "options", "head", "patch", "trace"};

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Follows a local "$ref" ("#/components/parameters/ReviewId") to what it names.
const json& Resolve(const json& document, const json& node) {
  if (!node.is_object() || !node.contains("$ref")) return node;
  const auto ref = node.at("$ref").get<std::string>();
  EXPECT_TRUE(ref.starts_with("#/")) << "only local references are used: " << ref;
  return Resolve(document, document.at(json::json_pointer(ref.substr(1))));
}

// The {name} placeholders of a path pattern.
std::set<std::string> Placeholders(const std::string& path) {
  std::set<std::string> names;
  const std::regex placeholder(R"(\{([^}]+)\})");
  for (auto it = std::sregex_iterator(path.begin(), path.end(), placeholder);
       it != std::sregex_iterator(); ++it) {
    names.insert((*it)[1].str());
  }
  return names;
}

class OpenApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new InProcessServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  // The document as the server serves it.
  static json Served() {
    const HttpReply reply = Get(server_->port(), "/api/openapi.json");
    EXPECT_EQ(reply.status, 200u);
    EXPECT_EQ(reply.Header("content-type"), "application/json");
    return json::parse(reply.body);
  }

  static InProcessServer* server_;
};

InProcessServer* OpenApiTest::server_ = nullptr;

TEST_F(OpenApiTest, IsServedAsOpenApi31Json) {
  const HttpReply reply = Get(server_->port(), "/api/openapi.json");
  ASSERT_EQ(reply.status, 200u);
  EXPECT_EQ(reply.Header("content-type"), "application/json");
  const json document = json::parse(reply.body, nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(document.is_discarded()) << "the served document is not JSON";
  EXPECT_EQ(document.value("openapi", ""), "3.1.0");
  EXPECT_TRUE(document.contains("info"));
  ASSERT_TRUE(document.contains("paths"));
  EXPECT_TRUE(document.at("paths").is_object());
}

TEST_F(OpenApiTest, DocumentsEveryRegisteredRouteWithItsCapability) {
  const json document = Served();
  const json& paths = document.at("paths");
  for (const auto& route : server_->router().routes()) {
    const std::string method = Lower(std::string(http::beast_http::to_string(route.method)));
    const std::string name = method + " " + route.pattern;
    if (!paths.contains(route.pattern) || !paths.at(route.pattern).contains(method)) {
      ADD_FAILURE() << name << " is registered but not in openapi.yaml";
      continue;
    }
    const json& operation = paths.at(route.pattern).at(method);
    if (!operation.contains("x-capability")) {
      ADD_FAILURE() << name << " has no x-capability";
      continue;
    }
    EXPECT_EQ(operation.at("x-capability").get<std::string>(), CapabilityName(route.capability))
        << name << ": x-capability differs from the route's capability";
  }
}

TEST_F(OpenApiTest, DocumentsNoRouteTheServerLacks) {
  const json document = Served();
  const auto& routes = server_->router().routes();
  for (const auto& [path, item] : document.at("paths").items()) {
    for (const auto& [key, operation] : item.items()) {
      if (!kOperationKeys.contains(key)) continue;
      const bool registered = std::any_of(routes.begin(), routes.end(), [&](const auto& route) {
        return route.pattern == path &&
               Lower(std::string(http::beast_http::to_string(route.method))) == key;
      });
      EXPECT_TRUE(registered) << key << " " << path << " is in openapi.yaml but not served";
    }
  }
}

// Needs no server: the embedded document itself.
TEST(OpenApiDocument, PathParametersMatchThePathTheyBelongTo) {
  const json document = json::parse(http::OpenApiJson());
  std::set<std::string> operation_ids;
  for (const auto& [path, item] : document.at("paths").items()) {
    const auto placeholders = Placeholders(path);
    // Path-level parameters apply to every operation of the path.
    std::vector<json> shared;
    for (const auto& parameter : item.value("parameters", json::array())) {
      shared.push_back(Resolve(document, parameter));
    }
    for (const auto& [key, operation] : item.items()) {
      if (!kOperationKeys.contains(key)) continue;
      const std::string name = key + " " + path;
      ASSERT_TRUE(operation.contains("operationId")) << name << " has no operationId";
      EXPECT_TRUE(operation_ids.insert(operation.at("operationId").get<std::string>()).second)
          << name << " repeats operationId " << operation.at("operationId");
      std::vector<json> parameters = shared;
      for (const auto& parameter : operation.value("parameters", json::array())) {
        parameters.push_back(Resolve(document, parameter));
      }
      std::set<std::string> declared;
      for (const auto& parameter : parameters) {
        if (parameter.value("in", "") != "path") continue;
        const auto parameter_name = parameter.at("name").get<std::string>();
        EXPECT_TRUE(placeholders.contains(parameter_name))
            << name << " declares path parameter '" << parameter_name
            << "', which is not in its path";
        EXPECT_TRUE(parameter.value("required", false))
            << name << ": path parameter '" << parameter_name << "' must be required";
        declared.insert(parameter_name);
      }
      for (const auto& placeholder : placeholders) {
        EXPECT_TRUE(declared.contains(placeholder))
            << name << " does not declare its path parameter '" << placeholder << "'";
      }
    }
  }
}

// The document's limits are the code's (core/records/field_limits.h), so the
// web app's forms, generated from the document, refuse what the server would.
TEST(OpenApiDocument, FieldLimitsAreThoseOfTheCode) {
  const json document = json::parse(http::OpenApiJson());
  const json& schemas = document["components"]["schemas"];
  const struct {
    std::string_view schema;
    std::string_view property;
    std::string_view limit;  // maxLength, or maxItems of an array
    std::size_t expected;
  } rows[] = {
      {"NewReferral", "pseudonym", "maxLength", limits::kPseudonym},
      {"NewReferral", "referrer_name", "maxLength", limits::kName},
      {"NewReferral", "summary", "maxLength", limits::kLongText},
      {"ReviewEdit", "pseudonym", "maxLength", limits::kPseudonym},
      {"TermsOfReferenceInput", "lines_of_enquiry", "maxItems", limits::kLinesOfEnquiry},
      {"TermsOfReferenceInput", "methodology", "maxLength", limits::kName},
      {"TermsOfReferenceInput", "parallel_proceedings", "maxLength", limits::kNote},
      {"NewPerson", "real_name", "maxLength", limits::kName},
      {"NewPerson", "aliases", "maxItems", limits::kListItems},
      {"NewPerson", "relationship", "maxLength", limits::kLabel},
      {"NewPerson", "published_label", "maxLength", limits::kLabel},
      {"NewAction", "owner", "maxLength", limits::kName},
      {"NewAction", "description", "maxLength", limits::kEntry},
      {"NewAction", "success_measure", "maxLength", limits::kEntry},
  };
  for (const auto& row : rows) {
    const json& property =
        schemas[std::string(row.schema)]["properties"][std::string(row.property)];
    ASSERT_TRUE(property.contains(std::string(row.limit))) << row.schema << "." << row.property;
    EXPECT_EQ(property[std::string(row.limit)].get<std::size_t>(), row.expected)
        << row.schema << "." << row.property;
  }
  const json& items = schemas["TermsOfReferenceInput"]["properties"]["lines_of_enquiry"]["items"];
  EXPECT_EQ(items["maxLength"].get<std::size_t>(), limits::kLineOfEnquiry);
}

}  // namespace
}  // namespace casereview::testing
