#include "code_tree_model.h"

#include "codeboom/analysis/regions.h"
#include "codeboom/project.h"

#include <wx/dcmemory.h>

namespace codeboom::gui {

namespace {

wxBitmap swatchOf(const std::string& color) {
    wxBitmap bitmap(14, 14);
    wxMemoryDC dc(bitmap);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    const wxColour colour(wxString::FromUTF8(color));
    dc.SetBrush(wxBrush(colour));
    dc.SetPen(wxPen(colour.ChangeLightness(70)));
    dc.DrawRoundedRectangle(1, 1, 12, 12, 3);
    dc.SelectObject(wxNullBitmap);
    return bitmap;
}

void* toPointer(RowId id) {
    return reinterpret_cast<void*>(static_cast<std::intptr_t>(id));
}

} // namespace

void CodeTreeModel::reload(Project& project) {
    nodes_.clear();
    roots_.clear();
    order_.clear();
    const auto counts = regionCounts(project);
    for (const Code& code : project.codeTree().codes()) {
        Node node;
        node.parent = code.parentId.value_or(0);
        node.name = wxString::FromUTF8(code.name);
        node.path = wxString::FromUTF8(code.path);
        node.swatch = swatchOf(code.color);
        const auto it = counts.find(code.id);
        node.regions = it == counts.end() ? 0 : it->second;
        nodes_[code.id] = node;
        order_.push_back(code.id);
        if (code.parentId)
            nodes_[*code.parentId].children.push_back(code.id);
        else
            roots_.push_back(code.id);
    }
    Cleared();
}

RowId CodeTreeModel::codeOf(const wxDataViewItem& item) const {
    return static_cast<RowId>(reinterpret_cast<std::intptr_t>(item.GetID()));
}

wxDataViewItem CodeTreeModel::itemOf(RowId code) const {
    return wxDataViewItem(toPointer(code));
}

std::size_t CodeTreeModel::regionsOf(RowId code) const {
    const auto it = nodes_.find(code);
    return it == nodes_.end() ? 0 : it->second.regions;
}

wxString CodeTreeModel::GetColumnType(unsigned int column) const {
    return column == kName ? "wxDataViewIconText" : "string";
}

void CodeTreeModel::GetValue(wxVariant& value, const wxDataViewItem& item,
                             unsigned int column) const {
    const auto it = nodes_.find(codeOf(item));
    if (it == nodes_.end())
        return;
    if (column == kName) {
        wxIcon icon;
        icon.CopyFromBitmap(it->second.swatch);
        value << wxDataViewIconText(it->second.name, icon);
    } else {
        value = wxString::Format("%zu", it->second.regions);
    }
}

wxDataViewItem CodeTreeModel::GetParent(const wxDataViewItem& item) const {
    const auto it = nodes_.find(codeOf(item));
    if (it == nodes_.end() || it->second.parent == 0)
        return wxDataViewItem(nullptr);
    return itemOf(it->second.parent);
}

bool CodeTreeModel::IsContainer(const wxDataViewItem& item) const {
    if (!item.IsOk())
        return true;
    const auto it = nodes_.find(codeOf(item));
    return it != nodes_.end() && !it->second.children.empty();
}

unsigned int CodeTreeModel::GetChildren(const wxDataViewItem& item,
                                        wxDataViewItemArray& children) const {
    const std::vector<RowId>* list = &roots_;
    if (item.IsOk()) {
        const auto it = nodes_.find(codeOf(item));
        if (it == nodes_.end())
            return 0;
        list = &it->second.children;
    }
    for (const RowId id : *list)
        children.Add(itemOf(id));
    return static_cast<unsigned int>(list->size());
}

} // namespace codeboom::gui
