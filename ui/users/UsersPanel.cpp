#include "UsersPanel.h"

#include "common/Bidi.h"
#include "security/UserStore.h"
#include "widgets/EditorDialog.h"
#include "widgets/MessageLabel.h"
#include "widgets/UnsavedChanges.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

UsersPanel::UsersPanel(Database& db, QWidget* parent)
    : QGroupBox(parent)
    , m_db(db)
    , m_list(new QTableWidget(0, 3, this))
    , m_message(new MessageLabel(this))
    , m_add(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_disable(new QPushButton(this))
    , m_lockLabel(new QLabel(this))
    , m_lockMinutes(new QSpinBox(this))
{
    setObjectName(QStringLiteral("usersPanel"));
    m_list->setObjectName(QStringLiteral("accountList"));
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setMinimumHeight(120);
    m_lockMinutes->setRange(1, 240);
    m_lockMinutes->setValue(UserStore(db).idleLockMinutes());
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_disable);
    buttons->addStretch();
    buttons->addWidget(m_lockLabel);
    buttons->addWidget(m_lockMinutes);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_add, &QPushButton::clicked, this, &UsersPanel::askAdd);
    connect(m_reset, &QPushButton::clicked, this, &UsersPanel::askReset);
    connect(m_disable, &QPushButton::clicked, this, [this] {
        const QString user = selectedUser();
        const auto* item = m_list->currentItem();
        if (!user.isEmpty() && item) {
            setDisabled(user, !m_list->item(item->row(), 0)->data(Qt::UserRole).toBool());
        }
    });
    connect(m_lockMinutes, &QSpinBox::editingFinished, this, [this] {
        report(UserStore(m_db).setIdleLockMinutes(m_lockMinutes->value()),
               tr("Riaya now locks after %1 minutes without use (from the next start).")
                   .arg(m_lockMinutes->value()));
    });
    retranslate();
    refresh();
}

void UsersPanel::refresh()
{
    const Result<QList<UserAccount>> accounts = UserStore(m_db).list();
    m_list->setRowCount(0);
    for (const UserAccount& account : accounts ? *accounts : QList<UserAccount>()) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        QStringList roles;
        for (const QString& role : account.roles) {
            roles << roleLabel(role);
        }
        auto* name = new QTableWidgetItem(account.username);
        name->setData(Qt::UserRole, account.disabled);
        m_list->setItem(row, 0, name);
        m_list->setItem(row, 1, new QTableWidgetItem(account.fullName));
        m_list->setItem(row, 2,
                        new QTableWidgetItem(roles.join(QStringLiteral(", "))
                                             + (account.disabled ? tr(" (disabled)") : QString())));
    }
}

QString UsersPanel::selectedUser() const
{
    const QTableWidgetItem* item = m_list->currentItem();
    return item ? m_list->item(item->row(), 0)->text() : QString();
}

bool UsersPanel::addAccount(const QString& username, const QString& fullName, const QStringList& roles,
                            const QString& password)
{
    const Result<QString> made = UserStore(m_db).create({ {}, username, fullName, roles }, password);
    report(made ? Status() : Status(made.error()), tr("Account %1 created.").arg(username));
    return made.ok();
}

bool UsersPanel::resetPassword(const QString& username, const QString& password)
{
    const Status status = UserStore(m_db).resetPassword(username, password);
    report(status, tr("New password set for %1.").arg(username));
    return status.ok();
}

bool UsersPanel::setDisabled(const QString& username, bool disabled)
{
    const Status status = UserStore(m_db).setDisabled(username, disabled);
    report(status,
           disabled ? tr("%1 can no longer sign in.").arg(username)
                    : tr("%1 can sign in again.").arg(username));
    return status.ok();
}

void UsersPanel::askAdd()
{
    // Accepting hands the account to addAccount below, which creates it.
    EditorDialog dialog(this);
    dialog.unsavedChanges()->addFields(&dialog, [] { return true; });
    dialog.setObjectName(QStringLiteral("newAccountDialog"));
    dialog.setWindowTitle(tr("New account"));
    auto* username = new QLineEdit(&dialog);
    auto* fullName = new QLineEdit(&dialog);
    auto* password = new QLineEdit(&dialog);
    username->setLayoutDirection(Qt::LeftToRight);
    password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("User name:"), username);
    form->addRow(tr("Full name:"), fullName);
    QList<QCheckBox*> roleBoxes;
    for (const QString& role : allRoles()) {
        auto* box = new QCheckBox(roleLabel(role), &dialog);
        box->setProperty("role", role);
        roleBoxes << box;
        form->addRow(QString(), box);
    }
    form->addRow(tr("First password:"), password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QStringList roles;
    for (const QCheckBox* box : std::as_const(roleBoxes)) {
        if (box->isChecked()) {
            roles << box->property("role").toString();
        }
    }
    addAccount(username->text().trimmed(), fullName->text().trimmed(), roles, password->text());
}

void UsersPanel::askReset()
{
    const QString user = selectedUser();
    if (user.isEmpty()) {
        report(Error::invalid(tr("Choose the account in the list first.")), {});
        return;
    }
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("New password"), tr("The new password of %1:").arg(user), QLineEdit::Password, {}, &ok);
    if (ok) {
        resetPassword(user, password);
    }
}

void UsersPanel::report(const Status& status, const QString& done)
{
    m_message->showMessage(status ? done : status.error().whatToFix(),
                           status ? MessageLabel::Tone::Plain : MessageLabel::Tone::Error);
    refresh();
}

void UsersPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QGroupBox::changeEvent(event);
}

void UsersPanel::retranslate()
{
    setTitle(tr("User accounts"));
    m_list->setHorizontalHeaderLabels({ tr("User name"), tr("Name"), tr("Roles") });
    m_add->setText(tr("&New account…"));
    m_reset->setText(tr("New &password…"));
    m_disable->setText(tr("&Disable or enable"));
    m_lockLabel->setText(tr("Lock after (minutes):"));
}

} // namespace riaya
