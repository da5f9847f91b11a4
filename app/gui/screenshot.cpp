#include "screenshot.h"

#include <gtk/gtk.h>
#include <wx/toplevel.h>

namespace codeboom::gui {

// GTK 3 draws through cairo, so a wxDC cannot read pixels back; GDK can read the X window.
bool saveScreenshot(wxTopLevelWindow& window, const wxString& file, wxString& error) {
    GtkWidget* widget = window.GetHandle();
    GdkWindow* gdk = widget ? gtk_widget_get_window(widget) : nullptr;
    if (!gdk) {
        error = "the window is not realised";
        return false;
    }
    const int width = gdk_window_get_width(gdk);
    const int height = gdk_window_get_height(gdk);
    GdkPixbuf* pixbuf = gdk_pixbuf_get_from_window(gdk, 0, 0, width, height);
    if (!pixbuf) {
        error = "the window's pixels cannot be read";
        return false;
    }
    GError* failure = nullptr;
    const bool saved = gdk_pixbuf_save(pixbuf, file.utf8_str(), "png", &failure, nullptr) != 0;
    if (!saved) {
        error = wxString::FromUTF8(failure ? failure->message : "unknown error");
        g_clear_error(&failure);
    }
    g_object_unref(pixbuf);
    return saved;
}

} // namespace codeboom::gui
