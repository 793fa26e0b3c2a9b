#include "sheets/XlsSheet.h"

#include <QBuffer>
#include <QDataStream>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

// Present in sanitizer builds only (the fuzz and ASan builds).
extern "C" __attribute__((weak)) void __sanitizer_set_death_callback(void (*callback)(void));
#endif

// openXlsSheet: FreeXL in a child process, the rows handed back through a pipe.
namespace riaya {
namespace {

// A sheet the child has read whole.
class ReadSheet final : public SheetReader
{
public:
    ReadSheet(QList<SheetRow> rows, QString error)
        : m_rows(std::move(rows))
        , m_error(std::move(error))
    { }

    std::optional<SheetRow> next() override
    {
        return m_next < m_rows.size() ? std::optional(m_rows.at(m_next++)) : std::nullopt;
    }
    QString error() const override { return m_next < m_rows.size() ? QString() : m_error; }
    Status rewind() override
    {
        m_next = 0;
        return {};
    }

private:
    QList<SheetRow> m_rows;
    QString m_error;
    qsizetype m_next = 0;
};

#ifdef Q_OS_UNIX

constexpr quint32 kMagic = 0x52584c53; // "RXLS": the child wrote everything

// What the child writes: whether it opened, the error or the file's sheets, then the rows.
QByteArray readInChild(const QString& path, const SheetOptions& options)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    SheetFileInfo info;
    Result<std::unique_ptr<SheetReader>> opened = openXlsSheetInProcess(path, options, &info);
    out << bool(opened);
    if (!opened) {
        out << static_cast<int>(opened.error().kind) << opened.error().message;
    } else {
        out << info.sheets << info.sheet;
        SheetReader& sheet = **opened;
        while (const std::optional<SheetRow> row = sheet.next()) {
            out << true << row->number << row->cells;
        }
        out << false << sheet.error();
    }
    out << kMagic;
    return bytes;
}

// The child's crash is the parent's answer, not an event of its own: no crash handler
// inherited from the parent (libFuzzer's would save the parent's input as a crash), and
// nothing written to the parent's terminal.
void quietChild()
{
    for (const int signal : { SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE }) {
        std::signal(signal, SIG_DFL);
    }
    if (__sanitizer_set_death_callback) {
        __sanitizer_set_death_callback(nullptr);
    }
    if (const int null = ::open("/dev/null", O_WRONLY); null >= 0) {
        ::dup2(null, STDERR_FILENO);
        ::close(null);
    }
}

bool writeAll(int fd, const QByteArray& bytes)
{
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        done += n;
    }
    return true;
}

QByteArray readAll(int fd)
{
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return bytes;
        }
        bytes.append(buffer, n);
    }
}

#endif

} // namespace

Result<std::unique_ptr<SheetReader>> openXlsSheet(const QString& path, const SheetOptions& options,
                                                  SheetFileInfo* info)
{
#ifdef Q_OS_UNIX
    const QString cannotRead = unreadableXlsMessage(path);
    int pipeEnds[2];
    if (::pipe(pipeEnds) != 0) {
        return Error::internal(cannotRead);
    }
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(pipeEnds[0]);
        ::close(pipeEnds[1]);
        return Error::internal(cannotRead);
    }
    if (child == 0) {
        quietChild();
        ::close(pipeEnds[0]);
        const bool written = writeAll(pipeEnds[1], readInChild(path, options));
        ::_exit(written ? 0 : 1); // no atexit handlers, no Qt teardown: they belong to the parent
    }
    ::close(pipeEnds[1]);
    const QByteArray bytes = readAll(pipeEnds[0]);
    ::close(pipeEnds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return Error::invalid(cannotRead); // FreeXL crashed on it
    }

    QDataStream in(bytes);
    bool opened = false;
    in >> opened;
    if (!opened) {
        int kind = 0;
        QString message;
        in >> kind >> message;
        const bool known = kind >= static_cast<int>(Error::Kind::Invalid)
            && kind <= static_cast<int>(Error::Kind::Internal);
        return in.status() == QDataStream::Ok && known ? Error { static_cast<Error::Kind>(kind), message, {} }
                                                       : Error::invalid(cannotRead);
    }
    SheetFileInfo found;
    found.format = QStringLiteral("xls");
    in >> found.sheets >> found.sheet;
    QList<SheetRow> rows;
    bool more = false;
    for (in >> more; more && in.status() == QDataStream::Ok; in >> more) {
        SheetRow row;
        in >> row.number >> row.cells;
        rows.append(std::move(row));
    }
    QString error;
    quint32 magic = 0;
    in >> error >> magic;
    if (in.status() != QDataStream::Ok || magic != kMagic) {
        return Error::invalid(cannotRead);
    }
    if (info) {
        *info = found;
    }
    return std::unique_ptr<SheetReader>(std::make_unique<ReadSheet>(std::move(rows), std::move(error)));
#else
    return openXlsSheetInProcess(path, options, info);
#endif
}

} // namespace riaya
