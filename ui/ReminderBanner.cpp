#include "ReminderBanner.h"

#include "security/Permission.h"
#include "services/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace dsar {
namespace {

constexpr int refreshMinutes = 30;

} // namespace

ReminderBanner::ReminderBanner(Session& session, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_tray(std::make_unique<SystemTrayNotifier>(this))
    , m_canViewCases(Permissions::allows(session.actor().role, Permission::ViewCases))
{
    setObjectName(QStringLiteral("reminderBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Colour and words together: the text says what is late, the colour only draws the eye.
    setStyleSheet(QStringLiteral("QFrame#reminderBanner { background: #fde2e1; border: 1px solid #c0392b; "
                                 "border-radius: 0.2em; } QFrame#reminderBanner QLabel { color: #1a1a1a; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("reminderText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_show = new QPushButton(this);
    m_show->setObjectName(QStringLiteral("showRemindedCasesButton"));
    connect(m_show, &QPushButton::clicked, this, [this] { emit showCases(m_references); });
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismissReminderButton"));
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        // Until the next change or the next half hour: a reminder that could be turned off for good would not
        // remind.
        m_dismissed = true;
        hide();
    });
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    m_timer = new QTimer(this);
    m_timer->setInterval(refreshMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_dismissed = false;
        refresh();
    });
    m_timer->start();
    connect(&m_session.cases(), &CaseService::casesChanged, this, [this] {
        m_dismissed = false;
        refresh();
    });
    retranslateUi();
}

void ReminderBanner::setTrayNotifier(std::unique_ptr<TrayNotifier> tray)
{
    m_tray = std::move(tray);
}

QString ReminderBanner::text() const
{
    return m_text->text();
}

void ReminderBanner::refresh()
{
    m_references.clear();
    if (!m_canViewCases) {
        // An administrator's timer would otherwise show the refusal every half hour.
        hide();
        return;
    }
    Result<Reminders> reminders = m_session.dashboard().reminders();
    if (!reminders || reminders->isEmpty()) {
        if (reminders)
            m_trayShowed.clear(); // the next reminder is news again
        // A reminder that cannot be computed says so rather than disappearing silently.
        m_text->setText(reminders ? QString() : tr("The reminders could not be read: %1").arg(reminders.error()));
        setVisible(!reminders && !m_dismissed);
        return;
    }
    QStringList parts;
    QStringList overdue;
    QStringList dueSoon;
    if (!reminders->overdue.isEmpty()) {
        parts << tr("%n case(s) overdue, a breach of GDPR Art. 12(3)", nullptr, int(reminders->overdue.size()));
        for (const CaseRecord& record : reminders->overdue)
            overdue << record.reference;
    }
    if (!reminders->dueSoon.isEmpty()) {
        parts << tr("%n case(s) due by %1 (%2 working days)", nullptr, int(reminders->dueSoon.size()))
                     .arg(QLocale().toString(reminders->dueBy, QLocale::LongFormat))
                     .arg(reminders->workingDays);
        for (const CaseRecord& record : reminders->dueSoon)
            dueSoon << record.reference;
    }
    m_references = overdue + dueSoon;
    const QString text = tr("Reminder: %1.").arg(parts.join(tr("; ")));
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setVisible(!m_dismissed);
    // A case that moves from due soon to overdue is a new reminder, hence the divider.
    notifyTray(text, overdue + QStringList { QStringLiteral("|") } + dueSoon);
}

void ReminderBanner::notifyTray(const QString& text, const QStringList& remindedOf)
{
    // The banner stays in the window; the tray message is the nudge for a window left behind, so the same
    // reminder every half hour would only teach the user to ignore it.
    if (remindedOf == m_trayShowed || !m_tray || !m_tray->isAvailable())
        return;
    m_trayShowed = remindedOf;
    m_tray->notify(tr("DSAR Desk"), text);
}

void ReminderBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QFrame::changeEvent(event);
}

void ReminderBanner::retranslateUi()
{
    setAccessibleName(tr("Reminder of deadlines"));
    m_show->setText(tr("Show these cases"));
    m_show->setAccessibleName(tr("Show the reminded cases in the list"));
    m_dismiss->setText(tr("Hide"));
    m_dismiss->setAccessibleName(tr("Hide the reminder until the next change"));
}

} // namespace dsar
