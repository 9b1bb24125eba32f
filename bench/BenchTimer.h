#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QList>
#include <QObject>

#include <algorithm>
#include <functional>

namespace dsar::bench {

// The wall times of several runs of one step, in milliseconds.
struct Runs
{
    QList<double> ms;

    double median() const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype n = sorted.size();
        return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
    }
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend()); }
};

inline double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Sees a widget's paint events: once processEvents() has returned after one, the widget is painted. Not the
// watched widget's child (it lives on the stack); Qt forgets a destroyed filter by itself.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QObject* watched) { watched->installEventFilter(this); }
    void reset() { m_painted = false; }
    bool painted() const { return m_painted; }
    // Processes events until the widget has been painted (or a generous timeout has passed).
    bool waitForPaint(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_painted && timer.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return m_painted;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace dsar::bench
