// Expected failures as values: every fallible operation returns Result<T>.
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casereview {

// What went wrong, in terms a caller can act on. The HTTP layer maps each code
// to one status in one place (src/http/json/problem.cpp); nothing else decides statuses.
enum class ErrorCode {
  kInvalid,               // the input is wrong; the message names what
  kUnauthenticated,       // nobody is signed in, or the session ended
  kForbidden,             // signed in, but not allowed
  kNotFound,              // no such thing (or not visible to the caller)
  kMethodNotAllowed,      // the resource exists but not with that verb
  kConflict,              // the request clashes with the record's current state
  kPreconditionFailed,    // a conditional write lost a race (stale If-Match)
  kPreconditionRequired,  // an update came without the If-Match it needs
  kTooLarge,              // the request body exceeds the configured limit
  kTooManyRequests,       // the caller must slow down (e.g. repeated failed sign-ins)
  kUnavailable,           // a dependency (database, index) cannot serve now
  kInternal,              // a bug; never the caller's fault
};

// One field that failed validation, named as the caller sent it.
struct FieldError {
  std::string field;
  std::string message;
};

// A failure for a person to read: `message` never contains personal data.
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::vector<FieldError> fields;  // set for kInvalid when specific fields are at fault
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> Fail(ErrorCode code, std::string message) {
  return std::unexpected(Error{code, std::move(message), {}});
}

// kInvalid with `message` and the one field at fault: `why` says what is wrong with it.
inline std::unexpected<Error> Invalid(std::string_view message, std::string field,
                                      std::string why) {
  return std::unexpected(
      Error{ErrorCode::kInvalid, std::string(message), {{std::move(field), std::move(why)}}});
}

// Passes a failed result's error on: `if (!found) return Failure(found);`.
template <typename T>
std::unexpected<Error> Failure(const Result<T>& result) {
  return std::unexpected(result.error());
}

// The stable machine name of a code, e.g. "not_found"; used in problem types and logs.
std::string_view ErrorCodeName(ErrorCode code);

}  // namespace casereview
