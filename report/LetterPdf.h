#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "letters/LetterComposer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace dsar {

struct LetterPdfMeta
{
    QString documentId; // printed in every page's footer
    ControllerRecord controller; // the letterhead
    SubjectRecord recipient; // the address block: name and postal address
    QDate date; // the letter's date
};

// A composed letter as an A4 PDF/A-1b business letter: letterhead, address block, date and reference, the
// body, and a footer with "Sida N av M" and the document id on every page. Needs a QGuiApplication (any
// platform, offscreen included); fonts are DejaVu Sans, embedded.
class LetterPdf
{
    Q_DECLARE_TR_FUNCTIONS(LetterPdf)
public:
    static Result<QByteArray> render(const ComposedLetter& letter, const LetterPdfMeta& meta);
};

} // namespace dsar
