#include "core/privacy/ordinary_words.h"

#include <algorithm>
#include <iterator>

namespace dlg {
namespace {

// Sorted; folded (lower case, no accents). Common Dutch surnames that are also ordinary words
// ("Bakker", "de Boer", "Visser", "Kok"), and words of the evening itself ("leren", "samen"),
// so "de bakker op de hoek" or "Samen leren" is not read as a surname.
constexpr std::string_view kOrdinaryWords[] = {
    "akker",    "appel",   "april",    "arm",      "avond",   "baars",   "baas",   "bakker",    "band",
    "beek",     "beer",    "bel",      "berg",     "berk",    "best",    "beter",  "bieslook",  "bij",
    "bisschop", "blauw",   "blij",     "bloem",    "boek",    "boer",    "bok",    "bos",       "boter",
    "bouwman",  "brief",   "brink",    "broer",    "brood",   "brouwer", "brug",   "bruin",     "burger",
    "dag",      "dam",     "das",      "dekker",   "den",     "dienst",  "dijk",   "duif",      "duin",
    "duivel",   "eend",    "eer",      "eik",      "engel",   "es",      "gans",   "geit",      "geluk",
    "glas",     "goed",    "goud",     "graaf",    "gras",    "groen",   "groot",  "haan",      "haas",
    "hamer",    "hart",    "haven",    "hazelaar", "heer",    "hei",     "heide",  "hek",       "held",
    "herder",   "herfst",  "hert",     "hertog",   "hoed",    "hoek",    "hof",    "hond",      "hout",
    "huis",     "hulp",    "iep",      "jaar",     "jager",   "jong",    "juni",   "kaart",     "kaas",
    "kade",     "kalf",    "kamp",     "kans",     "kant",    "kap",     "kat",    "keizer",    "kerk",
    "kers",     "kind",    "klaver",   "klein",    "klok",    "klomp",   "knecht", "knol",      "knoop",
    "koe",      "kok",     "koning",   "kool",     "koopman", "koper",   "kort",   "koster",    "kous",
    "kraai",    "kracht",  "kramer",   "kreeft",   "kroon",   "kuiper",  "laan",   "lam",       "lang",
    "leeuw",    "lente",   "leren",    "linden",   "look",    "loon",    "maand",  "maart",     "macht",
    "man",      "mantel",  "markt",    "meer",     "mees",    "mei",     "melk",   "mier",      "moed",
    "mol",      "molen",   "molenaar", "morgen",   "mos",     "muis",    "mulder", "munt",      "muur",
    "nacht",    "neef",    "nieuw",    "noord",    "noot",    "olm",     "oom",    "oost",      "oud",
    "ouder",    "ouders",  "paard",    "pad",      "paus",    "pauw",    "peer",   "pen",       "peper",
    "ploeg",    "poort",   "post",     "prei",     "prijs",   "prins",   "raap",   "recht",     "ridder",
    "riet",     "rijk",    "rood",     "room",     "roos",    "rust",    "samen",  "schaap",    "schilder",
    "schipper", "schoen",  "school",   "schuur",   "slager",  "sluis",   "smid",   "smit",      "smits",
    "snel",     "snijder", "snoek",    "spar",     "spin",    "stal",    "steen",  "sterk",     "stier",
    "stil",     "storm",   "strand",   "suiker",   "tafel",   "thema",   "tijd",   "timmerman", "toren",
    "trouw",    "tuin",    "ui",       "vaart",    "valk",    "veen",    "veld",   "veldman",   "verver",
    "vink",     "vis",     "visser",   "vlieg",    "vlieger", "vogel",   "vos",    "vrede",     "vrij",
    "vroom",    "vrouw",   "wagen",    "wagenaar", "wal",     "water",   "week",   "werf",      "werk",
    "west",     "wet",     "wever",    "wiel",     "wijn",    "wijs",    "wil",    "wilg",      "winst",
    "winter",   "wit",     "wolf",     "woud",     "zaag",    "zee",     "zilver", "zomer",     "zoon",
    "zorg",     "zout",    "zuid",     "zuster",   "zwaan",   "zwart",
};

} // namespace

bool isOrdinaryDutchWord(std::string_view folded) {
    return std::binary_search(std::begin(kOrdinaryWords), std::end(kOrdinaryWords), folded);
}

} // namespace dlg
