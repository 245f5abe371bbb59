#include "integration/server_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace casereview::testing {
namespace {

std::vector<char*> Argv(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  return argv;
}

std::string ReadAll(int fd) {
  std::string text;
  char buffer[4096];
  ssize_t n;
  while ((n = read(fd, buffer, sizeof buffer)) > 0)
    text.append(buffer, static_cast<std::size_t>(n));
  return text;
}

}  // namespace

CommandResult RunCasereview(const std::vector<std::string>& args, const std::string& input) {
  std::vector<std::string> full{CASEREVIEW_BIN};
  full.insert(full.end(), args.begin(), args.end());
  int in[2], out[2], err[2];
  if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) {
    throw std::runtime_error("pipe");
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  for (int fd : {in[1], out[0], err[0]}) posix_spawn_file_actions_addclose(&actions, fd);
  pid_t pid;
  auto argv = Argv(full);
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
    throw std::runtime_error("cannot start casereview");
  }
  posix_spawn_file_actions_destroy(&actions);
  close(in[0]);
  close(out[1]);
  close(err[1]);
  std::thread writer([fd = in[1], &input] {
    (void)!write(fd, input.data(), input.size());
    close(fd);
  });
  CommandResult result;
  std::thread error_reader([&] { result.err = ReadAll(err[0]); });
  result.out = ReadAll(out[0]);
  error_reader.join();
  writer.join();
  close(out[0]);
  close(err[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

ServerProcess::ServerProcess(const std::filesystem::path& data_dir,
                             std::vector<std::string> extra_args)
    : log_file_(data_dir.parent_path() / (data_dir.filename().string() + ".log")) {
  std::vector<std::string> args{CASEREVIEW_BIN, "serve",      "--listen",
                                "127.0.0.1:0",  "--data-dir", data_dir.string()};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  int out[2];
  if (pipe2(out, O_CLOEXEC) != 0) throw std::runtime_error("pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addopen(&actions, 2, log_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  auto argv = Argv(args);
  if (posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
    throw std::runtime_error("cannot start casereview serve");
  }
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);

  stdout_fd_ = out[0];
  reader_ = std::thread([this] {
    char chunk[4096];
    ssize_t n;
    while ((n = read(stdout_fd_, chunk, sizeof chunk)) > 0) {
      std::lock_guard lock(output_mutex_);
      output_.append(chunk, static_cast<std::size_t>(n));
    }
  });

  // The first stdout line names the bound port; allow time for a sanitizer build.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    {
      std::lock_guard lock(output_mutex_);
      const auto newline = output_.find('\n');
      if (newline != std::string::npos) {
        first_line_ = output_.substr(0, newline);
        break;
      }
    }
    if (!running()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const auto colon = first_line_.rfind(':');
  if (!first_line_.starts_with("listening on http://") || colon == std::string::npos) {
    Terminate(std::chrono::seconds(2));
    throw std::runtime_error("server did not start; stdout: '" + Output() + "' log: " + Log());
  }
  port_ = static_cast<unsigned short>(std::stoi(first_line_.substr(colon + 1)));
}

std::string ServerProcess::Output() const {
  std::lock_guard lock(output_mutex_);
  return output_;
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) Terminate(std::chrono::seconds(5));
  if (reader_.joinable()) reader_.join();
  if (stdout_fd_ >= 0) close(stdout_fd_);
  std::error_code ignored;
  std::filesystem::remove(log_file_, ignored);
}

bool ServerProcess::running() {
  if (pid_ <= 0) return false;
  int status;
  return waitpid(pid_, &status, WNOHANG) == 0;
}

std::optional<int> ServerProcess::Terminate(std::chrono::milliseconds limit) {
  if (pid_ <= 0) return std::nullopt;
  kill(pid_, SIGTERM);
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return std::nullopt;
}

std::string ServerProcess::Log() const {
  std::ifstream in(log_file_);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace casereview::testing
