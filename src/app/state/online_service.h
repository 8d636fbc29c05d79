// The phone server and the app's store it serves from, started and stopped together.
#pragma once

#include "app/state/online_store.h"
#include "net/phone_server.h"

namespace dlg {

struct OnlineService {
    explicit OnlineService(std::function<void()> wake) : store(std::move(wake)) {}
    /// Closes the store first: requests waiting for the UI thread (which is the one stopping the
    /// server) fail at once, so stop() never waits for a frame that cannot come.
    ~OnlineService() {
        store.close();
        server.stop();
    }
    AppTableStore store;
    net::PhoneServer server{store};
};

} // namespace dlg
