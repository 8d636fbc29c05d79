#include "app/state/online_journal.h"

#include <algorithm>

namespace dlg {

void OnlineJournal::savedInFull(const std::filesystem::path& path, JournalBase base) {
    writer_.reset();
    path_ = path;
    base_ = base;
}

void OnlineJournal::forget() {
    writer_.reset();
    base_.reset();
}

bool OnlineJournal::accepts(double now) const {
    if (!base_) return false;
    if (!writer_ || writer_->entries() == 0) return true;
    return writer_->entries() < kMaxEntries && now - firstAt_ < kFoldSeconds;
}

std::optional<std::string> OnlineJournal::append(const std::vector<JournalEntry>& entries, double now) {
    if (!base_) return std::string("no full save to extend");
    if (!writer_) writer_ = std::make_unique<JournalWriter>(path_, *base_);
    const bool first = writer_->entries() == 0;
    if (auto error = writer_->append(entries)) {
        // What is on disk is still the last full save plus the entries that were appended; the
        // caller's full save replaces both.
        return error;
    }
    if (first) firstAt_ = now;
    lastAt_ = now;
    return std::nullopt;
}

std::optional<double> OnlineJournal::foldDueIn(double now) const {
    if (entries() == 0) return std::nullopt;
    const double due = std::min(lastAt_ + kQuietSeconds, firstAt_ + kFoldSeconds);
    return std::max(0.0, due - now);
}

} // namespace dlg
