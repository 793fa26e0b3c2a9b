#include "RevokeDialog.h"

#include "common/Bidi.h"
#include "db/Database.h"
#include "security/KeyStore.h"
#include "sync/TrustStore.h"
#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace riaya {

RevokeDialog::RevokeDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_intro(new QLabel(this))
    , m_siteLabel(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_message(new MessageLabel(this))
    , m_revoke(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("revokeDialog"));
    m_site->setObjectName(QStringLiteral("revokeSite"));
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_message->setObjectName(QStringLiteral("revokeMessage"));
    m_revoke->setObjectName(QStringLiteral("revokeKey"));
    m_intro->setWordWrap(true);
    m_siteLabel->setBuddy(m_site);
    m_reasonLabel->setBuddy(m_reason);
    const Result<QList<TrustedSite>> sites = TrustStore(m_db).list();
    for (const TrustedSite& site : sites ? *sites : QList<TrustedSite>()) {
        if (site.role == QLatin1String("site") && !site.revoked) {
            m_site->addItem(QStringLiteral("%1 — %2").arg(isolate(site.name),
                                                          isolateLtr(KeyStore::fingerprint(site.keys.sign))),
                            site.siteId);
        }
    }

    auto* form = new QFormLayout;
    form->addRow(m_siteLabel, m_site);
    form->addRow(m_reasonLabel, m_reason);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_revoke, &QPushButton::clicked, this, &RevokeDialog::revoke);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    m_site->setFocus();
    resize(600, sizeHint().height());
}

bool RevokeDialog::hasSites() const
{
    return m_site->count() > 0;
}

void RevokeDialog::setSite(const QString& siteId)
{
    if (const int index = m_site->findData(siteId); index >= 0) {
        m_site->setCurrentIndex(index);
    }
}

void RevokeDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

bool RevokeDialog::revoke()
{
    if (!hasSites()) {
        m_message->showError(tr("No enrolled site has a key that can be revoked."));
        return false;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        m_message->showError(tr("Say why the key is revoked (for example: laptop stolen)."));
        m_reason->setFocus();
        return false;
    }
    const QString siteId = m_site->currentData().toString();
    const Result<TrustedSite> site = TrustStore(m_db).find(siteId);
    if (Status revoked = TrustStore(m_db).revoke(siteId, m_reason->text()); !revoked) {
        m_message->showError(revoked.error().whatToFix());
        return false;
    }
    m_revokedName = site ? site->name : siteId;
    accept();
    return true;
}

void RevokeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RevokeDialog::retranslate()
{
    setWindowTitle(tr("Revoke a site's key"));
    m_intro->setText(tr("From now on, bundles signed with this key are refused here, and the next "
                        "bundle to each site tells it too. The site then makes new keys and sends its "
                        "new enrolment file, which is enrolled like a first one."));
    m_siteLabel->setText(tr("&Site:"));
    m_reasonLabel->setText(tr("&Why:"));
    m_reason->setPlaceholderText(tr("for example: laptop stolen"));
    m_revoke->setText(tr("&Revoke the key"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace riaya
