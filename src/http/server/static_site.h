// The built web app (web/dist), loaded into memory once at start-up so that a
// request never touches the filesystem and no request path can escape the site.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "http/server/message.h"

namespace casereview::http {

struct StaticFile {
  std::string body;
  std::string content_type;
  std::string etag;     // quoted strong validator derived from the bytes
  bool hashed = false;  // the name carries a content hash: cacheable for a year
};

class StaticSite {
 public:
  // Reads every regular file below `root` (symbolic links are not followed).
  // An absent root gives an empty site; an unreadable file is kUnavailable.
  static Result<StaticSite> Load(const std::filesystem::path& root);

  // The file for a URL path ("/assets/index-3f9a1c2b.js"); a path that names no
  // file and lies outside /assets/ gets index.html, so that the app's own
  // routes ("/reviews/12") load the app. nullopt when there is nothing to serve.
  const StaticFile* Find(std::string_view path) const;

  bool empty() const { return files_.empty(); }

 private:
  std::map<std::string, StaticFile, std::less<>> files_;  // keyed by URL path
};

// The Content-Type for a file name, by its extension; unknown ones are
// application/octet-stream.
std::string_view ContentTypeFor(std::string_view file_name);

// True for Vite's content-hashed output names such as "index-B1x_9aZq.js".
bool HasContentHash(std::string_view file_name);

// A 200 (or 304 when if_none_match equals the file's ETag) carrying `file`.
Response StaticResponse(const StaticFile& file, std::string_view if_none_match, unsigned version,
                        bool keep_alive);

}  // namespace casereview::http
