#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <optional>

namespace dsar {

// The saved views of the case list (issue 7 item 1): the selections a handler and the DPO return to all day.
// Each view is a rule over one case and today's date, so the list, the navigation's counts and the dashboard's
// figures agree (the dashboard counts the same rules in SQL; tst_caseviews holds them together).
enum class CaseView
{
    All,
    Open,
    Mine,
    DueWithinWeek,
    Overdue,
    AwaitingIdentification,
    Extended,
    AwaitingDpoApproval,
};

// What the case list shows: a saved view, narrowed by the filter bar and the search field.
struct CaseSelection
{
    CaseView view = CaseView::All;
    std::optional<CaseStatus> status;
    std::optional<RequestRight> right;
    bool overdueOnly = false;
    // Matched against the reference, the subject's name and the organisation (case-insensitive).
    QString text;
    // Subjects found by an exact personnummer or e-mail (blind indexes): their cases match the text too.
    QSet<qint64> subjectIds;

    bool accepts(const CaseRecord& record, QDate today, const QString& userName) const;
    bool matchesText(const CaseRecord& record) const;
};

// The case list a dashboard figure opens: a view, perhaps with a status or a right.
struct CaseListQuery
{
    CaseView view = CaseView::All;
    std::optional<CaseStatus> status;
    std::optional<RequestRight> right;
};

class CaseViews
{
    Q_DECLARE_TR_FUNCTIONS(CaseViews)
public:
    // The days "due within a week" looks ahead: today through today + 7, as the dashboard counts them.
    static constexpr int dueSoonDays = 7;

    static QList<CaseView> all();
    static QString code(CaseView view);
    static std::optional<CaseView> fromCode(const QString& code);
    static QString label(CaseView view);
    static QString description(CaseView view);
    static bool contains(CaseView view, const CaseRecord& record, QDate today, const QString& userName);

    // The dashboard's figure keys ("overdue", "due-within-7-days", "open", "extended", "awaiting-dpo",
    // "awaiting-identification", "status:CODE", "right:CODE"); nullopt for a key that names no list.
    static QString statusKey(CaseStatus status);
    static QString rightKey(RequestRight right);
    static std::optional<CaseListQuery> queryForKey(const QString& key);
};

} // namespace dsar
