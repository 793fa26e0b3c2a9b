<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last audit entries were removed: the log ends at entry %1, but it had reached entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: ar, fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database with --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up yet; run “init” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “riaya-cli --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: riaya-cli --db PATH COMMAND [options]

Riaya keeps the records of social-care institutions offline.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options: --db PATH, --json, --lang CODE, --help.
“riaya-cli COMMAND --help” describes a command.
Exit codes: 0 done, 1 usage error, 2 input rejected, 3 needs a person, 4 internal error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riaya-cli: name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riaya-cli: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the description above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes no argument “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the output file with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log of %1 has been tampered with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Count the records of each kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every record as canonical JSON, sorted by kind and id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no audit entry was edited, removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident could not be saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only residents with this status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only F or M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only residents present in this institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this school level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this many first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a resident, and admit them with --institution or --admitted-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit to this institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission date, YYYY-MM-DD (the site&apos;s own institution if --institution is not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List residents, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find residents by any part of their names or identifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one resident and their stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit a resident (to the site&apos;s institution unless --institution).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a resident&apos;s exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer a resident to another institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry hub “%1” set up in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site “%1” set up in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n residents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presence marks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new database for a site or the ministry hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the ministry hub instead of a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the site&apos;s institution: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places in the site&apos;s institution (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is not an institution (an inspector&apos;s laptop, an office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a realistic, reproducible demo data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many residents (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many institutions, on the ministry hub (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of presence marks before today (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the institutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name in Latin script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its number of places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVINCE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is already open in another Riaya window or command (process %2 on %3). Close it first; only one may write at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the database %1: the folder is not writable or the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with “riaya-cli --db %1 init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of this installation cannot run Riaya&apos;s search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Riaya database, or it is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Riaya database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Riaya (schema %2; this version knows schema %3). Update Riaya to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the database %1 to schema %2: %3. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the site of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>This site has no institution to fill with demo residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo made an invalid resident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo word lists are missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the database with “init” before adding demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 0 to 1,000,000 residents and 1 to 10,000 institutions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionKind</name>
    <message>
        <source>Student boarding house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social protection centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionStore</name>
    <message>
        <source>The institution was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution could not be saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n residents are present; the capacity cannot be lower.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no institution with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the institutions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>%1 is not a kind of record Riaya keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the new record in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the change for sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentField</name>
    <message>
        <source>First name (Arabic script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Arabic script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (Latin script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Latin script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex (F or M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massar student code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s relation to the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of origin (commune or douar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentStatus</name>
    <message>
        <source>Registered, not admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in a family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentStore</name>
    <message>
        <source>The resident was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident could not be saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resident with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the residents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the residents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search the residents: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolLevel</name>
    <message>
        <source>Primary, year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary, year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary, year 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary, year 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary, year 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary, year 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower secondary, year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower secondary, year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower secondary, year 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary, common core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary, year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary, year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSetup</name>
    <message>
        <source>%1 is already set up as “%2”; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site was not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site could not be saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Cannot count %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count residents: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayStore</name>
    <message>
        <source>Cannot read the stays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission date is before the resident&apos;s birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already admitted; record an exit or a transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission date is before the end of the previous stay (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is full: %2 residents present for %3 places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident is not admitted anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit date is before the admission date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission could not be saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit could not be saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident is already in this institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer could not be saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use Latin letters in this field (the Arabic spelling has its own field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose female (F) or male (M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The birth date makes the resident older than %n years; check the year.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A Massar code is one letter followed by nine digits, for example G123456789.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national identifier has 5 to 20 letters and digits, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 7 to 20 digits, optionally starting with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown school level “%1”; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of institution “%1”; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity is a number of beds from 1 to 5000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a Riaya database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riaya databases (*.db *.riaya);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riaya cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up yet; run “riaya-cli --db %1 init” first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>riaya::MainWindow</name>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riaya — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives in a later version of Riaya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Riaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Riaya database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riaya databases (*.db *.riaya);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start another window for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Riaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Riaya %1&lt;/h3&gt;&lt;p&gt;Offline records for social-care institutions: residents, foster families, inspections and reports to the ministry.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>riaya::ResidentTableModel</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massar code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>riaya::ResidentsPage</name>
    <message numerus="yes">
        <source>%n residents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, in Arabic or Latin letters, or by identifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girls and boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>riaya::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the application:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
