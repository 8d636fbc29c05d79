#include "core/privacy/privacy_guard_cache.h"

namespace dlg {
namespace {

const char* roleWord(Role role) {
    return role == Role::Parent ? "parent" : "staff";
}

} // namespace

const PrivacyGuard& PrivacyGuardCache::guardFor(const std::vector<Participant>& participants) {
    // Exactly what the guard is built from, compared in full (a hash could let a changed name
    // through) and without copying when nothing changed.
    bool same = guard_.has_value() && key_.size() == participants.size() * 4;
    for (std::size_t i = 0; same && i < participants.size(); ++i) {
        const Participant& p = participants[i];
        same = key_[4 * i] == roleWord(p.role) && key_[4 * i + 1] == p.firstName &&
               key_[4 * i + 2] == p.infix && key_[4 * i + 3] == p.lastName;
    }
    if (same) return *guard_;
    key_.clear();
    for (const Participant& p : participants)
        key_.insert(key_.end(), {roleWord(p.role), p.firstName, p.infix, p.lastName});
    guard_.emplace(participants);
    return *guard_;
}

} // namespace dlg
