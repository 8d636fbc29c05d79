// The Tafels-online panel: switched on here, it lists each table's phones and outcome so the
// facilitator sees at a glance which tables have not started ("nog niemand").
#include <string>

#include "app/state/outcomes_logic.h"
#include "app/views/fields.h"
#include "app/views/online_views.h"
#include "app/views/qr_draw.h"
#include "net/addresses.h"
#include "core/online/join_tokens.h"
#include "core/timeline/timeline_format.h"

namespace dlg {
namespace {

void online(const ViewContext& ctx, const std::string& key, int number = 0, std::string text = {}) {
    ctx.out.act(ActionKind::Online, std::move(text), key, number);
}

// Of the six fields a phone can fill (goed, lastig, ideeën, voorstellen, citaat, notities).
int fieldsFilled(const TableOutcome* outcome) {
    if (!outcome) return 0;
    return !outcome->goesWell.empty() + !outcome->difficult.empty() + !outcome->ideas.empty() +
           !outcome->proposals.empty() + !outcome->quote.empty() + !outcome->notes.empty();
}

std::string themeTitle(const Session& session, const std::string& themeId) {
    for (const Theme& theme : session.themes)
        if (theme.id == themeId) return theme.title;
    return {};
}

void addressChoice(const ViewContext& ctx) {
    const OnlineUiState& ui = ctx.state.ui.online;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.t("online.address"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    if (ImGui::BeginCombo("##online-address", ui.address.c_str())) {
        for (const net::LocalAddress& address : ui.addresses) {
            const std::string label = address.address + "  (" + address.interfaceName + ")";
            if (ImGui::Selectable(label.c_str(), address.address == ui.address))
                online(ctx, "address", 0, address.address);
        }
        ImGui::EndCombo();
    }
    ctx.record("online/address");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("online.refreshAddresses", "online-refresh").c_str()))
        online(ctx, "refreshAddresses");
    if (ui.address.rfind("127.", 0) == 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, warningColour());
        ImGui::TextWrapped("%s", ctx.t("online.loopbackWarning"));
        ImGui::PopStyleColor();
    }
}

// Printed table cards hold the address they were made for; a laptop on another network (or
// another port) gets another one, and the cards' links then lead nowhere.
void cardsWarning(const ViewContext& ctx) {
    const OnlineUiState& ui = ctx.state.ui.online;
    const std::string& cards = ctx.state.doc.session.tablesOnline.cardsFor;
    const std::string now = net::hostAndPort(ui.address, ui.port);
    if (cards.empty() || cards == now) return;
    const std::string text = ctx.t.fill("online.cardsElsewhere", {{"{cards}", cards}, {"{now}", now}});
    ImGui::PushStyleColor(ImGuiCol_Text, warningColour());
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
    ctx.record("online/cards-elsewhere");
}

void newCodes(const ViewContext& ctx) {
    const OnlineUiState& ui = ctx.state.ui.online;
    if (!ui.confirmNewCodes) {
        if (ImGui::Button(ctx.t.label("online.newCodes", "online-new-codes").c_str()))
            online(ctx, "askNewCodes", 1);
        ctx.record("online/new-codes");
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, warningColour());
    ImGui::TextWrapped("%s", ctx.t("online.newCodes.question"));
    ImGui::PopStyleColor();
    if (ImGui::Button(ctx.t.label("online.newCodes.yes", "online-new-codes-yes").c_str()))
        online(ctx, "newCodes");
    ctx.record("online/new-codes-yes");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t.label("online.newCodes.no", "online-new-codes-no").c_str()))
        online(ctx, "askNewCodes", 0);
    ctx.record("online/new-codes-no");
}

