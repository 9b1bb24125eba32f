#pragma once

#include "common/Result.h"
#include "holdings/Holding.h"
#include "holdings/HoldingFile.h"
#include "register/ProcessingActivity.h"
#include "services/Actor.h"

#include <QCoreApplication>

namespace dsar {

class Clock;
class Database;
class KeyRing;

// A holding with what the register says about it: the answers GDPR Art. 15(1)(a)-(d) need per datum.
struct HoldingView
{
    Holding holding;
    QString activityName;
    qint64 controllerId = 0;
    QString controllerName;
    QList<LegalBasisEntry> legalBases;
    QString retentionRule; // RetentionRule's text form
    RetentionOutcome retention;
};

// One row of the gallring list: a holding past its retain-until date.
struct GallringItem
{
    HoldingView view;
    QString subjectName;
};

struct HoldingImportReport
{
    int added = 0;
    QList<HoldingFileProblem> problems; // when any, nothing was imported
    QStringList ignoredColumns;
    HoldingFileFormat format = HoldingFileFormat::Csv;

    bool ok() const { return problems.isEmpty(); }
    QString problemReport() const;
};

// What the organisation holds about each data subject, per system and processing activity. Case handlers
// enter and import holdings (they find what is held, LEGAL.md section 2); the register extract, erasure
// decisions and the gallring list read them. Values are sealed at rest.
class HoldingService
{
    Q_DECLARE_TR_FUNCTIONS(HoldingService)
public:
    HoldingService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys);

    Result<Holding> add(qint64 subjectId, qint64 activityId, const QString& system, const HoldingInput& input);
    Result<Holding> update(qint64 id, qint64 activityId, const QString& system, const HoldingInput& input);
    Status remove(qint64 id);

    // Ordered by organisation, system, category and field.
    Result<QList<HoldingView>> forSubject(qint64 subjectId) const;

    // All or nothing: every row is checked, every problem reported with its line (or item) and column.
    Result<HoldingImportReport> import(qint64 subjectId, qint64 activityId, const QString& system,
                                       const HoldingFileContent& file);

    // Every holding whose retain-until date has passed, by organisation, system, activity and date.
    Result<QList<GallringItem>> gallring() const;
    // The gallring list as CSV (UTF-8 with BOM, for spreadsheets) for the system owners who delete the data:
    // organisation, system, activity, subject, category, field, retain_until, days_overdue; never the values.
    // Written with QSaveFile; the export is audited. Returns the number of rows.
    Result<int> exportGallring(const QString& path);
    // The DPO confirms that the system has deleted these holdings (the retention plan was carried out);
    // only holdings past their retain-until date qualify.
    Status confirmErased(const QList<qint64>& ids);

    // An activity by id, or by name ("Organisation/Activity" when several organisations use the name).
    Result<ProcessingActivity> resolveActivity(const QString& key) const;

private:
    struct Checked
    {
        Holding holding;
        QList<HoldingFileProblem> problems;
    };
    // Normalises system and category to the register's spelling and checks every rule; record is the
    // problems' record number.
    Checked check(qint64 subjectId, const ProcessingActivity& activity, const QString& system,
                  const HoldingInput& input, int record) const;
    Result<ProcessingActivity> activityById(qint64 id) const;
    Result<HoldingView> view(const Holding& holding) const;
    Status audit(const QString& action, qint64 subjectId, const QString& summary);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
};

} // namespace dsar
