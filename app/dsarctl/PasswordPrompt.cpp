#include "PasswordPrompt.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstddef>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace dsar::cli {
namespace {

// Longer input is refused rather than cut: a cut password would be a different password.
constexpr std::size_t maxPasswordBytes = 1024;

void cleanse(void* bytes, std::size_t size)
{
    volatile char* p = static_cast<volatile char*>(bytes);
    for (std::size_t i = 0; i < size; ++i)
        p[i] = 0;
}

// What a signal handler needs to give the terminal its echo back before the process ends.
volatile sig_atomic_t terminalFd = -1;
termios savedTerminal {};

extern "C" void restoreTerminalAndReraise(int signal)
{
    if (terminalFd >= 0)
        tcsetattr(terminalFd, TCSANOW, &savedTerminal);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

const std::array<int, 4> interruptions = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };

// Echo off for its lifetime; the destructor restores the saved settings on every way out.
class EchoOff
{
public:
    EchoOff(int fd, const termios& saved)
        : m_fd(fd)
    {
        savedTerminal = saved;
        terminalFd = fd;
        struct sigaction action
        {
        };
        action.sa_handler = &restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < interruptions.size(); ++i)
            sigaction(interruptions[i], &action, &m_previous[i]);
        termios quiet = saved;
        // Canonical input stays on: the terminal still handles backspace, and Enter ends the line.
        quiet.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL);
        m_active = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        tcsetattr(m_fd, TCSAFLUSH, &savedTerminal);
        terminalFd = -1;
        for (std::size_t i = 0; i < interruptions.size(); ++i)
            sigaction(interruptions[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    bool isActive() const { return m_active; }

private:
    int m_fd;
    bool m_active = false;
    std::array<struct sigaction, interruptions.size()> m_previous {};
};

class Terminal
{
public:
    Terminal()
        : m_fd(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC))
    { }
    ~Terminal()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;
    int fd() const { return m_fd; }

    void write(const QByteArray& text) const
    {
        qsizetype done = 0;
        while (done < text.size()) {
            const ssize_t written = ::write(m_fd, text.constData() + done, std::size_t(text.size() - done));
            if (written < 0 && errno == EINTR)
                continue;
            if (written <= 0)
                return;
            done += written;
        }
    }

private:
    int m_fd;
};

} // namespace

Result<QString> PasswordPrompt::ask(const char* variable, const QString& prompt)
{
    const Terminal terminal;
    termios saved {};
    if (terminal.fd() < 0 || tcgetattr(terminal.fd(), &saved) != 0) {
        return Error { tr("There is no terminal to ask for the password on. Set %1 or run dsarctl interactively.")
                           .arg(QLatin1String(variable)) };
    }
    std::array<char, maxPasswordBytes + 1> buffer {};
    std::size_t length = 0;
    bool ended = false;
    bool tooLong = false;
    {
        // Echo off before the prompt appears (as getpass does): nothing typed after it is ever shown, and
        // what was typed ahead is discarded.
        const EchoOff echoOff(terminal.fd(), saved);
        if (!echoOff.isActive()) {
            return Error { tr("The terminal's echo could not be turned off, so the password was not asked for. Set "
                              "%1 instead.")
                               .arg(QLatin1String(variable)) };
        }
        terminal.write(prompt.toUtf8());
        for (;;) {
            char byte = 0;
            const ssize_t got = ::read(terminal.fd(), &byte, 1);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break; // end of input (Ctrl-D) or an error: no password
            if (byte == '\n' || byte == '\r') {
                ended = true;
                break;
            }
            if (length < maxPasswordBytes)
                buffer[length++] = byte;
            else
                tooLong = true;
        }
    }
    // The user's Enter was not echoed.
    terminal.write("\n");
    QString password = QString::fromUtf8(buffer.data(), qsizetype(length));
    cleanse(buffer.data(), buffer.size());
    if (tooLong) {
        wipe(password);
        return Error { tr("The password is longer than %1 bytes.").arg(maxPasswordBytes) };
    }
    if (!ended || password.isEmpty()) {
        wipe(password);
        return Error { tr("No password was given.") };
    }
    return password;
}

Result<QString> PasswordPrompt::read(const char* variable, const QString& prompt)
{
    if (!qEnvironmentVariableIsEmpty(variable))
        return qEnvironmentVariable(variable);
    return ask(variable, prompt);
}

Result<QString> PasswordPrompt::readNew(const char* variable, const QString& prompt, const QString& repeatPrompt)
{
    if (!qEnvironmentVariableIsEmpty(variable))
        return qEnvironmentVariable(variable);
    Result<QString> first = ask(variable, prompt);
    if (!first)
        return first;
    Result<QString> second = ask(variable, repeatPrompt);
    if (!second) {
        wipe(first.value());
        return second;
    }
    const bool same = first.value() == second.value();
    wipe(second.value());
    if (!same) {
        wipe(first.value());
        return Error { tr("The two passwords differ; nothing was changed. Try again.") };
    }
    return first;
}

void PasswordPrompt::wipe(QString& password)
{
    // Best effort: only a string that shares its characters with no other can be overwritten in place.
    if (!password.isEmpty() && password.isDetached())
        cleanse(password.data(), std::size_t(password.size()) * sizeof(QChar));
    password.clear();
}

} // namespace dsar::cli
