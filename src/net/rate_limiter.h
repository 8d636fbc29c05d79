// A token bucket per client address: a phone typing sends about one request a second; a script
// hammering the laptop gets 429 instead of its CPU.
#pragma once

#include <map>
#include <mutex>
#include <string>

namespace dlg::net {

class RateLimiter {
  public:
    /// `perSecond` requests refill each second, up to `burst` at once.
    RateLimiter(double perSecond, double burst) : perSecond_(perSecond), burst_(burst) {}

    /// Whether `client` may make a request at `nowSeconds` (monotonic); takes one token if so.
    bool allow(const std::string& client, double nowSeconds);

  private:
    struct Bucket {
        double tokens = 0;
        double at = 0;
    };
    double perSecond_, burst_;
    std::mutex mutex_;
    std::map<std::string, Bucket> buckets_;
};

} // namespace dlg::net
