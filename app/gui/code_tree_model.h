#pragma once

#include "codeboom/model/types.h"

#include <wx/dataview.h>

#include <map>
#include <vector>

namespace codeboom {
class Project;
}

namespace codeboom::gui {

// The code tree as wxDataViewCtrl sees it: a snapshot of the core's CodeTree with region counts.
// Items are code row ids; the model holds no state the project does not have.
class CodeTreeModel : public wxDataViewModel {
public:
    enum Column { kName, kRegions, kColumns };

    void reload(Project& project);
    RowId codeOf(const wxDataViewItem& item) const;
    wxDataViewItem itemOf(RowId code) const;
    std::size_t regionsOf(RowId code) const;
    const std::vector<RowId>& order() const { return order_; }

    unsigned int GetColumnCount() const override { return kColumns; }
    wxString GetColumnType(unsigned int column) const override;
    void GetValue(wxVariant& value, const wxDataViewItem& item, unsigned int column) const override;
    bool SetValue(const wxVariant&, const wxDataViewItem&, unsigned int) override { return false; }
    wxDataViewItem GetParent(const wxDataViewItem& item) const override;
    bool IsContainer(const wxDataViewItem& item) const override;
    unsigned int GetChildren(const wxDataViewItem& item,
                             wxDataViewItemArray& children) const override;

private:
    struct Node {
        RowId parent = 0;
        wxString name;
        wxString path;
        wxBitmap swatch;
        std::size_t regions = 0;
        std::vector<RowId> children;
    };
    std::map<RowId, Node> nodes_;
    std::vector<RowId> roots_;
    std::vector<RowId> order_;
};

} // namespace codeboom::gui
