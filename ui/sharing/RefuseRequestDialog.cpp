#include "RefuseRequestDialog.h"

#include "RequestSummary.h"
#include "sharing/RequestStore.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace riaya {

RefuseRequestDialog::RefuseRequestDialog(Database& db, const SiteRequest& request, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_request(request)
    , m_reason(new QPlainTextEdit(this))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    m_reason->setObjectName(QStringLiteral("refuseReason"));
    m_error->setObjectName(QStringLiteral("refuseError"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_errors->addField(QStringLiteral("decision_note"), m_reason);
    auto* what = new QLabel(requestSummary(request), this);
    what->setWordWrap(true);
    auto* reasonLabel = new QLabel(tr("&Why is it refused? (required, sent to the site that asked)"), this);
    reasonLabel->setBuddy(m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* confirm = buttons->addButton(tr("Re&fuse the request"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmRefuse"));
    confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RefuseRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RefuseRequestDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setWindowTitle(tr("Refuse a request"));
    setFirstField(m_reason);
    resizeToFit(this, { 480, 280 });
    unsavedChanges()->addFields(this, [this] { return save(); });
}

void RefuseRequestDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

bool RefuseRequestDialog::save()
{
    // The reason is checked in core, as for the command line.
    const Status refused = RequestStore(m_db).refuse(m_request.id, m_reason->toPlainText());
    if (!refused) {
        m_errors->show(refused.error());
        return false;
    }
    return true;
}

} // namespace riaya
