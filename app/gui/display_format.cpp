#include "display_format.h"

#include "codeboom/io/heatmap.h"

#include <unicode/uloc.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace codeboom::gui {

Language interfaceLanguage() {
    return std::string_view(uloc_getDefault()).starts_with("nl") ? Language::Dutch
                                                                 : Language::English;
}

namespace {

wxString localised(std::string text) {
    // A value that rounds to zero is shown as zero, not "-0.00".
    if (text.starts_with('-') && text.find_first_of("123456789") == std::string::npos)
        text.erase(0, 1);
    if (interfaceLanguage() == Language::Dutch)
        std::replace(text.begin(), text.end(), '.', ',');
    return fromUtf8(text);
}

} // namespace

wxString decimalText(double value, int digits) {
    char text[48];
    std::snprintf(text, sizeof text, "%.*f", digits, value);
    return localised(text);
}

wxString cellText(double value, const MatrixDefinition& definition, bool marginal) {
    const bool percent = definition.analysis == "frequency" && !definition.percent.empty();
    const bool ratio =
        definition.analysis == "cooccurrence" && definition.measure != "count" && !marginal;
    char text[48];
    if (percent)
        std::snprintf(text, sizeof text, "%.1f%%", value);
    else if (ratio)
        std::snprintf(text, sizeof text, "%.3f", value);
    else
        std::snprintf(text, sizeof text, "%.0f", std::round(value));
    return localised(text);
}

wxString shortTime(const std::string& iso) {
    // "2026-11-23T14:05:12Z" -> "2026-11-23 14:05"
    if (iso.size() < 16 || iso[10] != 'T')
        return fromUtf8(iso);
    return fromUtf8(iso.substr(0, 10) + " " + iso.substr(11, 5));
}

wxColour colourOf(const Rgb& rgb) {
    return wxColour(rgb.r, rgb.g, rgb.b);
}

wxColour colourOf(const std::string& hex) {
    wxColour colour(fromUtf8(hex));
    return colour.IsOk() ? colour : wxColour(0x99, 0x99, 0x99);
}

void appendField(wxTextCtrl& text, const wxString& label, const wxString& value) {
    wxTextAttr bold;
    bold.SetFontWeight(wxFONTWEIGHT_BOLD);
    text.SetDefaultStyle(bold);
    text.AppendText(label + "  ");
    text.SetDefaultStyle(wxTextAttr());
    text.AppendText(value + "\n");
}

} // namespace codeboom::gui
