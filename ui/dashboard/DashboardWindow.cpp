#include "DashboardWindow.h"

#include "ActionTranslator.h"
#include "DashboardExports.h"
#include "DaysLeftDelegate.h"
#include "DeadlineChart.h"
#include "DisplayFormat.h"
#include "ProblemLabel.h"
#include "services/CaseService.h"
#include "services/Session.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyleOptionButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace dsar {
namespace {

constexpr int codeRole = Qt::UserRole + 1;

QString formatDays(double days)
{
    // Whole days without a decimal; a median of an even count may fall between two.
    const bool whole = std::abs(days - std::round(days)) < 0.05;
    return QLocale().toString(days, 'f', whole ? 0 : 1);
}

QTreeWidget* makeList(const QString& objectName, int columns, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setColumnCount(columns);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < columns; ++column)
        list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return list;
}

QLabel* makeTitle(const QString& objectName, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

} // namespace

FigureTile::FigureTile(const QString& objectName, QWidget* parent)
    : QAbstractButton(parent)
{
    setObjectName(objectName);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FigureTile::setFigure(const QString& number, const QString& caption, const QString& detail)
{
    m_number = number;
    m_caption = caption;
    m_detail = detail;
    setText(caption);
    QString name = tr("%1: %2", "caption: number").arg(caption, number);
    if (!detail.isEmpty())
        name += QStringLiteral(". ") + detail;
    setAccessibleName(name);
    updateGeometry();
    update();
}

void FigureTile::setAlarm(bool alarm)
{
    m_alarm = alarm;
    update();
}

QFont FigureTile::numberFont() const
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    return big;
}

QSize FigureTile::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    // Room for the detail line on every tile, so a row of tiles lines up whatever each one says.
    constexpr int lines = 2;
    const int width = std::max(
        { metrics.horizontalAdvance(m_caption), metrics.horizontalAdvance(m_detail), metrics.averageCharWidth() * 16 });
    const int height = QFontMetrics(numberFont()).height() + metrics.height() * lines;
    return { width + metrics.height() * 2, height + metrics.height() };
}

void FigureTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QStyleOptionButton option;
    option.initFrom(this);
    option.state |= isDown() ? QStyle::State_Sunken : QStyle::State_Raised;
    style()->drawControl(QStyle::CE_PushButtonBevel, &option, &painter, this);

    const int margin = fontMetrics().height() / 2;
    const QRect inner = rect().adjusted(margin, margin / 2, -margin, -margin / 2);
    QColor textColour = palette().color(QPalette::ButtonText);
    if (m_alarm) {
        // The same pair as the case list's overdue cells; the detail line says the same in words.
        const DaysLeftDelegate::Colours colours
            = DaysLeftDelegate::colours(DaysLeftDelegate::Urgency::Overdue, palette());
        painter.fillRect(rect().adjusted(margin / 3, margin / 3, -margin / 3, -margin / 3), colours.background);
        textColour = colours.text;
    }
    painter.setPen(textColour);
    painter.setFont(numberFont());
    const int numberHeight = QFontMetrics(numberFont()).height();
    painter.drawText(QRect(inner.left(), inner.top(), inner.width(), numberHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     m_number);
    painter.setFont(font());
    const QFontMetrics metrics = fontMetrics();
    int top = inner.top() + numberHeight;
    for (const QString& line : { m_caption, m_detail }) {
        if (line.isEmpty())
            continue;
        painter.drawText(QRect(inner.left(), top, inner.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(line, Qt::ElideRight, inner.width()));
        top += metrics.height();
    }
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(margin / 4, margin / 4, -margin / 4, -margin / 4);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

DashboardWindow::DashboardWindow(Session& session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
{
    setObjectName(QStringLiteral("dashboardWindow"));

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefreshDashboard"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &DashboardWindow::refresh);
    m_refreshButton = new QToolButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshDashboardButton"));
    m_refreshButton->setDefaultAction(m_refreshAction);
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_todayLabel = new QLabel(this);
    m_todayLabel->setObjectName(QStringLiteral("dashboardToday"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("dashboardError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    m_exportMessage = ProblemLabel::create(QStringLiteral("dashboardExportMessage"), QString(), this);
    m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exports = new DashboardExports(m_session, m_exportMessage, this);

    createTiles();

    m_chart = new DeadlineChart(this);
    m_chartTitle = makeTitle(QStringLiteral("chartTitle"), m_chart, this);
    m_byStatus = makeList(QStringLiteral("openByStatus"), 2, this);
    m_statusTitle = makeTitle(QStringLiteral("statusTitle"), m_byStatus, this);
    m_byRight = makeList(QStringLiteral("openByRight"), 2, this);
    m_rightTitle = makeTitle(QStringLiteral("rightTitle"), m_byRight, this);
    m_extensions = makeList(QStringLiteral("extensionsInUse"), 3, this);
    m_extensionsTitle = makeTitle(QStringLiteral("extensionsTitle"), m_extensions, this);
    // Enter and double-click both emit itemActivated().
    const auto openCode = [this](QTreeWidgetItem* item) {
        emit openCaseList(item->data(0, codeRole).toString());
    };
    connect(m_byStatus, &QTreeWidget::itemActivated, this, openCode);
    connect(m_byRight, &QTreeWidget::itemActivated, this, openCode);
    connect(m_extensions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->flags() & Qt::ItemIsSelectable)
            emit showCases({ item->text(0) });
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_todayLabel, 1);
    top->addWidget(m_exports);
    top->addWidget(m_refreshButton);

    auto* tiles = new QGridLayout;
    const QList<FigureTile*> order { m_open,
                                     m_dueSoon,
                                     m_overdue,
                                     m_extended,
                                     m_clockStopped,
                                     m_decisionsAwaiting,
                                     m_extensionsAwaiting,
                                     m_followUps,
                                     m_answeredMonth,
                                     m_answeredYear };
    constexpr int perRow = 5;
    for (int i = 0; i < order.size(); ++i)
        tiles->addWidget(order.at(i), i / perRow, i % perRow);

    auto* lists = new QGridLayout;
    lists->addWidget(m_statusTitle, 0, 0);
    lists->addWidget(m_byStatus, 1, 0);
    lists->addWidget(m_rightTitle, 0, 1);
    lists->addWidget(m_byRight, 1, 1);
    lists->addWidget(m_extensionsTitle, 0, 2);
    lists->addWidget(m_extensions, 1, 2);
    lists->setColumnStretch(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_exportMessage);
    layout->addWidget(m_errorLabel);
    layout->addLayout(tiles);
    layout->addWidget(m_chartTitle);
    layout->addWidget(m_chart, 1);
    layout->addLayout(lists, 1);

    // Tab follows the reading order: the buttons at the top, the tiles row by row, then the chart and the lists.
    setTabOrder(m_exports->firstControl(), m_exports->lastControl());
    setTabOrder(m_exports->lastControl(), m_refreshButton);
    QWidget* previous = m_refreshButton;
    for (QWidget* next : order)
        setTabOrder(std::exchange(previous, next), next);
    for (QWidget* next : std::initializer_list<QWidget*> { m_chart, m_byStatus, m_byRight, m_extensions })
        setTabOrder(std::exchange(previous, next), next);

    // The figures are aggregates over the cases, cheap enough to recompute on every change.
    connect(&m_session.cases(), &CaseService::casesChanged, this, &DashboardWindow::refresh);

    retranslateUi(); // the figures come when the window is shown
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 130, metrics.height() * 42);
}

QAction* DashboardWindow::createOpenAction(QWidget* mainWindow)
{
    auto* action = new QAction(mainWindow);
    action->setObjectName(QStringLiteral("actionDashboard"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    ActionTranslator::install(action, mainWindow, [](QAction* translated) {
        translated->setText(tr("&Dashboard"));
        translated->setToolTip(tr("The deadline dashboard: open, due and overdue cases (Ctrl+D)"));
    });
    return action;
}

void DashboardWindow::createTiles()
{
    m_open = new FigureTile(QStringLiteral("openTile"), this);
    m_dueSoon = new FigureTile(QStringLiteral("dueSoonTile"), this);
    m_overdue = new FigureTile(QStringLiteral("overdueTile"), this);
    m_extended = new FigureTile(QStringLiteral("extendedTile"), this);
    m_clockStopped = new FigureTile(QStringLiteral("clockStoppedTile"), this);
    m_decisionsAwaiting = new FigureTile(QStringLiteral("decisionsAwaitingTile"), this);
    m_extensionsAwaiting = new FigureTile(QStringLiteral("extensionsAwaitingTile"), this);
    m_followUps = new FigureTile(QStringLiteral("followUpsTile"), this);
    m_answeredMonth = new FigureTile(QStringLiteral("answeredMonthTile"), this);
    m_answeredYear = new FigureTile(QStringLiteral("answeredYearTile"), this);

    connect(m_open, &QAbstractButton::clicked, this, [this] { emit openCaseList(openKey()); });
    connect(m_dueSoon, &QAbstractButton::clicked, this, [this] { emit openCaseList(dueWithin7DaysKey()); });
    connect(m_overdue, &QAbstractButton::clicked, this, [this] { emit openCaseList(overdueKey()); });
    connect(m_decisionsAwaiting, &QAbstractButton::clicked, this,
            [this] { emit openCaseList(statusKey(CaseStatus::DecisionProposed)); });
    connect(m_extended, &QAbstractButton::clicked, this, [this] { emit openCaseList(extendedKey()); });
    // The case list has no view for these; the figures carry their references, so those cases are shown.
    connect(m_extensionsAwaiting, &QAbstractButton::clicked, this,
            [this] { emit showCases(extensionReferences(false)); });
    connect(m_clockStopped, &QAbstractButton::clicked, this, [this] { emit showCases(m_figures.clockStopped); });
    connect(m_answeredMonth, &QAbstractButton::clicked, this, [this] { emit showCases(m_figures.thisMonth.late); });
    connect(m_answeredYear, &QAbstractButton::clicked, this, [this] { emit showCases(m_figures.thisYear.late); });
    // The follow-ups are holdings, not cases: the gallring list shows them (said in the tooltip).
}

void DashboardWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardWindow::retranslateUi()
{
    setWindowTitle(tr("Deadline dashboard"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Compute the figures again (F5)"));
    m_refreshButton->setAccessibleName(tr("Refresh the figures"));
    m_chartTitle->setText(tr("&Deadlines in the coming %n week(s)", nullptr, DashboardService::timelineWeeks));
    m_statusTitle->setText(tr("Open cases by &status"));
    m_byStatus->setHeaderLabels({ tr("Status"), tr("Cases") });
    m_byStatus->setAccessibleName(tr("Open cases by status"));
    m_byStatus->setAccessibleDescription(tr("Press Enter to show these cases in the case list."));
    m_rightTitle->setText(tr("Open cases by r&ight"));
    m_byRight->setHeaderLabels({ tr("Right"), tr("Cases") });
    m_byRight->setAccessibleName(tr("Open cases by right"));
    m_byRight->setAccessibleDescription(tr("Press Enter to show these cases in the case list."));
    m_extensionsTitle->setText(tr("E&xtensions in use"));
    m_extensions->setHeaderLabels({ tr("Case"), tr("Reason"), tr("Approved") });
    m_extensions->setAccessibleName(tr("Extensions in use"));
    m_extensions->setAccessibleDescription(tr("Press Enter to show the case in the case list."));
    m_errorLabel->setAccessibleName(tr("Dashboard problem"));
    m_exportMessage->setAccessibleName(tr("Result of the last report or calendar export"));
    m_todayLabel->setAccessibleName(tr("Date of the figures"));
    refresh();
}

void DashboardWindow::showEvent(QShowEvent* event)
{
    if (m_stale)
        compute();
    QWidget::showEvent(event);
}

void DashboardWindow::refresh()
{
    // A hidden dashboard (a closed one is kept) waits until it is shown again.
    if (isVisible())
        compute();
    else
        m_stale = true;
}

void DashboardWindow::compute()
{
    m_stale = false;
    Result<DashboardFigures> figures = m_session.dashboard().figures();
    if (figures) {
        m_figures = figures.value();
        m_error.clear();
    } else {
        m_error = figures.error();
    }
    showFigures();
}

void DashboardWindow::showFigures()
{
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_errorLabel->setText(tr("The figures could not be computed: %1").arg(m_error));
    m_todayLabel->setText(tr("Figures for %1").arg(DisplayFormat::longDate(m_figures.today)));

    const QLocale locale;
    const auto number = [&locale](int value) {
        return locale.toString(value);
    };
    const QString toList = tr("Press to show these cases in the case list.");
    m_open->setFigure(number(m_figures.open), tr("Open cases"));
    m_open->setToolTip(toList);
    m_dueSoon->setFigure(number(m_figures.dueWithin7Days), tr("Due within 7 days"));
    m_dueSoon->setToolTip(toList);
    // GDPR Art. 12(3): an answer past the due date breaches the regulation; said in words, not only in red.
    m_overdue->setFigure(number(m_figures.overdue), tr("Overdue"),
                         m_figures.overdue > 0 ? tr("Breach of GDPR Art. 12(3)") : tr("None past the deadline"));
    m_overdue->setAlarm(m_figures.overdue > 0);
    m_overdue->setToolTip(tr("Open cases past their due date: each is a breach of the one-month deadline in GDPR "
                             "Art. 12(3). %1")
                              .arg(toList));
    m_extended->setFigure(number(m_figures.extended), tr("Extended"));
    setReferences(m_extended, extensionReferences(true));
    m_clockStopped->setFigure(number(int(m_figures.clockStopped.size())), tr("Clock stopped"),
                              tr("Waiting for the data subject"));
    setReferences(m_clockStopped, m_figures.clockStopped);
    m_decisionsAwaiting->setFigure(number(m_figures.decisionsAwaitingDpo), tr("Decisions awaiting the DPO"));
    m_decisionsAwaiting->setToolTip(toList);
    m_extensionsAwaiting->setFigure(number(m_figures.extensionsAwaitingDpo), tr("Extensions awaiting the DPO"));
    setReferences(m_extensionsAwaiting, extensionReferences(false));
    if (m_figures.followUpsDue) {
        m_followUps->setFigure(number(*m_figures.followUpsDue), tr("Follow-up erasures due"));
        m_followUps->setToolTip(tr("Kept items past their retain-until date; the gallring list shows them."));
    } else {
        m_followUps->setFigure(QStringLiteral("–"), tr("Follow-up erasures due"), tr("Not available"));
        m_followUps->setToolTip(tr("The follow-ups could not be counted."));
    }
    showAnswered(m_answeredMonth, m_figures.thisMonth, tr("Answered on time this month"));
    showAnswered(m_answeredYear, m_figures.thisYear, tr("Answered on time this year"));

    m_chart->setWeeks(m_figures.timeline);
    fillCounts();
    fillExtensions();
}

void DashboardWindow::showAnswered(FigureTile* tile, const AnsweredFigures& answered, const QString& caption)
{
    const QLocale locale;
    if (!answered.onTimeShare) {
        tile->setFigure(QStringLiteral("–"), caption, tr("Nothing answered yet"));
        tile->setToolTip(QString());
        return;
    }
    const QString share = tr("%1 %", "percent").arg(locale.toString(*answered.onTimeShare * 100, 'f', 0));
    QString detail = tr("%1 of %2").arg(locale.toString(answered.onTime), locale.toString(answered.answered));
    if (answered.medianDays)
        detail = tr("%1, median %2 days", "x of y, median").arg(detail, formatDays(*answered.medianDays));
    tile->setFigure(share, caption, detail);
    const QString period
        = tr("%1 to %2").arg(DisplayFormat::longDate(answered.from), DisplayFormat::longDate(answered.to));
    tile->setToolTip(answered.late.isEmpty()
                         ? period
                         : tr("%1. Answered late: %2").arg(period, locale.createSeparatedList(answered.late)));
}

void DashboardWindow::fillCounts()
{
    const QLocale locale;
    m_byStatus->clear();
    for (auto it = m_figures.openByStatus.cbegin(); it != m_figures.openByStatus.cend(); ++it) {
        auto* item = new QTreeWidgetItem(m_byStatus, { CaseStatuses::label(it.key()), locale.toString(it.value()) });
        item->setData(0, codeRole, statusKey(it.key()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_byRight->clear();
    for (auto it = m_figures.openByRight.cbegin(); it != m_figures.openByRight.cend(); ++it) {
        auto* item = new QTreeWidgetItem(m_byRight, { RequestRights::label(it.key()), locale.toString(it.value()) });
        item->setData(0, codeRole, rightKey(it.key()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void DashboardWindow::fillExtensions()
{
    m_extensions->clear();
    for (const ExtensionUse& use : std::as_const(m_figures.extensions)) {
        new QTreeWidgetItem(
            m_extensions,
            { use.reference, ExtensionReasons::label(use.reason), use.approved ? tr("Yes") : tr("Awaiting the DPO") });
    }
    if (m_figures.extensions.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_extensions, { tr("No extensions in use") });
        none->setFlags(Qt::ItemIsEnabled); // nothing to activate
    }
}

QStringList DashboardWindow::extensionReferences(bool approved) const
{
    QStringList references;
    for (const ExtensionUse& use : m_figures.extensions) {
        if (use.approved == approved)
            references << use.reference;
    }
    return references;
}

void DashboardWindow::setReferences(FigureTile* tile, const QStringList& references)
{
    tile->setToolTip(
        references.isEmpty()
            ? tr("No cases.")
            : tr("Press to show these cases in the case list: %1").arg(QLocale().createSeparatedList(references)));
}

} // namespace dsar
