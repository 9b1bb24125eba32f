#include "PdfInspector.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace dsar {

PdfInspector::Reading PdfInspector::read(const QByteArray& pdf)
{
    Reading reading;
    // Through a file: QPdfDocument loads a file synchronously, a device possibly not.
    QTemporaryFile file;
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        return reading;
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None || document.status() != QPdfDocument::Status::Ready)
        return reading;
    reading.readable = true;
    reading.pages = document.pageCount();
    if (reading.pages > 0)
        reading.text = document.getAllText(0).text();
    // The footer's label in either language, then the id up to the end of its line.
    static const QRegularExpression footer(QStringLiteral("(?:Dokument-id|Document id):\\s*(\\S+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = footer.match(reading.text); match.hasMatch())
        reading.documentId = match.captured(1);
    if (reading.documentId.isEmpty()) {
        const QString title = document.metaData(QPdfDocument::MetaDataField::Title).toString();
        reading.documentId = title.section(QLatin1Char(' '), -1);
    }
    document.close();
    return reading;
}

} // namespace dsar
