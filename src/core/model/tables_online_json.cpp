#include "core/model/tables_online_json.h"

#include "core/model/json_reader.h"

namespace dlg {

OnlineConflict conflictFromJson(const Json& value, const std::string& path, Problems& problems) {
    OnlineConflict conflict;
    ObjectReader c(value, path, problems);
    c.text("tableId", conflict.tableId, Need::Required);
    c.text("field", conflict.field, Need::Required);
    c.text("laptopText", conflict.laptopText);
    c.text("phoneText", conflict.phoneText);
    c.integer64("at", conflict.at);
    conflict.unknownKeys = c.unknownKeys();
    return conflict;
}

Json conflictToJson(const OnlineConflict& conflict) {
    Json c = conflict.unknownKeys.is_object() ? conflict.unknownKeys : Json::object();
    c["tableId"] = conflict.tableId;
    c["field"] = conflict.field;
    c["laptopText"] = conflict.laptopText;
    c["phoneText"] = conflict.phoneText;
    c["at"] = conflict.at;
    return c;
}

TablesOnline tablesOnlineFromJson(const Json& value, const std::string& path, Problems& problems) {
    TablesOnline online;
    ObjectReader r(value, path, problems);
    r.array("tables", [&](const Json& item, const std::string& at) {
        TableAccess access;
        ObjectReader t(item, at, problems);
        t.text("tableId", access.tableId, Need::Required);
        t.text("token", access.token);
        t.boolean("locked", access.locked);
        t.integer64("revision", access.revision);
        t.integer64("lastEditAt", access.lastEditAt);
        access.unknownKeys = t.unknownKeys();
        online.tables.push_back(std::move(access));
    });
    r.array("conflicts", [&](const Json& item, const std::string& at) {
        online.conflicts.push_back(conflictFromJson(item, at, problems));
    });
    r.text("cardsFor", online.cardsFor);
    online.unknownKeys = r.unknownKeys();
    return online;
}

Json tablesOnlineToJson(const TablesOnline& online) {
    if (online.tables.empty() && online.conflicts.empty() && online.cardsFor.empty() &&
        online.unknownKeys.empty())
        return nullptr;
    Json j = online.unknownKeys.is_object() ? online.unknownKeys : Json::object();
    Json tables = Json::array();
    for (const TableAccess& access : online.tables) {
        Json t = access.unknownKeys.is_object() ? access.unknownKeys : Json::object();
        t["tableId"] = access.tableId;
        t["token"] = access.token;
        t["locked"] = access.locked;
        t["revision"] = access.revision;
        t["lastEditAt"] = access.lastEditAt;
        tables.push_back(std::move(t));
    }
    Json conflicts = Json::array();
    for (const OnlineConflict& conflict : online.conflicts)
        conflicts.push_back(conflictToJson(conflict));
    j["tables"] = std::move(tables);
    j["conflicts"] = std::move(conflicts);
    if (!online.cardsFor.empty()) j["cardsFor"] = online.cardsFor;
    return j;
}

} // namespace dlg
