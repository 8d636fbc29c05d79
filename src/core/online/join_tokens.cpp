#include "core/online/join_tokens.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <sys/random.h>

namespace dlg {

std::string newJoinToken() {
    static_assert(kJoinTokenLength * 5 == kJoinTokenBits, "base32: five bits per character");
    unsigned char bytes[kJoinTokenBits / 8];
    std::size_t filled = 0;
    while (filled < sizeof bytes) {
        const ssize_t got = getrandom(bytes + filled, sizeof bytes - filled, 0);
        if (got < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error(std::string("no random numbers from the operating system: ") +
                                     std::strerror(errno));
        }
        filled += static_cast<std::size_t>(got);
    }
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    std::string token;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            token.push_back(kAlphabet[(buffer >> (bits - 5)) & 31u]);
            bits -= 5;
        }
    }
    return token;
}

bool ensureJoinTokens(Session& session) {
    bool changed = false;
    std::vector<TableAccess>& entries = session.tablesOnline.tables;
    const auto before = entries.size();
    std::erase_if(entries, [&](const TableAccess& access) {
        for (const Table& table : session.tables)
            if (table.id == access.tableId) return false;
        return true;
    });
    changed = entries.size() != before;
    for (const Table& table : session.tables) {
        TableAccess* access = findAccess(session.tablesOnline, table.id);
        if (!access) {
            TableAccess fresh;
            fresh.tableId = table.id;
            entries.push_back(std::move(fresh));
            access = &entries.back();
        }
        if (access->token.size() != kJoinTokenLength) {
            access->token = newJoinToken();
            changed = true;
        }
    }
    return changed;
}

void regenerateJoinTokens(Session& session) {
    ensureJoinTokens(session);
    session.tablesOnline.cardsFor.clear(); // printed cards hold the old codes
    for (TableAccess& access : session.tablesOnline.tables)
        access.token = newJoinToken();
}

bool constantTimeEquals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    // volatile: the compiler may not turn the loop into an early-exit memcmp.
    volatile unsigned char difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        difference = difference | static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

std::optional<std::string> tableForToken(const TablesOnline& online, std::string_view token) {
    std::optional<std::string> found;
    for (const TableAccess& access : online.tables) {
        // Every entry is compared, with no early exit; the length of a token is public (it is on
        // every card), only its contents are secret. An empty token (none issued) never matches.
        const bool same = !access.token.empty() && token.size() == access.token.size() &&
                          constantTimeEquals(access.token, token);
        if (same && !found) found = access.tableId;
    }
    return found;
}

TableAccess* findAccess(TablesOnline& online, std::string_view tableId) {
    for (TableAccess& access : online.tables)
        if (access.tableId == tableId) return &access;
    return nullptr;
}

const TableAccess* findAccess(const TablesOnline& online, std::string_view tableId) {
    for (const TableAccess& access : online.tables)
        if (access.tableId == tableId) return &access;
    return nullptr;
}

} // namespace dlg
