#include "CasesPage.h"

#include "CaseFilterBar.h"
#include "DaysLeftDelegate.h"
#include "ReminderBanner.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "security/Permission.h"
#include "services/Session.h"
#include "services/SubjectService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dsar {
namespace {

// How long typing may pause before the search asks the database for a subject (personnummer, e-mail, name).
constexpr int subjectLookupDelayMs = 300;
// More than any screen shows of the list.
constexpr int firstScreenRows = 200;
constexpr int restLoadFallbackMs = 500;

} // namespace

CasesPage::CasesPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("casesPage"));
    m_model = new CaseListModel(m_session.cases(), this, CaseListModel::Loading::Later);
    m_proxy = new CaseFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setUserName(m_session.actor().userName);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("caseViewHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("caseViewDescription"));
    m_description->setWordWrap(true);

    m_reminders = new ReminderBanner(m_session, this);
    m_reminders->hide();
    connect(m_reminders, &ReminderBanner::showCases, this, &CasesPage::selectCases);
    QTimer::singleShot(0, m_reminders, &ReminderBanner::refresh);

    m_filterBar = new CaseFilterBar(*m_proxy, this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));

    // Said when the search finds no case: a subject without cases, or cases the view hides.
    m_searchNotice = new QWidget(this);
    m_searchNotice->setObjectName(QStringLiteral("searchNotice"));
    m_searchNoticeText = new QLabel(m_searchNotice);
    m_searchNoticeText->setObjectName(QStringLiteral("searchNoticeText"));
    m_searchNoticeText->setWordWrap(true);
    m_searchNoticeText->setTextFormat(Qt::PlainText);
    m_showSubject = new QPushButton(m_searchNotice);
    m_showSubject->setObjectName(QStringLiteral("searchNoticeButton"));
    auto* noticeLayout = new QHBoxLayout(m_searchNotice);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addWidget(m_searchNoticeText, 1);
    noticeLayout->addWidget(m_showSubject);
    m_searchNotice->hide();
    connect(m_showSubject, &QPushButton::clicked, this, [this] {
        if (m_noticeShowsSubject && !m_foundSubjects.isEmpty())
            emit showSubjectRequested(m_foundSubjects.first().id);
        else
            showView(CaseView::All);
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(CaseListModel::DaysLeftColumn, new DaysLeftDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table instead of walking its cells; arrows move within it.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseListModel::DueColumn, Qt::AscendingOrder);
    // Enter and double-click both emit activated().
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openCaseRequested(index.data(CaseListModel::ReferenceRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CasesPage::currentCaseChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CasesPage::currentCaseChanged);
    // A filter that hides the current case leaves no current case, and says so only through the layout change.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CasesPage::currentCaseChanged);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    // The first screen's cases at once, all of them a moment later (issue 7 item 8). A role without case work gets
    // the refusal at once (the main window says what the role does instead).
    if (Permissions::allows(m_session.actor().role, Permission::ViewCases)) {
        m_model->loadFirst(firstScreenRows);
        // The rest once the list has painted its first screen, or soon in any case (a page never shown).
        m_table->viewport()->installEventFilter(this);
        QTimer::singleShot(restLoadFallbackMs, this, &CasesPage::loadTheRest);
    } else {
        m_model->reload();
    }

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(subjectLookupDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CasesPage::lookUpSubjects);
    connect(m_proxy, &CaseFilterProxyModel::selectionChanged, this, [this] {
        if (m_proxy->selection().subjectIds.isEmpty() && m_proxy->selection().text != m_lookedUpText) {
            m_searchError.clear(); // said of the earlier text
            m_foundSubjects.clear();
            m_searchTimer->start();
        }
        updateSearchNotice();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CasesPage::updateSearchNotice);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_reminders);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_searchNotice);
    layout->addWidget(m_table, 1);

    setTabOrder(m_filterBar, m_table);
    setTabOrder(m_table, m_showSubject);
    // The reminder's buttons come after the list: Tab from the search still reaches the filters first.
    auto* showReminded = m_reminders->findChild<QPushButton*>(QStringLiteral("showRemindedCasesButton"));
    setTabOrder(m_showSubject, showReminded);
    setTabOrder(showReminded, m_reminders->findChild<QPushButton*>(QStringLiteral("dismissReminderButton")));
    retranslateUi();
}

bool CasesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && !m_model->isComplete()) {
        m_table->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, this, &CasesPage::loadTheRest); // after this paint has reached the screen
    }
    return QWidget::eventFilter(watched, event);
}

void CasesPage::loadTheRest()
{
    if (!m_model->isComplete()) // a change may have reloaded them all already
        m_model->reload();
}

CaseView CasesPage::view() const
{
    return m_proxy->selection().view;
}

QWidget* CasesPage::firstInTabOrder() const
{
    return m_filterBar->findChild<QWidget*>(QStringLiteral("statusFilter"));
}