void tableRow(const ViewContext& ctx, const Table& table, const TableAccess* access) {
    const Session& session = ctx.state.doc.session;
    const OnlineUiState& ui = ctx.state.ui.online;
    const auto seen = ui.activity.find(table.id);
    const int phones = seen == ui.activity.end() ? 0 : seen->second.phones;
    const TableOutcome* outcome = findOutcome(session, table.id);
    const std::int64_t lastEdit = access ? access->lastEditAt : 0;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(table.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(themeTitle(session, table.themeId).c_str());
    ImGui::TableNextColumn();
    if (phones == 0 && lastEdit == 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, warningColour());
        ImGui::TextUnformatted(ctx.t("online.nobodyYet"));
        ImGui::PopStyleColor();
    } else {
        ImGui::Text("%d", phones);
    }
    ctx.record("online/phones/" + table.id);
    ImGui::TableNextColumn();
    if (lastEdit > 0)
        ImGui::TextUnformatted(formatClockTimeAt(lastEdit, ctx.state.ui.live.clock.utcOffsetSeconds).c_str());
    else
        ImGui::TextDisabled("-");
    ImGui::TableNextColumn();
    ImGui::Text("%d / 6", fieldsFilled(outcome));
    ImGui::TableNextColumn();
    bool locked = access && access->locked;
    if (ImGui::Checkbox(("##lock-" + table.id).c_str(), &locked))
        online(ctx, "lock", locked ? 1 : 0, table.id);
    ctx.record("online/lock/" + table.id);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t("online.lockHint"));
    ImGui::TableNextColumn();
    if (access && ui.running) {
        if (ImGui::SmallButton(ctx.t.label("online.showCode", "code-" + table.id).c_str()))
            online(ctx, "showCode", 0, table.id);
        ctx.record("online/code/" + table.id);
    }
}

void overview(const ViewContext& ctx) {
    const Session& session = ctx.state.doc.session;
    const OnlineUiState& ui = ctx.state.ui.online;
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("online-tables", 7, flags)) return;
    for (const char* key :
         {"online.col.table", "online.col.theme", "online.col.phones", "online.col.lastEdit",
          "online.col.filled", "online.col.locked", "online.col.code"})
        ImGui::TableSetupColumn(ctx.t(key));
    ImGui::TableHeadersRow();
    for (const Table& table : session.tables)
        tableRow(ctx, table, findAccess(session.tablesOnline, table.id));
    ImGui::EndTable();
    if (const auto code = ui.codes.find(ui.shownCode); code != ui.codes.end()) {
        for (const Table& table : session.tables)
            if (table.id == ui.shownCode) ImGui::TextUnformatted(table.name.c_str());
        ImGui::TextUnformatted(code->second.link.c_str());
        ctx.record("online/link");
        qrItem(code->second.qr, ImGui::GetFontSize() * 14);
        ctx.record("online/qr");
    }
}

} // namespace

void drawTablesOnline(const ViewContext& ctx) {
    const OnlineUiState& ui = ctx.state.ui.online;
    ImGui::PushID("tables-online");
    bool on = ui.running;
    if (ImGui::Checkbox(ctx.t.label("online.switch", "online-switch").c_str(), &on))
        online(ctx, "switch", on ? 1 : 0);
    ctx.record("online/switch");
    if (ui.running) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s http://%s:%d", ctx.t("online.listening"), ui.address.c_str(), ui.port);
        ctx.record("online/listening");
    }
    if (!ui.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.15f, 0.15f, 1.0f));
        ImGui::TextWrapped("%s", ui.error.c_str());
        ImGui::PopStyleColor();
        ctx.record("online/error");
    }
    if (!ui.running) {
        ImGui::TextWrapped("%s", ctx.t("online.intro"));
        addressChoice(ctx);
        ImGui::PopID();
        return;
    }
    cardsWarning(ctx);
    bool projector = ui.codesOnProjector;
    if (ImGui::Checkbox(ctx.t.label("online.codesOnProjector", "online-projector").c_str(), &projector))
        online(ctx, "codesOnProjector", projector ? 1 : 0);
    ctx.record("online/projector");
    ImGui::SameLine();
    newCodes(ctx);
    overview(ctx);
    ImGui::PopID();
}

} // namespace dlg
