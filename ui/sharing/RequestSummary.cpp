#include "RequestSummary.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"

#include <QCoreApplication>

namespace riaya {

QString requestSummary(const SiteRequest& request)
{
    QString text
        = QCoreApplication::translate("riaya::RequestSummary", "%1: %2, asked by %3.")
              .arg(requestKindLabel(request.kind), isolate(request.subjectName), isolate(request.fromName));
    if (request.effectiveOn.isValid()) {
        text += QLatin1Char('\n')
            + QCoreApplication::translate("riaya::RequestSummary", "On %1.")
                  .arg(displayDate(request.effectiveOn));
    }
    text += QLatin1Char('\n')
        + QCoreApplication::translate("riaya::RequestSummary", "Reason: %1").arg(isolate(request.reason));
    return text;
}

} // namespace riaya
