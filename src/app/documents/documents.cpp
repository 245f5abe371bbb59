#include "app/documents/documents.h"

#include "app/documents/document_text_job.h"

#include <fmt/format.h>

#include <map>

#include "app/audit/audit_trail.h"
#include "app/reviews/case_access.h"
#include "core/documents/office_package.h"
#include "core/records/text.h"

namespace casereview::app {
namespace {

using db::Value;

constexpr std::string_view kDocumentColumns =
    "d.id, d.review_id, d.kind, d.title, d.language, d.agency_id, d.created_at";
constexpr std::string_view kVersionColumns =
    "v.number, v.sha256, v.size_bytes, v.media_type, v.file_name, v.uploaded_by, v.uploaded_at";
constexpr std::size_t kMaxFileNameBytes = 200;

std::unexpected<Error> NoSuchDocument() {
  return Fail(ErrorCode::kNotFound, "there is no such document");
}

Document ReadDocument(const db::Row& row) {
  Document document;
  document.id = row.Int(0).value_or(0);
  document.review_id = row.Int(1).value_or(0);
  document.kind = kDocumentKinds.Parse(row.Text(2).value_or("")).value_or(DocumentKind::kOther);
  document.title = row.Text(3).value_or("");
  document.language = row.Text(4);
  document.agency_id = row.Int(5);
  document.created_at = row.Text(6).value_or("");
  return document;
}

// Columns from `first` on, in kVersionColumns order.
DocumentVersion ReadVersion(const db::Row& row, std::size_t first) {
  DocumentVersion version;
  version.number = row.Int(first).value_or(0);
  version.sha256 = row.Text(first + 1).value_or("");
  version.size_bytes = row.Int(first + 2).value_or(0);
  version.media_type =
      kMediaTypes.Parse(row.Text(first + 3).value_or("")).value_or(MediaType::kText);
  version.file_name = row.Text(first + 4).value_or("");
  version.uploaded_by = row.Int(first + 5);
  version.uploaded_at = row.Text(first + 6).value_or("");
  return version;
}

Result<std::vector<DocumentVersion>> LoadVersions(db::Connection& connection,
                                                  std::int64_t document_id) {
  auto rows = connection.Query(
      fmt::format("SELECT {} FROM document_version v WHERE v.document_id = $1 ORDER BY v.number",
                  kVersionColumns),
      {Value(document_id)});
  if (!rows) return Failure(rows);
  std::vector<DocumentVersion> versions;
  for (const auto& row : *rows) versions.push_back(ReadVersion(row, 0));
  return versions;
}

// An agency lead's summary view shows only their agency's documents.
bool Shows(const ReviewAccess& access, const Document& document) {
  return !access.summary_only || (access.agency_id && document.agency_id == access.agency_id);
}

struct VisibleDocument {
  Document document;
  ReviewAccess access;
};

// Document `document_id` with its versions; kNotFound when there is none.
Result<Document> LoadDocument(db::Connection& connection, std::int64_t document_id) {
  auto rows =
      connection.Query(fmt::format("SELECT {} FROM document d WHERE d.id = $1", kDocumentColumns),
                       {Value(document_id)});
  if (!rows) return Failure(rows);
  if (rows->empty()) return NoSuchDocument();
  Document document = ReadDocument(rows->front());
  auto versions = LoadVersions(connection, document_id);
  if (!versions) return Failure(versions);
  document.versions = std::move(*versions);
  return document;
}

// Document `document_id` with the caller's access to its review; kNotFound
// when either does not exist for the caller.
Result<VisibleDocument> FindVisible(db::Connection& connection, const Principal& principal,
                                    std::int64_t document_id) {
  auto loaded = LoadDocument(connection, document_id);
  if (!loaded) return Failure(loaded);
  Document document = std::move(*loaded);
  auto access = AccessReview(connection, principal, document.review_id);
  if (!access) {
    if (access.error().code == ErrorCode::kNotFound) return NoSuchDocument();
    return Failure(access);
  }
  if (!Shows(*access, document)) return NoSuchDocument();
  return VisibleDocument{std::move(document), *access};
}

// An agency lead's own agency report: the one thing they add to a review.
bool IsOwnAgencyReport(const Principal& principal, DocumentKind kind,
                       std::optional<std::int64_t> agency_id) {
  return principal.Is(Role::kAgencyLead) && principal.agency_id &&
         kind == DocumentKind::kAgencyReport && (!agency_id || agency_id == principal.agency_id);
}

Result<void> CheckMayAddVersion(const Principal& principal, const VisibleDocument& found) {
  if (auto open = CheckOpen(found.access); !open) return open;
  if (found.access.may_edit ||
      (IsOwnAgencyReport(principal, found.document.kind, found.document.agency_id) &&
       found.document.agency_id)) {
    return {};
  }
  return Fail(ErrorCode::kForbidden, "you may not add to this document");
}

bool IsLanguageTag(std::string_view tag) {
  return tag.size() >= 2 && tag.size() <= 35 &&
         tag.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") ==
             std::string_view::npos;
}

Result<void> ValidateNewDocument(db::Connection& connection, const NewDocument& document) {
  constexpr std::string_view kMessage = "the document is not valid";
  if (document.title.empty() || document.title.size() > 200) {
    return Invalid(std::string(kMessage), "title", "must be 1 to 200 characters");
  }
  const bool translation = document.kind == DocumentKind::kTranslation;
  if (translation && !document.language) {
    return Invalid(std::string(kMessage), "language", "a translation needs its language");
  }
  if (!translation && document.language) {
    return Invalid(std::string(kMessage), "language", "only a translation has a language");
  }
  if (document.language && !IsLanguageTag(*document.language)) {
    return Invalid(std::string(kMessage), "language",
                   "must be a language tag such as \"pl\" or \"pt-BR\"");
  }
  if (document.agency_id) {
    auto rows = connection.Query(
        "SELECT 1 FROM agency a JOIN review r ON r.partnership_id = a.partnership_id "
        "WHERE a.id = $1 AND r.id = $2",
        {Value(*document.agency_id), Value(document.review_id)});
    if (!rows) return Failure(rows);
    if (rows->empty()) {
      return Invalid(std::string(kMessage), "agency_id",
                     "there is no such agency in the partnership");
    }
  }
  return {};
}

std::map<std::string, std::string> VersionDetail(const Document& document,
                                                 const DocumentVersion& version) {
  return {{"review_id", std::to_string(document.review_id)},
          {"kind", std::string(kDocumentKinds.Name(document.kind))},
          {"number", std::to_string(version.number)},
          {"size_bytes", std::to_string(version.size_bytes)},
          {"media_type", std::string(kMediaTypes.Name(version.media_type))}};
}

}  // namespace

std::string SafeFileName(std::string_view given, MediaType type) {
  const std::string visible = WithoutBidiControls(given);
  std::string_view raw = visible;
  const auto separator = raw.find_last_of("/\\");
  if (separator != std::string_view::npos) raw.remove_prefix(separator + 1);
  std::string name;
  for (std::size_t i = 0; i < raw.size();) {
    const std::size_t length = Utf8SequenceLength(raw.substr(i));
    if (length == 0) {
      ++i;
      continue;
    }
    const auto lead = static_cast<unsigned char>(raw[i]);
    if (length > 1 || (lead >= 0x20 && lead != 0x7F)) name.append(raw.substr(i, length));
    i += length;
  }
  const auto first = name.find_first_not_of(" .");
  name = first == std::string::npos ? std::string() : name.substr(first);
  while (!name.empty() && (name.back() == ' ' || name.back() == '.')) name.pop_back();
  if (name.empty()) name = "document";
  const std::string extension =
      HasExtensionOf(name, type) ? std::string() : fmt::format(".{}", FileExtension(type));
  const std::size_t room = kMaxFileNameBytes - extension.size();
  if (name.size() > room) {
    std::size_t cut = room;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0U) == 0x80U) --cut;
    if (extension.empty()) {
      // Keep the extension that made the name acceptable.
      const std::string own = name.substr(name.rfind('.'));
      cut = room - own.size();
      while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0U) == 0x80U) --cut;
      return name.substr(0, cut) + own;
    }
    name.resize(cut);
  }
  return name + extension;
}

