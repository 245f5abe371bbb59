// A small blocking HTTP/1.1 client for integration tests.
#pragma once

#include <map>
#include <string>

namespace casereview::testing {

struct HttpReply {
  unsigned status = 0;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;

  std::string Header(const std::string& name) const {
    auto found = headers.find(name);
    return found == headers.end() ? "" : found->second;
  }
};

struct HttpRequest {
  std::string method = "GET";
  std::string target = "/";
  std::map<std::string, std::string> headers;
  std::string body;
};

// Sends one request on a new connection and reads the reply; throws on I/O errors.
HttpReply Send(unsigned short port, const HttpRequest& request);
HttpReply Get(unsigned short port, const std::string& target);

// Writes raw bytes, then reads until the server closes or `timeout_ms` passes;
// returns what came back (possibly nothing). Never throws on I/O errors.
std::string SendRaw(unsigned short port, const std::string& bytes, int timeout_ms = 3000);

}  // namespace casereview::testing
