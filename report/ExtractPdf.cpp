#include "ExtractPdf.h"

#include "PdfPage.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace dsar {
namespace {

using namespace pdf;

enum class RowStyle
{
    Plain,
    Heading, // a rule under it
    TableHeader, // filled, bordered, repeated on every page its table runs over
    TableBody, // bordered
};

struct Cell
{
    std::shared_ptr<QTextLayout> layout;
    QColor colour = textColour;
    qreal x = 0; // from the body's left edge
    qreal width = 0;
    qreal textHeight = 0;
};

struct Row
{
    QList<Cell> cells;
    RowStyle style = RowStyle::Plain;
    qreal padding = 0; // above and below the text
    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    bool keepWithNext = false;
    int table = -1;

    qreal height() const
    {
        qreal text = 0;
        for (const Cell& cell : cells)
            text = std::max(text, cell.textHeight);
        return text + 2 * padding;
    }
};

// One piece of a row on a page: the row's [from, to) stretch drawn with its top at y.
struct Placement
{
    qsizetype row = 0;
    qreal from = 0;
    qreal to = 0;
    qreal y = 0;
};

using Page = QList<Placement>;

class Layouter
{
public:
    Layouter(QPaintDevice* device, const Units& units, qreal width)
        : m_device(device)
        , m_units(units)
        , m_width(width)
    { }

    void add(const ExtractBlock& block);
    void addTitle(const QString& title);
    const QList<Row>& rows() const { return m_rows; }
    const QList<qsizetype>& tableHeaders() const { return m_tableHeaders; }

private:
    Cell cell(const QString& text, const QFont& font, qreal x, qreal width, const QColor& colour = textColour) const;
    void single(const QString& text, const QFont& font, RowStyle style, qreal before, qreal after, bool keep,
                const QColor& colour = textColour);
    void facts(const QList<std::pair<QString, QString>>& facts);
    void table(const ExtractTable& table);