Result<Document> Documents::CreateDocument(const Principal& principal, const Actor& actor,
                                           const NewDocument& document) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<Document> {
    NewDocument accepted = document;
    auto access = AccessReview(tx, principal, document.review_id);
    if (!access) return Failure(access);
    if (auto open = CheckOpen(*access); !open) return Failure(open);
    if (!access->may_edit) {
      if (!IsOwnAgencyReport(principal, document.kind, document.agency_id)) {
        return Fail(ErrorCode::kForbidden, "you may not add documents to this review");
      }
      accepted.agency_id = principal.agency_id;
    }
    if (auto valid = ValidateNewDocument(tx, accepted); !valid) return Failure(valid);
    auto inserted = tx.Query(
        "INSERT INTO document (review_id, kind, language, title, agency_id, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {Value(accepted.review_id), Value(std::string(kDocumentKinds.Name(accepted.kind))),
         accepted.language ? Value(*accepted.language) : Value(nullptr), Value(accepted.title),
         accepted.agency_id ? Value(*accepted.agency_id) : Value(nullptr),
         Value(FormatInstant(now))});
    if (!inserted) return Failure(inserted);
    const std::int64_t id = inserted->front().Int(0).value_or(0);
    if (auto audited =
            RecordEvent(tx, actor, "document.created", "document", std::to_string(id), now,
                        {{"review_id", std::to_string(accepted.review_id)},
                         {"kind", std::string(kDocumentKinds.Name(accepted.kind))}});
        !audited) {
      return Failure(audited);
    }
    return LoadDocument(tx, id);
  });
}

