#include "search/xapian/xapian_index.h"

#include <fmt/format.h>
#include <xapian.h>

namespace casereview::search {
namespace {

constexpr std::string_view kKeyPrefix = "Q";    // the unique key term (Xapian's convention)
constexpr std::string_view kTitlePrefix = "S";  // words of the title
constexpr Xapian::valueno kTitleSlot = 0;
constexpr std::size_t kSnippetBytes = 240;
constexpr std::size_t kMaxLimit = 200;

std::unexpected<Error> Unavailable(const Xapian::Error& error) {
  return Fail(ErrorCode::kUnavailable,
              fmt::format("the search index cannot serve now: {}", error.get_msg()));
}

}  // namespace

struct XapianIndex::State {
  explicit State(Xapian::WritableDatabase opened) : database(std::move(opened)) {}
  Xapian::WritableDatabase database;
  Xapian::Stem stemmer{"english"};
};

XapianIndex::XapianIndex(std::unique_ptr<State> state) : state_(std::move(state)) {}
XapianIndex::~XapianIndex() = default;

Result<std::unique_ptr<XapianIndex>> XapianIndex::Open(const std::filesystem::path& folder) {
  try {
    auto state = std::make_unique<State>(
        Xapian::WritableDatabase(folder.string(), Xapian::DB_CREATE_OR_OPEN));
    return std::unique_ptr<XapianIndex>(new XapianIndex(std::move(state)));
  } catch (const Xapian::Error& error) {
    return Unavailable(error);
  }
}

Result<void> XapianIndex::Put(const IndexedText& text) {
  if (text.key.empty()) return Fail(ErrorCode::kInvalid, "an indexed text needs its key");
  std::lock_guard lock(mutex_);
  try {
    Xapian::Document document;
    Xapian::TermGenerator terms;
    terms.set_stemmer(state_->stemmer);
    terms.set_document(document);
    terms.index_text(text.title, 1, std::string(kTitlePrefix));
    terms.index_text(text.title, 2);  // the title counts in plain searches too, above the text
    terms.increase_termpos();
    terms.index_text(text.text);
    document.set_data(text.text);
    document.add_value(kTitleSlot, text.title);
    const std::string key = std::string(kKeyPrefix) + text.key;
    document.add_boolean_term(key);
    state_->database.replace_document(key, document);
    state_->database.commit();
    return {};
  } catch (const Xapian::Error& error) {
    return Unavailable(error);
  }
}

Result<void> XapianIndex::Remove(std::string_view key) {
  std::lock_guard lock(mutex_);
  try {
    state_->database.delete_document(std::string(kKeyPrefix) + std::string(key));
    state_->database.commit();
    return {};
  } catch (const Xapian::Error& error) {
    return Unavailable(error);
  }
}

Result<std::vector<SearchHit>> XapianIndex::Search(std::string_view query,
                                                   std::size_t limit) const {
  std::lock_guard lock(mutex_);
  try {
    Xapian::QueryParser parser;
    parser.set_stemmer(state_->stemmer);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_database(state_->database);
    parser.add_prefix("title", std::string(kTitlePrefix));
    Xapian::Query parsed;
    try {
      parsed = parser.parse_query(
          std::string(query), Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PHRASE);
    } catch (const Xapian::QueryParserError& error) {
      return Invalid("the search cannot be read", "q", error.get_msg());
    }
    Xapian::Enquire enquire(state_->database);
    enquire.set_query(parsed);
    const Xapian::MSet matches =
        enquire.get_mset(0, static_cast<Xapian::doccount>(std::min(limit, kMaxLimit)));
    std::vector<SearchHit> hits;
    for (auto match = matches.begin(); match != matches.end(); ++match) {
      const Xapian::Document document = match.get_document();
      SearchHit hit;
      for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        const std::string name = *term;
        if (name.starts_with(kKeyPrefix)) {
          hit.key = name.substr(kKeyPrefix.size());
          break;
        }
      }
      hit.title = document.get_value(kTitleSlot);
      hit.snippet = matches.snippet(document.get_data(), kSnippetBytes, state_->stemmer,
                                    Xapian::MSet::SNIPPET_EXHAUSTIVE, "", "", "...");
      hits.push_back(std::move(hit));
    }
    return hits;
  } catch (const Xapian::Error& error) {
    return Unavailable(error);
  }
}

}  // namespace casereview::search
