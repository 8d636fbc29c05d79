#include "app/chrome/frame_fingerprint.h"

#include <functional>
#include <string_view>

namespace dlg {

namespace {

class Hasher {
  public:
    void bytes(const void* data, std::size_t size) {
        mix(std::hash<std::string_view>{}(std::string_view(static_cast<const char*>(data), size)));
        mix(size);
    }
    void value(float number) { bytes(&number, sizeof number); }
    void value(ImVec2 v) {
        value(v.x);
        value(v.y);
    }
    void value(const ImVec4& v) {
        value(v.x);
        value(v.y);
        value(v.z);
        value(v.w);
    }
    void mix(std::uint64_t part) {
        // boost::hash_combine's mixing step, widened to 64 bits.
        state_ ^= part + 0x9E3779B97F4A7C15ull + (state_ << 6) + (state_ >> 2);
    }
    std::uint64_t result() const { return state_; }

  private:
    std::uint64_t state_ = 0;
};

} // namespace

std::uint64_t frameFingerprint(const ImDrawData& data, const ImVec4& clearColour) {
    Hasher hash;
    hash.value(data.DisplayPos);
    hash.value(data.DisplaySize);
    hash.value(data.FramebufferScale);
    hash.value(clearColour);
    hash.mix(static_cast<std::uint64_t>(data.CmdListsCount));
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        hash.bytes(list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
        hash.bytes(list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& command : list.CmdBuffer) {
            hash.value(command.ClipRect);
            hash.mix(reinterpret_cast<std::uintptr_t>(command.TextureId));
            hash.mix(command.VtxOffset);
            hash.mix(command.IdxOffset);
            hash.mix(command.ElemCount);
            hash.mix(command.UserCallback != nullptr);
        }
    }
    return hash.result();
}

} // namespace dlg
