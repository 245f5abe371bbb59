// Hands each thread a connection of its own; connections are opened lazily and
// reused. Thread-safe. A Lease returns its connection to the pool when destroyed.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "db/database.h"

namespace casereview::db {

class ConnectionPool {
 public:
  using Opener = std::function<Result<std::unique_ptr<Connection>>()>;

  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<Connection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();

    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<Connection> connection_;
  };

  // At most `capacity` connections exist at once; Acquire waits when all are leased.
  ConnectionPool(Opener opener, std::size_t capacity);

  // A connection for the caller alone, or kUnavailable when a new one cannot be opened.
  Result<Lease> Acquire();

 private:
  void Release(std::unique_ptr<Connection> connection);

  Opener opener_;
  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable released_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::size_t open_count_ = 0;
};

}  // namespace casereview::db