Result<DocumentVersion> Documents::AddVersion(const Principal& principal, const Actor& actor,
                                              std::int64_t document_id, std::string_view bytes,
                                              std::string_view file_name) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  {
    auto found = FindVisible(**connection, principal, document_id);
    if (!found) return Failure(found);
    if (auto allowed = CheckMayAddVersion(principal, *found); !allowed) return Failure(allowed);
  }
  if (bytes.size() > max_bytes_) {
    return Fail(ErrorCode::kTooLarge,
                fmt::format("the file exceeds the limit of {} bytes", max_bytes_));
  }
  const auto type = SniffMediaType(bytes);
  if (!type) {
    const std::string refusal =
        fmt::format("the file is not a type casereview accepts: {}", kAcceptedFileTypes);
    return Invalid(refusal, "file", refusal);
  }
  if (auto problem = OfficePackageProblem(bytes, *type)) return Invalid(*problem, "file", *problem);
  if (HoldsMarkup(bytes, *type)) {
    std::string kind(FileExtension(*type));
    for (char& c : kind) c = static_cast<char>(c - 'a' + 'A');
    const std::string refusal = fmt::format(
        "the file is a {} file that also holds web page or script markup, which a browser could "
        "run: save or export it again from the program that made it",
        kind);
    return Invalid(refusal, "file", refusal);
  }
  // The blob goes first: a blob without a row is harmless, a row without a blob is not.
  auto sha = blobs_.Put(bytes);
  if (!sha) return Failure(sha);
  const Instant now = clock_.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<DocumentVersion> {
    auto found = FindVisible(tx, principal, document_id);
    if (!found) return Failure(found);
    if (auto allowed = CheckMayAddVersion(principal, *found); !allowed) return Failure(allowed);
    DocumentVersion version;
    version.sha256 = *sha;
    version.size_bytes = static_cast<std::int64_t>(bytes.size());
    version.media_type = *type;
    version.file_name = SafeFileName(file_name, *type);
    version.uploaded_by = principal.user_id;
    version.uploaded_at = FormatInstant(now);
    auto inserted = tx.Query(
        "INSERT INTO document_version (document_id, number, sha256, size_bytes, media_type, "
        "file_name, uploaded_by, uploaded_at) "
        "SELECT $1, COALESCE(MAX(number), 0) + 1, $2, $3, $4, $5, $6, $7 "
        "FROM document_version WHERE document_id = $1 RETURNING id, number",
        {Value(document_id), Value(version.sha256), Value(version.size_bytes),
         Value(std::string(kMediaTypes.Name(version.media_type))), Value(version.file_name),
         Value(principal.user_id), Value(version.uploaded_at)});
    if (!inserted) return Failure(inserted);
    version.number = inserted->front().Int(1).value_or(0);
    // Its text is read later, off the request, by the job queue.
    auto queued = EnqueueJob(tx, principal.partnership_id,
                             ExtractTextJob(inserted->front().Int(0).value_or(0)), now);
    if (!queued) return Failure(queued);
    if (found->document.kind == DocumentKind::kFinalReport) {
      // The review names its final report (what partners sign off): a new
      // version is a change of the review, and of its rendered copies.
      auto touched =
          tx.Execute("UPDATE review SET version = version + 1, updated_at = $1 WHERE id = $2",
                     {Value(version.uploaded_at), Value(found->document.review_id)});
      if (!touched) return Failure(touched);
    }
    if (auto audited =
            RecordEvent(tx, actor, "document.version_added", "document",
                        std::to_string(document_id), now, VersionDetail(found->document, version));
        !audited) {
      return Failure(audited);
    }
    return version;
  });
}

