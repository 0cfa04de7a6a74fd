#pragma once
// Live objects (simulation sessions, classrooms) by random id, with bounded memory: at most
// `capacity` entries, the least recently used evicted to make room, and entries idle for longer
// than `idle_limit` dropped. Each entry has its own lock, so clients of different sessions never
// wait for each other.
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "tools/airgov/serve/api_error.hpp"

namespace airgov::serve {

// 32 hex digits from std::random_device: ids and tokens nobody can guess.
std::string random_token();
// `length` characters of an alphabet without look-alikes (no 0/O, 1/I/L): a classroom code that
// students type from the projector.
std::string random_code(std::size_t length);

template <class T>
class Registry {
 public:
  using Clock = std::chrono::steady_clock;
  // `code_length` > 0: short codes (random_code) instead of 32-digit tokens as ids.
  Registry(std::size_t capacity, Clock::duration idle_limit, std::string what, std::size_t code_length = 0)
      : capacity_(capacity), idle_limit_(idle_limit), what_(std::move(what)), code_length_(code_length) {}

  // Stores the object under a new id and returns the id.
  std::string add(std::unique_ptr<T> object) {
    auto entry = std::make_shared<Entry>();
    entry->object = std::move(object);
    entry->last_used = Clock::now();
    std::lock_guard lock(mutex_);
    evict_locked();
    std::string id;
    do id = code_length_ ? random_code(code_length_) : random_token();
    while (entries_.count(id));
    entries_[id] = std::move(entry);
    return id;
  }

  // Calls f(T&) with the entry locked; ApiError 404 naming `parameter` when there is none.
  template <class F>
  auto with(const std::string& id, const std::string& parameter, F&& f) {
    std::shared_ptr<Entry> entry;
    {
      std::lock_guard lock(mutex_);
      auto it = entries_.find(id);
      if (it == entries_.end()) throw ApiError(404, parameter, "no " + what_ + " \"" + id + "\" (expired or never created)");
      entry = it->second;
      entry->last_used = Clock::now();
    }
    std::lock_guard lock(entry->mutex);
    return f(*entry->object);
  }

  bool remove(const std::string& id) {
    std::lock_guard lock(mutex_);
    return entries_.erase(id) > 0;
  }

  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
  }

 private:
  struct Entry {
    std::mutex mutex;
    std::unique_ptr<T> object;
    Clock::time_point last_used;  // guarded by the registry's mutex
  };

  void evict_locked() {
    const auto now = Clock::now();
    for (auto it = entries_.begin(); it != entries_.end();)
      it = now - it->second->last_used > idle_limit_ ? entries_.erase(it) : std::next(it);
    while (entries_.size() >= capacity_) {
      auto oldest = entries_.begin();
      for (auto it = entries_.begin(); it != entries_.end(); ++it)
        if (it->second->last_used < oldest->second->last_used) oldest = it;
      entries_.erase(oldest);  // a client still holding it finishes its request on its shared_ptr
    }
  }

  std::size_t capacity_;
  Clock::duration idle_limit_;
  std::string what_;
  std::size_t code_length_;
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Entry>> entries_;
};

}  // namespace airgov::serve
