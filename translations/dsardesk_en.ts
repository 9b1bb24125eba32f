<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountService</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 2 to 32 lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>&quot;%1&quot; is not a valid user name: use 2 to 32 lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>There is already an account named %1.</translation>
    </message>
    <message>
        <source>Name the first administrator.</source>
        <translation>Name the first administrator.</translation>
    </message>
    <message>
        <source>This database already has accounts; sign in as an administrator to add more.</source>
        <translation>This database already has accounts; sign in as an administrator to add more.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>The first account must be an administrator.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Account %1: %2</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Unknown user or wrong password.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator.</source>
        <translation>The account %1 is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <source>The account&apos;s key does not belong to this database. Ask an administrator.</source>
        <translation>The account&apos;s key does not belong to this database. Ask an administrator.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>You cannot disable your own account; ask another administrator.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>There is no account named %1.</translation>
    </message>
    <message>
        <source>The account %1 is already disabled.</source>
        <translation>The account %1 is already disabled.</translation>
    </message>
    <message>
        <source>Only an administrator may set another account&apos;s password. %1</source>
        <translation>Only an administrator may set another account&apos;s password. %1</translation>
    </message>
    <message>
        <source>This database has no accounts. Create a new database with its first administrator: &quot;dsarctl --db PATH init --admin NAME&quot; (or --demo for demonstration data).</source>
        <translation>This database has no accounts. Create a new database with its first administrator: &quot;dsarctl --db PATH init --admin NAME&quot; (or --demo for demonstration data).</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many failed attempts: wait %n second and try again.</numerusform>
            <numerusform>Too many failed attempts: wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <source>The encryption key must be %1 bytes long.</source>
        <translation>The encryption key must be %1 bytes long.</translation>
    </message>
    <message>
        <source>The data is too large to be encrypted in one piece.</source>
        <translation>The data is too large to be encrypted in one piece.</translation>
    </message>
    <message>
        <source>The encryption library failed.</source>
        <translation>The encryption library failed.</translation>
    </message>
    <message>
        <source>The data could not be decrypted: wrong key or altered data.</source>
        <translation>The data could not be decrypted: wrong key or altered data.</translation>
    </message>
    <message>
        <source>The nonce must be %1 bytes long.</source>
        <translation>The nonce must be %1 bytes long.</translation>
    </message>
    <message>
        <source>The encrypted data is too short; it is damaged or not encrypted data.</source>
        <translation>The encrypted data is too short; it is damaged or not encrypted data.</translation>
    </message>
    <message>
        <source>The encrypted data is in an unknown format.</source>
        <translation>The encrypted data is in an unknown format.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Event %1 follows event %2: the events in between were deleted or the order was changed.</source>
        <translation>Event %1 follows event %2: the events in between were deleted or the order was changed.</translation>
    </message>
    <message>
        <source>Event %1 does not follow the event before it: an event was inserted, deleted or moved here.</source>
        <translation>Event %1 does not follow the event before it: an event was inserted, deleted or moved here.</translation>
    </message>
    <message>
        <source>Event %1 was altered after it was written.</source>
        <translation>Event %1 was altered after it was written.</translation>
    </message>
    <message>
        <source>Event %1 does not carry this database&apos;s key: the chain was rewritten from here.</source>
        <translation>Event %1 does not carry this database&apos;s key: the chain was rewritten from here.</translation>
    </message>
    <message>
        <source>The record of the last event is missing: it was deleted.</source>
        <translation>The record of the last event is missing: it was deleted.</translation>
    </message>
    <message>
        <source>The record of the last event was altered.</source>
        <translation>The record of the last event was altered.</translation>
    </message>
    <message>
        <source>The trail ends at event %1 but %2 events were written: the last events were deleted.</source>
        <translation>The trail ends at event %1 but %2 events were written: the last events were deleted.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseStatuses</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Awaiting identification</source>
        <translation>Awaiting identification</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Decision proposed</source>
        <translation>Decision proposed</translation>
    </message>
    <message>
        <source>Decision approved</source>
        <translation>Decision approved</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Identity not confirmed</source>
        <translation>Identity not confirmed</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>DSAR_TODAY=%1 is not a date. Use the form YYYY-MM-DD, e.g. DSAR_TODAY=2027-03-05, or unset it to use the real date.</source>
        <translation>DSAR_TODAY=%1 is not a date. Use the form YYYY-MM-DD, e.g. DSAR_TODAY=2027-03-05, or unset it to use the real date.</translation>
    </message>
</context>
<context>
    <name>ControllerService</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>The organisation needs a name.</translation>
    </message>
    <message>
        <source>Organisation number %1: %2</source>
        <translation>Organisation number %1: %2</translation>
    </message>
    <message>
        <source>%1 is a %2, not an organisation number (NNNNNN-NNNN, digits 3-4 at least 20).</source>
        <translation>%1 is a %2, not an organisation number (NNNNNN-NNNN, digits 3-4 at least 20).</translation>
    </message>
    <message>
        <source>The organisation could not be saved (is the name or number already registered?): %1</source>
        <translation>The organisation could not be saved (is the name or number already registered?): %1</translation>
    </message>
    <message>
        <source>There is no organisation with id %1. List them with &quot;dsarctl controller list&quot;.</source>
        <translation>There is no organisation with id %1. List them with &quot;dsarctl controller list&quot;.</translation>
    </message>
    <message>
        <source>This database serves several organisations; say which one received the request: %1.</source>
        <translation>This database serves several organisations; say which one received the request: %1.</translation>
    </message>
    <message>
        <source>No organisation matches &quot;%1&quot;. Give its id, organisation number or exact name: %2.</source>
        <translation>No organisation matches &quot;%1&quot;. Give its id, organisation number or exact name: %2.</translation>
    </message>
    <message>
        <source>A field of the organisation is longer than 300 characters. Shorten it.</source>
        <translation>A field of the organisation is longer than 300 characters. Shorten it.</translation>
    </message>
    <message>
        <source>No organisation is registered yet. An administrator adds it first (&quot;dsarctl controller add --name NAME&quot;).</source>
        <translation>No organisation is registered yet. An administrator adds it first (&quot;dsarctl controller add --name NAME&quot;).</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>A negative number of random bytes was requested.</source>
        <translation>A negative number of random bytes was requested.</translation>
    </message>
    <message>
        <source>The random number generator failed.</source>
        <translation>The random number generator failed.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 was written by a newer version of DSAR Desk (schema %2; this version knows up to %3). It has not been changed. Update DSAR Desk to open it.</source>
        <translation>The database %1 was written by a newer version of DSAR Desk (schema %2; this version knows up to %3). It has not been changed. Update DSAR Desk to open it.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose a database file with --db.</source>
        <translation>%1 is not a file. Choose a database file with --db.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check the permissions or choose another place with --db.</source>
        <translation>Cannot create the folder %1 for the database. Check the permissions or choose another place with --db.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create it with &quot;dsarctl --db %1 init --admin NAME&quot; (or --demo for demonstration data) or choose another file with --db.</source>
        <translation>There is no database at %1. Create it with &quot;dsarctl --db %1 init --admin NAME&quot; (or --demo for demonstration data) or choose another file with --db.</translation>
    </message>
    <message>
        <source>%1 is not a DSAR Desk database (it is empty). Remove it and create the database with &quot;dsarctl --db %1 init --admin NAME&quot;, or choose another file with --db.</source>
        <translation>%1 is not a DSAR Desk database (it is empty). Remove it and create the database with &quot;dsarctl --db %1 init --admin NAME&quot;, or choose another file with --db.</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>The receipt date is missing or not a real date, so no deadline can be computed. Enter the date the request arrived, e.g. 2027-03-05.</source>
        <translation>The receipt date is missing or not a real date, so no deadline can be computed. Enter the date the request arrived, e.g. 2027-03-05.</translation>
    </message>
    <message>
        <source>The request for information sent on %1 has no documented reason, so the clock does not stop for it. Record the reasoned doubt about identity (GDPR Art. 12(6)) or what needed clarifying (recital 63).</source>
        <translation>The request for information sent on %1 has no documented reason, so the clock does not stop for it. Record the reasoned doubt about identity (GDPR Art. 12(6)) or what needed clarifying (recital 63).</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>A request for information has no valid date, so the clock does not stop for it. Enter the day the request went out.</source>
        <translation>A request for information has no valid date, so the clock does not stop for it. Enter the day the request went out.</translation>
    </message>
    <message>
        <source>The request for information is dated %1, before the receipt date %2, so the clock does not stop for it. Correct the date.</source>
        <translation>The request for information is dated %1, before the receipt date %2, so the clock does not stop for it. Correct the date.</translation>
    </message>
    <message numerus="yes">
        <source>The request for information sent on %1 went out later than %n working day(s) after receipt (the last day was %2), so the clock does not stop for it. Plan against the deadline without suspension.</source>
        <translation>
            <numerusform>The request for information sent on %1 went out later than %n working day after receipt (the last day was %2), so the clock does not stop for it. Plan against the deadline without suspension.</numerusform>
            <numerusform>The request for information sent on %1 went out later than %n working days after receipt (the last day was %2), so the clock does not stop for it. Plan against the deadline without suspension.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer to the request for information sent on %1 has no valid date or is dated before the request, so the clock does not stop for it. Correct the answer date.</source>
        <translation>The answer to the request for information sent on %1 has no valid date or is dated before the request, so the clock does not stop for it. Correct the answer date.</translation>
    </message>
    <message>
        <source>The receipt date is missing. Give the date the request arrived, e.g. 2027-03-05.</source>
        <translation>The receipt date is missing. Give the date the request arrived, e.g. 2027-03-05.</translation>
    </message>
    <message>
        <source>The receipt date %1 is before 25 May 2018, when the GDPR began to apply. Check the date.</source>
        <translation>The receipt date %1 is before 25 May 2018, when the GDPR began to apply. Check the date.</translation>
    </message>
    <message>
        <source>The receipt date %1 is too far ahead to plan for. Check the year.</source>
        <translation>The receipt date %1 is too far ahead to plan for. Check the year.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demonstration case handler account is missing.</source>
        <translation>The demonstration case handler account is missing.</translation>
    </message>
