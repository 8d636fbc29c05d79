// Finders the privacy guard runs on a text prepared by plainForDetection (privacy_guard_text.h):
// e-mail addresses however they are written down, and Dutch home addresses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/privacy/privacy_guard_text.h"

namespace dlg {

/// Every e-mail address, also when written to fool a harvester or typed loosely:
/// "naam [at] school [dot] nl", "naam(at)school(punt)nl", "naam at school dot nl",
/// "naam @ gmail.com", "naam [apenstaartje] school.nl". Spans cover the whole written form.
std::vector<TextSpan> findWrittenEmailAddresses(std::string_view text);

/// One spelling of an e-mail address for comparing: "Info [at] School.nl" -> "info@school.nl".
std::string canonicalEmail(std::string_view written);
/// One spelling of a phone number for comparing: its digits, "+31 20" and "0031 20" as "020".
std::string canonicalPhone(std::string_view written);

/// Every Dutch postcode written with a house number: "Kerkstraat 12, 1234 AB", "1234AB 12",
/// "1234 AB, 12a" (the letters in capitals, as on every letter, so "2026 en 2027" is no postcode).
/// A postcode alone names a street, not a home, and is no hit.
std::vector<TextSpan> findDutchAddresses(std::string_view text);

} // namespace dlg