Result<std::vector<Document>> Documents::ListDocuments(const Principal& principal,
                                                       const Actor& actor, std::int64_t review_id) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto access = AccessReview(**connection, principal, review_id);
  if (!access) return Failure(access);
  std::vector<Document> documents;
  if (access->summary_only && !access->agency_id) return documents;
  auto rows = (*connection)
                  ->Query(fmt::format("SELECT {} FROM document d WHERE d.review_id = $1 AND "
                                      "($2 IS NULL OR d.agency_id = $2) ORDER BY d.id",
                                      kDocumentColumns),
                          {Value(review_id),
                           access->summary_only ? Value(*access->agency_id) : Value(nullptr)});
  if (!rows) return Failure(rows);
  std::map<std::int64_t, std::size_t> index;
  for (const auto& row : *rows) {
    documents.push_back(ReadDocument(row));
    index[documents.back().id] = documents.size() - 1;
  }
  auto versions = (*connection)
                      ->Query(fmt::format("SELECT v.document_id, {} FROM document_version v "
                                          "JOIN document d ON d.id = v.document_id "
                                          "WHERE d.review_id = $1 ORDER BY v.document_id, v.number",
                                          kVersionColumns),
                              {Value(review_id)});
  if (!versions) return Failure(versions);
  for (const auto& row : *versions) {
    const auto found = index.find(row.Int(0).value_or(0));
    if (found != index.end()) documents[found->second].versions.push_back(ReadVersion(row, 1));
  }
  if (auto audited = RecordRestrictedRead(**connection, *access, actor, clock_.Now(), "documents");
      !audited) {
    return Failure(audited);
  }
  return documents;
}

Result<Document> Documents::GetDocument(const Principal& principal, const Actor& actor,
                                        std::int64_t document_id) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto found = FindVisible(**connection, principal, document_id);
  if (!found) return Failure(found);
  if (auto audited =
          RecordRestrictedRead(**connection, found->access, actor, clock_.Now(), "document");
      !audited) {
    return Failure(audited);
  }
  return std::move(found->document);
}

Result<DocumentContent> Documents::GetVersionContent(const Principal& principal, const Actor& actor,
                                                     std::int64_t document_id,
                                                     std::int64_t number) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto found = FindVisible(**connection, principal, document_id);
  if (!found) return Failure(found);
  const Document& document = found->document;
  const DocumentVersion* version = nullptr;
  for (const auto& candidate : document.versions) {
    if (candidate.number == number) version = &candidate;
  }
  if (version == nullptr) return Fail(ErrorCode::kNotFound, "there is no such version");
  // Verified outside the transaction: a large file must not hold the write lock.
  auto blob = blobs_.Verify(version->sha256);
  if (!blob) return Failure(blob);
  const Instant now = clock_.Now();
  auto audited = db::InTransaction(**connection, [&](db::Connection& tx) -> Result<void> {
    return RecordEvent(tx, actor, "document.downloaded", "document", std::to_string(document_id),
                       now, VersionDetail(document, *version));
  });
  if (!audited) return Failure(audited);
  return DocumentContent{std::move(blob->path), blob->size, version->media_type,
                         version->file_name};
}

Result<std::optional<FinalReport>> LatestFinalReport(db::Connection& connection,
                                                     std::int64_t review_id) {
  auto rows = connection.Query(
      "SELECT d.id, d.title, v.id, v.number, v.file_name FROM document d "
      "JOIN document_version v ON v.document_id = d.id "
      "WHERE d.review_id = $1 AND d.kind = 'final_report' ORDER BY v.id DESC LIMIT 1",
      {Value(review_id)});
  if (!rows) return Failure(rows);
  if (rows->empty()) return std::optional<FinalReport>{};
  const db::Row& row = rows->front();
  return std::optional{FinalReport{row.Int(0).value_or(0), row.Text(1).value_or(""),
                                   row.Int(2).value_or(0), static_cast<int>(row.Int(3).value_or(0)),
                                   row.Text(4).value_or("")}};
}

}  // namespace casereview::app
