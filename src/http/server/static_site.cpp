#include "http/server/static_site.h"

#include <fmt/format.h>
#include <fmt/std.h>
#include <sodium.h>

#include <array>
#include <fstream>
#include <sstream>

namespace casereview::http {
namespace {

constexpr std::string_view kIndex = "/index.html";

std::string EtagFor(std::string_view body) {
  std::array<unsigned char, 16> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(body.data()), body.size(), nullptr, 0);
  std::array<char, 33> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return fmt::format("\"{}\"", hex.data());
}

}  // namespace

std::string_view ContentTypeFor(std::string_view file_name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kTypes = {{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".webmanifest", "application/manifest+json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".jpg", "image/jpeg"},
      {".webp", "image/webp"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
      {".pdf", "application/pdf"},
  }};
  for (const auto& [extension, type] : kTypes) {
    if (file_name.ends_with(extension)) return type;
  }
  return "application/octet-stream";
}

bool HasContentHash(std::string_view file_name) {
  // Vite names its output "[name]-[hash].[ext]" with an 8-character base64url hash.
  constexpr std::size_t kHashLength = 8;
  const auto slash = file_name.rfind('/');
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  const auto stem = file_name.substr(0, file_name.find('.'));
  if (stem.size() <= kHashLength + 1 || stem[stem.size() - kHashLength - 1] != '-') return false;
  for (const char c : stem.substr(stem.size() - kHashLength)) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                         (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!allowed) return false;
  }
  return true;
}

Result<StaticSite> StaticSite::Load(const std::filesystem::path& root) {
  namespace fs = std::filesystem;
  StaticSite site;
  std::error_code error;
  if (!fs::is_directory(root, error)) return site;
  for (auto it = fs::recursive_directory_iterator(root, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (!it->is_regular_file(error) || it->is_symlink(error)) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
      return Fail(ErrorCode::kUnavailable, fmt::format("cannot read web file {}", it->path()));
    }
    const std::string url = "/" + fs::relative(it->path(), root).generic_string();
    StaticFile file;
    file.body = std::move(bytes).str();
    file.content_type = std::string(ContentTypeFor(url));
    file.etag = EtagFor(file.body);
    file.hashed = url.starts_with("/assets/") && HasContentHash(url);
    site.files_.emplace(url, std::move(file));
  }
  if (error) {
    return Fail(ErrorCode::kUnavailable,
                fmt::format("cannot list web directory {}: {}", root, error.message()));
  }
  return site;
}

const StaticFile* StaticSite::Find(std::string_view path) const {
  if (path == "/") path = kIndex;
  if (auto found = files_.find(path); found != files_.end()) return &found->second;
  if (path.starts_with("/assets/")) return nullptr;
  if (auto index = files_.find(kIndex); index != files_.end()) return &index->second;
  return nullptr;
}

Response StaticResponse(const StaticFile& file, std::string_view if_none_match, unsigned version,
                        bool keep_alive) {
  using beast_http::field;
  const bool unchanged = !if_none_match.empty() && if_none_match == file.etag;
  Response response{unchanged ? Status::not_modified : Status::ok, version};
  response.keep_alive(keep_alive);
  response.set(field::etag, file.etag);
  response.set(field::cache_control,
               file.hashed ? "public, max-age=31536000, immutable" : "no-cache");
  if (!unchanged) {
    response.set(field::content_type, file.content_type);
    response.body() = file.body;
  }
  response.prepare_payload();
  return response;
}

}  // namespace casereview::http
