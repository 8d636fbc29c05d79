// UI state of "Tafels online" (table leaders on their own phones): the address the facilitator
// chose, the server's port while it runs, what phones did per table. Only App changes it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/online/qr_code.h"
#include "net/addresses.h"
#include "net/phone_server.h"

namespace dlg {

inline constexpr int kDefaultOnlinePort = 8080;

/// A table's join link and its QR code, made once per link (not every frame).
struct JoinCode {
    std::string link;
    QrMatrix qr;
};

struct OnlineUiState {
    bool running = false;                     ///< the phone server serves
    std::vector<net::LocalAddress> addresses; ///< the laptop's, non-loopback first
    std::string address;                    ///< chosen: where phones reach the laptop (and the server binds)
    int preferredPort = kDefaultOnlinePort; ///< tried first, then the next free one (0: any, tests)
    int port = 0;                           ///< the port it listens on while running
    std::string error;                      ///< why it could not start (names the address)
    bool confirmNewCodes = false;           ///< "Nieuwe codes?" is asked
    std::string shownCode;                  ///< table id whose QR code the panel shows large
    bool codesOnProjector = false;          ///< the projector shows "Scan de code van jouw tafel"
    std::map<std::string, net::TableActivity> activity; ///< per table id, as the server last said
    std::map<std::string, JoinCode> codes;              ///< per table id while running
};

/// The join link of `token` while the server runs, else empty.
inline std::string joinLinkFor(const OnlineUiState& online, const std::string& token) {
    return online.running && !token.empty() ? net::joinLink(online.address, online.port, token)
                                            : std::string();
}

} // namespace dlg
