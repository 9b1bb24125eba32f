#include "ActionTranslator.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace dsar::ActionTranslator {
namespace {

class Filter : public QObject
{
public:
    Filter(QAction* action, QWidget* window, std::function<void(QAction*)> retranslate)
        : QObject(action)
        , m_action(action)
        , m_retranslate(std::move(retranslate))
    {
        window->installEventFilter(this);
        m_retranslate(m_action);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_retranslate(m_action);
        return QObject::eventFilter(watched, event);
    }

private:
    QAction* m_action;
    std::function<void(QAction*)> m_retranslate;
};

} // namespace

void install(QAction* action, QWidget* window, std::function<void(QAction*)> retranslate)
{
    new Filter(action, window, std::move(retranslate)); // a child of the action
}

} // namespace dsar::ActionTranslator
