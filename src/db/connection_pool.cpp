#include "db/connection_pool.h"

namespace casereview::db {

ConnectionPool::Lease::~Lease() {
  if (connection_) pool_->Release(std::move(connection_));
}

ConnectionPool::ConnectionPool(Opener opener, std::size_t capacity)
    : opener_(std::move(opener)), capacity_(capacity == 0 ? 1 : capacity) {}

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
  std::unique_lock lock(mutex_);
  released_.wait(lock, [this] { return !idle_.empty() || open_count_ < capacity_; });
  if (!idle_.empty()) {
    auto connection = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(connection));
  }
  ++open_count_;
  lock.unlock();
  auto opened = opener_();
  if (!opened) {
    lock.lock();
    --open_count_;
    released_.notify_one();
    return std::unexpected(opened.error());
  }
  return Lease(this, std::move(*opened));
}

void ConnectionPool::Release(std::unique_ptr<Connection> connection) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(connection));
  }
  released_.notify_one();
}

}  // namespace casereview::db
