// The HTTP message types every part of src/http shares.
#pragma once

#include <string_view>
#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange

#include <boost/beast/http.hpp>

namespace casereview::http {

namespace beast_http = boost::beast::http;

using Request = beast_http::request<beast_http::string_body>;
using Response = beast_http::response<beast_http::string_body>;
using Method = beast_http::verb;
using Status = beast_http::status;

// A response whose body is a file, streamed from disk by the server a buffer
// at a time instead of held in memory (the X-Sendfile idiom): a route sets
// this field to the file's path and leaves the body empty. The server always
// removes the field before anything is sent (http/server/server.cpp), so it never
// reaches a client; only routes set it, never a request.
inline constexpr std::string_view kSendFileField = "X-Casereview-Send-File";

}  // namespace casereview::http
