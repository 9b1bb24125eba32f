#include "DashboardExports.h"

#include "AnnualReportDialog.h"
#include "ProblemLabel.h"
#include "services/Session.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>

namespace dsar {

DashboardExports::DashboardExports(Session& session, QLabel* message, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_message(message)
    , m_lastFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    setObjectName(QStringLiteral("dashboardExports"));
    m_annualAction = new QAction(this);
    m_annualAction->setObjectName(QStringLiteral("actionAnnualReport"));
    connect(m_annualAction, &QAction::triggered, this, &DashboardExports::openAnnualReport);
    m_annualButton = new QToolButton(this);
    m_annualButton->setObjectName(QStringLiteral("annualReportButton"));
    m_annualButton->setDefaultAction(m_annualAction);
    m_annualButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_calendarAction = new QAction(this);
    m_calendarAction->setObjectName(QStringLiteral("actionExportCalendar"));
    // The calendar speaks one language, chosen each time (a DPO may share it with English-speaking staff).
    m_calendarLanguages = new QMenu(this);
    m_calendarLanguages->setObjectName(QStringLiteral("calendarLanguageMenu"));
    m_calendarLanguages->addAction(QStringLiteral("Svenska"), this, [this] { askCalendar(QStringLiteral("sv")); });
    m_calendarLanguages->addAction(QStringLiteral("English"), this, [this] { askCalendar(QStringLiteral("en")); });
    m_calendarAction->setMenu(m_calendarLanguages);
    m_calendarButton = new QToolButton(this);
    m_calendarButton->setObjectName(QStringLiteral("exportCalendarButton"));
    m_calendarButton->setDefaultAction(m_calendarAction);
    m_calendarButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_calendarButton->setPopupMode(QToolButton::InstantPopup);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_annualButton);
    layout->addWidget(m_calendarButton);
    setTabOrder(m_annualButton, m_calendarButton);
    retranslateUi();
}

QWidget* DashboardExports::firstControl() const
{
    return m_annualButton;
}

QWidget* DashboardExports::lastControl() const
{
    return m_calendarButton;
}

AnnualReportDialog* DashboardExports::openAnnualReport()
{
    ProblemLabel::show(m_message, QString(), false);
    auto* dialog = new AnnualReportDialog(m_session, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString DashboardExports::defaultCalendarName(const QString& language)
{
    return language == QLatin1String("sv") ? QStringLiteral("dsar-tidsfrister.ics")
                                           : QStringLiteral("dsar-deadlines.ics");
}

void DashboardExports::askCalendar(const QString& language)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export deadlines to calendar"),
                                                      QDir(m_lastFolder).filePath(defaultCalendarName(language)),
                                                      tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    exportCalendar(language, path);
}

bool DashboardExports::exportCalendar(const QString& language, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    Result<QByteArray> ics = m_session.cases().deadlineCalendar(language);
    if (!ics) {
        ProblemLabel::show(m_message, tr("The deadline calendar could not be made: %1").arg(ics.error()), true);
        return false;
    }
    // Replaced whole or not at all: a calendar program that watches the file never reads half of it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics.value()) != ics->size() || !file.commit()) {
        ProblemLabel::show(m_message,
                           tr("The deadline calendar could not be saved as %1: %2. Choose another folder or file name.")
                               .arg(shown, file.errorString()),
                           true);
        return false;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    const int events = int(ics->count("BEGIN:VEVENT\r\n"));
    ProblemLabel::show(m_message,
                       tr("Saved the due dates of %n open case(s) in %1. Importing the file again updates the same "
                          "events instead of adding new ones.",
                          nullptr, events)
                           .arg(shown),
                       false);
    return true;
}

void DashboardExports::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardExports::retranslateUi()
{
    m_annualAction->setText(tr("&Annual report…"));
    m_annualAction->setToolTip(tr("The year's requests and what became of them, as PDF to save or print"));
    m_annualButton->setAccessibleName(tr("Make the annual report"));
    m_calendarAction->setText(tr("Export deadlines to &calendar…"));
    m_calendarAction->setToolTip(tr("The open cases' due dates as an iCalendar file (.ics), in the language you "
                                    "choose; no personal data in it"));
    m_calendarButton->setAccessibleName(tr("Export the deadlines to a calendar file"));
    m_calendarButton->setAccessibleDescription(tr("Opens a menu: choose the calendar's language."));
    m_calendarLanguages->setAccessibleName(tr("Language of the calendar"));
}

} // namespace dsar
