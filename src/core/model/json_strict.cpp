#include "core/model/json_strict.h"

#include <set>
#include <type_traits>

namespace dlg {
namespace {

using DomParser = nlohmann::detail::json_sax_dom_parser<Json>;

// The DOM builder plus the path of the value being read. sax_parse is a template on the handler
// type, so these members hide the base's without virtual calls.
class StrictSax : public DomParser {
  public:
    explicit StrictSax(Json& root) : DomParser(root, false) {}

    bool null() { return enter() && DomParser::null(); }
    bool boolean(bool value) { return enter() && DomParser::boolean(value); }
    bool number_integer(number_integer_t value) { return enter() && DomParser::number_integer(value); }
    bool number_unsigned(number_unsigned_t value) { return enter() && DomParser::number_unsigned(value); }
    bool number_float(number_float_t value, const string_t& text) {
        return enter() && DomParser::number_float(value, text);
    }
    bool string(string_t& value) { return enter() && DomParser::string(value); }
    bool binary(binary_t& value) { return enter() && DomParser::binary(value); }
    bool start_object(std::size_t size) {
        enter();
        frames_.push_back({true, 0, {}, {}});
        return DomParser::start_object(size);
    }
    bool start_array(std::size_t size) {
        enter();
        frames_.push_back({false, 0, {}, {}});
        return DomParser::start_array(size);
    }
    bool end_object() {
        frames_.pop_back();
        return DomParser::end_object();
    }
    bool end_array() {
        frames_.pop_back();
        return DomParser::end_array();
    }
    bool key(string_t& name) {
        Frame& frame = frames_.back();
        frame.key = name;
        if (!frame.keys.insert(name).second) duplicates_.push_back(path());
        return DomParser::key(name);
    }

    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& error) {
        if constexpr (std::is_same_v<Exception, Json::parse_error>) {
            syntax_.emplace(error);
        } else {
            // The only other error while reading text: a number beyond a double (id 406).
            overflowEnd_ = position;
            overflowToken_ = token;
            overflowPath_ = frames_.empty() ? std::string() : path(true);
        }
        return false;
    }

    const std::vector<std::string>& duplicates() const { return duplicates_; }
    const std::optional<Json::parse_error>& syntax() const { return syntax_; }
    std::size_t overflowEnd() const { return overflowEnd_; }
    const std::string& overflowToken() const { return overflowToken_; }
    const std::string& overflowPath() const { return overflowPath_; }

  private:
    struct Frame {
        bool object;
        std::size_t count; ///< array elements begun so far
        std::string key;   ///< the object's current key
        std::set<std::string> keys;
    };

    bool enter() {
        if (!frames_.empty() && !frames_.back().object) ++frames_.back().count;
        return true;
    }

    // The path in ObjectReader's form: "phases[2].plannedMinutes". `pending` is true for a value
    // whose enter() has not run yet (it failed while being read), so an array's next index counts.
    std::string path(bool pending = false) const {
        std::string text;
        for (std::size_t i = 0; i < frames_.size(); ++i) {
            const Frame& frame = frames_[i];
            const bool last = i + 1 == frames_.size();
            if (frame.object) {
                if (!text.empty()) text += '.';
                text += frame.key;
            } else {
                const std::size_t index = frame.count - (last && pending ? 0 : 1);
                text += "[" + std::to_string(index) + "]";
            }
        }
        return text;
    }

    std::vector<Frame> frames_;
    std::vector<std::string> duplicates_;
    std::optional<Json::parse_error> syntax_;
    std::size_t overflowEnd_ = 0;
    std::string overflowToken_;
    std::string overflowPath_;
};

// More numbers too large than this and the file is not a hand-edited session: give up.
constexpr int kMaxOverflows = 20;

} // namespace

Json parseJsonStrict(std::string_view text, Problems& problems,
                     const std::function<std::string(std::size_t)>& where) {
    std::string patched; // a copy only once a number had to be blanked out
    std::string_view current = text;
    for (int round = 0;; ++round) {
        Json document;
        StrictSax sax(document);
        if (Json::sax_parse(current.begin(), current.end(), &sax)) {
            for (const std::string& path : sax.duplicates())
                problems.push_back({path,
                                    "this key appears twice in its object; a save would keep only the last "
                                    "value, so remove one of them"});
            return document;
        }
        if (sax.syntax()) throw *sax.syntax();
        const std::string& token = sax.overflowToken();
        const std::size_t end = sax.overflowEnd();
        // Blank the number out as `null` (same length, so every later position stays right) and
        // read again; the token is at least "1e309", longer than "null".
        if (round >= kMaxOverflows || token.size() < 4 || end < token.size() ||
            current.substr(end - token.size(), token.size()) != token)
            throw Json::parse_error::create(101, end, "number too large: " + token, nullptr);
        const std::size_t start = end - token.size();
        problems.push_back({sax.overflowPath(),
                            where(start) + ": the number " + token.substr(0, 40) + " is too large to read"});
        if (patched.empty()) patched.assign(text);
        patched.replace(start, token.size(), "null" + std::string(token.size() - 4, ' '));
        current = patched;
    }
}

std::string jsonParseReason(const std::string& what) {
    const std::size_t colon = what.find(": ");
    std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    if (reason.rfind("syntax error while parsing value - ", 0) == 0) reason = reason.substr(35);
    const std::size_t echo = reason.find("; last read: '");
    if (echo == std::string::npos) return reason;
    // nlohmann appends "; expected <token>" after the echo. The echo may end in that same text,
    // so the tail is kept only when it names one of nlohmann's tokens.
    static const std::set<std::string> tokens = {
        "true literal", "false literal", "null literal", "string literal", "number literal", "'['", "'{'",
        "']'", "'}'", "':'", "','", "end of input", "'[', '{', or a literal"};
    std::string tail;
    if (const std::size_t expected = reason.rfind("'; expected "); expected != std::string::npos && expected > echo)
        if (tokens.count(reason.substr(expected + 12))) tail = reason.substr(expected + 1);
    return reason.substr(0, echo) + tail;
}

} // namespace dlg
