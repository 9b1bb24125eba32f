#include "LetterPdf.h"

#include "letters/LetterWording.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace dsar {
namespace {

const QString fontFamily = QStringLiteral("DejaVu Sans");
// Opaque colours only: PDF/A-1 allows no transparency.
const QColor textColour(0, 0, 0);
const QColor quietColour(0x55, 0x55, 0x55);
const QColor ruleColour(0xA0, 0xA0, 0xA0);
const QColor headerFill(0xEE, 0xEE, 0xEE);

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

QFont font(double points, bool bold = false)
{
    QFont f(fontFamily);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

// Wrapped text, at word boundaries and, for a word wider than the line, anywhere: nothing is ever cut.
// Returns the height it takes; draws only when painter is given.
qreal wrappedText(QPaintDevice* device, QPainter* painter, const QString& text, const QFont& f, const QColor& colour,
                  QPointF at, qreal width, Qt::Alignment alignment = Qt::AlignLeft)
{
    if (text.isEmpty())
        return 0;
    QTextLayout layout(text, f, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter) {
        painter->setPen(colour);
        layout.draw(painter, at);
    }
    return height;
}

// "Storgatan 1, 111 22 Stockholm" or several lines: one line per part, as an address block has them.
QStringList addressLines(const QString& address)
{
    QStringList lines;
    const QStringList given = address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList parts = given.size() > 1 ? given : address.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            lines << part.trimmed();
    }
    return lines;
}

// The importer sizes headings with FontSizeAdjustment, relative to the application's font; the letter sets its
// own sizes instead, keeping any emphasis inside the heading.
void setBlockFont(QTextBlock block, double points, bool bold)
{
    struct Piece
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    QList<Piece> pieces;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        pieces.append({ it.fragment().position(), it.fragment().length(), it.fragment().charFormat() });
    QTextCursor cursor(block);
    for (Piece& piece : pieces) {
        piece.format.clearProperty(QTextFormat::FontSizeAdjustment);
        piece.format.setFontFamilies({ fontFamily });
        piece.format.setFontPointSize(points);
        if (bold)
            piece.format.setFontWeight(QFont::Bold);
        cursor.setPosition(piece.position);
        cursor.setPosition(piece.position + piece.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(piece.format);
    }
    QTextCharFormat blockChars = block.charFormat();
    blockChars.clearProperty(QTextFormat::FontSizeAdjustment);
    blockChars.setFontPointSize(points);
    cursor.setBlockCharFormat(blockChars);
}

// Makes the Markdown import print like a letter: sizes, spacing, tables with borders and a bold header row.
void styleDocument(QTextDocument& document, const Units& units)
{
    // One edit block: the layout runs once at the end, not once per change (a long table made that quadratic).
    QTextCursor batch(&document);
    batch.beginEditBlock();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        const int level = format.headingLevel();
        if (level == 1) {
            format.setTopMargin(0);
            format.setBottomMargin(Units::css(10));
        } else if (level == 2) {
            format.setTopMargin(Units::css(8));
            format.setBottomMargin(Units::css(3));
        } else if (level >= 3) {
            format.setTopMargin(Units::css(6));
            format.setBottomMargin(Units::css(2));
        } else if (!QTextCursor(block).currentTable()) {
            format.setTopMargin(0);
            format.setBottomMargin(Units::css(6));
            format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
            // A quoted passage (what the subject is asked for) stands out by its indentation. Qt 6.4's layout
            // scales vertical margins to the device but takes horizontal ones as device units.
            if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0) {
                format.setLeftMargin(units.pt(14));
                format.setRightMargin(units.pt(14));
                format.setTopMargin(Units::css(2));
                format.setBottomMargin(Units::css(8));
            }
        }
        cursor.setBlockFormat(format);
        if (level > 0)
            setBlockFont(block, level == 1 ? 14 : (level == 2 ? 11 : 10), true);
    }
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        // Collapsed borders thinner than one CSS pixel are not drawn at all.
        format.setBorder(1);
        format.setBorderBrush(ruleColour);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(Units::css(4));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setTopMargin(Units::css(2));
        format.setBottomMargin(Units::css(8));
        format.setHeaderRowCount(1);
        format.setAlignment(Qt::AlignLeft);
        table->setFormat(format);
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                QTextCursor cursor = cell.firstCursorPosition();
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                QTextCharFormat chars;
                chars.setFontPointSize(9);
                chars.setFontWeight(row == 0 ? QFont::Bold : QFont::Normal);
                cursor.mergeCharFormat(chars);
                QTextBlockFormat block;
                block.setTopMargin(0);
                block.setBottomMargin(0);
                cursor.mergeBlockFormat(block);
                if (row == 0) {
                    QTextTableCellFormat fill = cell.format().toTableCellFormat();
                    fill.setBackground(headerFill);
                    cell.setFormat(fill);
                }
            }
        }
    }
    batch.endEditBlock();
}