</context>
<context>
    <name>Kdf</name>
    <message>
        <source>The scrypt cost N must be a power of two greater than 1.</source>
        <translation>The scrypt cost N must be a power of two greater than 1.</translation>
    </message>
    <message>
        <source>The scrypt parameters r and p must be positive.</source>
        <translation>The scrypt parameters r and p must be positive.</translation>
    </message>
    <message>
        <source>The scrypt cost N must be less than 2^(16 * r).</source>
        <translation>The scrypt cost N must be less than 2^(16 * r).</translation>
    </message>
    <message>
        <source>The scrypt parameters need more than %1 MiB of memory.</source>
        <translation>The scrypt parameters need more than %1 MiB of memory.</translation>
    </message>
    <message>
        <source>The password hash parameters are not in the form scrypt$N$r$p.</source>
        <translation>The password hash parameters are not in the form scrypt$N$r$p.</translation>
    </message>
    <message>
        <source>The password hash parameters N, r and p must be positive whole numbers.</source>
        <translation>The password hash parameters N, r and p must be positive whole numbers.</translation>
    </message>
    <message>
        <source>The derived key must be between 1 and %1 bytes long.</source>
        <translation>The derived key must be between 1 and %1 bytes long.</translation>
    </message>
    <message>
        <source>The password could not be hashed (scrypt failed).</source>
        <translation>The password could not be hashed (scrypt failed).</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>The data key has the wrong length.</source>
        <translation>The data key has the wrong length.</translation>
    </message>
    <message>
        <source>A stored value in %1 could not be decrypted (wrong key or altered data).</source>
        <translation>A stored value in %1 could not be decrypted (wrong key or altered data).</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>The account&apos;s key slot is damaged; an administrator must set a new password.</source>
        <translation>The account&apos;s key slot is damaged; an administrator must set a new password.</translation>
    </message>
</context>
<context>
    <name>LegalBases</name>
    <message>
        <source>Consent (GDPR Art. 6(1)(a))</source>
        <translation>Consent (GDPR Art. 6(1)(a))</translation>
    </message>
    <message>
        <source>Contract (GDPR Art. 6(1)(b))</source>
        <translation>Contract (GDPR Art. 6(1)(b))</translation>
    </message>
    <message>
        <source>Legal obligation (GDPR Art. 6(1)(c))</source>
        <translation>Legal obligation (GDPR Art. 6(1)(c))</translation>
    </message>
    <message>
        <source>Vital interests (GDPR Art. 6(1)(d))</source>
        <translation>Vital interests (GDPR Art. 6(1)(d))</translation>
    </message>
    <message>
        <source>Public task (GDPR Art. 6(1)(e))</source>
        <translation>Public task (GDPR Art. 6(1)(e))</translation>
    </message>
    <message>
        <source>Legitimate interests (GDPR Art. 6(1)(f))</source>
        <translation>Legitimate interests (GDPR Art. 6(1)(f))</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 is not a DSAR Desk database (%2). Choose another file with --db.</source>
        <translation>%1 is not a DSAR Desk database (%2). Choose another file with --db.</translation>
    </message>
    <message>
        <source>%1 is a database of another program: it has tables but no DSAR Desk schema. It has not been changed. Choose another file with --db.</source>
        <translation>%1 is a database of another program: it has tables but no DSAR Desk schema. It has not been changed. Choose another file with --db.</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>Migration %1 failed and was rolled back: %2</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>viewing cases</source>
        <translation>viewing cases</translation>
    </message>
    <message>
        <source>registering requests and data subjects</source>
        <translation>registering requests and data subjects</translation>
    </message>
    <message>
        <source>working on cases</source>
        <translation>working on cases</translation>
    </message>
    <message>
        <source>approving an extension</source>
        <translation>approving an extension</translation>
    </message>
    <message>
        <source>approving a refusal</source>
        <translation>approving a refusal</translation>
    </message>
    <message>
        <source>approving the execution of an erasure</source>
        <translation>approving the execution of an erasure</translation>
    </message>
    <message>
        <source>lifting a restriction</source>
        <translation>lifting a restriction</translation>
    </message>
    <message>
        <source>deciding that a request is manifestly unfounded or excessive</source>
        <translation>deciding that a request is manifestly unfounded or excessive</translation>
    </message>
    <message>
        <source>managing staff accounts</source>
        <translation>managing staff accounts</translation>
    </message>
    <message>
        <source>verifying and exporting the audit trail</source>
        <translation>verifying and exporting the audit trail</translation>
    </message>
    <message>
        <source>purging closed cases</source>
        <translation>purging closed cases</translation>
    </message>
    <message>
        <source>Refused: %1 needs the role %2; you are signed in as %3.</source>
        <translation>Refused: %1 needs the role %2; you are signed in as %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>managing organisations, the processing register and settings</source>
        <translation>managing organisations, the processing register and settings</translation>
    </message>
