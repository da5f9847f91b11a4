#pragma once

#include "codeboom/analysis/matrix.h"

#include <wx/colour.h>
#include <wx/string.h>

class wxTextCtrl;

#include <string>

namespace codeboom {
struct Rgb;
}

namespace codeboom::gui {

inline wxString fromUtf8(const std::string& text) {
    return wxString::FromUTF8(text.data(), text.size());
}
inline std::string toUtf8(const wxString& text) {
    return std::string(text.utf8_str());
}

// The language of the interface (set by setUpLanguage through ICU's default locale), for core
// texts that come in both languages: a matrix's definition statement and its exports.
Language interfaceLanguage();

// A matrix value as the grid shows it: counts whole, percentages with one decimal and a percent
// sign, ratios with three decimals; a decimal comma in Dutch. Exports write the exact value.
// `marginal`: a co-occurrence total (n_A), a count whatever the measure.
wxString cellText(double value, const MatrixDefinition& definition, bool marginal = false);

// A number with `digits` decimals and the interface's decimal separator.
wxString decimalText(double value, int digits);

// An event or review time as stored (ISO 8601, UTC) in a readable form: "2026-11-23 14:05".
wxString shortTime(const std::string& iso);

// Appends "label  value" as a line of a detail pane, the label in bold.
void appendField(wxTextCtrl& text, const wxString& label, const wxString& value);

wxColour colourOf(const Rgb& rgb);
// A code's "#RRGGBB"; grey when the text is not a colour.
wxColour colourOf(const std::string& hex);

} // namespace codeboom::gui