// Qt's Markdown import turns a hard line break ("\\" at the end of a line) into a new paragraph. A letter's
// closing and a value's own lines are lines of one paragraph: they are marked before the import and become
// line separators after it.
const QChar lineBreakMark(0xE000);

QString markHardBreaks(const QString& markdown)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        qsizetype backslashes = 0;
        while (backslashes < line.size() && line.at(line.size() - 1 - backslashes) == QLatin1Char('\\'))
            ++backslashes;
        // An odd count: the last backslash is not itself escaped. Not inside tables, where it cannot occur.
        const bool hardBreak = backslashes % 2 == 1 && i + 1 < lines.size() && !lines.at(i + 1).trimmed().isEmpty()
            && !line.trimmed().startsWith(QLatin1Char('|'));
        if (hardBreak) {
            line.chop(1);
            out += line + lineBreakMark;
        } else {
            out += line + QLatin1Char('\n');
        }
    }
    return out;
}

void restoreHardBreaks(QTextDocument& document)
{
    QTextCursor found = document.find(QString(lineBreakMark));
    while (!found.isNull()) {
        found.insertText(QString(QChar::LineSeparator));
        found = document.find(QString(lineBreakMark), found);
    }
}

// A vertical stretch of the laid-out body that must not be split over two pages.
struct Atom
{
    qreal top = 0;
    qreal bottom = 0;
};

QRectF lineRect(QAbstractTextDocumentLayout* layout, const QTextBlock& block, int index)
{
    const QRectF blockRect = layout->blockBoundingRect(block);
    const QTextLine line = block.layout()->lineAt(index);
    const qreal top = blockRect.top() + line.y() - block.layout()->boundingRect().top();
    return QRectF(blockRect.left(), top, blockRect.width(), line.height());
}

