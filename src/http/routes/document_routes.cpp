#include "http/routes/document_routes.h"

#include <fmt/format.h>

#include <memory>

#include "app/documents/documents.h"
#include "app/platform/blob_store.h"
#include "core/records/field_limits.h"
#include "http/json/json_body.h"
#include "http/json/json_response.h"
#include "http/json/problem.h"
#include "http/routes/case_http.h"
#include "http/server/request_body.h"
#include "http/server/url.h"

namespace casereview::http {
namespace {

using nlohmann::json;

constexpr std::string_view kFileNameHeader = "X-File-Name";

json OptionalJson(const std::optional<std::int64_t>& value) {
  return value ? json(*value) : json(nullptr);
}

json VersionJson(const app::DocumentVersion& version) {
  return {{"number", version.number},
          {"size_bytes", version.size_bytes},
          {"media_type", kMediaTypes.Name(version.media_type)},
          {"sha256", version.sha256},
          {"file_name", version.file_name},
          {"uploaded_by", OptionalJson(version.uploaded_by)},
          {"uploaded_at", version.uploaded_at}};
}

json DocumentJson(const app::Document& document) {
  json versions = json::array();
  for (const auto& version : document.versions) versions.push_back(VersionJson(version));
  return {{"id", document.id},
          {"review_id", document.review_id},
          {"kind", kDocumentKinds.Name(document.kind)},
          {"title", document.title},
          {"language", document.language ? json(*document.language) : json(nullptr)},
          {"agency_id", OptionalJson(document.agency_id)},
          {"created_at", document.created_at},
          {"versions", std::move(versions)}};
}

bool IsAttrChar(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

Response ListRoute(app::Documents& documents, const RequestContext& context) {
  auto review = PathId(context);
  if (!review) return ProblemResponse(review.error(), context.request);
  auto listed = documents.ListDocuments(*context.principal, ActorOf(context), *review);
  if (!listed) return ProblemResponse(listed.error(), context.request);
  json items = json::array();
  for (const auto& document : *listed) items.push_back(DocumentJson(document));
  return JsonResponse(Status::ok, {{"items", std::move(items)}});
}

Response CreateRoute(app::Documents& documents, const RequestContext& context) {
  auto review = PathId(context);
  if (!review) return ProblemResponse(review.error(), context.request);
  auto body = ReadJsonObject(context.request);
  if (!body) return ProblemResponse(body.error(), context.request);
  JsonFields fields(*body, {"kind", "title", "language", "agency_id"});
  const auto kind = fields.Choice("kind", kDocumentKinds, true);
  auto title = fields.BoundedText("title", 1, limits::kName, true);
  auto language = fields.Text("language");
  const auto agency = fields.Integer("agency_id");
  if (auto checked = fields.Check("the document is not valid"); !checked) {
    return ProblemResponse(checked.error(), context.request);
  }
  auto created = documents.CreateDocument(
      *context.principal, ActorOf(context),
      app::NewDocument{*review, *kind, std::move(*title), std::move(language), agency});
  if (!created) return ProblemResponse(created.error(), context.request);
  return CreatedResponse(DocumentJson(*created), fmt::format("/api/documents/{}", created->id));
}

Response UploadRoute(app::Documents& documents, const RequestContext& context) {
  auto document = PathId(context);
  if (!document) return ProblemResponse(document.error(), context.request);
  const auto file_name = PercentDecode(context.request[kFileNameHeader]);
  if (!file_name || !IsUtf8(*file_name)) {
    return ProblemResponse(Error{ErrorCode::kInvalid,
                                 "the file name is not valid",
                                 {{"file_name", "X-File-Name must be percent-encoded UTF-8"}}},
                           context.request);
  }
  auto body = RequestBody::Of(context);
  if (!body) return ProblemResponse(body.error(), context.request);
  auto added = documents.AddVersion(*context.principal, ActorOf(context), *document, body->bytes(),
                                    *file_name);
  if (!added) return ProblemResponse(added.error(), context.request);
  return CreatedResponse(VersionJson(*added),
                         fmt::format("/api/documents/{}/versions/{}", *document, added->number));
}

Response GetRoute(app::Documents& documents, const RequestContext& context) {
  auto id = PathId(context);
  if (!id) return ProblemResponse(id.error(), context.request);
  auto document = documents.GetDocument(*context.principal, ActorOf(context), *id);
  if (!document) return ProblemResponse(document.error(), context.request);
  return JsonResponse(Status::ok, DocumentJson(*document));
}

Response DownloadRoute(app::Documents& documents, const RequestContext& context) {
  auto id = PathId(context);
  if (!id) return ProblemResponse(id.error(), context.request);
  auto number = PathId(context, "number");
  if (!number) return ProblemResponse(number.error(), context.request);
  auto content = documents.GetVersionContent(*context.principal, ActorOf(context), *id, *number);
  if (!content) return ProblemResponse(content.error(), context.request);
  Response response{Status::ok, context.request.version()};
  std::string type(kMediaTypes.Name(content->media_type));
  if (content->media_type == MediaType::kText) type += "; charset=utf-8";
  response.set(beast_http::field::content_type, type);
  response.set(beast_http::field::content_disposition, AttachmentDisposition(content->file_name));
  response.set("X-Content-Type-Options", "nosniff");
  response.set(beast_http::field::cache_control, "no-store");
  response.set(kSendFileField, content->file.string());
  return response;
}

}  // namespace

std::string AttachmentDisposition(std::string_view file_name) {
  std::string plain;
  std::string encoded;
  for (const char c : file_name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7F && c != '"' && c != '\\') plain.push_back(c);
    if (IsAttrChar(byte)) {
      encoded.push_back(c);
    } else {
      encoded += fmt::format("%{:02X}", byte);
    }
  }
  if (plain.empty()) plain = "document";
  return fmt::format("attachment; filename=\"{}\"; filename*=UTF-8''{}", plain, encoded);
}

Result<void> AddDocumentRoutes(Router& router, Services& services) {
  app::Documents& documents = services.use_cases.documents;
  using Use = Response (*)(app::Documents&, const RequestContext&);
  auto handler = [&documents](Use use) {
    return [&documents, use](const RequestContext& context) { return use(documents, context); };
  };
  const Route routes[] = {
      Route{Method::get, "/api/reviews/{id}/documents", Capability::kReadReviews,
            Execution::kWorkerPool, handler(&ListRoute)},
      Route{Method::post, "/api/reviews/{id}/documents", Capability::kReadReviews,
            Execution::kWorkerPool, handler(&CreateRoute)},
      Route{Method::post, "/api/documents/{id}/versions", Capability::kReadReviews,
            Execution::kWorkerPool, handler(&UploadRoute), documents.max_bytes()},
      Route{Method::get, "/api/documents/{id}", Capability::kReadReviews, Execution::kWorkerPool,
            handler(&GetRoute)},
      Route{Method::get, "/api/documents/{id}/versions/{number}", Capability::kReadReviews,
            Execution::kWorkerPool, handler(&DownloadRoute)},
  };
  return router.Add(routes);
}

}  // namespace casereview::http
