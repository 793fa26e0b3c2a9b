#include "DateField.h"

#include "MessageLabel.h"
#include "common/DateDisplay.h"
#include "common/DateParse.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace riaya {
namespace {

// A small calendar page, drawn in the text colour so it follows the palette.
QIcon calendarIcon(const QPalette& palette)
{
    QPixmap page(32, 32);
    page.fill(Qt::transparent);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette.color(QPalette::ButtonText);
    painter.setPen(QPen(ink, 2.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(4, 7, 24, 21), 3, 3);
    painter.fillRect(QRectF(4, 7, 24, 6), ink);
    painter.drawLine(QPointF(10, 3), QPointF(10, 9));
    painter.drawLine(QPointF(22, 3), QPointF(22, 9));
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column) {
            painter.fillRect(QRectF(8.5 + column * 6, 16.5 + row * 5, 3, 3), ink);
        }
    }
    return QIcon(page);
}

} // namespace

DateField::DateField(QWidget* parent)
    : DateField(QDate(), parent)
{ }

DateField::DateField(const QDate& date, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
    , m_hijri(new QLabel(this))
    , m_problem(new MessageLabel(this))
    , m_popup(new QFrame(this, Qt::Popup))
    , m_calendar(new QCalendarWidget(m_popup))
{
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_button->setObjectName(QStringLiteral("dateCalendarButton"));
    m_calendar->setObjectName(QStringLiteral("dateCalendar"));
    m_problem->setObjectName(QStringLiteral("dateProblem"));
    // Dates read left to right in Arabic too; the calendar itself follows the language.
    m_edit->setLayoutDirection(Qt::LeftToRight);
    m_edit->setFixedWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 18);
    m_edit->installEventFilter(this);
    m_button->setFocusPolicy(Qt::NoFocus); // Alt+Down opens it from the keyboard
    m_button->setIcon(calendarIcon(palette()));
    m_hijri->setForegroundRole(QPalette::PlaceholderText);
    m_hijri->hide();
    m_problem->hide();
    m_problem->setWordWrap(true);
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_popup->setFrameShape(QFrame::StyledPanel);
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    auto* popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(1, 1, 1, 1);
    popupLayout->addWidget(m_calendar);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit);
    row->addWidget(m_button);
    row->addSpacing(6);
    row->addWidget(m_hijri);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::finishTyping);
    connect(m_edit, &QLineEdit::returnPressed, this, &DateField::returnPressed);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        if (!m_problem->isHidden() && problem().isEmpty()) {
            showProblem(QString()); // corrected: the error goes at once
        }
    });
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);

    setDate(date);
    m_announced = date;
    retranslate();
}

// The line edit outlives this part of the object: as the widget is destroyed it loses focus and
// says its editing finished, which must not reach a DateField that no longer exists.
DateField::~DateField()
{
    m_edit->disconnect(this);
}

void DateField::setOptional(bool optional)
{
    m_optional = optional;
}

void DateField::setDateRange(const QDate& earliest, const QDate& latest)
{
    m_earliest = earliest;
    m_latest = latest;
}

void DateField::setMaximumDate(const QDate& latest)
{
    m_latest = latest;
}

void DateField::setMinimumDate(const QDate& earliest)
{
    m_earliest = earliest;
}

void DateField::setShowsProblems(bool shows)
{
    m_showsProblems = shows;
    if (!shows) {
        showProblem(QString());
    }
}

void DateField::setDate(const QDate& date)
{
    m_edit->setText(displayGregorianDate(date));
    const QString hijri = displayHijriDate(date);
    m_hijri->setText(hijri);
    m_hijri->setVisible(!hijri.isEmpty());
    showProblem(QString());
    announce();
}

QDate DateField::date() const
{
    return parseTypedDate(m_edit->text()).value_or(QDate());
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

QString DateField::problem() const
{
    if (isEmpty()) {
        return m_optional ? QString() : tr("Write a date (day/month/year) or choose it in the calendar.");
    }
    const QDate typed = date();
    if (!typed.isValid()) {
        return tr("“%1” is not a date: write day/month/year, for example %2.")
            .arg(m_edit->text().trimmed(), displayGregorianDate(QDate(2012, 3, 15)));
    }
    if (m_latest.isValid() && typed > m_latest) {
        return tr("Choose a date on or before %1.").arg(displayGregorianDate(m_latest));
    }
    if (m_earliest.isValid() && typed < m_earliest) {
        return tr("Choose a date on or after %1.").arg(displayGregorianDate(m_earliest));
    }
    return {};
}

bool DateField::check()
{
    const QString wrong = problem();
    showProblem(wrong);
    if (!wrong.isEmpty()) {
        m_edit->setFocus(Qt::OtherFocusReason);
        m_edit->selectAll();
    }
    return wrong.isEmpty();
}

void DateField::showCalendar()
{
    const QDate shown = date().isValid() ? date() : QDate::currentDate();
    m_calendar->setLocale(QLocale());
    // The field reads left to right; the calendar reads in the language's direction.
    m_popup->setLayoutDirection(QGuiApplication::layoutDirection());
    m_calendar->setDateRange(m_earliest.isValid() ? m_earliest : QDate(1900, 1, 1),
                             m_latest.isValid() ? m_latest : QDate(2199, 12, 31));
    m_calendar->setSelectedDate(shown);
    m_popup->adjustSize();
    // Under the field, on the side where the field starts, kept on the screen.
    QPoint at = mapToGlobal(QPoint(0, m_edit->height()));
    if (QGuiApplication::layoutDirection() == Qt::RightToLeft) {
        at.setX(m_button->mapToGlobal(QPoint(m_button->width(), 0)).x() - m_popup->width());
    }
    if (const QScreen* screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - m_popup->width())));
        if (at.y() + m_popup->height() > area.bottom()) {
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        }
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::pick(const QDate& date)
{
    m_popup->hide();
    setDate(date);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void DateField::finishTyping()
{
    const QDate typed = date();
    if (typed.isValid()) {
        setDate(typed); // shown back as every screen writes it
        showProblem(problem());
        return;
    }
    if (isEmpty()) {
        m_hijri->hide();
        showProblem(QString());
        announce();
        return;
    }
    m_hijri->hide();
    showProblem(problem());
}

void DateField::showProblem(const QString& problem)
{
    if (problem.isEmpty() || !m_showsProblems) {
        m_problem->clear();
        m_problem->hide();
        return;
    }
    m_problem->showError(problem);
    m_problem->show();
}

void DateField::announce()
{
    const QDate current = date();
    if (current != m_announced) {
        m_announced = current;
        emit dateChanged(current);
    }
}

bool DateField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) || key->key() == Qt::Key_F4) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        m_button->setIcon(calendarIcon(palette()));
    }
    QWidget::changeEvent(event);
}

void DateField::retranslate()
{
    m_edit->setPlaceholderText(tr("dd/mm/yyyy"));
    m_button->setToolTip(tr("Choose in the calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
    if (const QDate shown = date(); shown.isValid()) {
        setDate(shown); // the digits and the Hijri date of the new language
    }
}

} // namespace riaya
