#include "core/report/report_texts.h"

#include <array>
#include <unordered_map>

namespace dlg {
namespace {

struct Texts {
    const char* dutch;
    const char* english;
};

const std::unordered_map<std::string_view, Texts>& table() {
    static const std::unordered_map<std::string_view, Texts> texts = {
        // Titles and introductions
        {"title.terugkoppeling", {"Terugkoppeling: {0}", "Feedback: {0}"}},
        {"title.voortgang", {"Voortgang: {0}", "Progress: {0}"}},
        {"title.intern", {"Intern verslag: {0}", "Internal report: {0}"}},
        {"title.untitled", {"ouderavond", "parent evening"}},
        {"intro.terugkoppeling",
         {"Bedankt voor uw komst en uw inbreng. Hier leest u wat we hoorden. U leest ook wat de school ermee "
          "gaat doen.",
          "Thank you for coming and for your input. Here you can read what we heard. You can also read what "
          "the school will do with it."}},
        {"intro.voortgang",
         {"Op de ouderavond van {0} gaven ouders hun ideeën. Hier leest u wat de school sinds {1} heeft "
          "gedaan.",
          "At the parent evening of {0}, parents shared their ideas. Here you can read what the school has "
          "done since {1}."}},
        {"intro.intern",
         {"Dit verslag is voor het team en de MR.",
          "This report is for the staff team and the school council."}},
        {"notice.personalData",
         {"Let op: dit verslag bevat persoonsgegevens. Deel het niet met ouders. Stuur het niet door.",
          "Note: this report contains personal data. Do not share it with parents. Do not forward it."}},
        // The evening
        {"section.evening", {"De avond", "The evening"}},
        {"evening.present", {"Aanwezig: {0} en {1}.", "Present: {0} and {1}."}},
        {"evening.registered", {"Aangemeld: {0} en {1}.", "Registered: {0} and {1}."}},
        {"evening.where", {"Plaats: {0}.", "Place: {0}."}},
        {"count.parent.one", {"{0} ouder", "{0} parent"}},
        {"count.parent.many", {"{0} ouders", "{0} parents"}},
        {"count.staff.one", {"{0} medewerker", "{0} staff member"}},
        {"count.staff.many", {"{0} medewerkers", "{0} staff members"}},
        {"count.vote.one", {"{0} stem", "{0} vote"}},
        {"count.vote.many", {"{0} stemmen", "{0} votes"}},
        // What we heard
        {"section.heard", {"Wat we hoorden", "What we heard"}},
        {"section.themes", {"Per thema", "By theme"}},
        {"theme.other", {"Overig", "Other"}},
        {"label.goesWell", {"Wat goed gaat", "What goes well"}},
        {"label.difficult", {"Wat lastig is", "What is difficult"}},
        {"label.ideas", {"Ideeën", "Ideas"}},
        {"label.proposals", {"Voorstellen, met het aantal stemmen", "Proposals, with the number of votes"}},
        {"label.closing", {"Wat we aan het eind zeiden", "What we said at the end"}},
        {"proposal.line", {"{0} ({1})", "{0} ({1})"}},
        // What the school will do
        {"section.schoolWill", {"Wat de school gaat doen", "What the school will do"}},
        {"schoolWill.none",
         {"De school kiest de acties nog. U hoort het zo snel mogelijk.",
          "The school has not chosen the actions yet. You will hear about them soon."}},
        {"column.action", {"Actie", "Action"}},
        {"column.owner", {"Wie", "Who"}},
        {"column.planned", {"Wanneer", "When"}},
        {"column.status", {"Stand", "Status"}},
        {"section.openProposals", {"Andere voorstellen", "Other proposals"}},
        {"openProposals.intro",
         {"Deze voorstellen kregen ook stemmen. De school besluit nog wat ze ermee doet.",
          "These proposals also got votes. The school has not yet decided what to do with them."}},
        {"section.notDoing", {"Wat niet doorgaat", "What will not happen"}},
        {"notDoing.line", {"{0}. Reden: {1}", "{0}. Reason: {1}"}},
        {"section.nextSteps", {"Volgende stappen", "Next steps"}},
        {"section.keepInTouch", {"Zo houden we contact", "How we keep in touch"}},
        // Progress
        {"progress.none",
         {"Sinds {0} is er nog geen nieuws over de acties.",
          "There is no news about the actions since {0}."}},
        {"progress.actionCaption", {"{0} (wie: {1})", "{0} (who: {1})"}},
        {"progress.update", {"{0}: {1}", "{0}: {1}"}},
        // Internal
        {"section.attendance", {"Aanwezigheid per groep", "Attendance by grade"}},
        {"attendance.noGrade", {"(geen groep)", "(no grade)"}},
        {"column.grade", {"Groep", "Grade"}},
        {"column.invited", {"Uitgenodigd", "Invited"}},
        {"column.registered", {"Aangemeld", "Registered"}},
        {"column.present", {"Aanwezig", "Present"}},
        {"attendance.staff",
         {"Medewerkers: {0} aanwezig, {1} aangemeld.", "Staff: {0} present, {1} registered."}},
        {"section.timing", {"Tijd: gepland en werkelijk", "Time: planned and actual"}},
        {"timing.notRun",
         {"De avond is niet met het programma bijgehouden. Er zijn geen werkelijke tijden.",
          "The evening was not run with the program. There are no actual times."}},
        {"column.phase", {"Onderdeel", "Part"}},
        {"column.plannedMinutes", {"Gepland (min)", "Planned (min)"}},
        {"column.actualMinutes", {"Werkelijk (min)", "Actual (min)"}},
        {"column.difference", {"Verschil (min)", "Difference (min)"}},
        {"timing.skipped", {"overgeslagen", "skipped"}},
        {"section.tables", {"Per tafel", "By table"}},
        {"table.leader", {"Tafelleider: {0}.", "Table leader: {0}."}},
        {"table.theme", {"Thema: {0}.", "Theme: {0}."}},
        {"label.quote", {"Uitspraak", "Quote"}},
        {"label.notes", {"Aantekeningen", "Notes"}},
        {"section.actionList", {"Actielijst", "Action list"}},
        // Action list columns (CSV and the internal table)
        {"column.id", {"id", "id"}},
        {"column.description", {"Omschrijving", "Description"}},
        {"column.form", {"Vorm van partnerschap", "Form of partnership"}},
        {"column.droppedReason", {"Reden vervallen", "Reason dropped"}},
        {"column.lastUpdateDate", {"Laatste update (datum)", "Last update (date)"}},
        {"column.lastUpdate", {"Laatste update", "Last update"}},
        {"column.proposal", {"Voorstel", "Proposal"}},
        {"column.votes", {"Stemmen", "Votes"}},
        // Action status words as parents read them
        {"status.voorgesteld", {"voorstel", "proposed"}},
        {"status.gepland", {"gepland", "planned"}},
        {"status.bezig", {"bezig", "in progress"}},
        {"status.gedaan", {"klaar", "done"}},
        {"status.vervallen", {"gaat niet door", "dropped"}},
        {"statusGroup.gedaan", {"Klaar", "Done"}},
        {"statusGroup.bezig", {"Bezig", "In progress"}},
        {"statusGroup.gepland", {"Gepland", "Planned"}},
        {"statusGroup.voorgesteld", {"Nog te besluiten", "To be decided"}},
        {"statusGroup.vervallen", {"Gaat niet door", "Dropped"}},
        {"empty", {"Nog niets ingevuld.", "Nothing filled in yet."}},
        {"unknown", {"nog niet bekend", "not known yet"}},
    };
    return texts;
}

constexpr std::array<const char*, 12> kMonthsDutch = {"januari",   "februari", "maart",    "april",
                                                      "mei",       "juni",     "juli",     "augustus",
                                                      "september", "oktober",  "november", "december"};
constexpr std::array<const char*, 12> kMonthsEnglish = {"January",   "February", "March",    "April",
                                                        "May",       "June",     "July",     "August",
                                                        "September", "October",  "November", "December"};

bool isDigits(std::string_view text) {
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return !text.empty();
}

} // namespace

std::string reportText(std::string_view key, const std::string& language,
                       std::initializer_list<std::string> args) {
    const auto& texts = table();
    auto it = texts.find(key);
    if (it == texts.end()) return std::string(key);
    const std::string_view pattern = language == "en" ? it->second.english : it->second.dutch;
    std::string result;
    result.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                                 pattern[i + 1] >= '0' && pattern[i + 1] <= '9';
        const std::size_t index = placeholder ? static_cast<std::size_t>(pattern[i + 1] - '0') : 0;
        if (placeholder && index < args.size()) {
            result += *(args.begin() + index);
            i += 2;
        } else {
            result += pattern[i];
        }
    }
    return result;
}

std::string reportDate(const std::string& isoDate, const std::string& language) {
    if (isoDate.size() != 10 || isoDate[4] != '-' || isoDate[7] != '-') return isoDate;
    const std::string_view text = isoDate;
    if (!isDigits(text.substr(0, 4)) || !isDigits(text.substr(5, 2)) || !isDigits(text.substr(8, 2)))
        return isoDate;
    const int month = std::stoi(isoDate.substr(5, 2));
    const int day = std::stoi(isoDate.substr(8, 2));
    if (month < 1 || month > 12 || day < 1 || day > 31) return isoDate;
    const auto& months = language == "en" ? kMonthsEnglish : kMonthsDutch;
    return std::to_string(day) + " " + months[static_cast<std::size_t>(month - 1)] + " " +
           isoDate.substr(0, 4);
}

std::string reportCount(int count, std::string_view key, const std::string& language) {
    std::string fullKey(key);
    fullKey += count == 1 ? ".one" : ".many";
    return reportText(fullKey, language, {std::to_string(count)});
}

} // namespace dlg
