#include "app/documents/text_extractor.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <fstream>
#include <iterator>

#include "core/documents/document_text.h"
#include "core/records/text.h"

namespace casereview::app {
namespace {

// A child process killed and reaped on every path out of ReadPdf.
struct Child {
  pid_t pid = -1;
  ~Child() {
    if (pid <= 0) return;
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
  }
};

struct Pipe {
  int read = -1;
  int write = -1;
  ~Pipe() {
    if (read >= 0) close(read);
    if (write >= 0) close(write);
  }
};

void Limit(int resource, rlim_t value) {
  const rlimit limit{value, value};
  setrlimit(resource, &limit);
}

}  // namespace

Result<std::optional<std::string>> LocalTextExtractor::Extract(
    MediaType type, const std::filesystem::path& file) const {
  if (type == MediaType::kPdf) {
    auto text = ReadPdf(file);
    if (!text) return Failure(text);
    return std::optional<std::string>(std::move(*text));
  }
  if (type != MediaType::kDocx && type != MediaType::kOdt && type != MediaType::kText) {
    return std::optional<std::string>();
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return Fail(ErrorCode::kUnavailable, "the stored document cannot be read");
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto text = PlainTextOf(bytes, type);
  if (!text) {
    return Fail(ErrorCode::kInvalid,
                fmt::format("the document does not hold readable {}", kMediaTypes.Name(type)));
  }
  return std::optional<std::string>(std::move(*text));
}

Result<std::string> LocalTextExtractor::ReadPdf(const std::filesystem::path& file) const {
  Pipe out;
  int ends[2];
  if (pipe2(ends, O_CLOEXEC) != 0)
    return Fail(ErrorCode::kUnavailable, "cannot start the PDF reader");
  out.read = ends[0];
  out.write = ends[1];
  const std::string program = pdftotext_.string();
  const std::string input = file.string();
  const char* argv[] = {program.c_str(), "-q",          "-enc", "UTF-8", "-eol",
                        "unix",          input.c_str(), "-",    nullptr};
  const char* envp[] = {"PATH=/usr/bin:/bin", "LANG=C.UTF-8", nullptr};
  Child child;
  child.pid = fork();
  if (child.pid < 0) return Fail(ErrorCode::kUnavailable, "cannot start the PDF reader");
  if (child.pid == 0) {
    // Only async-signal-safe calls between fork and exec.
    dup2(out.write, STDOUT_FILENO);
    const int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
      dup2(null, STDIN_FILENO);
      dup2(null, STDERR_FILENO);
    }
    for (int fd = 3; fd < 1024; ++fd) close(fd);  // inherited sockets, the database
    Limit(RLIMIT_CPU, static_cast<rlim_t>(limits_.cpu.count()));
    Limit(RLIMIT_AS, limits_.memory_bytes);
    Limit(RLIMIT_FSIZE, 0);  // no file may be written
    Limit(RLIMIT_CORE, 0);
    Limit(RLIMIT_NPROC, 0);  // no further processes (counted per user: best effort)
    execve(argv[0], const_cast<char* const*>(argv), const_cast<char* const*>(envp));
    _exit(127);
  }
  close(out.write);
  out.write = -1;
  std::string text;
  const auto deadline = std::chrono::steady_clock::now() + limits_.wall;
  char buffer[64 * 1024];
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return Fail(ErrorCode::kInvalid, "the PDF took too long to read");
    pollfd ready{out.read, POLLIN, 0};
    const int polled = poll(&ready, 1, static_cast<int>(left.count()));
    if (polled < 0 && errno == EINTR) continue;
    if (polled <= 0) continue;
    const ssize_t got = read(out.read, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    text.append(buffer, static_cast<std::size_t>(got));
    if (text.size() > kMaxDocumentTextBytes) break;  // enough: the rest is cut
  }
  if (text.size() > kMaxDocumentTextBytes) {
    CutUtf8(text, kMaxDocumentTextBytes);
    return text;  // the child is killed on the way out
  }
  int status = 0;
  if (waitpid(child.pid, &status, 0) != child.pid) {
    return Fail(ErrorCode::kUnavailable, "the PDF reader was lost");
  }
  child.pid = -1;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return text;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    return Fail(ErrorCode::kUnavailable, "the PDF reader (pdftotext) is not installed");
  }
  if (WIFSIGNALED(status)) {
    return Fail(ErrorCode::kInvalid, "the PDF reader stopped at its limits on this file");
  }
  return Fail(ErrorCode::kInvalid, "the file is not a PDF that can be read");
}

}  // namespace casereview::app
