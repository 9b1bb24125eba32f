#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>
#include <QWidget>

class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace dsar {

// The one editor for every list and table of the processing register: rows of typed cells with buttons to
// add, remove and reorder them. A single text column without a title reads as a plain list.
// Rows are read and written as lists of values: QString for text, country and choice columns (a choice
// holds its code), bool for check columns.
class TableEditor : public QWidget
{
    Q_OBJECT
public:
    enum class ColumnKind
    {
        Text,
        Check,
        Choice, // one of setChoices(): the code is stored, the label shown
        Country, // a two-letter code, upper-cased as typed
    };
    struct Choice
    {
        QString code;
        QString label;
    };

    explicit TableEditor(const QList<ColumnKind>& columns, QWidget* parent = nullptr);

    // Titles for the header; empty to hide it (a plain list).
    void setColumnTitles(const QStringList& titles);
    // The items of a choice column, in the current language; rows already there are relabelled.
    void setChoices(int column, const QList<Choice>& choices);
    const QList<Choice>& choices(int column) const;
    // Suggestions offered while typing in a text column.
    void setCompletions(int column, const QStringList& completions);
    const QStringList& completions(int column) const;
    // The values of a row added with the Add button.
    void setNewRow(const QVariantList& values);
    // The accessible names of the buttons, e.g. "Add purpose".
    void setButtonNames(const QString& add, const QString& remove);

    ColumnKind columnKind(int column) const { return m_kinds.at(column); }
    void setRows(const QList<QVariantList>& rows);
    QList<QVariantList> rows() const;
    // The single-column form.
    void setTexts(const QStringList& texts);
    QStringList texts() const;

    void setReadOnly(bool readOnly);
    // Keeps the table to about this many rows high (it scrolls beyond), for short lists on a roomy page.
    void setMaximumVisibleRows(int rows);
    QTableWidget* table() const { return m_table; }

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void appendRow(const QVariantList& values);
    QTableWidgetItem* makeItem(int column, const QVariant& value) const;
    QVariant value(int row, int column) const;
    void addRow();
    void removeRow();
    void moveRow(int offset);
    void updateButtons();

    QList<ColumnKind> m_kinds;
    QList<QList<Choice>> m_choices;
    QList<QStringList> m_completions;
    QVariantList m_newRow;
    QTableWidget* m_table = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_remove = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QString m_addName;
    QString m_removeName;
    bool m_readOnly = false;
    bool m_filling = false;
};

} // namespace dsar
