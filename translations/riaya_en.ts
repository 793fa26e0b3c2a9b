<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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
        <translation><numerusform>The audit log is intact: %n entries.</numerusform><numerusform>The audit log is intact: %n entries.</numerusform></translation>
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
        <source>Check that no audit entry was edited, removed or reordered.</source>
        <translation>Check that no audit entry was edited, removed or reordered.</translation>
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
        <source>The resident could not be saved to disk.</source>
        <translation>The resident could not be saved to disk.</translation>
    </message>
    <message>
        <source>Stay in %1 from %2 to %3</source>
        <translation>Stay in %1 from %2 to %3</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
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
        <translation><numerusform>Added %n residents</numerusform><numerusform>Added %n residents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation><numerusform>%n institutions</numerusform><numerusform>%n institutions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n presence marks</source>
        <translation><numerusform>%n presence marks</numerusform><numerusform>%n presence marks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n school results</source>
        <translation><numerusform>%n school results</numerusform><numerusform>%n school results</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation><numerusform>%n incidents</numerusform><numerusform>%n incidents</numerusform></translation>
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
        <translation><numerusform>%n residents are present; the capacity cannot be lower.</numerusform><numerusform>%n residents are present; the capacity cannot be lower.</numerusform></translation>
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
    <name>Validation</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation><numerusform>At most %n characters.</numerusform><numerusform>At most %n characters.</numerusform></translation>
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
        <translation><numerusform>The birth date makes the resident older than %n years; check the year.</numerusform><numerusform>The birth date makes the resident older than %n years; check the year.</numerusform></translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a Riaya database</source>
        <translation>Open a Riaya database</translation>
    </message>
    <message>
        <source>Riaya databases (*.db *.riaya);;All files (*)</source>
        <translation>Riaya databases (*.db *.riaya);;All files (*)</translation>
    </message>
    <message>
        <source>Riaya cannot open the database</source>
        <translation>Riaya cannot open the database</translation>
    </message>
    <message>
        <source>%1 is not set up yet; run “riaya-cli --db %1 init” first.</source>
        <translation>%1 is not set up yet; run “riaya-cli --db %1 init” first.</translation>
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
        <translation><numerusform>%n residents</numerusform><numerusform>%n residents</numerusform></translation>
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
</context>
</TS>