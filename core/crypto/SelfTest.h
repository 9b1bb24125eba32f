#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace dsar::crypto {

// Known-answer tests of every primitive the facade offers, run at start-up (as KeePassXC does) and in the
// tests: a broken or misconfigured OpenSSL stops the program before it touches personal data.
class SelfTest
{
    Q_DECLARE_TR_FUNCTIONS(SelfTest)
public:
    static Status run();
};

} // namespace dsar::crypto
