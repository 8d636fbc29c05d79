// Draaiboek: the run sheet editor. Phases in order with computed clock times, total and end time, a
// warning past meta.latestEnd; reorder, insert, duplicate and delete are undoable commands.
#include <string>
#include <vector>

#include "app/views/fields.h"
#include "app/views/live_views.h"
#include "core/timeline/timeline_format.h"

namespace dlg {

namespace {

constexpr ProjectorKind kProjectorKinds[] = {
    ProjectorKind::Welcome, ProjectorKind::Text,          ProjectorKind::Questions, ProjectorKind::Break,
    ProjectorKind::Tables,  ProjectorKind::Presentations, ProjectorKind::Closing,   ProjectorKind::Blank};

Locator<std::vector<Phase>> phases() {
    return [](Session& s) { return &s.phases; };
}

Phase* findPhase(Session& session, const std::string& id) {
    for (Phase& phase : session.phases)
        if (phase.id == id) return &phase;
    return nullptr;
}

template <class T> Locator<T> phaseField(const std::string& id, T Phase::*member) {
    return [id, member](Session& s) -> T* {
        Phase* phase = findPhase(s, id);
        return phase ? &(phase->*member) : nullptr;
    };
}

std::string freshPhaseId(const Session& session) {
    std::vector<std::string> taken;
    for (const Phase& phase : session.phases)
        taken.push_back(phase.id);
    return nextId("ph", taken);
}

void label(const char* text) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine(ImGui::GetFontSize() * 11);
}

void minutesInput(const ViewContext& ctx, const Phase& phase, const char* textKey, int Phase::*member,
                  const char* undoKey) {
    label(ctx.t(textKey));
    int value = phase.*member;
    const std::string key =
        "phase/" + phase.id + "/" + (member == &Phase::plannedMinutes ? "minutes" : "minimum");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (ImGui::InputInt(("##" + key).c_str(), &value, 1, 5) && value >= 0 && value <= 24 * 60)
        ctx.out.edit(setValue<int>(ctx.t(undoKey), key, phaseField(phase.id, member), phase.*member, value));
    ctx.record(key);
}

void projectorChoice(const ViewContext& ctx, const Phase& phase) {
    label(ctx.t("runsheet.projector"));
    const std::string key = "phase/" + phase.id + "/projector";
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    if (ImGui::BeginCombo(("##" + key).c_str(),
                          ctx.t(std::string("projector.kind.") + toString(phase.projector)))) {
        for (ProjectorKind kind : kProjectorKinds) {
            if (ImGui::Selectable(ctx.t(std::string("projector.kind.") + toString(kind)),
                                  kind == phase.projector) &&
                kind != phase.projector)
                ctx.out.edit(setValue<ProjectorKind>(ctx.t("undo.phaseProjector"), {},
                                                     phaseField(phase.id, &Phase::projector), phase.projector,
                                                     kind));
        }
        ImGui::EndCombo();
    }
    ctx.record(key);
}

void talkingPoints(const ViewContext& ctx, const Phase& phase) {
    ImGui::TextUnformatted(ctx.t("runsheet.talkingPoints"));
    const auto list = phaseField(phase.id, &Phase::talkingPoints);
    for (std::size_t i = 0; i < phase.talkingPoints.size(); ++i) {
        const std::string key = "phase/" + phase.id + "/point/" + std::to_string(i);
        ImGui::PushID(static_cast<int>(i));
        ImGui::Bullet();
        Locator<std::string> locate = [list, i](Session& s) -> std::string* {
            auto* items = list(s);
            return items && i < items->size() ? &(*items)[i] : nullptr;
        };
        const float deleteWidth = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x;
        textInput(ctx, {key, phase.talkingPoints[i], locate, ctx.t("undo.phasePoint")},
                  ImGui::GetContentRegionAvail().x - deleteWidth);
        ImGui::SameLine();
        if (deleteButton(ctx))
            ctx.out.edit(eraseItem(ctx.t("undo.phasePointDelete"), list, i, phase.talkingPoints[i]));
        ImGui::PopID();
    }
    if (ImGui::Button(ctx.t.label("runsheet.addPoint", "point-add").c_str()))
        ctx.out.edit(insertItem(ctx.t("undo.phasePointAdd"), list, phase.talkingPoints.size(),
                                std::string(ctx.t("runsheet.newPoint"))));
}

void rowButtons(const ViewContext& ctx, const Session& session, std::size_t index) {
    const Phase& phase = session.phases[index];
    const std::string key = "phase/" + phase.id;
    auto button = [&](const char* textKey, const char* id, bool enabled) {
        ImGui::BeginDisabled(!enabled);
        const bool clicked = ImGui::Button(ctx.t.label(textKey, id).c_str());
        ImGui::EndDisabled();
        ctx.record(key + "/" + id);
        ImGui::SameLine();
        return clicked;
    };
    if (button("runsheet.up", "up", index > 0))
        ctx.out.edit(swapItems<Phase>(ctx.t("undo.phaseMove"), phases(), index - 1, index));
    if (button("runsheet.down", "down", index + 1 < session.phases.size()))
        ctx.out.edit(swapItems<Phase>(ctx.t("undo.phaseMove"), phases(), index, index + 1));
    if (button("runsheet.insert", "insert", true)) {
        Phase fresh;
        fresh.id = freshPhaseId(session);
        fresh.title = ctx.t("runsheet.newPhase");
        fresh.plannedMinutes = 5;
        ctx.out.edit(insertItem(ctx.t("undo.phaseInsert"), phases(), index + 1, fresh));
    }
    if (button("runsheet.duplicate", "duplicate", true)) {
        Phase copy = phase;
        copy.id = freshPhaseId(session);
        ctx.out.edit(insertItem(ctx.t("undo.phaseDuplicate"), phases(), index + 1, copy));
    }
    if (button("runsheet.delete", "delete", true))
        ctx.out.edit(eraseItem(ctx.t("undo.phaseDelete"), phases(), index, phase));
    ImGui::NewLine();
}

void phaseCard(const ViewContext& ctx, const Session& session, const Plan& plan, std::size_t index) {
    const Phase& phase = session.phases[index];
    const PlannedPhase& placed = plan.phases[index];
    const std::string key = "phase/" + phase.id;
    ImGui::PushID(phase.id.c_str());
    const std::string header = formatClockTime(placed.startMinute, true) + " \u2013 " +
                               formatClockTime(placed.endMinute, true) + "  " + phase.title + " (" +
                               std::to_string(phase.plannedMinutes) + " min)###header";
    const bool open = ImGui::CollapsingHeader(header.c_str());
    ctx.record(key + "/header");
    if (open) {
        ImGui::Indent(ImGui::GetFontSize());
        label(ctx.t("runsheet.title"));
        textInput(
            ctx, {key + "/title", phase.title, phaseField(phase.id, &Phase::title), ctx.t("undo.phaseTitle")},
            -FLT_MIN);
        minutesInput(ctx, phase, "runsheet.minutes", &Phase::plannedMinutes, "undo.phaseMinutes");
        label(ctx.t("runsheet.who"));
        textInput(ctx, {key + "/who", phase.who, phaseField(phase.id, &Phase::who), ctx.t("undo.phaseWho")},
                  -FLT_MIN);
        projectorChoice(ctx, phase);
        ImGui::TextUnformatted(ctx.t("runsheet.projectorText"));
        multilineInput(ctx,
                       {key + "/projectorText", phase.projectorText,
                        phaseField(phase.id, &Phase::projectorText), ctx.t("undo.phaseProjectorText")},
                       3);
        flagCheckbox(ctx, key + "/flexible", ctx.t("runsheet.flexible"), phase.flexible,
                     phaseField(phase.id, &Phase::flexible), ctx.t("undo.phaseFlexible"));
        if (phase.flexible)
            minutesInput(ctx, phase, "runsheet.minimum", &Phase::minimumMinutes, "undo.phaseMinimum");
        flagCheckbox(ctx, key + "/showCountdown", ctx.t("runsheet.showCountdown"), phase.showCountdown,
                     phaseField(phase.id, &Phase::showCountdown), ctx.t("undo.phaseShowCountdown"));
        talkingPoints(ctx, phase);
        ImGui::TextUnformatted(ctx.t("runsheet.remarks"));
        multilineInput(ctx,
                       {key + "/remarks", phase.remarks, phaseField(phase.id, &Phase::remarks),
                        ctx.t("undo.phaseRemarks")},
                       2);
        rowButtons(ctx, session, index);
        ImGui::Unindent(ImGui::GetFontSize());
        ImGui::Spacing();
    }
    ImGui::PopID();
}

void summary(const ViewContext& ctx, const Plan& plan) {
    ImGui::Text("%s %s \u2013 %s, %d min", ctx.t("runsheet.total"), formatClockTime(plan.startMinute).c_str(),
                formatClockTime(plan.endMinute, true).c_str(), plan.totalMinutes);
    ctx.record("runsheet/total");
    if (plan.minutesPastLatestEnd > 0 && plan.latestEndMinute) {
        ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
        ImGui::TextWrapped("%s %s (+%d min)", ctx.t("runsheet.pastLatestEnd"),
                           formatClockTime(*plan.latestEndMinute, true).c_str(), plan.minutesPastLatestEnd);
        ImGui::PopStyleColor();
        ctx.record("runsheet/late");
    }
}

} // namespace

void drawRunSheet(const ViewContext& ctx) {
    heading(ctx, ctx.t("screen.draaiboek.title"));
    const Session& session = ctx.state.doc.session;
    const LiveSnapshot snapshot = liveSnapshot(ctx.state);
    if (!snapshot.plan) {
        ImGui::TextWrapped("%s", ctx.t("live.noPlan"));
        return;
    }
    summary(ctx, *snapshot.plan);
    if (snapshot.run.started()) drawRunChart(ctx, snapshot);
    for (std::size_t i = 0; i < session.phases.size(); ++i)
        phaseCard(ctx, session, *snapshot.plan, i);
    if (ImGui::Button(ctx.t.label("runsheet.add", "phase-add").c_str())) {
        Phase fresh;
        fresh.id = freshPhaseId(session);
        fresh.title = ctx.t("runsheet.newPhase");
        fresh.plannedMinutes = 5;
        ctx.out.edit(insertItem(ctx.t("undo.phaseInsert"), phases(), session.phases.size(), fresh));
    }
    ctx.record("runsheet/add");
}

} // namespace dlg
