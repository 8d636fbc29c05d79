#include <doctest/doctest.h>

#include "core/people/csv.h"

using namespace dlg;

namespace {

CsvDocument parsed(std::string_view bytes) {
    CsvParseResult result = parseCsv(bytes);
    INFO(result.error);
    REQUIRE(result.document);
    return *result.document;
}

} // namespace

TEST_CASE("detectDelimiter picks the separator used most outside quotes") {
    CHECK(detectDelimiter("Voornaam;Achternaam;Groep") == ';');
    CHECK(detectDelimiter("First name,Last name,Grade") == ',');
    CHECK(detectDelimiter("Voornaam\tAchternaam\tGroep") == '\t');
    CHECK(detectDelimiter("\"Naam; roepnaam\",\"Groep; klas\",Gezin") == ',');
    CHECK(detectDelimiter("a;b,c") == ';'); // a tie goes to the Dutch Excel separator
    CHECK(detectDelimiter("Achternaam") == ';');
}

TEST_CASE("parseCsv splits quoted fields with separators, doubled quotes and line breaks") {
    CsvDocument doc = parsed("a;b;c\r\n\"x;y\";\"he said \"\"hi\"\"\";\"two\r\nlines\"\r\nlast;row;here\r\n");
    CHECK(doc.delimiter == ';');
    REQUIRE(doc.rows.size() == 3);
    CHECK(doc.rows[1].fields == std::vector<std::string>{"x;y", "he said \"hi\"", "two\nlines"});
    CHECK(doc.rows[0].line == 1);
    CHECK(doc.rows[1].line == 2);
    CHECK(doc.rows[2].line == 4); // the quoted line break is a physical line too
}

TEST_CASE("parseCsv counts LF, CRLF and CR alike and leaves out blank lines") {
    CsvDocument doc = parsed("h1,h2\n\na,b\r\n\r\nc,d\re,f\n\n\n");
    REQUIRE(doc.rows.size() == 4);
    CHECK(doc.rows[1].line == 3);
    CHECK(doc.rows[2].line == 5);
    CHECK(doc.rows[3].line == 6);
    CHECK(doc.rows[3].fields == std::vector<std::string>{"e", "f"});
}

TEST_CASE("parseCsv keeps empty cells and a last line without line break") {
    CsvDocument doc = parsed("a;b;c\n;;\nx;;");
    REQUIRE(doc.rows.size() == 3);
    CHECK(doc.rows[1].fields == std::vector<std::string>{"", "", ""});
    CHECK(doc.rows[2].fields == std::vector<std::string>{"x", "", ""});
}

TEST_CASE("parseCsv honours Excel's sep= line and an explicit delimiter") {
    CsvDocument doc = parsed("sep=,\nVoornaam;x,Achternaam\nJan;y,Smit\n");
    CHECK(doc.delimiter == ',');
    REQUIRE(doc.rows.size() == 2);
    CHECK(doc.rows[0].line == 2);
    CHECK(doc.rows[1].fields == std::vector<std::string>{"Jan;y", "Smit"});

    CsvParseResult forced = parseCsv("a,b;c\n", '\t');
    REQUIRE(forced.document);
    CHECK(forced.document->rows[0].fields.size() == 1);
}

TEST_CASE("parseCsv reports a quote that is never closed with its line") {
    CsvParseResult result = parseCsv("a;b\nx;y\n\"open;z\nmore\n");
    CHECK_FALSE(result.document);
    CHECK(result.error.find("line 3") != std::string::npos);
}

TEST_CASE("parseCsv is lenient with quotes inside unquoted text") {
    CsvDocument doc = parsed("a;b\nJan \"JJ\" Smit;x\n");
    CHECK(doc.rows[1].fields[0] == "Jan \"JJ\" Smit");
}

TEST_CASE("decodeToUtf8 reads Windows-1252 including the 0x80-0x9F range") {
    // Expected UTF-8 per the Unicode mapping table of cp1252: € U+20AC, ’ U+2019, Ÿ U+0178.
    DecodeResult result = decodeToUtf8("\x80 \x92 \x9F \xE9\xEB\xEF\xF6\xFC\xE7");
    REQUIRE(result.text);
    CHECK(result.text->encoding == TextEncoding::Windows1252);
    CHECK(result.text->utf8 ==
          "\xE2\x82\xAC \xE2\x80\x99 \xC5\xB8 \xC3\xA9\xC3\xAB\xC3\xAF\xC3\xB6\xC3\xBC\xC3\xA7");
}

TEST_CASE("decodeToUtf8 recognises UTF-8 with and without BOM") {
    DecodeResult bom = decodeToUtf8("\xEF\xBB\xBFZo\xC3\xAB");
    REQUIRE(bom.text);
    CHECK(bom.text->encoding == TextEncoding::Utf8Bom);
    CHECK(bom.text->utf8 == "Zo\xC3\xAB");
    DecodeResult plain = decodeToUtf8("Zo\xC3\xAB");
    REQUIRE(plain.text);
    CHECK(plain.text->encoding == TextEncoding::Utf8);
}

TEST_CASE("decodeToUtf8 converts UTF-16 with a BOM") {
    using namespace std::string_literals;
    DecodeResult le = decodeToUtf8("\xFF\xFE"
                                   "Z\0o\0\xEB\0\n\0"s);
    REQUIRE(le.text);
    CHECK(le.text->encoding == TextEncoding::Utf16Le);
    CHECK(le.text->utf8 == "Zo\xC3\xAB\n");
    DecodeResult be = decodeToUtf8("\xFE\xFF\0Z\x20\xAC"s);
    REQUIRE(be.text);
    CHECK(be.text->utf8 == "Z\xE2\x82\xAC");
}

TEST_CASE("decodeToUtf8 refuses bytes that are no text, naming the line") {
    using namespace std::string_literals;
    DecodeResult undefined = decodeToUtf8("a;b\nc;\x81\n");
    CHECK_FALSE(undefined.text);
    CHECK(undefined.error.find("line 2") != std::string::npos);
    CHECK(undefined.error.find("0x81") != std::string::npos);
    CHECK_FALSE(decodeToUtf8("a;b\0c"s).text);
    DecodeResult xlsx = decodeToUtf8("PK\x03\x04rest");
    CHECK_FALSE(xlsx.text);
    CHECK(xlsx.error.find("xlsx") != std::string::npos);
    DecodeResult badBom = decodeToUtf8("\xEF\xBB\xBFok\nZo\xEB");
    CHECK_FALSE(badBom.text);
    CHECK(badBom.error.find("line 2") != std::string::npos);
}
