#include "core/avg/avg_texts.h"

#include <unordered_map>
#include <utility>

namespace dlg::avg {
namespace {

using Pair = std::pair<const char*, const char*>; // Dutch, English

const std::unordered_map<std::string, Pair>& table() {
    static const std::unordered_map<std::string, Pair> texts = {
        // places
        {"place.facilitator", {"Gespreksleider", "Facilitator"}},
        {"place.checklist", {"Voorbereiding · {0}", "Preparation · {0}"}},
        {"place.checklistOwner", {"Voorbereiding · {0} · wie", "Preparation · {0} · who"}},
        {"place.phase", {"Draaiboek · {0}", "Run sheet · {0}"}},
        {"place.phaseWho", {"Draaiboek · {0} · wie", "Run sheet · {0} · who"}},
        {"place.phaseRemarks", {"Draaiboek · {0} · opmerkingen", "Run sheet · {0} · remarks"}},
        {"place.phaseText", {"Draaiboek · {0} · tekst op het scherm", "Run sheet · {0} · projector text"}},
        {"place.phasePoint", {"Draaiboek · {0} · punt {1}", "Run sheet · {0} · point {1}"}},
        {"place.summary", {"Samenvatting · punt {0}", "Summary · point {0}"}},
        {"place.closing", {"Afsluiting · punt {0}", "Closing · point {0}"}},
        {"place.nextSteps", {"Vervolgstappen · punt {0}", "Next steps · point {0}"}},
        {"place.keepInTouch", {"Contact houden", "Keeping in touch"}},
        {"place.table", {"tafel {0}", "table {0}"}},
        {"place.leader", {"{0} · tafelleider", "{0} · table leader"}},
        {"place.goesWell", {"{0} · Wat gaat goed · punt {1}", "{0} · What goes well · point {1}"}},
        {"place.difficult", {"{0} · Wat is lastig · punt {1}", "{0} · What is difficult · point {1}"}},
        {"place.ideas", {"{0} · Ideeën · punt {1}", "{0} · Ideas · point {1}"}},
        {"place.proposal", {"{0} · voorstel {1}", "{0} · proposal {1}"}},
        {"place.quote", {"{0} · citaat", "{0} · quote"}},
        {"place.notes", {"{0} · notities", "{0} · notes"}},
        {"place.actionTitle", {"Actie “{0}” · titel", "Action “{0}” · title"}},
        {"place.actionDescription", {"Actie “{0}” · beschrijving", "Action “{0}” · description"}},
        {"place.actionOwner", {"Actie “{0}” · eigenaar", "Action “{0}” · owner"}},
        {"place.actionPlanned", {"Actie “{0}” · gepland", "Action “{0}” · planned"}},
        {"place.actionReason", {"Actie “{0}” · reden vervallen", "Action “{0}” · reason dropped"}},
        {"place.actionUpdate", {"Actie “{0}” · voortgang {1}", "Action “{0}” · progress {1}"}},
        // role words that replace a person
        {"role.parent", {"ouder", "parent"}},
        {"role.staff", {"medewerker", "staff member"}},
        {"role.leader", {"tafelleider tafel {0}", "table leader table {0}"}},
        {"role.leaderAnyTable", {"tafelleider", "table leader"}},
        // inzage
        {"inzage.title", {"Inzage: wat dialoogavond bewaart over {0} ({1})", "Access request: what dialoogavond stores about {0} ({1})"}},
        {"inzage.evening", {"Avond: {0}", "Evening: {0}"}},
        {"inzage.record", {"Gegevens", "Personal details"}},
        {"inzage.seating", {"Indeling", "Seating"}},
        {"inzage.mentions", {"Genoemd in getypte teksten", "Named in typed texts"}},
        {"inzage.roles", {"Genoemd in een rol", "Named in a role"}},
        {"inzage.references", {"Verwijzingen naar {0} in het bestand", "References to {0} in the file"}},
        {"inzage.none", {"geen", "none"}},
        {"inzage.empty", {"—", "—"}},
        {"inzage.yes", {"ja", "yes"}},
        {"inzage.no", {"nee", "no"}},
        {"inzage.familyShared", {"{0} (gedeeld met {1} van hetzelfde gezin)", "{0} (shared with {1} of the same family)"}},
        {"field.id", {"Id", "Id"}},
        {"field.firstName", {"Voornaam", "First name"}},
        {"field.infix", {"Tussenvoegsel", "Infix"}},
        {"field.lastName", {"Achternaam", "Last name"}},
        {"field.role", {"Rol", "Role"}},
        {"field.function", {"Functie", "Function"}},
        {"field.grades", {"Groep(en) van de kinderen", "Grade(s) of the children"}},
        {"field.family", {"Gezin (sleutel)", "Family (key)"}},
        {"field.languages", {"Talen", "Languages"}},
        {"field.languageSupport", {"Taalondersteuning", "Language support"}},
        {"field.preference1", {"Eerste voorkeur", "First preference"}},
        {"field.preference2", {"Tweede voorkeur", "Second preference"}},
        {"field.rsvp", {"Aanmelding", "Registration"}},
        {"field.present", {"Aanwezig", "Present"}},
        {"field.email", {"E-mailadres", "E-mail address"}},
        {"field.other", {"Overige velden", "Other fields"}},
        {"field.seat", {"Tafel", "Table"}},
        {"field.round2", {"Tafel tweede ronde", "Table second round"}},
        {"field.pinned", {"Vastgezet aan die tafel", "Pinned to that table"}},
        {"field.leaderOf", {"Tafelleider van", "Table leader of"}},
        // wis
        {"erase.participant", {"Deelnemer {0} verwijderd uit de lijst", "Participant {0} removed from the list"}},
        {"erase.seat", {"Plaats aan {0} verwijderd", "Seat at {0} removed"}},
        {"erase.round2", {"Plaats in de tweede ronde aan {0} verwijderd", "Second-round seat at {0} removed"}},
        {"erase.pin", {"Vastzetting verwijderd", "Pin removed"}},
        {"erase.leader", {"Niet langer tafelleider van {0}", "No longer table leader of {0}"}},
        {"erase.family", {"Gezinssleutel van {0} leeggemaakt: geen ander gezinslid meer op de lijst", "Family key of {0} cleared: no other family member left on the list"}},
        {"erase.replaced", {"{0}: “{1}” vervangen door “{2}”", "{0}: “{1}” replaced by “{2}”"}},
        {"erase.reference", {"Verwijzing naar {0} verwijderd uit {1}", "Reference to {0} removed from {1}"}},
        // opschonen
        {"purge.notYet", {"De avond ({0}) heeft nog niet plaatsgevonden: opschonen kan pas daarna (of gebruik --force)", "The evening ({0}) has not taken place yet: clean up after it (or use --force)"}},
        {"purge.noDate", {"De avond heeft geen datum en is niet gestart: opschonen kan pas na de avond (of gebruik --force)", "The evening has no date and was not run: clean up after it (or use --force)"}},
        {"purge.already", {"Er zijn geen persoonsgegevens van deelnemers meer om op te schonen", "There is no personal data of participants left to clean up"}},
        {"purge.people", {"{0} geanonimiseerd: namen, e-mailadressen, gezinnen, talen, functies en voorkeuren verwijderd; rol, groep, aanmelding, aanwezigheid en tafel blijven voor de tellingen", "{0} anonymised: names, e-mail addresses, families, languages, functions and preferences removed; role, grade, registration, presence and table remain for the counts"}},
        {"purge.pins", {"{0} verwijderd", "{0} removed"}},
        {"purge.placeholder", {"{0} {1}", "{0} {1}"}},
        // command line and dialog messages
        {"cli.notFound", {"Niemand op de lijst heet “{0}” of heeft dat id", "Nobody on the list is called “{0}” or has that id"}},
        {"cli.ambiguous", {"“{0}” past bij {1}; kies er één met het id:", "“{0}” matches {1}; choose one by id:"}},
        {"cli.erasePlan", {"Wissen van {0} ({1}) verandert dit:", "Erasing {0} ({1}) changes this:"}},
        {"cli.erased", {"{0} ({1}) is gewist uit {2}.", "{0} ({1}) was erased from {2}."}},
        {"cli.dryRunErase", {"Nog niets gewist (proefrun). Voeg --yes toe om te wissen.", "Nothing erased yet (dry run). Add --yes to erase."}},
        {"cli.flagged", {"Deze getypte teksten noemen de naam nog; pas ze zelf aan:", "These typed texts still name the person; edit them yourself:"}},
        {"cli.flaggedAll", {"Deze getypte teksten noemen nog een deelnemer; pas ze zelf aan:", "These typed texts still name a participant; edit them yourself:"}},
        {"cli.leftReferences", {"Het id staat nog op deze plaatsen in het bestand:", "The id is still in the file at these places:"}},
        {"cli.purgePlan", {"Opschonen verandert dit:", "Cleaning up changes this:"}},
        {"cli.purged", {"Persoonsgegevens opgeschoond in {0}.", "Personal data cleaned up in {0}."}},
        {"cli.dryRunPurge", {"Nog niets opgeschoond (proefrun). Voeg --yes toe om op te schonen.", "Nothing cleaned up yet (dry run). Add --yes to clean up."}},
        // counted words: singular, plural
        {"n.participant", {"deelnemer", "participant"}},
        {"n.participants", {"deelnemers", "participants"}},
        {"n.otherParticipant", {"andere deelnemer", "other participant"}},
        {"n.otherParticipants", {"andere deelnemers", "other participants"}},
        {"n.pin", {"vastzetting", "pin"}},
        {"n.pins", {"vastzettingen", "pins"}},
        {"n.day", {"dag", "day"}},
        {"n.days", {"dagen", "days"}},
        {"n.week", {"week", "week"}},
        {"n.weeks", {"weken", "weeks"}},
        // retention
        {"retention.kept", {"Persoonsgegevens van {0} zijn nu {1} na de avond bewaard (avond {2}).", "Personal data of {0} has now been kept {1} after the evening (evening {2})."}},
        {"retention.before", {"De avond ({0}) moet nog plaatsvinden.", "The evening ({0}) has not taken place yet."}},
        {"retention.noDate", {"De avond heeft nog geen datum.", "The evening has no date yet."}},
        {"retention.term", {"Bewaartermijn: {0} na de avond, tot {1}.", "Retention term: {0} after the evening, until {1}."}},
        {"retention.due", {"De bewaartermijn is voorbij: schoon de persoonsgegevens op.", "The retention term has passed: clean up the personal data."}},
        {"retention.purged", {"Persoonsgegevens opgeschoond op {0}.", "Personal data cleaned up on {0}."}},
        {"retention.none", {"Er staan geen persoonsgegevens van deelnemers in deze avond.", "This evening holds no personal data of participants."}},
    };
    return texts;
}

} // namespace

std::string counted(const std::string& language, long long n, const std::string& word) {
    return std::to_string(n) + " " + text(language, "n." + word + (n == 1 ? "" : "s"));
}

std::string text(const std::string& language, const std::string& key, const std::vector<std::string>& args) {
    const auto& texts = table();
    auto it = texts.find(key);
    std::string pattern = it == texts.end() ? key : (language == "en" ? it->second.second : it->second.first);
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const std::size_t arg = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (arg < args.size()) out += args[arg];
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

} // namespace dlg::avg
