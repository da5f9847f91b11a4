#include "language.h"

#include "codeboom/commands/command_label.h"
#include "codeboom/error.h"

#include <locale.h>
#include <unicode/uloc.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

namespace codeboom::gui {

void setUpLanguage(const wxString& code, const wxString& catalogs) {
    wxUILocale::UseDefault();
    auto* translations = new wxTranslations;
    wxString language = code;
    if (language.empty())
        language =
            wxUILocale::GetLanguageCanonicalName(wxUILocale::GetSystemLanguage()).BeforeFirst('_');
    if (language != "nl")
        language = "en";
    translations->SetLanguage(language);
    // GTK translates its own buttons and dialogs ("Annuleren") through the C library's message
    // locale, which follows the system: make it follow the chosen language as well.
    std::setlocale(LC_MESSAGES, language == "nl" ? "nl_NL.UTF-8" : "C.UTF-8");
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(
        catalogs.empty() ? wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath()
                         : catalogs);
    translations->AddStdCatalog();
    translations->AddCatalog("codeboom");
    wxTranslations::Set(translations);
    UErrorCode status = U_ZERO_ERROR;
    uloc_setDefault(language.utf8_str(), &status);
}

wxString translatedLabel(const CommandLabel& label) {
    if (label.message.empty())
        return {};
    // Core's messages and the catalog are UTF-8: convert explicitly, whatever the C locale.
    const wxString pattern = wxGetTranslation(wxString::FromUTF8(label.message));
    return wxString::FromUTF8(label.format(std::string(pattern.utf8_str())));
}

wxString translatedError(const std::exception& error) {
    if (const auto* own = dynamic_cast<const Error*>(&error))
        return translatedLabel(own->message());
    return wxString::FromUTF8(error.what());
}

} // namespace codeboom::gui
