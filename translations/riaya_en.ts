<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Access</name>
    <message>
        <source>Sign in first: %1 needs an account on this database.</source>
        <translation>Sign in first: %1 needs an account on this database.</translation>
    </message>
    <message>
        <source>%1 may not do this: %2 is for %3.</source>
        <translation>%1 may not do this: %2 is for %3.</translation>
    </message>
</context>
<context>
    <name>ActionStore</name>
    <message>
        <source>The corrective action was not saved.</source>
        <translation>The corrective action was not saved.</translation>
    </message>
    <message>
        <source>The inspection has no finding %1; write the finding first.</source>
        <translation>The inspection has no finding %1; write the finding first.</translation>
    </message>
    <message>
        <source>Describe what must be done, in at most %1 characters.</source>
        <translation>Describe what must be done, in at most %1 characters.</translation>
    </message>
    <message>
        <source>Name who is responsible for the action.</source>
        <translation>Name who is responsible for the action.</translation>
    </message>
    <message>
        <source>Give the date by which the action is due.</source>
        <translation>Give the date by which the action is due.</translation>
    </message>
    <message>
        <source>The action cannot be due before the inspection (%1).</source>
        <translation>The action cannot be due before the inspection (%1).</translation>
    </message>
    <message>
        <source>The corrective action could not be saved to disk.</source>
        <translation>The corrective action could not be saved to disk.</translation>
    </message>
    <message>
        <source>The corrective action was not changed.</source>
        <translation>The corrective action was not changed.</translation>
    </message>
    <message>
        <source>It was verified already; raise a new action if more is needed.</source>
        <translation>It was verified already; raise a new action if more is needed.</translation>
    </message>
    <message>
        <source>An action is open, in_progress, done or verified, not “%1”.</source>
        <translation>An action is open, in_progress, done or verified, not “%1”.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>The note is longer than %1 characters.</translation>
    </message>
    <message>
        <source>A follow-up inspection verifies actions; it does not set them %1.</source>
        <translation>A follow-up inspection verifies actions; it does not set them %1.</translation>
    </message>
    <message>
        <source>That inspection is not a follow-up of the one that raised the action.</source>
        <translation>That inspection is not a follow-up of the one that raised the action.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>There is no corrective action with the id %1.</source>
        <translation>There is no corrective action with the id %1.</translation>
    </message>
    <message>
        <source>Cannot read the corrective actions: %1</source>
        <translation>Cannot read the corrective actions: %1</translation>
    </message>
    <message>
        <source>The progress was not recorded.</source>
        <translation>The progress was not recorded.</translation>
    </message>
    <message>
        <source>The action was verified already.</source>
        <translation>The action was verified already.</translation>
    </message>
    <message>
        <source>Progress is open, in_progress or done; an inspector verifies, not “%1”.</source>
        <translation>Progress is open, in_progress or done; an inspector verifies, not “%1”.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>The text is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>Cannot read the signed audit heads: %1</source>
        <translation>Cannot read the signed audit heads: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
    <message>
        <source>A signed audit head names another site or no entry; it was ignored.</source>
        <translation>A signed audit head names another site or no entry; it was ignored.</translation>
    </message>
    <message>
        <source>The audit history of this site was rewritten: it had signed entry %1 as %2 on %3, and now signs it as %4.</source>
        <translation>The audit history of this site was rewritten: it had signed entry %1 as %2 on %3, and now signs it as %4.</translation>
    </message>
    <message>
        <source>A signed audit head of entry %1 does not carry the site's signature; it was ignored.</source>
        <translation>A signed audit head of entry %1 does not carry the site's signature; it was ignored.</translation>
    </message>
    <message>
        <source>The audit history of this site does not continue what it signed before: its head of entry %1 follows entry %2, not the entry %3 held here.</source>
        <translation>The audit history of this site does not continue what it signed before: its head of entry %1 follows entry %2, not the entry %3 held here.</translation>
    </message>
    <message>
        <source>The audit history of this site went back: it signs entry %1 after having signed entry %2.</source>
        <translation>The audit history of this site went back: it signs entry %1 after having signed entry %2.</translation>
    </message>
    <message>
        <source>Cannot record the audit warning.</source>
        <translation>Cannot record the audit warning.</translation>
    </message>
    <message>
        <source>A signed audit head sent by the ministry is not countersigned by it; it was ignored.</source>
        <translation>A signed audit head sent by the ministry is not countersigned by it; it was ignored.</translation>
    </message>
    <message>
        <source>The signed head of audit entry %1 (%2) does not carry a valid signature.</source>
        <translation>The signed head of audit entry %1 (%2) does not carry a valid signature.</translation>
    </message>
    <message>
        <source>The audit history up to entry %1 was rewritten after its head was signed on %2 (%3).</source>
        <translation>The audit history up to entry %1 was rewritten after its head was signed on %2 (%3).</translation>
    </message>
    <message>
        <source>signed here</source>
        <translation>signed here</translation>
    </message>
    <message>
        <source>as the ministry holds it</source>
        <translation>as the ministry holds it</translation>
    </message>
    <message>
        <source>The signed head of audit entry %1 does not carry a valid signature.</source>
        <translation>The signed head of audit entry %1 does not carry a valid signature.</translation>
    </message>
    <message>
        <source>The signed head of audit entry %1 does not follow the one of entry %2.</source>
        <translation>The signed head of audit entry %1 does not follow the one of entry %2.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>Audit entries %1 to %2 are missing.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Audit entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>The last audit entries were removed: the log ends at entry %1, but it had reached entry %2.</source>
        <translation>The last audit entries were removed: the log ends at entry %1, but it had reached entry %2.</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 is not a Riaya backup.</source>
        <translation>%1 is not a Riaya backup.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation>%1 is damaged: its header cannot be read.</translation>
    </message>
    <message>
        <source>Cannot make the backup folder %1.</source>
        <translation>Cannot make the backup folder %1.</translation>
    </message>
    <message>
        <source>Cannot copy the database into %1: %2</source>
        <translation>Cannot copy the database into %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Cannot write the backup %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be opened with this site's keys.</source>
        <translation>%1 is damaged: it cannot be opened with this site's keys.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated.</source>
        <translation>%1 is damaged or truncated.</translation>
    </message>
    <message>
        <source>%1 is damaged: its content was changed.</source>
        <translation>%1 is damaged: its content was changed.</translation>
    </message>
    <message>
        <source>%1 is damaged: it goes on after its end.</source>
        <translation>%1 is damaged: it goes on after its end.</translation>
    </message>
    <message>
        <source>%1 does not hold a usable database: %2</source>
        <translation>%1 does not hold a usable database: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its database belongs to another site.</source>
        <translation>%1 is damaged: its database belongs to another site.</translation>
    </message>
    <message>
        <source>%1 is a backup of “%2”, not of this database; nothing was replaced.</source>
        <translation>%1 is a backup of “%2”, not of this database; nothing was replaced.</translation>
    </message>
    <message>
        <source>The database %1 is open in Riaya or a command: close it first; nothing was replaced.</source>
        <translation>The database %1 is open in Riaya or a command: close it first; nothing was replaced.</translation>
    </message>
    <message>
        <source>Cannot keep the current database aside as %1; nothing was replaced.</source>
        <translation>Cannot keep the current database aside as %1; nothing was replaced.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the database was left as it was.</source>
        <translation>Cannot put the backup in place of %1; the database was left as it was.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Choose a folder for the backups.</translation>
    </message>
    <message>
        <source>The backup settings could not be saved to disk.</source>
        <translation>The backup settings could not be saved to disk.</translation>
    </message>
    <message>
        <source>Keep from 1 to %1 backups of each kind.</source>
        <translation>Keep from 1 to %1 backups of each kind.</translation>
    </message>
    <message>
        <source>Backups are encrypted with the site's keys: create them first (on the Sync screen, or with “riaya-cli keys create”).</source>
        <translation>Backups are encrypted with the site's keys: create them first (on the Sync screen, or with “riaya-cli keys create”).</translation>
    </message>
</context>
<context>
    <name>BundleExchange</name>
    <message>
        <source>The site “%1” is revoked; nothing is sent to it.</source>
        <translation>The site “%1” is revoked; nothing is sent to it.</translation>
    </message>
    <message>
        <source>The bundle %1 was written but not recorded: %2</source>
        <translation>The bundle %1 was written but not recorded: %2</translation>
    </message>
    <message>
        <source>the key of “%1” was revoked.</source>
        <translation>the key of “%1” was revoked.</translation>
    </message>
    <message>
        <source>%1 is addressed to another site (%2), not to this one.</source>
        <translation>%1 is addressed to another site (%2), not to this one.</translation>
    </message>
    <message>
        <source>The bundle %1 could not be recorded; nothing was applied.</source>
        <translation>The bundle %1 could not be recorded; nothing was applied.</translation>
    </message>
    <message>
        <source>Cannot record the acknowledgement of %1.</source>
        <translation>Cannot record the acknowledgement of %1.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Riaya (database version %2; this one knows %3). Update Riaya to import it; nothing was applied.</source>
        <translation>%1 was made by a newer version of Riaya (database version %2; this one knows %3). Update Riaya to import it; nothing was applied.</translation>
    </message>
    <message>
        <source>%1 was refused whole; nothing was applied. %2</source>
        <translation>%1 was refused whole; nothing was applied. %2</translation>
    </message>
    <message>
        <source>Its bundle id %1 was already imported with other content.</source>
        <translation>Its bundle id %1 was already imported with other content.</translation>
    </message>
    <message>
        <source>Its bundle id %1 belongs to a bundle already received from another sender (%2).</source>
        <translation>Its bundle id %1 belongs to a bundle already received from another sender (%2).</translation>
    </message>
    <message>
        <source>It is numbered %1, but the last bundle received from its sender is %2: a jump that large is not a bundle Riaya made.</source>
        <translation>It is numbered %1, but the last bundle received from its sender is %2: a jump that large is not a bundle Riaya made.</translation>
    </message>
    <message>
        <source>It holds records of a kind “%1” its sender may not send here.</source>
        <translation>It holds records of a kind “%1” its sender may not send here.</translation>
    </message>
    <message>
        <source>The record %1 of %2 fails the field rules: %3 — %4</source>
        <translation>The record %1 of %2 fails the field rules: %3 — %4</translation>
    </message>
    <message>
        <source>Cannot record the clock of the sender of %1.</source>
        <translation>Cannot record the clock of the sender of %1.</translation>
    </message>
    <message numerus="yes">
        <source>When the ministry received this laptop's last bundle, its clock was %n days ahead. Set the date and time right: records stamped ahead wait for a clerk at the ministry.</source>
        <translation><numerusform>When the ministry received this laptop's last bundle, its clock was %n day ahead. Set the date and time right: records stamped ahead wait for a clerk at the ministry.</numerusform><numerusform>When the ministry received this laptop's last bundle, its clock was %n days ahead. Set the date and time right: records stamped ahead wait for a clerk at the ministry.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>When the ministry received this laptop's last bundle, its clock was %n hours ahead. Set the date and time right: records stamped ahead wait for a clerk at the ministry.</source>
        <translation><numerusform>When the ministry received this laptop's last bundle, its clock was %n hour ahead. Set the date and time right: records stamped ahead wait for a clerk at the ministry.</numerusform><numerusform>When the ministry received this laptop's last bundle, its clock was %n hours ahead. Set the date and time right: records stamped ahead wait for a clerk at the ministry.</numerusform></translation>
    </message>
    <message>
        <source>%1 does not continue the history of its sender: bundle %2 (or the one before it) was received with other content, as when a site restores an old backup. Nothing was applied. Check with the site, then import it accepting the new history (in the window, tick “Accept a new history of the sender”; on the command line, --accept-fork): its records are merged as usual, nothing already received is lost, and the earlier bundles from number %2 on are set aside.</source>
        <translation>%1 does not continue the history of its sender: bundle %2 (or the one before it) was received with other content, as when a site restores an old backup. Nothing was applied. Check with the site, then import it accepting the new history (in the window, tick “Accept a new history of the sender”; on the command line, --accept-fork): its records are merged as usual, nothing already received is lost, and the earlier bundles from number %2 on are set aside.</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>The recipient has no valid encryption key.</source>
        <translation>The recipient has no valid encryption key.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot compress or write the bundle %1.</source>
        <translation>Cannot compress or write the bundle %1.</translation>
    </message>
    <message>
        <source>The bundle was to hold %1 records but %2 were written.</source>
        <translation>The bundle was to hold %1 records but %2 were written.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Riaya bundle.</source>
        <translation>%1 is not a Riaya bundle.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Riaya (bundle format %2). Update Riaya to import it; nothing was applied.</source>
        <translation>%1 was made by a newer version of Riaya (bundle format %2). Update Riaya to import it; nothing was applied.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: its header does not fit in the file.</source>
        <translation>%1 is damaged or truncated: its header does not fit in the file.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation>%1 is damaged: its header cannot be read.</translation>
    </message>
    <message>
        <source>%1 comes from a site this database does not trust: %2</source>
        <translation>%1 comes from a site this database does not trust: %2</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 is truncated.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: its content does not match its hash.</source>
        <translation>%1 is damaged or truncated: its content does not match its hash.</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature of its sender: it was changed or forged.</source>
        <translation>%1 does not carry a valid signature of its sender: it was changed or forged.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 is damaged.</translation>
    </message>
    <message>
        <source>%1 is not addressed to this site: its key does not open with this site's keys.</source>
        <translation>%1 is not addressed to this site: its key does not open with this site's keys.</translation>
    </message>
    <message>
        <source>%1 holds a record that cannot be read.</source>
        <translation>%1 holds a record that cannot be read.</translation>
    </message>
    <message>
        <source>%1 holds a record larger than Riaya accepts.</source>
        <translation>%1 holds a record larger than Riaya accepts.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated.</source>
        <translation>%1 is damaged or truncated.</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it does not decrypt.</source>
        <translation>%1 is damaged: a part of it does not decrypt.</translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not decompress.</source>
        <translation>%1 is damaged: its content does not decompress.</translation>
    </message>
    <message>
        <source>%1 is damaged: it does not hold the records its manifest lists.</source>
        <translation>%1 is damaged: it does not hold the records its manifest lists.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header and its first bytes name different formats.</source>
        <translation>%1 is damaged: its header and its first bytes name different formats.</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes of records in a file of %3 bytes, more than Riaya accepts; nothing was applied.</source>
        <translation>%1 declares %2 bytes of records in a file of %3 bytes, more than Riaya accepts; nothing was applied.</translation>
    </message>
    <message>
        <source>%1 holds more than its signed manifest declares; it was refused.</source>
        <translation>%1 holds more than its signed manifest declares; it was refused.</translation>
    </message>
    <message>
        <source>%1 is damaged: its private manifest is missing.</source>
        <translation>%1 is damaged: its private manifest is missing.</translation>
    </message>
</context>
<context>
    <name>BundleImportRun</name>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>No backup could be made before the import, so nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>Not a date: write day/month/year, for example 15/03/2012.</source>
        <translation>Not a date: write day/month/year, for example 15/03/2012.</translation>
    </message>
    <message>
        <source>Not a real day of the calendar: check the day and the month.</source>
        <translation>Not a real day of the calendar: check the day and the month.</translation>
    </message>
    <message>
        <source>A year alone is not a date: write day/month/year.</source>
        <translation>A year alone is not a date: write day/month/year.</translation>
    </message>
    <message>
        <source>Day 60 of the spreadsheet is 29 February 1900, a day that did not exist.</source>
        <translation>Day 60 of the spreadsheet is 29 February 1900, a day that did not exist.</translation>
    </message>
    <message>
        <source>Not a real day of the Hijri calendar.</source>
        <translation>Not a real day of the Hijri calendar.</translation>
    </message>
    <message>
        <source>Hijri date out of range: it must fall between the years %1 and %2 of the Gregorian calendar.</source>
        <translation>Hijri date out of range: it must fall between the years %1 and %2 of the Gregorian calendar.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database file.</source>
        <translation>The database file.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Print machine-readable JSON.</translation>
    </message>
    <message>
        <source>Language of messages: ar, fr or en.</source>
        <translation>Language of messages: ar, fr or en.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Name the database with --db PATH.</source>
        <translation>Name the database with --db PATH.</translation>
    </message>
    <message>
        <source>%1 is not set up yet; run “init” first.</source>
        <translation>%1 is not set up yet; run “init” first.</translation>
    </message>
    <message>
        <source>Try “riaya-cli --help”.</source>
        <translation>Try “riaya-cli --help”.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 takes a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>Usage: riaya-cli --db PATH COMMAND [options]

Riaya keeps the records of social-care institutions offline.

Commands:
</source>
        <translation>Usage: riaya-cli --db PATH COMMAND [options]

Riaya keeps the records of social-care institutions offline.

Commands:
</translation>
    </message>
    <message>
        <source>
Global options: --db PATH, --json, --lang CODE, --help.
“riaya-cli COMMAND --help” describes a command.
Exit codes: 0 done, 1 usage error, 2 input rejected, 3 needs a person, 4 internal error.
</source>
        <translation>
