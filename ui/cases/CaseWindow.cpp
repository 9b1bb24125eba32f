#include "CaseWindow.h"

#include "AttachmentsTab.h"
#include "CaseActionBar.h"
#include "CaseDecisionPanel.h"
#include "CaseHeader.h"
#include "CaseHistoryView.h"
#include "ExtensionTab.h"
#include "IdentificationTab.h"
#include "NotesTab.h"
#include "ProblemLabel.h"
#include "security/Permission.h"
#include "services/Session.h"

#include <QAction>
#include <QCloseEvent>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {
namespace {

// "&Notes (3)": how many there are, without opening the tab.
QString tabTitle(const QString& title, qsizetype count)
{
    return count > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(count) : title;
}

} // namespace

CaseWindow::CaseWindow(Session& session, const QString& reference, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("caseWindow"));
    CaseService& cases = m_session.cases();
    m_header = new CaseHeader(this);
    m_actions = new CaseActionBar(cases, m_session.actor().userName, this);
    connect(m_actions, &CaseActionBar::identificationStepWanted, this, &CaseWindow::startIdentificationStep);
    connect(m_actions, &CaseActionBar::decisionStepWanted, this, [this] { m_tabs->setCurrentWidget(m_decision); });
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_identification = new IdentificationTab(cases, m_tabs);
    m_extension = new ExtensionTab(cases, m_tabs);
    m_decision = new CaseDecisionPanel(m_session, m_reference, m_tabs);
    m_decision->setObjectName(QStringLiteral("decisionTab"));
    m_notes = new NotesTab(cases, m_tabs);
    m_attachments = new AttachmentsTab(cases, m_tabs);
    m_historyPage = new QWidget(m_tabs);
    m_historyPage->setObjectName(QStringLiteral("historyTab"));
    m_history = new CaseHistoryView(m_historyPage);
    m_historyProblem = ProblemLabel::create(QStringLiteral("historyProblem"), QString(), m_historyPage);
    auto* historyLayout = new QVBoxLayout(m_historyPage);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_historyProblem);
    m_tabs->addTab(m_identification, QString());
    m_tabs->addTab(m_extension, QString());
    m_tabs->addTab(m_decision, QString());
    m_tabs->addTab(m_notes, QString());
    m_tabs->addTab(m_attachments, QString());
    m_tabs->addTab(m_historyPage, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_actions);
    layout->addWidget(line);
    layout->addWidget(m_tabs, 1);
    createActions();

    retranslateUi();
    connect(&cases, &CaseService::casesChanged, this, &CaseWindow::reload);
    reload();
    const QRect available = screen()->availableGeometry();
    resize(std::min(1180, available.width() * 9 / 10), std::min(820, available.height() * 9 / 10));
}

void CaseWindow::createActions()
{
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefreshCase"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &CaseWindow::reload);
    connect(m_refreshAction, &QAction::triggered, m_decision, &CaseDecisionPanel::refresh);
    addAction(m_refreshAction);
    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("actionCloseCase"));
    // Ctrl+W everywhere, besides the platform's own (Ctrl+F4 on some).
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (const QKeySequence ctrlW(Qt::CTRL | Qt::Key_W); !closeKeys.contains(ctrlW))
        closeKeys << ctrlW;
    m_closeAction->setShortcuts(closeKeys);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(m_closeAction);
}

void CaseWindow::changeEvent(QEvent* event)
{
    // One switch of language brings one LanguageChange per translator; retranslating reloads, so do it once.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, [this] {
            m_retranslatePending = false;
            retranslateUi();
            reload();
        });
    }
    QWidget::changeEvent(event);
}

void CaseWindow::retranslateUi()
{
    m_header->retranslateUi();
    m_actions->retranslateUi();
    m_identification->retranslateUi();
    m_extension->retranslateUi();
    m_notes->retranslateUi();
    m_attachments->retranslateUi();
    m_tabs->setAccessibleName(tr("Work on the case"));
    m_historyProblem->setAccessibleName(tr("Why the history is not shown"));
    m_refreshAction->setText(tr("Refresh"));
    m_closeAction->setText(tr("Close"));
}

