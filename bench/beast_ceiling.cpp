// The ceiling our routes are measured against: the smallest Beast coroutine
// server that answers every request with a fixed JSON body, built with the same
// compiler and flags. Usage: beast_ceiling PORT (runs until killed).
#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cstdlib>
#include <thread>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

asio::awaitable<void> Serve(beast::tcp_stream stream) {
  beast::flat_buffer buffer;
  beast::error_code ec;
  while (true) {
    http::request<http::string_body> request;
    co_await http::async_read(stream, buffer, request,
                              asio::redirect_error(asio::use_awaitable, ec));
    if (ec) break;
    http::response<http::string_body> response{http::status::ok, request.version()};
    response.set(http::field::content_type, "application/json");
    response.keep_alive(request.keep_alive());
    response.body() = R"({"version":"0.0.0"})";
    response.prepare_payload();
    co_await http::async_write(stream, response, asio::redirect_error(asio::use_awaitable, ec));
    if (ec || !response.keep_alive()) break;
  }
}

asio::awaitable<void> Listen(asio::io_context& ioc, unsigned short port) {
  tcp::acceptor acceptor(ioc, {asio::ip::make_address("127.0.0.1"), port});
  while (true) {
    auto socket = co_await acceptor.async_accept(asio::make_strand(ioc), asio::use_awaitable);
    socket.set_option(tcp::no_delay(true));
    auto executor = socket.get_executor();
    asio::co_spawn(executor, Serve(beast::tcp_stream(std::move(socket))), asio::detached);
  }
}

int main(int argc, char** argv) {
  const auto port = static_cast<unsigned short>(argc > 1 ? std::atoi(argv[1]) : 18090);
  const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  asio::io_context ioc(static_cast<int>(threads));
  asio::co_spawn(ioc, Listen(ioc, port), asio::detached);
  std::vector<std::jthread> runners;
  for (unsigned i = 1; i < threads; ++i) runners.emplace_back([&ioc] { ioc.run(); });
  ioc.run();
}
