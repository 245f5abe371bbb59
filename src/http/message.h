// The HTTP message types every part of src/http shares.
#pragma once

#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange

#include <boost/beast/http.hpp>

namespace casereview::http {

namespace beast_http = boost::beast::http;

using Request = beast_http::request<beast_http::string_body>;
using Response = beast_http::response<beast_http::string_body>;
using Method = beast_http::verb;
using Status = beast_http::status;

}  // namespace casereview::http
