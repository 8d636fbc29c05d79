#include "app/balancer_job.h"

#include <exception>

namespace dlg {
namespace {

// The flag is a member declared before the worker, so it exists when the search first reads it.
AssignOptions withStop(AssignOptions options, const std::atomic<bool>& stop) {
    options.stop = &stop;
    return options;
}

} // namespace

BalancerJob::BalancerJob(Session input, AssignOptions options, std::function<void()> onFinished)
    : input_(std::move(input)), options_(withStop(options, stop_)),
      worker_([this, onFinished = std::move(onFinished)] {
          try {
              result_ = assignTables(input_, options_);
          } catch (const std::exception& failure) { // an exception leaving a thread ends the program
              error_ = failure.what();
          }
          finished_.store(true, std::memory_order_release);
          if (onFinished) onFinished();
      }) {}

BalancerJob::~BalancerJob() {
    stop_.store(true, std::memory_order_relaxed);
    wait();
}

void BalancerJob::wait() {
    if (worker_.joinable()) worker_.join();
}

} // namespace dlg
