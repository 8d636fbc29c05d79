#include <doctest/doctest.h>

#include "core/privacy/elfproef.h"

using namespace dlg;

TEST_CASE("passesBsnElfproef follows the weights 9..2 and -1") {
    // 111222333: 9+8+7+12+10+8+9+6-3 = 66 = 6*11. 123456782: 154 = 14*11.
    CHECK(passesBsnElfproef("111222333"));
    CHECK(passesBsnElfproef("123456782"));
    CHECK_FALSE(passesBsnElfproef("123456789")); // 147, remainder 4
    CHECK_FALSE(passesBsnElfproef("000000000"));
    CHECK_FALSE(passesBsnElfproef("12345678"));
    CHECK_FALSE(passesBsnElfproef("1234567820"));
    CHECK_FALSE(passesBsnElfproef("12345678a"));
}

TEST_CASE("containsBsnLikeNumber finds plain and grouped nine-digit numbers") {
    CHECK(containsBsnLikeNumber("bsn 123456782 ouder"));
    CHECK(containsBsnLikeNumber("1234.56.782"));
    CHECK(containsBsnLikeNumber("123 456 782"));
    CHECK(containsBsnLikeNumber("nr:111222333"));
    CHECK_FALSE(containsBsnLikeNumber("123456789"));
    CHECK_FALSE(containsBsnLikeNumber("0123456782")); // part of a longer number
    CHECK_FALSE(containsBsnLikeNumber("06-12345678"));
    CHECK_FALSE(containsBsnLikeNumber("groep 5, 7"));
    CHECK_FALSE(containsBsnLikeNumber(""));
}
