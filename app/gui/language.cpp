#include "language.h"

#include <unicode/uloc.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

namespace codeboom::gui {

void setUpLanguage(const wxString& code) {
    wxUILocale::UseDefault();
    auto* translations = new wxTranslations;
    wxString language = code;
    if (language.empty())
        language =
            wxUILocale::GetLanguageCanonicalName(wxUILocale::GetSystemLanguage()).BeforeFirst('_');
    if (language != "nl")
        language = "en";
    translations->SetLanguage(language);
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(
        wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath());
    translations->AddStdCatalog();
    translations->AddCatalog("codeboom");
    wxTranslations::Set(translations);
    UErrorCode status = U_ZERO_ERROR;
    uloc_setDefault(language.utf8_str(), &status);
}

} // namespace codeboom::gui