</context>
<context>
    <name>ProcessingActivities</name>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>company representative</source>
        <translation>company representative</translation>
    </message>
    <message>
        <source>supplier contact</source>
        <translation>supplier contact</translation>
    </message>
    <message>
        <source>job applicant</source>
        <translation>job applicant</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visitor</translation>
    </message>
    <message>
        <source>website visitor</source>
        <translation>website visitor</translation>
    </message>
    <message>
        <source>newsletter subscriber</source>
        <translation>newsletter subscriber</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>ReceiptTimeParser</name>
    <message>
        <source>No receipt date was given. Enter the date the request arrived, e.g. 2027-03-05, or the exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z.</source>
        <translation>No receipt date was given. Enter the date the request arrived, e.g. 2027-03-05, or the exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces before or after it. Remove them, e.g. 2027-03-05.</source>
        <translation>&quot;%1&quot; has spaces before or after it. Remove them, e.g. 2027-03-05.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains digits other than 0-9. Type the date with the digits 0-9, e.g. 2027-03-05 or 2027-03-31T22:30:00Z.</source>
        <translation>&quot;%1&quot; contains digits other than 0-9. Type the date with the digits 0-9, e.g. 2027-03-05 or 2027-03-31T22:30:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the month and the day, in the form YYYY-MM-DD, e.g. 2027-03-05.</source>
        <translation>&quot;%1&quot; is not a real date. Check the month and the day, in the form YYYY-MM-DD, e.g. 2027-03-05.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receipt date or time. Write the date as YYYY-MM-DD, e.g. 2027-03-05, or the exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z or 2027-04-01T00:30:00+02:00.</source>
        <translation>&quot;%1&quot; is not a receipt date or time. Write the date as YYYY-MM-DD, e.g. 2027-03-05, or the exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z or 2027-04-01T00:30:00+02:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date and time. Check the date (YYYY-MM-DD), the time (00:00 to 23:59:59) and the offset (-14:00 to +14:00), e.g. 2027-03-31T22:30:00Z.</source>
        <translation>&quot;%1&quot; is not a real date and time. Check the date (YYYY-MM-DD), the time (00:00 to 23:59:59) and the offset (-14:00 to +14:00), e.g. 2027-03-31T22:30:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone, so the receipt date is ambiguous. Add Z for UTC or an offset such as +01:00, e.g. %1Z or %1+01:00.</source>
        <translation>&quot;%1&quot; has no time zone, so the receipt date is ambiguous. Add Z for UTC or an offset such as +01:00, e.g. %1Z or %1+01:00.</translation>
    </message>
    <message>
        <source>The time zone Europe/Stockholm is missing from this system, so the receipt date of an exact time cannot be taken. Install the tzdata package, or enter the Stockholm date as YYYY-MM-DD.</source>
        <translation>The time zone Europe/Stockholm is missing from this system, so the receipt date of an exact time cannot be taken. Install the tzdata package, or enter the Stockholm date as YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>RecipientRoles</name>
    <message>
        <source>Processor (GDPR Art. 28)</source>
        <translation>Processor (GDPR Art. 28)</translation>
    </message>
    <message>
        <source>Independent controller</source>
        <translation>Independent controller</translation>
    </message>
    <message>
        <source>Joint controller (GDPR Art. 26)</source>
        <translation>Joint controller (GDPR Art. 26)</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
