#include "code_tree_model.h"

#include "codeboom/analysis/regions.h"
#include "codeboom/project.h"

#include <wx/dcmemory.h>

#include <algorithm>

namespace codeboom::gui {

namespace {

void* toPointer(RowId id) {
    return reinterpret_cast<void*>(static_cast<std::intptr_t>(id));
}

} // namespace

wxBitmap codeSwatch(const std::string& color) {
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

CodeTreeModel::Snapshot CodeTreeModel::snapshotOf(Project& project) {
    Snapshot snapshot;
    const auto counts = regionCounts(project);
    for (const Code& code : project.codeTree().codes()) {
        Node node;
        node.parent = code.parentId.value_or(0);
        node.name = wxString::FromUTF8(code.name);
        node.path = wxString::FromUTF8(code.path);
        node.color = code.color;
        node.phase = code.phase;
        node.isCore = code.isCore;
        const auto it = counts.find(code.id);
        node.regions = it == counts.end() ? 0 : it->second;
        snapshot.nodes[code.id] = std::move(node);
        snapshot.order.push_back(code.id);
        if (code.parentId)
            snapshot.nodes[*code.parentId].children.push_back(code.id);
        else
            snapshot.roots.push_back(code.id);
    }
    return snapshot;
}

void CodeTreeModel::adopt(Snapshot snapshot) {
    nodes_ = std::move(snapshot.nodes);
    roots_ = std::move(snapshot.roots);
    order_ = std::move(snapshot.order);
    shown_.clear();
    // Order is depth first, so walking it backwards meets every code after its descendants.
    for (auto it = order_.rbegin(); it != order_.rend(); ++it) {
        const Node& node = nodes_[*it];
        if (phaseFilter_.empty() || node.phase == phaseFilter_ || shown_.contains(*it)) {
            shown_.insert(*it);
            if (node.parent)
                shown_.insert(node.parent);
        }
    }
}

void CodeTreeModel::reload(Project& project) {
    adopt(snapshotOf(project));
    Cleared();
}

void CodeTreeModel::setPhaseFilter(const std::string& phase) {
    phaseFilter_ = phase;
    Snapshot snapshot{std::move(nodes_), std::move(roots_), std::move(order_)};
    adopt(std::move(snapshot));
    Cleared();
}

bool CodeTreeModel::update(Project& project) {
    Snapshot snapshot = snapshotOf(project);
    bool sameShape = snapshot.order == order_ && snapshot.roots == roots_;
    for (std::size_t i = 0; sameShape && i < order_.size(); ++i)
        sameShape = snapshot.nodes[order_[i]].sameShape(nodes_[order_[i]]);
    if (!sameShape) {
        adopt(std::move(snapshot));
        Cleared();
        return true;
    }
    for (const RowId id : order_) {
        Node& node = nodes_[id];
        const std::size_t regions = snapshot.nodes[id].regions;
        if (node.regions != regions) {
            node.regions = regions;
            ItemChanged(itemOf(id));
        }
    }
    return false;
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

bool CodeTreeModel::hasChildren(RowId code) const {
    const auto it = nodes_.find(code);
    return it != nodes_.end() && !it->second.children.empty();
}

const wxBitmap& CodeTreeModel::swatch(const std::string& color) const {
    auto it = swatches_.find(color);
    if (it == swatches_.end())
        it = swatches_.emplace(color, codeSwatch(color)).first;
    return it->second;
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
        icon.CopyFromBitmap(swatch(it->second.color));
        // The star (U+2605) marks the core category for those who do not see bold.
        value << wxDataViewIconText(
            it->second.isCore ? wxString::FromUTF8("\u2605 ") + it->second.name : it->second.name,
            icon);
    } else if (column == kRegions) {
        value = wxString::Format("%zu", it->second.regions);
    } else {
        value = wxString();
    }
}

bool CodeTreeModel::GetAttr(const wxDataViewItem& item, unsigned int column,
                            wxDataViewItemAttr& attr) const {
    const auto it = nodes_.find(codeOf(item));
    if (column != kName || it == nodes_.end() || !it->second.isCore)
        return false;
    attr.SetBold(true);
    return true;
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
    return it != nodes_.end() &&
           std::any_of(it->second.children.begin(), it->second.children.end(),
                       [this](RowId child) { return shown_.contains(child); });
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
    unsigned int added = 0;
    for (const RowId id : *list)
        if (shown_.contains(id)) {
            children.Add(itemOf(id));
            ++added;
        }
    return added;
}

} // namespace codeboom::gui
