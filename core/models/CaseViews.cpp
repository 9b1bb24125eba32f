#include "CaseViews.h"

namespace dsar {

QList<CaseView> CaseViews::all()
{
    return { CaseView::All,      CaseView::Open,
             CaseView::Mine,     CaseView::DueWithinWeek,
             CaseView::Overdue,  CaseView::AwaitingIdentification,
             CaseView::Extended, CaseView::AwaitingDpoApproval };
}

QString CaseViews::code(CaseView view)
{
    switch (view) {
    case CaseView::All:
        return QStringLiteral("all");
    case CaseView::Open:
        return QStringLiteral("open");
    case CaseView::Mine:
        return QStringLiteral("mine");
    case CaseView::DueWithinWeek:
        return QStringLiteral("due-within-7-days");
    case CaseView::Overdue:
        return QStringLiteral("overdue");
    case CaseView::AwaitingIdentification:
        return QStringLiteral("awaiting-identification");
    case CaseView::Extended:
        return QStringLiteral("extended");
    case CaseView::AwaitingDpoApproval:
        return QStringLiteral("awaiting-dpo");
    }
    return {};
}

std::optional<CaseView> CaseViews::fromCode(const QString& code)
{
    for (CaseView view : all()) {
        if (CaseViews::code(view) == code)
            return view;
    }
    return std::nullopt;
}

QString CaseViews::label(CaseView view)
{
    switch (view) {
    case CaseView::All:
        return tr("All cases");
    case CaseView::Open:
        return tr("Open cases");
    case CaseView::Mine:
        return tr("My cases");
    case CaseView::DueWithinWeek:
        return tr("Due within a week");
    case CaseView::Overdue:
        return tr("Overdue");
    case CaseView::AwaitingIdentification:
        return tr("Awaiting identification");
    case CaseView::Extended:
        return tr("Extended");
    case CaseView::AwaitingDpoApproval:
        return tr("Awaiting DPO approval");
    }
    return {};
}

QString CaseViews::description(CaseView view)
{
    switch (view) {
    case CaseView::All:
        return tr("Every case, open and closed");
    case CaseView::Open:
        return tr("Cases not yet answered, refused or closed");
    case CaseView::Mine:
        return tr("Open cases assigned to you");
    case CaseView::DueWithinWeek:
        return tr("Open cases due today or within the next %n day(s)", nullptr, dueSoonDays);
    case CaseView::Overdue:
        return tr("Open cases past their due date: each one a breach of GDPR Art. 12(3)");
    case CaseView::AwaitingIdentification:
        return tr("Cases waiting for the subject to confirm their identity (GDPR Art. 12(6))");
    case CaseView::Extended:
        return tr("Open cases whose extension by two months took effect (GDPR Art. 12(3))");
    case CaseView::AwaitingDpoApproval:
        return tr("Proposed decisions and requested extensions the data protection officer has not yet approved");
    }
    return {};
}

bool CaseViews::contains(CaseView view, const CaseRecord& record, QDate today, const QString& userName)
{
    switch (view) {
    case CaseView::All:
        return true;
    case CaseView::Open:
        return record.isOpen();
    case CaseView::Mine:
        return record.isOpen() && !userName.isEmpty() && record.assignee == userName;
    case CaseView::DueWithinWeek: {
        const int daysLeft = record.daysLeft(today);
        return record.isOpen() && daysLeft >= 0 && daysLeft <= dueSoonDays;
    }
    case CaseView::Overdue:
        return record.isOverdue(today); // GDPR Art. 12(3)
    case CaseView::AwaitingIdentification:
        return record.status == CaseStatus::AwaitingIdentification; // GDPR Art. 12(6)
    case CaseView::Extended:
        return record.isOpen() && record.extended;
    case CaseView::AwaitingDpoApproval:
        return record.isOpen() && (record.status == CaseStatus::DecisionProposed || record.extensionAwaitingApproval);
    }
    return false;
}

QString CaseViews::statusKey(CaseStatus status)
{
    return QStringLiteral("status:") + CaseStatuses::code(status);
}

QString CaseViews::rightKey(RequestRight right)
{
    return QStringLiteral("right:") + RequestRights::code(right);
}

std::optional<CaseListQuery> CaseViews::queryForKey(const QString& key)
{
    const QString code = key.section(QLatin1Char(':'), 1);
    if (key.startsWith(QLatin1String("status:"))) {
        const std::optional<CaseStatus> status = CaseStatuses::fromCode(code);
        if (!status)
            return std::nullopt;
        // A closed status is not among the open cases.
        return CaseListQuery { CaseStatuses::isOpen(*status) ? CaseView::Open : CaseView::All, status, {} };
    }
    if (key.startsWith(QLatin1String("right:"))) {
        const std::optional<RequestRight> right = RequestRights::fromCode(code);
        if (!right)
            return std::nullopt;
        return CaseListQuery { CaseView::Open, {}, right };
    }
    if (const std::optional<CaseView> view = fromCode(key))
        return CaseListQuery { *view, {}, {} };
    return std::nullopt;
}

bool CaseSelection::matchesText(const CaseRecord& record) const
{
    if (text.isEmpty())
        return true;
    return subjectIds.contains(record.subjectId) || record.reference.contains(text, Qt::CaseInsensitive)
        || record.subjectName.contains(text, Qt::CaseInsensitive)
        || record.controllerName.contains(text, Qt::CaseInsensitive);
}

bool CaseSelection::accepts(const CaseRecord& record, QDate today, const QString& userName) const
{
    if (!CaseViews::contains(view, record, today, userName))
        return false;
    if (status && record.status != *status)
        return false;
    if (right && record.right != *right)
        return false;
    if (overdueOnly && !record.isOverdue(today))
        return false;
    return matchesText(record);
}

} // namespace dsar
