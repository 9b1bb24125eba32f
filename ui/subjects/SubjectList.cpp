#include "SubjectList.h"

#include "identity/SwedishId.h"
#include "services/Session.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {
namespace {

enum Column
{
    NameColumn,
    PersonalIdColumn,
    EmailColumn,
};

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

SubjectList::SubjectList(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("subjectSearch"));
    m_search->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("subjectList"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(false);
    // Narrow: long names and addresses are cut, with the whole text in their tooltips.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The e-mail column takes the room left; unlike stretchLastSection, Stretch also narrows it below a
    // default section, so it never runs out of view.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setMinimumSectionSize(6 * m_list->fontMetrics().averageCharWidth());
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, &SubjectList::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SubjectList::currentSubjectChanged);
    // Down from the search moves into the list, so the keyboard alone picks a subject.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            if (!m_list->topLevelItem(i)->isHidden()) {
                m_list->setCurrentItem(m_list->topLevelItem(i));
                m_list->setFocus();
                return;
            }
        }
    });
    retranslate();
}

void SubjectList::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, e-mail or personnummer"));
    m_search->setAccessibleName(tr("Search data subjects"));
    m_list->setHeaderLabels({ tr("Name"), tr("Personnummer"), tr("E-mail") });
    m_list->setAccessibleName(tr("Data subjects"));
}

QString SubjectList::maskedId(const SubjectRecord& subject, QDate today)
{
    if (subject.personalId.isEmpty())
        return {};
    // Parsed with today's date, as the core requires; never the full number on screen.
    Result<SwedishId> id = SwedishIdParser::parse(subject.personalId, today);
    return id ? id->masked() : QString();
}

void SubjectList::reload()
{
    const std::optional<SubjectRecord> current = currentSubject();
    Result<QList<SubjectRecord>> subjects = m_session.subjects().all();
    m_subjects.clear();
    m_lastError.clear();
    if (subjects)
        m_subjects = std::move(subjects).value();
    else
        m_lastError = subjects.error();
    std::stable_sort(m_subjects.begin(), m_subjects.end(), [](const SubjectRecord& a, const SubjectRecord& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QDate today = m_session.clock().today();
    for (const SubjectRecord& subject : std::as_const(m_subjects)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, subject.name);
        item->setText(PersonalIdColumn, maskedId(subject, today));
        item->setText(EmailColumn, subject.email);
        for (int column = 0; column < m_list->columnCount(); ++column)
            item->setToolTip(column, item->text(column));
        item->setData(NameColumn, IdRole, subject.id);
    }
    for (int column = 0; column < m_list->columnCount() - 1; ++column)
        m_list->resizeColumnToContents(column);
    applyFilter();
    if (!current || !select(current->id))
        emit currentSubjectChanged();
}

void SubjectList::applyFilter()
{
    const QString text = m_search->text().trimmed();
    // A whole personnummer finds its subject; part of one finds nothing, so the list cannot be used to
    // probe numbers digit by digit.
    Result<SwedishId> id = SwedishIdParser::parse(text, m_session.clock().today());
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const SubjectRecord& subject = m_subjects.at(i);
        const bool matches = text.isEmpty() || subject.name.contains(text, Qt::CaseInsensitive)
            || subject.email.contains(text, Qt::CaseInsensitive) || (id && id->normalized == subject.personalId);
        item->setHidden(!matches);
    }
}

std::optional<SubjectRecord> SubjectList::currentSubject() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || item->isHidden())
        return std::nullopt;
    const qint64 id = item->data(NameColumn, IdRole).toLongLong();
    for (const SubjectRecord& subject : m_subjects) {
        if (subject.id == id)
            return subject;
    }
    return std::nullopt;
}

bool SubjectList::select(qint64 subjectId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(NameColumn, IdRole).toLongLong() == subjectId) {
            item->setHidden(false);
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return true;
        }
    }
    return false;
}

int SubjectList::count() const
{
    return m_list->topLevelItemCount();
}

} // namespace dsar
