#include "net/rate_limiter.h"

#include <algorithm>

namespace dlg::net {

bool RateLimiter::allow(const std::string& client, double nowSeconds) {
    std::lock_guard lock(mutex_);
    // Forget idle clients now and then so the map stays the size of the room, not of every address seen.
    if (buckets_.size() > 4096)
        std::erase_if(buckets_, [&](const auto& entry) { return nowSeconds - entry.second.at > 60; });
    auto [it, fresh] = buckets_.try_emplace(client, Bucket{burst_, nowSeconds});
    Bucket& bucket = it->second;
    if (!fresh) bucket.tokens = std::min(burst_, bucket.tokens + (nowSeconds - bucket.at) * perSecond_);
    bucket.at = nowSeconds;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
}

} // namespace dlg::net
