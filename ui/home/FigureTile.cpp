#include "FigureTile.h"

#include "common/Bidi.h"
#include "widgets/MessageLabel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace riaya {

FigureTile::FigureTile(QWidget* parent)
    : QPushButton(parent)
    , m_value(new QLabel(this))
    , m_label(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("figureTile"));
    for (QLabel* label : { m_value, m_label, m_detail }) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_value);
    layout->addWidget(m_label);
    layout->addWidget(m_detail);
    setMinimumHeight(64);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // the grid shares the width out
}

QString FigureTile::valueText() const
{
    if (!m_figure.text.isEmpty()) {
        return m_figure.text;
    }
    const QLocale locale;
    if (m_figure.outOf <= 0) {
        return locale.toString(qint64(qRound64(m_figure.value)));
    }
    return tr("%1 %").arg(locale.toString(qRound(m_figure.share() * 100)));
}

QString FigureTile::detailText() const
{
    if (m_figure.outOf <= 0 || !m_figure.text.isEmpty()) {
        return {};
    }
    const QLocale locale;
    return tr("%1 of %2")
        .arg(locale.toString(qint64(qRound64(m_figure.value))),
             locale.toString(qint64(qRound64(m_figure.outOf))));
}

void FigureTile::setFigure(const Figure& figure)
{
    m_figure = figure;
    m_value->setText(isolate(valueText()));
    m_label->setText(figure.label);
    m_detail->setText(isolate(detailText()));
    m_detail->setVisible(!m_detail->text().isEmpty());
    if (!figure.text.isEmpty()) {
        QFont smaller = m_value->font();
        smaller.setPointSizeF(font().pointSizeF() * 1.1);
        m_value->setFont(smaller);
    }
    QPalette palette = m_value->palette();
    palette.setColor(QPalette::WindowText,
                     figure.warning ? errorColour() : this->palette().color(QPalette::ButtonText));
    m_value->setPalette(palette);
    setEnabled(!figure.query.list.isEmpty());
    setAccessibleName(figure.label + QStringLiteral(": ") + valueText() + QLatin1Char(' ') + detailText());
    setToolTip(figure.query.list.isEmpty() ? QString() : tr("Open the list behind this figure"));
}

QSize FigureTile::sizeHint() const
{
    return { 170, std::max(64, layout()->sizeHint().height()) };
}

} // namespace riaya
