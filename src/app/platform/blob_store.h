// The content-addressed store of uploaded documents: each blob is a file named
// by the SHA-256 of its bytes, under ROOT/ab/cd/<64 hex digits>, owner-only
// (files 0600, directories 0700). A blob is written to ROOT/tmp, synced and
// renamed into place, so a reader never sees a partial blob. Blobs are never
// changed or deleted here. Thread-safe; blocking (call from a worker pool).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/error.h"

namespace casereview::app {

struct VerifiedBlob {
  std::filesystem::path path;
  std::uintmax_t size = 0;
};

class BlobStore {
 public:
  // `root` is DATA_DIR/blobs; it is created (0700) on the first Put.
  explicit BlobStore(std::filesystem::path root) : root_(std::move(root)) {}

  // Stores `bytes` and returns their SHA-256 (lower-case hex). Storing bytes
  // already present changes nothing. kUnavailable when the disk refuses.
  Result<std::string> Put(std::string_view bytes) const;

  // Blob `sha256`'s file and size, once its bytes have been read through and
  // hashed (a 64 KiB buffer at a time, never the whole blob in memory):
  // kUnavailable ("the stored document is damaged" or "... is missing") when
  // they do not match or the blob is gone; kNotFound when `sha256` is not 64
  // lower-case hex digits. Blobs are never changed, so the file stays what
  // was verified for as long as it is read.
  Result<VerifiedBlob> Verify(std::string_view sha256) const;

  // Where blob `sha256` lives (whether or not it exists).
  std::filesystem::path PathOf(std::string_view sha256) const;

  // The lower-case hex SHA-256 of `bytes`.
  static std::string Sha256Hex(std::string_view bytes);

 private:
  std::filesystem::path root_;
};

}  // namespace casereview::app