    QPaintDevice* m_device;
    const Units& m_units;
    qreal m_width;
    QList<Row> m_rows;
    QList<qsizetype> m_tableHeaders; // per table, the index of its header row
};

Cell Layouter::cell(const QString& text, const QFont& font, qreal x, qreal width, const QColor& colour) const
{
    Cell cell;
    cell.x = x;
    cell.width = width;
    cell.colour = colour;
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    cell.layout = std::make_shared<QTextLayout>(shown, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    cell.layout->setTextOption(option);
    cell.layout->setCacheEnabled(true);
    const qreal leading = m_units.pt(font.pointSizeF() * 0.18);
    qreal y = 0;
    cell.layout->beginLayout();
    for (QTextLine line = cell.layout->createLine(); line.isValid(); line = cell.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() + leading;
    }
    cell.layout->endLayout();
    cell.textHeight = std::max<qreal>(0, y - leading);
    return cell;
}

void Layouter::single(const QString& text, const QFont& font, RowStyle style, qreal before, qreal after, bool keep,
                      const QColor& colour)
{
    Row row;
    row.cells << cell(text, font, 0, m_width, colour);
    row.style = style;
    row.spaceBefore = before;
    row.spaceAfter = after;
    row.keepWithNext = keep;
    if (style == RowStyle::Heading)
        row.padding = m_units.pt(1.5);
    m_rows << row;
}

void Layouter::addTitle(const QString& title)
{
    single(title, font(15, true), RowStyle::Plain, 0, m_units.pt(8), true);
}

void Layouter::facts(const QList<std::pair<QString, QString>>& facts)
{
    const qreal labelWidth = m_width * 0.28;
    const qreal gap = m_units.pt(8);
    for (qsizetype i = 0; i < facts.size(); ++i) {
        Row row;
        row.cells << cell(facts.at(i).first, font(8.5, true), 0, labelWidth - gap, quietColour);
        row.cells << cell(facts.at(i).second, font(9.5), labelWidth, m_width - labelWidth);
        row.spaceAfter = i + 1 == facts.size() ? m_units.pt(8) : m_units.pt(3);
        m_rows << row;
    }
}

void Layouter::table(const ExtractTable& table)
{
    const int columns = int(table.header.size());
    int total = 0;
    for (int c = 0; c < columns; ++c)
        total += c < table.weights.size() ? table.weights.at(c) : 1;
    QList<qreal> xs;
    QList<qreal> widths;
    qreal x = 0;
    for (int c = 0; c < columns; ++c) {
        const qreal w = m_width * (c < table.weights.size() ? table.weights.at(c) : 1) / std::max(1, total);
        xs << x;
        widths << w;
        x += w;
    }
    const qreal inset = m_units.pt(3);
    const int tableIndex = int(m_tableHeaders.size());
    const auto rowOf = [&](const QStringList& texts, RowStyle style) {
        Row row;
        row.style = style;
        row.padding = m_units.pt(2.5);
        row.table = tableIndex;
        for (int c = 0; c < columns; ++c) {
            row.cells << cell(c < texts.size() ? texts.at(c) : QString(), font(8.5, style == RowStyle::TableHeader),
                              xs.at(c) + inset, widths.at(c) - 2 * inset);
        }
        return row;
    };
    Row header = rowOf(table.header, RowStyle::TableHeader);
    header.keepWithNext = true;
    header.spaceBefore = m_units.pt(2);
    m_tableHeaders << m_rows.size();
    m_rows << header;
    for (const QStringList& texts : table.rows)
        m_rows << rowOf(texts, RowStyle::TableBody);
    m_rows.last().spaceAfter = m_units.pt(8);
}

void Layouter::add(const ExtractBlock& block)
{
    switch (block.kind) {
    case ExtractBlock::Kind::Heading:
        single(block.text, font(12.5, true), RowStyle::Heading, m_units.pt(12), m_units.pt(6), true);
        break;
    case ExtractBlock::Kind::Subheading:
        single(block.text, font(10.5, true), RowStyle::Plain, m_units.pt(8), m_units.pt(3), true);
        break;
    case ExtractBlock::Kind::Minor:
        single(block.text, font(9.5, true), RowStyle::Plain, m_units.pt(4), m_units.pt(1), true, quietColour);
        break;
    case ExtractBlock::Kind::Paragraph:
        single(block.text, font(10), RowStyle::Plain, 0, m_units.pt(6), false);
        break;
    case ExtractBlock::Kind::Facts:
        facts(block.facts);
        break;
    case ExtractBlock::Kind::Table:
        table(block.table);
        break;
    }
}

// Where a row may break at or above `limit` (row-local) without cutting a line of any cell.
qreal breakPoint(const Row& row, qreal limit)
{
    qreal at = limit;
    for (const Cell& cell : row.cells) {
        for (int i = 0; i < cell.layout->lineCount(); ++i) {
            const QTextLine line = cell.layout->lineAt(i);
            const qreal top = row.padding + line.y();
            const qreal bottom = top + line.height();
            if (top < limit && bottom > limit)
                at = std::min(at, top);
        }
    }
    return at;
}

class Paginator
{
public:
    Paginator(const QList<Row>& rows, const QList<qsizetype>& headers, qreal firstTop, qreal top, qreal bottom)
        : m_rows(rows)
        , m_headers(headers)
        , m_top(top)
        , m_bottom(bottom)
        , m_pageTop(firstTop)
        , m_y(firstTop)
    {
        m_pages.append(Page());
    }

    QList<Page> run();

private:
    qreal chainHeight(qsizetype index) const;
    void newPage(qsizetype continuing);
    void place(qsizetype row, qreal from, qreal to);

    const QList<Row>& m_rows;
    const QList<qsizetype>& m_headers;
    const qreal m_top;
    const qreal m_bottom;
    qreal m_pageTop;
    qreal m_y;
    QList<Page> m_pages;
};

// A heading needs room for itself and the start of what it heads.
qreal Paginator::chainHeight(qsizetype index) const
{
    const Row& row = m_rows.at(index);
    qreal height = row.height();
    if (row.keepWithNext && index + 1 < m_rows.size()) {
        const Row& next = m_rows.at(index + 1);
        height += row.spaceAfter + next.spaceBefore
            + (next.keepWithNext ? chainHeight(index + 1) : std::min(next.height(), (m_bottom - m_top) / 4));
    }
    return std::min(height, m_bottom - m_top);
}

void Paginator::place(qsizetype row, qreal from, qreal to)
{
    m_pages.last().append({ row, from, to, m_y });
    m_y += to - from;
}

// A table's header row opens every page its body continues on.
void Paginator::newPage(qsizetype continuing)
{
    m_pages.append(Page());
    m_pageTop = m_top;
    m_y = m_top;
    const Row& row = m_rows.at(continuing);
    if (row.style == RowStyle::TableBody && row.table >= 0 && row.table < m_headers.size()) {
        const qsizetype header = m_headers.at(row.table);
        place(header, 0, m_rows.at(header).height());
    }
}

QList<Page> Paginator::run()
{
    for (qsizetype index = 0; index < m_rows.size(); ++index) {
        const Row& row = m_rows.at(index);
        if (m_y > m_pageTop)
            m_y += row.spaceBefore;
        const qreal height = row.height();
        if (m_y + chainHeight(index) > m_bottom && m_y > m_pageTop)
            newPage(index);
        qreal from = 0;
        while (from < height) {
            if (m_y + (height - from) <= m_bottom) {
                place(index, from, height);
                break;
            }
            qreal to = breakPoint(row, from + (m_bottom - m_y));
            // Fewer than two lines' worth would be left here: the row starts on the next page instead.
            const qreal tooLittle = row.cells.isEmpty() || row.cells.first().layout->lineCount() == 0
                ? 0
                : 2 * row.cells.first().layout->lineAt(0).height();
            if ((to - from < tooLittle || to <= from) && m_y > m_pageTop) {
                newPage(index);
                continue;
            }
            if (to <= from)
                to = from + (m_bottom - m_y); // a single line taller than a page: the only cut there can be
            place(index, from, to);
            from = to;
            newPage(index);
        }
        m_y += row.spaceAfter;
    }
    return m_pages;
}

void paintRow(QPainter& painter, const Units& units, const Row& row, const Placement& at, qreal left, qreal width)
{
    const qreal top = at.y;
    const qreal height = at.to - at.from;
    painter.save();
    if (row.style == RowStyle::TableHeader) {
        for (const Cell& cell : row.cells)
            painter.fillRect(QRectF(left + cell.x - units.pt(3), top, cell.width + units.pt(6), height), headerFill);
    }
    painter.setClipRect(QRectF(left - units.pt(4), top, width + units.pt(8), height));
    for (const Cell& cell : row.cells) {
        painter.setPen(cell.colour);
        cell.layout->draw(&painter, QPointF(left + cell.x, top + row.padding - at.from));
    }
    painter.setClipping(false);
    painter.setPen(QPen(ruleColour, units.pt(0.5)));
    if (row.style == RowStyle::TableHeader || row.style == RowStyle::TableBody) {
        const qreal inset = units.pt(3);
        for (const Cell& cell : row.cells) {
            const QRectF box(left + cell.x - inset, top, cell.width + 2 * inset, height);
            painter.drawRect(box);
        }
    } else if (row.style == RowStyle::Heading && at.to >= row.height()) {
        painter.drawLine(QPointF(left, top + height), QPointF(left + width, top + height));
    }
    painter.restore();
}

} // namespace

Result<RenderedPdf> ExtractPdf::render(const ExtractDocument& document)
{
    if (const QString problem = missingFontProblem(); !problem.isEmpty())
        return Error { problem };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // The document id in the title lets `dsarctl extract verify` name an altered copy.
    setUp(writer, QStringLiteral("%1 %2").arg(document.title, document.documentId));
    const Units units(writer);
    const qreal left = units.mm(leftMm);
    const qreal width = units.mm(pageWidthMm - leftMm - rightMm);

    Layouter layouter(&writer, units, width);
    layouter.addTitle(document.title);
    for (const ExtractBlock& block : document.blocks)
        layouter.add(block);

    QPainter painter;
    if (!painter.begin(&writer))
        return Error { tr("The PDF could not be started.") };
    painter.setRenderHint(QPainter::TextAntialiasing);
    const PageFrame frame { writer,
                            painter,
                            units,
                            document.language,
                            document.caseReference,
                            document.date,
                            document.documentId,
                            document.controller,
                            document.recipient };
    const qreal firstTop = paintFirstPageHead(frame);
    const qreal continuationTop = units.mm(continuationBodyTopMm);
    const QList<Page> pages
        = Paginator(layouter.rows(), layouter.tableHeaders(), firstTop, continuationTop, units.mm(bodyBottomMm)).run();
    for (qsizetype index = 0; index < pages.size(); ++index) {
        if (index > 0) {
            if (!writer.newPage()) {
                painter.end();
                return Error { tr("The PDF could not get another page.") };
            }
            paintContinuationHead(frame);
        }
        for (const Placement& placement : pages.at(index))
            paintRow(painter, units, layouter.rows().at(placement.row), placement, left, width);
        paintFooter(frame, int(index + 1), int(pages.size()));
    }
    if (!painter.end())
        return Error { tr("The PDF could not be finished.") };
    return RenderedPdf { bytes, int(pages.size()) };
}

} // namespace dsar
