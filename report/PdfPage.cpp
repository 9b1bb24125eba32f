#include "PdfPage.h"

#include "letters/LetterWording.h"

#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>

namespace dsar::pdf {

QFont font(double points, bool bold)
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
                  QPointF at, qreal width, Qt::Alignment alignment)
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

// The letterhead, the date and reference, and the address block; returns where the body may start.
qreal paintFirstPageHead(const PageFrame& p)
{
    QPaintDevice* device = &p.writer;
    const Units& u = p.units;
    const QString& language = p.language;
    const ControllerRecord& controller = p.controller;
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
        { LetterWording::dateLabel(language), LetterWording::date(p.date, language) },
        { LetterWording::referenceLabel(language), p.reference },
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
    ay += wrappedText(device, &p.painter, p.recipient.name.simplified(), font(10.5), textColour, { left, ay },
                      addressWidth);
    QStringList lines = addressLines(p.recipient.postalAddress);
    if (lines.isEmpty() && !p.recipient.email.trimmed().isEmpty())
        lines << p.recipient.email.trimmed();
    for (const QString& line : std::as_const(lines))
        ay += wrappedText(device, &p.painter, line, font(10.5), textColour, { left, ay }, addressWidth);
    return ay + u.mm(14);
}

// Pages after the first: the organisation's name, the reference and a rule.
qreal paintContinuationHead(const PageFrame& p)
{
    QPaintDevice* device = &p.writer;
    const Units& u = p.units;
    const qreal left = u.mm(leftMm);
    const qreal width = u.mm(pageWidthMm - leftMm - rightMm);
    const qreal y = u.mm(topMm);
    const qreal nameHeight
        = wrappedText(device, &p.painter, p.controller.name, font(10, true), textColour, { left, y }, width * 0.6);
    const QString reference = p.reference.isEmpty()
        ? LetterWording::date(p.date, p.language)
        : p.reference + QStringLiteral("  \u00B7  ") + LetterWording::date(p.date, p.language);
    wrappedText(device, &p.painter, reference, font(8.5), quietColour, { left + width * 0.6, y + u.pt(1.5) },
                width * 0.4, Qt::AlignRight);
    const qreal ruleY = y + nameHeight + u.pt(4);
    p.painter.setPen(QPen(ruleColour, u.pt(0.5)));
    p.painter.drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));
    return std::max(ruleY + u.mm(8), u.mm(continuationBodyTopMm));
}

void paintFooter(const PageFrame& p, int page, int pages)
{
    QPaintDevice* device = &p.writer;
    const Units& u = p.units;
    const qreal left = u.mm(leftMm);
    const qreal width = u.mm(pageWidthMm - leftMm - rightMm);
    const qreal ruleY = u.mm(footerRuleMm);
    p.painter.setPen(QPen(ruleColour, u.pt(0.5)));
    p.painter.drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));
    const qreal y = ruleY + u.pt(4);
    const QString language = p.language;
    wrappedText(device, &p.painter, LetterWording::documentIdLabel(language) + QStringLiteral(": ") + p.documentId,
                font(7.5), quietColour, { left, y }, width * 0.7);
    wrappedText(device, &p.painter, LetterWording::pageOfPages(page, pages, language), font(7.5), quietColour,
                { left + width * 0.7, y }, width * 0.3, Qt::AlignRight);
}

void setUp(QPdfWriter& writer, const QString& title)
{
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // archival: fonts embedded, no transparency
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("DSAR Desk"));
}

QString missingFontProblem()
{
    if (QFontDatabase::families().contains(fontFamily))
        return {};
    return QCoreApplication::translate("LetterPdf",
                                       "The font %1 is not installed, so the letter cannot be made as a PDF with "
                                       "embedded fonts. Install it (Debian: apt-get install fonts-dejavu-core).")
        .arg(fontFamily);
}

} // namespace dsar::pdf
