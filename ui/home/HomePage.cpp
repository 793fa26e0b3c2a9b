#include "HomePage.h"

#include "FigureChart.h"
#include "FigureListDialog.h"
#include "FigureTile.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "institutions/Institution.h"
#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace riaya {
namespace {

constexpr int kTilesPerRow = 4;
constexpr int kChartsPerRow = 2;
constexpr int kMonthsOffered = 24;

void clearGrid(QGridLayout* grid)
{
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

HomePage::HomePage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_ministry(db.site().isMinistry || db.site().institutionId.isEmpty())
    , m_title(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_tileGrid(new QGridLayout)
    , m_chartGrid(new QGridLayout)
{
    setObjectName(QStringLiteral("homePage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // A house's name is Arabic in a French window too: the title keeps the window's side.
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_tileGrid);
    contentLayout->addLayout(m_chartGrid);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    if (m_ministry) {
        buildFilters();
        layout->addWidget(m_filters);
    }
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    retranslate();
}

void HomePage::showEvent(QShowEvent* event)
{
    // Read again each time the page comes forward: an import or an edit may have changed them.
    refresh();
    QWidget::showEvent(event);
}

void HomePage::buildFilters()
{
    m_filters = new QWidget(this);
    auto* row = new QHBoxLayout(m_filters);
    row->setContentsMargins(0, 0, 0, 0);
    m_month = new QComboBox(m_filters);
    m_month->setObjectName(QStringLiteral("homeMonth"));
    m_region = new QComboBox(m_filters);
    m_region->setObjectName(QStringLiteral("homeRegion"));
    m_province = new QComboBox(m_filters);
    m_province->setObjectName(QStringLiteral("homeProvince"));
    m_kind = new QComboBox(m_filters);
    m_kind->setObjectName(QStringLiteral("homeKind"));
    m_institution = new QComboBox(m_filters);
    m_institution->setObjectName(QStringLiteral("homeInstitution"));
    m_institution->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_institution->setMinimumContentsLength(18);
    for (QComboBox* box : { m_month, m_region, m_province, m_kind, m_institution }) {
        row->addWidget(box, box == m_institution ? 2 : 1);
        connect(box, &QComboBox::currentIndexChanged, this, &HomePage::refresh);
    }
}

void HomePage::fillFilterChoices()
{
    const Result<FilterChoices> choices = Dashboard::choices(m_db);
    if (!choices) {
        m_message->showError(choices.error().describe());
        return;
    }
    auto fill = [](QComboBox* box, const QString& all, const QList<QPair<QString, QString>>& items) {
        const QSignalBlocker quiet(box);
        const QVariant chosen = box->currentData();
        box->clear();
        box->addItem(all, QString());
        for (const auto& [key, label] : items) {
            box->addItem(label, key);
        }
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    auto same = [](const QStringList& keys, const std::function<QString(const QString&)>& label = {}) {
        QList<QPair<QString, QString>> items;
        for (const QString& key : keys) {
            items.append({ key, label ? label(key) : key });
        }
        return items;
    };
    fill(m_region, tr("Every region"), same(choices->regions));
    fill(m_province, tr("Every province"), same(choices->provinces));
    fill(m_kind, tr("Every type"),
         same(choices->kinds, [](const QString& k) { return institutionKindLabel(k); }));
    fill(m_institution, tr("Every institution"), choices->institutions);
    const QSignalBlocker quiet(m_month);
    const QVariant chosen = m_month->currentData();
    m_month->clear();
    const QDate today = QDate::currentDate();
    for (int back = 0; back < kMonthsOffered; ++back) {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
        m_month->addItem(displayMonth(month), month);
    }
    m_month->setCurrentIndex(std::max(0, m_month->findData(chosen)));
}

FigureFilter HomePage::filter() const
{
    if (!m_ministry) {
        return { QDate::currentDate(), {}, {}, {}, m_db.site().institutionId };
    }
    return { m_month->currentData().toDate(), m_region->currentData().toString(),
             m_province->currentData().toString(), m_kind->currentData().toString(),
             m_institution->currentData().toString() };
}

void HomePage::refresh()
{
    const Result<HomeFigures> home = m_ministry ? Dashboard::ministry(m_db, filter())
                                                : Dashboard::house(m_db, m_db.site().institutionId);
    clearGrid(m_tileGrid);
    clearGrid(m_chartGrid);
    m_tiles.clear();
    m_charts.clear();
    if (!home) {
        m_message->showError(home.error().describe());
        return;
    }
    m_message->clear();
    m_title->setText(m_ministry ? tr("The national picture, %1").arg(home->title) : home->title);
    for (const Figure& figure : home->figures) {
        auto* tile = new FigureTile;
        tile->setFigure(figure);
        connect(tile, &QPushButton::clicked, this, [this, tile] { openList(tile->figure().query); });
        m_tileGrid->addWidget(tile, int(m_tiles.size()) / kTilesPerRow, int(m_tiles.size()) % kTilesPerRow);
        m_tiles.append(tile);
    }
    for (const FigureSeries& series : home->charts) {
        if (series.categories.isEmpty()) {
            continue;
        }
        auto* chart = new FigureChart(series);
        connect(chart, &FigureChart::listWanted, this, [this](const FigureQuery& query) { openList(query); });
        m_chartGrid->addWidget(chart, int(m_charts.size()) / kChartsPerRow,
                               int(m_charts.size()) % kChartsPerRow);
        m_charts.append(chart);
    }
}

QDialog* HomePage::openList(const FigureQuery& query)
{
    auto* dialog = new FigureListDialog(m_db, query, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (isVisible()) {
            refresh();
        }
    }
    QWidget::changeEvent(event);
}

void HomePage::retranslate()
{
    if (m_ministry) {
        fillFilterChoices();
        m_month->setToolTip(tr("The month shown; the trends end with it"));
    }
}

} // namespace riaya
