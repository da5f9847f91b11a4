#pragma once

#include "codeboom/model/types.h"

#include <wx/bitmap.h>
#include <wx/dataview.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace codeboom {
class Project;
}

namespace codeboom::gui {

// A small rounded square in a code's colour, as the tree and the code picker show it.
wxBitmap codeSwatch(const std::string& color);

// The code tree as wxDataViewCtrl sees it: a snapshot of the core's CodeTree with region counts.
// Items are code row ids; the model holds no state the project does not have. The core category
// is shown in bold after a star. A phase filter hides the codes that neither have that phase nor
// have a descendant with it, so the codes shown keep their place in the tree.
class CodeTreeModel : public wxDataViewModel {
public:
    // kMargin is an empty last column: GTK stretches the last column to the control's edge, where
    // the overlay scroll bar would cover the counts.
    enum Column { kName, kRegions, kMargin, kColumns };

    void reload(Project& project);
    // Brings the snapshot up to date. When only counts changed (the common case: a coding was
    // added or removed) the changed rows are updated in place; otherwise the tree is rebuilt.
    // Returns true when it was rebuilt (expansion and selection are then the caller's to restore).
    bool update(Project& project);
    RowId codeOf(const wxDataViewItem& item) const;
    wxDataViewItem itemOf(RowId code) const;
    std::size_t regionsOf(RowId code) const;
    bool hasChildren(RowId code) const;
    const std::vector<RowId>& order() const { return order_; }
    // "open", "axial" or "selective"; empty shows every code. The tree is rebuilt (expansion is
    // the caller's to restore).
    void setPhaseFilter(const std::string& phase);
    const std::string& phaseFilter() const { return phaseFilter_; }
    bool isShown(RowId code) const { return shown_.contains(code); }

    unsigned int GetColumnCount() const override { return kColumns; }
    wxString GetColumnType(unsigned int column) const override;
    void GetValue(wxVariant& value, const wxDataViewItem& item, unsigned int column) const override;
    bool SetValue(const wxVariant&, const wxDataViewItem&, unsigned int) override { return false; }
    bool GetAttr(const wxDataViewItem& item, unsigned int column,
                 wxDataViewItemAttr& attr) const override;
    wxDataViewItem GetParent(const wxDataViewItem& item) const override;
    bool IsContainer(const wxDataViewItem& item) const override;
    unsigned int GetChildren(const wxDataViewItem& item,
                             wxDataViewItemArray& children) const override;

private:
    struct Node {
        RowId parent = 0;
        wxString name;
        wxString path;
        std::string color;
        std::string phase;
        bool isCore = false;
        std::size_t regions = 0;
        std::vector<RowId> children;
        bool sameShape(const Node& other) const {
            return parent == other.parent && name == other.name && path == other.path &&
                   color == other.color && phase == other.phase && isCore == other.isCore &&
                   children == other.children;
        }
    };
    struct Snapshot {
        std::map<RowId, Node> nodes;
        std::vector<RowId> roots;
        std::vector<RowId> order;
    };
    static Snapshot snapshotOf(Project& project);
    const wxBitmap& swatch(const std::string& color) const;
    // Takes the snapshot and works out which codes the phase filter shows.
    void adopt(Snapshot snapshot);

    std::map<RowId, Node> nodes_;
    std::vector<RowId> roots_;
    std::vector<RowId> order_;
    std::string phaseFilter_;
    std::set<RowId> shown_;
    mutable std::map<std::string, wxBitmap> swatches_; // by colour: drawing one takes a DC
};

} // namespace codeboom::gui
