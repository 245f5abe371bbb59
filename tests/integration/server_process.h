// Runs the real casereview binary as a child process for integration tests.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace casereview::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `casereview args...` to completion with `input` on stdin.
CommandResult RunCasereview(const std::vector<std::string>& args, const std::string& input = "");

// `casereview serve --listen 127.0.0.1:0 --data-dir DIR extra...`; the constructor
// waits for the "listening on" line and fails the test if it never comes.
class ServerProcess {
 public:
  ServerProcess(const std::filesystem::path& data_dir, std::vector<std::string> extra_args = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  unsigned short port() const { return port_; }
  const std::string& first_line() const { return first_line_; }
  // Everything the server wrote to stdout so far.
  std::string Output() const;
  bool running();
  // Sends SIGTERM and waits; returns the exit code, or nullopt if it had not
  // exited after `limit` (then it is killed).
  std::optional<int> Terminate(std::chrono::milliseconds limit);
  // Everything the server wrote to stderr so far (its log).
  std::string Log() const;

 private:
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  std::thread reader_;  // keeps draining stdout so the server never blocks on it
  mutable std::mutex output_mutex_;
  std::string output_;
  unsigned short port_ = 0;
  std::string first_line_;
  std::filesystem::path log_file_;
};

}  // namespace casereview::testing
