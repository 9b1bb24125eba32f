#include "ProblemLabel.h"

#include <QLabel>

namespace dsar::ProblemLabel {

QLabel* create(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void show(QLabel* label, const QString& text, bool asError)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette palette = label->parentWidget()->palette();
    if (asError) {
        const bool lightBackground = palette.color(QPalette::Window).lightness() > 128;
        palette.setColor(QPalette::WindowText, lightBackground ? QColor(0xA4, 0x00, 0x0F) : QColor(0xFF, 0x8A, 0x80));
    }
    label->setPalette(palette);
    QFont font = label->parentWidget()->font();
    font.setBold(asError);
    label->setFont(font);
}

} // namespace dsar::ProblemLabel
