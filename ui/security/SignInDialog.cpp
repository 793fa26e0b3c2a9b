#include "SignInDialog.h"

#include "common/Bidi.h"
#include "db/Database.h"
#include "security/UserStore.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace riaya {

SignInDialog::SignInDialog(Database& db, const QString& lockedUser, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_lockedUser(lockedUser)
    , m_intro(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_message(new MessageLabel(this))
    , m_signIn(new QPushButton(this))
    , m_quit(new QPushButton(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_user->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_password->setEchoMode(QLineEdit::Password);
    m_user->setLayoutDirection(Qt::LeftToRight); // user names are Latin letters and digits
    m_user->setText(lockedUser);
    m_intro->setWordWrap(true);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_signIn->setDefault(true);

    auto* grid = new QGridLayout;
    grid->addWidget(m_userLabel, 0, 0);
    grid->addWidget(m_user, 0, 1);
    grid->addWidget(m_passwordLabel, 1, 0);
    grid->addWidget(m_password, 1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_quit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (signIn(m_user->text().trimmed(), m_password->text())) {
            accept();
        }
    });
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    (lockedUser.isEmpty() ? m_user : m_password)->setFocus();
    resizeToFit(this, { 420, sizeHint().height() });
}

bool SignInDialog::signIn(const QString& username, const QString& password)
{
    const Result<Actor> actor = UserStore(m_db).signIn(username, password);
    m_password->clear();
    if (!actor) {
        m_message->showError(actor.error().message);
        m_password->setFocus();
        return false;
    }
    m_message->clear();
    return true;
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Riaya — %1").arg(isolate(m_db.site().name)));
    m_intro->setText(m_lockedUser.isEmpty()
                         ? tr("Sign in to work on %1.").arg(isolate(m_db.site().name))
                         : tr("Riaya was locked after a time without use. Sign in to go on."));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_signIn->setText(tr("&Sign in"));
    m_quit->setText(m_lockedUser.isEmpty() ? tr("&Quit") : tr("&Quit Riaya"));
}

} // namespace riaya
