// Text for the run clock: countdowns, overruns, drift and clock times. Language-neutral (digits,
// signs and colons only), so the GUI and the CLI can put them into any catalogue sentence.
#pragma once

#include <cstdint>
#include <string>

namespace dlg {

/// Duration as "mm:ss"; minutes grow past 59 ("75:00"). Negative input is shown without sign.
std::string formatMinutesSeconds(std::int64_t seconds);

/// The countdown of a phase: "mm:ss" while time remains, "+mm:ss" once it runs over (a negative
/// `remainingSeconds` of -192 gives "+03:12").
std::string formatRemaining(std::int64_t remainingSeconds);

/// A length of time as a person reads it: "mm:ss" under an hour, "h:mm:ss" from an hour on
/// (21,537 s gives "5:58:57", not "358:57"). Negative input is shown without sign.
std::string formatDuration(std::int64_t seconds);

/// A signed offset such as drift: "+05:00" (late), "-02:30" (early), "00:00".
std::string formatSigned(std::int64_t seconds);

/// Minutes after midnight of the evening's date as "HH:MM", wrapping past midnight
/// (1455 -> "00:15"). With `markNextDay`, times on a later day get "+1d" ("00:15+1d").
std::string formatClockTime(int minuteOfEvening, bool markNextDay = false);

/// An instant (UTC seconds since the epoch) as local "HH:MM", given the local offset from UTC.
std::string formatClockTimeAt(std::int64_t epochSeconds, int utcOffsetSeconds);

/// Whole days after the evening's date for a minute on the evening's axis (1455 -> 1).
int dayOfMinute(int minuteOfEvening);

} // namespace dlg