</context>
<context>
    <name>RegisterRepository</name>
    <message>
        <source>The register table %1 holds an unknown code &quot;%2&quot;. The database was changed outside DSAR Desk; restore it from a backup.</source>
        <translation>The register table %1 holds an unknown code &quot;%2&quot;. The database was changed outside DSAR Desk; restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>RegisterService</name>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed. Shorten it.</source>
        <translation>%1 is %2 characters long; at most %3 are allowed. Shorten it.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is listed twice. Remove one of them.</source>
        <translation>%1 &quot;%2&quot; is listed twice. Remove one of them.</translation>
    </message>
    <message>
        <source>%1: &quot;UK&quot; is not an ISO 3166 code; the United Kingdom is GB.</source>
        <translation>%1: &quot;UK&quot; is not an ISO 3166 code; the United Kingdom is GB.</translation>
    </message>
    <message>
        <source>%1: &quot;EL&quot; is not an ISO 3166 code; Greece is GR.</source>
        <translation>%1: &quot;EL&quot; is not an ISO 3166 code; Greece is GR.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a country code. Give the two-letter ISO 3166 code, e.g. SE, NO, US or GB.</source>
        <translation>%1: &quot;%2&quot; is not a country code. Give the two-letter ISO 3166 code, e.g. SE, NO, US or GB.</translation>
    </message>
    <message>
        <source>The processing activity needs a name, e.g. &quot;CRM-system&quot; or &quot;Recruitment&quot;.</source>
        <translation>The processing activity needs a name, e.g. &quot;CRM-system&quot; or &quot;Recruitment&quot;.</translation>
    </message>
    <message>
        <source>The name of the processing activity</source>
        <translation>The name of the processing activity</translation>
    </message>
    <message>
        <source>There is no organisation with id %1. Add the organisation first, or choose one from &quot;dsarctl controller list&quot;.</source>
        <translation>There is no organisation with id %1. Add the organisation first, or choose one from &quot;dsarctl controller list&quot;.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no purpose. State at least one purpose (GDPR Art. 30(1)(b)).</source>
        <translation>&quot;%1&quot; has no purpose. State at least one purpose (GDPR Art. 30(1)(b)).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no legal basis. Choose at least one of GDPR Art. 6(1)(a)-(f): %2.</source>
        <translation>&quot;%1&quot; has no legal basis. Choose at least one of GDPR Art. 6(1)(a)-(f): %2.</translation>
    </message>
    <message>
        <source>The note on a legal basis</source>
        <translation>The note on a legal basis</translation>
    </message>
    <message>
        <source>The legal basis %1 is listed twice. Remove one of them.</source>
        <translation>The legal basis %1 is listed twice. Remove one of them.</translation>
    </message>
    <message>
        <source>A data category has no name. Name it (e.g. &quot;contact details&quot;) or remove it.</source>
        <translation>A data category has no name. Name it (e.g. &quot;contact details&quot;) or remove it.</translation>
    </message>
    <message>
        <source>A data category</source>
        <translation>A data category</translation>
    </message>
    <message>
        <source>The data category &quot;%1&quot; is listed twice. Remove one of them.</source>
        <translation>The data category &quot;%1&quot; is listed twice. Remove one of them.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is special-category data (GDPR Art. 9(1)), which may only be processed under a condition of Art. 9(2). Choose the condition (%2) or unmark the category as special.</source>
        <translation>&quot;%1&quot; is special-category data (GDPR Art. 9(1)), which may only be processed under a condition of Art. 9(2). Choose the condition (%2) or unmark the category as special.</translation>
    </message>
    <message>
        <source>An Art. 9(2) condition is set but no data category is marked as special-category data. Mark the special category or remove the condition.</source>
        <translation>An Art. 9(2) condition is set but no data category is marked as special-category data. Mark the special category or remove the condition.</translation>
    </message>
    <message>
        <source>Category of data subjects</source>
        <translation>Category of data subjects</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The name of a source</source>
        <translation>The name of a source</translation>
    </message>
    <message>
        <source>A source of kind &quot;other&quot; needs a name that says where the data come from.</source>
        <translation>A source of kind &quot;other&quot; needs a name that says where the data come from.</translation>
    </message>
    <message>
        <source>A recipient has no name. Name it (e.g. the processor&apos;s company name) or remove it.</source>
        <translation>A recipient has no name. Name it (e.g. the processor&apos;s company name) or remove it.</translation>
    </message>
    <message>
        <source>The name of a recipient</source>
        <translation>The name of a recipient</translation>
    </message>
    <message>
        <source>The purpose of a recipient</source>
        <translation>The purpose of a recipient</translation>
    </message>
    <message>
        <source>Recipient &quot;%1&quot;</source>
        <translation>Recipient &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The recipient of a transfer</source>
        <translation>The recipient of a transfer</translation>
    </message>
    <message>
        <source>The note on a transfer</source>
        <translation>The note on a transfer</translation>
    </message>
    <message>
        <source>A transfer</source>
        <translation>A transfer</translation>
    </message>
    <message>
        <source>The transfer to %1 goes outside the EU/EEA and needs a safeguard (GDPR Art. 44-46). Choose one: %2.</source>
        <translation>The transfer to %1 goes outside the EU/EEA and needs a safeguard (GDPR Art. 44-46). Choose one: %2.</translation>
    </message>
    <message>
        <source>The transfer to %1 relies on a derogation; state in the note which one of GDPR Art. 49(1) applies (e.g. explicit consent, a contract with the subject).</source>
        <translation>The transfer to %1 relies on a derogation; state in the note which one of GDPR Art. 49(1) applies (e.g. explicit consent, a contract with the subject).</translation>
    </message>
    <message>
        <source>An automated decision needs both a description of its logic and of its significance and consequences for the subject (GDPR Art. 15(1)(h)).</source>
        <translation>An automated decision needs both a description of its logic and of its significance and consequences for the subject (GDPR Art. 15(1)(h)).</translation>
    </message>
    <message>
        <source>The description of the automated decision&apos;s logic</source>
        <translation>The description of the automated decision&apos;s logic</translation>
    </message>
    <message>
        <source>The automated decision&apos;s significance</source>
        <translation>The automated decision&apos;s significance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no retention rule. State how long the data are kept, e.g. two years after the contract ended (GDPR Art. 30(1)(f)).</source>
        <translation>&quot;%1&quot; has no retention rule. State how long the data are kept, e.g. two years after the contract ended (GDPR Art. 30(1)(f)).</translation>
    </message>
    <message>
        <source>The retention rule</source>
        <translation>The retention rule</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the retention rule cannot be used: %2</source>
        <translation>&quot;%1&quot;: the retention rule cannot be used: %2</translation>
    </message>
    <message>
        <source>The retention note</source>
        <translation>The retention note</translation>
    </message>
    <message>
        <source>The organisation already has a processing activity named &quot;%1&quot;. Choose another name or change that activity.</source>
        <translation>The organisation already has a processing activity named &quot;%1&quot;. Choose another name or change that activity.</translation>
    </message>
    <message>
        <source>The processing activity could not be saved: %1</source>
        <translation>The processing activity could not be saved: %1</translation>
    </message>
    <message>
        <source>There is no processing activity with id %1; it may have been removed.</source>
        <translation>There is no processing activity with id %1; it may have been removed.</translation>
    </message>
    <message>
        <source>A processing activity cannot move to another organisation. Add it to that organisation and remove it here.</source>
        <translation>A processing activity cannot move to another organisation. Add it to that organisation and remove it here.</translation>
    </message>
    <message>
        <source>The organisation already has another processing activity named &quot;%1&quot;. Choose another name.</source>
        <translation>The organisation already has another processing activity named &quot;%1&quot;. Choose another name.</translation>
    </message>
    <message>
        <source>There is no processing activity with id %1; it may already have been removed.</source>
        <translation>There is no processing activity with id %1; it may already have been removed.</translation>
    </message>
    <message>
        <source>The processing activity could not be removed: %1</source>
        <translation>The processing activity could not be removed: %1</translation>
    </message>
    <message>
        <source>There is no organisation with id %1. List them with &quot;dsarctl controller list&quot;.</source>
        <translation>There is no organisation with id %1. List them with &quot;dsarctl controller list&quot;.</translation>
    </message>
    <message>
        <source>There is no processing activity with id %1.</source>
        <translation>There is no processing activity with id %1.</translation>
    </message>
</context>
<context>
    <name>RequestRights</name>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portability</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Withdrawal of consent</translation>
    </message>
    <message>
        <source>Art. 15</source>
        <translation>Art. 15</translation>
    </message>
    <message>
        <source>Art. 16</source>
        <translation>Art. 16</translation>
    </message>
    <message>
        <source>Art. 17</source>
        <translation>Art. 17</translation>
    </message>
    <message>
        <source>Art. 18</source>
        <translation>Art. 18</translation>
    </message>
    <message>
        <source>Art. 20</source>
        <translation>Art. 20</translation>
    </message>
    <message>
        <source>Art. 21</source>
        <translation>Art. 21</translation>
    </message>
    <message>
        <source>Art. 7(3)</source>
        <translation>Art. 7(3)</translation>
    </message>
</context>
<context>
    <name>RetentionAnchors</name>
    <message>
        <source>after collection</source>
        <translation>after collection</translation>
    </message>
    <message>
        <source>after the contract or relationship ended</source>
        <translation>after the contract or relationship ended</translation>
    </message>
    <message>
        <source>after the last activity</source>
        <translation>after the last activity</translation>
    </message>
    <message>
        <source>after the calendar year in which the fiscal year ended</source>
        <translation>after the calendar year in which the fiscal year ended</translation>
    </message>
    <message>
        <source>after the send-out</source>
        <translation>after the send-out</translation>
    </message>
    <message>
        <source>after the account was created</source>
        <translation>after the account was created</translation>
    </message>
    <message>
        <source>while consent lasts</source>
        <translation>while consent lasts</translation>
    </message>
    <message>
        <source>until the project ends</source>
        <translation>until the project ends</translation>
    </message>
    <message>
        <source>kept for a stated reason</source>
        <translation>kept for a stated reason</translation>
    </message>
</context>
<context>
    <name>RetentionEngine</name>
    <message>
        <source>The date of %1 is not a valid date.</source>
        <translation>The date of %1 is not a valid date.</translation>
    </message>
    <message>
        <source>%1 is not the last day of a month, so it cannot be the end of a fiscal year; enter the fiscal year&apos;s last day, not the date of the document.</source>
        <translation>%1 is not the last day of a month, so it cannot be the end of a fiscal year; enter the fiscal year&apos;s last day, not the date of the document.</translation>
    </message>
    <message>
        <source>The retain-until date falls outside the calendar.</source>
        <translation>The retain-until date falls outside the calendar.</translation>
    </message>
    <message>
        <source>Kept until %1</source>
        <translation>Kept until %1</translation>
    </message>
    <message>
        <source>No date yet: waiting for %1</source>
        <translation>No date yet: waiting for %1</translation>
    </message>
    <message>
        <source>Kept while consent lasts</source>
        <translation>Kept while consent lasts</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Kept: %1</translation>
    </message>
