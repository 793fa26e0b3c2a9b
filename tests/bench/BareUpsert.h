#pragma once

#include <QString>

// What every bundle and demo benchmark is measured against: the physical limit of SQLite on
// this machine for as many rows. A bare table (a text primary key, one payload column, no
// other index, no trigger), random UUID keys made before the clock starts, WAL and
// synchronous=FULL, one transaction, one prepared INSERT ... ON CONFLICT DO UPDATE per row.
// Returns the seconds the upserts and the commit took, in a new file at `path`.
double bareUpsertSeconds(const QString& path, qint64 rows, int payloadBytes);

// The first lines every benchmark prints: the commit it was built from, the machine's
// cores, so that a number can be traced back.
void printBenchHeader(const char* name);

// The peak resident memory from here on: the kernel's high-water mark is reset, so what a
// benchmark prepared before (its demo, its bundles) is not counted in what it measures.
void resetPeakMemory();
long peakMemoryMiB();