QWidget* CasesPage::lastInTabOrder() const
{
    return m_reminders->findChild<QPushButton*>(QStringLiteral("dismissReminderButton"));
}

void CasesPage::showView(CaseView view)
{
    m_proxy->setView(view);
    updateHeading();
    emit viewChanged(view);
}

void CasesPage::showQuery(const CaseListQuery& query)
{
    m_filterBar->clearFilters();
    m_filterBar->setStatus(query.status);
    m_filterBar->setRight(query.right);
    showView(query.view);
}

void CasesPage::selectCases(const QStringList& references)
{
    const auto findRows = [this, &references] {
        QList<int> rows;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            if (references.contains(m_proxy->index(row, 0).data(CaseListModel::ReferenceRole).toString()))
                rows << row;
        }
        return rows;
    };
    QList<int> rows = findRows();
    if (rows.size() < references.size()) {
        m_filterBar->clearFilters();
        showView(CaseView::All);
        rows = findRows();
    }
    QItemSelectionModel* selection = m_table->selectionModel();
    selection->clearSelection();
    for (int row : std::as_const(rows))
        selection->select(m_proxy->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!rows.isEmpty()) {
        const QModelIndex first = m_proxy->index(rows.first(), 0);
        selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
        m_table->setFocus();
    }
}

void CasesPage::focusSearch()
{
    m_filterBar->focusSearch();
}

QString CasesPage::currentReference() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CaseListModel::ReferenceRole).toString() : QString();
}

void CasesPage::lookUpSubjects()
{
    const QString text = m_proxy->selection().text;
    m_lookedUpText = text;
    m_foundSubjects.clear();
    m_searchError.clear();
    // A personnummer or e-mail is looked up exactly (blind indexes): it is never on the list's screen. A name is
    // on the screen already, so the subjects are only read when no case shows, to name one without cases.
    const bool exact = SubjectService::isExactQuery(text);
    if (!text.isEmpty() && (exact || (m_proxy->rowCount() == 0 && text.size() >= 2))) {
        Result<QList<SubjectRecord>> found = m_session.subjects().find(text);
        if (found)
            m_foundSubjects = found.value();
        else
            m_searchError = found.error();
    }
    QSet<qint64> ids;
    if (exact) {
        for (const SubjectRecord& subject : std::as_const(m_foundSubjects))
            ids.insert(subject.id);
    }
    if (!ids.isEmpty())
        m_proxy->setSearchSubjects(ids);
    updateSearchNotice();
}

void CasesPage::updateSearchNotice()
{
    const CaseSelection& selection = m_proxy->selection();
    const bool nothingShown = !selection.text.isEmpty() && m_proxy->rowCount() == 0;
    // While the subjects are still to be looked up, "nothing matches" may not be true yet.
    if (m_searchTimer->isActive() || (!nothingShown && m_searchError.isEmpty())) {
        m_searchNotice->hide();
        return;
    }
    int inAllCases = 0;
    if (selection.view != CaseView::All) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (selection.matchesText(m_model->caseAt(row)))
                ++inAllCases;
        }
    }
    QString text;
    bool offerButton = true;
    m_noticeShowsSubject = false;
    if (!m_searchError.isEmpty()) {
        text = m_searchError;
        offerButton = false;
    } else if (inAllCases > 0) {
        text = tr("No case in “%1” matches “%2”; %n case(s) among all cases do.", nullptr, inAllCases)
                   .arg(CaseViews::label(selection.view), selection.text);
        m_showSubject->setText(tr("Show in &all cases"));
    } else if (!m_foundSubjects.isEmpty()) {
        text = tr("No case matches “%1”. The data subject %2 has no case.")
                   .arg(selection.text, m_foundSubjects.first().name);
        m_showSubject->setText(tr("Show &data subject"));
        m_noticeShowsSubject = true;
    } else {
        text = tr("No case or data subject matches “%1”. Search by reference, name, e-mail or personnummer.")
                   .arg(selection.text);
        offerButton = false;
    }
    m_searchNoticeText->setText(text);
    m_showSubject->setVisible(offerButton);
    m_showSubject->setAccessibleName(m_showSubject->text().remove(QLatin1Char('&')));
    m_searchNotice->show();
}

void CasesPage::updateHeading()
{
    m_heading->setText(CaseViews::label(view()));
    m_description->setText(CaseViews::description(view()));
}

void CasesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CasesPage::retranslateUi()
{
    m_table->setAccessibleName(tr("Cases"));
    m_table->setAccessibleDescription(tr("Press Enter to open the selected case."));
    m_heading->setAccessibleName(tr("Case view"));
    m_searchNoticeText->setAccessibleName(tr("Search result"));
    updateHeading();
    updateSearchNotice();
}

} // namespace dsar