</context>
<context>
    <name>RetentionEvents</name>
    <message>
        <source>the collection</source>
        <translation>the collection</translation>
    </message>
    <message>
        <source>the end of the contract or relationship</source>
        <translation>the end of the contract or relationship</translation>
    </message>
    <message>
        <source>the last activity</source>
        <translation>the last activity</translation>
    </message>
    <message>
        <source>the end of the fiscal year</source>
        <translation>the end of the fiscal year</translation>
    </message>
    <message>
        <source>the send-out</source>
        <translation>the send-out</translation>
    </message>
    <message>
        <source>the account&apos;s creation</source>
        <translation>the account&apos;s creation</translation>
    </message>
    <message>
        <source>the withdrawal of consent</source>
        <translation>the withdrawal of consent</translation>
    </message>
    <message>
        <source>the end of the project</source>
        <translation>the end of the project</translation>
    </message>
</context>
<context>
    <name>RetentionPeriod</name>
    <message>
        <source>Unknown unit of a retention period.</source>
        <translation>Unknown unit of a retention period.</translation>
    </message>
    <message>
        <source>A retention period of %1%2 is out of range: use 1 to %3 of that unit.</source>
        <translation>A retention period of %1%2 is out of range: use 1 to %3 of that unit.</translation>
    </message>
    <message>
        <source>Write a whole number and d, m or y, e.g. 180d, 6m or 2y.</source>
        <translation>Write a whole number and d, m or y, e.g. 180d, 6m or 2y.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a retention period. %2</source>
        <translation>&quot;%1&quot; is not a retention period. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no unit. %2</source>
        <translation>&quot;%1&quot; has no unit. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionRule</name>
    <message>
        <source>A backslash in a retention rule must be followed by ; or \.</source>
        <translation>A backslash in a retention rule must be followed by ; or \.</translation>
    </message>
    <message>
        <source>Unknown retention anchor.</source>
        <translation>Unknown retention anchor.</translation>
    </message>
    <message>
        <source>The legal reference and the reason of a retention rule must be single lines.</source>
        <translation>The legal reference and the reason of a retention rule must be single lines.</translation>
    </message>
    <message>
        <source>A rule kept while consent lasts has no period; remove &quot;%1&quot;.</source>
        <translation>A rule kept while consent lasts has no period; remove &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A rule kept for a stated reason has no period; remove &quot;%1&quot; or choose an anchor to count it from.</source>
        <translation>A rule kept for a stated reason has no period; remove &quot;%1&quot; or choose an anchor to count it from.</translation>
    </message>
    <message>
        <source>A rule kept for a stated reason needs the reason.</source>
        <translation>A rule kept for a stated reason needs the reason.</translation>
    </message>
    <message>
        <source>A rule counted after the fiscal year&apos;s end needs a period in years, e.g. 7y (BFL 7 kap. 2 §).</source>
        <translation>A rule counted after the fiscal year&apos;s end needs a period in years, e.g. 7y (BFL 7 kap. 2 §).</translation>
    </message>
    <message>
        <source>A rule &quot;%1&quot; needs a period, e.g. 2y, 6m or 180d.</source>
        <translation>A rule &quot;%1&quot; needs a period, e.g. 2y, 6m or 180d.</translation>
    </message>
    <message>
        <source>A retention rule has at most four fields, anchor;period;legal reference;reason; write a semicolon in the text as \;.</source>
        <translation>A retention rule has at most four fields, anchor;period;legal reference;reason; write a semicolon in the text as \;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a retention anchor; use one of %2.</source>
        <translation>&quot;%1&quot; is not a retention anchor; use one of %2.</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>retention period after closing has run out</source>
        <translation>retention period after closing has run out</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Case handler</source>
        <translation>Case handler</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The cryptographic self-test of %1 failed; the program cannot protect personal data with this OpenSSL library.</source>
        <translation>The cryptographic self-test of %1 failed; the program cannot protect personal data with this OpenSSL library.</translation>
    </message>
    <message>
        <source>AES-256-GCM encryption</source>
        <translation>AES-256-GCM encryption</translation>
    </message>
    <message>
        <source>AES-256-GCM decryption</source>
        <translation>AES-256-GCM decryption</translation>
    </message>
    <message>
        <source>AES-256-GCM tamper detection</source>
        <translation>AES-256-GCM tamper detection</translation>
    </message>
    <message>
        <source>AES-256-GCM nonce generation</source>
        <translation>AES-256-GCM nonce generation</translation>
    </message>
    <message>
        <source>constant-time comparison</source>
        <translation>constant-time comparison</translation>
    </message>
    <message>
        <source>the random number generator</source>
        <translation>the random number generator</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The deadline settings in the database are damaged (calendar profile &quot;%1&quot;, clock-stop window &quot;%2&quot;, internal target &quot;%3&quot;). Ask an administrator to correct them.</source>
        <translation>The deadline settings in the database are damaged (calendar profile &quot;%1&quot;, clock-stop window &quot;%2&quot;, internal target &quot;%3&quot;). Ask an administrator to correct them.</translation>
    </message>
    <message>
        <source>The retention setting for closed cases (&quot;%1&quot; years) is damaged. Ask an administrator to correct it.</source>
        <translation>The retention setting for closed cases (&quot;%1&quot; years) is damaged. Ask an administrator to correct it.</translation>
    </message>
    <message>
        <source>Calendar for deadlines: EU (binding) or SE1930 (also the three eves non-working; information only). EU or SE1930.</source>
        <translation>Calendar for deadlines: EU (binding) or SE1930 (also the three eves non-working; information only). EU or SE1930.</translation>
    </message>
    <message>
        <source>Working days after receipt within which an identity or clarification request stops the clock. 0 to 20.</source>
        <translation>Working days after receipt within which an identity or clarification request stops the clock. 0 to 20.</translation>
    </message>
    <message>
        <source>Internal target in days from receipt. 1 to 30.</source>
        <translation>Internal target in days from receipt. 1 to 30.</translation>
    </message>
    <message>
        <source>Years a closed case is kept before it is purged. 1 to 50.</source>
        <translation>Years a closed case is kept before it is purged. 1 to 50.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>There is no setting &quot;%1&quot;. The settings are: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: %3</source>
        <translation>&quot;%1&quot; is not a valid value for %2: %3</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <source>The data subject</source>
        <translation>The data subject</translation>
    </message>
    <message>
        <source>Public register</source>
        <translation>Public register</translation>
    </message>
    <message>
        <source>Credit bureau</source>
        <translation>Credit bureau</translation>
    </message>
    <message>
        <source>Sanctions or PEP list</source>
        <translation>Sanctions or PEP list</translation>
    </message>
    <message>
        <source>The subject&apos;s employer</source>
        <translation>The subject&apos;s employer</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Other source</translation>
    </message>
