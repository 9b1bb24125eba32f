#include "ExtractShots.h"

#include "MainWindow.h"
#include "PdfExtractRenderer.h"
#include "cases/CaseWindow.h"
#include "cases/PdfPreviewDialog.h"
#include "services/Session.h"

#include <QMenu>
#include <QPdfDocument>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

namespace dsar {
namespace {

// An access case the subject's data can be shown for: worked on, with holdings.
QString accessCaseWithData(Session& session)
{
    CaseFilter access;
    access.right = RequestRight::Access;
    Result<QList<CaseRecord>> cases = session.cases().list(access);
    if (!cases)
        return {};
    for (const CaseRecord& record : cases.value()) {
        Result<ExtractFacts> facts = session.cases().extractFacts(record.reference, QStringLiteral("sv"));
        if (facts && facts->items.size() >= 3)
            return record.reference;
    }
    return {};
}

} // namespace

bool saveExtractScreenshot(MainWindow& window, Session& session, const QDir& out, SaveShot save)
{
    const QString reference = accessCaseWithData(session);
    if (reference.isEmpty()) {
        qCritical("no access case with data in the demonstration data");
        return false;
    }
    CaseWindow* caseWindow = window.openCase(reference);
    if (!caseWindow || !QTest::qWaitForWindowExposed(caseWindow))
        return false;
    if (auto* tabs = caseWindow->findChild<QTabWidget*>(QStringLiteral("caseTabs")))
        tabs->setCurrentWidget(caseWindow->findChild<QWidget*>(QStringLiteral("decisionTab")));
    auto* button = caseWindow->findChild<QPushButton*>(QStringLiteral("makeExtractButton"));
    if (!button || !button->menu() || button->menu()->actions().isEmpty()) {
        qCritical("the case window has no register extract button");
        return false;
    }
    button->menu()->actions().constFirst()->trigger(); // Svenska
    PdfPreviewDialog* preview = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        for (PdfPreviewDialog* dialog : caseWindow->findChildren<PdfPreviewDialog*>()) {
            if (dialog->isVisible() && dialog->document()->status() == QPdfDocument::Status::Ready)
                preview = dialog;
        }
        return preview != nullptr;
    });
    if (!opened || !preview) {
        qCritical("the register extract preview did not open");
        return false;
    }
    preview->resize(900, 1000);
    const bool ok = save(preview, out, QStringLiteral("extract-preview.png"));
    preview->close();
    caseWindow->close();
    return ok;
}

} // namespace dsar
