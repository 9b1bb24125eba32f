#include "TableEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dsar {
namespace {

constexpr int codeRole = Qt::UserRole;

// Edits a cell as its column's kind asks: a combo for choices, a two-letter field for countries, a line
// with suggestions for text.
class CellDelegate : public QStyledItemDelegate
{
public:
    explicit CellDelegate(TableEditor& editor)
        : QStyledItemDelegate(&editor)
        , m_editor(editor)
    { }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const override
    {
        const int column = index.column();
        if (m_editor.columnKind(column) == TableEditor::ColumnKind::Choice) {
            auto* combo = new QComboBox(parent);
            for (const TableEditor::Choice& choice : m_editor.choices(column))
                combo->addItem(choice.label, choice.code);
            return combo;
        }
        auto* line = new QLineEdit(parent);
        if (m_editor.columnKind(column) == TableEditor::ColumnKind::Country) {
            line->setMaxLength(2);
            line->setValidator(
                new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), line));
        } else if (!m_editor.completions(column).isEmpty()) {
            auto* completer = new QCompleter(m_editor.completions(column), line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        return line;
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        // A little air above and below wrapped text, so rows do not run together.
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, option.fontMetrics.height() / 2);
    }

    void setEditorData(QWidget* widget, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(widget))
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(codeRole))));
        else if (auto* line = qobject_cast<QLineEdit*>(widget))
            line->setText(index.data(Qt::EditRole).toString());
    }

    void setModelData(QWidget* widget, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            model->setData(index, combo->currentData(), codeRole);
            model->setData(index, combo->currentText(), Qt::DisplayRole);
        } else if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            const bool country = m_editor.columnKind(index.column()) == TableEditor::ColumnKind::Country;
            model->setData(index, country ? line->text().toUpper() : line->text(), Qt::EditRole);
        }
    }

private:
    TableEditor& m_editor;
};

QString labelFor(const QList<TableEditor::Choice>& choices, const QString& code)
{
    for (const TableEditor::Choice& choice : choices) {
        if (choice.code == code)
            return choice.label;
    }
    return code;
}

} // namespace

TableEditor::TableEditor(const QList<ColumnKind>& columns, QWidget* parent)
    : QWidget(parent)
    , m_kinds(columns)
    , m_choices(columns.size())
    , m_completions(columns.size())
{
    for (ColumnKind kind : columns) {
        m_newRow << (kind == ColumnKind::Check
                         ? QVariant(false)
                         : QVariant(kind == ColumnKind::Country ? QStringLiteral("SE") : QString()));
    }
    m_table = new QTableWidget(0, static_cast<int>(columns.size()), this);
    m_table->setItemDelegate(new CellDelegate(*this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    // Tab leaves the table, as in the case list; arrows move within it.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->setShowGrid(columns.size() > 1); // a single column reads as a list
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    for (int column = 0; column < columns.size(); ++column) {
        // Free text takes the room; codes, choices and check boxes keep to their content.
        m_table->horizontalHeader()->setSectionResizeMode(
            column, columns.at(column) == ColumnKind::Text ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    m_table->horizontalHeader()->hide();

    const auto makeButton = [this](const QString& objectName) {
        auto* button = new QToolButton(this);
        button->setObjectName(objectName);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_add = makeButton(QStringLiteral("addRowButton"));
    m_remove = makeButton(QStringLiteral("removeRowButton"));
    m_up = makeButton(QStringLiteral("moveUpButton"));
    m_up->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down = makeButton(QStringLiteral("moveDownButton"));
    m_down->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &TableEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &TableEditor::removeRow);
    connect(m_up, &QToolButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveRow(1); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TableEditor::updateButtons);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
    retranslateUi();
    updateButtons();
}

void TableEditor::setColumnTitles(const QStringList& titles)
{
    m_table->setHorizontalHeaderLabels(titles);
    m_table->horizontalHeader()->setVisible(!titles.isEmpty());
}

void TableEditor::setChoices(int column, const QList<Choice>& choices)
{
    m_choices[column] = choices;
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem* item = m_table->item(row, column))
            item->setText(labelFor(choices, item->data(codeRole).toString()));
    }
    m_filling = false;
}

const QList<TableEditor::Choice>& TableEditor::choices(int column) const
{
    return m_choices.at(column);
}

void TableEditor::setCompletions(int column, const QStringList& completions)
{
    m_completions[column] = completions;
}

const QStringList& TableEditor::completions(int column) const
{
    return m_completions.at(column);
}

void TableEditor::setNewRow(const QVariantList& values)
{
    m_newRow = values;
}

void TableEditor::setButtonNames(const QString& add, const QString& remove)
{
    m_addName = add;
    m_removeName = remove;
    retranslateUi();
}

void TableEditor::setRows(const QList<QVariantList>& rows)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const QVariantList& row : rows)
        appendRow(row);
    m_filling = false;
    updateButtons();
}