// Lines outside tables, whole table rows, and a heading together with what follows it.
QList<Atom> atomsOf(QTextDocument& document, const Units& units, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    // The layout works lazily; a block not laid out yet would have no lines.
    layout->documentSize();
    QList<Atom> atoms;
    QList<bool> heading;
    QTextTable* lastTable = nullptr;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextTable* table = QTextCursor(block).currentTable();
        if (table) {
            if (table == lastTable)
                continue;
            lastTable = table;
            const QTextTableFormat format = table->format();
            const qreal edge = units.cssToDevice(format.cellPadding() + format.border());
            for (int row = 0; row < table->rows(); ++row) {
                Atom atom { std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::lowest() };
                QList<Atom> lines;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    for (QTextBlock inCell = cell.firstCursorPosition().block();
                         inCell.isValid() && inCell.position() <= cell.lastCursorPosition().position();
                         inCell = inCell.next()) {
                        for (int i = 0; i < inCell.layout()->lineCount(); ++i) {
                            const QRectF rect = lineRect(layout, inCell, i);
                            atom.top = std::min(atom.top, rect.top() - edge);
                            atom.bottom = std::max(atom.bottom, rect.bottom() + edge);
                            lines.append({ rect.top(), rect.bottom() });
                        }
                    }
                }
                if (atom.top > atom.bottom)
                    continue;
                // A row taller than a page can only be broken between its lines.
                if (atom.bottom - atom.top > pageHeight) {
                    std::sort(lines.begin(), lines.end(), [](const Atom& a, const Atom& b) { return a.top < b.top; });
                    for (const Atom& line : std::as_const(lines)) {
                        atoms << line;
                        heading << false;
                    }
                } else {
                    atoms << atom;
                    // The header row goes with the first row under it.
                    heading << (row < format.headerRowCount());
                }
            }
            continue;
        }
        lastTable = nullptr;
        // No widows or orphans: the first two and the last two lines of a paragraph stay together, and a
        // paragraph of up to three lines (the closing and the signature) is never split.
        const int count = block.layout()->lineCount();
        for (int i = 0; i < count;) {
            int last = i;
            if (count <= 3)
                last = count - 1;
            else if (i == 0)
                last = 1;
            else if (i == count - 2)
                last = count - 1;
            const QRectF first = lineRect(layout, block, i);
            const QRectF end = lineRect(layout, block, last);
            atoms.append({ first.top(), end.bottom() });
            heading << (block.blockFormat().headingLevel() > 0);
            i = last + 1;
        }
    }
    // Keep with next: a heading never ends a page.
    QList<Atom> merged;
    for (qsizetype i = 0; i < atoms.size(); ++i) {
        Atom atom = atoms.at(i);
        while (heading.at(i) && i + 1 < atoms.size() && atoms.at(i + 1).bottom - atom.top <= pageHeight) {
            ++i;
            atom.bottom = std::max(atom.bottom, atoms.at(i).bottom);
            if (!heading.at(i))
                break;
        }
        merged << atom;
    }
    // The closing (a greeting and the organisation's name) never stands alone on the last page: the last lines
    // before it go with it.
    const qsizetype tail = std::min<qsizetype>(3, merged.size());
    if (tail > 1 && merged.constLast().bottom - merged.at(merged.size() - tail).top <= pageHeight) {
        merged[merged.size() - tail].bottom = merged.constLast().bottom;
        merged.resize(merged.size() - tail + 1);
    }
    return merged;
}

// The document's [top, bottom) stretch shown on each page: breaks fall between atoms, never through a line.
QList<std::pair<qreal, qreal>> paginate(const QList<Atom>& atoms, qreal firstHeight, qreal otherHeight, qreal end)
{
    QList<std::pair<qreal, qreal>> pages;
    qreal start = 0;
    qsizetype next = 0;
    while (next < atoms.size()) {
        const qreal height = pages.isEmpty() ? firstHeight : otherHeight;
        const qreal limit = start + height;
        qsizetype i = next;
        while (i < atoms.size() && atoms.at(i).bottom <= limit)
            ++i;
        if (i == atoms.size()) {
            pages.append({ start, std::max(end, limit) });
            return pages;
        }
        if (i == next) {
            // Taller than a page even on its own: cut it (only a line of absurd height gets here).
            pages.append({ start, limit });
            start = limit;
            continue;
        }
        pages.append({ start, atoms.at(i).top });
        start = atoms.at(i).top;
        next = i;
    }
    if (pages.isEmpty())
        pages.append({ 0, firstHeight });
    return pages;
}

struct Painted
{
    QPdfWriter& writer;
    QPainter& painter;
    const Units& units;
    const ComposedLetter& letter;
    const LetterPdfMeta& meta;
};