Global options: --db PATH, --json, --lang CODE, --help.
“riaya-cli COMMAND --help” describes a command.
Exit codes: 0 done, 1 usage error, 2 input rejected, 3 needs a person, 4 internal error.
</translation>
    </message>
    <message>
        <source>riaya-cli: name a command.</source>
        <translation>riaya-cli: name a command.</translation>
    </message>
    <message>
        <source>riaya-cli: unknown command “%1”.</source>
        <translation>riaya-cli: unknown command “%1”.</translation>
    </message>
    <message>
        <source>See the description above.</source>
        <translation>See the description above.</translation>
    </message>
    <message>
        <source>“%1” takes no argument “%2”.</source>
        <translation>“%1” takes no argument “%2”.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>“%1” needs %2.</translation>
    </message>
    <message>
        <source>Name the output file with --out FILE.</source>
        <translation>Name the output file with --out FILE.</translation>
    </message>
    <message>
        <source>The audit log of %1 has been tampered with: %2</source>
        <translation>The audit log of %1 has been tampered with: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries.</source>
        <translation><numerusform>The audit log is intact: %n entry.</numerusform><numerusform>The audit log is intact: %n entries.</numerusform></translation>
    </message>
    <message>
        <source>Count the records of each kind.</source>
        <translation>Count the records of each kind.</translation>
    </message>
    <message>
        <source>Write every record as canonical JSON, sorted by kind and id.</source>
        <translation>Write every record as canonical JSON, sorted by kind and id.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>The JSON file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The resident was not saved.</source>
        <translation>The resident was not saved.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD.</source>
        <translation>“%1” is not a date; write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Stay in %1 from %2 to %3</source>
        <translation>Stay in %1 from %2 to %3</translation>
    </message>
    <message>
        <source>Only residents with this status: %1.</source>
        <translation>Only residents with this status: %1.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only F or M.</source>
        <translation>Only F or M.</translation>
    </message>
    <message>
        <source>SEX</source>
        <translation>SEX</translation>
    </message>
    <message>
        <source>Only residents present in this institution.</source>
        <translation>Only residents present in this institution.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this school level.</source>
        <translation>Only this school level.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>At most this many (default 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip this many first.</source>
        <translation>Skip this many first.</translation>
    </message>
    <message>
        <source>The date, YYYY-MM-DD (default today).</source>
        <translation>The date, YYYY-MM-DD (default today).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The reason.</source>
        <translation>The reason.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Register a resident, and admit them with --institution or --admitted-on.</source>
        <translation>Register a resident, and admit them with --institution or --admitted-on.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Admit to this institution.</source>
        <translation>Admit to this institution.</translation>
    </message>
    <message>
        <source>Admission date, YYYY-MM-DD (the site's own institution if --institution is not given).</source>
        <translation>Admission date, YYYY-MM-DD (the site's own institution if --institution is not given).</translation>
    </message>
    <message>
        <source>The reason for the admission.</source>
        <translation>The reason for the admission.</translation>
    </message>
    <message>
        <source>List residents, by name.</source>
        <translation>List residents, by name.</translation>
    </message>
    <message>
        <source>Find residents by any part of their names or identifiers.</source>
        <translation>Find residents by any part of their names or identifiers.</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>At most this many (default 50).</translation>
    </message>
    <message>
        <source>Show one resident and their stays.</source>
        <translation>Show one resident and their stays.</translation>
    </message>
    <message>
        <source>Admit a resident (to the site's institution unless --institution).</source>
        <translation>Admit a resident (to the site's institution unless --institution).</translation>
    </message>
    <message>
        <source>The institution.</source>
        <translation>The institution.</translation>
    </message>
    <message>
        <source>Record a resident's exit.</source>
        <translation>Record a resident's exit.</translation>
    </message>
    <message>
        <source>Transfer a resident to another institution.</source>
        <translation>Transfer a resident to another institution.</translation>
    </message>
    <message>
        <source>The receiving institution.</source>
        <translation>The receiving institution.</translation>
    </message>
    <message>
        <source>Ministry hub “%1” set up in %2.</source>
        <translation>Ministry hub “%1” set up in %2.</translation>
    </message>
    <message>
        <source>Site “%1” set up in %2.</source>
        <translation>Site “%1” set up in %2.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n residents</source>
        <translation><numerusform>Added %n resident</numerusform><numerusform>Added %n residents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation><numerusform>%n institution</numerusform><numerusform>%n institutions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n presence marks</source>
        <translation><numerusform>%n presence mark</numerusform><numerusform>%n presence marks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n school results</source>
        <translation><numerusform>%n school result</numerusform><numerusform>%n school results</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation><numerusform>%n incident</numerusform><numerusform>%n incidents</numerusform></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Set up a new database for a site or the ministry hub.</source>
        <translation>Set up a new database for a site or the ministry hub.</translation>
    </message>
    <message>
        <source>The site's name.</source>
        <translation>The site's name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Set up the ministry hub instead of a site.</source>
        <translation>Set up the ministry hub instead of a site.</translation>
    </message>
    <message>
        <source>Kind of the site's institution: %1.</source>
        <translation>Kind of the site's institution: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Places in the site's institution (default 60).</source>
        <translation>Places in the site's institution (default 60).</translation>
    </message>
    <message>
        <source>The site's region.</source>
        <translation>The site's region.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>The site is not an institution (an inspector's laptop, an office).</source>
        <translation>The site is not an institution (an inspector's laptop, an office).</translation>
    </message>
    <message>
        <source>Add a realistic, reproducible demo data set.</source>
        <translation>Add a realistic, reproducible demo data set.</translation>
    </message>
    <message>
        <source>How many residents (default 100).</source>
        <translation>How many residents (default 100).</translation>
    </message>
    <message>
        <source>How many institutions, on the ministry hub (default 1).</source>
        <translation>How many institutions, on the ministry hub (default 1).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The seed; the same seed gives the same data.</source>
        <translation>The seed; the same seed gives the same data.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Days of presence marks before today (default 3).</source>
        <translation>Days of presence marks before today (default 3).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>List the institutions.</source>
        <translation>List the institutions.</translation>
    </message>
    <message>
        <source>Add an institution.</source>
        <translation>Add an institution.</translation>
    </message>
    <message>
        <source>Its name.</source>
        <translation>Its name.</translation>
    </message>
    <message>
        <source>Its name in Latin script.</source>
        <translation>Its name in Latin script.</translation>
    </message>
    <message>
        <source>Its kind: %1.</source>
        <translation>Its kind: %1.</translation>
    </message>
    <message>
        <source>Its number of places.</source>
        <translation>Its number of places.</translation>
    </message>
    <message>
        <source>Its region.</source>
        <translation>Its region.</translation>
    </message>
    <message>
        <source>Its province.</source>
        <translation>Its province.</translation>
    </message>
    <message>
        <source>PROVINCE</source>
        <translation>PROVINCE</translation>
    </message>
    <message>
        <source>Usage: riaya-cli --db PATH %1 [options] %2</source>
        <translation>Usage: riaya-cli --db PATH %1 [options] %2</translation>
    </message>
    <message>
        <source>The institution (default the site's own).</source>
        <translation>The institution (default the site's own).</translation>
    </message>
    <message>
        <source>Record an incident in an institution.</source>
        <translation>Record an incident in an institution.</translation>
    </message>
    <message>
        <source>The kind of incident: %1.</source>
        <translation>The kind of incident: %1.</translation>
    </message>
    <message>
        <source>When it happened, YYYY-MM-DD (default today).</source>
        <translation>When it happened, YYYY-MM-DD (default today).</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>What happened.</translation>
    </message>
    <message>
        <source>What was done about it.</source>
        <translation>What was done about it.</translation>
    </message>
    <message>
        <source>Who was told (person or authority).</source>
        <translation>Who was told (person or authority).</translation>
    </message>
    <message>
        <source>A resident concerned; repeat the option for several.</source>
        <translation>A resident concerned; repeat the option for several.</translation>
    </message>
    <message>
        <source>List an institution's incidents, newest first.</source>
        <translation>List an institution's incidents, newest first.</translation>
    </message>
    <message>
        <source>Only from this day, YYYY-MM-DD.</source>
        <translation>Only from this day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only up to this day, YYYY-MM-DD.</source>
        <translation>Only up to this day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a month; write YYYY-MM.</source>
        <translation>“%1” is not a month; write YYYY-MM.</translation>
    </message>
    <message>
        <source>This database has no institution of its own; name one with --institution ID.</source>
        <translation>This database has no institution of its own; name one with --institution ID.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>not marked</translation>
    </message>
    <message>
        <source>Mark one resident with --resident ID --state STATE, or every resident not yet marked with --all-present.</source>
        <translation>Mark one resident with --resident ID --state STATE, or every resident not yet marked with --all-present.</translation>
    </message>
    <message>
        <source>Name the resident with --resident ID and the state with --state STATE.</source>
        <translation>Name the resident with --resident ID and the state with --state STATE.</translation>
    </message>
    <message numerus="yes">
        <source>%n residents marked present.</source>
        <translation><numerusform>%n resident marked present.</numerusform><numerusform>%n residents marked present.</numerusform></translation>
    </message>
    <message>
        <source>Name the resident with --resident ID.</source>
        <translation>Name the resident with --resident ID.</translation>
    </message>
    <message numerus="yes">
        <source>Present on %1% of %n marks.</source>
        <translation><numerusform>Present on %1% of %n mark.</numerusform><numerusform>Present on %1% of %n marks.</numerusform></translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default today).</source>
        <translation>The day, YYYY-MM-DD (default today).</translation>
    </message>
    <message>
        <source>Show a day's presence sheet: the residents present and their marks.</source>
        <translation>Show a day's presence sheet: the residents present and their marks.</translation>
    </message>
    <message>
        <source>Mark a resident's presence for a day, or every resident not yet marked as present.</source>
        <translation>Mark a resident's presence for a day, or every resident not yet marked as present.</translation>
    </message>
    <message>
        <source>The resident to mark.</source>
        <translation>The resident to mark.</translation>
    </message>
    <message>
        <source>The state: %1.</source>
        <translation>The state: %1.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>A note on the mark (kept if not given).</source>
        <translation>A note on the mark (kept if not given).</translation>
    </message>
    <message>
        <source>Mark every resident present on the sheet and not yet marked as present.</source>
        <translation>Mark every resident present on the sheet and not yet marked as present.</translation>
    </message>
    <message>
        <source>Show one resident's presence marks for a month.</source>
        <translation>Show one resident's presence marks for a month.</translation>
    </message>
    <message>
        <source>The resident.</source>
        <translation>The resident.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default this month).</source>
        <translation>The month, YYYY-MM (default this month).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONTH</translation>
    </message>
    <message>
        <source>Count an institution's presence marks of a month, per state.</source>
        <translation>Count an institution's presence marks of a month, per state.</translation>
    </message>
    <message>
        <source>The school result was not saved.</source>
        <translation>The school result was not saved.</translation>
    </message>
    <message>
        <source>“%1” is not a number; write an average such as 12.5.</source>
        <translation>“%1” is not a number; write an average such as 12.5.</translation>
    </message>
    <message>
        <source>%1, term %2: %3  %4</source>
        <translation>%1, term %2: %3  %4</translation>
    </message>
    <message>
        <source>Name the school year with --year, for example --year 2025-2026.</source>
        <translation>Name the school year with --year, for example --year 2025-2026.</translation>
    </message>
    <message numerus="yes">
        <source>%1% of %n residents passed.</source>
        <translation><numerusform>%1% of %n resident passed.</numerusform><numerusform>%1% of %n residents passed.</numerusform></translation>
    </message>
    <message>
        <source>Record a resident's school result for a term (replaces the one recorded).</source>
        <translation>Record a resident's school result for a term (replaces the one recorded).</translation>
    </message>
    <message>
        <source>The school year, for example 2025-2026.</source>
        <translation>The school year, for example 2025-2026.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>The term: 1, 2 or 3.</source>
        <translation>The term: 1, 2 or 3.</translation>
    </message>
    <message>
        <source>The term's average, from 0 to 20.</source>
        <translation>The term's average, from 0 to 20.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>The year's decision: %1.</source>
        <translation>The year's decision: %1.</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DECISION</translation>
    </message>
    <message>
        <source>List a resident's school results by year and term.</source>
        <translation>List a resident's school results by year and term.</translation>
    </message>
    <message>
        <source>Count the year's decisions of the residents present in an institution.</source>
        <translation>Count the year's decisions of the residents present in an institution.</translation>
    </message>
    <message>
        <source>The ministry hub is not set up from a profile.</source>
        <translation>The ministry hub is not set up from a profile.</translation>
    </message>
    <message>
        <source>The ministry's profile file, to trust the ministry from the start.</source>
        <translation>The ministry's profile file, to trust the ministry from the start.</translation>
    </message>
    <message>
        <source>This command needs the keys' passphrase: --passphrase-file FILE or the environment variable RIAYA_PASSPHRASE.</source>
        <translation>This command needs the keys' passphrase: --passphrase-file FILE or the environment variable RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Give the new keys' passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE.</source>
        <translation>Give the new keys' passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Keys created. Fingerprint: %1</source>
        <translation>Keys created. Fingerprint: %1</translation>
    </message>
    <message>
        <source>Site: %1 (%2)</source>
        <translation>Site: %1 (%2)</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Name the file to write with --out FILE.</translation>
    </message>
    <message>
        <source>Only the ministry hub exports a profile; a site exports its identity with “keys export”.</source>
        <translation>Only the ministry hub exports a profile; a site exports its identity with “keys export”.</translation>
    </message>
    <message>
        <source>The ministry hub exports its profile with “profile export”.</source>
        <translation>The ministry hub exports its profile with “profile export”.</translation>
    </message>
    <message>
        <source>Written to %1. Fingerprint: %2</source>
        <translation>Written to %1. Fingerprint: %2</translation>
    </message>
    <message>
        <source>Now trusted: %1 (%2). Compare this fingerprint with the one shown at %1: %3</source>
        <translation>Now trusted: %1 (%2). Compare this fingerprint with the one shown at %1: %3</translation>
    </message>
    <message>
        <source>Name the bundle to write with --out FILE.</source>
        <translation>Name the bundle to write with --out FILE.</translation>
    </message>
    <message>
        <source>Name the site the bundle is for with --to SITE_ID.</source>
        <translation>Name the site the bundle is for with --to SITE_ID.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 written to %2: %n records.</source>
        <translation><numerusform>Bundle %1 written to %2: %n record.</numerusform><numerusform>Bundle %1 written to %2: %n records.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: intact, signed by %2, bundle %3, %n records.</source>
        <translation><numerusform>%1: intact, signed by %2, bundle %3, %n record.</numerusform><numerusform>%1: intact, signed by %2, bundle %3, %n records.</numerusform></translation>
    </message>
    <message>
        <source>%1: already imported; nothing changed.</source>
        <translation>%1: already imported; nothing changed.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged, %5 conflicts kept for review.</source>
        <translation>%1: %2 new, %3 changed, %4 unchanged, %5 conflicts kept for review.</translation>
    </message>
    <message>
        <source>Bundles not received yet from %1: %2.</source>
        <translation>Bundles not received yet from %1: %2.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Ministry “%1” trusted. Its fingerprint: %2</source>
        <translation>Ministry “%1” trusted. Its fingerprint: %2</translation>
    </message>
    <message>
        <source>Make this site's keys, sealed under the passphrase.</source>
        <translation>Make this site's keys, sealed under the passphrase.</translation>
    </message>
    <message>
        <source>Show this site's id and key fingerprint.</source>
        <translation>Show this site's id and key fingerprint.</translation>
    </message>
    <message>
        <source>Write this site's public identity for the ministry to enrol.</source>
        <translation>Write this site's public identity for the ministry to enrol.</translation>
    </message>
    <message>
        <source>Ministry: trust a site from its identity file.</source>
        <translation>Ministry: trust a site from its identity file.</translation>
    </message>
    <message>
        <source>List the sites this database trusts.</source>
        <translation>List the sites this database trusts.</translation>
    </message>
    <message>
        <source>Ministry: write the signed profile sites are set up from.</source>
        <translation>Ministry: write the signed profile sites are set up from.</translation>
    </message>
    <message>
        <source>Site: trust the ministry of a profile file.</source>
        <translation>Site: trust the ministry of a profile file.</translation>
    </message>
    <message>
        <source>Write a signed, encrypted bundle of this database's changes.</source>
        <translation>Write a signed, encrypted bundle of this database's changes.</translation>
    </message>
    <message>
        <source>The recipient site (default: the ministry).</source>
        <translation>The recipient site (default: the ministry).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>Check bundles without applying anything.</source>
        <translation>Check bundles without applying anything.</translation>
    </message>
    <message>
        <source>Verify and apply bundles, each one whole or not at all.</source>
        <translation>Verify and apply bundles, each one whole or not at all.</translation>
    </message>
    <message numerus="yes">
        <source>%n residents look like children registered at another site; they wait for a clerk to decide, nothing was merged.</source>
        <translation><numerusform>%n resident looks like a child registered at another site; it waits for a clerk to decide, nothing was merged.</numerusform><numerusform>%n residents look like children registered at another site; they wait for a clerk to decide, nothing was merged.</numerusform></translation>
    </message>
    <message>
        <source>List the versions that lost a conflict at import, for review.</source>
        <translation>List the versions that lost a conflict at import, for review.</translation>
    </message>
    <message>
        <source>List residents that look like a child registered at another site.</source>
        <translation>List residents that look like a child registered at another site.</translation>
    </message>
    <message>
        <source>Say which version stays with --take kept or --take lost.</source>
        <translation>Say which version stays with --take kept or --take lost.</translation>
    </message>
    <message>
        <source>Name the conflict by its number (see “conflicts list”).</source>
        <translation>Name the conflict by its number (see “conflicts list”).</translation>
    </message>
    <message>
        <source>Name the pair by its number (see “duplicates list”).</source>
        <translation>Name the pair by its number (see “duplicates list”).</translation>
    </message>
    <message>
        <source>Decide a conflict: keep the version in force, or take the one that lost.</source>
        <translation>Decide a conflict: keep the version in force, or take the one that lost.</translation>
    </message>
    <message>
        <source>kept or lost.</source>
        <translation>kept or lost.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Record that a probable duplicate pair are two different children.</source>
        <translation>Record that a probable duplicate pair are two different children.</translation>
    </message>
    <message>
        <source>A file holding the passphrase of the site's keys (or set RIAYA_PASSPHRASE).</source>
        <translation>A file holding the passphrase of the site's keys (or set RIAYA_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>In the house on the first day: %1 (capacity %2)</source>
        <translation>In the house on the first day: %1 (capacity %2)</translation>
    </message>
    <message>
        <source>Admissions: %1</source>
        <translation>Admissions: %1</translation>
    </message>
    <message>
        <source>Exits: %1 (left %2, transferred %3, placed in a family %4)</source>
        <translation>Exits: %1 (left %2, transferred %3, placed in a family %4)</translation>
    </message>
    <message>
        <source>In the house after the last day: %1</source>
        <translation>In the house after the last day: %1</translation>
    </message>
    <message>
        <source>Presence marks: %1 present, %2 absent, %3 on leave, %4 sick (rate %5%)</source>
        <translation>Presence marks: %1 present, %2 absent, %3 on leave, %4 sick (rate %5%)</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Incidents: %1</translation>
    </message>
    <message>
        <source>Approved by %1; the next bundle carries these figures.</source>
        <translation>Approved by %1; the next bundle carries these figures.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: the last one that ended).</source>
        <translation>The month, YYYY-MM (default: the last one that ended).</translation>
    </message>
    <message>
        <source>Show a house's figures for a month that has ended.</source>
        <translation>Show a house's figures for a month that has ended.</translation>
    </message>
    <message>
        <source>Approve a month's figures; they travel in the next bundle.</source>
        <translation>Approve a month's figures; they travel in the next bundle.</translation>
    </message>
    <message>
        <source>Send the new identity (“keys export”) to the ministry, which enrols it after revoking the old key.</source>
        <translation>Send the new identity (“keys export”) to the ministry, which enrols it after revoking the old key.</translation>
    </message>
    <message>
        <source>Name the site and say why: keys revoke SITE --reason TEXT.</source>
        <translation>Name the site and say why: keys revoke SITE --reason TEXT.</translation>
    </message>
    <message>
        <source>The key of %1 is revoked: its bundles are refused from now on, and the next reference bundle tells every site.</source>
        <translation>The key of %1 is revoked: its bundles are refused from now on, and the next reference bundle tells every site.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged, %5 conflicts.</source>
        <translation>%1: %2 new, %3 changed, %4 unchanged, %5 conflicts.</translation>
    </message>
    <message>
        <source>This was a preview: nothing was applied.</source>
        <translation>This was a preview: nothing was applied.</translation>
    </message>
    <message>
        <source>Name the pair by its number and the file that stays: duplicates merge ID --keep RESIDENT_ID.</source>
        <translation>Name the pair by its number and the file that stays: duplicates merge ID --keep RESIDENT_ID.</translation>
    </message>
    <message>
        <source>Merged: the file %1 stays and shows the records of both.</source>
        <translation>Merged: the file %1 stays and shows the records of both.</translation>
    </message>
    <message>
        <source>Replace existing keys (after the ministry revoked them).</source>
        <translation>Replace existing keys (after the ministry revoked them).</translation>
    </message>
    <message>
        <source>Ministry: refuse a site's key from now on, everywhere.</source>
        <translation>Ministry: refuse a site's key from now on, everywhere.</translation>
    </message>
    <message>
        <source>Why the key is revoked.</source>
        <translation>Why the key is revoked.</translation>
    </message>
    <message>
        <source>Merge a probable duplicate pair: one child, one file.</source>
        <translation>Merge a probable duplicate pair: one child, one file.</translation>
    </message>
    <message>
        <source>The resident whose file stays.</source>
        <translation>The resident whose file stays.</translation>
    </message>
    <message>
        <source>Show what each bundle would change, and apply nothing.</source>
        <translation>Show what each bundle would change, and apply nothing.</translation>
    </message>
    <message>
        <source>Act as this user (required on a database with user accounts).</source>
        <translation>Act as this user (required on a database with user accounts).</translation>
    </message>
    <message>
        <source>A file holding the user's password (or set RIAYA_PASSWORD).</source>
        <translation>A file holding the user's password (or set RIAYA_PASSWORD).</translation>
    </message>
    <message>
        <source>%1 has user accounts: name yourself with --user NAME (the password from --password-file FILE or RIAYA_PASSWORD).</source>
        <translation>%1 has user accounts: name yourself with --user NAME (the password from --password-file FILE or RIAYA_PASSWORD).</translation>
    </message>
    <message>
        <source>Give the password of %1 with --password-file FILE or RIAYA_PASSWORD.</source>
        <translation>Give the password of %1 with --password-file FILE or RIAYA_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Give the new password with --new-password-file FILE or RIAYA_NEW_PASSWORD.</source>
        <translation>Give the new password with --new-password-file FILE or RIAYA_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Name the account: users add NAME --full-name TEXT --roles ROLE,…</source>
        <translation>Name the account: users add NAME --full-name TEXT --roles ROLE,…</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (disabled)</translation>
    </message>
    <message>
        <source>Name the account.</source>
        <translation>Name the account.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>A file holding the new password (or set RIAYA_NEW_PASSWORD).</source>
        <translation>A file holding the new password (or set RIAYA_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>Administrator: create an account with its roles.</source>
        <translation>Administrator: create an account with its roles.</translation>
    </message>
    <message>
        <source>The person's name.</source>
        <translation>The person's name.</translation>
    </message>
    <message>
        <source>staff, supervisor, inspector, social_worker, clerk, administrator; several with commas.</source>
        <translation>staff, supervisor, inspector, social_worker, clerk, administrator; several with commas.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLES</translation>
    </message>
    <message>
        <source>Administrator: list the accounts.</source>
        <translation>Administrator: list the accounts.</translation>
    </message>
    <message>
        <source>Change your own password (given with --user).</source>
        <translation>Change your own password (given with --user).</translation>
    </message>
    <message>
        <source>Administrator: set a new password for someone who forgot theirs.</source>
        <translation>Administrator: set a new password for someone who forgot theirs.</translation>
    </message>
    <message>
        <source>Administrator: stop an account from signing in.</source>
        <translation>Administrator: stop an account from signing in.</translation>
    </message>
    <message>
        <source>Administrator: let a disabled account sign in again.</source>
        <translation>Administrator: let a disabled account sign in again.</translation>
    </message>
    <message>
        <source>Administrator: set an account's roles.</source>
        <translation>Administrator: set an account's roles.</translation>
    </message>
    <message>
        <source>The roles, with commas.</source>
        <translation>The roles, with commas.</translation>
    </message>
    <message>
        <source>Administrator: lock the window after this many idle minutes.</source>
        <translation>Administrator: lock the window after this many idle minutes.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>Backup written to %1 (%2).</translation>
    </message>
    <message>
        <source>THE AUDIT LOG IS BROKEN: %1</source>
        <translation>THE AUDIT LOG IS BROKEN: %1</translation>
    </message>
    <message>
        <source>Name the backup and the database: --db PATH backup restore FILE.</source>
        <translation>Name the backup and the database: --db PATH backup restore FILE.</translation>
    </message>
    <message>
        <source>The backup opens with the keys' passphrase: --passphrase-file FILE or RIAYA_PASSPHRASE.</source>
        <translation>The backup opens with the keys' passphrase: --passphrase-file FILE or RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>The database it replaced is kept as %1.</translation>
    </message>
    <message>
        <source>Backups go to %1; %2 of each kind are kept.</source>
        <translation>Backups go to %1; %2 of each kind are kept.</translation>
    </message>
    <message>
        <source>The backup folder (a USB stick will do).</source>
        <translation>The backup folder (a USB stick will do).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>How many backups of each kind to keep.</source>
        <translation>How many backups of each kind to keep.</translation>
    </message>
    <message>
        <source>Write an encrypted backup now; the oldest beyond --keep go.</source>
        <translation>Write an encrypted backup now; the oldest beyond --keep go.</translation>
    </message>
    <message>
        <source>List the backups of a folder.</source>
        <translation>List the backups of a folder.</translation>
    </message>
    <message>
        <source>Check a backup, keep the current database aside, put the backup in place.</source>
        <translation>Check a backup, keep the current database aside, put the backup in place.</translation>
    </message>
    <message>
        <source>Set where backups go and how many are kept.</source>
        <translation>Set where backups go and how many are kept.</translation>
    </message>
    <message>
        <source>Name the %1.</source>
        <translation>Name the %1.</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>edition %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n item(s)</numerusform><numerusform>%n item(s)</numerusform></translation>
    </message>
    <message>
        <source>template file</source>
        <translation>template file</translation>
    </message>
    <message>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>Give the file to write with --out.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspection</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of answers by item.</source>
        <translation>%1 is not a JSON object of answers by item.</translation>
    </message>
    <message>
        <source>Give --item and --value, or --file with several answers.</source>
        <translation>Give --item and --value, or --file with several answers.</translation>
    </message>
    <message>
        <source>Answered %1 of %2 items; score so far: %3</source>
        <translation>Answered %1 of %2 items; score so far: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>The report is written in ar, fr or en, not “%1”.</source>
        <translation>The report is written in ar, fr or en, not “%1”.</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>corrective action</translation>
    </message>
    <message>
        <source>List the standards documents and their editions.</source>
        <translation>List the standards documents and their editions.</translation>
    </message>
    <message>
        <source>Publish a new edition from a template file (the ministry).</source>
        <translation>Publish a new edition from a template file (the ministry).</translation>
    </message>
    <message>
        <source>Write an edition as a template file, to edit it.</source>
        <translation>Write an edition as a template file, to edit it.</translation>
    </message>
    <message>
        <source>Start the draft of an inspection.</source>
        <translation>Start the draft of an inspection.</translation>
    </message>
    <message>
        <source>The edition of the standards (default the newest).</source>
        <translation>The edition of the standards (default the newest).</translation>
    </message>
    <message>
        <source>The day of the visit, YYYY-MM-DD (default today).</source>
        <translation>The day of the visit, YYYY-MM-DD (default today).</translation>
    </message>
    <message>
        <source>The inspector's name (default the user signed in).</source>
        <translation>The inspector's name (default the user signed in).</translation>
    </message>
    <message>
        <source>The earlier inspection whose actions this visit checks.</source>
        <translation>The earlier inspection whose actions this visit checks.</translation>
    </message>
    <message>
        <source>Answer items of a draft inspection.</source>
        <translation>Answer items of a draft inspection.</translation>
    </message>
    <message>
        <source>The item's key, e.g. safety.1.2.</source>
        <translation>The item's key, e.g. safety.1.2.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>compliant, partly, not_compliant, na, or a number on the item's scale.</source>
        <translation>compliant, partly, not_compliant, na, or a number on the item's scale.</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>ANSWER</translation>
    </message>
    <message>
        <source>A note on the item.</source>
        <translation>A note on the item.</translation>
    </message>
    <message>
        <source>The evidence seen.</source>
        <translation>The evidence seen.</translation>
    </message>
    <message>
        <source>A JSON file of answers by item key, saved together.</source>
        <translation>A JSON file of answers by item key, saved together.</translation>
    </message>
    <message>
        <source>Write a finding in a draft inspection.</source>
        <translation>Write a finding in a draft inspection.</translation>
    </message>
    <message>
        <source>What was found.</source>
        <translation>What was found.</translation>
    </message>
    <message>
        <source>The item it is about, if one.</source>
        <translation>The item it is about, if one.</translation>
    </message>
    <message>
        <source>minor, major (default) or critical.</source>
        <translation>minor, major (default) or critical.</translation>
    </message>
    <message>
        <source>Finalize a draft; it cannot change afterwards.</source>
        <translation>Finalize a draft; it cannot change afterwards.</translation>
    </message>
    <message>
        <source>Start a corrected version of a finalized inspection.</source>
        <translation>Start a corrected version of a finalized inspection.</translation>
    </message>
    <message>
        <source>Why it is corrected.</source>
        <translation>Why it is corrected.</translation>
    </message>
    <message>
        <source>Throw a draft inspection away.</source>
        <translation>Throw a draft inspection away.</translation>
    </message>
    <message>
        <source>List inspections (the newest version of each), newest visit first.</source>
        <translation>List inspections (the newest version of each), newest visit first.</translation>
    </message>
    <message>
        <source>Only this institution's.</source>
        <translation>Only this institution's.</translation>
    </message>
    <message>
        <source>Show an inspection's scores per section, findings and actions.</source>
        <translation>Show an inspection's scores per section, findings and actions.</translation>
    </message>
    <message>
        <source>Write an inspection's report as a PDF.</source>
        <translation>Write an inspection's report as a PDF.</translation>
    </message>
    <message>
        <source>The report's language: ar, fr or en (default that of messages).</source>
        <translation>The report's language: ar, fr or en (default that of messages).</translation>
    </message>
    <message>
        <source>Raise a corrective action from a finding.</source>
        <translation>Raise a corrective action from a finding.</translation>
    </message>
    <message>
        <source>The inspection.</source>
        <translation>The inspection.</translation>
    </message>
    <message>
        <source>The finding it answers.</source>
        <translation>The finding it answers.</translation>
    </message>
    <message>
        <source>What must be done.</source>
        <translation>What must be done.</translation>
    </message>
    <message>
        <source>Who answers for it.</source>
        <translation>Who answers for it.</translation>
    </message>
    <message>
        <source>By when, YYYY-MM-DD.</source>
        <translation>By when, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>List corrective actions, the earliest due first.</source>
        <translation>List corrective actions, the earliest due first.</translation>
    </message>
    <message>
        <source>Only this inspection's.</source>
        <translation>Only this inspection's.</translation>
    </message>
    <message>
        <source>Only those past their due date.</source>
        <translation>Only those past their due date.</translation>
    </message>
    <message>
        <source>Only those open or in progress.</source>
        <translation>Only those open or in progress.</translation>
    </message>
    <message>
        <source>Move a corrective action on.</source>
        <translation>Move a corrective action on.</translation>
    </message>
    <message>
        <source>open, in_progress, done or verified.</source>
        <translation>open, in_progress, done or verified.</translation>
    </message>
    <message>
        <source>What was seen or done.</source>
        <translation>What was seen or done.</translation>
    </message>
    <message>
        <source>The follow-up inspection that verified it.</source>
        <translation>The follow-up inspection that verified it.</translation>
    </message>
    <message>
        <source>The day of the change (default today).</source>
        <translation>The day of the change (default today).</translation>
    </message>
    <message>
        <source>“%1” is not NAME:RELATIONSHIP:BIRTH-YEAR.</source>
        <translation>“%1” is not NAME:RELATIONSHIP:BIRTH-YEAR.</translation>
    </message>
    <message>
        <source>--ages is MIN-MAX in years, e.g. 3-10.</source>
        <translation>--ages is MIN-MAX in years, e.g. 3-10.</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>--visits-every is INTERVAL:FIRST-MONTHS:LATER-INTERVAL, e.g. 1:6:3.</source>
        <translation>--visits-every is INTERVAL:FIRST-MONTHS:LATER-INTERVAL, e.g. 1:6:3.</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>placement</translation>
    </message>
    <message>
        <source>Active placements: %1</source>
        <translation>Active placements: %1</translation>
    </message>
    <message>
        <source>Overdue visits: %1</source>
        <translation>Overdue visits: %1</translation>
    </message>
    <message>
        <source>Register a family at the enquiry stage.</source>
        <translation>Register a family at the enquiry stage.</translation>
    </message>
    <message>
        <source>The family name.</source>
        <translation>The family name.</translation>
    </message>
    <message>
        <source>The family name in Latin letters.</source>
        <translation>The family name in Latin letters.</translation>
    </message>
    <message>
        <source>A head of the family, NAME:RELATIONSHIP:BIRTH-YEAR; repeat for two.</source>
        <translation>A head of the family, NAME:RELATIONSHIP:BIRTH-YEAR; repeat for two.</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MEMBER</translation>
    </message>
    <message>
        <source>Another member, NAME:RELATIONSHIP:BIRTH-YEAR; repeat.</source>
        <translation>Another member, NAME:RELATIONSHIP:BIRTH-YEAR; repeat.</translation>
    </message>
    <message>
        <source>The family's address.</source>
        <translation>The family's address.</translation>
    </message>
    <message>
        <source>The family's region.</source>
        <translation>The family's region.</translation>
    </message>
    <message>
        <source>The family's province.</source>
        <translation>The family's province.</translation>
    </message>
    <message>
        <source>The family's phone number.</source>
        <translation>The family's phone number.</translation>
    </message>
    <message>
        <source>The heads' occupation.</source>
        <translation>The heads' occupation.</translation>
    </message>
    <message>
        <source>none, low, middle or high.</source>
        <translation>none, low, middle or high.</translation>
    </message>
    <message>
        <source>BAND</source>
        <translation>BAND</translation>
    </message>
    <message>
        <source>A document received (%1); repeat.</source>
        <translation>A document received (%1); repeat.</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>DOCUMENT</translation>
    </message>
    <message>
        <source>How many children it may receive (default 1).</source>
        <translation>How many children it may receive (default 1).</translation>
    </message>
    <message>
        <source>Preferred ages, MIN-MAX.</source>
        <translation>Preferred ages, MIN-MAX.</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>RANGE</translation>
    </message>
    <message>
        <source>Preferred sex, F or M.</source>
        <translation>Preferred sex, F or M.</translation>
    </message>
    <message>
        <source>The day of the enquiry (default today).</source>
        <translation>The day of the enquiry (default today).</translation>
    </message>
    <message>
        <source>List or search the families.</source>
        <translation>List or search the families.</translation>
    </message>
    <message>
        <source>Names as typed, in either script.</source>
        <translation>Names as typed, in either script.</translation>
    </message>
    <message>
        <source>Only families in this state.</source>
        <translation>Only families in this state.</translation>
    </message>
    <message>
        <source>Show a family with its history, home studies and placements.</source>
        <translation>Show a family with its history, home studies and placements.</translation>
    </message>
    <message>
        <source>Record a decision on a family.</source>
        <translation>Record a decision on a family.</translation>
    </message>
    <message>
        <source>The new state: %1.</source>
        <translation>The new state: %1.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Why.</translation>
    </message>
    <message>
        <source>The approval's number.</source>
        <translation>The approval's number.</translation>
    </message>
    <message>
        <source>When the approval must be renewed.</source>
        <translation>When the approval must be renewed.</translation>
    </message>
    <message>
        <source>The day of the decision (default today).</source>
        <translation>The day of the decision (default today).</translation>
    </message>
    <message>
        <source>Record a home study of a family.</source>
        <translation>Record a home study of a family.</translation>
    </message>
    <message>
        <source>Who made it.</source>
        <translation>Who made it.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The day of the study (default today).</source>
        <translation>The day of the study (default today).</translation>
    </message>
    <message>
        <source>Place a child with an approved family.</source>
        <translation>Place a child with an approved family.</translation>
    </message>
    <message>
        <source>The child.</source>
        <translation>The child.</translation>
    </message>
    <message>
        <source>The family.</source>
        <translation>The family.</translation>
    </message>
    <message>
        <source>kafala (default) or placement_order.</source>
        <translation>kafala (default) or placement_order.</translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <source>The decision's or order's reference.</source>
        <translation>The decision's or order's reference.</translation>
    </message>
    <message>
        <source>When the placement is reviewed.</source>
        <translation>When the placement is reviewed.</translation>
    </message>
    <message>
        <source>Visit plan INTERVAL:FIRST-MONTHS:LATER-INTERVAL in months (default 1:6:3).</source>
        <translation>Visit plan INTERVAL:FIRST-MONTHS:LATER-INTERVAL in months (default 1:6:3).</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>The first day in the family (default today).</source>
        <translation>The first day in the family (default today).</translation>
    </message>
    <message>
        <source>End a placement with its outcome.</source>
        <translation>End a placement with its outcome.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>Why (required for a return).</source>
        <translation>Why (required for a return).</translation>
    </message>
    <message>
        <source>Where a child returning to an institution goes.</source>
        <translation>Where a child returning to an institution goes.</translation>
    </message>
    <message>
        <source>The last day (default today).</source>
        <translation>The last day (default today).</translation>
    </message>
    <message>
        <source>List placements, newest first.</source>
        <translation>List placements, newest first.</translation>
    </message>
    <message>
        <source>Only those not ended.</source>
        <translation>Only those not ended.</translation>
    </message>
    <message>
        <source>Only this family's.</source>
        <translation>Only this family's.</translation>
    </message>
    <message>
        <source>Only this child's.</source>
        <translation>Only this child's.</translation>
    </message>
    <message>
        <source>Record a follow-up visit.</source>
        <translation>Record a follow-up visit.</translation>
    </message>
    <message>
        <source>Who visited.</source>
        <translation>Who visited.</translation>
    </message>
    <message>
        <source>good, fair or poor.</source>
        <translation>good, fair or poor.</translation>
    </message>
    <message>
        <source>How school goes.</source>
        <translation>How school goes.</translation>
    </message>
    <message>
        <source>The child's health.</source>
        <translation>The child's health.</translation>
    </message>
    <message>
        <source>Concerns seen or heard.</source>
        <translation>Concerns seen or heard.</translation>
    </message>
    <message>
        <source>What happens next.</source>
        <translation>What happens next.</translation>
    </message>
    <message>
        <source>The day of the visit (default today).</source>
        <translation>The day of the visit (default today).</translation>
    </message>
    <message>
        <source>List a placement's visits.</source>
        <translation>List a placement's visits.</translation>
    </message>
    <message>
        <source>List the placements whose follow-up visit is overdue.</source>
        <translation>List the placements whose follow-up visit is overdue.</translation>
    </message>
    <message>
        <source>The figures of family-based care for the ministry.</source>
        <translation>The figures of family-based care for the ministry.</translation>
    </message>
    <message>
        <source>First month, YYYY-MM (default 11 months before --to).</source>
        <translation>First month, YYYY-MM (default 11 months before --to).</translation>
    </message>
    <message>
        <source>Last month, YYYY-MM (default this month).</source>
        <translation>Last month, YYYY-MM (default this month).</translation>
    </message>
    <message numerus="yes">
        <source>Case work: %n foster families</source>
        <translation><numerusform>Case work: %n foster families</numerusform><numerusform>Case work: %n foster families</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n placements</source>
        <translation><numerusform>%n placement</numerusform><numerusform>%n placements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n inspections</source>
        <translation><numerusform>%n inspection</numerusform><numerusform>%n inspections</numerusform></translation>
    </message>
    <message>
        <source>Add foster families, placements and inspections with corrective actions.</source>
        <translation>Add foster families, placements and inspections with corrective actions.</translation>
    </message>
    <message>
        <source>Give the keys' passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE: it opens the current keys and seals the new ones.</source>
        <translation>Give the keys' passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE: it opens the current keys and seals the new ones.</translation>
    </message>
    <message>
        <source>The ministry's keys are rotated. New fingerprint: %1 (it was %2).</source>
        <translation>The ministry's keys are rotated. New fingerprint: %1 (it was %2).</translation>
    </message>
    <message>
        <source>Every bundle from now on is signed with the new key and carries the statement signed by both keys: each site trusts the new keys at its next import. Sites set up from now on need the new profile (“profile export”).</source>
        <translation>Every bundle from now on is signed with the new key and carries the statement signed by both keys: each site trusts the new keys at its next import. Sites set up from now on need the new profile (“profile export”).</translation>
    </message>
    <message>
        <source>Ministry: new keys, handed over by a statement signed by the old and the new key.</source>
        <translation>Ministry: new keys, handed over by a statement signed by the old and the new key.</translation>
    </message>
    <message>
        <source>The audit history of %1 was rewritten: %2</source>
        <translation>The audit history of %1 was rewritten: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit history of %1 is as it signed it: %n signed heads received.</source>
        <translation><numerusform>The audit history of %1 is as it signed it: %n signed head received.</numerusform><numerusform>The audit history of %1 is as it signed it: %n signed heads received.</numerusform></translation>
    </message>
    <message>
        <source>The audit log of %1 has been rewritten: %2</source>
        <translation>The audit log of %1 has been rewritten: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n signed heads match it, %1 of them countersigned by the ministry.</source>
        <translation><numerusform>%n signed head matches it, %1 of them countersigned by the ministry.</numerusform><numerusform>%n signed heads match it, %1 of them countersigned by the ministry.</numerusform></translation>
    </message>
    <message>
        <source>Check that no audit entry was edited, removed or reordered, against the signed heads too.</source>
        <translation>Check that no audit entry was edited, removed or reordered, against the signed heads too.</translation>
    </message>
    <message>
        <source>At the ministry: check a site's history against the signed heads received from it.</source>
        <translation>At the ministry: check a site's history against the signed heads received from it.</translation>
    </message>
    <message>
        <source>SITE_ID</source>
        <translation>SITE_ID</translation>
    </message>
    <message numerus="yes">
        <source>%n records were stamped by a clock %1 days ahead of this one; they wait for a clerk (conflicts list) and win over nothing.</source>
        <translation><numerusform>%n record was stamped by a clock %1 days ahead of this one; it waits for a clerk (conflicts list) and wins over nothing.</numerusform><numerusform>%n records were stamped by a clock %1 days ahead of this one; they wait for a clerk (conflicts list) and win over nothing.</numerusform></translation>
    </message>
    <message>
        <source>This bundle starts a new history of its sender; the earlier bundles from number %1 on were set aside, their records kept.</source>
        <translation>This bundle starts a new history of its sender; the earlier bundles from number %1 on were set aside, their records kept.</translation>
    </message>
    <message>
        <source>Warning: %1 (%2)</source>
        <translation>Warning: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>(clock %n days ahead)</source>
        <translation><numerusform>(clock %n day ahead)</numerusform><numerusform>(clock %n days ahead)</numerusform></translation>
    </message>
    <message>
        <source>Accept a bundle that starts a new history of its sender (a site restored from an old backup), after checking with the site.</source>
        <translation>Accept a bundle that starts a new history of its sender (a site restored from an old backup), after checking with the site.</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>corrective action past its due date</comment>
        <translation>overdue</translation>
    </message>
    <message>
        <source>finalized</source>
        <comment>state of an inspection</comment>
        <translation>finalized</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>state of an inspection</comment>
        <translation>draft</translation>
    </message>
    <message>
        <source>active</source>
        <comment>a placement still running</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>now</source>
        <comment>a stay still open</comment>
        <translation>now</translation>
    </message>
    <message>
        <source>[voided: %1]</source>
        <translation>[voided: %1]</translation>
    </message>
    <message>
        <source>Incident %1 voided.</source>
        <translation>Incident %1 voided.</translation>
    </message>
    <message>
        <source>Void an incident written down by mistake (it stays listed, with the reason, and is no longer counted).</source>
        <translation>Void an incident written down by mistake (it stays listed, with the reason, and is no longer counted).</translation>
    </message>
    <message>
        <source>Why it is voided (required).</source>
        <translation>Why it is voided (required).</translation>
    </message>
    <message>
        <source>Give the current passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE.</source>
        <translation>Give the current passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Give the new passphrase with --new-passphrase-file FILE or RIAYA_NEW_PASSPHRASE.</source>
        <translation>Give the new passphrase with --new-passphrase-file FILE or RIAYA_NEW_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The keys are sealed under the new passphrase. Backups made before still open with the old one.</source>
        <translation>The keys are sealed under the new passphrase. Backups made before still open with the old one.</translation>
    </message>
    <message>
        <source>Seal this site's keys under a new passphrase.</source>
        <translation>Seal this site's keys under a new passphrase.</translation>
    </message>
    <message>
        <source>A file holding the new passphrase (or set RIAYA_NEW_PASSPHRASE).</source>
        <translation>A file holding the new passphrase (or set RIAYA_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Complete: every day has its presence marks and no result is missing.</source>
        <translation>Complete: every day has its presence marks and no result is missing.</translation>
    </message>
    <message>
        <source>Incomplete:</source>
        <translation>Incomplete:</translation>
    </message>
    <message>
        <source>Approved as incomplete by %1; the next bundle carries these figures and what was missing.</source>
        <translation>Approved as incomplete by %1; the next bundle carries these figures and what was missing.</translation>
    </message>
    <message>
        <source>Who approves, on a database without accounts (else the person signed in with --user approves).</source>
        <translation>Who approves, on a database without accounts (else the person signed in with --user approves).</translation>
    </message>
    <message>
        <source>Approve a month whose presence marks or school results are incomplete (“month figures” lists what is missing).</source>
        <translation>Approve a month whose presence marks or school results are incomplete (“month figures” lists what is missing).</translation>
    </message>
    <message>
        <source>Name the pair by its number (see “duplicates list --decided”).</source>
        <translation>Name the pair by its number (see “duplicates list --decided”).</translation>
    </message>
    <message>
        <source>Undone: the pair waits for a decision again.</source>
        <translation>Undone: the pair waits for a decision again.</translation>
    </message>
    <message>
        <source>Changed since the merge, these details stay in the kept file: %1</source>
        <translation>Changed since the merge, these details stay in the kept file: %1</translation>
    </message>
    <message>
        <source>List the pairs already decided instead.</source>
        <translation>List the pairs already decided instead.</translation>
    </message>
    <message>
        <source>Undo the decision on a pair: it waits again; a merge is undone, each file as it was.</source>
        <translation>Undo the decision on a pair: it waits again; a merge is undone, each file as it was.</translation>
    </message>
    <message>
        <source>Whom the site's institution receives: F (girls), M (boys); both when not given.</source>
        <translation>Whom the site's institution receives: F (girls), M (boys); both when not given.</translation>
    </message>
    <message>
        <source>Whom it receives: F (girls), M (boys); both when not given.</source>
        <translation>Whom it receives: F (girls), M (boys); both when not given.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: the current one).</source>
        <translation>The month, YYYY-MM (default: the current one).</translation>
    </message>
    <message>
        <source>Only the institutions of a region.</source>
        <translation>Only the institutions of a region.</translation>
    </message>
    <message>
        <source>Only the institutions of a province.</source>
        <translation>Only the institutions of a province.</translation>
    </message>
    <message>
        <source>Only one type of institution (as stored: student_house, ...).</source>
        <translation>Only one type of institution (as stored: student_house, ...).</translation>
    </message>
    <message>
        <source>The report's language: ar, fr or en (default: the language of the messages).</source>
        <translation>The report's language: ar, fr or en (default: the language of the messages).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--language is one of %1.</source>
        <translation>--language is one of %1.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Wrote %1 to %2.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.pdf, .xlsx or .csv.</source>
        <translation>Name the file to write with --out FILE.pdf, .xlsx or .csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n bundles sent, not received</source>
        <translation><numerusform>%n bundle sent, not received</numerusform><numerusform>%n bundles sent, not received</numerusform></translation>
    </message>
    <message>
        <source>There is no figure %1 with a list here.</source>
        <translation>There is no figure %1 with a list here.</translation>
    </message>
    <message numerus="yes">
        <source>Computed the figures of %n institutions again.</source>
        <translation><numerusform>Computed the figures of %n institution again.</numerusform><numerusform>Computed the figures of %n institutions again.</numerusform></translation>
    </message>
    <message>
        <source>Show the figures of the home page (a house's, or the ministry's).</source>
        <translation>Show the figures of the home page (a house's, or the ministry's).</translation>
    </message>
    <message>
        <source>Show the list behind one figure (its id).</source>
        <translation>Show the list behind one figure (its id).</translation>
    </message>
    <message>
        <source>FIGURE</source>
        <translation>FIGURE</translation>
    </message>
    <message>
        <source>Write a house's monthly report (PDF, XLSX or CSV).</source>
        <translation>Write a house's monthly report (PDF, XLSX or CSV).</translation>
    </message>
    <message>
        <source>Write the national monthly report (PDF, XLSX or CSV).</source>
        <translation>Write the national monthly report (PDF, XLSX or CSV).</translation>
    </message>
    <message>
        <source>List the sites and whether they have sent a month.</source>
        <translation>List the sites and whether they have sent a month.</translation>
    </message>
    <message>
        <source>Compute every figure of the home pages and reports again from the records.</source>
        <translation>Compute every figure of the home pages and reports again from the records.</translation>
    </message>
    <message>
        <source>--month-bundle is for a site's demo with --case-work.</source>
        <translation>--month-bundle is for a site's demo with --case-work.</translation>
    </message>
    <message numerus="yes">
        <source>Months: %n bundles received</source>
        <translation><numerusform>Months: %n bundle received</numerusform><numerusform>Months: %n bundles received</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n months approved</source>
        <translation><numerusform>%n month approved</numerusform><numerusform>%n months approved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sites have not sent %1</source>
        <translation><numerusform>%n site have not sent %1</numerusform><numerusform>%n sites have not sent %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them silent for more than %1 days</source>
        <translation><numerusform>%n of them silent for more than %1 days</numerusform><numerusform>%n of them silent for more than %1 days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sent late</source>
        <translation><numerusform>%n sent late</numerusform><numerusform>%n sent late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with a bundle missing</source>
        <translation><numerusform>%n with a bundle missing</numerusform><numerusform>%n with a bundle missing</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n houses over capacity</source>
        <translation><numerusform>%n house over capacity</numerusform><numerusform>%n houses over capacity</numerusform></translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation>%1 approved.</translation>
    </message>
    <message>
        <source>On a site, with --case-work: write the bundle that carries the approved month to FILE, as the month close does (needs the keys' passphrase and the ministry's profile).</source>
        <translation>On a site, with --case-work: write the bundle that carries the approved month to FILE, as the month close does (needs the keys' passphrase and the ministry's profile).</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>request</source>
        <comment>between sites</comment>
        <translation>request</translation>
    </message>
    <message>
        <source>Ask another house to take a child's file (the ministry relays it).</source>
        <translation>Ask another house to take a child's file (the ministry relays it).</translation>
    </message>
    <message>
        <source>The institution that would receive the child.</source>
        <translation>The institution that would receive the child.</translation>
    </message>
    <message>
        <source>Why the child moves.</source>
        <translation>Why the child moves.</translation>
    </message>
    <message>
        <source>The day the child moves (default today).</source>
        <translation>The day the child moves (default today).</translation>
    </message>
    <message>
        <source>At a regional office: ask the house that holds a child's file for access to place the child.</source>
        <translation>At a regional office: ask the house that holds a child's file for access to place the child.</translation>
    </message>
    <message>
        <source>The house's institution, when the file is not here yet.</source>
        <translation>The house's institution, when the file is not here yet.</translation>
    </message>
    <message>
        <source>List requests between sites, those waiting first.</source>
        <translation>List requests between sites, those waiting first.</translation>
    </message>
    <message>
        <source>Only those asked of this site.</source>
        <translation>Only those asked of this site.</translation>
    </message>
    <message>
        <source>Only those made here.</source>
        <translation>Only those made here.</translation>
    </message>
    <message>
        <source>Only those waiting for a decision.</source>
        <translation>Only those waiting for a decision.</translation>
    </message>
    <message>
        <source>Accept a request asked of this site: a transfer moves the file here, an access grants placements.</source>
        <translation>Accept a request asked of this site: a transfer moves the file here, an access grants placements.</translation>
    </message>
    <message>
        <source>A note for the site that asked.</source>
        <translation>A note for the site that asked.</translation>
    </message>
    <message>
        <source>The institution that receives the child (default the one asked).</source>
        <translation>The institution that receives the child (default the one asked).</translation>
    </message>
    <message>
        <source>The last day of an access, YYYY-MM-DD.</source>
        <translation>The last day of an access, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Refuse a request asked of this site.</source>
        <translation>Refuse a request asked of this site.</translation>
    </message>
    <message>
        <source>Why, for the site that asked.</source>
        <translation>Why, for the site that asked.</translation>
    </message>
    <message>
        <source>Cancel a request made here that nobody decided yet.</source>
        <translation>Cancel a request made here that nobody decided yet.</translation>
    </message>
    <message>
        <source>Propose to the ministry new details for an institution this site runs.</source>
        <translation>Propose to the ministry new details for an institution this site runs.</translation>
    </message>
    <message>
        <source>The institution (default this site's).</source>
        <translation>The institution (default this site's).</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>The new value.</translation>
    </message>
    <message>
        <source>The new number of places.</source>
        <translation>The new number of places.</translation>
    </message>
    <message>
        <source>F (girls), M (boys).</source>
        <translation>F (girls), M (boys).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD.</source>
        <translation>YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Why the details change.</source>
        <translation>Why the details change.</translation>
    </message>
    <message>
        <source>At the ministry: send an institution, its inspections and actions to an inspector's site, which may then inspect it.</source>
        <translation>At the ministry: send an institution, its inspections and actions to an inspector's site, which may then inspect it.</translation>
    </message>
    <message>
        <source>The inspector's enrolled site.</source>
        <translation>The inspector's enrolled site.</translation>
    </message>
    <message>
        <source>Why (default: inspection).</source>
        <translation>Why (default: inspection).</translation>
    </message>
    <message>
        <source>The last day, YYYY-MM-DD.</source>
        <translation>The last day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>List the access this site gave and was given.</source>
        <translation>List the access this site gave and was given.</translation>
    </message>
    <message>
        <source>End an access this site gave.</source>
        <translation>End an access this site gave.</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>grant</translation>
    </message>
    <message>
        <source>At the inspected house: record the work done on a corrective action.</source>
        <translation>At the inspected house: record the work done on a corrective action.</translation>
    </message>
    <message>
        <source>open, in_progress or done.</source>
        <translation>open, in_progress or done.</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>What was done.</translation>
    </message>
    <message>
        <source>What shows it.</source>
        <translation>What shows it.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: not a mapping: write a JSON object of {"column header": "field"} (%2).</source>
        <translation>%1: not a mapping: write a JSON object of {"column header": "field"} (%2).</translation>
    </message>
    <message>
        <source>Text file in %1 (detected: %2, %3%), fields separated by “%4”.</source>
        <translation>Text file in %1 (detected: %2, %3%), fields separated by “%4”.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 (%3).</source>
        <translation>Sheet “%1” of %2 (%3).</translation>
    </message>
    <message>
        <source>Headers on row %1:</source>
        <translation>Headers on row %1:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Would add %1, update %2, skip %3 already there; %4 with problems.</source>
        <translation>Would add %1, update %2, skip %3 already there; %4 with problems.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3 already there; %4 with problems.</source>
        <translation>Added %1, updated %2, skipped %3 already there; %4 with problems.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>Row %1 (%2) is probably %3, already registered (%4, likeness %5%).</source>
        <translation>Row %1 (%2) is probably %3, already registered (%4, likeness %5%).</translation>
    </message>
    <message>
        <source>The rows with problems are saved in %1, to correct and import again.</source>
        <translation>The rows with problems are saved in %1, to correct and import again.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>Name the file to import.</translation>
    </message>
    <message>
        <source>--valid-only needs --rejects FILE, where the rows with problems are saved.</source>
        <translation>--valid-only needs --rejects FILE, where the rows with problems are saved.</translation>
    </message>
    <message>
        <source>Say where to write the template with --out FILE (.xlsx or .csv).</source>
        <translation>Say where to write the template with --out FILE (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>The workbook's sheet to read (the first by default).</source>
        <translation>The workbook's sheet to read (the first by default).</translation>
    </message>
    <message>
        <source>A JSON file {"column header": "field"} that says which column fills which field.</source>
        <translation>A JSON file {"column header": "field"} that says which column fills which field.</translation>
    </message>
    <message>
        <source>Read a text file in this encoding (windows-1256, UTF-8, UTF-16...) instead of the one detected.</source>
        <translation>Read a text file in this encoding (windows-1256, UTF-8, UTF-16...) instead of the one detected.</translation>
    </message>
    <message>
        <source>Say what the import would do; change nothing.</source>
        <translation>Say what the import would do; change nothing.</translation>
    </message>
    <message>
        <source>Import the rows without problems, and save the others with --rejects.</source>
        <translation>Import the rows without problems, and save the others with --rejects.</translation>
    </message>
    <message>
        <source>Where to save the rows with problems (.csv or .xlsx), to correct and import again.</source>
        <translation>Where to save the rows with problems (.csv or .xlsx), to correct and import again.</translation>
    </message>
    <message>
        <source>Import residents from a spreadsheet (XLSX, XLS, CSV), with their admission.</source>
        <translation>Import residents from a spreadsheet (XLSX, XLS, CSV), with their admission.</translation>
    </message>
    <message>
        <source>Write an empty residents roster to fill in (.xlsx or .csv).</source>
        <translation>Write an empty residents roster to fill in (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>Import institutions from a spreadsheet, at the ministry.</source>
        <translation>Import institutions from a spreadsheet, at the ministry.</translation>
    </message>
    <message>
        <source>Write an empty list of institutions to fill in (.xlsx or .csv).</source>
        <translation>Write an empty list of institutions to fill in (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>Import foster families from a spreadsheet, one row per member.</source>
        <translation>Import foster families from a spreadsheet, one row per member.</translation>
    </message>
    <message>
        <source>Write an empty register of families to fill in (.xlsx or .csv).</source>
        <translation>Write an empty register of families to fill in (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>%1 characters cannot be read in %2: the file is probably in another encoding (try --encoding windows-1256 or UTF-8).</source>
        <translation>%1 characters cannot be read in %2: the file is probably in another encoding (try --encoding windows-1256 or UTF-8).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping names “%1”, which is not a field of this kind of file; the fields are: %2.</source>
        <translation>The mapping names “%1”, which is not a field of this kind of file; the fields are: %2.</translation>
    </message>
    <message>
        <source>The mapping names the column “%1”, which this file does not have.</source>
        <translation>The mapping names the column “%1”, which this file does not have.</translation>
    </message>
    <message>
        <source>The mapping gives the field “%1” to two columns.</source>
        <translation>The mapping gives the field “%1” to two columns.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvSheet</name>
    <message>
        <source>%1 ends inside a quoted cell opened on row %2: a closing quote (") is missing.</source>
        <translation>%1 ends inside a quoted cell opened on row %2: a closing quote (") is missing.</translation>
    </message>
    <message>
        <source>%1: row %2 has a cell longer than %3 characters, more than a spreadsheet holds (a quote (") that is never closed?).</source>
        <translation>%1: row %2 has a cell longer than %3 characters, more than a spreadsheet holds (a quote (") that is never closed?).</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 cells, more than a spreadsheet holds.</source>
        <translation>%1: row %2 has more than %3 cells, more than a spreadsheet holds.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read in the encoding “%2”: Riaya does not know it (try UTF-8 or windows-1256).</source>
        <translation>%1 cannot be read in the encoding “%2”: Riaya does not know it (try UTF-8 or windows-1256).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no rows to import.</source>
        <translation>%1 is empty: it has no rows to import.</translation>
    </message>
    <message>
        <source>%1 cannot be read further than row %2: %3</source>
        <translation>%1 cannot be read further than row %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be read again from its start: %2</source>
        <translation>%1 cannot be read again from its start: %2</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Cannot read the figures: %1</source>
        <translation>Cannot read the figures: %1</translation>
    </message>
    <message>
        <source>Admissions in %1</source>
        <translation>Admissions in %1</translation>
    </message>
    <message>
        <source>Exits in %1</source>
        <translation>Exits in %1</translation>
    </message>
    <message>
        <source>Presence in %1</source>
        <translation>Presence in %1</translation>
    </message>
    <message>
        <source>No marks yet</source>
        <translation>No marks yet</translation>
    </message>
    <message>
        <source>School success, %1</source>
        <translation>School success, %1</translation>
    </message>
    <message>
        <source>Incidents in %1</source>
        <translation>Incidents in %1</translation>
    </message>
    <message>
        <source>Corrective actions overdue</source>
        <translation>Corrective actions overdue</translation>
    </message>
    <message>
        <source>Corrective actions due within 30 days</source>
        <translation>Corrective actions due within 30 days</translation>
    </message>
    <message>
        <source>Presence rate by month</source>
        <translation>Presence rate by month</translation>
    </message>
    <message>
        <source>Admissions by month</source>
        <translation>Admissions by month</translation>
    </message>
    <message>
        <source>Exits by month</source>
        <translation>Exits by month</translation>
    </message>
    <message>
        <source>Residents in the house today</source>
        <translation>Residents in the house today</translation>
    </message>
    <message>
        <source>Days of this month without presence marks</source>
        <translation>Days of this month without presence marks</translation>
    </message>
    <message>
        <source>Close of %1</source>
        <translation>Close of %1</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approved by %1 on %2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Not approved yet</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Residents against places</source>
        <translation>Residents against places</translation>
    </message>
    <message>
        <source>Institutions over capacity</source>
        <translation>Institutions over capacity</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <source>Sites that have not sent %1</source>
        <translation>Sites that have not sent %1</translation>
    </message>
    <message numerus="yes">
        <source>Sites silent for more than %n days</source>
        <translation><numerusform>Sites silent for more than %n day</numerusform><numerusform>Sites silent for more than %n days</numerusform></translation>
    </message>
    <message>
        <source>Occupancy by region</source>
        <translation>Occupancy by region</translation>
    </message>
    <message>
        <source>Residents by school level</source>
        <translation>Residents by school level</translation>
    </message>
    <message>
        <source>Not in school</source>
        <translation>Not in school</translation>
    </message>
    <message>
        <source>Incidents by kind</source>
        <translation>Incidents by kind</translation>
    </message>
    <message>
        <source>Latest inspection score of each institution</source>
        <translation>Latest inspection score of each institution</translation>
    </message>
    <message>
        <source>Children placed in families</source>
        <translation>Children placed in families</translation>
    </message>
    <message>
        <source>Placements started in %1</source>
        <translation>Placements started in %1</translation>
    </message>
    <message>
        <source>Placements ended in %1</source>
        <translation>Placements ended in %1</translation>
    </message>
    <message>
        <source>Returns from families in %1</source>
        <translation>Returns from families in %1</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>Follow-up visits overdue</translation>
    </message>
    <message>
        <source>Foster families by state</source>
        <translation>Foster families by state</translation>
    </message>
    <message>
        <source>not exported yet</source>
        <translation>not exported yet</translation>
    </message>
    <message>
        <source>exported on %1, acknowledged</source>
        <translation>exported on %1, acknowledged</translation>
    </message>
    <message>
        <source>exported on %1, not acknowledged yet</source>
        <translation>exported on %1, not acknowledged yet</translation>
    </message>
    <message>
        <source>Residents by status</source>
        <translation>Residents by status</translation>
    </message>
    <message>
        <source>Mean inspection score by month</source>
        <translation>Mean inspection score by month</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>The database %1 is damaged (%2). Restore it from a backup.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Riaya window or command (process %2 on %3). Close it first; only one may write at a time.</source>
        <translation>The database %1 is already open in another Riaya window or command (process %2 on %3). Close it first; only one may write at a time.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: the folder is not writable or the disk is full.</source>
        <translation>Cannot lock the database %1: the folder is not writable or the disk is full.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with “riaya-cli --db %1 init”.</source>
        <translation>There is no database at %1. Create one with “riaya-cli --db %1 init”.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>The folder of %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver of this installation cannot run Riaya's search.</source>
        <translation>The SQLite driver of this installation cannot run Riaya's search.</translation>
    </message>
    <message>
        <source>%1 is not a Riaya database, or it is damaged: %2</source>
        <translation>%1 is not a Riaya database, or it is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is not a Riaya database.</source>
        <translation>%1 is not a Riaya database.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Riaya (schema %2; this version knows schema %3). Update Riaya to open it; the file was not changed.</source>
        <translation>%1 was written by a newer version of Riaya (schema %2; this version knows schema %3). Update Riaya to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Cannot prepare the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to schema %2: %3. It was left as it was.</source>
        <translation>Cannot update the database %1 to schema %2: %3. It was left as it was.</translation>
    </message>
    <message>
        <source>Cannot read the site of %1: %2</source>
        <translation>Cannot read the site of %1: %2</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>the file is not an SQLite database</translation>
    </message>
    <message>
        <source>Cannot copy %1 before updating it: %2. It was left as it was.</source>
        <translation>Cannot copy %1 before updating it: %2. It was left as it was.</translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file while Riaya had it open. Nothing more is written to it: close Riaya, then restore the latest backup or put the file back.</source>
        <translation>The database file %1 was replaced by another file while Riaya had it open. Nothing more is written to it: close Riaya, then restore the latest backup or put the file back.</translation>
    </message>
    <message>
        <source>The database file %1 was deleted while Riaya had it open. Nothing more is written to it: close Riaya, then restore the latest backup or put the file back.</source>
        <translation>The database file %1 was deleted while Riaya had it open. Nothing more is written to it: close Riaya, then restore the latest backup or put the file back.</translation>
    </message>
</context>
<context>
    <name>DemoCaseWork</name>
    <message>
        <source>The demo data could not be saved to disk.</source>
        <translation>The demo data could not be saved to disk.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>This site has no institution to fill with demo residents.</source>
        <translation>This site has no institution to fill with demo residents.</translation>
    </message>
    <message>
        <source>The demo made an invalid resident: %1</source>
        <translation>The demo made an invalid resident: %1</translation>
    </message>
    <message>
        <source>The demo word lists are missing from this installation.</source>
        <translation>The demo word lists are missing from this installation.</translation>
    </message>
    <message>
        <source>The demo data could not be saved to disk.</source>
        <translation>The demo data could not be saved to disk.</translation>
    </message>
    <message>
        <source>Set up the database with “init” before adding demo data.</source>
        <translation>Set up the database with “init” before adding demo data.</translation>
    </message>
    <message>
        <source>Choose 0 to 1,000,000 residents and 1 to 10,000 institutions.</source>
        <translation>Choose 0 to 1,000,000 residents and 1 to 10,000 institutions.</translation>
    </message>
    <message>
        <source>This database holds the demo of seed %1 already; choose another seed.</source>
        <translation>This database holds the demo of seed %1 already; choose another seed.</translation>
    </message>
</context>
<context>
    <name>DemoMonths</name>
    <message>
        <source>Cannot read the demo's houses: %1</source>
        <translation>Cannot read the demo's houses: %1</translation>
    </message>
    <message>
        <source>The demo word lists are missing from this installation.</source>
        <translation>The demo word lists are missing from this installation.</translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Cannot look for duplicates: %1</source>
        <translation>Cannot look for duplicates: %1</translation>
    </message>
</context>
<context>
    <name>FamilyDocument</name>
    <message>
        <source>National identity cards</source>
        <translation>National identity cards</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>Marriage certificate</translation>
    </message>
    <message>
        <source>Proof of income</source>
        <translation>Proof of income</translation>
    </message>
    <message>
        <source>Proof of housing</source>
        <translation>Proof of housing</translation>
    </message>
    <message>
        <source>Medical certificates</source>
        <translation>Medical certificates</translation>
    </message>
    <message>
        <source>Criminal-record extracts</source>
        <translation>Criminal-record extracts</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographs</translation>
    </message>
</context>
<context>
    <name>FamilyRoster</name>
    <message>
        <source>Imported from %1</source>
        <translation>Imported from %1</translation>
    </message>
</context>
<context>
    <name>FamilyState</name>
    <message>
        <source>Enquiry</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Home study</source>
        <translation>Home study</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>FamilyStore</name>
    <message>
        <source>The family name is required.</source>
        <translation>The family name is required.</translation>
    </message>
    <message>
        <source>Each member needs a name and a relationship.</source>
        <translation>Each member needs a name and a relationship.</translation>
    </message>
    <message>
        <source>%1: the birth year %2 is not possible.</source>
        <translation>%1: the birth year %2 is not possible.</translation>
    </message>
    <message>
        <source>Name at least one head of the family.</source>
        <translation>Name at least one head of the family.</translation>
    </message>
    <message>
        <source>A family receives from 1 to 10 children.</source>
        <translation>A family receives from 1 to 10 children.</translation>
    </message>
    <message>
        <source>The preferred ages go from a lower to a higher age, up to %1.</source>
        <translation>The preferred ages go from a lower to a higher age, up to %1.</translation>
    </message>
    <message>
        <source>The preferred sex is F or M, or none.</source>
        <translation>The preferred sex is F or M, or none.</translation>
    </message>
    <message>
        <source>The income band is one of: %1.</source>
        <translation>The income band is one of: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a document of the checklist (%2).</source>
        <translation>“%1” is not a document of the checklist (%2).</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, dots and dashes, and start with +.</source>
        <translation>The phone number may hold digits, spaces, dots and dashes, and start with +.</translation>
    </message>
    <message>
        <source>The address is longer than %1 characters.</source>
        <translation>The address is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The enquiry cannot be dated in the future.</source>
        <translation>The enquiry cannot be dated in the future.</translation>
    </message>
    <message>
        <source>The family was not registered.</source>
        <translation>The family was not registered.</translation>
    </message>
    <message>
        <source>First enquiry</source>
        <translation>First enquiry</translation>
    </message>
    <message>
        <source>The family could not be saved to disk.</source>
        <translation>The family could not be saved to disk.</translation>
    </message>
    <message>
        <source>The family was not saved.</source>
        <translation>The family was not saved.</translation>
    </message>
    <message>
        <source>The family's state was not changed.</source>
        <translation>The family's state was not changed.</translation>
    </message>
    <message>
        <source>From “%1” a family can move to: %2.</source>
        <translation>From “%1” a family can move to: %2.</translation>
    </message>
    <message>
        <source>The decision is dated from %1 (the current state's date) to today.</source>
        <translation>The decision is dated from %1 (the current state's date) to today.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Give the reason for the decision.</translation>
    </message>
    <message>
        <source>Approval needs a home study whose latest recommendation is to approve.</source>
        <translation>Approval needs a home study whose latest recommendation is to approve.</translation>
    </message>
    <message>
        <source>Give the approval number.</source>
        <translation>Give the approval number.</translation>
    </message>
    <message>
        <source>The approval's renewal date must come after the decision.</source>
        <translation>The approval's renewal date must come after the decision.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) still live with this family; end the placements first.</source>
        <translation><numerusform>%n child(ren) still live with this family; end the placements first.</numerusform><numerusform>%n child(ren) still live with this family; end the placements first.</numerusform></translation>
    </message>
    <message>
        <source>The home study's date cannot be in the future.</source>
        <translation>The home study's date cannot be in the future.</translation>
    </message>
    <message>
        <source>Name the social worker who made the study.</source>
        <translation>Name the social worker who made the study.</translation>
    </message>
    <message>
        <source>Write the assessment, in at most %1 characters.</source>
        <translation>Write the assessment, in at most %1 characters.</translation>
    </message>
    <message>
        <source>The recommendation is one of: %1.</source>
        <translation>The recommendation is one of: %1.</translation>
    </message>
    <message>
        <source>The home study was not saved.</source>
        <translation>The home study was not saved.</translation>
    </message>
    <message>
        <source>The home study could not be saved to disk.</source>
        <translation>The home study could not be saved to disk.</translation>
    </message>
    <message>
        <source>There is no family with the id %1.</source>
        <translation>There is no family with the id %1.</translation>
    </message>
    <message>
        <source>Cannot read the families: %1</source>
        <translation>Cannot read the families: %1</translation>
    </message>
</context>
<context>
    <name>FigureLists</name>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>Cannot read the list: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Residents on %1</source>
        <translation>Residents on %1</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>School level</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admitted on</translation>
    </message>
    <message>
        <source>Residents at school level %1</source>
        <translation>Residents at school level %1</translation>
    </message>
    <message>
        <source>Admissions in %1</source>
        <translation>Admissions in %1</translation>
    </message>
    <message>
        <source>Exits in %1</source>
        <translation>Exits in %1</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>On leave</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>Presence rate</source>
        <translation>Presence rate</translation>
    </message>
    <message>
        <source>Presence in %1</source>
        <translation>Presence in %1</translation>
    </message>
    <message>
        <source>Days of %1 without presence marks</source>
        <translation>Days of %1 without presence marks</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>School decisions, %1</source>
        <translation>School decisions, %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Incidents in %1</source>
        <translation>Incidents in %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Corrective actions overdue</source>
        <translation>Corrective actions overdue</translation>
    </message>
    <message>
        <source>Corrective actions due within 30 days</source>
        <translation>Corrective actions due within 30 days</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Occupancy at the end of %1</source>
        <translation>Occupancy at the end of %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Latest inspection of each institution</source>
        <translation>Latest inspection of each institution</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Foster families: %1</source>
        <translation>Foster families: %1</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Placements started in %1</source>
        <translation>Placements started in %1</translation>
    </message>
    <message>
        <source>Placements ended in %1</source>
        <translation>Placements ended in %1</translation>
    </message>
    <message>
        <source>Returns from families in %1</source>
        <translation>Returns from families in %1</translation>
    </message>
    <message>
        <source>Children placed in families at the end of %1</source>
        <translation>Children placed in families at the end of %1</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>Follow-up visits overdue</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message numerus="yes">
        <source>Sites silent for more than %n days</source>
        <translation><numerusform>Sites silent for more than %n day</numerusform><numerusform>Sites silent for more than %n days</numerusform></translation>
    </message>
    <message>
        <source>Sites and the month of %1</source>
        <translation>Sites and the month of %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Bundles sent, not received</source>
        <translation>Bundles sent, not received</translation>
    </message>
    <message>
        <source>Last bundle on</source>
        <translation>Last bundle on</translation>
    </message>
    <message>
        <source>Months approved</source>
        <translation>Months approved</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>There is no list %1.</source>
        <translation>There is no list %1.</translation>
    </message>
    <message>
        <source>Residents: %1</source>
        <translation>Residents: %1</translation>
    </message>
    <message>
        <source>Inspections finalized in %1</source>
        <translation>Inspections finalized in %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Choose a new file; an existing database is opened, not set up.</source>
        <translation>Choose a new file; an existing database is opened, not set up.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>3 to 32 small letters, digits, dots, dashes or underscores.</source>
        <translation>3 to 32 small letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>The person's name is required.</source>
        <translation>The person's name is required.</translation>
    </message>
    <message>
        <source>Riaya was not set up.</source>
        <translation>Riaya was not set up.</translation>
    </message>
</context>
<context>
    <name>GrantStore</name>
    <message>
        <source>The assignment could not be saved to disk.</source>
        <translation>The assignment could not be saved to disk.</translation>
    </message>
    <message>
        <source>The inspector's site was not assigned.</source>
        <translation>The inspector's site was not assigned.</translation>
    </message>
    <message>
        <source>Only the ministry assigns institutions to inspectors.</source>
        <translation>Only the ministry assigns institutions to inspectors.</translation>
    </message>
    <message>
        <source>No enrolled site has the id %1.</source>
        <translation>No enrolled site has the id %1.</translation>
    </message>
    <message>
        <source>There is no institution %1.</source>
        <translation>There is no institution %1.</translation>
    </message>
    <message>
        <source>The end of the assignment is already past.</source>
        <translation>The end of the assignment is already past.</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspection</translation>
    </message>
    <message>
        <source>The grant could not be saved to disk.</source>
        <translation>The grant could not be saved to disk.</translation>
    </message>
    <message>
        <source>There is no grant %1.</source>
        <translation>There is no grant %1.</translation>
    </message>
    <message>
        <source>The grant %1 was made by another site; only that site ends it.</source>
        <translation>The grant %1 was made by another site; only that site ends it.</translation>
    </message>
</context>
<context>
    <name>IncidentKind</name>
    <message>
        <source>Health (illness, injury, care)</source>
        <translation>Health (illness, injury, care)</translation>
    </message>
    <message>
        <source>Conduct (fight, breach of the rules)</source>
        <translation>Conduct (fight, breach of the rules)</translation>
    </message>
    <message>
        <source>Absence without leave or running away</source>
        <translation>Absence without leave or running away</translation>
    </message>
    <message>
        <source>Property (damage, loss, theft)</source>
        <translation>Property (damage, loss, theft)</translation>
    </message>
    <message>
        <source>Safety of the premises (fire, accident)</source>
        <translation>Safety of the premises (fire, accident)</translation>
    </message>
    <message>
        <source>Child protection (abuse, neglect, danger)</source>
        <translation>Child protection (abuse, neglect, danger)</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Other incident</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>There is no institution with the id %1.</source>
        <translation>There is no institution with the id %1.</translation>
    </message>
    <message>
        <source>There is no resident with the id %1.</source>
        <translation>There is no resident with the id %1.</translation>
    </message>
    <message>
        <source>The incident was not saved.</source>
        <translation>The incident was not saved.</translation>
    </message>
    <message>
        <source>The incident could not be saved to disk.</source>
        <translation>The incident could not be saved to disk.</translation>
    </message>
    <message>
        <source>There is no incident with the id %1.</source>
        <translation>There is no incident with the id %1.</translation>
    </message>
    <message>
        <source>The incidents cannot be listed.</source>
        <translation>The incidents cannot be listed.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <source>Cannot read the incidents: %1</source>
        <translation>Cannot read the incidents: %1</translation>
    </message>
    <message>
        <source>This incident was voided; it can no longer be changed.</source>
        <translation>This incident was voided; it can no longer be changed.</translation>
    </message>
    <message>
        <source>This incident was already voided.</source>
        <translation>This incident was already voided.</translation>
    </message>
    <message>
        <source>The incident was not voided.</source>
        <translation>The incident was not voided.</translation>
    </message>
</context>
<context>
    <name>IncomeBand</name>
    <message>
        <source>No regular income</source>
        <translation>No regular income</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Middle</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
</context>
<context>
    <name>IncomingFieldRules</name>
    <message>
        <source>This version of Riaya keeps no such field.</source>
        <translation>This version of Riaya keeps no such field.</translation>
    </message>
    <message>
        <source>A whole number is expected.</source>
        <translation>A whole number is expected.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>A number is expected.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <translation>Text is expected.</translation>
    </message>
    <message numerus="yes">
        <source>An identifier has at most %n letters, digits and dashes.</source>
        <translation><numerusform>An identifier has at most %n letter, digit or dash.</numerusform><numerusform>An identifier has at most %n letters, digits and dashes.</numerusform></translation>
    </message>
    <message>
        <source>A date is expected (YYYY-MM-DD).</source>
        <translation>A date is expected (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>A date and time is expected (ISO 8601).</source>
        <translation>A date and time is expected (ISO 8601).</translation>
    </message>
    <message>
        <source>A month is expected (YYYY-MM).</source>
        <translation>A month is expected (YYYY-MM).</translation>
    </message>
    <message>
        <source>Structured content (JSON) of at most 2 MiB is expected.</source>
        <translation>Structured content (JSON) of at most 2 MiB is expected.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation><numerusform>At most %n character.</numerusform><numerusform>At most %n characters.</numerusform></translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>Inspection report — %1</source>
        <translation>Inspection report — %1</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>edition %1</translation>
    </message>
    <message>
        <source>DRAFT — not finalized; the scores may still change.</source>
        <translation>DRAFT — not finalized; the scores may still change.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Date of the visit</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Follow-up of the inspection of %1.</source>
        <translation>Follow-up of the inspection of %1.</translation>
    </message>
    <message>
        <source>This version corrects an earlier one: %1</source>
        <translation>This version corrects an earlier one: %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1, over %n applicable item(s); items marked not applicable are left out of the weights.</source>
        <translation><numerusform>Total: %1, over %n applicable item(s); items marked not applicable are left out of the weights.</numerusform><numerusform>Total: %1, over %n applicable item(s); items marked not applicable are left out of the weights.</numerusform></translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No findings were written.</source>
        <translation>No findings were written.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>the institution</source>
        <translation>the institution</translation>
    </message>
    <message>
        <source>Corrective-action plan</source>
        <translation>Corrective-action plan</translation>
    </message>
    <message>
        <source>No corrective actions were raised.</source>
        <translation>No corrective actions were raised.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>Notes and evidence</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>The inspector</source>
        <translation>The inspector</translation>
    </message>
    <message>
        <source>The head of the institution</source>
        <translation>The head of the institution</translation>
    </message>
    <message>
        <source>Finalized on %1. Record %2.</source>
        <translation>Finalized on %1. Record %2.</translation>
    </message>
    <message>
        <source>Record %1.</source>
        <translation>Record %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>InspectionStore</name>
    <message>
        <source>There is no institution with the id %1.</source>
        <translation>There is no institution with the id %1.</translation>
    </message>
    <message>
        <source>The date of the visit must be a day from 2000 to today.</source>
        <translation>The date of the visit must be a day from 2000 to today.</translation>
    </message>
    <message>
        <source>Give the inspector's name.</source>
        <translation>Give the inspector's name.</translation>
    </message>
    <message>
        <source>The inspection followed up was of another institution.</source>
        <translation>The inspection followed up was of another institution.</translation>
    </message>
    <message>
        <source>Only a finalized inspection can be followed up; finalize it first.</source>
        <translation>Only a finalized inspection can be followed up; finalize it first.</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated before the inspection it follows (%1).</source>
        <translation>A follow-up cannot be dated before the inspection it follows (%1).</translation>
    </message>
    <message>
        <source>The inspection was not started.</source>
        <translation>The inspection was not started.</translation>
    </message>
    <message>
        <source>The inspection could not be saved to disk.</source>
        <translation>The inspection could not be saved to disk.</translation>
    </message>
    <message>
        <source>The inspection is finalized and cannot change; correct it with a new version and its reason.</source>
        <translation>The inspection is finalized and cannot change; correct it with a new version and its reason.</translation>
    </message>
    <message>
        <source>The standards document has no item %1.</source>
        <translation>The standards document has no item %1.</translation>
    </message>
    <message>
        <source>Item %1 is scored from 0 to %2 (or not applicable), not “%3”.</source>
        <translation>Item %1 is scored from 0 to %2 (or not applicable), not “%3”.</translation>
    </message>
    <message>
        <source>Item %1 is compliant, partly, not compliant or not applicable, not “%2”.</source>
        <translation>Item %1 is compliant, partly, not compliant or not applicable, not “%2”.</translation>
    </message>
    <message>
        <source>The note of item %1 is longer than %2 characters.</source>
        <translation>The note of item %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>Each finding needs a text of at most %1 characters.</source>
        <translation>Each finding needs a text of at most %1 characters.</translation>
    </message>
    <message>
        <source>A finding is minor, major or critical, not “%1”.</source>
        <translation>A finding is minor, major or critical, not “%1”.</translation>
    </message>
    <message>
        <source>The inspection was not saved.</source>
        <translation>The inspection was not saved.</translation>
    </message>
    <message>
        <source>The inspection was not finalized.</source>
        <translation>The inspection was not finalized.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no answer yet: %1. Answer them, or mark them not applicable.</source>
        <translation><numerusform>%n item(s) have no answer yet: %1. Answer them, or mark them not applicable.</numerusform><numerusform>%n item(s) have no answer yet: %1. Answer them, or mark them not applicable.</numerusform></translation>
    </message>
    <message>
        <source>No correction was started.</source>
        <translation>No correction was started.</translation>
    </message>
    <message>
        <source>The inspection is still a draft: change it directly.</source>
        <translation>The inspection is still a draft: change it directly.</translation>
    </message>
    <message>
        <source>A newer version of this inspection exists (of %1); correct that one.</source>
        <translation>A newer version of this inspection exists (of %1); correct that one.</translation>
    </message>
    <message>
        <source>Say why the inspection is corrected.</source>
        <translation>Say why the inspection is corrected.</translation>
    </message>
    <message>
        <source>The draft was not thrown away.</source>
        <translation>The draft was not thrown away.</translation>
    </message>
    <message>
        <source>There is no inspection with the id %1.</source>
        <translation>There is no inspection with the id %1.</translation>
    </message>
    <message>
        <source>Cannot read the inspections: %1</source>
        <translation>Cannot read the inspections: %1</translation>
    </message>
    <message>
        <source>The standards document of this inspection (%1) is not in this database; import the ministry's latest bundle.</source>
        <translation>The standards document of this inspection (%1) is not in this database; import the ministry's latest bundle.</translation>
    </message>
</context>
<context>
    <name>InspectionTemplate</name>
    <message>
        <source>%1: the %2 needs its Arabic, French and English text.</source>
        <translation>%1: the %2 needs its Arabic, French and English text.</translation>
    </message>
    <message>
        <source>%1: the key “%2” is not a short name of lowercase letters, digits, dots and dashes.</source>
        <translation>%1: the key “%2” is not a short name of lowercase letters, digits, dots and dashes.</translation>
    </message>
    <message>
        <source>%1: the key “%2” is used twice.</source>
        <translation>%1: the key “%2” is used twice.</translation>
    </message>
    <message>
        <source>%1: the weight must be a whole number from 1 to %2.</source>
        <translation>%1: the weight must be a whole number from 1 to %2.</translation>
    </message>
    <message>
        <source>%1: a scale goes from 0 to a maximum from 1 to %2.</source>
        <translation>%1: a scale goes from 0 to a maximum from 1 to %2.</translation>
    </message>
    <message>
        <source>%1: the scoring must be “compliance” or “scale”, not “%2”.</source>
        <translation>%1: the scoring must be “compliance” or “scale”, not “%2”.</translation>
    </message>
    <message>
        <source>This is not a template file: %1 at character %2.</source>
        <translation>This is not a template file: %1 at character %2.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <source>The template file format must be %1.</source>
        <translation>The template file format must be %1.</translation>
    </message>
    <message>
        <source>The template's code “%1” is not a short name of lowercase letters, digits and dashes.</source>
        <translation>The template's code “%1” is not a short name of lowercase letters, digits and dashes.</translation>
    </message>
    <message>
        <source>The edition must be a whole number from 1.</source>
        <translation>The edition must be a whole number from 1.</translation>
    </message>
    <message>
        <source>The template has no sections.</source>
        <translation>The template has no sections.</translation>
    </message>
    <message>
        <source>%1: the section has no standards.</source>
        <translation>%1: the section has no standards.</translation>
    </message>
    <message>
        <source>%1: the standard has no items.</source>
        <translation>%1: the standard has no items.</translation>
    </message>
    <message>
        <source>The template was not accepted.</source>
        <translation>The template was not accepted.</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>compliant</translation>
    </message>
    <message>
        <source>partly compliant</source>
        <translation>partly compliant</translation>
    </message>
    <message>
        <source>not compliant</source>
        <translation>not compliant</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>The institution as a whole</source>
        <translation>The institution as a whole</translation>
    </message>
</context>
<context>
    <name>InstitutionKind</name>
    <message>
        <source>Student boarding house</source>
        <translation>Student boarding house</translation>
    </message>
    <message>
        <source>Children's home</source>
        <translation>Children's home</translation>
    </message>
    <message>
        <source>Social protection centre</source>
        <translation>Social protection centre</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Other institution</translation>
    </message>
</context>
<context>
    <name>InstitutionRoster</name>
    <message>
        <source>The list of institutions is kept by the ministry; a house proposes changes to its own institution (Requests screen, or riaya-cli institutions propose).</source>
        <translation>The list of institutions is kept by the ministry; a house proposes changes to its own institution (Requests screen, or riaya-cli institutions propose).</translation>
    </message>
    <message>
        <source>The same institution as row %1 (%2).</source>
        <translation>The same institution as row %1 (%2).</translation>
    </message>
</context>
<context>
    <name>InstitutionStore</name>
    <message>
        <source>The institution was not saved.</source>
        <translation>The institution was not saved.</translation>
    </message>
    <message>
        <source>The institution could not be saved to disk.</source>
        <translation>The institution could not be saved to disk.</translation>
    </message>
    <message numerus="yes">
        <source>%n residents are present; the capacity cannot be lower.</source>
        <translation><numerusform>%n resident is present; the capacity cannot be lower.</numerusform><numerusform>%n residents are present; the capacity cannot be lower.</numerusform></translation>
    </message>
    <message>
        <source>There is no institution with the id %1.</source>
        <translation>There is no institution with the id %1.</translation>
    </message>
    <message>
        <source>Cannot read the institutions: %1</source>
        <translation>Cannot read the institutions: %1</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>the key rotation it carries cannot be read.</source>
        <translation>the key rotation it carries cannot be read.</translation>
    </message>
    <message>
        <source>Only the ministry hub rotates its keys. A site whose key is lost or stolen makes new ones (“keys create --replace”), which the ministry enrols after revoking the old key.</source>
        <translation>Only the ministry hub rotates its keys. A site whose key is lost or stolen makes new ones (“keys create --replace”), which the ministry enrols after revoking the old key.</translation>
    </message>
    <message>
        <source>The statements of the earlier rotations are damaged; the keys were not rotated.</source>
        <translation>The statements of the earlier rotations are damaged; the keys were not rotated.</translation>
    </message>
    <message>
        <source>The ministry's keys were rotated too many times for a bundle to carry the statements; nothing was changed.</source>
        <translation>The ministry's keys were rotated too many times for a bundle to carry the statements; nothing was changed.</translation>
    </message>
    <message>
        <source>The new keys could not be saved to disk; the old ones stay.</source>
        <translation>The new keys could not be saved to disk; the old ones stay.</translation>
    </message>
    <message>
        <source>the key rotation it carries does not start from the key this site trusts for “%1” (%2); nothing was changed.</source>
        <translation>the key rotation it carries does not start from the key this site trusts for “%1” (%2); nothing was changed.</translation>
    </message>
    <message>
        <source>the key rotation it carries is not a %1 statement; nothing was changed.</source>
        <translation>the key rotation it carries is not a %1 statement; nothing was changed.</translation>
    </message>
    <message>
        <source>the key rotation it carries is for another site (%1), not for “%2”; nothing was changed.</source>
        <translation>the key rotation it carries is for another site (%1), not for “%2”; nothing was changed.</translation>
    </message>
    <message>
        <source>the key rotation it carries is broken: a statement does not start from the key the one before it gave; nothing was changed.</source>
        <translation>the key rotation it carries is broken: a statement does not start from the key the one before it gave; nothing was changed.</translation>
    </message>
    <message>
        <source>the key rotation it carries does not name a new signing key and encryption key; nothing was changed.</source>
        <translation>the key rotation it carries does not name a new signing key and encryption key; nothing was changed.</translation>
    </message>
    <message>
        <source>the key rotation it carries is not signed by the key this site trusts for “%1”: it was forged or changed after signing; nothing was changed.</source>
        <translation>the key rotation it carries is not signed by the key this site trusts for “%1”: it was forged or changed after signing; nothing was changed.</translation>
    </message>
    <message>
        <source>the key rotation it carries is not signed by the new key it names: it was forged or changed after signing; nothing was changed.</source>
        <translation>the key rotation it carries is not signed by the new key it names: it was forged or changed after signing; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot trust the new keys of “%1”: %2</source>
        <translation>Cannot trust the new keys of “%1”: %2</translation>
    </message>
    <message>
        <source>The new keys of “%1” could not be saved to disk.</source>
        <translation>The new keys of “%1” could not be saved to disk.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Not enough memory to derive the key from the passphrase.</translation>
    </message>
    <message>
        <source>This site already has its keys; nothing was changed.</source>
        <translation>This site already has its keys; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation><numerusform>The passphrase must have at least %n character.</numerusform><numerusform>The passphrase must have at least %n characters.</numerusform></translation>
    </message>
    <message>
        <source>Cannot store the keys: %1</source>
        <translation>Cannot store the keys: %1</translation>
    </message>
    <message>
        <source>The keys could not be saved to disk.</source>
        <translation>The keys could not be saved to disk.</translation>
    </message>
    <message>
        <source>Cannot read the keys: %1</source>
        <translation>Cannot read the keys: %1</translation>
    </message>
    <message>
        <source>The passphrase does not open this site's keys.</source>
        <translation>The passphrase does not open this site's keys.</translation>
    </message>
    <message>
        <source>The sealed key is damaged.</source>
        <translation>The sealed key is damaged.</translation>
    </message>
    <message>
        <source>The sealed key asks for a key derivation Riaya does not accept (%1 passes over %2 KiB of memory; at most %3 passes over %4 KiB): the file was damaged or tampered with, and nothing was opened.</source>
        <translation>The sealed key asks for a key derivation Riaya does not accept (%1 passes over %2 KiB of memory; at most %3 passes over %4 KiB): the file was damaged or tampered with, and nothing was opened.</translation>
    </message>
    <message>
        <source>Cannot store the keys: the statement that vouches for them was not saved.</source>
        <translation>Cannot store the keys: the statement that vouches for them was not saved.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase repeats too few characters: choose a few words, with at least %n different characters.</source>
        <translation><numerusform>The passphrase repeats too few characters: choose a few words, with at least %n different characters.</numerusform><numerusform>The passphrase repeats too few characters: choose a few words, with at least %n different characters.</numerusform></translation>
    </message>
    <message>
        <source>The new passphrase could not be saved to disk.</source>
        <translation>The new passphrase could not be saved to disk.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one; nothing was changed.</source>
        <translation>The new passphrase is the current one; nothing was changed.</translation>
    </message>
    <message>
        <source>This site has no keys yet; create them first (on the Sync screen, or with “riaya-cli keys create”).</source>
        <translation>This site has no keys yet; create them first (on the Sync screen, or with “riaya-cli keys create”).</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>Kafala decision</source>
        <translation>Kafala decision</translation>
    </message>
    <message>
        <source>Placement order</source>
        <translation>Placement order</translation>
    </message>
</context>
<context>
    <name>MissingMonths</name>
    <message>
        <source>Cannot read the sites' months: %1</source>
        <translation>Cannot read the sites' months: %1</translation>
    </message>
    <message>
        <source>Approved and received</source>
        <translation>Approved and received</translation>
    </message>
    <message>
        <source>Received, not approved</source>
        <translation>Received, not approved</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>MonthAggregates</name>
    <message>
        <source>Cannot compute the figures: %1</source>
        <translation>Cannot compute the figures: %1</translation>
    </message>
    <message>
        <source>Cannot read which figures to compute: %1</source>
        <translation>Cannot read which figures to compute: %1</translation>
    </message>
    <message>
        <source>Cannot save the figures: %1</source>
        <translation>Cannot save the figures: %1</translation>
    </message>
    <message>
        <source>Cannot compute the figures again: %1</source>
        <translation>Cannot compute the figures again: %1</translation>
    </message>
    <message>
        <source>Cannot save the figures.</source>
        <translation>Cannot save the figures.</translation>
    </message>
</context>
<context>
    <name>MonthCompleteness</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 presence marks expected are missing.</source>
        <translation><numerusform>%n of the %1 presence marks expected are missing.</numerusform><numerusform>%n of the %1 presence marks expected are missing.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nobody was marked on %n days: %1.</source>
        <translation><numerusform>Nobody was marked on %n day: %1.</numerusform><numerusform>Nobody was marked on %n days: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n residents have days without a mark: %1.</source>
        <translation><numerusform>%n resident have days without a mark: %1.</numerusform><numerusform>%n residents have days without a mark: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days)</source>
        <translation><numerusform>%1 (%n day)</numerusform><numerusform>%1 (%n days)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n residents in school have no decision for the school year %1: %2.</source>
        <translation><numerusform>%n resident in school have no decision for the school year %1: %2.</numerusform><numerusform>%n residents in school have no decision for the school year %1: %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n residents in school have no result yet for the school year %1: %2.</source>
        <translation><numerusform>%n resident in school have no result yet for the school year %1: %2.</numerusform><numerusform>%n residents in school have no result yet for the school year %1: %2.</numerusform></translation>
    </message>
    <message>
        <source>Cannot read the stays: %1</source>
        <translation>Cannot read the stays: %1</translation>
    </message>
    <message>
        <source>Cannot read the presence marks: %1</source>
        <translation>Cannot read the presence marks: %1</translation>
    </message>
    <message>
        <source>Cannot read the school results: %1</source>
        <translation>Cannot read the school results: %1</translation>
    </message>
</context>
<context>
    <name>MonthReport</name>
    <message>
        <source>Only a month that has ended can be closed; %1 ends on %2.</source>
        <translation>Only a month that has ended can be closed; %1 ends on %2.</translation>
    </message>
    <message>
        <source>There is no institution %1.</source>
        <translation>There is no institution %1.</translation>
    </message>
    <message>
        <source>Cannot count the stays: %1</source>
        <translation>Cannot count the stays: %1</translation>
    </message>
    <message>
        <source>Cannot count the incidents: %1</source>
        <translation>Cannot count the incidents: %1</translation>
    </message>
    <message>
        <source>The approval could not be saved to disk.</source>
        <translation>The approval could not be saved to disk.</translation>
    </message>
    <message>
        <source>The approval is recorded in the name of the person signed in, %1.</source>
        <translation>The approval is recorded in the name of the person signed in, %1.</translation>
    </message>
    <message>
        <source>Only a database without accounts names who approves.</source>
        <translation>Only a database without accounts names who approves.</translation>
    </message>
    <message>
        <source>%1 is incomplete, and was not approved. %2 Complete the records, or approve the month as incomplete.</source>
        <translation>%1 is incomplete, and was not approved. %2 Complete the records, or approve the month as incomplete.</translation>
    </message>
</context>
<context>
    <name>MonthlyReports</name>
    <message>
        <source>Figures of the month</source>
        <translation>Figures of the month</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>In the house on the first day</source>
        <translation>In the house on the first day</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>Exits: left</source>
        <translation>Exits: left</translation>
    </message>
    <message>
        <source>Exits: transferred</source>
        <translation>Exits: transferred</translation>
    </message>
    <message>
        <source>Exits: placed in a family</source>
        <translation>Exits: placed in a family</translation>
    </message>
    <message>
        <source>In the house after the last day</source>
        <translation>In the house after the last day</translation>
    </message>
    <message>
        <source>Presence marks: present</source>
        <translation>Presence marks: present</translation>
    </message>
    <message>
        <source>Presence marks: absent</source>
        <translation>Presence marks: absent</translation>
    </message>
    <message>
        <source>Presence marks: on leave</source>
        <translation>Presence marks: on leave</translation>
    </message>
    <message>
        <source>Presence marks: sick</source>
        <translation>Presence marks: sick</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Presence rate</source>
        <translation>Presence rate</translation>
    </message>
    <message>
        <source>Monthly report of %1, %2</source>
        <translation>Monthly report of %1, %2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>National monthly report, %1</source>
        <translation>National monthly report, %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Exits</translation>
    </message>
    <message>
        <source>Cannot read the figures: %1</source>
        <translation>Cannot read the figures: %1</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Totals per region</source>
        <translation>Totals per region</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation>Foster care</translation>
    </message>
    <message>
        <source>Children placed in families at the end of the month</source>
        <translation>Children placed in families at the end of the month</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Placements started</translation>
    </message>
    <message>
        <source>Placements ended</source>
        <translation>Placements ended</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>Follow-up visits overdue</translation>
    </message>
    <message>
        <source>Families: %1</source>
        <translation>Families: %1</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>Returns: %1</translation>
    </message>
</context>
<context>
    <name>OwnershipRules</name>
    <message>
        <source>The record %1 of %2 claims to be the ministry's, but the ministry did not sign it.</source>
        <translation>The record %1 of %2 claims to be the ministry's, but the ministry did not sign it.</translation>
    </message>
    <message>
        <source>The record %1 of %2 is about a record that is not known here.</source>
        <translation>The record %1 of %2 is about a record that is not known here.</translation>
    </message>
    <message>
        <source>Cannot read the record %1 of %2.</source>
        <translation>Cannot read the record %1 of %2.</translation>
    </message>
</context>
<context>
    <name>PlacementFigures</name>
    <message>
        <source>The figures need a first month before the last.</source>
        <translation>The figures need a first month before the last.</translation>
    </message>
    <message>
        <source>Cannot read the placements: %1</source>
        <translation>Cannot read the placements: %1</translation>
    </message>
</context>
<context>
    <name>PlacementOutcome</name>
    <message>
        <source>Returned to the family of origin</source>
        <translation>Returned to the family of origin</translation>
    </message>
    <message>
        <source>Kafala or adoption made permanent</source>
        <translation>Kafala or adoption made permanent</translation>
    </message>
    <message>
        <source>Returned to an institution</source>
        <translation>Returned to an institution</translation>
    </message>
    <message>
        <source>Came of age</source>
        <translation>Came of age</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PlacementStore</name>
    <message>
        <source>The child was not placed.</source>
        <translation>The child was not placed.</translation>
    </message>
    <message>
        <source>%1 is already placed with the family %2 since %3; end that placement first.</source>
        <translation>%1 is already placed with the family %2 since %3; end that placement first.</translation>
    </message>
    <message>
        <source>The placement starts on a day between the child's birth and today.</source>
        <translation>The placement starts on a day between the child's birth and today.</translation>
    </message>
    <message>
        <source>The family %1 is not approved (it is at “%2”); only approved families receive children.</source>
        <translation>The family %1 is not approved (it is at “%2”); only approved families receive children.</translation>
    </message>
    <message>
        <source>The approval of the family %1 expired on %2; renew it before placing a child.</source>
        <translation>The approval of the family %1 expired on %2; renew it before placing a child.</translation>
    </message>
    <message numerus="yes">
        <source>The family %1 is full: %n child(ren) for its capacity of %2.</source>
        <translation><numerusform>The family %1 is full: %n child(ren) for its capacity of %2.</numerusform><numerusform>The family %1 is full: %n child(ren) for its capacity of %2.</numerusform></translation>
    </message>
    <message>
        <source>The legal basis is kafala or placement_order.</source>
        <translation>The legal basis is kafala or placement_order.</translation>
    </message>
    <message>
        <source>Give the reference of the kafala decision or of the placement order.</source>
        <translation>Give the reference of the kafala decision or of the placement order.</translation>
    </message>
    <message>
        <source>The review date comes after the start.</source>
        <translation>The review date comes after the start.</translation>
    </message>
    <message>
        <source>Visits come every 1 to 12 months.</source>
        <translation>Visits come every 1 to 12 months.</translation>
    </message>
    <message>
        <source>Placed with the family %1 (%2)</source>
        <translation>Placed with the family %1 (%2)</translation>
    </message>
    <message>
        <source>The placement could not be saved to disk.</source>
        <translation>The placement could not be saved to disk.</translation>
    </message>
    <message>
        <source>The placement was not ended.</source>
        <translation>The placement was not ended.</translation>
    </message>
    <message>
        <source>It ended on %1 already.</source>
        <translation>It ended on %1 already.</translation>
    </message>
    <message>
        <source>The placement ends between its start (%1) and today.</source>
        <translation>The placement ends between its start (%1) and today.</translation>
    </message>
    <message>
        <source>The outcome is one of: %1.</source>
        <translation>The outcome is one of: %1.</translation>
    </message>
    <message>
        <source>Say why the child returned; the ministry follows the reasons.</source>
        <translation>Say why the child returned; the ministry follows the reasons.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>The reason is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Name the institution the child returns to.</source>
        <translation>Name the institution the child returns to.</translation>
    </message>
    <message>
        <source>The visit was not saved.</source>
        <translation>The visit was not saved.</translation>
    </message>
    <message>
        <source>The visit is dated between the placement's start (%1) and %2.</source>
        <translation>The visit is dated between the placement's start (%1) and %2.</translation>
    </message>
    <message>
        <source>Name the social worker who visited.</source>
        <translation>Name the social worker who visited.</translation>
    </message>
    <message>
        <source>The child's wellbeing is good, fair or poor.</source>
        <translation>The child's wellbeing is good, fair or poor.</translation>
    </message>
    <message>
        <source>A note is longer than %1 characters.</source>
        <translation>A note is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The visit could not be saved to disk.</source>
        <translation>The visit could not be saved to disk.</translation>
    </message>
    <message>
        <source>There is no placement with the id %1.</source>
        <translation>There is no placement with the id %1.</translation>
    </message>
    <message>
        <source>Cannot read the placements: %1</source>
        <translation>Cannot read the placements: %1</translation>
    </message>
</context>
<context>
    <name>PresenceState</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <translation>Absent without leave</translation>
    </message>
    <message>
        <source>Away with leave</source>
        <translation>Away with leave</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>female</comment>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <comment>female</comment>
        <translation>Absent without leave</translation>
    </message>
    <message>
        <source>Away with leave</source>
        <comment>female</comment>
        <translation>Away with leave</translation>
    </message>
    <message>
        <source>Sick</source>
        <comment>female</comment>
        <translation>Sick</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>male</comment>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <comment>male</comment>
        <translation>Absent without leave</translation>
    </message>
    <message>
        <source>Away with leave</source>
        <comment>male</comment>
        <translation>Away with leave</translation>
    </message>
    <message>
        <source>Sick</source>
        <comment>male</comment>
        <translation>Sick</translation>
    </message>
</context>
<context>
    <name>PresenceStore</name>
    <message>
        <source>Cannot read the presence sheet: %1</source>
        <translation>Cannot read the presence sheet: %1</translation>
    </message>
    <message>
        <source>The presence sheet cannot be shown.</source>
        <translation>The presence sheet cannot be shown.</translation>
    </message>
    <message>
        <source>The day is required (YYYY-MM-DD).</source>
        <translation>The day is required (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The presence sheet was not saved.</source>
        <translation>The presence sheet was not saved.</translation>
    </message>
    <message>
        <source>Presence cannot be marked for a day to come.</source>
        <translation>Presence cannot be marked for a day to come.</translation>
    </message>
    <message>
        <source>%1 is marked twice on the sheet.</source>
        <translation>%1 is marked twice on the sheet.</translation>
    </message>
    <message>
        <source>%1 is not present in this institution; only its present residents can be marked.</source>
        <translation>%1 is not present in this institution; only its present residents can be marked.</translation>
    </message>
    <message>
        <source>%1 was admitted on %2, after this day.</source>
        <translation>%1 was admitted on %2, after this day.</translation>
    </message>
    <message>
        <source>Choose a state for %1 to keep the note.</source>
        <translation>Choose a state for %1 to keep the note.</translation>
    </message>
    <message>
        <source>Unknown state “%1” for %2; use one of %3.</source>
        <translation>Unknown state “%1” for %2; use one of %3.</translation>
    </message>
    <message numerus="yes">
        <source>The note for %1 is longer than %n characters.</source>
        <translation><numerusform>The note for %1 is longer than %n character.</numerusform><numerusform>The note for %1 is longer than %n characters.</numerusform></translation>
    </message>
    <message>
        <source>The presence sheet could not be saved to disk.</source>
        <translation>The presence sheet could not be saved to disk.</translation>
    </message>
    <message>
        <source>The month's presence cannot be shown.</source>
        <translation>The month's presence cannot be shown.</translation>
    </message>
    <message>
        <source>The month is from 1 to 12.</source>
        <translation>The month is from 1 to 12.</translation>
    </message>
    <message>
        <source>Cannot read the presence marks: %1</source>
        <translation>Cannot read the presence marks: %1</translation>
    </message>
    <message>
        <source>The month's presence cannot be counted.</source>
        <translation>The month's presence cannot be counted.</translation>
    </message>
    <message>
        <source>Cannot count the presence marks: %1</source>
        <translation>Cannot count the presence marks: %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Approve with conditions</translation>
    </message>
    <message>
        <source>Study further</source>
        <translation>Study further</translation>
    </message>
    <message>
        <source>Do not approve</source>
        <translation>Do not approve</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>%1 is not a kind of record Riaya keeps.</source>
        <translation>%1 is not a kind of record Riaya keeps.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 has no field %2.</translation>
    </message>
    <message>
        <source>Cannot save the new record in %1: %2</source>
        <translation>Cannot save the new record in %1: %2</translation>
    </message>
    <message>
        <source>There is no record %1 in %2.</source>
        <translation>There is no record %1 in %2.</translation>
    </message>
    <message>
        <source>Cannot save the change to %1: %2</source>
        <translation>Cannot save the change to %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the change for sync: %1</source>
        <translation>Cannot record the change for sync: %1</translation>
    </message>
    <message>
        <source>A record of %1 has fields this version of Riaya does not know.</source>
        <translation>A record of %1 has fields this version of Riaya does not know.</translation>
    </message>
    <message>
        <source>A record of %1 has no id, version or origin.</source>
        <translation>A record of %1 has no id, version or origin.</translation>
    </message>
    <message>
        <source>A record of %1 is neither new nor readable.</source>
        <translation>A record of %1 is neither new nor readable.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to another site; its owner cannot change.</source>
        <translation>The record %1 of %2 belongs to another site; its owner cannot change.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to %3; a record sent as %4's cannot change its owner.</source>
        <translation>The record %1 of %2 belongs to %3; a record sent as %4's cannot change its owner.</translation>
    </message>
    <message>
        <source>The held record %1 of %2 cannot be saved: %3</source>
        <translation>The held record %1 of %2 cannot be saved: %3</translation>
    </message>
    <message>
        <source>Cannot record that this computer's clock was corrected.</source>
        <translation>Cannot record that this computer's clock was corrected.</translation>
    </message>
    <message>
        <source>The record %1 of %2 could not be applied: %3</source>
        <translation>The record %1 of %2 could not be applied: %3</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Cannot write %1: name the file .pdf, .xlsx or .csv to choose its format.</source>
        <translation>Cannot write %1: name the file .pdf, .xlsx or .csv to choose its format.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Nothing to list.</source>
        <translation>Nothing to list.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>the pages could not be drawn</translation>
    </message>
</context>
<context>
    <name>RequestStore</name>
    <message>
        <source>The transfer request could not be saved to disk.</source>
        <translation>The transfer request could not be saved to disk.</translation>
    </message>
    <message>
        <source>The transfer was not asked for.</source>
        <translation>The transfer was not asked for.</translation>
    </message>
    <message>
        <source>There is no institution %1.</source>
        <translation>There is no institution %1.</translation>
    </message>
    <message>
        <source>This institution is run here: record a transfer between your own institutions instead.</source>
        <translation>This institution is run here: record a transfer between your own institutions instead.</translation>
    </message>
    <message>
        <source>Give the reason for the transfer.</source>
        <translation>Give the reason for the transfer.</translation>
    </message>
    <message>
        <source>The day of the transfer is required.</source>
        <translation>The day of the transfer is required.</translation>
    </message>
    <message>
        <source>A transfer of %1 is already waiting for a decision.</source>
        <translation>A transfer of %1 is already waiting for a decision.</translation>
    </message>
    <message>
        <source>The request for access could not be saved to disk.</source>
        <translation>The request for access could not be saved to disk.</translation>
    </message>
    <message>
        <source>The access was not asked for.</source>
        <translation>The access was not asked for.</translation>
    </message>
    <message>
        <source>The child's file is not here yet: name the institution of the house that holds it.</source>
        <translation>The child's file is not here yet: name the institution of the house that holds it.</translation>
    </message>
    <message>
        <source>This site holds the child's file already.</source>
        <translation>This site holds the child's file already.</translation>
    </message>
    <message>
        <source>Give the reason for the request.</source>
        <translation>Give the reason for the request.</translation>
    </message>
    <message>
        <source>The proposal could not be saved to disk.</source>
        <translation>The proposal could not be saved to disk.</translation>
    </message>
    <message>
        <source>The change was not proposed.</source>
        <translation>The change was not proposed.</translation>
    </message>
    <message>
        <source>A site proposes changes to the institutions it runs only.</source>
        <translation>A site proposes changes to the institutions it runs only.</translation>
    </message>
    <message>
        <source>This site trusts no ministry yet: load the ministry's profile first.</source>
        <translation>This site trusts no ministry yet: load the ministry's profile first.</translation>
    </message>
    <message>
        <source>Say why the details change.</source>
        <translation>Say why the details change.</translation>
    </message>
    <message>
        <source>Nothing differs from the details the ministry holds.</source>
        <translation>Nothing differs from the details the ministry holds.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>The request %1 was made by another site; only that site cancels it.</source>
        <translation>The request %1 was made by another site; only that site cancels it.</translation>
    </message>
    <message>
        <source>The request %1 is addressed to another site (%2); only that site decides it.</source>
        <translation>The request %1 is addressed to another site (%2); only that site decides it.</translation>
    </message>
    <message>
        <source>The request %1 was decided already (%2); a decision is final.</source>
        <translation>The request %1 was decided already (%2); a decision is final.</translation>
    </message>
    <message>
        <source>The decision could not be saved to disk.</source>
        <translation>The decision could not be saved to disk.</translation>
    </message>
    <message>
        <source>The transfer was not accepted.</source>
        <translation>The transfer was not accepted.</translation>
    </message>
    <message>
        <source>Choose one of the institutions this site runs.</source>
        <translation>Choose one of the institutions this site runs.</translation>
    </message>
    <message>
        <source>The request was not refused.</source>
        <translation>The request was not refused.</translation>
    </message>
    <message>
        <source>Say why, for the site that asked.</source>
        <translation>Say why, for the site that asked.</translation>
    </message>
    <message>
        <source>The request could not be saved to disk.</source>
        <translation>The request could not be saved to disk.</translation>
    </message>
</context>
<context>
    <name>ResidentField</name>
    <message>
        <source>First name (Arabic script)</source>
        <translation>First name (Arabic script)</translation>
    </message>
    <message>
        <source>Family name (Arabic script)</source>
        <translation>Family name (Arabic script)</translation>
    </message>
    <message>
        <source>First name (Latin script)</source>
        <translation>First name (Latin script)</translation>
    </message>
    <message>
        <source>Family name (Latin script)</source>
        <translation>Family name (Latin script)</translation>
    </message>
    <message>
        <source>Father's name</source>
        <translation>Father's name</translation>
    </message>
    <message>
        <source>Mother's name</source>
        <translation>Mother's name</translation>
    </message>
    <message>
        <source>Sex (F or M)</source>
        <translation>Sex (F or M)</translation>
    </message>
    <message>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>Birth date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>National identity number</translation>
    </message>
    <message>
        <source>Massar student code</source>
        <translation>Massar student code</translation>
    </message>
    <message>
        <source>Guardian's name</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <source>Guardian's relation to the resident</source>
        <translation>Guardian's relation to the resident</translation>
    </message>
    <message>
        <source>Guardian's phone number</source>
        <translation>Guardian's phone number</translation>
    </message>
    <message>
        <source>Place of origin (commune or douar)</source>
        <translation>Place of origin (commune or douar)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>School level</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>Health notes</translation>
    </message>
</context>
<context>
    <name>ResidentRegistration</name>
    <message>
        <source>The resident could not be saved to disk.</source>
        <translation>The resident could not be saved to disk.</translation>
    </message>
</context>
<context>
    <name>ResidentRoster</name>
    <message>
        <source>The residents already registered could not be read: %1</source>
        <translation>The residents already registered could not be read: %1</translation>
    </message>
    <message>
        <source>The same child as row %1 (%2).</source>
        <translation>The same child as row %1 (%2).</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Imported from %1</translation>
    </message>
    <message>
        <source>%1 has no place left for this child: the rows above fill it.</source>
        <translation>%1 has no place left for this child: the rows above fill it.</translation>
    </message>
</context>
<context>
    <name>ResidentSex</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
</context>
<context>
    <name>ResidentStatus</name>
    <message>
        <source>Registered, not admitted</source>
        <translation>Registered, not admitted</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Placed in a family</source>
        <translation>Placed in a family</translation>
    </message>
    <message>
        <source>Registered, not admitted</source>
        <comment>female</comment>
        <translation>Registered, not admitted</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>female</comment>
        <translation>Present</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>female</comment>
        <translation>Left</translation>
    </message>
    <message>
        <source>Placed in a family</source>
        <comment>female</comment>
        <translation>Placed in a family</translation>
    </message>
    <message>
        <source>Registered, not admitted</source>
        <comment>male</comment>
        <translation>Registered, not admitted</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>male</comment>
        <translation>Present</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>male</comment>
        <translation>Left</translation>
    </message>
    <message>
        <source>Placed in a family</source>
        <comment>male</comment>
        <translation>Placed in a family</translation>
    </message>
</context>
<context>
    <name>ResidentStore</name>
    <message>
        <source>The resident was not saved.</source>
        <translation>The resident was not saved.</translation>
    </message>
    <message>
        <source>The resident could not be saved to disk.</source>
        <translation>The resident could not be saved to disk.</translation>
    </message>
    <message>
        <source>The resident could not be removed.</source>
        <translation>The resident could not be removed.</translation>
    </message>
    <message>
        <source>There is no resident with the id %1.</source>
        <translation>There is no resident with the id %1.</translation>
    </message>
    <message>
        <source>Cannot read the residents: %1</source>
        <translation>Cannot read the residents: %1</translation>
    </message>
    <message>
        <source>Cannot count the residents: %1</source>
        <translation>Cannot count the residents: %1</translation>
    </message>
    <message>
        <source>Cannot search the residents: %1</source>
        <translation>Cannot search the residents: %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation>Cannot read the conflicts: %1</translation>
    </message>
    <message>
        <source>Cannot read the probable duplicates: %1</source>
        <translation>Cannot read the probable duplicates: %1</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>There is no open conflict %1.</translation>
    </message>
    <message>
        <source>The decision could not be saved to disk.</source>
        <translation>The decision could not be saved to disk.</translation>
    </message>
    <message>
        <source>There is no open probable duplicate %1.</source>
        <translation>There is no open probable duplicate %1.</translation>
    </message>
    <message>
        <source>The file to keep must be one of the pair %1.</source>
        <translation>The file to keep must be one of the pair %1.</translation>
    </message>
    <message>
        <source>One of these files was already removed or merged; nothing was changed.</source>
        <translation>One of these files was already removed or merged; nothing was changed.</translation>
    </message>
    <message>
        <source>The merge could not be saved to disk.</source>
        <translation>The merge could not be saved to disk.</translation>
    </message>
    <message>
        <source>These files are not merged any more; nothing was changed.</source>
        <translation>These files are not merged any more; nothing was changed.</translation>
    </message>
    <message>
        <source>The kept file was itself merged or removed since; undo that first. Nothing was changed.</source>
        <translation>The kept file was itself merged or removed since; undo that first. Nothing was changed.</translation>
    </message>
    <message>
        <source>There is no decided probable duplicate %1.</source>
        <translation>There is no decided probable duplicate %1.</translation>
    </message>
    <message>
        <source>This merge was made by an earlier version of Riaya, which did not keep what the kept file took from the other; it cannot be undone. Nothing was changed.</source>
        <translation>This merge was made by an earlier version of Riaya, which did not keep what the kept file took from the other; it cannot be undone. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>RosterField</name>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admitted on</translation>
    </message>
    <message>
        <source>Family reference</source>
        <translation>Family reference</translation>
    </message>
    <message>
        <source>Member's name</source>
        <translation>Member's name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Member's birth year</source>
        <translation>Member's birth year</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Head of family</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Say where to save the rows that cannot be imported.</source>
        <translation>Say where to save the rows that cannot be imported.</translation>
    </message>
    <message>
        <source>The import could not be saved to disk; nothing was imported.</source>
        <translation>The import could not be saved to disk; nothing was imported.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message>
        <source>No column is given the required fields: %1.</source>
        <translation>No column is given the required fields: %1.</translation>
    </message>
    <message>
        <source>The record could not be saved to disk.</source>
        <translation>The record could not be saved to disk.</translation>
    </message>
</context>
<context>
    <name>RosterPreview</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the members of a family</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Completes a record</source>
        <translation>Completes a record</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Has problems</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>RosterProblem</name>
    <message>
        <source>Required value missing</source>
        <translation>Required value missing</translation>
    </message>
    <message>
        <source>Date that cannot be read</source>
        <translation>Date that cannot be read</translation>
    </message>
    <message>
        <source>Sex not recognised</source>
        <translation>Sex not recognised</translation>
    </message>
    <message>
        <source>School level not recognised</source>
        <translation>School level not recognised</translation>
    </message>
    <message>
        <source>Institution not found</source>
        <translation>Institution not found</translation>
    </message>
    <message>
        <source>Type of institution not recognised</source>
        <translation>Type of institution not recognised</translation>
    </message>
    <message>
        <source>Number that cannot be read</source>
        <translation>Number that cannot be read</translation>
    </message>
    <message>
        <source>Value refused by the record's checks</source>
        <translation>Value refused by the record's checks</translation>
    </message>
    <message>
        <source>Same record twice in the file</source>
        <translation>Same record twice in the file</translation>
    </message>
    <message>
        <source>Refused when saved</source>
        <translation>Refused when saved</translation>
    </message>
</context>
<context>
    <name>RosterRejects</name>
    <message>
        <source>Problems to correct</source>
        <translation>Problems to correct</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Rows not imported</translation>
    </message>
</context>
<context>
    <name>RosterTemplate</name>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
</context>
<context>
    <name>RowValues</name>
    <message>
        <source>%1 is required and empty.</source>
        <translation>%1 is required and empty.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2); write it day/month/year, as 15/03/2012.</source>
        <translation>“%1” is not a date (%2); write it day/month/year, as 15/03/2012.</translation>
    </message>
    <message>
        <source>“%1” is not a sex (%2); write ذكر or أنثى, M or F.</source>
        <translation>“%1” is not a sex (%2); write ذكر or أنثى, M or F.</translation>
    </message>
    <message>
        <source>“%1” is not a school level Riaya knows (%2).</source>
        <translation>“%1” is not a school level Riaya knows (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a type of institution Riaya knows (%2).</source>
        <translation>“%1” is not a type of institution Riaya knows (%2).</translation>
    </message>
    <message>
        <source>No institution of this database is named “%1” (%2); give its name as Riaya lists it, or its id.</source>
        <translation>No institution of this database is named “%1” (%2); give its name as Riaya lists it, or its id.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number (%2).</source>
        <translation>“%1” is not a whole number (%2).</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no (%2).</source>
        <translation>“%1” is neither yes nor no (%2).</translation>
    </message>
</context>
<context>
    <name>SchoolDecision</name>
    <message>
        <source>Passed to the next year</source>
        <translation>Passed to the next year</translation>
    </message>
    <message>
        <source>Repeats the year</source>
        <translation>Repeats the year</translation>
    </message>
    <message>
        <source>Dropped out of school</source>
        <translation>Dropped out of school</translation>
    </message>
    <message>
        <source>Passed to the next year</source>
        <comment>female</comment>
        <translation>Passed to the next year</translation>
    </message>
    <message>
        <source>Repeats the year</source>
        <comment>female</comment>
        <translation>Repeats the year</translation>
    </message>
    <message>
        <source>Dropped out of school</source>
        <comment>female</comment>
        <translation>Dropped out of school</translation>
    </message>
    <message>
        <source>Passed to the next year</source>
        <comment>male</comment>
        <translation>Passed to the next year</translation>
    </message>
    <message>
        <source>Repeats the year</source>
        <comment>male</comment>
        <translation>Repeats the year</translation>
    </message>
    <message>
        <source>Dropped out of school</source>
        <comment>male</comment>
        <translation>Dropped out of school</translation>
    </message>
</context>
<context>
    <name>SchoolLevel</name>
    <message>
        <source>Primary, year 1</source>
        <translation>Primary, year 1</translation>
    </message>
    <message>
        <source>Primary, year 2</source>
        <translation>Primary, year 2</translation>
    </message>
    <message>
        <source>Primary, year 3</source>
        <translation>Primary, year 3</translation>
    </message>
    <message>
        <source>Primary, year 4</source>
        <translation>Primary, year 4</translation>
    </message>
    <message>
        <source>Primary, year 5</source>
        <translation>Primary, year 5</translation>
    </message>
    <message>
        <source>Primary, year 6</source>
        <translation>Primary, year 6</translation>
    </message>
    <message>
        <source>Lower secondary, year 1</source>
        <translation>Lower secondary, year 1</translation>
    </message>
    <message>
        <source>Lower secondary, year 2</source>
        <translation>Lower secondary, year 2</translation>
    </message>
    <message>
        <source>Lower secondary, year 3</source>
        <translation>Lower secondary, year 3</translation>
    </message>
    <message>
        <source>Upper secondary, common core</source>
        <translation>Upper secondary, common core</translation>
    </message>
    <message>
        <source>Upper secondary, year 1</source>
        <translation>Upper secondary, year 1</translation>
    </message>
    <message>
        <source>Upper secondary, year 2</source>
        <translation>Upper secondary, year 2</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Vocational training</translation>
    </message>
    <message>
        <source>Not in school</source>
        <translation>Not in school</translation>
    </message>
</context>
<context>
    <name>SchoolResultStore</name>
    <message>
        <source>There is no resident with the id %1.</source>
        <translation>There is no resident with the id %1.</translation>
    </message>
    <message>
        <source>The school result was not saved.</source>
        <translation>The school result was not saved.</translation>
    </message>
    <message>
        <source>Cannot read the school results: %1</source>
        <translation>Cannot read the school results: %1</translation>
    </message>
    <message>
        <source>The school result could not be saved to disk.</source>
        <translation>The school result could not be saved to disk.</translation>
    </message>
    <message>
        <source>The success rate cannot be counted.</source>
        <translation>The success rate cannot be counted.</translation>
    </message>
    <message>
        <source>Cannot count the school decisions: %1</source>
        <translation>Cannot count the school decisions: %1</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: the file is empty.</translation>
    </message>
</context>
<context>
    <name>SignedDocument</name>
    <message>
        <source>%1 is not a Riaya document (%2).</source>
        <translation>%1 is not a Riaya document (%2).</translation>
    </message>
    <message>
        <source>%1 is not a %2 document.</source>
        <translation>%1 is not a %2 document.</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed, or its signature is damaged.</source>
        <translation>%1 was changed after it was signed, or its signature is damaged.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Riaya document.</source>
        <translation>%1 is too large to be a Riaya document.</translation>
    </message>
</context>
<context>
    <name>SiteSetup</name>
    <message>
        <source>%1 is already set up as “%2”; nothing was changed.</source>
        <translation>%1 is already set up as “%2”; nothing was changed.</translation>
    </message>
    <message>
        <source>The site was not set up.</source>
        <translation>The site was not set up.</translation>
    </message>
    <message>
        <source>The site's name is required.</source>
        <translation>The site's name is required.</translation>
    </message>
    <message>
        <source>Cannot write the site: %1</source>
        <translation>Cannot write the site: %1</translation>
    </message>
    <message>
        <source>The site could not be saved to disk.</source>
        <translation>The site could not be saved to disk.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Cannot count %1: %2</source>
        <translation>Cannot count %1: %2</translation>
    </message>
    <message>
        <source>Cannot count residents: %1</source>
        <translation>Cannot count residents: %1</translation>
    </message>
</context>
<context>
    <name>StayStore</name>
    <message>
        <source>Cannot read the stays: %1</source>
        <translation>Cannot read the stays: %1</translation>
    </message>
    <message>
        <source>The admission was not saved.</source>
        <translation>The admission was not saved.</translation>
    </message>
    <message>
        <source>The admission date is required.</source>
        <translation>The admission date is required.</translation>
    </message>
    <message>
        <source>The admission date cannot be in the future.</source>
        <translation>The admission date cannot be in the future.</translation>
    </message>
    <message>
        <source>The admission date is before the resident's birth date.</source>
        <translation>The admission date is before the resident's birth date.</translation>
    </message>
    <message>
        <source>%1 is already admitted; record an exit or a transfer.</source>
        <translation>%1 is already admitted; record an exit or a transfer.</translation>
    </message>
    <message>
        <source>The admission date is before the end of the previous stay (%1).</source>
        <translation>The admission date is before the end of the previous stay (%1).</translation>
    </message>
    <message>
        <source>%1 is full: %2 residents present for %3 places.</source>
        <translation>%1 is full: %2 residents present for %3 places.</translation>
    </message>
    <message>
        <source>The exit was not saved.</source>
        <translation>The exit was not saved.</translation>
    </message>
    <message>
        <source>The resident is not admitted anywhere.</source>
        <translation>The resident is not admitted anywhere.</translation>
    </message>
    <message>
        <source>The exit date is required.</source>
        <translation>The exit date is required.</translation>
    </message>
    <message>
        <source>The exit date is before the admission date (%1).</source>
        <translation>The exit date is before the admission date (%1).</translation>
    </message>
    <message>
        <source>The exit date cannot be in the future.</source>
        <translation>The exit date cannot be in the future.</translation>
    </message>
    <message>
        <source>Give the reason for the exit.</source>
        <translation>Give the reason for the exit.</translation>
    </message>
    <message>
        <source>The admission could not be saved to disk.</source>
        <translation>The admission could not be saved to disk.</translation>
    </message>
    <message>
        <source>The exit could not be saved to disk.</source>
        <translation>The exit could not be saved to disk.</translation>
    </message>
    <message>
        <source>The transfer was not saved.</source>
        <translation>The transfer was not saved.</translation>
    </message>
    <message>
        <source>The resident is already in this institution.</source>
        <translation>The resident is already in this institution.</translation>
    </message>
    <message>
        <source>The transfer could not be saved to disk.</source>
        <translation>The transfer could not be saved to disk.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot read the standards documents: %1</source>
        <translation>Cannot read the standards documents: %1</translation>
    </message>
    <message>
        <source>There is no standards document with the id %1.</source>
        <translation>There is no standards document with the id %1.</translation>
    </message>
    <message>
        <source>There is no standards document.</source>
        <translation>There is no standards document.</translation>
    </message>
    <message>
        <source>The standards document was not published.</source>
        <translation>The standards document was not published.</translation>
    </message>
    <message>
        <source>Standards documents are published by the ministry and reach this site in its bundles.</source>
        <translation>Standards documents are published by the ministry and reach this site in its bundles.</translation>
    </message>
    <message>
        <source>Edition %1 of “%2” exists already; publish it as edition %3.</source>
        <translation>Edition %1 of “%2” exists already; publish it as edition %3.</translation>
    </message>
    <message>
        <source>The standards document could not be saved to disk.</source>
        <translation>The standards document could not be saved to disk.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a standards document: %2</source>
        <translation>%1 is not a standards document: %2</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>%1 does not name a site and its keys.</source>
        <translation>%1 does not name a site and its keys.</translation>
    </message>
    <message>
        <source>%1 is this database's own identity.</source>
        <translation>%1 is this database's own identity.</translation>
    </message>
    <message>
        <source>Cannot record the trusted site: %1</source>
        <translation>Cannot record the trusted site: %1</translation>
    </message>
    <message>
        <source>The ministry hub does not load a ministry profile.</source>
        <translation>The ministry hub does not load a ministry profile.</translation>
    </message>
    <message>
        <source>This site already trusts the ministry “%1”.</source>
        <translation>This site already trusts the ministry “%1”.</translation>
    </message>
    <message>
        <source>Only the ministry hub enrols sites.</source>
        <translation>Only the ministry hub enrols sites.</translation>
    </message>
    <message>
        <source>Cannot read the trusted sites: %1</source>
        <translation>Cannot read the trusted sites: %1</translation>
    </message>
    <message>
        <source>The site %1 is not enrolled here.</source>
        <translation>The site %1 is not enrolled here.</translation>
    </message>
    <message>
        <source>%1 carries the revoked key of “%2”. The site must make new keys; nothing was changed.</source>
        <translation>%1 carries the revoked key of “%2”. The site must make new keys; nothing was changed.</translation>
    </message>
    <message>
        <source>Only the ministry hub revokes keys.</source>
        <translation>Only the ministry hub revokes keys.</translation>
    </message>
    <message>
        <source>Say why the key is revoked (for example: laptop stolen).</source>
        <translation>Say why the key is revoked (for example: laptop stolen).</translation>
    </message>
    <message>
        <source>The key of “%1” is already revoked.</source>
        <translation>The key of “%1” is already revoked.</translation>
    </message>
    <message>
        <source>The revocation could not be saved to disk.</source>
        <translation>The revocation could not be saved to disk.</translation>
    </message>
    <message>
        <source>%1 carries new keys for “%2”, which is already trusted with other keys. Revoke the old key first (on the Sync screen, or with “riaya-cli keys revoke”); nothing was changed.</source>
        <translation>%1 carries new keys for “%2”, which is already trusted with other keys. Revoke the old key first (on the Sync screen, or with “riaya-cli keys revoke”); nothing was changed.</translation>
    </message>
    <message>
        <source>This site has no ministry profile yet; load it first (on the Sync screen, or with “riaya-cli profile load FILE”).</source>
        <translation>This site has no ministry profile yet; load it first (on the Sync screen, or with “riaya-cli profile load FILE”).</translation>
    </message>
    <message>
        <source>The site's identity</source>
        <translation>The site's identity</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation><numerusform>The password must have at least %n character.</numerusform><numerusform>The password must have at least %n characters.</numerusform></translation>
    </message>
    <message>
        <source>The password must mix letters with digits or other signs.</source>
        <translation>The password must mix letters with digits or other signs.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Give the account at least one role.</translation>
    </message>
    <message>
        <source>At least one role is required.</source>
        <translation>At least one role is required.</translation>
    </message>
    <message>
        <source>“%1” is not a role; the roles are: %2.</source>
        <translation>“%1” is not a role; the roles are: %2.</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>Unknown role “%1”.</translation>
    </message>
    <message>
        <source>3 to 32 small letters, digits, dots, dashes or underscores.</source>
        <translation>3 to 32 small letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>This user name is taken.</translation>
    </message>
    <message>
        <source>The person's name is required.</source>
        <translation>The person's name is required.</translation>
    </message>
    <message>
        <source>The account was not created.</source>
        <translation>The account was not created.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
    <message>
        <source>The account could not be saved to disk.</source>
        <translation>The account could not be saved to disk.</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>There is no account “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for “%1”: try again in %n minutes.</source>
        <translation><numerusform>Too many wrong passwords for “%1”: try again in %n minute.</numerusform><numerusform>Too many wrong passwords for “%1”: try again in %n minutes.</numerusform></translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded.</source>
        <translation>The failed attempt could not be recorded.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The account “%1” is disabled; ask an administrator.</source>
        <translation>The account “%1” is disabled; ask an administrator.</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded.</source>
        <translation>The sign-in could not be recorded.</translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation>Sign in to change your password.</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>The current password is wrong; nothing was changed.</translation>
    </message>
    <message>
        <source>The password could not be saved to disk.</source>
        <translation>The password could not be saved to disk.</translation>
    </message>
    <message>
        <source>“%1” is the last administrator: make another one first.</source>
        <translation>“%1” is the last administrator: make another one first.</translation>
    </message>
    <message>
        <source>The lock time must be between 1 and 240 minutes.</source>
        <translation>The lock time must be between 1 and 240 minutes.</translation>
    </message>
    <message>
        <source>The setting could not be saved to disk.</source>
        <translation>The setting could not be saved to disk.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>The first account must be an administrator.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation><numerusform>At most %n character.</numerusform><numerusform>At most %n characters.</numerusform></translation>
    </message>
    <message>
        <source>Use Latin letters in this field (the Arabic spelling has its own field).</source>
        <translation>Use Latin letters in this field (the Arabic spelling has its own field).</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>The first name is required.</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>The family name is required.</translation>
    </message>
    <message>
        <source>Choose female (F) or male (M).</source>
        <translation>Choose female (F) or male (M).</translation>
    </message>
    <message>
        <source>The birth date is required (YYYY-MM-DD).</source>
        <translation>The birth date is required (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message numerus="yes">
        <source>The birth date makes the resident older than %n years; check the year.</source>
        <translation><numerusform>The birth date makes the resident older than %n year; check the year.</numerusform><numerusform>The birth date makes the resident older than %n years; check the year.</numerusform></translation>
    </message>
    <message>
        <source>A Massar code is one letter followed by nine digits, for example G123456789.</source>
        <translation>A Massar code is one letter followed by nine digits, for example G123456789.</translation>
    </message>
    <message>
        <source>A national identifier has 5 to 20 letters and digits, without spaces.</source>
        <translation>A national identifier has 5 to 20 letters and digits, without spaces.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 20 digits, optionally starting with +.</source>
        <translation>A phone number has 7 to 20 digits, optionally starting with +.</translation>
    </message>
    <message>
        <source>Unknown school level “%1”; use one of %2.</source>
        <translation>Unknown school level “%1”; use one of %2.</translation>
    </message>
    <message>
        <source>The institution's name is required.</source>
        <translation>The institution's name is required.</translation>
    </message>
    <message>
        <source>Unknown kind of institution “%1”; use one of %2.</source>
        <translation>Unknown kind of institution “%1”; use one of %2.</translation>
    </message>
    <message>
        <source>The capacity is a number of beds from 1 to 5000.</source>
        <translation>The capacity is a number of beds from 1 to 5000.</translation>
    </message>
    <message>
        <source>Write the school year as two years, for example 2025-2026.</source>
        <translation>Write the school year as two years, for example 2025-2026.</translation>
    </message>
    <message>
        <source>A school year spans two consecutive years, for example 2025-2026.</source>
        <translation>A school year spans two consecutive years, for example 2025-2026.</translation>
    </message>
    <message>
        <source>The school year %1 has not started yet.</source>
        <translation>The school year %1 has not started yet.</translation>
    </message>
    <message>
        <source>The school year starts before 2000; check the year.</source>
        <translation>The school year starts before 2000; check the year.</translation>
    </message>
    <message>
        <source>The term is 1, 2 or 3.</source>
        <translation>The term is 1, 2 or 3.</translation>
    </message>
    <message>
        <source>An average is out of 20: from 0 to 20.</source>
        <translation>An average is out of 20: from 0 to 20.</translation>
    </message>
    <message>
        <source>Unknown decision “%1”; use one of %2.</source>
        <translation>Unknown decision “%1”; use one of %2.</translation>
    </message>
    <message>
        <source>The date of the incident is required (YYYY-MM-DD).</source>
        <translation>The date of the incident is required (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The date of the incident cannot be in the future.</source>
        <translation>The date of the incident cannot be in the future.</translation>
    </message>
    <message>
        <source>The date of the incident is before 2000; check the year.</source>
        <translation>The date of the incident is before 2000; check the year.</translation>
    </message>
    <message>
        <source>Unknown kind of incident “%1”; use one of %2.</source>
        <translation>Unknown kind of incident “%1”; use one of %2.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>A voided incident needs the time it was voided.</source>
        <translation>A voided incident needs the time it was voided.</translation>
    </message>
    <message>
        <source>Name who voided the incident.</source>
        <translation>Name who voided the incident.</translation>
    </message>
    <message>
        <source>Say why the incident is voided.</source>
        <translation>Say why the incident is voided.</translation>
    </message>
    <message>
        <source>Whom the house receives is F (girls), M (boys) or empty (both).</source>
        <translation>Whom the house receives is F (girls), M (boys) or empty (both).</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
</context>
<context>
    <name>WriteScope</name>
    <message>
        <source>The record %1 of %2 belongs to %3 %4, which is not known here; it comes before its own parent or names one that does not exist.</source>
        <translation>The record %1 of %2 belongs to %3 %4, which is not known here; it comes before its own parent or names one that does not exist.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to %3 %4 of another site (%5), which granted this site nothing of the kind; a site may not add records to what another site owns.</source>
        <translation>The record %1 of %2 belongs to %3 %4 of another site (%5), which granted this site nothing of the kind; a site may not add records to what another site owns.</translation>
    </message>
    <message>
        <source>The request %1 (%2) is refused: %3</source>
        <translation>The request %1 (%2) is refused: %3</translation>
    </message>
    <message>
        <source>it was decided already, and a decision is final.</source>
        <translation>it was decided already, and a decision is final.</translation>
    </message>
    <message>
        <source>only its state and decision may change once it is made.</source>
        <translation>only its state and decision may change once it is made.</translation>
    </message>
    <message>
        <source>only the site it is addressed to decides it, and only the site that made it cancels it.</source>
        <translation>only the site it is addressed to decides it, and only the site that made it cancels it.</translation>
    </message>
    <message>
        <source>a site makes requests in its own name only.</source>
        <translation>a site makes requests in its own name only.</translation>
    </message>
    <message>
        <source>a new request cannot be decided already.</source>
        <translation>a new request cannot be decided already.</translation>
    </message>
    <message>
        <source>a site proposes changes to its own institution, to the ministry.</source>
        <translation>a site proposes changes to its own institution, to the ministry.</translation>
    </message>
    <message>
        <source>transfers and access are asked for a child's file.</source>
        <translation>transfers and access are asked for a child's file.</translation>
    </message>
    <message>
        <source>only the site that holds a child's file (%1) asks to transfer it.</source>
        <translation>only the site that holds a child's file (%1) asks to transfer it.</translation>
    </message>
    <message>
        <source>access is asked of the site that holds the child's file (%1).</source>
        <translation>access is asked of the site that holds the child's file (%1).</translation>
    </message>
    <message>
        <source>The grant %1 is refused: only the ministry grants access to an institution.</source>
        <translation>The grant %1 is refused: only the ministry grants access to an institution.</translation>
    </message>
    <message>
        <source>The grant %1 is refused: only the site that holds a child's file (%2) grants access to it.</source>
        <translation>The grant %1 is refused: only the site that holds a child's file (%2) grants access to it.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to another site (%3); a site makes records in its own name only.</source>
        <translation>The record %1 of %2 belongs to another site (%3); a site makes records in its own name only.</translation>
    </message>
    <message>
        <source>The details of the institution %1 are the ministry's: a site proposes a change, which the ministry accepts or refuses.</source>
        <translation>The details of the institution %1 are the ministry's: a site proposes a change, which the ministry accepts or refuses.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to another site (%3), which granted this site no change to %4.</source>
        <translation>The record %1 of %2 belongs to another site (%3), which granted this site no change to %4.</translation>
    </message>
</context>
<context>
    <name>XlsSheet</name>
    <message>
        <source>%1 is damaged: its cells cannot be read.</source>
        <translation>%1 is damaged: its cells cannot be read.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: open it in Excel or LibreOffice, remove the password and save it again.</source>
        <translation>%1 is protected by a password: open it in Excel or LibreOffice, remove the password and save it again.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: it does not exist or cannot be read.</source>
        <translation>%1 cannot be opened: it does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>%1 is not an Excel 97-2003 workbook.</source>
        <translation>%1 is not an Excel 97-2003 workbook.</translation>
    </message>
    <message>
        <source>%1 is too large to be read: not enough memory.</source>
        <translation>%1 is too large to be read: not enough memory.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as an Excel 97-2003 workbook.</source>
        <translation>%1 is damaged and cannot be read as an Excel 97-2003 workbook.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 has no worksheet.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are: %3.</source>
        <translation>%1 has no sheet named “%2”; its sheets are: %3.</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the workbook could not be started</source>
        <translation>the workbook could not be started</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>a sheet holds at most 1,048,576 rows and 16,384 columns</source>
        <translation>a sheet holds at most 1,048,576 rows and 16,384 columns</translation>
    </message>
    <message>
        <source>the finished file could not replace it</source>
        <translation>the finished file could not replace it</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>%1 is damaged: the part %2 named by the workbook is missing.</source>
        <translation>%1 is damaged: the part %2 named by the workbook is missing.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is truncated or corrupt.</source>
        <translation>%1 is damaged: the part %2 is truncated or corrupt.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is not well-formed XML (line %3: %4).</source>
        <translation>%1 is damaged: the part %2 is not well-formed XML (line %3: %4).</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook: it has no xl/workbook.xml.</source>
        <translation>%1 is a zip file but not an Excel workbook: it has no xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 has no worksheet.</translation>
    </message>
    <message>
        <source>%1 is damaged: sheet %2 refers to a shared string that does not exist.</source>
        <translation>%1 is damaged: sheet %2 refers to a shared string that does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: it is not a zip file, or it is truncated.</source>
        <translation>%1 cannot be read as an Excel workbook: it is not a zip file, or it is truncated.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are: %3.</source>
        <translation>%1 has no sheet named “%2”; its sheets are: %3.</translation>
    </message>
    <message>
        <source>%1: the part %2 of this workbook is larger than Riaya reads (%3 MiB); it is damaged or not a roster.</source>
        <translation>%1: the part %2 of this workbook is larger than Riaya reads (%3 MiB); it is damaged or not a roster.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Riaya cannot open the database</source>
        <translation>Riaya cannot open the database</translation>
    </message>
    <message>
        <source>%1 is not set up yet; run “riaya-cli --db %1 init” first.</source>
        <translation>%1 is not set up yet; run “riaya-cli --db %1 init” first.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>The backup was not restored</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The backup is in place. The database it replaced is kept as %1.</source>
        <translation>The backup is in place. The database it replaced is kept as %1.</translation>
    </message>
    <message>
        <source>Only an administrator restores a backup over this database.</source>
        <translation>Only an administrator restores a backup over this database.</translation>
    </message>
</context>
<context>
    <name>riaya::AcceptRequestDialog</name>
    <message>
        <source>&amp;Received in:</source>
        <translation>&amp;Received in:</translation>
    </message>
    <message>
        <source>&amp;Last day of the access (optional):</source>
        <translation>&amp;Last day of the access (optional):</translation>
    </message>
    <message>
        <source>&amp;Note for the site that asked (optional):</source>
        <translation>&amp;Note for the site that asked (optional):</translation>
    </message>
    <message>
        <source>&amp;Accept the request</source>
        <translation>&amp;Accept the request</translation>
    </message>
    <message>
        <source>Accept a request</source>
        <translation>Accept a request</translation>
    </message>
</context>
<context>
    <name>riaya::Access</name>
    <message>
        <source>reading residents' files</source>
        <translation>reading residents' files</translation>
    </message>
    <message>
        <source>changing residents' files and stays</source>
        <translation>changing residents' files and stays</translation>
    </message>
    <message>
        <source>reading health notes</source>
        <translation>reading health notes</translation>
    </message>
    <message>
        <source>marking presence</source>
        <translation>marking presence</translation>
    </message>
    <message>
        <source>recording school results</source>
        <translation>recording school results</translation>
    </message>
    <message>
        <source>reading incidents</source>
        <translation>reading incidents</translation>
    </message>
    <message>
        <source>recording incidents</source>
        <translation>recording incidents</translation>
    </message>
    <message>
        <source>closing the month</source>
        <translation>closing the month</translation>
    </message>
    <message>
        <source>exporting bundles</source>
        <translation>exporting bundles</translation>
    </message>
    <message>
        <source>importing bundles</source>
        <translation>importing bundles</translation>
    </message>
    <message>
        <source>importing the ministry's bundles</source>
        <translation>importing the ministry's bundles</translation>
    </message>
    <message>
        <source>deciding conflicts and duplicates</source>
        <translation>deciding conflicts and duplicates</translation>
    </message>
    <message>
        <source>managing institutions</source>
        <translation>managing institutions</translation>
    </message>
    <message>
        <source>managing keys and trusted sites</source>
        <translation>managing keys and trusted sites</translation>
    </message>
    <message>
        <source>managing user accounts</source>
        <translation>managing user accounts</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>reading the audit log</translation>
    </message>
    <message>
        <source>making backups</source>
        <translation>making backups</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>restoring a backup</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>inspector</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>social worker</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>reading inspections</source>
        <translation>reading inspections</translation>
    </message>
    <message>
        <source>conducting inspections</source>
        <translation>conducting inspections</translation>
    </message>
    <message>
        <source>managing the standards documents</source>
        <translation>managing the standards documents</translation>
    </message>
    <message>
        <source>reading foster families and placements</source>
        <translation>reading foster families and placements</translation>
    </message>
    <message>
        <source>managing foster families and placements</source>
        <translation>managing foster families and placements</translation>
    </message>
    <message>
        <source>recording the progress of corrective actions</source>
        <translation>recording the progress of corrective actions</translation>
    </message>
</context>
<context>
    <name>riaya::ActionDialog</name>
    <message>
        <source>Finding:</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <source>&amp;What must be done:</source>
        <translation>&amp;What must be done:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Due by:</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
</context>
<context>
    <name>riaya::AssignInspectorDialog</name>
    <message>
        <source>With its next answer bundle, the inspector's site receives the institution, its inspections and its open actions, and may inspect it.</source>
        <translation>With its next answer bundle, the inspector's site receives the institution, its inspections and its open actions, and may inspect it.</translation>
    </message>
    <message>
        <source>&amp;Inspector's site:</source>
        <translation>&amp;Inspector's site:</translation>
    </message>
    <message>
        <source>I&amp;nstitution to inspect:</source>
        <translation>I&amp;nstitution to inspect:</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Reason (optional):</translation>
    </message>
    <message>
        <source>&amp;Last day (optional):</source>
        <translation>&amp;Last day (optional):</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>Assign an inspector</source>
        <translation>Assign an inspector</translation>
    </message>
    <message>
        <source>Choose an enrolled site from the list.</source>
        <translation>Choose an enrolled site from the list.</translation>
    </message>
    <message>
        <source>Choose an institution from the list.</source>
        <translation>Choose an institution from the list.</translation>
    </message>
</context>
<context>
    <name>riaya::AuditPage</name>
    <message>
        <source>The audit log is intact: %1 entries, none changed, removed or reordered.</source>
        <translation>The audit log is intact: %1 entries, none changed, removed or reordered.</translation>
    </message>
    <message>
        <source>THE AUDIT LOG IS BROKEN at entry %1: %2 Someone changed the history or the file is damaged. Tell the ministry and keep this computer as it is.</source>
        <translation>THE AUDIT LOG IS BROKEN at entry %1: %2 Someone changed the history or the file is damaged. Tell the ministry and keep this computer as it is.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>A record's id, or a kind such as residents; Enter to search</source>
        <translation>A record's id, or a kind such as residents; Enter to search</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Keys made</source>
        <translation>Keys made</translation>
    </message>
    <message>
        <source>Keys replaced</source>
        <translation>Keys replaced</translation>
    </message>
    <message>
        <source>Site trusted</source>
        <translation>Site trusted</translation>
    </message>
    <message>
        <source>New keys trusted</source>
        <translation>New keys trusted</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <source>Conflict decided</source>
        <translation>Conflict decided</translation>
    </message>
    <message>
        <source>Files merged</source>
        <translation>Files merged</translation>
    </message>
    <message>
        <source>Different children</source>
        <translation>Different children</translation>
    </message>
    <message>
        <source>Keys rotated</source>
        <translation>Keys rotated</translation>
    </message>
    <message>
        <source>Ministry's new keys trusted</source>
        <translation>Ministry's new keys trusted</translation>
    </message>
</context>
<context>
    <name>riaya::BackupPanel</name>
    <message>
        <source>Backups go to %1; %2 of each kind are kept. One is made every day Riaya is opened, and before every import.</source>
        <translation>Backups go to %1; %2 of each kind are kept. One is made every day Riaya is opened, and before every import.</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Backup written, but THE AUDIT LOG IS BROKEN: %1. Tell the ministry.</source>
        <translation>Backup written, but THE AUDIT LOG IS BROKEN: %1. Tell the ministry.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Riaya backups (*.backup)</source>
        <translation>Riaya backups (*.backup)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>Backup &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>daily</source>
        <comment>kind of backup</comment>
        <translation>daily</translation>
    </message>
</context>
<context>
    <name>riaya::ConflictsTab</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No conflict waits for a decision.</source>
        <translation>No conflict waits for a decision.</translation>
    </message>
    <message>
        <source>Changed here and at %1 since the last exchange: the later change is in force, the other is shown beside it.</source>
        <translation>Changed here and at %1 since the last exchange: the later change is in force, the other is shown beside it.</translation>
    </message>
    <message>
        <source>An older version from %1 arrived after this one was changed here.</source>
        <translation>An older version from %1 arrived after this one was changed here.</translation>
    </message>
    <message>
        <source>The other version is now in force; it travels like any change.</source>
        <translation>The other version is now in force; it travels like any change.</translation>
    </message>
    <message>
        <source>The version in force stays.</source>
        <translation>The version in force stays.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <source>&amp;Keep the version in force</source>
        <translation>&amp;Keep the version in force</translation>
    </message>
    <message>
        <source>&amp;Take the other version</source>
        <translation>&amp;Take the other version</translation>
    </message>
    <message numerus="yes">
        <source>This version from %1 was stamped by a clock %n days ahead (its computer's clock is wrong): it waits here and wins over nothing. Taking it stores it stamped with this computer's time.</source>
        <translation><numerusform>This version from %1 was stamped by a clock %n day ahead (its computer's clock is wrong): it waits here and wins over nothing. Taking it stores it stamped with this computer's time.</numerusform><numerusform>This version from %1 was stamped by a clock %n days ahead (its computer's clock is wrong): it waits here and wins over nothing. Taking it stores it stamped with this computer's time.</numerusform></translation>
    </message>
    <message>
        <source>No conflict waits for a decision. A record changed at two places at once appears here, with both versions side by side.</source>
        <translation>No conflict waits for a decision. A record changed at two places at once appears here, with both versions side by side.</translation>
    </message>
</context>
<context>
    <name>riaya::CorrectiveAction</name>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>riaya::DateDisplay</name>
    <message>
        <source>%1 AH</source>
        <extracomment>A date of the Hijri calendar, %1 being day/month/year</extracomment>
        <translation>%1 AH</translation>
    </message>
</context>
<context>
    <name>riaya::DateField</name>
    <message>
        <source>Write a date (day/month/year) or choose it in the calendar.</source>
        <translation>Write a date (day/month/year) or choose it in the calendar.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write day/month/year, for example %2.</source>
        <translation>“%1” is not a date: write day/month/year, for example %2.</translation>
    </message>
    <message>
        <source>Choose a date on or before %1.</source>
        <translation>Choose a date on or before %1.</translation>
    </message>
    <message>
        <source>Choose a date on or after %1.</source>
        <translation>Choose a date on or after %1.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Choose in the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>riaya::DuplicatePanel</name>
    <message>
        <source>%1 (%2), born %3, %4 — %5% alike</source>
        <translation>%1 (%2), born %3, %4 — %5% alike</translation>
    </message>
    <message>
        <source>This child may already be registered. Open the existing file rather than making a second one, unless this is another child.</source>
        <translation>This child may already be registered. Open the existing file rather than making a second one, unless this is another child.</translation>
    </message>
    <message>
        <source>&amp;Open the existing file</source>
        <translation>&amp;Open the existing file</translation>
    </message>
    <message>
        <source>&amp;Register as another child</source>
        <translation>&amp;Register as another child</translation>
    </message>
</context>
<context>
    <name>riaya::DuplicatesTab</name>
    <message>
        <source>%1 — %2 (%3% alike)</source>
        <translation>%1 — %2 (%3% alike)</translation>
    </message>
    <message>
        <source>Recorded: two different children. Both files stay.</source>
        <translation>Recorded: two different children. Both files stay.</translation>
    </message>
    <message>
        <source>Merged: one file now holds the records of both.</source>
        <translation>Merged: one file now holds the records of both.</translation>
    </message>
    <message>
        <source>Merge two files</source>
        <translation>Merge two files</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>First file</translation>
    </message>
    <message>
        <source>Second file</source>
        <translation>Second file</translation>
    </message>
    <message>
        <source>&amp;Different children</source>
        <translation>&amp;Different children</translation>
    </message>
    <message>
        <source>Same child: keep the &amp;first file</source>
        <translation>Same child: keep the &amp;first file</translation>
    </message>
    <message>
        <source>Same child: keep the &amp;second file</source>
        <translation>Same child: keep the &amp;second file</translation>
    </message>
    <message>
        <source>These two files will become one: the first file stays, takes the second's details where it has none, and shows the stays, presence and results of both. The second file is closed. Merge them?</source>
        <translation>These two files will become one: the first file stays, takes the second's details where it has none, and shows the stays, presence and results of both. The second file is closed. Merge them?</translation>
    </message>
    <message>
        <source>These two files will become one: the second file stays, takes the first's details where it has none, and shows the stays, presence and results of both. The first file is closed. Merge them?</source>
        <translation>These two files will become one: the second file stays, takes the first's details where it has none, and shows the stays, presence and results of both. The first file is closed. Merge them?</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>family name</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>father's name</source>
        <translation>father's name</translation>
    </message>
    <message>
        <source>mother's name</source>
        <translation>mother's name</translation>
    </message>
    <message>
        <source>Massar code</source>
        <translation>Massar code</translation>
    </message>
    <message>
        <source>national identity number</source>
        <translation>national identity number</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Alike: %1.</source>
        <translation>Alike: %1.</translation>
    </message>
    <message>
        <source>One typing mistake apart: %1.</source>
        <translation>One typing mistake apart: %1.</translation>
    </message>
    <message>
        <source>Different: %1.</source>
        <translation>Different: %1.</translation>
    </message>
    <message>
        <source>The first and family names are typed in each other's place.</source>
        <translation>The first and family names are typed in each other's place.</translation>
    </message>
    <message>
        <source>%1 — %2: merged on %3</source>
        <translation>%1 — %2: merged on %3</translation>
    </message>
    <message>
        <source>%1 — %2: two children, decided on %3</source>
        <translation>%1 — %2: two children, decided on %3</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>No decision yet.</translation>
    </message>
    <message>
        <source>No probable duplicates wait for a decision.</source>
        <translation>No probable duplicates wait for a decision.</translation>
    </message>
    <message>
        <source>Undone: the pair waits for a decision again.</source>
        <translation>Undone: the pair waits for a decision again.</translation>
    </message>
    <message>
        <source>Changed since the merge, these details stay in the kept file: %1.</source>
        <translation>Changed since the merge, these details stay in the kept file: %1.</translation>
    </message>
    <message>
        <source>The two files will be separate again: the closed file opens again with its own details, stays, presence and results, and the kept file gives back the details it took from it, except those changed since. The pair then waits for a decision again. Undo the merge?</source>
        <translation>The two files will be separate again: the closed file opens again with its own details, stays, presence and results, and the kept file gives back the details it took from it, except those changed since. The pair then waits for a decision again. Undo the merge?</translation>
    </message>
    <message>
        <source>The pair will wait for a decision again. Undo the decision?</source>
        <translation>The pair will wait for a decision again. Undo the decision?</translation>
    </message>
    <message>
        <source>Undo a decision</source>
        <translation>Undo a decision</translation>
    </message>
    <message>
        <source>No possible duplicate waits for a decision. Files that seem to be the same child appear here as the bundles of the houses arrive.</source>
        <translation>No possible duplicate waits for a decision. Files that seem to be the same child appear here as the bundles of the houses arrive.</translation>
    </message>
    <message>
        <source>&amp;Undo this decision</source>
        <translation>&amp;Undo this decision</translation>
    </message>
    <message>
        <source>Show the pairs already decided</source>
        <translation>Show the pairs already decided</translation>
    </message>
</context>
<context>
    <name>riaya::ExportListButton</name>
    <message>
        <source>The list was written to %1.</source>
        <translation>The list was written to %1.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, for any spreadsheet (*.csv)</source>
        <translation>CSV files, for any spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents, to print (*.pdf)</source>
        <translation>PDF documents, to print (*.pdf)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>riaya::FamiliesPage</name>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message numerus="yes">
        <source>Placements (%n visit(s) overdue)</source>
        <translation><numerusform>Placements (%n visit(s) overdue)</numerusform><numerusform>Placements (%n visit(s) overdue)</numerusform></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Active placements</source>
        <translation>Active placements</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>Follow-up visits overdue</translation>
    </message>
    <message>
        <source>Families: %1</source>
        <translation>Families: %1</translation>
    </message>
    <message>
        <source>%1: started / ended</source>
        <translation>%1: started / ended</translation>
    </message>
    <message>
        <source>Return — %1: %2</source>
        <translation>Return — %1: %2</translation>
    </message>
    <message>
        <source>Foster families</source>
        <translation>Foster families</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Search by name, in Arabic or Latin letters</source>
        <translation>Search by name, in Arabic or Latin letters</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;New family…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the &amp;placement</source>
        <translation>Open the &amp;placement</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Heads</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Placed on</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>Next visit due</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>No family matches “%1”. Check the spelling, try the name in the other script, or press Esc to see them all.</source>
        <translation>No family matches “%1”. Check the spelling, try the name in the other script, or press Esc to see them all.</translation>
    </message>
    <message>
        <source>No family is in the state “%1”.</source>
        <translation>No family is in the state “%1”.</translation>
    </message>
    <message>
        <source>No foster family yet. Register the first one with “New family…”.</source>
        <translation>No foster family yet. Register the first one with “New family…”.</translation>
    </message>
    <message>
        <source>No foster family is registered yet.</source>
        <translation>No foster family is registered yet.</translation>
    </message>
    <message>
        <source>No child is placed with a family. Open an approved family and place a child from its Placements tab.</source>
        <translation>No child is placed with a family. Open an approved family and place a child from its Placements tab.</translation>
    </message>
    <message>
        <source>Register imported: %1 families added, %2 completed.</source>
        <translation>Register imported: %1 families added, %2 completed.</translation>
    </message>
    <message>
        <source>Import from a &amp;spreadsheet…</source>
        <translation>Import from a &amp;spreadsheet…</translation>
    </message>
</context>
<context>
    <name>riaya::FamilyDialog</name>
    <message>
        <source>&amp;Save the details</source>
        <translation>&amp;Save the details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>not said</translation>
    </message>
    <message>
        <source>girl</source>
        <translation>girl</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>boy</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>Family &amp;name:</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters:</source>
        <translation>Name in &amp;Latin letters:</translation>
    </message>
    <message>
        <source>Add a &amp;member</source>
        <translation>Add a &amp;member</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Remove the member</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Region, province:</source>
        <translation>Region, province:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Occupation:</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>&amp;Income:</translation>
    </message>
    <message>
        <source>Documents received:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <source>ages</source>
        <translation>ages</translation>
    </message>
    <message>
        <source>Capacity and preferences:</source>
        <translation>Capacity and preferences:</translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation>Move &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Approval &amp;number:</source>
        <translation>Approval &amp;number:</translation>
    </message>
    <message>
        <source>Approval to renew by:</source>
        <translation>Approval to renew by:</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>Record the &amp;decision</translation>
    </message>
    <message>
        <source>&amp;Social worker:</source>
        <translation>&amp;Social worker:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recommendation:</translation>
    </message>
    <message>
        <source>Add the &amp;study</source>
        <translation>Add the &amp;study</translation>
    </message>
    <message>
        <source>&amp;Place a child…</source>
        <translation>&amp;Place a child…</translation>
    </message>
    <message>
        <source>&amp;Open the placement</source>
        <translation>&amp;Open the placement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Home studies</source>
        <translation>Home studies</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>New family</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>Family %1</translation>
    </message>
    <message>
        <source>%1 — %2 since %3</source>
        <translation>%1 — %2 since %3</translation>
    </message>
    <message>
        <source>Approval %1, to renew by %2</source>
        <translation>Approval %1, to renew by %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 (renewal)</source>
        <translation>%1 (renewal)</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>living with the family</source>
        <translation>living with the family</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Placed on</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no age limit</comment>
        <translation>any</translation>
    </message>
    <message>
        <source>either</source>
        <comment>girl or boy</comment>
        <translation>either</translation>
    </message>
</context>
<context>
    <name>riaya::FieldLabels</name>
    <message>
        <source>Kind of incident</source>
        <translation>Kind of incident</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>Voided at</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>Voided by</translation>
    </message>
    <message>
        <source>Why it was voided</source>
        <translation>Why it was voided</translation>
    </message>
    <message>
        <source>Kind of institution</source>
        <translation>Kind of institution</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Children the family can take</source>
        <translation>Children the family can take</translation>
    </message>
    <message>
        <source>Stage of the file</source>
        <translation>Stage of the file</translation>
    </message>
    <message>
        <source>Stage decided</source>
        <translation>Stage decided</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>Place of origin</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>State of the inspection</source>
        <translation>State of the inspection</translation>
    </message>
    <message>
        <source>State of the action</source>
        <translation>State of the action</translation>
    </message>
    <message>
        <source>Action to take</source>
        <translation>Action to take</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <source>Licence expires on</source>
        <translation>Licence expires on</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>First name in Latin letters</source>
        <translation>First name in Latin letters</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>Family name in Latin letters</translation>
    </message>
    <message>
        <source>Father's name</source>
        <translation>Father's name</translation>
    </message>
    <message>
        <source>Mother's name</source>
        <translation>Mother's name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>National identity number</translation>
    </message>
    <message>
        <source>Massar code</source>
        <translation>Massar code</translation>
    </message>
    <message>
        <source>Guardian's name</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <source>Guardian's relation</source>
        <translation>Guardian's relation</translation>
    </message>
    <message>
        <source>Guardian's phone</source>
        <translation>Guardian's phone</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>School level</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admitted on</translation>
    </message>
    <message>
        <source>Reason for admission</source>
        <translation>Reason for admission</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Kind of exit</source>
        <translation>Kind of exit</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Occurred on</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>Residents concerned</source>
        <translation>Residents concerned</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Revoked at</source>
        <translation>Revoked at</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>First version</translation>
    </message>
    <message>
        <source>Standards document</source>
        <translation>Standards document</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation>Follows up</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Finalized at</source>
        <translation>Finalized at</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Note on the state</source>
        <translation>Note on the state</translation>
    </message>
    <message>
        <source>State changed on</source>
        <translation>State changed on</translation>
    </message>
    <message>
        <source>Verified during</source>
        <translation>Verified during</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Members' names</source>
        <translation>Members' names</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>Stage since</translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>Approval number</translation>
    </message>
    <message>
        <source>Approval to renew on</source>
        <translation>Approval to renew on</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Youngest age wished</source>
        <translation>Youngest age wished</translation>
    </message>
    <message>
        <source>Oldest age wished</source>
        <translation>Oldest age wished</translation>
    </message>
    <message>
        <source>Sex wished</source>
        <translation>Sex wished</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Legal reference</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <source>From the institution</source>
        <translation>From the institution</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason for the end</source>
        <translation>Reason for the end</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Wellbeing</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>The operator of this computer</source>
        <translation>The operator of this computer</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Receives</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Kind of request</translation>
    </message>
    <message>
        <source>State of the request</source>
        <translation>State of the request</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Kind of record concerned</source>
        <translation>Kind of record concerned</translation>
    </message>
    <message>
        <source>Record concerned</source>
        <translation>Record concerned</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Asked of</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>Takes effect on</translation>
    </message>
    <message>
        <source>Proposed details</source>
        <translation>Proposed details</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation>Note on the decision</translation>
    </message>
    <message>
        <source>Granted to</source>
        <translation>Granted to</translation>
    </message>
    <message>
        <source>Records it may add</source>
        <translation>Records it may add</translation>
    </message>
    <message>
        <source>Fields it may change</source>
        <translation>Fields it may change</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
</context>
<context>
    <name>riaya::FigureListDialog</name>
    <message>
        <source>Nothing was counted here.</source>
        <translation>Nothing was counted here.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
</context>
<context>
    <name>riaya::FigureTile</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Open the list behind this figure</source>
        <translation>Open the list behind this figure</translation>
    </message>
</context>
<context>
    <name>riaya::HelpDialog</name>
    <message>
        <source>Riaya help</source>
        <translation>Riaya help</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
</context>
<context>
    <name>riaya::HomePage</name>
    <message>
        <source>Every region</source>
        <translation>Every region</translation>
    </message>
    <message>
        <source>Every province</source>
        <translation>Every province</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Every type</translation>
    </message>
    <message>
        <source>Every institution</source>
        <translation>Every institution</translation>
    </message>
    <message>
        <source>The national picture, %1</source>
        <translation>The national picture, %1</translation>
    </message>
    <message>
        <source>The month shown; the trends end with it</source>
        <translation>The month shown; the trends end with it</translation>
    </message>
</context>
<context>
    <name>riaya::ImportDialog</name>
    <message>
        <source>Passphrase of this database's keys:</source>
        <translation>Passphrase of this database's keys:</translation>
    </message>
    <message>
        <source>Already imported; nothing changes.</source>
        <translation>Already imported; nothing changes.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n bundles can be imported; nothing was applied yet.</source>
        <translation><numerusform>Preview: %n bundle can be imported; nothing was applied yet.</numerusform><numerusform>Preview: %n bundles can be imported; nothing was applied yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n bundles imported.</source>
        <translation><numerusform>%n bundle imported.</numerusform><numerusform>%n bundles imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n residents look like children registered at another site; they wait for a clerk to decide, nothing is merged.</source>
        <translation><numerusform>%n resident looks like a child registered at another site; it waits for a clerk to decide, nothing is merged.</numerusform><numerusform>%n residents look like children registered at another site; they wait for a clerk to decide, nothing is merged.</numerusform></translation>
    </message>
    <message>
        <source>Bundles not received yet from %1: %2.</source>
        <translation>Bundles not received yet from %1: %2.</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles: %1</source>
        <translation><numerusform>%n bundle: %1</numerusform><numerusform>%n bundles: %1</numerusform></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>%n records were stamped by a clock %1 days ahead of this one; they wait for a clerk under Review and do not win over any record.</source>
        <translation><numerusform>%n record was stamped by a clock %1 days ahead of this one; it waits for a clerk under Review and does not win over any record.</numerusform><numerusform>%n records were stamped by a clock %1 days ahead of this one; they wait for a clerk under Review and do not win over any record.</numerusform></translation>
    </message>
    <message>
        <source>This bundle started a new history of its sender; the earlier bundles from number %1 on were set aside, their records kept.</source>
        <translation>This bundle started a new history of its sender; the earlier bundles from number %1 on were set aside, their records kept.</translation>
    </message>
    <message>
        <source>Accept a new history of the sender</source>
        <translation>Accept a new history of the sender</translation>
    </message>
    <message>
        <source>Tick only after checking with the site: a site restored from an old backup numbers its bundles again. Its records are merged as usual and nothing received is lost.</source>
        <translation>Tick only after checking with the site: a site restored from an old backup numbers its bundles again. Its records are merged as usual and nothing received is lost.</translation>
    </message>
</context>
<context>
    <name>riaya::IncidentDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>&amp;Action taken:</source>
        <translation>&amp;Action taken:</translation>
    </message>
    <message>
        <source>&amp;Reported to:</source>
        <translation>&amp;Reported to:</translation>
    </message>
    <message>
        <source>Residents &amp;concerned:</source>
        <translation>Residents &amp;concerned:</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Voided incident</source>
        <translation>Voided incident</translation>
    </message>
    <message>
        <source>Voided on %1 by %2: %3. It is no longer counted and can no longer be changed.</source>
        <translation>Voided on %1 by %2: %3. It is no longer counted and can no longer be changed.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>riaya::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <comment>end of a period</comment>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Residents concerned</source>
        <translation>Residents concerned</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>New incident…</translation>
    </message>
    <message>
        <source>Voided on %1 by %2: %3</source>
        <translation>Voided on %1 by %2: %3</translation>
    </message>
    <message>
        <source>No incidents from %1 to %2. Write one down with New incident (Ctrl+I), or widen the period.</source>
        <translation>No incidents from %1 to %2. Write one down with New incident (Ctrl+I), or widen the period.</translation>
    </message>
    <message>
        <source>No incident of this period matches “%1”. Check the spelling, or press Esc to see them all.</source>
        <translation>No incident of this period matches “%1”. Check the spelling, or press Esc to see them all.</translation>
    </message>
    <message>
        <source>The incident was voided; it stays listed, struck through, and is no longer counted.</source>
        <translation>The incident was voided; it stays listed, struck through, and is no longer counted.</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Search the incidents: a name, a word of what happened…</source>
        <translation>Search the incidents: a name, a word of what happened…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <source>Void an incident written down by mistake: it stays listed, with the reason</source>
        <translation>Void an incident written down by mistake: it stays listed, with the reason</translation>
    </message>
</context>
<context>
    <name>riaya::Inspection</name>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>major</source>
        <translation>major</translation>
    </message>
</context>
<context>
    <name>riaya::InspectionDialog</name>
    <message>
        <source>Add a &amp;finding…</source>
        <translation>Add a &amp;finding…</translation>
    </message>
    <message>
        <source>Remove the finding</source>
        <translation>Remove the finding</translation>
    </message>
    <message>
        <source>Raise a corrective &amp;action…</source>
        <translation>Raise a corrective &amp;action…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Finali&amp;ze…</source>
        <translation>Finali&amp;ze…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Keys: 1 compliant · 2 partly · 3 not compliant · 0 or N not applicable; on a scale the digit is the score. Each answer moves to the next item.</source>
        <translation>Keys: 1 compliant · 2 partly · 3 not compliant · 0 or N not applicable; on a scale the digit is the score. Each answer moves to the next item.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Date of the &amp;visit:</source>
        <translation>Date of the &amp;visit:</translation>
    </message>
    <message>
        <source>&amp;Inspector:</source>
        <translation>&amp;Inspector:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>%1 — %2, edition %3</source>
        <translation>%1 — %2, edition %3</translation>
    </message>
    <message>
        <source>Inspection (finalized, read-only)</source>
        <translation>Inspection (finalized, read-only)</translation>
    </message>
    <message>
        <source>Inspection (draft)</source>
        <translation>Inspection (draft)</translation>
    </message>
    <message>
        <source>Total: %1 — %2 of %3 items answered, %4 not applicable</source>
        <translation>Total: %1 — %2 of %3 items answered, %4 not applicable</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Finalize the inspection</source>
        <translation>Finalize the inspection</translation>
    </message>
    <message>
        <source>A finalized inspection cannot be changed; a correction becomes a new version with its reason. Finalize it now?</source>
        <translation>A finalized inspection cannot be changed; a correction becomes a new version with its reason. Finalize it now?</translation>
    </message>
    <message>
        <source>Finalized.</source>
        <translation>Finalized.</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>The institution as a whole</source>
        <translation>The institution as a whole</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;What was found:</translation>
    </message>
</context>
<context>
    <name>riaya::InspectionsPage</name>
    <message>
        <source>%1, follow-up</source>
        <translation>%1, follow-up</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
    <message numerus="yes">
        <source>Corrective actions (%n overdue)</source>
        <translation><numerusform>Corrective actions (%n overdue)</numerusform><numerusform>Corrective actions (%n overdue)</numerusform></translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>Choose an institution above to see its inspections over time and its open actions.</source>
        <translation>Choose an institution above to see its inspections over time and its open actions.</translation>
    </message>
    <message numerus="yes">
        <source>%n finalized inspection(s).</source>
        <translation><numerusform>%n finalized inspection(s).</numerusform><numerusform>%n finalized inspection(s).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) still open.</source>
        <translation><numerusform>%n corrective action(s) still open.</numerusform><numerusform>%n corrective action(s) still open.</numerusform></translation>
    </message>
    <message>
        <source>shipped with Riaya</source>
        <translation>shipped with Riaya</translation>
    </message>
    <message>
        <source>published by the ministry</source>
        <translation>published by the ministry</translation>
    </message>
    <message>
        <source>Select a finalized inspection to follow up.</source>
        <translation>Select a finalized inspection to follow up.</translation>
    </message>
    <message>
        <source>Choose the institution to inspect above.</source>
        <translation>Choose the institution to inspect above.</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>Inspector's name:</source>
        <translation>Inspector's name:</translation>
    </message>
    <message>
        <source>Select a finalized inspection to correct; a draft is changed directly.</source>
        <translation>Select a finalized inspection to correct; a draft is changed directly.</translation>
    </message>
    <message>
        <source>Correct the inspection</source>
        <translation>Correct the inspection</translation>
    </message>
    <message>
        <source>Why is it corrected? The reason stays with the new version.</source>
        <translation>Why is it corrected? The reason stays with the new version.</translation>
    </message>
    <message>
        <source>Select the inspection to print.</source>
        <translation>Select the inspection to print.</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Inspection report</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Language of the report:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>The report was written to %1.</translation>
    </message>
    <message>
        <source>The draft was thrown away.</source>
        <translation>The draft was thrown away.</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>Select an action first.</translation>
    </message>
    <message>
        <source>What was seen or done (optional):</source>
        <translation>What was seen or done (optional):</translation>
    </message>
    <message>
        <source>Import a standards document</source>
        <translation>Import a standards document</translation>
    </message>
    <message>
        <source>Standards documents (*.json)</source>
        <translation>Standards documents (*.json)</translation>
    </message>
    <message>
        <source>The new edition was published; it reaches the sites in the next bundles.</source>
        <translation>The new edition was published; it reaches the sites in the next bundles.</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <source>Institution history</source>
        <translation>Institution history</translation>
    </message>
    <message>
        <source>Standards documents</source>
        <translation>Standards documents</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>&amp;New inspection…</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>&amp;Follow up…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Report (PDF)…</translation>
    </message>
    <message>
        <source>Throw the draft away</source>
        <translation>Throw the draft away</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>In &amp;progress</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Verified…</source>
        <translation>&amp;Verified…</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Import a file…</translation>
    </message>
    <message>
        <source>&amp;Edit as a new edition…</source>
        <translation>&amp;Edit as a new edition…</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>finalized</source>
        <comment>state of an inspection</comment>
        <translation>finalized</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>state of an inspection</comment>
        <translation>draft</translation>
    </message>
    <message>
        <source>No corrective action matches “%1”. Press Esc to see them all.</source>
        <translation>No corrective action matches “%1”. Press Esc to see them all.</translation>
    </message>
    <message>
        <source>No corrective action is overdue.</source>
        <translation>No corrective action is overdue.</translation>
    </message>
    <message>
        <source>No corrective action yet: they are set when an inspection finds something to correct.</source>
        <translation>No corrective action yet: they are set when an inspection finds something to correct.</translation>
    </message>
    <message>
        <source>Search: institution, action, responsible…</source>
        <translation>Search: institution, action, responsible…</translation>
    </message>
    <message>
        <source>No inspection matches “%1”. Press Esc to see them all.</source>
        <translation>No inspection matches “%1”. Press Esc to see them all.</translation>
    </message>
    <message>
        <source>No inspection yet. Choose the institution above, then start one with New inspection (Ctrl+N).</source>
        <translation>No inspection yet. Choose the institution above, then start one with New inspection (Ctrl+N).</translation>
    </message>
    <message>
        <source>No inspection has been recorded for this institution.</source>
        <translation>No inspection has been recorded for this institution.</translation>
    </message>
    <message>
        <source>Search: institution, inspector, state…</source>
        <translation>Search: institution, inspector, state…</translation>
    </message>
    <message>
        <source>The progress is recorded; the inspector sees it after the next bundles.</source>
        <translation>The progress is recorded; the inspector sees it after the next bundles.</translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation>&amp;Record progress…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>riaya::InstitutionsPanel</name>
    <message numerus="yes">
        <source>%n institutions are registered at the hub. The ministry's list of institutions, in a spreadsheet, adds those missing and completes the others.</source>
        <translation><numerusform>%n institution are registered at the hub. The ministry's list of institutions, in a spreadsheet, adds those missing and completes the others.</numerusform><numerusform>%n institutions are registered at the hub. The ministry's list of institutions, in a spreadsheet, adds those missing and completes the others.</numerusform></translation>
    </message>
    <message>
        <source>Institutions imported: %1 added, %2 completed.</source>
        <translation>Institutions imported: %1 added, %2 completed.</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Import &amp;institutions from a spreadsheet…</source>
        <translation>Import &amp;institutions from a spreadsheet…</translation>
    </message>
</context>
<context>
    <name>riaya::KeysPanel</name>
    <message>
        <source>This database: %1 — key fingerprint %2</source>
        <translation>This database: %1 — key fingerprint %2</translation>
    </message>
    <message>
        <source>This database (%1) has no keys yet. It needs them to sign and open bundles, and to make backups.</source>
        <translation>This database (%1) has no keys yet. It needs them to sign and open bundles, and to make backups.</translation>
    </message>
    <message numerus="yes">
        <source>%n sites enrolled.</source>
        <translation><numerusform>%n site enrolled.</numerusform><numerusform>%n sites enrolled.</numerusform></translation>
    </message>
    <message>
        <source>Trusts the ministry “%1”, key fingerprint %2.</source>
        <translation>Trusts the ministry “%1”, key fingerprint %2.</translation>
    </message>
    <message>
        <source>No ministry is trusted yet.</source>
        <translation>No ministry is trusted yet.</translation>
    </message>
    <message>
        <source>First step: create the ministry's keys, under a passphrase.</source>
        <translation>First step: create the ministry's keys, under a passphrase.</translation>
    </message>
    <message>
        <source>First step: create the keys, under a passphrase the supervisor will type to send the month's bundle.</source>
        <translation>First step: create the keys, under a passphrase the supervisor will type to send the month's bundle.</translation>
    </message>
    <message>
        <source>Next step: load the ministry's profile, the file the ministry gave you, and compare its fingerprint with the one the ministry gave you.</source>
        <translation>Next step: load the ministry's profile, the file the ministry gave you, and compare its fingerprint with the one the ministry gave you.</translation>
    </message>
    <message>
        <source>Next step: save the enrolment file and take it to the ministry, which enrols this house after comparing its fingerprint; then exchange bundles below.</source>
        <translation>Next step: save the enrolment file and take it to the ministry, which enrols this house after comparing its fingerprint; then exchange bundles below.</translation>
    </message>
    <message>
        <source>Next step: save the profile for the sites, then enrol each site from the file it brings.</source>
        <translation>Next step: save the profile for the sites, then enrol each site from the file it brings.</translation>
    </message>
    <message>
        <source>An administrator sets up the keys and the enrolment on this screen.</source>
        <translation>An administrator sets up the keys and the enrolment on this screen.</translation>
    </message>
    <message>
        <source>The keys sign what this database sends and open what is sent to it; the passphrase locks them. It is typed to send bundles, and it opens the backups. Write it down and keep it safe: nobody can recover it.</source>
        <translation>The keys sign what this database sends and open what is sent to it; the passphrase locks them. It is typed to send bundles, and it opens the backups. Write it down and keep it safe: nobody can recover it.</translation>
    </message>
    <message>
        <source>Create the keys</source>
        <translation>Create the keys</translation>
    </message>
    <message>
        <source>Keys created. Fingerprint: %1</source>
        <translation>Keys created. Fingerprint: %1</translation>
    </message>
    <message>
        <source>The keys stay the same; only the passphrase that locks them changes. Backups made before still open with the old passphrase.</source>
        <translation>The keys stay the same; only the passphrase that locks them changes. Backups made before still open with the old passphrase.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>The keys are sealed under the new passphrase.</source>
        <translation>The keys are sealed under the new passphrase.</translation>
    </message>
    <message>
        <source>The file is signed with this database's key: type the passphrase to open it.</source>
        <translation>The file is signed with this database's key: type the passphrase to open it.</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <source>Profile saved to %1. Give it to each new site with this fingerprint, which the site compares: %2</source>
        <translation>Profile saved to %1. Give it to each new site with this fingerprint, which the site compares: %2</translation>
    </message>
    <message>
        <source>Enrolment file saved to %1. Take it to the ministry with this fingerprint, which the ministry compares: %2</source>
        <translation>Enrolment file saved to %1. Take it to the ministry with this fingerprint, which the ministry compares: %2</translation>
    </message>
    <message>
        <source>Enrol a site</source>
        <translation>Enrol a site</translation>
    </message>
    <message>
        <source>Trust the ministry</source>
        <translation>Trust the ministry</translation>
    </message>
    <message>
        <source>This file is the enrolment of “%1”. Its key fingerprint is:
%2

Compare it with the fingerprint shown on the Sync screen of that house, and enrol it only if they are the same.</source>
        <translation>This file is the enrolment of “%1”. Its key fingerprint is:
%2

Compare it with the fingerprint shown on the Sync screen of that house, and enrol it only if they are the same.</translation>
    </message>
    <message>
        <source>This profile is the ministry “%1”. Its key fingerprint is:
%2

Compare it with the fingerprint the ministry gave you (on paper or by telephone), and trust it only if they are the same.</source>
        <translation>This profile is the ministry “%1”. Its key fingerprint is:
%2

Compare it with the fingerprint the ministry gave you (on paper or by telephone), and trust it only if they are the same.</translation>
    </message>
    <message>
        <source>&amp;Enrol the site</source>
        <translation>&amp;Enrol the site</translation>
    </message>
    <message>
        <source>&amp;Trust the ministry</source>
        <translation>&amp;Trust the ministry</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing was trusted.</source>
        <translation>Nothing was trusted.</translation>
    </message>
    <message>
        <source>Now trusted: %1.</source>
        <translation>Now trusted: %1.</translation>
    </message>
    <message>
        <source>No enrolled site has a key that can be revoked.</source>
        <translation>No enrolled site has a key that can be revoked.</translation>
    </message>
    <message>
        <source>The key of %1 is revoked: its bundles are refused from now on, and the next bundle to each site tells it.</source>
        <translation>The key of %1 is revoked: its bundles are refused from now on, and the next bundle to each site tells it.</translation>
    </message>
    <message>
        <source>Save the profile for the sites</source>
        <translation>Save the profile for the sites</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Save the enrolment file</translation>
    </message>
    <message>
        <source>Riaya identity files (*.json);;All files (*)</source>
        <translation>Riaya identity files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>The enrolment file of a site</source>
        <translation>The enrolment file of a site</translation>
    </message>
    <message>
        <source>The ministry's profile</source>
        <translation>The ministry's profile</translation>
    </message>
    <message>
        <source>Keys and trust</source>
        <translation>Keys and trust</translation>
    </message>
    <message>
        <source>Create the &amp;keys…</source>
        <translation>Create the &amp;keys…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Change the &amp;passphrase…</translation>
    </message>
    <message>
        <source>&amp;Save the profile for the sites…</source>
        <translation>&amp;Save the profile for the sites…</translation>
    </message>
    <message>
        <source>&amp;Save the enrolment file…</source>
        <translation>&amp;Save the enrolment file…</translation>
    </message>
    <message>
        <source>&amp;Enrol a site…</source>
        <translation>&amp;Enrol a site…</translation>
    </message>
    <message>
        <source>&amp;Load the ministry's profile…</source>
        <translation>&amp;Load the ministry's profile…</translation>
    </message>
    <message>
        <source>&amp;Revoke a site's key…</source>
        <translation>&amp;Revoke a site's key…</translation>
    </message>
</context>
<context>
    <name>riaya::MainWindow</name>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Foster families</source>
        <translation>Foster families</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Riaya — %1</source>
        <translation>Riaya — %1</translation>
    </message>
    <message>
        <source>Arrives in a later version of Riaya.</source>
        <translation>Arrives in a later version of Riaya.</translation>
    </message>
    <message>
        <source>Ministry hub: %1</source>
        <translation>Ministry hub: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Open a database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Residents</source>
        <translation>&amp;Residents</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Riaya</source>
        <translation>&amp;About Riaya</translation>
    </message>
    <message>
        <source>Open a Riaya database</source>
        <translation>Open a Riaya database</translation>
    </message>
    <message>
        <source>Riaya databases (*.db *.riaya);;All files (*)</source>
        <translation>Riaya databases (*.db *.riaya);;All files (*)</translation>
    </message>
    <message>
        <source>Riaya</source>
        <translation>Riaya</translation>
    </message>
    <message>
        <source>Could not start another window for %1.</source>
        <translation>Could not start another window for %1.</translation>
    </message>
    <message>
        <source>About Riaya</source>
        <translation>About Riaya</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Riaya %1&lt;/h3&gt;&lt;p&gt;Offline records for social-care institutions: residents, foster families, inspections and reports to the ministry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Riaya %1&lt;/h3&gt;&lt;p&gt;Offline records for social-care institutions: residents, foster families, inspections and reports to the ministry.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Daily presence</source>
        <translation>Daily presence</translation>
    </message>
    <message>
        <source>Daily &amp;presence</source>
        <translation>Daily &amp;presence</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The passphrase of this site's keys opens the backup:</source>
        <translation>The passphrase of this site's keys opens the backup:</translation>
    </message>
    <message>
        <source>Riaya will close, check the backup, keep the current database aside, and open the restored one. Changes made since the backup stay only in the database kept aside. Go on?</source>
        <translation>Riaya will close, check the backup, keep the current database aside, and open the restored one. Changes made since the backup stay only in the database kept aside. Go on?</translation>
    </message>
    <message>
        <source>Could not start Riaya again to restore the backup.</source>
        <translation>Could not start Riaya again to restore the backup.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>The daily backup failed</translation>
    </message>
    <message>
        <source>The audit log is broken</source>
        <translation>The audit log is broken</translation>
    </message>
    <message>
        <source>The history of changes was altered or damaged: %1. The backup was made; tell the ministry.</source>
        <translation>The history of changes was altered or damaged: %1. The backup was made; tell the ministry.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>%1

The latest backup is from %2. Restore it?</source>
        <translation>%1

The latest backup is from %2. Restore it?</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Your current password:</source>
        <translation>Your current password:</translation>
    </message>
    <message>
        <source>The new password:</source>
        <translation>The new password:</translation>
    </message>
    <message>
        <source>The new password again:</source>
        <translation>The new password again:</translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>The two new passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Foster families</source>
        <translation>&amp;Foster families</translation>
    </message>
    <message>
        <source>I&amp;nspections</source>
        <translation>I&amp;nspections</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Quit Riaya</source>
        <translation>Quit Riaya</translation>
    </message>
    <message>
        <source>Changes typed before the lock are not saved; quitting now loses them.</source>
        <translation>Changes typed before the lock are not saved; quitting now loses them.</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Sign in again</translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation>&amp;Quit and lose them</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Re&amp;quests</translation>
    </message>
</context>
<context>
    <name>riaya::MonthCloseDialog</name>
    <message>
        <source>Places in the house</source>
        <translation>Places in the house</translation>
    </message>
    <message>
        <source>Residents on the first day</source>
        <translation>Residents on the first day</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>Exits: left the house</source>
        <translation>Exits: left the house</translation>
    </message>
    <message>
        <source>Exits: transferred</source>
        <translation>Exits: transferred</translation>
    </message>
    <message>
        <source>Exits: placed in a family</source>
        <translation>Exits: placed in a family</translation>
    </message>
    <message>
        <source>Residents after the last day</source>
        <translation>Residents after the last day</translation>
    </message>
    <message>
        <source>Presence marks</source>
        <translation>Presence marks</translation>
    </message>
    <message>
        <source>Presence rate</source>
        <translation>Presence rate</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Incidents recorded</source>
        <translation>Incidents recorded</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; approving again replaces those figures.</source>
        <translation>Approved by %1 on %2; approving again replaces those figures.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <source>Riaya bundles (*.bundle)</source>
        <translation>Riaya bundles (*.bundle)</translation>
    </message>
    <message>
        <source>Tick the box once you have checked the figures.</source>
        <translation>Tick the box once you have checked the figures.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Choose where to save the bundle.</translation>
    </message>
    <message>
        <source>The figures are approved, but the bundle could not be saved: %1</source>
        <translation>The figures are approved, but the bundle could not be saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 approved. Bundle %2 saved to %3 (%n records): take it to the ministry.</source>
        <translation><numerusform>%1 approved. Bundle %2 saved to %3 (%n record): take it to the ministry.</numerusform><numerusform>%1 approved. Bundle %2 saved to %3 (%n records): take it to the ministry.</numerusform></translation>
    </message>
    <message>
        <source>Close the month — %1</source>
        <translation>Close the month — %1</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>I have checked these figures and approve them</source>
        <translation>I have checked these figures and approve them</translation>
    </message>
    <message>
        <source>Bundle &amp;file:</source>
        <translation>Bundle &amp;file:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the keys:</source>
        <translation>&amp;Passphrase of the keys:</translation>
    </message>
    <message>
        <source>&amp;Approve and save the bundle</source>
        <translation>&amp;Approve and save the bundle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Complete: every resident has a presence mark for each day in the house, and no school result is missing.</source>
        <translation>Complete: every resident has a presence mark for each day in the house, and no school result is missing.</translation>
    </message>
    <message>
        <source>Incomplete:</source>
        <translation>Incomplete:</translation>
    </message>
    <message>
        <source>The month is incomplete</source>
        <translation>The month is incomplete</translation>
    </message>
    <message>
        <source>%1 is incomplete:</source>
        <translation>%1 is incomplete:</translation>
    </message>
    <message>
        <source>Approve it as it is? The approval records that the month was incomplete, and the ministry sees it.</source>
        <translation>Approve it as it is? The approval records that the month was incomplete, and the ministry sees it.</translation>
    </message>
    <message>
        <source>Approve as &amp;incomplete</source>
        <translation>Approve as &amp;incomplete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing was approved.</source>
        <translation>Nothing was approved.</translation>
    </message>
    <message>
        <source>Approved by the local operator: this database has no user accounts.</source>
        <translation>Approved by the local operator: this database has no user accounts.</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>Approved by: %1</translation>
    </message>
</context>
<context>
    <name>riaya::PassphraseDialog</name>
    <message numerus="yes">
        <source>At least %n characters: a few words that you will remember.</source>
        <translation><numerusform>At least %n character: a few words that you will remember.</numerusform><numerusform>At least %n characters: a few words that you will remember.</numerusform></translation>
    </message>
    <message>
        <source>Long enough. Type it again below.</source>
        <translation>Long enough. Type it again below.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>The two passphrases match.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Type the current passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the new one again.</source>
        <translation>The two passphrases differ: type the new one again.</translation>
    </message>
    <message>
        <source>Passphrase of the keys</source>
        <translation>Passphrase of the keys</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>The passphrase &amp;again:</source>
        <translation>The passphrase &amp;again:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>riaya::PlaceChildDialog</name>
    <message>
        <source>The child's name, in Arabic or Latin letters</source>
        <translation>The child's name, in Arabic or Latin letters</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Family:</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>Re&amp;view:</translation>
    </message>
    <message>
        <source>Visits in the first period, every (months):</source>
        <translation>Visits in the first period, every (months):</translation>
    </message>
    <message>
        <source>First period (months):</source>
        <translation>First period (months):</translation>
    </message>
    <message>
        <source>Visits after it, every (months):</source>
        <translation>Visits after it, every (months):</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Place a child</source>
        <translation>Place a child</translation>
    </message>
    <message>
        <source>Find and select the child first.</source>
        <translation>Find and select the child first.</translation>
    </message>
</context>
<context>
    <name>riaya::PlacementDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Wellbeing</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Concerns and next steps</source>
        <translation>Concerns and next steps</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Social worker:</source>
        <translation>&amp;Social worker:</translation>
    </message>
    <message>
        <source>&amp;Wellbeing:</source>
        <translation>&amp;Wellbeing:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>H&amp;ealth:</source>
        <translation>H&amp;ealth:</translation>
    </message>
    <message>
        <source>&amp;Concerns:</source>
        <translation>&amp;Concerns:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Next steps:</translation>
    </message>
    <message>
        <source>Record the &amp;visit</source>
        <translation>Record the &amp;visit</translation>
    </message>
    <message>
        <source>End the placement</source>
        <translation>End the placement</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Last &amp;day:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Returns to the &amp;institution:</source>
        <translation>Returns to the &amp;institution:</translation>
    </message>
    <message>
        <source>&amp;End the placement</source>
        <translation>&amp;End the placement</translation>
    </message>
    <message>
        <source>%1 with the family %2</source>
        <translation>%1 with the family %2</translation>
    </message>
    <message>
        <source>%1 %2, from %3</source>
        <translation>%1 %2, from %3</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Ended on %1: %2</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Next visit was due on %1: overdue.</source>
        <translation>Next visit was due on %1: overdue.</translation>
    </message>
    <message>
        <source>Next visit due by %1.</source>
        <translation>Next visit due by %1.</translation>
    </message>
</context>
<context>
    <name>riaya::PlacementHistoryTab</name>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Placed on</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>living with the family</source>
        <translation>living with the family</translation>
    </message>
</context>
<context>
    <name>riaya::PresenceMonthTab</name>
    <message>
        <source>No presence recorded this month.</source>
        <translation>No presence recorded this month.</translation>
    </message>
    <message numerus="yes">
        <source>Present %1 of the %n days marked.</source>
        <translation><numerusform>Present %1 of the %n day marked.</numerusform><numerusform>Present %1 of the %n days marked.</numerusform></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>riaya::PresencePage</name>
    <message>
        <source>not marked</source>
        <translation>not marked</translation>
    </message>
    <message>
        <source>The presence of %1 is saved.</source>
        <translation>The presence of %1 is saved.</translation>
    </message>
    <message>
        <source>No presence recorded this month yet.</source>
        <translation>No presence recorded this month yet.</translation>
    </message>
    <message numerus="yes">
        <source>Presence in %1: %2% of %n marks</source>
        <translation><numerusform>Presence in %1: %2% of %n mark</numerusform><numerusform>Presence in %1: %2% of %n marks</numerusform></translation>
    </message>
    <message>
        <source>Daily presence</source>
        <translation>Daily presence</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>&amp;Previous day</translation>
    </message>
    <message>
        <source>Ne&amp;xt day</source>
        <translation>Ne&amp;xt day</translation>
    </message>
    <message>
        <source>Keys: 1 present · 2 absent · 3 on leave · 4 sick. The cursor moves to the next child.</source>
        <translation>Keys: 1 present · 2 absent · 3 on leave · 4 sick. The cursor moves to the next child.</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mark the &amp;unmarked present</source>
        <translation>Mark the &amp;unmarked present</translation>
    </message>
    <message>
        <source>Save the sheet</source>
        <translation>Save the sheet</translation>
    </message>
    <message>
        <source>Daily presence of %1</source>
        <translation>Daily presence of %1</translation>
    </message>
    <message>
        <source>Save them before another sheet is shown?</source>
        <translation>Save them before another sheet is shown?</translation>
    </message>
</context>
<context>
    <name>riaya::ProgressDialog</name>
    <message>
        <source>%1 (responsible: %2, due by %3)</source>
        <translation>%1 (responsible: %2, due by %3)</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>What was &amp;done:</translation>
    </message>
    <message>
        <source>&amp;Evidence (what shows it):</source>
        <translation>&amp;Evidence (what shows it):</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Progress of a corrective action</source>
        <translation>Progress of a corrective action</translation>
    </message>
</context>
<context>
    <name>riaya::RecordKinds</name>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Stays</translation>
    </message>
    <message>
        <source>Presence marks</source>
        <translation>Presence marks</translation>
    </message>
    <message>
        <source>School results</source>
        <translation>School results</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>Approved months</translation>
    </message>
    <message>
        <source>Revoked keys</source>
        <translation>Revoked keys</translation>
    </message>
    <message>
        <source>Standards documents</source>
        <translation>Standards documents</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>Foster families</source>
        <translation>Foster families</translation>
    </message>
    <message>
        <source>Family decisions</source>
        <translation>Family decisions</translation>
    </message>
    <message>
        <source>Home studies</source>
        <translation>Home studies</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Placement visits</source>
        <translation>Placement visits</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Requests between sites</source>
        <translation>Requests between sites</translation>
    </message>
    <message>
        <source>Access granted to other sites</source>
        <translation>Access granted to other sites</translation>
    </message>
</context>
<context>
    <name>riaya::RefuseRequestDialog</name>
    <message>
        <source>&amp;Why is it refused? (required, sent to the site that asked)</source>
        <translation>&amp;Why is it refused? (required, sent to the site that asked)</translation>
    </message>
    <message>
        <source>Re&amp;fuse the request</source>
        <translation>Re&amp;fuse the request</translation>
    </message>
    <message>
        <source>Refuse a request</source>
        <translation>Refuse a request</translation>
    </message>
</context>
<context>
    <name>riaya::ReportsPage</name>
    <message>
        <source>Choose a report.</source>
        <translation>Choose a report.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>The report was written to %1.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>PDF documents (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to the printer.</source>
        <translation><numerusform>%n page sent to the printer.</numerusform><numerusform>%n pages sent to the printer.</numerusform></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Monthly report of a house</source>
        <translation>Monthly report of a house</translation>
    </message>
    <message>
        <source>National monthly report</source>
        <translation>National monthly report</translation>
    </message>
    <message>
        <source>Sites that have not sent a month</source>
        <translation>Sites that have not sent a month</translation>
    </message>
    <message>
        <source>Every region</source>
        <translation>Every region</translation>
    </message>
</context>
<context>
    <name>riaya::RequestSummary</name>
    <message>
        <source>%1: %2, asked by %3.</source>
        <translation>%1: %2, asked by %3.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>On %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>riaya::RequestsPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Select a request first.</translation>
    </message>
    <message>
        <source>The transfer of %1 is accepted: the file is held here from now on.</source>
        <translation>The transfer of %1 is accepted: the file is held here from now on.</translation>
    </message>
    <message>
        <source>The request is accepted; the site that asked learns it with the next bundles.</source>
        <translation>The request is accepted; the site that asked learns it with the next bundles.</translation>
    </message>
    <message>
        <source>The request is refused; the site that asked learns why with the next bundles.</source>
        <translation>The request is refused; the site that asked learns why with the next bundles.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <source>Cancel the request “%1” about %2? The site asked can no longer decide it.</source>
        <translation>Cancel the request “%1” about %2? The site asked can no longer decide it.</translation>
    </message>
    <message>
        <source>The request is cancelled.</source>
        <translation>The request is cancelled.</translation>
    </message>
    <message>
        <source>Select a grant first.</source>
        <translation>Select a grant first.</translation>
    </message>
    <message>
        <source>End the grant</source>
        <translation>End the grant</translation>
    </message>
    <message>
        <source>End the access of %1 to %2? It writes nothing more under it once the next bundles arrive.</source>
        <translation>End the access of %1 to %2? It writes nothing more under it once the next bundles arrive.</translation>
    </message>
    <message>
        <source>The grant is ended.</source>
        <translation>The grant is ended.</translation>
    </message>
    <message>
        <source>The institution is assigned; the inspector's site receives it with its next answer bundle.</source>
        <translation>The institution is assigned; the inspector's site receives it with its next answer bundle.</translation>
    </message>
    <message>
        <source>Requests between sites</source>
        <translation>Requests between sites</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Re&amp;quests</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>&amp;Grants</translation>
    </message>
    <message>
        <source>Every request, as the ministry relays it (the sites decide them)</source>
        <translation>Every request, as the ministry relays it (the sites decide them)</translation>
    </message>
    <message>
        <source>Asked of this site</source>
        <translation>Asked of this site</translation>
    </message>
    <message>
        <source>Made here</source>
        <translation>Made here</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Accept…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuse…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the request</source>
        <translation>Ca&amp;ncel the request</translation>
    </message>
    <message>
        <source>&amp;End the grant</source>
        <translation>&amp;End the grant</translation>
    </message>
    <message>
        <source>Assign an &amp;inspector…</source>
        <translation>Assign an &amp;inspector…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Child or institution</source>
        <translation>Child or institution</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Given to</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>No request between sites yet: they arrive with the sites' bundles.</source>
        <translation>No request between sites yet: they arrive with the sites' bundles.</translation>
    </message>
    <message>
        <source>No request asked of this site: they arrive with the ministry's bundles.</source>
        <translation>No request asked of this site: they arrive with the ministry's bundles.</translation>
    </message>
    <message>
        <source>No request made here. Ask for a transfer from the Residents screen.</source>
        <translation>No request made here. Ask for a transfer from the Residents screen.</translation>
    </message>
    <message>
        <source>No grant yet. Assign an inspector's site to an institution with Assign an inspector….</source>
        <translation>No grant yet. Assign an inspector's site to an institution with Assign an inspector….</translation>
    </message>
    <message>
        <source>No grant: a site gives one by accepting a request for access.</source>
        <translation>No grant: a site gives one by accepting a request for access.</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentFileDialog</name>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nothing was saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Nothing was saved yet: check the possible duplicates.</source>
        <translation>Nothing was saved yet: check the possible duplicates.</translation>
    </message>
    <message>
        <source>placed in a family</source>
        <translation>placed in a family</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>File of %1</source>
        <translation>File of %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>S&amp;tays</source>
        <translation>S&amp;tays</translation>
    </message>
    <message>
        <source>&amp;Admit to this house on</source>
        <translation>&amp;Admit to this house on</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admitted on</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>How it ended</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Admit…</translation>
    </message>
    <message>
        <source>Record an &amp;exit…</source>
        <translation>Record an &amp;exit…</translation>
    </message>
    <message>
        <source>T&amp;ransfer…</source>
        <translation>T&amp;ransfer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Presence</translation>
    </message>
    <message>
        <source>School &amp;results</source>
        <translation>School &amp;results</translation>
    </message>
    <message>
        <source>Placements in &amp;families</source>
        <translation>Placements in &amp;families</translation>
    </message>
    <message>
        <source>present</source>
        <comment>still in the house</comment>
        <translation>present</translation>
    </message>
    <message>
        <source>transferred</source>
        <comment>how a stay ended</comment>
        <translation>transferred</translation>
    </message>
    <message>
        <source>left</source>
        <comment>how a stay ended</comment>
        <translation>left</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>Register in this house?</source>
        <translation>Register in this house?</translation>
    </message>
    <message>
        <source>%1 receives girls, and this file is of a boy. Register him in this house all the same?</source>
        <translation>%1 receives girls, and this file is of a boy. Register him in this house all the same?</translation>
    </message>
    <message>
        <source>%1 receives boys, and this file is of a girl. Register her in this house all the same?</source>
        <translation>%1 receives boys, and this file is of a girl. Register her in this house all the same?</translation>
    </message>
    <message>
        <source>Register all the same</source>
        <translation>Register all the same</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <source>present</source>
        <comment>still in the house, female</comment>
        <translation>present</translation>
    </message>
    <message>
        <source>present</source>
        <comment>still in the house, male</comment>
        <translation>present</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentForm</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <source>Guardian and contact</source>
        <translation>Guardian and contact</translation>
    </message>
    <message>
        <source>Origin and schooling</source>
        <translation>Origin and schooling</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentPicker</name>
    <message>
        <source>present in the house</source>
        <translation>present in the house</translation>
    </message>
    <message>
        <source>not in the house</source>
        <translation>not in the house</translation>
    </message>
    <message>
        <source>Nobody is present in the house. Type a name to find a resident.</source>
        <translation>Nobody is present in the house. Type a name to find a resident.</translation>
    </message>
    <message>
        <source>No resident of the house matches; check the spelling, or type the name in the other script.</source>
        <translation>No resident of the house matches; check the spelling, or type the name in the other script.</translation>
    </message>
    <message>
        <source>Find a resident: name in either script, or identifier…</source>
        <translation>Find a resident: name in either script, or identifier…</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Remove (Delete)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>In the house</source>
        <translation>In the house</translation>
    </message>
    <message>
        <source>No resident chosen: an incident may concern the whole house.</source>
        <translation>No resident chosen: an incident may concern the whole house.</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentTableModel</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Name in Latin script</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>School level</translation>
    </message>
    <message>
        <source>Massar code</source>
        <translation>Massar code</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentsPage</name>
    <message numerus="yes">
        <source>%n residents</source>
        <translation><numerusform>%n resident</numerusform><numerusform>%n residents</numerusform></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Search by name, in Arabic or Latin letters, or by identifier…</source>
        <translation>Search by name, in Arabic or Latin letters, or by identifier…</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Girls and boys</source>
        <translation>Girls and boys</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow them</source>
        <translation><numerusform>The first %n match; type more to narrow them</numerusform><numerusform>The first %n matches; type more to narrow them</numerusform></translation>
    </message>
    <message>
        <source>Every school level</source>
        <translation>Every school level</translation>
    </message>
    <message numerus="yes">
        <source>School success %1: %2% (%3 of %n)</source>
        <translation><numerusform>School success %1: %2% (%3 of %n)</numerusform><numerusform>School success %1: %2% (%3 of %n)</numerusform></translation>
    </message>
    <message>
        <source>Every institution</source>
        <translation>Every institution</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>New resident…</translation>
    </message>
    <message>
        <source>No resident matches. Check the spelling or try the name in the other script; press Esc in the search field, or choose “Every status”, to see more.</source>
        <translation>No resident matches. Check the spelling or try the name in the other script; press Esc in the search field, or choose “Every status”, to see more.</translation>
    </message>
    <message>
        <source>No residents yet. Register the first one with New resident (Ctrl+N).</source>
        <translation>No residents yet. Register the first one with New resident (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 is registered.</translation>
    </message>
    <message>
        <source>Select a resident first.</source>
        <translation>Select a resident first.</translation>
    </message>
    <message>
        <source>The transfer of %1 is asked; the house learns it with the next bundles, and its answer shows on the Requests screen.</source>
        <translation>The transfer of %1 is asked; the house learns it with the next bundles, and its answer shows on the Requests screen.</translation>
    </message>
    <message>
        <source>&amp;Transfer to another house…</source>
        <translation>&amp;Transfer to another house…</translation>
    </message>
    <message>
        <source>Roster imported: %1 residents added, %2 completed.</source>
        <translation>Roster imported: %1 residents added, %2 completed.</translation>
    </message>
    <message>
        <source>Import from a &amp;spreadsheet…</source>
        <translation>Import from a &amp;spreadsheet…</translation>
    </message>
</context>
<context>
    <name>riaya::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Probable duplicates (%1)</source>
        <translation>Probable duplicates (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
</context>
<context>
    <name>riaya::RevokeDialog</name>
    <message>
        <source>No enrolled site has a key that can be revoked.</source>
        <translation>No enrolled site has a key that can be revoked.</translation>
    </message>
    <message>
        <source>Say why the key is revoked (for example: laptop stolen).</source>
        <translation>Say why the key is revoked (for example: laptop stolen).</translation>
    </message>
    <message>
        <source>Revoke a site's key</source>
        <translation>Revoke a site's key</translation>
    </message>
    <message>
        <source>From now on, bundles signed with this key are refused here, and the next bundle to each site tells it too. The site then makes new keys and sends its new enrolment file, which is enrolled like a first one.</source>
        <translation>From now on, bundles signed with this key are refused here, and the next bundle to each site tells it too. The site then makes new keys and sends its new enrolment file, which is enrolled like a first one.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>for example: laptop stolen</source>
        <translation>for example: laptop stolen</translation>
    </message>
    <message>
        <source>&amp;Revoke the key</source>
        <translation>&amp;Revoke the key</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>riaya::RosterCheckPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Import &amp;everything or nothing</source>
        <translation>Import &amp;everything or nothing</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and save the others to a file to correct:</source>
        <translation>Import the &amp;valid rows and save the others to a file to correct:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>The check</source>
        <translation>The check</translation>
    </message>
    <message>
        <source>The whole file is read against the database; nothing is written yet.</source>
        <translation>The whole file is read against the database; nothing is written yet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Likeness</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>The file could not be checked: %1</translation>
    </message>
    <message>
        <source>The check was stopped before the end of the file; nothing was written. Check again to import.</source>
        <translation>The check was stopped before the end of the file; nothing was written. Check again to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n characters of the file cannot be read in %1: go back and choose the file's encoding, or check the names in the preview.</source>
        <translation><numerusform>%n character of the file cannot be read in %1: go back and choose the file's encoding, or check the names in the preview.</numerusform><numerusform>%n characters of the file cannot be read in %1: go back and choose the file's encoding, or check the names in the preview.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n records in the file: %1 to add, %2 to complete, %3 already there, %4 with problems.</source>
        <translation><numerusform>%n record in the file: %1 to add, %2 to complete, %3 already there, %4 with problems.</numerusform><numerusform>%n records in the file: %1 to add, %2 to complete, %3 already there, %4 with problems.</numerusform></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>&amp;Problems (%1)</translation>
    </message>
    <message>
        <source>Probable &amp;duplicates (%1)</source>
        <translation>Probable &amp;duplicates (%1)</translation>
    </message>
    <message numerus="yes">
        <source>P&amp;review: the first %n records</source>
        <translation><numerusform>P&amp;review: the first %n record</numerusform><numerusform>P&amp;review: the first %n records</numerusform></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <source>Probable &amp;duplicates</source>
        <translation>Probable &amp;duplicates</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>P&amp;review</translation>
    </message>
    <message numerus="yes">
        <source>Import is not possible all or nothing: %n records have problems. Correct the file and open it again, or import the valid rows and save the others to a file.</source>
        <translation><numerusform>Import is not possible all or nothing: %n record have problems. Correct the file and open it again, or import the valid rows and save the others to a file.</numerusform><numerusform>Import is not possible all or nothing: %n records have problems. Correct the file and open it again, or import the valid rows and save the others to a file.</numerusform></translation>
    </message>
    <message>
        <source>Nothing to import: every record of the file is already in the database.</source>
        <translation>Nothing to import: every record of the file is already in the database.</translation>
    </message>
    <message>
        <source>No record of the file can be imported: each one has a problem.</source>
        <translation>No record of the file can be imported: each one has a problem.</translation>
    </message>
    <message>
        <source>Say where to save the rows with problems.</source>
        <translation>Say where to save the rows with problems.</translation>
    </message>
    <message numerus="yes">
        <source>Import writes %n records in one go; stopped, it writes none.</source>
        <translation><numerusform>Import writes %n record in one go; stopped, it writes none.</numerusform><numerusform>Import writes %n records in one go; stopped, it writes none.</numerusform></translation>
    </message>
    <message>
        <source>%1 - rows to correct</source>
        <translation>%1 - rows to correct</translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>Save the rows with problems</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;Text files, comma-separated (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;Text files, comma-separated (*.csv)</translation>
    </message>
</context>
<context>
    <name>riaya::RosterColumnsPage</name>
    <message>
        <source>The columns</source>
        <translation>The columns</translation>
    </message>
    <message>
        <source>Say which field of Riaya each column of the file fills. A column left “Not imported” is ignored; the fields marked “required” need a column.</source>
        <translation>Say which field of Riaya each column of the file fills. A column left “Not imported” is ignored; the fields marked “required” need a column.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Field in Riaya</source>
        <translation>Field in Riaya</translation>
    </message>
    <message>
        <source>Fields of the &amp;columns:</source>
        <translation>Fields of the &amp;columns:</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Field of the column %1</source>
        <translation>Field of the column %1</translation>
    </message>
    <message numerus="yes">
        <source>The headers are on row %1 of the file; %n columns.</source>
        <translation><numerusform>The headers are on row %1 of the file; %n column.</numerusform><numerusform>The headers are on row %1 of the file; %n columns.</numerusform></translation>
    </message>
    <message>
        <source>Remembered from the last file of this shape: the columns are matched as you matched them then.</source>
        <translation>Remembered from the last file of this shape: the columns are matched as you matched them then.</translation>
    </message>
    <message>
        <source>Every required field has its column.</source>
        <translation>Every required field has its column.</translation>
    </message>
    <message>
        <source>No column gives these required fields yet: %1.</source>
        <translation>No column gives these required fields yet: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>riaya::RosterFilePage</name>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel's “Unicode text”)</source>
        <translation>UTF-16 (Excel's “Unicode text”)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic Excel's CSV)</source>
        <translation>Windows-1256 (Arabic Excel's CSV)</translation>
    </message>
    <message>
        <source>ISO-8859-6 (Arabic)</source>
        <translation>ISO-8859-6 (Arabic)</translation>
    </message>
    <message>
        <source>Windows-1252 (French Excel's CSV)</source>
        <translation>Windows-1252 (French Excel's CSV)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>semicolons “;”</source>
        <translation>semicolons “;”</translation>
    </message>
    <message>
        <source>commas “,”</source>
        <translation>commas “,”</translation>
    </message>
    <message>
        <source>residents roster</source>
        <translation>residents roster</translation>
    </message>
    <message>
        <source>institutions list</source>
        <translation>institutions list</translation>
    </message>
    <message>
        <source>foster families register</source>
        <translation>foster families register</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Save a &amp;template…</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>Choose the spreadsheet that holds the list: an Excel workbook (%1) or a text file (%2). Riaya reads it and changes nothing in it.</source>
        <translation>Choose the spreadsheet that holds the list: an Excel workbook (%1) or a text file (%2). Riaya reads it and changes nothing in it.</translation>
    </message>
    <message>
        <source>The file's path, or Choose…</source>
        <translation>The file's path, or Choose…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>No file yet? Save the empty template, fill it in with a spreadsheet program, then choose it here. Its headers are in your language.</source>
        <translation>No file yet? Save the empty template, fill it in with a spreadsheet program, then choose it here. Its headers are in your language.</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Choose the roster</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;Text files (*.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;Text files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n characters of the first rows cannot be read in %1: the file is probably in another encoding. Choose it above.</source>
        <translation><numerusform>%n character of the first rows cannot be read in %1: the file is probably in another encoding. Choose it above.</numerusform><numerusform>%n characters of the first rows cannot be read in %1: the file is probably in another encoding. Choose it above.</numerusform></translation>
    </message>
    <message>
        <source>Text file. Encoding detected: %1 (confidence %2%); fields separated by %3.</source>
        <translation>Text file. Encoding detected: %1 (confidence %2%); fields separated by %3.</translation>
    </message>
    <message>
        <source>Read as %1, as you chose.</source>
        <translation>Read as %1, as you chose.</translation>
    </message>
    <message>
        <source>If the names look wrong, choose another encoding.</source>
        <translation>If the names look wrong, choose another encoding.</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook (%1): the sheet “%2” is read; %n sheets in all.</source>
        <translation><numerusform>Excel workbook (%1): the sheet “%2” is read; %n sheet in all.</numerusform><numerusform>Excel workbook (%1): the sheet “%2” is read; %n sheets in all.</numerusform></translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation>Save an empty template</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;Text files, comma-separated (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;Text files, comma-separated (*.csv)</translation>
    </message>
    <message>
        <source>The template is saved in %1. Fill it in, then choose it above.</source>
        <translation>The template is saved in %1. Fill it in, then choose it above.</translation>
    </message>
</context>
<context>
    <name>riaya::RosterImportWizard</name>
    <message>
        <source>Import residents from a spreadsheet</source>
        <translation>Import residents from a spreadsheet</translation>
    </message>
    <message>
        <source>Import institutions from a spreadsheet</source>
        <translation>Import institutions from a spreadsheet</translation>
    </message>
    <message>
        <source>Import foster families from a spreadsheet</source>
        <translation>Import foster families from a spreadsheet</translation>
    </message>
</context>
<context>
    <name>riaya::RosterRunPage</name>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Stop the import</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>The import</translation>
    </message>
    <message>
        <source>The file is read again and written in one go: stopped, or refused, nothing is written.</source>
        <translation>The file is read again and written in one go: stopped, or refused, nothing is written.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the import was stopped. Go back to import again.</source>
        <translation>Nothing was imported: the import was stopped. Go back to import again.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n records were refused. Go back to see why.</source>
        <translation><numerusform>Nothing was imported: %n record were refused. Go back to see why.</numerusform><numerusform>Nothing was imported: %n records were refused. Go back to see why.</numerusform></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 completed, %3 already there.</source>
        <translation>Imported: %1 added, %2 completed, %3 already there.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported records look like ones already registered: they wait under Review for a person to decide; nothing is merged.</source>
        <translation><numerusform>%n imported records look like ones already registered: they wait under Review for a person to decide; nothing is merged.</numerusform><numerusform>%n imported records look like ones already registered: they wait under Review for a person to decide; nothing is merged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems were saved in %1, to correct and import again.</source>
        <translation><numerusform>%n row with problems were saved in %1, to correct and import again.</numerusform><numerusform>%n rows with problems were saved in %1, to correct and import again.</numerusform></translation>
    </message>
</context>
<context>
    <name>riaya::RosterSession</name>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <source>%n records read…</source>
        <translation><numerusform>%n record read…</numerusform><numerusform>%n records read…</numerusform></translation>
    </message>
</context>
<context>
    <name>riaya::SchoolResultsTab</name>
    <message>
        <source>“%1” is not a number; write the average out of 20, for example 12.5.</source>
        <translation>“%1” is not a number; write the average out of 20, for example 12.5.</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Average out of 20</source>
        <translation>Average out of 20</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>School &amp;year</translation>
    </message>
    <message>
        <source>T&amp;erm</source>
        <translation>T&amp;erm</translation>
    </message>
    <message>
        <source>A&amp;verage</source>
        <translation>A&amp;verage</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>riaya::ScoreTrend</name>
    <message>
        <source>No finalized inspection yet.</source>
        <translation>No finalized inspection yet.</translation>
    </message>
</context>
<context>
    <name>riaya::SearchField</name>
    <message>
        <source>Search (%1)</source>
        <translation>Search (%1)</translation>
    </message>
</context>
<context>
    <name>riaya::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language of the application:</source>
        <translation>&amp;Language of the application:</translation>
    </message>
    <message>
        <source>Show &amp;Arabic-Indic digits (٠١٢٣) in the Arabic interface</source>
        <translation>Show &amp;Arabic-Indic digits (٠١٢٣) in the Arabic interface</translation>
    </message>
    <message>
        <source>Show the &amp;Hijri date beside the Gregorian date</source>
        <translation>Show the &amp;Hijri date beside the Gregorian date</translation>
    </message>
</context>
<context>
    <name>riaya::SetupWizard</name>
    <message>
        <source>Setting up Riaya</source>
        <translation>Setting up Riaya</translation>
    </message>
    <message>
        <source>Welcome to Riaya</source>
        <translation>Welcome to Riaya</translation>
    </message>
    <message>
        <source>There is no database on this computer yet. Riaya keeps its records in one file, here: choose where, and what this computer is.</source>
        <translation>There is no database on this computer yet. Riaya keeps its records in one file, here: choose where, and what this computer is.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Riaya databases (*.db)</source>
        <translation>Riaya databases (*.db)</translation>
    </message>
    <message>
        <source>A house: a student boarding house, a children's home, or an inspector's laptop</source>
        <translation>A house: a student boarding house, a children's home, or an inspector's laptop</translation>
    </message>
    <message>
        <source>The ministry hub, which receives the houses' bundles</source>
        <translation>The ministry hub, which receives the houses' bundles</translation>
    </message>
    <message>
        <source>Who this database belongs to</source>
        <translation>Who this database belongs to</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind of house:</source>
        <translation>Kind of house:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Places:</translation>
    </message>
    <message>
        <source>Ministry profile:</source>
        <translation>Ministry profile:</translation>
    </message>
    <message>
        <source>The ministry's profile</source>
        <translation>The ministry's profile</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>The administrator makes the accounts of the others (staff, supervisors, inspectors, social workers, clerks) and keeps the backups.</source>
        <translation>The administrator makes the accounts of the others (staff, supervisors, inspectors, social workers, clerks) and keeps the backups.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>The password again:</source>
        <translation>The password again:</translation>
    </message>
    <message>
        <source>The keys' passphrase</source>
        <translation>The keys' passphrase</translation>
    </message>
    <message>
        <source>This database signs what it sends with keys of its own, locked by a passphrase. The supervisor types it to export the month's bundle; it also opens the backups. Write it down and keep it safe: nobody can recover it.</source>
        <translation>This database signs what it sends with keys of its own, locked by a passphrase. The supervisor types it to export the month's bundle; it also opens the backups. Write it down and keep it safe: nobody can recover it.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>The passphrase again:</source>
        <translation>The passphrase again:</translation>
    </message>
    <message>
        <source>Ministry: %1. Fingerprint: %2 — compare it with the one the ministry gave you before going on.</source>
        <translation>Ministry: %1. Fingerprint: %2 — compare it with the one the ministry gave you before going on.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Girls only</source>
        <translation>Girls only</translation>
    </message>
    <message>
        <source>Boys only</source>
        <translation>Boys only</translation>
    </message>
    <message>
        <source>Girls and boys</source>
        <translation>Girls and boys</translation>
    </message>
    <message>
        <source>Receives:</source>
        <translation>Receives:</translation>
    </message>
</context>
<context>
    <name>riaya::SignInDialog</name>
    <message>
        <source>Riaya — %1</source>
        <translation>Riaya — %1</translation>
    </message>
    <message>
        <source>Sign in to work on %1.</source>
        <translation>Sign in to work on %1.</translation>
    </message>
    <message>
        <source>Riaya was locked after a time without use. Sign in to go on.</source>
        <translation>Riaya was locked after a time without use. Sign in to go on.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Quit Riaya</source>
        <translation>&amp;Quit Riaya</translation>
    </message>
</context>
<context>
    <name>riaya::SiteRequest</name>
    <message>
        <source>transfer of a child's file</source>
        <translation>transfer of a child's file</translation>
    </message>
    <message>
        <source>access to place a child</source>
        <translation>access to place a child</translation>
    </message>
    <message>
        <source>change to an institution's details</source>
        <translation>change to an institution's details</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>waiting for a decision</translation>
    </message>
</context>
<context>
    <name>riaya::StayDialog</name>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Transfer to:</source>
        <translation>&amp;Transfer to:</translation>
    </message>
    <message>
        <source>&amp;Reason for leaving:</source>
        <translation>&amp;Reason for leaving:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Full: %1 residents for %2 places.</source>
        <translation>Full: %1 residents for %2 places.</translation>
    </message>
    <message>
        <source>%1 of %2 places taken.</source>
        <translation>%1 of %2 places taken.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>%1 receives girls, and %2 is a boy. Admit him there all the same?</source>
        <translation>%1 receives girls, and %2 is a boy. Admit him there all the same?</translation>
    </message>
    <message>
        <source>%1 receives boys, and %2 is a girl. Admit her there all the same?</source>
        <translation>%1 receives boys, and %2 is a girl. Admit her there all the same?</translation>
    </message>
</context>
<context>
    <name>riaya::SyncPage</name>
    <message>
        <source>nothing received yet</source>
        <translation>nothing received yet</translation>
    </message>
    <message>
        <source>bundle %1 on %2</source>
        <translation>bundle %1 on %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 written to %2: %n records.</source>
        <translation><numerusform>Bundle %1 written to %2: %n record.</numerusform><numerusform>Bundle %1 written to %2: %n records.</numerusform></translation>
    </message>
    <message>
        <source>No site is enrolled yet.</source>
        <translation>No site is enrolled yet.</translation>
    </message>
    <message>
        <source>Acknowledge a site</source>
        <translation>Acknowledge a site</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <source>Riaya bundles (*.bundle)</source>
        <translation>Riaya bundles (*.bundle)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of this site's keys:</source>
        <translation>The passphrase of this site's keys:</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>Riaya bundles (*.bundle);;All files (*)</source>
        <translation>Riaya bundles (*.bundle);;All files (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Trusted sites and what was received from each</source>
        <translation>Trusted sites and what was received from each</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Bundles sent and received</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Acknowledge a site…</source>
        <translation>&amp;Acknowledge a site…</translation>
    </message>
    <message>
        <source>&amp;Export a bundle for the ministry…</source>
        <translation>&amp;Export a bundle for the ministry…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Import bundles…</translation>
    </message>
    <message>
        <source> (key revoked)</source>
        <translation> (key revoked)</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Last month approved</source>
        <translation>Last month approved</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>&amp;Close the month…</source>
        <translation>&amp;Close the month…</translation>
    </message>
    <message>
        <source>ministry</source>
        <comment>role of a database</comment>
        <translation>ministry</translation>
    </message>
    <message>
        <source>site</source>
        <comment>role of a database</comment>
        <translation>site</translation>
    </message>
    <message>
        <source>received</source>
        <comment>bundle direction</comment>
        <translation>received</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>bundle direction</comment>
        <translation>sent</translation>
    </message>
    <message>
        <source>No bundle received yet. Import the bundles the houses send with “Import bundles…”.</source>
        <translation>No bundle received yet. Import the bundles the houses send with “Import bundles…”.</translation>
    </message>
    <message>
        <source>No bundle sent or received yet. Send this house's records with “Export a bundle for the ministry…”.</source>
        <translation>No bundle sent or received yet. Send this house's records with “Export a bundle for the ministry…”.</translation>
    </message>
</context>
<context>
    <name>riaya::TemplateEditorDialog</name>
    <message>
        <source>compliant / partly / not compliant</source>
        <translation>compliant / partly / not compliant</translation>
    </message>
    <message>
        <source>a scale from 0</source>
        <translation>a scale from 0</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation>Text (%1):</translation>
    </message>
    <message>
        <source>Guidance (%1):</source>
        <translation>Guidance (%1):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <source>S&amp;coring:</source>
        <translation>S&amp;coring:</translation>
    </message>
    <message>
        <source>Scale &amp;maximum:</source>
        <translation>Scale &amp;maximum:</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>&amp;Add an item</translation>
    </message>
    <message>
        <source>&amp;Remove the item</source>
        <translation>&amp;Remove the item</translation>
    </message>
    <message>
        <source>Publish as &amp;edition:</source>
        <translation>Publish as &amp;edition:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>Edit the standards as a new edition</source>
        <translation>Edit the standards as a new edition</translation>
    </message>
    <message>
        <source>Choose the standard (or one of its items) the new item belongs to.</source>
        <translation>Choose the standard (or one of its items) the new item belongs to.</translation>
    </message>
</context>
<context>
    <name>riaya::TransferRequestDialog</name>
    <message>
        <source>The file of %1 goes to the house that accepts it, with its history; this site keeps the stay it had, read-only.</source>
        <translation>The file of %1 goes to the house that accepts it, with its history; this site keeps the stay it had, read-only.</translation>
    </message>
    <message>
        <source>&amp;To the house:</source>
        <translation>&amp;To the house:</translation>
    </message>
    <message>
        <source>&amp;Day the child moves:</source>
        <translation>&amp;Day the child moves:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>&amp;Ask for the transfer</source>
        <translation>&amp;Ask for the transfer</translation>
    </message>
    <message>
        <source>No other site's house is known here yet: import the ministry's bundle on the Sync screen, then ask again.</source>
        <translation>No other site's house is known here yet: import the ministry's bundle on the Sync screen, then ask again.</translation>
    </message>
    <message>
        <source>Transfer to another house</source>
        <translation>Transfer to another house</translation>
    </message>
    <message>
        <source>Choose a house from the list.</source>
        <translation>Choose a house from the list.</translation>
    </message>
</context>
<context>
    <name>riaya::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved.</source>
        <translation>The changes to “%1” are not saved.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Save them before closing?</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Discard the changes</translation>
    </message>
</context>
<context>
    <name>riaya::UsersPanel</name>
    <message>
        <source>Riaya now locks after %1 minutes without use (from the next start).</source>
        <translation>Riaya now locks after %1 minutes without use (from the next start).</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (disabled)</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>First password:</translation>
    </message>
    <message>
        <source>Choose the account in the list first.</source>
        <translation>Choose the account in the list first.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>The new password of %1:</source>
        <translation>The new password of %1:</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>New &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation>&amp;Disable or enable</translation>
    </message>
    <message>
        <source>Lock after (minutes):</source>
        <translation>Lock after (minutes):</translation>
    </message>
</context>
<context>
    <name>riaya::VoidIncidentDialog</name>
    <message>
        <source>%1, %2: “%3”</source>
        <translation>%1, %2: “%3”</translation>
    </message>
    <message>
        <source>The incident stays in the register, struck through, with the reason; it is no longer counted and can no longer be changed. Nothing is deleted.</source>
        <translation>The incident stays in the register, struck through, with the reason; it is no longer counted and can no longer be changed. Nothing is deleted.</translation>
    </message>
    <message>
        <source>&amp;Why is it voided? (required)</source>
        <translation>&amp;Why is it voided? (required)</translation>
    </message>
    <message>
        <source>&amp;Void the incident</source>
        <translation>&amp;Void the incident</translation>
    </message>
    <message>
        <source>Void an incident</source>
        <translation>Void an incident</translation>
    </message>
</context>
</TS>