QList<QVariantList> TableEditor::rows() const
{
    QList<QVariantList> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QVariantList values;
        for (int column = 0; column < m_kinds.size(); ++column)
            values << value(row, column);
        result << values;
    }
    return result;
}

void TableEditor::setTexts(const QStringList& texts)
{
    QList<QVariantList> rows;
    for (const QString& text : texts)
        rows << QVariantList { text };
    setRows(rows);
}

QStringList TableEditor::texts() const
{
    QStringList result;
    for (int row = 0; row < m_table->rowCount(); ++row)
        result << value(row, 0).toString();
    return result;
}

void TableEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                                     | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    // Check boxes toggle on a click whatever the edit triggers; rebuild the rows with the right flags.
    setRows(rows());
    for (QToolButton* button : { m_add, m_remove, m_up, m_down })
        button->setVisible(!readOnly);
}

void TableEditor::setMaximumVisibleRows(int rows)
{
    const int rowHeight = m_table->fontMetrics().height() * 3 / 2 + 2;
    const int header = m_table->horizontalHeader()->isVisible() ? m_table->horizontalHeader()->sizeHint().height() : 0;
    m_table->setMaximumHeight(header + rows * rowHeight + 2 * m_table->frameWidth());
}

void TableEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TableEditor::retranslateUi()
{
    m_add->setText(tr("Add"));
    m_add->setAccessibleName(m_addName.isEmpty() ? tr("Add a row") : m_addName);
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(m_removeName.isEmpty() ? tr("Remove the selected row") : m_removeName);
    m_up->setToolTip(tr("Move up"));
    m_up->setAccessibleName(tr("Move the selected row up"));
    m_down->setToolTip(tr("Move down"));
    m_down->setAccessibleName(tr("Move the selected row down"));
}

void TableEditor::appendRow(const QVariantList& values)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_kinds.size(); ++column)
        m_table->setItem(row, column, makeItem(column, values.value(column)));
}

QTableWidgetItem* TableEditor::makeItem(int column, const QVariant& value) const
{
    auto* item = new QTableWidgetItem;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (m_kinds.at(column)) {
    case ColumnKind::Check:
        item->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
        if (!m_readOnly)
            flags |= Qt::ItemIsUserCheckable;
        break;
    case ColumnKind::Choice:
        item->setData(codeRole, value.toString());
        item->setText(labelFor(m_choices.at(column), value.toString()));
        flags |= Qt::ItemIsEditable;
        break;
    case ColumnKind::Text:
    case ColumnKind::Country:
        item->setText(value.toString());
        flags |= Qt::ItemIsEditable;
        break;
    }
    item->setFlags(flags);
    return item;
}

QVariant TableEditor::value(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    switch (m_kinds.at(column)) {
    case ColumnKind::Check:
        return item && item->checkState() == Qt::Checked;
    case ColumnKind::Choice:
        return item ? item->data(codeRole).toString() : QString();
    case ColumnKind::Text:
    case ColumnKind::Country:
        break;
    }
    return item ? item->text() : QString();
}

void TableEditor::addRow()
{
    m_filling = true;
    appendRow(m_newRow);
    m_filling = false;
    const int row = m_table->rowCount() - 1;
    // Start typing in the first free-text column, where a new row needs its content.
    int column = 0;
    while (column < m_kinds.size() && m_kinds.at(column) != ColumnKind::Text)
        ++column;
    if (column == m_kinds.size())
        column = 0;
    m_table->setCurrentCell(row, column);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, column));
    emit edited();
}

void TableEditor::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), 0);
    updateButtons();
    emit edited();
}

void TableEditor::moveRow(int offset)
{
    const int row = m_table->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    m_filling = true;
    for (int column = 0; column < m_kinds.size(); ++column) {
        QTableWidgetItem* moving = m_table->takeItem(row, column);
        m_table->setItem(row, column, m_table->takeItem(target, column));
        m_table->setItem(target, column, moving);
    }
    m_filling = false;
    m_table->setCurrentCell(target, m_table->currentColumn());
    emit edited();
}

void TableEditor::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && !m_table->selectedItems().isEmpty();
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row < m_table->rowCount() - 1);
}

} // namespace dsar
