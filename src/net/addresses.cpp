#include "net/addresses.h"

#include <algorithm>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace dlg::net {

std::vector<LocalAddress> localAddresses() {
    std::vector<LocalAddress> found;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return found;
    for (ifaddrs* it = list; it; it = it->ifa_next) {
        if (!it->ifa_addr || it->ifa_addr->sa_family != AF_INET || !(it->ifa_flags & IFF_UP)) continue;
        char text[INET_ADDRSTRLEN] = {};
        const auto* in = reinterpret_cast<const sockaddr_in*>(it->ifa_addr);
        if (!inet_ntop(AF_INET, &in->sin_addr, text, sizeof text)) continue;
        found.push_back({it->ifa_name ? it->ifa_name : "", text, (it->ifa_flags & IFF_LOOPBACK) != 0});
    }
    freeifaddrs(list);
    std::stable_sort(found.begin(), found.end(),
                     [](const LocalAddress& a, const LocalAddress& b) { return !a.loopback && b.loopback; });
    return found;
}

std::string linkAddress(const std::string& bind) {
    if (bind != "0.0.0.0") return bind;
    for (const LocalAddress& a : localAddresses())
        if (!a.loopback) return a.address;
    return "127.0.0.1";
}

std::string hostAndPort(const std::string& address, int port) {
    return address + ":" + std::to_string(port);
}

std::string joinLink(const std::string& address, int port, const std::string& token) {
    return "http://" + hostAndPort(address, port) + "/t/" + token;
}

} // namespace dlg::net
