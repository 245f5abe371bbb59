#include "app/documents/document_text_job.h"

#include "db/rows.h"

namespace casereview::app {

using db::Value;

NewJob ExtractTextJob(std::int64_t version_id) {
  return NewJob{std::string(kExtractTextJob), {{"document_version_id", version_id}}};
}

Result<void> DocumentTextJob::Run(const Job& job) const {
  const auto id = job.payload.find("document_version_id");
  if (id == job.payload.end()) {
    return Fail(ErrorCode::kInvalid, "the job names no document_version_id");
  }
  struct Stored {
    std::string sha256;
    MediaType type;
  };
  Stored stored;
  {
    auto connection = database_.Acquire();
    if (!connection) return Failure(connection);
    auto found =
        db::QueryOne(**connection,
                     "SELECT v.sha256, v.media_type FROM document_version v "
                     "JOIN document d ON d.id = v.document_id JOIN review r ON "
                     "r.id = d.review_id WHERE v.id = $1 AND r.partnership_id = $2",
                     {Value(id->second), Value(job.partnership_id)}, [](db::RowReader& row) {
                       return Stored{row.Text("sha256"), row.Enum("media_type", kMediaTypes)};
                     });
    if (!found) return Failure(found);
    if (!*found) return Fail(ErrorCode::kNotFound, "the document version is gone");
    stored = std::move(**found);
  }
  auto blob = blobs_.Verify(stored.sha256);
  if (!blob) return Failure(blob);
  auto text = extractor_.Extract(stored.type, blob->path);
  if (!text) return Failure(text);
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto kept = (*connection)
                  ->Execute(
                      "INSERT INTO document_text (document_version_id, outcome, text, "
                      "extracted_at) VALUES ($1, $2, $3, $4) ON CONFLICT (document_version_id) "
                      "DO UPDATE SET outcome = excluded.outcome, text = excluded.text, "
                      "extracted_at = excluded.extracted_at",
                      {Value(id->second), Value(std::string(*text ? "text" : "unreadable")),
                       Value(text->value_or("")), Value(FormatInstant(clock_.Now()))});
  if (!kept) return Failure(kept);
  return {};
}

}  // namespace casereview::app