// The letterhead, the date and reference, and the address block; returns where the body may start.
qreal paintFirstPageHead(const Painted& p)
{
    QPaintDevice* device = &p.writer;
    const Units& u = p.units;
    const QString& language = p.letter.language;
    const ControllerRecord& controller = p.meta.controller;
    const qreal left = u.mm(leftMm);
    const qreal headWidth = u.mm(rightColumnMm - leftMm - 8);
    qreal y = u.mm(topMm);
    y += wrappedText(device, &p.painter, controller.name, font(14, true), textColour, { left, y }, headWidth);
    y += u.pt(3);
    QStringList details;
    const QString address = addressLines(controller.postalAddress).join(QStringLiteral(", "));
    if (!address.isEmpty())
        details << address;
    if (!controller.organisationNumber.trimmed().isEmpty())
        details << LetterWording::organisationNumberLabel(language) + QLatin1Char(' ')
                + controller.organisationNumber.trimmed();
    QStringList reach;
    if (!controller.email.trimmed().isEmpty())
        reach << controller.email.trimmed();
    if (!controller.phone.trimmed().isEmpty())
        reach << controller.phone.trimmed();
    if (!reach.isEmpty())
        details << reach.join(QStringLiteral(" \u00B7 "));
    if (!controller.dpoContact.trimmed().isEmpty())
        details << LetterWording::dpoLabel(language) + QStringLiteral(": ") + controller.dpoContact.simplified();
    for (const QString& detail : std::as_const(details))
        y += wrappedText(device, &p.painter, detail, font(8.5), quietColour, { left, y }, headWidth);
    const qreal headBottom = y;

    // Date and reference, right column.
    const qreal right = u.mm(rightColumnMm);
    const qreal rightWidth = u.mm(pageWidthMm - rightMm) - right;
    qreal ry = u.mm(topMm) + u.pt(2);
    const QList<std::pair<QString, QString>> facts = {
        { LetterWording::dateLabel(language), LetterWording::date(p.meta.date, language) },
        { LetterWording::referenceLabel(language), p.letter.caseReference },
    };
    for (const auto& [label, value] : facts) {
        if (value.isEmpty())
            continue;
        ry += wrappedText(device, &p.painter, label, font(7.5), quietColour, { right, ry }, rightWidth);
        ry += wrappedText(device, &p.painter, value, font(10), textColour, { right, ry }, rightWidth);
        ry += u.pt(5);
    }

    // The address block: the recipient's name and postal address (or e-mail when the letter goes by e-mail).
    qreal ay = std::max(u.mm(addressTopMm), std::max(headBottom, ry) + u.mm(6));
    const qreal addressWidth = u.mm(85);
    ay += wrappedText(device, &p.painter, p.meta.recipient.name.simplified(), font(10.5), textColour, { left, ay },
                      addressWidth);
    QStringList lines = addressLines(p.meta.recipient.postalAddress);
    if (lines.isEmpty() && !p.meta.recipient.email.trimmed().isEmpty())
        lines << p.meta.recipient.email.trimmed();
    for (const QString& line : std::as_const(lines))
        ay += wrappedText(device, &p.painter, line, font(10.5), textColour, { left, ay }, addressWidth);
    return ay + u.mm(14);
}

// Pages after the first: the organisation's name, the reference and a rule.
qreal paintContinuationHead(const Painted& p)
{
    QPaintDevice* device = &p.writer;
    const Units& u = p.units;
    const qreal left = u.mm(leftMm);
    const qreal width = u.mm(pageWidthMm - leftMm - rightMm);
    const qreal y = u.mm(topMm);
    const qreal nameHeight
        = wrappedText(device, &p.painter, p.meta.controller.name, font(10, true), textColour, { left, y }, width * 0.6);
    const QString reference = p.letter.caseReference.isEmpty()
        ? LetterWording::date(p.meta.date, p.letter.language)
        : p.letter.caseReference + QStringLiteral("  \u00B7  ") + LetterWording::date(p.meta.date, p.letter.language);
    wrappedText(device, &p.painter, reference, font(8.5), quietColour, { left + width * 0.6, y + u.pt(1.5) },
                width * 0.4, Qt::AlignRight);
    const qreal ruleY = y + nameHeight + u.pt(4);
    p.painter.setPen(QPen(ruleColour, u.pt(0.5)));
    p.painter.drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));
    return std::max(ruleY + u.mm(8), u.mm(continuationBodyTopMm));
}