</context>
<context>
    <name>SpecialCategoryConditions</name>
    <message>
        <source>Explicit consent (GDPR Art. 9(2)(a))</source>
        <translation>Explicit consent (GDPR Art. 9(2)(a))</translation>
    </message>
    <message>
        <source>Employment and social security law (GDPR Art. 9(2)(b))</source>
        <translation>Employment and social security law (GDPR Art. 9(2)(b))</translation>
    </message>
    <message>
        <source>Vital interests, the subject cannot consent (GDPR Art. 9(2)(c))</source>
        <translation>Vital interests, the subject cannot consent (GDPR Art. 9(2)(c))</translation>
    </message>
    <message>
        <source>Non-profit body and its members (GDPR Art. 9(2)(d))</source>
        <translation>Non-profit body and its members (GDPR Art. 9(2)(d))</translation>
    </message>
    <message>
        <source>Manifestly made public by the subject (GDPR Art. 9(2)(e))</source>
        <translation>Manifestly made public by the subject (GDPR Art. 9(2)(e))</translation>
    </message>
    <message>
        <source>Legal claims or courts (GDPR Art. 9(2)(f))</source>
        <translation>Legal claims or courts (GDPR Art. 9(2)(f))</translation>
    </message>
    <message>
        <source>Substantial public interest (GDPR Art. 9(2)(g))</source>
        <translation>Substantial public interest (GDPR Art. 9(2)(g))</translation>
    </message>
    <message>
        <source>Preventive or occupational medicine, health or social care (GDPR Art. 9(2)(h))</source>
        <translation>Preventive or occupational medicine, health or social care (GDPR Art. 9(2)(h))</translation>
    </message>
    <message>
        <source>Public health (GDPR Art. 9(2)(i))</source>
        <translation>Public health (GDPR Art. 9(2)(i))</translation>
    </message>
    <message>
        <source>Archiving, research or statistics (GDPR Art. 9(2)(j))</source>
        <translation>Archiving, research or statistics (GDPR Art. 9(2)(j))</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>The database refused a statement: %1</translation>
    </message>
    <message>
        <source>The database could not carry out a statement: %1</source>
        <translation>The database could not carry out a statement: %1</translation>
    </message>
    <message>
        <source>The database did not return the new row&apos;s id.</source>
        <translation>The database did not return the new row&apos;s id.</translation>
    </message>
</context>
<context>
    <name>SubjectService</name>
    <message>
        <source>The data subject needs a name. Write the name as the request gives it.</source>
        <translation>The data subject needs a name. Write the name as the request gives it.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters. Shorten it.</source>
        <translation>The name is longer than %1 characters. Shorten it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. Write it as name@example.se, or leave it empty.</source>
        <translation>&quot;%1&quot; is not an e-mail address. Write it as name@example.se, or leave it empty.</translation>
    </message>
    <message>
        <source>Personnummer %1: %2</source>
        <translation>Personnummer %1: %2</translation>
    </message>
    <message>
        <source>%1 is an organisation number. A data subject is a person: give a personnummer or samordningsnummer, or leave it empty.</source>
        <translation>%1 is an organisation number. A data subject is a person: give a personnummer or samordningsnummer, or leave it empty.</translation>
    </message>
    <message>
        <source>A data subject with this %1 is already registered (id %2). Use that subject instead of adding a second one.</source>
        <translation>A data subject with this %1 is already registered (id %2). Use that subject instead of adding a second one.</translation>
    </message>
    <message>
        <source>There is no data subject with id %1.</source>
        <translation>There is no data subject with id %1.</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postal address</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters. Shorten it.</source>
        <translation>The %1 is longer than %2 characters. Shorten it.</translation>
    </message>
    <message>
        <source>The personnummer is too long: it has 10 or 12 digits, e.g. 19121212-1212.</source>
        <translation>The personnummer is too long: it has 10 or 12 digits, e.g. 19121212-1212.</translation>
    </message>
</context>
<context>
    <name>SwedishIdParser</name>
    <message>
        <source>Character %1 at position %2 is a digit from another writing system; only the digits 0-9 are accepted. Retype the number with the digits 0-9.</source>
        <translation>Character %1 at position %2 is a digit from another writing system; only the digits 0-9 are accepted. Retype the number with the digits 0-9.</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not the ordinary hyphen; write the separator as &quot;-&quot; (or &quot;+&quot; for a person who has turned 100).</source>
        <translation>Character %1 at position %2 is not the ordinary hyphen; write the separator as &quot;-&quot; (or &quot;+&quot; for a person who has turned 100).</translation>
    </message>
    <message>
        <source>There is a space (%1) at position %2; remove the spaces inside the number.</source>
        <translation>There is a space (%1) at position %2; remove the spaces inside the number.</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not allowed; an identity number has only the digits 0-9 and a &quot;-&quot; or &quot;+&quot; before the last four digits.</source>
        <translation>Character %1 at position %2 is not allowed; an identity number has only the digits 0-9 and a &quot;-&quot; or &quot;+&quot; before the last four digits.</translation>
    </message>
    <message>
        <source>The check digit (the last digit) is %1 but should be %2; check the number for a typing error.</source>
        <translation>The check digit (the last digit) is %1 but should be %2; check the number for a typing error.</translation>
    </message>
    <message>
        <source>A 12-digit number starting with 16 is an organisationsnummer, but the third and fourth digits after 16 are %1, and an organisationsnummer has 20 or more there. For a personnummer, write the century (19 or 20) instead of 16.</source>
        <translation>A 12-digit number starting with 16 is an organisationsnummer, but the third and fourth digits after 16 are %1, and an organisationsnummer has 20 or more there. For a personnummer, write the century (19 or 20) instead of 16.</translation>
    </message>
    <message>
        <source>An organisationsnummer is written with &quot;-&quot;, not &quot;+&quot; (&quot;+&quot; marks a person who has turned 100). Write it as NNNNNN-NNNN.</source>
        <translation>An organisationsnummer is written with &quot;-&quot;, not &quot;+&quot; (&quot;+&quot; marks a person who has turned 100). Write it as NNNNNN-NNNN.</translation>
    </message>
    <message>
        <source>No such date: the month is %1, but it must be 01-12. If this is an organisationsnummer, write it with 10 digits or with 16 in front.</source>
        <translation>No such date: the month is %1, but it must be 01-12. If this is an organisationsnummer, write it with 10 digits or with 16 in front.</translation>
    </message>
    <message>
        <source>No such date: the month is %1, but it must be 01-12 (YYMMDD-NNNC); check the number for a typing error.</source>
        <translation>No such date: the month is %1, but it must be 01-12 (YYMMDD-NNNC); check the number for a typing error.</translation>
    </message>
    <message>
        <source>No such date: the day is %1, but it must be 01-31 (or 61-91 for a samordningsnummer); check the number for a typing error.</source>
        <translation>No such date: the day is %1, but it must be 01-31 (or 61-91 for a samordningsnummer); check the number for a typing error.</translation>
    </message>
    <message>
        <source>No such date: %1 does not exist (in a samordningsnummer the day is written + 60, here %2); check the number for a typing error.</source>
        <translation>No such date: %1 does not exist (in a samordningsnummer the day is written + 60, here %2); check the number for a typing error.</translation>
    </message>
    <message>
        <source>No such date: %1 does not exist (&quot;+&quot; means the person has turned 100, which gives the year %2); check the number and its separator.</source>
        <translation>No such date: %1 does not exist (&quot;+&quot; means the person has turned 100, which gives the year %2); check the number and its separator.</translation>
    </message>
    <message>
        <source>No such date: %1 does not exist; check the number for a typing error.</source>
        <translation>No such date: %1 does not exist; check the number for a typing error.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future (after %2); check the year.</source>
        <translation>The birth date %1 is in the future (after %2); check the year.</translation>
    </message>
    <message>
        <source>The number is written with &quot;+&quot;, which means the person has turned 100, but a person born %1 turns 100 on %2. Write it with &quot;-&quot; or without a separator.</source>
        <translation>The number is written with &quot;+&quot;, which means the person has turned 100, but a person born %1 turns 100 on %2. Write it with &quot;-&quot; or without a separator.</translation>
    </message>
    <message>
        <source>Cannot check the identity number: no valid reference date was given.</source>
        <translation>Cannot check the identity number: no valid reference date was given.</translation>
    </message>
    <message>
        <source>No identity number was entered; enter 10 or 12 digits (YYMMDD-NNNC or YYYYMMDDNNNC).</source>
        <translation>No identity number was entered; enter 10 or 12 digits (YYMMDD-NNNC or YYYYMMDDNNNC).</translation>
    </message>
    <message>
        <source>There is a second separator &quot;%1&quot; at position %2; write only one &quot;-&quot; or &quot;+&quot;, before the last four digits (YYMMDD-NNNC).</source>
        <translation>There is a second separator &quot;%1&quot; at position %2; write only one &quot;-&quot; or &quot;+&quot;, before the last four digits (YYMMDD-NNNC).</translation>
    </message>
    <message>
        <source>Wrong length: %1 digits were found, but a Swedish identity number has 10 or 12 digits (YYMMDD-NNNC or YYYYMMDDNNNC).</source>
        <translation>Wrong length: %1 digits were found, but a Swedish identity number has 10 or 12 digits (YYMMDD-NNNC or YYYYMMDDNNNC).</translation>
    </message>
    <message>
        <source>The separator &quot;%1&quot; at position %2 must come right before the last four digits (YYMMDD-NNNC or YYYYMMDD-NNNC).</source>
        <translation>The separator &quot;%1&quot; at position %2 must come right before the last four digits (YYMMDD-NNNC or YYYYMMDD-NNNC).</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot begin a database transaction: %1</source>
        <translation>Cannot begin a database transaction: %1</translation>
    </message>
    <message>
        <source>No transaction is active.</source>
        <translation>No transaction is active.</translation>
    </message>
    <message>
        <source>The change could not be saved and nothing was written: %1</source>
        <translation>The change could not be saved and nothing was written: %1</translation>
    </message>
