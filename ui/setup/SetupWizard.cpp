#include "SetupWizard.h"

#include "common/Bidi.h"
#include "db/Database.h"
#include "institutions/Institution.h"
#include "site/FirstRun.h"
#include "widgets/FileFilters.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace riaya {
namespace {

// A line edit with a button that fills it from a file dialog.
QWidget* withBrowse(QLineEdit* edit, const QString& buttonText, const std::function<QString()>& choose)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* button = new QPushButton(buttonText, row);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    QObject::connect(button, &QPushButton::clicked, edit, [edit, choose] {
        if (const QString path = choose(); !path.isEmpty()) {
            edit->setText(path);
        }
    });
    return row;
}

QLabel* note(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

SetupWizard::SetupWizard(const QString& suggestedPath, QWidget* parent)
    : QWizard(parent)
    , m_path(new QLineEdit(suggestedPath))
    , m_site(new QRadioButton)
    , m_ministry(new QRadioButton)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_receives(new QComboBox)
    , m_capacity(new QSpinBox)
    , m_profile(new QLineEdit)
    , m_profileCheck(new QLabel)
    , m_username(new QLineEdit)
    , m_fullName(new QLineEdit)
    , m_password(new QLineEdit)
    , m_passwordAgain(new QLineEdit)
    , m_passphrase(new QLineEdit)
    , m_passphraseAgain(new QLineEdit)
    , m_problems(new MessageLabel)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Setting up Riaya"));
    setWizardStyle(QWizard::ClassicStyle);
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_site->setObjectName(QStringLiteral("isSite"));
    m_ministry->setObjectName(QStringLiteral("isMinistry"));
    m_name->setObjectName(QStringLiteral("siteName"));
    m_profile->setObjectName(QStringLiteral("profilePath"));
    m_profileCheck->setObjectName(QStringLiteral("profileCheck"));
    m_username->setObjectName(QStringLiteral("adminUsername"));
    m_fullName->setObjectName(QStringLiteral("adminFullName"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_passwordAgain->setObjectName(QStringLiteral("adminPasswordAgain"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphraseAgain->setObjectName(QStringLiteral("passphraseAgain"));
    m_problems->setObjectName(QStringLiteral("setupProblems"));
    for (QLineEdit* secret : { m_password, m_passwordAgain, m_passphrase, m_passphraseAgain }) {
        secret->setEchoMode(QLineEdit::Password);
    }
    for (QLineEdit* latin : { m_path, m_profile, m_username }) {
        latin->setLayoutDirection(Qt::LeftToRight);
    }
    for (const QString& kind : institutionKinds()) {
        m_kind->addItem(institutionKindLabel(kind), kind);
    }
    m_receives->setObjectName(QStringLiteral("residentsSex"));
    m_receives->addItem(tr("Girls and boys"), QString());
    m_receives->addItem(tr("Girls only"), QStringLiteral("F"));
    m_receives->addItem(tr("Boys only"), QStringLiteral("M"));
    m_capacity->setRange(1, 5000);
    m_capacity->setValue(60);
    m_site->setChecked(true);
    m_profileCheck->setWordWrap(true);
    connect(m_profile, &QLineEdit::textChanged, this, &SetupWizard::showProfile);
    addPage(placePage());
    addPage(identityPage());
    addPage(administratorPage());
    addPage(keysPage());
    resizeToFit(this, { 640, 480 });
}

SetupWizard::~SetupWizard() = default;

QWizardPage* SetupWizard::placePage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Welcome to Riaya"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        note(tr("There is no database on this computer yet. Riaya keeps its records in one file, "
                "here: choose where, and what this computer is.")));
    auto* form = new QFormLayout;
    form->addRow(tr("Database file:"), withBrowse(m_path, tr("Choose…"), [this] {
                     return QFileDialog::getSaveFileName(this, tr("New database"), m_path->text(),
                                                         isolatedFilters(tr("Riaya databases (*.db)")));
                 }));
    layout->addLayout(form);
    m_site->setText(tr("A house: a student boarding house, a children's home, or an inspector's laptop"));
    m_ministry->setText(tr("The ministry hub, which receives the houses' bundles"));
    layout->addWidget(m_site);
    layout->addWidget(m_ministry);
    layout->addStretch();
    return page;
}

