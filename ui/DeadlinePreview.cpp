#include "DeadlinePreview.h"

#include "DisplayFormat.h"

#include <QFormLayout>
#include <QLabel>

namespace dsar {

DeadlinePreview::DeadlinePreview(QWidget* parent)
    : QGroupBox(tr("Computed dates"), parent)
{
    setObjectName(QStringLiteral("deadlinePreview"));
    setAccessibleName(tr("Computed dates"));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_received = addRow(tr("Receipt date (Stockholm):"), QStringLiteral("previewReceived"));
    m_due = addRow(tr("Due (one month):"), QStringLiteral("previewDue"));
    m_extendedDue = addRow(tr("Legal maximum if extended:"), QStringLiteral("previewExtendedDue"));
    m_extensionTarget = addRow(tr("Planning target if extended:"), QStringLiteral("previewExtensionTarget"));
    m_internalTarget = addRow(tr("Internal target:"), QStringLiteral("previewInternalTarget"));

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setAccessibleName(tr("Deadline warnings"));
    m_warnings->hide();
    form->addRow(m_warnings);
    clear();
}

QLabel* DeadlinePreview::addRow(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a long date from the start, so the form does not shift while the receipt is typed.
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(DisplayFormat::longDate(QDate(2027, 9, 29))));
    QString name = label;
    name.remove(QLatin1Char(':'));
    value->setAccessibleName(name);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(value);
    qobject_cast<QFormLayout*>(layout())->addRow(caption, value);
    return value;
}

void DeadlinePreview::showDeadlines(const Deadlines& deadlines)
{
    m_received->setText(DisplayFormat::longDate(deadlines.received));
    m_due->setText(DisplayFormat::longDate(deadlines.due));
    m_extendedDue->setText(DisplayFormat::longDate(deadlines.extendedDue));
    m_extensionTarget->setText(DisplayFormat::longDate(deadlines.extensionTarget));
    m_internalTarget->setText(DisplayFormat::longDate(deadlines.internalTarget));

    QStringList warnings;
    if (deadlines.dueOnEve) {
        warnings << tr("Warning: the due date is an eve (midsommarafton, julafton or nyårsafton). It is a legal "
                       "deadline, but many are off that day: plan to answer earlier.");
    }
    for (const QString& warning : deadlines.warnings)
        warnings << tr("Warning: %1").arg(warning);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void DeadlinePreview::clear()
{
    for (QLabel* label : { m_received, m_due, m_extendedDue, m_extensionTarget, m_internalTarget })
        label->setText(QStringLiteral("–"));
    m_warnings->clear();
    m_warnings->hide();
}

} // namespace dsar
