#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QList>
#include <QObject>

#include <algorithm>
#include <functional>
#include <time.h>

namespace dsar::bench {

// One run of a step: wall time, and the process's CPU time (steadier when the two cores are shared with a build).
struct Sample
{
    double wall = 0;
    double cpu = 0;
    Sample operator+(const Sample& other) const { return { wall + other.wall, cpu + other.cpu }; }
};

// The runs of one step, in milliseconds.
struct Runs
{
    QList<double> wall;
    QList<double> cpu;

    void add(const Sample& sample)
    {
        wall << sample.wall;
        cpu << sample.cpu;
    }
    double median() const { return medianOf(wall); }
    double cpuMedian() const { return medianOf(cpu); }
    double max() const { return wall.isEmpty() ? 0 : *std::max_element(wall.cbegin(), wall.cend()); }

    static double medianOf(QList<double> values)
    {
        if (values.isEmpty())
            return 0;
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    }
};

inline double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

inline Sample timeMs(const std::function<void()>& work)
{
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    work();
    return { double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpuStart };
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
