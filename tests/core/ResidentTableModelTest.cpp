#include "models/ResidentTableModel.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "demo/DemoGenerator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace riaya;

TEST_CASE("the residents model loads a page at a time and passes Qt's model checks")
{
    TempDatabase t;
    DemoSettings settings;
    settings.residents = 450;
    REQUIRE(DemoGenerator::generate(t.db(), settings).ok());

    ResidentTableModel model(t.db());
    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == ResidentTableModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ResidentTableModel::PageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK_FALSE(model.residentId(449).isEmpty());

    // An export loads the rest in one go, in the same order as page after page, the birth
    // date given as a day for a spreadsheet.
    ResidentTableModel all(t.db());
    QSignalSpy inserted(&all, &QAbstractItemModel::rowsInserted);
    all.fetchAll();
    CHECK(inserted.size() == 1);
    CHECK(all.rowCount() == 450);
    CHECK_FALSE(all.canFetchMore({}));
    for (int row = 0; row < 450; row += 37) {
        CHECK(all.residentId(row) == model.residentId(row));
    }
    const QVariant born = all.index(0, ResidentTableModel::BirthDate).data(Qt::EditRole);
    CHECK(born.typeId() == QMetaType::QDate);
    CHECK(born.toDate().isValid());
}

TEST_CASE("the residents model passes Qt's model checks")
{
    TempDatabase t;
    DemoSettings settings;
    settings.residents = 250;
    REQUIRE(DemoGenerator::generate(t.db(), settings).ok());
    ResidentTableModel model(t.db());
    // The tester runs its checks now and on every later signal. (Not through a reset: the
    // tester fetches more rows while it still counts the reset as in flight.)
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.rowCount() == 250);
}

TEST_CASE("filtering and sorting reload from the first page")
{
    TempDatabase t;
    DemoSettings settings;
    settings.residents = 120;
    REQUIRE(DemoGenerator::generate(t.db(), settings).ok());
    ResidentTableModel model(t.db());
    QSignalSpy totals(&model, &ResidentTableModel::totalCountChanged);

    ResidentQuery query;
    query.sex = QStringLiteral("F");
    model.setQuery(query);
    REQUIRE(totals.count() == 1);
    const int girls = totals.takeFirst().at(0).toInt();
    CHECK(girls > 0);
    CHECK(girls < 120);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.index(row, ResidentTableModel::Sex).data().toString() == QStringLiteral("Female"));
    }

    model.sort(ResidentTableModel::BirthDate, Qt::DescendingOrder);
    QStringList dates;
    for (int row = 0; row < model.rowCount(); ++row) {
        dates << t.db()
                     .writer()
                     .read(QStringLiteral("residents"), model.residentId(row))
                     .value(QStringLiteral("birth_date"))
                     .toString();
    }
    QStringList sorted = dates;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    CHECK(dates == sorted);
}
