#include "app/state/balancer_job.h"

#include <exception>

namespace dlg {
namespace {

// The flag and the progress are members declared before the worker, so they exist when the
// search first touches them.
AssignOptions withStopAndProgress(AssignOptions options, const std::atomic<bool>& stop,
                                  std::atomic<float>& progress) {
    options.stop = &stop;
    options.progress = &progress;
    return options;
}

} // namespace

BalancerJob::BalancerJob(Session input, AssignOptions options, std::function<void()> onFinished)
    : input_(std::move(input)), options_(withStopAndProgress(options, stop_, progress_)),
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
