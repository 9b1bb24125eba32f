#include "LetterPreviewDialog.h"

#include "DisplayFormat.h"

namespace dsar {
namespace {

PdfPreviewDialog::Content contentOf(const WrittenLetter& letter)
{
    const LetterRecord& record = letter.record;
    return { QStringLiteral("letter"),
             LetterPreviewDialog::tr("Letter %1").arg(record.documentId),
             LetterPreviewDialog::tr("%1, written %2. DSAR Desk keeps only the letter's SHA-256 (%3), not the letter "
                                     "itself: save or print it now, send it, then mark it as sent.")
                 .arg(LetterKinds::label(record.kind), DisplayFormat::stockholmDateTime(record.generatedAt),
                      record.sha256.left(16)),
             record.documentId,
             record.sha256,
             letter.pdf };
}

} // namespace

LetterPreviewDialog::LetterPreviewDialog(const WrittenLetter& letter, QWidget* parent)
    : PdfPreviewDialog(contentOf(letter), parent)
    , m_record(letter.record)
{ }

} // namespace dsar
