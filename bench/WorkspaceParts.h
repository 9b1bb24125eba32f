#pragma once

#include "WorkspaceReport.h"

namespace dsar {
class LanguageManager;
class Session;
} // namespace dsar

namespace dsar::bench {

// CaseService::list() alone: the database, the decryption of the names, the records.
void benchList(Session& session, int runs);
// The case list in core: CaseListModel::reload(), CaseFilterProxyModel's filters and sorts; with checkOrder, every
// sort order compared with QSortFilterProxyModel's own QVariant comparison.
void benchCoreList(Session& session, int runs, bool checkOrder, Worst& worst);
// The same filters and sorts in a shown MainWindow, each with the table's repaint; and F5.
void benchWindow(Session& session, LanguageManager& languages, int runs, Worst& worst);
// DashboardService::figures(), DashboardWindow's refresh with its repaint, and the reminders of the banner.
void benchDashboard(Session& session, int runs, Worst& worst);

} // namespace dsar::bench
