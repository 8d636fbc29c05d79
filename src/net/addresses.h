// The laptop's network addresses, for the facilitator to choose the one phones can reach.
#pragma once

#include <string>
#include <vector>

namespace dlg::net {

struct LocalAddress {
    std::string interfaceName; ///< e.g. wlp2s0
    std::string address;       ///< IPv4, dotted
    bool loopback = false;
};

/// IPv4 addresses of the interfaces that are up, non-loopback first.
std::vector<LocalAddress> localAddresses();

/// The address to print in a join link for a server bound to `bind`: `bind` itself, or for
/// 0.0.0.0 the first non-loopback address (127.0.0.1 when there is none).
std::string linkAddress(const std::string& bind);

/// `ADDRESS:PORT`: where phones reach the server, as the join links and the printed cards name it
/// (`tablesOnline.cardsFor` is compared with it).
std::string hostAndPort(const std::string& address, int port);

/// `http://ADDRESS:PORT/t/TOKEN`
std::string joinLink(const std::string& address, int port, const std::string& token);

} // namespace dlg::net
