#include "ReadOnly.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace dsar::ReadOnly {
namespace {

const char* const readOnlyProperty = "dsarReadOnly";

// Swallows the input that would change a check box or a combo marked read-only; painting and tool tips pass.
class InputBlocker : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!watched->property(readOnlyProperty).toBool())
            return false;
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
            return true;
        default:
            return false;
        }
    }
};

} // namespace

void set(QWidget* widget, bool readOnly)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        line->setReadOnly(readOnly);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        text->setReadOnly(readOnly);
    } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
        spin->setReadOnly(readOnly);
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    } else if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget)) {
        static InputBlocker blocker;
        widget->setProperty(readOnlyProperty, readOnly);
        widget->removeEventFilter(&blocker);
        widget->installEventFilter(&blocker);
        widget->setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    }
}

} // namespace dsar::ReadOnly