</context>
<context>
    <name>TransferSafeguards</name>
    <message>
        <source>Adequacy decision (GDPR Art. 45)</source>
        <translation>Adequacy decision (GDPR Art. 45)</translation>
    </message>
    <message>
        <source>EU standard contractual clauses (GDPR Art. 46(2)(c))</source>
        <translation>EU standard contractual clauses (GDPR Art. 46(2)(c))</translation>
    </message>
    <message>
        <source>Binding corporate rules (GDPR Art. 47)</source>
        <translation>Binding corporate rules (GDPR Art. 47)</translation>
    </message>
    <message>
        <source>Derogation for a specific situation (GDPR Art. 49)</source>
        <translation>Derogation for a specific situation (GDPR Art. 49)</translation>
    </message>
</context>
<context>
    <name>dsar::CaseDetailsDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Right:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>right (article)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Data subject:</source>
        <translation>Data subject:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Arrived at:</source>
        <translation>Arrived at:</translation>
    </message>
    <message>
        <source>%1 (Stockholm time)</source>
        <translation>%1 (Stockholm time)</translation>
    </message>
    <message>
        <source>Exact time not known (date only)</source>
        <translation>Exact time not known (date only)</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>Linked cases:</source>
        <translation>Linked cases:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Extended, now due:</source>
        <translation>Extended, now due:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Days left:</translation>
    </message>
    <message>
        <source>Legal maximum if extended:</source>
        <translation>Legal maximum if extended:</translation>
    </message>
    <message>
        <source>Planning target if extended:</source>
        <translation>Planning target if extended:</translation>
    </message>
    <message>
        <source>Internal target:</source>
        <translation>Internal target:</translation>
    </message>
    <message>
        <source>Close the case details</source>
        <translation>Close the case details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
