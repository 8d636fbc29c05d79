#include "core/privacy/unicode_text.h"

#include <algorithm>
#include <iterator>

namespace dlg {
namespace {

struct Composition {
    char base;
    char32_t mark;
    char32_t composed;
};

// Sorted by base, then mark: every letter of U+00C0..U+017F with a canonical decomposition
// (Python's unicodedata.decomposition), which in this range is always ASCII letter + one mark.
constexpr Composition kCompositions[] = {
    {'A', 0x300, 0x0C0}, {'A', 0x301, 0x0C1}, {'A', 0x302, 0x0C2}, {'A', 0x303, 0x0C3}, {'A', 0x304, 0x100},
    {'A', 0x306, 0x102}, {'A', 0x308, 0x0C4}, {'A', 0x30A, 0x0C5}, {'A', 0x328, 0x104}, {'C', 0x301, 0x106},
    {'C', 0x302, 0x108}, {'C', 0x307, 0x10A}, {'C', 0x30C, 0x10C}, {'C', 0x327, 0x0C7}, {'D', 0x30C, 0x10E},
    {'E', 0x300, 0x0C8}, {'E', 0x301, 0x0C9}, {'E', 0x302, 0x0CA}, {'E', 0x304, 0x112}, {'E', 0x306, 0x114},
    {'E', 0x307, 0x116}, {'E', 0x308, 0x0CB}, {'E', 0x30C, 0x11A}, {'E', 0x328, 0x118}, {'G', 0x302, 0x11C},
    {'G', 0x306, 0x11E}, {'G', 0x307, 0x120}, {'G', 0x327, 0x122}, {'H', 0x302, 0x124}, {'I', 0x300, 0x0CC},
    {'I', 0x301, 0x0CD}, {'I', 0x302, 0x0CE}, {'I', 0x303, 0x128}, {'I', 0x304, 0x12A}, {'I', 0x306, 0x12C},
    {'I', 0x307, 0x130}, {'I', 0x308, 0x0CF}, {'I', 0x328, 0x12E}, {'J', 0x302, 0x134}, {'K', 0x327, 0x136},
    {'L', 0x301, 0x139}, {'L', 0x30C, 0x13D}, {'L', 0x327, 0x13B}, {'N', 0x301, 0x143}, {'N', 0x303, 0x0D1},
    {'N', 0x30C, 0x147}, {'N', 0x327, 0x145}, {'O', 0x300, 0x0D2}, {'O', 0x301, 0x0D3}, {'O', 0x302, 0x0D4},
    {'O', 0x303, 0x0D5}, {'O', 0x304, 0x14C}, {'O', 0x306, 0x14E}, {'O', 0x308, 0x0D6}, {'O', 0x30B, 0x150},
    {'R', 0x301, 0x154}, {'R', 0x30C, 0x158}, {'R', 0x327, 0x156}, {'S', 0x301, 0x15A}, {'S', 0x302, 0x15C},
    {'S', 0x30C, 0x160}, {'S', 0x327, 0x15E}, {'T', 0x30C, 0x164}, {'T', 0x327, 0x162}, {'U', 0x300, 0x0D9},
    {'U', 0x301, 0x0DA}, {'U', 0x302, 0x0DB}, {'U', 0x303, 0x168}, {'U', 0x304, 0x16A}, {'U', 0x306, 0x16C},
    {'U', 0x308, 0x0DC}, {'U', 0x30A, 0x16E}, {'U', 0x30B, 0x170}, {'U', 0x328, 0x172}, {'W', 0x302, 0x174},
    {'Y', 0x301, 0x0DD}, {'Y', 0x302, 0x176}, {'Y', 0x308, 0x178}, {'Z', 0x301, 0x179}, {'Z', 0x307, 0x17B},
    {'Z', 0x30C, 0x17D}, {'a', 0x300, 0x0E0}, {'a', 0x301, 0x0E1}, {'a', 0x302, 0x0E2}, {'a', 0x303, 0x0E3},
    {'a', 0x304, 0x101}, {'a', 0x306, 0x103}, {'a', 0x308, 0x0E4}, {'a', 0x30A, 0x0E5}, {'a', 0x328, 0x105},
    {'c', 0x301, 0x107}, {'c', 0x302, 0x109}, {'c', 0x307, 0x10B}, {'c', 0x30C, 0x10D}, {'c', 0x327, 0x0E7},
    {'d', 0x30C, 0x10F}, {'e', 0x300, 0x0E8}, {'e', 0x301, 0x0E9}, {'e', 0x302, 0x0EA}, {'e', 0x304, 0x113},
    {'e', 0x306, 0x115}, {'e', 0x307, 0x117}, {'e', 0x308, 0x0EB}, {'e', 0x30C, 0x11B}, {'e', 0x328, 0x119},
    {'g', 0x302, 0x11D}, {'g', 0x306, 0x11F}, {'g', 0x307, 0x121}, {'g', 0x327, 0x123}, {'h', 0x302, 0x125},
    {'i', 0x300, 0x0EC}, {'i', 0x301, 0x0ED}, {'i', 0x302, 0x0EE}, {'i', 0x303, 0x129}, {'i', 0x304, 0x12B},
    {'i', 0x306, 0x12D}, {'i', 0x308, 0x0EF}, {'i', 0x328, 0x12F}, {'j', 0x302, 0x135}, {'k', 0x327, 0x137},
    {'l', 0x301, 0x13A}, {'l', 0x30C, 0x13E}, {'l', 0x327, 0x13C}, {'n', 0x301, 0x144}, {'n', 0x303, 0x0F1},
    {'n', 0x30C, 0x148}, {'n', 0x327, 0x146}, {'o', 0x300, 0x0F2}, {'o', 0x301, 0x0F3}, {'o', 0x302, 0x0F4},
    {'o', 0x303, 0x0F5}, {'o', 0x304, 0x14D}, {'o', 0x306, 0x14F}, {'o', 0x308, 0x0F6}, {'o', 0x30B, 0x151},
    {'r', 0x301, 0x155}, {'r', 0x30C, 0x159}, {'r', 0x327, 0x157}, {'s', 0x301, 0x15B}, {'s', 0x302, 0x15D},
    {'s', 0x30C, 0x161}, {'s', 0x327, 0x15F}, {'t', 0x30C, 0x165}, {'t', 0x327, 0x163}, {'u', 0x300, 0x0F9},
    {'u', 0x301, 0x0FA}, {'u', 0x302, 0x0FB}, {'u', 0x303, 0x169}, {'u', 0x304, 0x16B}, {'u', 0x306, 0x16D},
    {'u', 0x308, 0x0FC}, {'u', 0x30A, 0x16F}, {'u', 0x30B, 0x171}, {'u', 0x328, 0x173}, {'w', 0x302, 0x175},
    {'y', 0x301, 0x0FD}, {'y', 0x302, 0x177}, {'y', 0x308, 0x0FF}, {'z', 0x301, 0x17A}, {'z', 0x307, 0x17C},
    {'z', 0x30C, 0x17E},

};

} // namespace

DecodedChar decodeUtf8At(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return {lead, 1, true};
    const std::size_t length = (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || at + length > text.size()) return {lead, 1, false};
    char32_t codePoint = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[at + k]);
        if ((next & 0xC0) != 0x80) return {lead, 1, false};
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    return {codePoint, length, true};
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool isCombiningMark(char32_t c) {
    return c >= 0x300 && c <= 0x36F;
}

char32_t composeLatin(char32_t base, char32_t mark) {
    if (base >= 0x80 || !isCombiningMark(mark)) return 0;
    const auto found = std::lower_bound(std::begin(kCompositions), std::end(kCompositions),
                                        Composition{static_cast<char>(base), mark, 0},
                                        [](const Composition& a, const Composition& b) {
                                            return a.base != b.base ? a.base < b.base : a.mark < b.mark;
                                        });
    if (found == std::end(kCompositions) || found->base != static_cast<char>(base) || found->mark != mark)
        return 0;
    return found->composed;
}

bool isInvisible(char32_t c) {
    return c == 0xAD || c == 0x180E || (c >= 0x200B && c <= 0x200D) || (c >= 0x2060 && c <= 0x2064) ||
           c == 0xFEFF;
}

std::string composeLatinAndStripInvisible(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const DecodedChar d = decodeUtf8At(text, i);
        i += d.length;
        if (!d.valid) {
            out += static_cast<char>(d.codePoint);
            continue;
        }
        if (isInvisible(d.codePoint)) continue;
        char32_t c = d.codePoint;
        // A base letter takes the marks that follow it as long as they compose (invisible
        // characters between them are dropped first).
        while (i < text.size()) {
            std::size_t next = i;
            DecodedChar mark = decodeUtf8At(text, next);
            while (mark.valid && isInvisible(mark.codePoint) && next + mark.length < text.size()) {
                next += mark.length;
                mark = decodeUtf8At(text, next);
            }
            const char32_t composed = mark.valid ? composeLatin(c, mark.codePoint) : 0;
            if (!composed) break;
            c = composed;
            i = next + mark.length;
        }
        appendUtf8(out, c);
    }
    return out;
}

} // namespace dlg
