// A seating search on a worker thread: the thorough search takes up to about twenty seconds, and
// the window must keep drawing meanwhile. The job works on its own copy of the evening; the caller
// is told through `onFinished` (from the worker thread) and then takes the result on its own thread.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <thread>

#include "core/assign/assign.h"
#include "core/model/model.h"

namespace dlg {

class BalancerJob {
  public:
    BalancerJob(Session input, AssignOptions options, std::function<void()> onFinished);
    ~BalancerJob(); ///< stops the search and waits for it (a few milliseconds)
    BalancerJob(const BalancerJob&) = delete;
    BalancerJob& operator=(const BalancerJob&) = delete;

    bool finished() const { return finished_.load(std::memory_order_acquire); }
    /// Share of the search's work done, 0 to 1 (for the progress bar).
    float progress() const { return progress_.load(std::memory_order_relaxed); }
    /// Blocks until the search is done.
    void wait();
    /// The evening as it was when the search started.
    const Session& input() const { return input_; }
    const AssignOptions& options() const { return options_; }
    /// The seating found; only once finished().
    const AssignResult& result() const { return result_; }
    /// Why the search failed (e.g. out of memory); empty when it ran. Only once finished().
    const std::string& error() const { return error_; }

  private:
    Session input_;
    AssignOptions options_;
    AssignResult result_;
    std::string error_;
    std::atomic<bool> stop_{false};     // AssignOptions::stop of the search
    std::atomic<float> progress_{0.0f}; // AssignOptions::progress of the search
    std::atomic<bool> finished_{false};
    std::thread worker_; // last: starts after everything it reads is built
};

} // namespace dlg