</context>
<context>
    <name>dsar::CaseFilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Right:</translation>
    </message>
    <message>
        <source>Filter by right</source>
        <translation>Filter by right</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>Show overdue cases only</source>
        <translation>Show overdue cases only</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <source>Reference, data subject or organisation</source>
        <translation>Reference, data subject or organisation</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Search by reference, data subject or organisation (Ctrl+F)</source>
        <translation>Search by reference, data subject or organisation (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>All rights</translation>
    </message>
</context>
<context>
    <name>dsar::CaseHistoryView</name>
    <message>
        <source>History of the case</source>
        <translation>History of the case</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Case purged</source>
        <translation>Case purged</translation>
    </message>
    <message>
        <source>%1 (Stockholm time)</source>
        <translation>%1 (Stockholm time)</translation>
    </message>
</context>
<context>
    <name>dsar::CaseListModel</name>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>dsar::CaseService</name>
    <message>
        <source>The receipt %1 is in the future. Give the date and time the request actually arrived (today is %2).</source>
        <translation>The receipt %1 is in the future. Give the date and time the request actually arrived (today is %2).</translation>
    </message>
    <message>
        <source>Say which right the request is about (%1).</source>
        <translation>Say which right the request is about (%1).</translation>
    </message>
    <message>
        <source>There is no case %1. References look like DSAR-2027-00042; list cases with &quot;dsarctl case list&quot;.</source>
        <translation>There is no case %1. References look like DSAR-2027-00042; list cases with &quot;dsarctl case list&quot;.</translation>
    </message>
</context>
<context>
    <name>dsar::DeadlinePreview</name>
    <message>
        <source>Computed dates</source>
        <translation>Computed dates</translation>
    </message>
    <message>
        <source>Receipt date (Stockholm):</source>
        <translation>Receipt date (Stockholm):</translation>
    </message>
    <message>
        <source>Due (one month):</source>
        <translation>Due (one month):</translation>
    </message>
    <message>
        <source>Legal maximum if extended:</source>
        <translation>Legal maximum if extended:</translation>
    </message>
    <message>
        <source>Planning target if extended:</source>
        <translation>Planning target if extended:</translation>
    </message>
    <message>
        <source>Internal target:</source>
        <translation>Internal target:</translation>
    </message>
    <message>
        <source>Deadline warnings</source>
        <translation>Deadline warnings</translation>
    </message>
    <message>
        <source>Warning: the due date is an eve (midsommarafton, julafton or nyårsafton). It is a legal deadline, but many are off that day: plan to answer earlier.</source>
        <translation>Warning: the due date is an eve (midsommarafton, julafton or nyårsafton). It is a legal deadline, but many are off that day: plan to answer earlier.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>dsar::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in with your DSAR Desk account.</source>
        <translation>Sign in with your DSAR Desk account.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
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
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Why signing in failed</source>
        <translation>Why signing in failed</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Cancel signing in</translation>
    </message>
</context>
<context>
    <name>dsar::MainWindow</name>
    <message>
        <source>DSAR Desk</source>
        <translation>DSAR Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Register request…</source>
        <translation>&amp;Register request…</translation>
    </message>
    <message>
        <source>Register a new request from a data subject (Ctrl+N)</source>
        <translation>Register a new request from a data subject (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation>&amp;Find cases</translation>
    </message>
    <message>
        <source>&amp;About DSAR Desk</source>
        <translation>&amp;About DSAR Desk</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Press Enter to show the details of the selected case.</source>
        <translation>Press Enter to show the details of the selected case.</translation>
    </message>
    <message>
        <source>Training date notice</source>
        <translation>Training date notice</translation>
    </message>
    <message>
        <source>Database notice</source>
        <translation>Database notice</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>Training/what-if date: today is treated as %1 (DSAR_TODAY)</source>
        <translation>Training/what-if date: today is treated as %1 (DSAR_TODAY)</translation>
    </message>
    <message>
        <source>The organisations could not be read: %1</source>
        <translation>The organisations could not be read: %1</translation>
    </message>
    <message>
        <source>The cases could not be loaded: %1</source>
        <translation>The cases could not be loaded: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) shown</source>
        <translation>
            <numerusform>%1 of %n case shown</numerusform>
            <numerusform>%1 of %n cases shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>cases, overdue</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %n case(s): %1</source>
        <translation>
            <numerusform>Registered %n case: %1</numerusform>
            <numerusform>Registered %n cases: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>About DSAR Desk</source>
        <translation>About DSAR Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;DSAR Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registers data subject requests under the GDPR and keeps track of their deadlines.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;DSAR Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registers data subject requests under the GDPR and keeps track of their deadlines.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Registering a request needs the role %1.</source>
        <translation>Registering a request needs the role %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Signed-in user</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the role %2, which does not include case work: viewing and registering cases needs the role %3. Administrators manage staff accounts and organisations with dsarctl (dsarctl user, dsarctl controller).</source>
        <translation>You are signed in as %1 with the role %2, which does not include case work: viewing and registering cases needs the role %3. Administrators manage staff accounts and organisations with dsarctl (dsarctl user, dsarctl controller).</translation>
    </message>
    <message>
        <source>This database has no organisations yet, so no request can be registered. Add each organisation whose requests you handle with:
dsarctl --db &quot;%1&quot; --user %2 controller add --name &quot;NAME&quot;
then press F5 to refresh.</source>
        <translation>This database has no organisations yet, so no request can be registered. Add each organisation whose requests you handle with:
dsarctl --db &quot;%1&quot; --user %2 controller add --name &quot;NAME&quot;
then press F5 to refresh.</translation>
    </message>
    <message>
        <source>This database has no organisations yet, so no request can be registered. Ask an administrator to add them (dsarctl controller add), then press F5 to refresh.</source>
        <translation>This database has no organisations yet, so no request can be registered. Ask an administrator to add them (dsarctl controller add), then press F5 to refresh.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>dsar::RegisterRequestDialog</name>
    <message>
        <source>Register request</source>
        <translation>Register request</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <source>Problem with the data subject</source>
        <translation>Problem with the data subject</translation>
    </message>
    <message>
        <source>Why the request was not saved</source>
        <translation>Why the request was not saved</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Save the request</translation>
    </message>
    <message>
        <source>Save the request and open one case per right (Ctrl+S)</source>
        <translation>Save the request and open one case per right (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel the registration</source>
        <translation>Cancel the registration</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Received, date and time in Stockholm</source>
        <translation>Received, date and time in Stockholm</translation>
    </message>
    <message>
        <source>When the request reached any official channel, in Swedish time, even if it is registered later</source>
        <translation>When the request reached any official channel, in Swedish time, even if it is registered later</translation>
    </message>
    <message>
        <source>Exact time &amp;unknown (date only)</source>
        <translation>Exact time &amp;unknown (date only)</translation>
    </message>
    <message>
        <source>Exact time unknown, date only</source>
        <translation>Exact time unknown, date only</translation>
    </message>
    <message>
        <source>For letters and other requests where only the date of arrival is known</source>
        <translation>For letters and other requests where only the date of arrival is known</translation>
    </message>
    <message>
        <source>Problem with the receipt</source>
        <translation>Problem with the receipt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Organisation that received the request</source>
        <translation>Organisation that received the request</translation>
    </message>
    <message>
        <source>Problem with the organisation</source>
        <translation>Problem with the organisation</translation>
    </message>
    <message>
        <source>&amp;Received (Stockholm time):</source>
        <translation>&amp;Received (Stockholm time):</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Rights asked for</source>
        <translation>Rights asked for</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>right (article)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Problem with the rights</source>
        <translation>Problem with the rights</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>organisation (organisation number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the organisation…</source>
        <translation>Choose the organisation…</translation>
    </message>
    <message>
        <source>No organisation is registered in this database yet, so no request can be saved.</source>
        <translation>No organisation is registered in this database yet, so no request can be saved.</translation>
    </message>
    <message>
        <source>Choose the organisation that received the request.</source>
        <translation>Choose the organisation that received the request.</translation>
    </message>
    <message>
        <source>Tick at least one right that the request asks for.</source>
        <translation>Tick at least one right that the request asks for.</translation>
    </message>
    <message>
        <source>The request was not saved: %1</source>
        <translation>The request was not saved: %1</translation>
    </message>
    <message>
        <source>Discard the request?</source>
        <translation>Discard the request?</translation>
    </message>
    <message>
        <source>The request has not been saved. Discard what you entered?</source>
        <translation>The request has not been saved. Discard what you entered?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>dsar::SubjectChooser</name>
    <message>
        <source>&amp;New data subject</source>
        <translation>&amp;New data subject</translation>
    </message>
    <message>
        <source>Register a new data subject</source>
        <translation>Register a new data subject</translation>
    </message>
    <message>
        <source>E&amp;xisting data subject</source>
        <translation>E&amp;xisting data subject</translation>
    </message>
    <message>
        <source>Choose an existing data subject</source>
        <translation>Choose an existing data subject</translation>
    </message>
    <message>
        <source>Name of the data subject</source>
        <translation>Name of the data subject</translation>
    </message>
    <message>
        <source>Personnummer or samordningsnummer, optional</source>
        <translation>Personnummer or samordningsnummer, optional</translation>
    </message>
    <message>
        <source>Optional: only if given or already held</source>
        <translation>Optional: only if given or already held</translation>
    </message>
    <message>
        <source>E-mail address, optional</source>
        <translation>E-mail address, optional</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Phone number, optional</source>
        <translation>Phone number, optional</translation>
    </message>
    <message>
        <source>Postal address, optional</source>
        <translation>Postal address, optional</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>Postal a&amp;ddress:</translation>
    </message>
    <message>
        <source>Existing data subject</source>
        <translation>Existing data subject</translation>
    </message>
    <message>
        <source>&amp;Data subject:</source>
        <translation>&amp;Data subject:</translation>
    </message>
    <message>
        <source>Type part of a name or e-mail address</source>
        <translation>Type part of a name or e-mail address</translation>
    </message>
    <message>
        <source>Choose the data subject from the list, or register a new one.</source>
        <translation>Choose the data subject from the list, or register a new one.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DSAR Desk</source>
        <translation>DSAR Desk</translation>
    </message>
    <message>
        <source>Handles data subject requests under the GDPR.</source>
        <translation>Handles data subject requests under the GDPR.</translation>
    </message>
    <message>
        <source>The database file (default %1; the DSAR_DB environment variable also works).</source>
        <translation>The database file (default %1; the DSAR_DB environment variable also works).</translation>
    </message>
    <message>
        <source>There is no DSAR Desk database at
%1

A new database needs its first administrator. Create it with
dsarctl --db &quot;%1&quot; init --admin NAME

or, to try DSAR Desk with demonstration data and demonstration accounts:
dsarctl --db &quot;%1&quot; init --demo

Then start DSAR Desk again, or choose another file with --db.</source>
        <translation>There is no DSAR Desk database at
%1

A new database needs its first administrator. Create it with
dsarctl --db &quot;%1&quot; init --admin NAME

or, to try DSAR Desk with demonstration data and demonstration accounts:
dsarctl --db &quot;%1&quot; init --demo

Then start DSAR Desk again, or choose another file with --db.</translation>
    </message>
</context>
</TS>
