#include "SettingsPage.h"

#include "LanguageSwitcher.h"
#include "common/DateDisplay.h"
#include "common/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace riaya {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_arabicDigits(new QCheckBox(this))
    , m_hijri(new QCheckBox(this))
{
    m_arabicDigits->setObjectName(QStringLiteral("arabicDigits"));
    m_hijri->setObjectName(QStringLiteral("hijriDates"));
    m_arabicDigits->setChecked(displayOptions().arabicIndicDigits);
    m_hijri->setChecked(displayOptions().hijriBesideGregorian);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(static_cast<int>(supportedLanguages().indexOf(preferredLanguage())));
    m_languageLabel->setBuddy(m_language);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_arabicDigits);
    form->addRow(QString(), m_hijri);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_language, &QComboBox::activated, this, &SettingsPage::languageChosen);
    for (QCheckBox* box : { m_arabicDigits, m_hijri }) {
        connect(box, &QCheckBox::toggled, this, [this] {
            saveDisplayOptions(m_arabicDigits->isChecked(), m_hijri->isChecked());
            emit displayOptionsChanged();
        });
    }
    retranslate();
}

void SettingsPage::languageChosen(int index)
{
    const QString language = m_language->itemData(index).toString();
    savePreferredLanguage(language);
    applyLanguage(language);
}

void SettingsPage::addPanel(QWidget* panel)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->count() - 1, panel);
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language of the application:"));
    m_arabicDigits->setText(tr("Show &Arabic-Indic digits (٠١٢٣) in the Arabic interface"));
    m_hijri->setText(tr("Show the &Hijri date beside the Gregorian date"));
}

} // namespace riaya
