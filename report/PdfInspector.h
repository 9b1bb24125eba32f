#pragma once

#include <QByteArray>
#include <QString>

namespace dsar {

// Reads back what a DSAR Desk PDF says about itself, for `extract verify`: its document id (from the
// "Dokument-id:"/"Document ID:" line every page's footer prints, else from the title an extract carries) and its page
// count. Works on damaged or altered files as far as they can still be read.
class PdfInspector
{
public:
    struct Reading
    {
        bool readable = false;
        int pages = 0;
        QString documentId;
        QString text; // the first page's text
    };
    static Reading read(const QByteArray& pdf);
};

} // namespace dsar
