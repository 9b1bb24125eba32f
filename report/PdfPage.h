#pragma once

#include "domain/Records.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QPaintDevice>
#include <QPointF>
#include <QString>
#include <QStringList>

class QPainter;
class QPdfWriter;

// The page furniture every DSAR Desk document shares (letters and the register extract): A4 geometry, fonts,
// the letterhead with the address block, the continuation head and the footer with "Sida N av M" and the
// document id.
namespace dsar::pdf {

inline const QString fontFamily = QStringLiteral("DejaVu Sans");
// Opaque colours only: PDF/A-1 allows no transparency.
inline const QColor textColour(0, 0, 0);
inline const QColor quietColour(0x55, 0x55, 0x55);
inline const QColor ruleColour(0xA0, 0xA0, 0xA0);
inline const QColor headerFill(0xEE, 0xEE, 0xEE);

// Page geometry in millimetres (A4, a Swedish business letter: the address where a window envelope shows it).
constexpr double pageWidthMm = 210.0;
constexpr double pageHeightMm = 297.0;
constexpr double leftMm = 25.0;
constexpr double rightMm = 20.0;
constexpr double topMm = 18.0;
constexpr double addressTopMm = 48.0;
constexpr double rightColumnMm = 120.0; // date and reference
constexpr double bodyBottomMm = 270.0;
constexpr double footerRuleMm = 276.0;
constexpr double continuationBodyTopMm = 34.0;

// Millimetres and points to the writer's device units (QPdfWriter: 1200 dpi unless told otherwise).
class Units
{
public:
    explicit Units(const QPaintDevice& device)
        : m_dpi(device.logicalDpiY())
    { }
    qreal mm(double value) const { return value / 25.4 * m_dpi; }
    qreal pt(double value) const { return value / 72.0 * m_dpi; }
    // QTextDocument's margins, borders and paddings are CSS pixels (96 per inch) that its layout scales to the
    // device itself.
    static qreal css(double points) { return points * 96.0 / 72.0; }
    qreal cssToDevice(qreal pixels) const { return pixels * m_dpi / 96.0; }

private:
    qreal m_dpi;
};

// DejaVu Sans (embedded in the PDF) at a size in points.
QFont font(double points, bool bold = false);

// Wrapped text, at word boundaries and, for a word wider than the line, anywhere: nothing is ever cut.
// Returns the height it takes; draws only when painter is given.
qreal wrappedText(QPaintDevice* device, QPainter* painter, const QString& text, const QFont& f, const QColor& colour,
                  QPointF at, qreal width, Qt::Alignment alignment = Qt::AlignLeft);

// "Storgatan 1, 111 22 Stockholm" or several lines: one line per part, as an address block has them.
QStringList addressLines(const QString& address);

// What the head and footer of a document's pages show.
struct PageFrame
{
    QPdfWriter& writer;
    QPainter& painter;
    const Units& units;
    QString language; // the document's
    QString reference; // the case
    QDate date;
    QString documentId;
    ControllerRecord controller; // the letterhead
    SubjectRecord recipient; // the address block
};

// The letterhead, the date and reference, and the address block; returns where the body may start.
qreal paintFirstPageHead(const PageFrame& p);
// Pages after the first: the organisation's name, the reference and a rule; returns where the body starts.
qreal paintContinuationHead(const PageFrame& p);
void paintFooter(const PageFrame& p, int page, int pages);
// Sets A4 portrait without margins, PDF/A-1b, the title and the creator.
void setUp(QPdfWriter& writer, const QString& title);
// An error when the embedded font is missing, naming the package to install.
QString missingFontProblem();

} // namespace dsar::pdf