void paintFooter(const Painted& p, int page, int pages)
{
    QPaintDevice* device = &p.writer;
    const Units& u = p.units;
    const qreal left = u.mm(leftMm);
    const qreal width = u.mm(pageWidthMm - leftMm - rightMm);
    const qreal ruleY = u.mm(footerRuleMm);
    p.painter.setPen(QPen(ruleColour, u.pt(0.5)));
    p.painter.drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));
    const qreal y = ruleY + u.pt(4);
    const QString language = p.letter.language;
    wrappedText(device, &p.painter, LetterWording::documentIdLabel(language) + QStringLiteral(": ") + p.meta.documentId,
                font(7.5), quietColour, { left, y }, width * 0.7);
    wrappedText(device, &p.painter, LetterWording::pageOfPages(page, pages, language), font(7.5), quietColour,
                { left + width * 0.7, y }, width * 0.3, Qt::AlignRight);
}

} // namespace

Result<QByteArray> LetterPdf::render(const ComposedLetter& letter, const LetterPdfMeta& meta)
{
    if (!QFontDatabase::families().contains(fontFamily)) {
        return Error { tr("The font %1 is not installed, so the letter cannot be made as a PDF with embedded fonts. "
                          "Install it (Debian: apt-get install fonts-dejavu-core).")
                           .arg(fontFamily) };
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // archival: fonts embedded, no transparency
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(letter.title);
    writer.setCreator(QStringLiteral("DSAR Desk"));
    const Units units(writer);

    // The body: the title as a first-level heading, then the letter's Markdown. Tables, no HTML, no autolinks
    // (an e-mail address in a letter is text, not a link); md4c: MD_FLAG_TABLES | MD_FLAG_NOINDENTEDCODEBLOCKS.
    QTextDocument document;
    document.setUndoRedoEnabled(false);
    document.setDefaultFont(font(10));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
    document.setDocumentMargin(0);
    const auto features = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownNoHTML | 0x0100 | 0x0010);
    document.setMarkdown(QStringLiteral("# ") + LetterComposer::escapeMarkdown(letter.title.simplified())
                             + QStringLiteral("\n\n") + markHardBreaks(letter.markdown),
                         features);
    restoreHardBreaks(document);
    styleDocument(document, units);
    // Laid out for the PDF only now: a layout attached during the import and styling would run again after every
    // inserted table cell.
    document.documentLayout()->setPaintDevice(&writer);
    const qreal bodyWidth = units.mm(pageWidthMm - leftMm - rightMm);
    document.setTextWidth(bodyWidth);

    QPainter painter;
    if (!painter.begin(&writer))
        return Error { tr("The PDF could not be started.") };
    painter.setRenderHint(QPainter::TextAntialiasing);
    const Painted p { writer, painter, units, letter, meta };
    // The first page's head decides how much body fits on it.
    const qreal firstTop = paintFirstPageHead(p);
    const qreal bodyBottom = units.mm(bodyBottomMm);
    const qreal continuationTop = units.mm(continuationBodyTopMm);
    const QList<Atom> atoms = atomsOf(document, units, bodyBottom - continuationTop);
    const QList<std::pair<qreal, qreal>> pages
        = paginate(atoms, bodyBottom - firstTop, bodyBottom - continuationTop, document.size().height());

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, textColour);
    for (qsizetype index = 0; index < pages.size(); ++index) {
        qreal top = firstTop;
        if (index > 0) {
            if (!writer.newPage()) {
                painter.end();
                return Error { tr("The PDF could not get another page.") };
            }
            top = paintContinuationHead(p);
        }
        const auto [from, to] = pages.at(index);
        painter.save();
        painter.translate(units.mm(leftMm), top - from);
        context.clip = QRectF(0, from, bodyWidth, to - from);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(p, int(index + 1), int(pages.size()));
    }
    if (!painter.end())
        return Error { tr("The PDF could not be finished.") };
    return bytes;
}

} // namespace dsar
