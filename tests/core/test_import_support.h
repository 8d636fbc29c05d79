// Shared by the participant import tests: fixture files and a session with three themes.
#pragma once

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "core/model/model.h"

namespace dlg::test {

/// The exact bytes of tests/data/import/<name>.
inline std::string readImportFixture(const std::string& name) {
    const std::string path = std::string(DLG_TEST_DATA) + "/import/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("missing fixture " + path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// An evening with the themes the fixtures refer to and no people yet.
inline Session sessionWithThemes() {
    Session session;
    session.meta.title = "Ouderavond";
    session.themes = {Theme{"t-01", "Samen leren", "", {}, {"didactisch"}, Json::object()},
                      Theme{"t-02", "Communicatie school-thuis", "", {}, {"formeel"}, Json::object()},
                      Theme{"t-03", "Welbevinden", "", {}, {"pedagogisch"}, Json::object()}};
    return session;
}

/// The participant with this last name, or nullptr.
inline const Participant* findByLastName(const Session& session, const std::string& lastName) {
    for (const Participant& person : session.participants)
        if (person.lastName == lastName) return &person;
    return nullptr;
}

} // namespace dlg::test