QWizardPage* SetupWizard::identityPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Who this database belongs to"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind of house:"), m_kind);
    form->addRow(tr("Receives:"), m_receives);
    form->addRow(tr("Places:"), m_capacity);
    form->addRow(tr("Ministry profile:"), withBrowse(m_profile, tr("Choose…"), [this] {
                     return QFileDialog::getOpenFileName(this, tr("The ministry's profile"),
                                                         QDir::homePath());
                 }));
    form->addRow(m_profileCheck);
    connect(m_ministry, &QRadioButton::toggled, page, [this](bool ministry) {
        for (QWidget* siteOnly : { static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_receives),
                                   static_cast<QWidget*>(m_capacity), static_cast<QWidget*>(m_profile),
                                   static_cast<QWidget*>(m_profileCheck) }) {
            siteOnly->setEnabled(!ministry);
        }
    });
    return page;
}

QWizardPage* SetupWizard::administratorPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("The first administrator"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        note(tr("The administrator makes the accounts of the others (staff, supervisors, inspectors, "
                "social workers, clerks) and keeps the backups.")));
    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Full name:"), m_fullName);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("The password again:"), m_passwordAgain);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWizardPage* SetupWizard::keysPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("The keys' passphrase"));
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        note(tr("This database signs what it sends with keys of its own, locked by a passphrase. "
                "The supervisor types it to export the month's bundle; it also opens the backups. "
                "Write it down and keep it safe: nobody can recover it.")));
    auto* form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("The passphrase again:"), m_passphraseAgain);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch();
    return page;
}

void SetupWizard::showProfile()
{
    const Result<ProfilePreview> preview = FirstRun::readProfile(m_profile->text());
    m_profileCheck->setText(preview
                                ? tr("Ministry: %1. Fingerprint: %2 — compare it with the one the ministry "
                                     "gave you before going on.")
                                      .arg(isolate(preview->ministryName), isolateLtr(preview->fingerprint))
                                : preview.error().message);
}

bool SetupWizard::finish()
{
    QStringList problems;
    if (m_password->text() != m_passwordAgain->text()) {
        problems << tr("The two passwords differ.");
    }
    if (m_passphrase->text() != m_passphraseAgain->text()) {
        problems << tr("The two passphrases differ.");
    }
    if (problems.isEmpty()) {
        FirstRunSettings settings;
        settings.path = m_path->text().trimmed();
        settings.site.name = m_name->text().trimmed();
        settings.site.ministry = m_ministry->isChecked();
        settings.site.withInstitution = !settings.site.ministry;
        settings.site.institutionKind = m_kind->currentData().toString();
        settings.site.residentsSex = m_receives->currentData().toString();
        settings.site.capacity = m_capacity->value();
        settings.profilePath = m_profile->text().trimmed();
        settings.passphrase = m_passphrase->text().toUtf8();
        settings.administrator.username = m_username->text().trimmed();
        settings.administrator.fullName = m_fullName->text().trimmed();
        settings.administratorPassword = m_password->text();
        Result<std::unique_ptr<Database>> made = FirstRun::setUp(settings);
        if (made) {
            m_db = std::move(*made);
            m_problems->clear();
            return true;
        }
        problems << made.error().whatToFix();
    }
    m_problems->showError(problems.join(QLatin1Char('\n')));
    return false;
}

std::unique_ptr<Database> SetupWizard::takeDatabase()
{
    return std::move(m_db);
}

void SetupWizard::accept()
{
    if (finish()) {
        QWizard::accept();
    }
}

} // namespace riaya
