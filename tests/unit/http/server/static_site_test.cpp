#include "http/server/static_site.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/temp_dir.h"

namespace casereview::http {
namespace {

void WriteFile(const std::filesystem::path& path, std::string_view text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

class StaticSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_.path() / "index.html", "<!doctype html><title>Case reviews</title>");
    WriteFile(dir_.path() / "assets/index-B1x_9aZq.js", "console.log(1)");
    WriteFile(dir_.path() / "assets/fonts/light-94a07e06a1-v2.woff2", "font");
    WriteFile(dir_.path() / "favicon.ico", "ico");
    auto loaded = StaticSite::Load(dir_.path());
    ASSERT_TRUE(loaded) << loaded.error().message;
    site_ = std::move(*loaded);
  }
  testing::TempDir dir_;
  StaticSite site_;
};

TEST_F(StaticSiteTest, ServesFilesByUrlPath) {
  const StaticFile* script = site_.Find("/assets/index-B1x_9aZq.js");
  ASSERT_NE(script, nullptr);
  EXPECT_EQ(script->body, "console.log(1)");
  EXPECT_EQ(script->content_type, "text/javascript; charset=utf-8");
  EXPECT_TRUE(script->hashed);
  const StaticFile* icon = site_.Find("/favicon.ico");
  ASSERT_NE(icon, nullptr);
  EXPECT_FALSE(icon->hashed);
}

TEST_F(StaticSiteTest, FallsBackToTheAppOutsideAssets) {
  for (const char* path : {"/", "/reviews/12", "/referrals/new", "/index.html"}) {
    const StaticFile* page = site_.Find(path);
    ASSERT_NE(page, nullptr) << path;
    EXPECT_EQ(page->content_type, "text/html; charset=utf-8") << path;
    EXPECT_FALSE(page->hashed);
  }
}

TEST_F(StaticSiteTest, MissingAssetsAreNotTheApp) {
  EXPECT_EQ(site_.Find("/assets/index-missing1.js"), nullptr);
  EXPECT_EQ(site_.Find("/assets/../index.html"), nullptr);
}

TEST_F(StaticSiteTest, AnswersConditionalRequestsWith304) {
  const StaticFile* script = site_.Find("/assets/index-B1x_9aZq.js");
  const Response fresh = StaticResponse(*script, "", 11, true);
  EXPECT_EQ(fresh.result(), Status::ok);
  EXPECT_EQ(fresh[beast_http::field::cache_control], "public, max-age=31536000, immutable");
  EXPECT_EQ(fresh[beast_http::field::etag], script->etag);
  const Response cached = StaticResponse(*script, script->etag, 11, true);
  EXPECT_EQ(cached.result(), Status::not_modified);
  EXPECT_TRUE(cached.body().empty());
  const Response page = StaticResponse(*site_.Find("/"), "", 11, true);
  EXPECT_EQ(page[beast_http::field::cache_control], "no-cache");
}

TEST(StaticSite, AnAbsentDirectoryIsAnEmptySite) {
  auto site = StaticSite::Load("/nonexistent/casereview/web");
  ASSERT_TRUE(site);
  EXPECT_TRUE(site->empty());
  EXPECT_EQ(site->Find("/"), nullptr);
}

TEST(StaticSite, RecognisesContentHashesAndTypes) {
  EXPECT_TRUE(HasContentHash("index-B1x_9aZq.js"));
  EXPECT_TRUE(HasContentHash("assets/govuk-crest-Dk3-a_9Q.svg"));
  EXPECT_FALSE(HasContentHash("index.js"));
  EXPECT_FALSE(HasContentHash("light-v2.woff2"));
  EXPECT_FALSE(HasContentHash("app-abc$defgh.js"));
  EXPECT_EQ(ContentTypeFor("a.woff2"), "font/woff2");
  EXPECT_EQ(ContentTypeFor("a.svg"), "image/svg+xml");
  EXPECT_EQ(ContentTypeFor("manifest.webmanifest"), "application/manifest+json");
  EXPECT_EQ(ContentTypeFor("a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("README"), "application/octet-stream");
}

}  // namespace
}  // namespace casereview::http
