// A served evening for the net tests: two tables in a temp session file, a FileTableStore and the
// real PhoneServer on 127.0.0.1 with an ephemeral port; helpers that act like a phone.
#pragma once

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include <httplib.h>

#include "../temp_dir.h"
#include "core/model/session_file.h"
#include "core/online/join_tokens.h"
#include "core/online/outcome_merge.h"
#include "core/online/phone_edit.h"
#include "net/phone_server.h"

namespace dlg::test {

inline Session servedEvening() {
    Session s;
    s.meta.title = "Ouderavond";
    s.themes.push_back({"th-01", "Huiswerk", "", {"Wat werkt thuis?"}, {}, Json::object()});
    s.tables.push_back({"t-01", "Tafel 1", "th-01", "", 0, Json::object()});
    s.tables.push_back({"t-02", "Tafel 2", "th-01", "", 0, Json::object()});
    ensureJoinTokens(s);
    return s;
}

struct Served {
    TempDir dir{"net"};
    std::filesystem::path file = dir.path() / "avond.json";
    Session session;
    std::unique_ptr<net::FileTableStore> store;
    std::unique_ptr<net::PhoneServer> server;

    explicit Served(Session s = servedEvening(), net::ServerOptions options = {}) : session(std::move(s)) {
        REQUIRE_FALSE(saveSessionFile(file, session));
        store = std::make_unique<net::FileTableStore>(session, file);
        server = std::make_unique<net::PhoneServer>(*store);
        options.bind = "127.0.0.1";
        options.port = 0;
        REQUIRE_FALSE(server->start(options));
    }
    std::string token(int table) const {
        return session.tablesOnline.tables[static_cast<std::size_t>(table)].token;
    }
    httplib::Client client() const {
        httplib::Client c("127.0.0.1", server->port());
        c.set_connection_timeout(5, 0);
        c.set_read_timeout(10, 0);
        return c;
    }
    /// The session as it is on disk now.
    Session onDisk() const {
        LoadResult loaded = loadSessionFile(file);
        REQUIRE(loaded.session);
        return *loaded.session;
    }
};

inline std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline std::string editBody(const std::string& client, const OutcomeFields& base, const OutcomeFields& now) {
    Json body = {{"client", client}, {"base", fieldsToJson(base)}, {"outcome", fieldsToJson(now)}};
    return body.dump();
}

inline const TableOutcome* outcomeOf(const Session& s, const std::string& tableId) {
    for (const TableOutcome& o : s.outcomes.tables)
        if (o.tableId == tableId) return &o;
    return nullptr;
}

} // namespace dlg::test
