// Moves a blocking call off the I/O threads: the calling coroutine suspends, the
// call runs on the worker pool, and the coroutine resumes on its own executor.
#pragma once

#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange

#include <boost/asio/async_result.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <exception>
#include <type_traits>

namespace casereview::http {

// Runs work() on `pool` and yields its result; an exception it throws is
// rethrown in the caller. The result type must be default-constructible.
template <typename Work>
boost::asio::awaitable<std::invoke_result_t<Work>> RunBlocking(boost::asio::thread_pool& pool,
                                                               Work work) {
  using Value = std::invoke_result_t<Work>;
  auto initiate = [&pool, work = std::move(work)](auto handler) mutable {
    boost::asio::post(pool, [handler = std::move(handler), work = std::move(work)]() mutable {
      std::exception_ptr failure;
      Value value{};
      try {
        value = work();
      } catch (...) {
        failure = std::current_exception();
      }
      auto executor = boost::asio::get_associated_executor(handler);
      boost::asio::dispatch(
          executor, [handler = std::move(handler), failure, value = std::move(value)]() mutable {
            std::move(handler)(failure, std::move(value));
          });
    });
  };
  Value result = co_await boost::asio::async_initiate<decltype(boost::asio::use_awaitable),
                                                      void(std::exception_ptr, Value)>(
      std::move(initiate), boost::asio::use_awaitable);
  co_return result;
}

}  // namespace casereview::http
