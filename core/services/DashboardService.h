#pragma once

#include "common/Result.h"
#include "domain/CaseStatus.h"
#include "domain/Extension.h"
#include "domain/Records.h"
#include "domain/RequestRight.h"
#include "extract/ExtractRenderer.h"
#include "services/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <optional>

namespace dsar {

struct AnnualFigures;
class CaseService;
class Clock;
class Database;
class SettingsService;

// Answers given in a period (GDPR Art. 12(3): within one month, or the extended date).
struct AnsweredFigures
{
    QDate from; // first day, Stockholm
    QDate to; // last day, Stockholm
    int answered = 0;
    int onTime = 0; // by the case's due date, extended when extended
    QStringList late; // the references answered after their due date
    std::optional<double> onTimeShare; // none when nothing was answered
    std::optional<double> medianDays; // calendar days from receipt to answer
    std::optional<double> averageDays;
};

struct DeadlineWeek
{
    QDate monday;
    int due = 0; // open cases whose due date falls in the week
};

struct ExtensionUse
{
    QString reference;
    ExtensionReason reason = ExtensionReason::VolumeOfData;
    bool approved = false;
};

// What the DPO watches: every figure of the dashboard at one moment.
struct DashboardFigures
{
    QDate today;
    int open = 0;
    QMap<CaseStatus, int> openByStatus;
    QMap<RequestRight, int> openByRight;
    int dueWithin7Days = 0; // today through today + 7
    int overdue = 0; // GDPR Art. 12(3): past the due date and not answered, a breach
    int extended = 0; // open cases whose extension took effect
    QList<ExtensionUse> extensions; // of open cases, with their reasons (approved or waiting)
    QStringList clockStopped; // waiting for the subject's identity or clarification, the clock stopped
    AnsweredFigures thisMonth;
    AnsweredFigures thisYear;
    QList<DeadlineWeek> timeline; // 8 weeks from this week's Monday
    std::optional<int> followUpsDue; // kept items past their retain-until date
    int decisionsAwaitingDpo = 0; // proposed decisions
    int extensionsAwaitingDpo = 0; // requested, not yet approved
};

// The cases to remind of: due within the configured working days, and overdue.
struct Reminders
{
    int workingDays = 0;
    QDate dueBy; // the last due date that is reminded of
    QList<CaseRecord> dueSoon; // due today through dueBy
    QList<CaseRecord> overdue; // GDPR Art. 12(3): past their due date and still open
    bool isEmpty() const { return dueSoon.isEmpty() && overdue.isEmpty(); }
};

// The DPO's figures, computed from the cases as they are now; the UI and `dsarctl dashboard` show the same.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)
public:
    DashboardService(Database& db, const Clock& clock, const Actor& actor, CaseService& cases,
                     const SettingsService& settings);

    static constexpr int timelineWeeks = 8;
    Result<DashboardFigures> figures() const;
    // The answers of any period (the annual report uses a year).
    Result<AnsweredFigures> answered(QDate from, QDate to) const;
    // Open cases due within reminders.working_days working days (Swedish holidays counted), and the overdue ones.
    Result<Reminders> reminders() const;
    // Issue 7 item 4: the requests received in the year and what became of them (struct in extract/AnnualReport.h).
    Result<AnnualFigures> annual(int year) const;
    // The annual report as a PDF in Swedish or English, with the organisation's letterhead (or, when the database
    // serves several, a neutral one).
    Result<RenderedPdf> annualReport(int year, const QString& language, const ExtractRenderer& renderer) const;

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    CaseService& m_cases;
    const SettingsService& m_settings;
};

} // namespace dsar
