// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Spendscope::Bench {

// splitmix64: small, fast and the same everywhere, so the benchmarks' generated rows do not
// depend on the standard library's distributions.
class Random final
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e37'79b9'7f4a'7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58'476d'1ce4'e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d0'49bb'1331'11ebULL;
        return z ^ (z >> 31);
    }
    // In [0, 1), from the top 53 bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // In [0, n); the modulo bias is irrelevant for generating test data.
    int bounded(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

} // namespace Spendscope::Bench
