#include "LetterPdf.h"

#include "PdfPage.h"
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

using namespace pdf;

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

} // namespace

Result<QByteArray> LetterPdf::render(const ComposedLetter& letter, const LetterPdfMeta& meta)
{
    if (const QString problem = missingFontProblem(); !problem.isEmpty())
        return Error { problem };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUp(writer, letter.title);
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
    const PageFrame p { writer,    painter,         units,           letter.language, letter.caseReference,
                        meta.date, meta.documentId, meta.controller, meta.recipient };
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