void CaseWindow::reload()
{
    CaseService& cases = m_session.cases();
    Result<CaseRecord> record = cases.byReferenceWithDeadlines(m_reference);
    setWindowTitle(tr("Case %1").arg(m_reference));
    setAccessibleName(windowTitle());
    m_actions->setEnabled(record.ok());
    m_tabs->setEnabled(record.ok());
    if (!record) {
        m_loadError = record.error();
        m_header->setProblem(tr("The case could not be read: %1").arg(m_loadError));
        return;
    }
    m_loadError.clear();
    m_header->setCase(record.value(), cases.today());
    m_actions->setCase(record.value());
    m_actions->setHandlerCandidates(handlerCandidates());

    const Result<QList<IdentificationRecord>> episodes = cases.identifications(m_reference);
    m_identification->setCase(record.value(), episodes);
    m_extension->setCase(record.value(), cases.extension(m_reference));
    const Result<QList<CaseNote>> notes = cases.notes(m_reference);
    m_notes->setCase(m_reference, notes);
    const Result<QList<CaseAttachment>> attachments = cases.attachments(m_reference);
    m_attachments->setCase(m_reference, attachments);
    const Result<QList<AuditEvent>> history = m_session.audit().caseHistory(record->id);
    m_history->setEvents(history ? history.value() : QList<AuditEvent>());
    ProblemLabel::show(m_historyProblem,
                       history ? QString() : tr("The history could not be read: %1").arg(history.error()), true);

    m_tabs->setTabText(m_tabs->indexOf(m_identification),
                       tabTitle(tr("&Identification"), episodes ? episodes->size() : 0));
    m_tabs->setTabText(m_tabs->indexOf(m_extension), tr("&Extension"));
    m_tabs->setTabText(m_tabs->indexOf(m_decision), tr("Decision and &letters"));
    m_tabs->setTabText(m_tabs->indexOf(m_notes), tabTitle(tr("&Notes"), notes ? notes->size() : 0));
    m_tabs->setTabText(m_tabs->indexOf(m_attachments),
                       tabTitle(tr("A&ttachments"), attachments ? attachments->size() : 0));
    m_tabs->setTabText(m_tabs->indexOf(m_historyPage), tabTitle(tr("Histor&y"), history ? history->size() : 0));
}

QStringList CaseWindow::handlerCandidates() const
{
    QStringList names;
    if (Result<QList<UserRecord>> users = m_session.accounts().users()) {
        for (const UserRecord& user : users.value()) {
            if (!user.disabled && Permissions::allows(user.role, Permission::WorkCase))
                names << user.name;
        }
    } else {
        // AccountService lists the accounts to administrators only: case workers are offered themselves and
        // the handlers the cases already have. Any other account name can be typed; CaseService checks it.
        if (Permissions::allows(m_session.actor().role, Permission::WorkCase))
            names << m_session.actor().userName;
        if (Result<QList<CaseRecord>> all = m_session.cases().list()) {
            for (const CaseRecord& record : all.value()) {
                if (!record.assignee.isEmpty())
                    names << record.assignee;
            }
        }
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

void CaseWindow::startIdentificationStep(CaseStatus to)
{
    m_tabs->setCurrentWidget(m_identification);
    m_identification->startStep(to);
}

bool CaseWindow::hasUnsavedText() const
{
    return m_notes->hasUnsavedText() || m_identification->hasUnsavedText() || m_extension->hasUnsavedText();
}

bool CaseWindow::confirmDiscardingUnsavedText()
{
    QStringList where;
    if (m_notes->hasUnsavedText())
        where << tr("the note or message being written");
    if (m_identification->hasUnsavedText())
        where << tr("the reason for asking for identification");
    if (m_extension->hasUnsavedText())
        where << tr("the note for the extension");
    QMessageBox box(QMessageBox::Question, tr("Discard the text?"),
                    tr("%1 has text that has not been added to the case: %2.")
                        .arg(m_reference, QLocale().createSeparatedList(where)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("unsavedTextConfirmation"));
    box.setInformativeText(tr("Close the window and discard it?"));
    QPushButton* discard = box.addButton(tr("&Discard and close"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton* keep = box.addButton(tr("&Keep writing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepWritingButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

void CaseWindow::closeEvent(QCloseEvent* event)
{
    if (hasUnsavedText() && !confirmDiscardingUnsavedText()) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace dsar
