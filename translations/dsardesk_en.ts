<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AccountService</name>
        <message>
            <source>"%1" is not a valid user name: use 2 to 32 lower-case letters a-z, digits, '.', '_' or '-', starting with a letter.</source>
            <translation>"%1" is not a valid user name: use 2 to 32 lower-case letters a-z, digits, '.', '_' or '-', starting with a letter.</translation>
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
            <source>The account's key does not belong to this database. Ask an administrator.</source>
            <translation>The account's key does not belong to this database. Ask an administrator.</translation>
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
            <source>Only an administrator may set another account's password. %1</source>
            <translation>Only an administrator may set another account's password. %1</translation>
        </message>
        <message>
            <source>This database has no accounts. Create a new database with its first administrator: "dsarctl --db PATH init --admin NAME" (or --demo for demonstration data).</source>
            <translation>This database has no accounts. Create a new database with its first administrator: "dsarctl --db PATH init --admin NAME" (or --demo for demonstration data).</translation>
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
        <name>AssessmentDrafts</name>
        <message>
            <source>The register gives no date for this processing (%1): decide until when it must be kept.</source>
            <translation>The register gives no date for this processing (%1): decide until when it must be kept.</translation>
        </message>
        <message>
            <source>Not provided by the data subject (GDPR Art. 20(1)); it is in the register extract.</source>
            <translation>Not provided by the data subject (GDPR Art. 20(1)); it is in the register extract.</translation>
        </message>
        <message>
            <source>Processed neither on consent nor on a contract (GDPR Art. 20(1)(a)); it is in the register extract.</source>
            <translation>Processed neither on consent nor on a contract (GDPR Art. 20(1)(a)); it is in the register extract.</translation>
        </message>
        <message>
            <source>Also processed on another legal basis; only the consent-based use stops.</source>
            <translation>Also processed on another legal basis; only the consent-based use stops.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentRules</name>
        <message>
            <source>%1: "%2" is not a decision for a request of %3. Choose one of: %4.</source>
            <translation>%1: "%2" is not a decision for a request of %3. Choose one of: %4.</translation>
        </message>
        <message>
            <source>%1: say which exception of GDPR Art. 17(3) allows keeping it: %2.</source>
            <translation>%1: say which exception of GDPR Art. 17(3) allows keeping it: %2.</translation>
        </message>
        <message>
            <source>%1: give the legal reference that requires or allows keeping it, e.g. "BFL 7 kap. 2 §" for accounting records.</source>
            <translation>%1: give the legal reference that requires or allows keeping it, e.g. "BFL 7 kap. 2 §" for accounting records.</translation>
        </message>
        <message>
            <source>%1: give the date until which it is kept; a follow-up erasure is scheduled for the day after.</source>
            <translation>%1: give the date until which it is kept; a follow-up erasure is scheduled for the day after.</translation>
        </message>
        <message>
            <source>%1: it was to be kept until %2, which has passed. Erase it instead.</source>
            <translation>%1: it was to be kept until %2, which has passed. Erase it instead.</translation>
        </message>
        <message>
            <source>%1: keeping data for legal claims (Art. 17(3)(e)) needs a concrete assessment: describe the claim in the note.</source>
            <translation>%1: keeping data for legal claims (Art. 17(3)(e)) needs a concrete assessment: describe the claim in the note.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a ground for erasure. Use one of: %3.</source>
            <translation>%1: "%2" is not a ground for erasure. Use one of: %3.</translation>
        </message>
        <message>
            <source>%1: give the legal reference for leaving data out of the copy, e.g. "GDPR Art. 15(4)" for other people's data or "DSL 5 kap. 2 §" for internal drafts.</source>
            <translation>%1: give the legal reference for leaving data out of the copy, e.g. "GDPR Art. 15(4)" for other people's data or "DSL 5 kap. 2 §" for internal drafts.</translation>
        </message>
        <message>
            <source>%1: give the corrected value.</source>
            <translation>%1: give the corrected value.</translation>
        </message>
        <message>
            <source>%1: the corrected value is the same as the current one.</source>
            <translation>%1: the corrected value is the same as the current one.</translation>
        </message>
        <message>
            <source>%1: say on which ground of GDPR Art. 18(1) it is restricted: %2.</source>
            <translation>%1: say on which ground of GDPR Art. 18(1) it is restricted: %2.</translation>
        </message>
        <message>
            <source>%1: say why it is outside the right to data portability.</source>
            <translation>%1: say why it is outside the right to data portability.</translation>
        </message>
        <message>
            <source>%1: give the other legal basis the processing continues on, e.g. "GDPR Art. 6(1)(b)".</source>
            <translation>%1: give the other legal basis the processing continues on, e.g. "GDPR Art. 6(1)(b)".</translation>
        </message>
        <message>
            <source>%1: describe the compelling legitimate grounds that override the subject's interests, or the legal claim.</source>
            <translation>%1: describe the compelling legitimate grounds that override the subject's interests, or the legal claim.</translation>
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
            <source>Event %1 does not carry this database's key: the chain was rewritten from here.</source>
            <translation>Event %1 does not carry this database's key: the chain was rewritten from here.</translation>
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
        <name>CaseNoteKinds</name>
        <message>
            <source>Internal note</source>
            <translation>Internal note</translation>
        </message>
        <message>
            <source>Message to the data subject</source>
            <translation>Message to the data subject</translation>
        </message>
        <message>
            <source>Message from the data subject</source>
            <translation>Message from the data subject</translation>
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
        <name>CaseViews</name>
        <message>
            <source>All cases</source>
            <translation>All cases</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>My cases</translation>
        </message>
        <message>
            <source>Due within a week</source>
            <translation>Due within a week</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Awaiting identification</source>
            <translation>Awaiting identification</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>Extended</translation>
        </message>
        <message>
            <source>Awaiting DPO approval</source>
            <translation>Awaiting DPO approval</translation>
        </message>
        <message>
            <source>Every case, open and closed</source>
            <translation>Every case, open and closed</translation>
        </message>
        <message>
            <source>Cases not yet answered, refused or closed</source>
            <translation>Cases not yet answered, refused or closed</translation>
        </message>
        <message>
            <source>Open cases assigned to you</source>
            <translation>Open cases assigned to you</translation>
        </message>
        <message numerus="yes">
            <source>Open cases due today or within the next %n day(s)</source>
            <translation>
                <numerusform>Open cases due today or within the next %n day</numerusform>
                <numerusform>Open cases due today or within the next %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Open cases past their due date: each one a breach of GDPR Art. 12(3)</source>
            <translation>Open cases past their due date: each one a breach of GDPR Art. 12(3)</translation>
        </message>
        <message>
            <source>Cases waiting for the subject to confirm their identity (GDPR Art. 12(6))</source>
            <translation>Cases waiting for the subject to confirm their identity (GDPR Art. 12(6))</translation>
        </message>
        <message>
            <source>Open cases whose extension by two months took effect (GDPR Art. 12(3))</source>
            <translation>Open cases whose extension by two months took effect (GDPR Art. 12(3))</translation>
        </message>
        <message>
            <source>Proposed decisions and requested extensions the data protection officer has not yet approved</source>
            <translation>Proposed decisions and requested extensions the data protection officer has not yet approved</translation>
        </message>
    </context>
    <context>
        <name>CaseWorkRepository</name>
        <message>
            <source>Note %1 has the unknown kind "%2"; the database was changed outside DSAR Desk.</source>
            <translation>Note %1 has the unknown kind "%2"; the database was changed outside DSAR Desk.</translation>
        </message>
        <message>
            <source>There is no attachment %1.</source>
            <translation>There is no attachment %1.</translation>
        </message>
        <message>
            <source>The file of attachment %1 was altered in the database and cannot be opened. Do not rely on it: restore the database from a backup, or ask for the original again.</source>
            <translation>The file of attachment %1 was altered in the database and cannot be opened. Do not rely on it: restore the database from a backup, or ask for the original again.</translation>
        </message>
        <message>
            <source>The file of attachment %1 was altered: its SHA-256 is %2, not the %3 recorded when it was added. Do not rely on it: restore the database from a backup, or ask for the original again.</source>
            <translation>The file of attachment %1 was altered: its SHA-256 is %2, not the %3 recorded when it was added. Do not rely on it: restore the database from a backup, or ask for the original again.</translation>
        </message>
    </context>
    <context>
        <name>CaseWorkflow</name>
        <message>
            <source>The case is already "%1".</source>
            <translation>The case is already "%1".</translation>
        </message>
        <message>
            <source>The case is "%1" and cannot change any more.</source>
            <translation>The case is "%1" and cannot change any more.</translation>
        </message>
        <message>
            <source>A case that is "%1" cannot become "%2". From here it can become: %3.</source>
            <translation>A case that is "%1" cannot become "%2". From here it can become: %3.</translation>
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
        <name>ClockStopKinds</name>
        <message>
            <source>Identity (Art. 12(6))</source>
            <translation>Identity (Art. 12(6))</translation>
        </message>
        <message>
            <source>Clarification (recital 63)</source>
            <translation>Clarification (recital 63)</translation>
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
            <source>There is no organisation with id %1. List them with "dsarctl controller list".</source>
            <translation>There is no organisation with id %1. List them with "dsarctl controller list".</translation>
        </message>
        <message>
            <source>This database serves several organisations; say which one received the request: %1.</source>
            <translation>This database serves several organisations; say which one received the request: %1.</translation>
        </message>
        <message>
            <source>No organisation matches "%1". Give its id, organisation number or exact name: %2.</source>
            <translation>No organisation matches "%1". Give its id, organisation number or exact name: %2.</translation>
        </message>
        <message>
            <source>A field of the organisation is longer than 300 characters. Shorten it.</source>
            <translation>A field of the organisation is longer than 300 characters. Shorten it.</translation>
        </message>
        <message>
            <source>No organisation is registered yet. An administrator adds it first ("dsarctl controller add --name NAME").</source>
            <translation>No organisation is registered yet. An administrator adds it first ("dsarctl controller add --name NAME").</translation>
        </message>
        <message>
            <source>Another organisation (id %1) is already named "%2". Choose another name.</source>
            <translation>Another organisation (id %1) is already named "%2". Choose another name.</translation>
        </message>
        <message>
            <source>Another organisation, "%1" (id %2), already has organisation number %3. Check the number.</source>
            <translation>Another organisation, "%1" (id %2), already has organisation number %3. Check the number.</translation>
        </message>
        <message>
            <source>The organisation could not be saved: %1</source>
            <translation>The organisation could not be saved: %1</translation>
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
        <name>CsvReader</name>
        <message>
            <source>The file is not UTF-8 text. Save it as "CSV UTF-8" and import it again.</source>
            <translation>The file is not UTF-8 text. Save it as "CSV UTF-8" and import it again.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed. Add the closing double quote (") or remove the opening one.</source>
            <translation>Line %1: a quoted field is never closed. Add the closing double quote (") or remove the opening one.</translation>
        </message>
    </context>
    <context>
        <name>DashboardService</name>
        <message>
            <source>The period must run from a first day to a last day, not backwards.</source>
            <translation>The period must run from a first day to a last day, not backwards.</translation>
        </message>
        <message>
            <source>Give a year from 2018 (when the GDPR applied) to this year, not %1.</source>
            <translation>Give a year from 2018 (when the GDPR applied) to this year, not %1.</translation>
        </message>
        <message>
            <source>The annual report is written in Swedish (sv) or English (en), not "%1".</source>
            <translation>The annual report is written in Swedish (sv) or English (en), not "%1".</translation>
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
            <source>There is no database at %1. Create it with "dsarctl --db %1 init --admin NAME" (or --demo for demonstration data) or choose another file with --db.</source>
            <translation>There is no database at %1. Create it with "dsarctl --db %1 init --admin NAME" (or --demo for demonstration data) or choose another file with --db.</translation>
        </message>
        <message>
            <source>%1 is not a DSAR Desk database (it is empty). Remove it and create the database with "dsarctl --db %1 init --admin NAME", or choose another file with --db.</source>
            <translation>%1 is not a DSAR Desk database (it is empty). Remove it and create the database with "dsarctl --db %1 init --admin NAME", or choose another file with --db.</translation>
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
        <name>DecisionGrounds</name>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Objection to direct marketing (Art. 21(2))</source>
            <translation>Objection to direct marketing (Art. 21(2))</translation>
        </message>
        <message>
            <source>Objection on grounds of a particular situation (Art. 21(1))</source>
            <translation>Objection on grounds of a particular situation (Art. 21(1))</translation>
        </message>
        <message>
            <source>Manifestly unfounded (Art. 12(5))</source>
            <translation>Manifestly unfounded (Art. 12(5))</translation>
        </message>
        <message>
            <source>Excessive, e.g. repetitive (Art. 12(5))</source>
            <translation>Excessive, e.g. repetitive (Art. 12(5))</translation>
        </message>
    </context>
    <context>
        <name>DecisionOutcomes</name>
        <message>
            <source>Granted</source>
            <translation>Granted</translation>
        </message>
        <message>
            <source>Partly refused</source>
            <translation>Partly refused</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Fee charged</source>
            <translation>Fee charged</translation>
        </message>
    </context>
    <context>
        <name>DemoCaseWalk</name>
        <message>
            <source>Unknown status "%1".</source>
            <translation>Unknown status "%1".</translation>
        </message>
        <message>
            <source>%1 has no assessed item "%2".</source>
            <translation>%1 has no assessed item "%2".</translation>
        </message>
        <message>
            <source>Unknown item decision "%1".</source>
            <translation>Unknown item decision "%1".</translation>
        </message>
        <message>
            <source>Unknown extension reason "%1".</source>
            <translation>Unknown extension reason "%1".</translation>
        </message>
    </context>
    <context>
        <name>DemoData</name>
        <message>
            <source>The demonstration data %1 are missing from this build: %2</source>
            <translation>The demonstration data %1 are missing from this build: %2</translation>
        </message>
        <message>
            <source>The demonstration account %1 is missing.</source>
            <translation>The demonstration account %1 is missing.</translation>
        </message>
        <message>
            <source>The demonstration register cannot be read: %1</source>
            <translation>The demonstration register cannot be read: %1</translation>
        </message>
        <message>
            <source>The demonstration register cannot be imported: %1</source>
            <translation>The demonstration register cannot be imported: %1</translation>
        </message>
        <message>
            <source>The demonstration subjects cannot be added: %1</source>
            <translation>The demonstration subjects cannot be added: %1</translation>
        </message>
    </context>
    <context>
        <name>DemoSubjects</name>
        <message>
            <source>"%1" is not a demonstration date.</source>
            <translation>"%1" is not a demonstration date.</translation>
        </message>
        <message>
            <source>Unknown retention event "%1".</source>
            <translation>Unknown retention event "%1".</translation>
        </message>
        <message>
            <source>A demonstration request names subject %1, which does not exist.</source>
            <translation>A demonstration request names subject %1, which does not exist.</translation>
        </message>
        <message>
            <source>Unknown right "%1".</source>
            <translation>Unknown right "%1".</translation>
        </message>
        <message>
            <source>Unknown channel "%1".</source>
            <translation>Unknown channel "%1".</translation>
        </message>
        <message>
            <source>The demonstration subjects are not in the expected format (dsardesk-demo-subjects, version 1).</source>
            <translation>The demonstration subjects are not in the expected format (dsardesk-demo-subjects, version 1).</translation>
        </message>
    </context>
    <context>
        <name>ExtensionReasons</name>
        <message>
            <source>Large volume of data</source>
            <translation>Large volume of data</translation>
        </message>
        <message>
            <source>Data spread over many systems</source>
            <translation>Data spread over many systems</translation>
        </message>
        <message>
            <source>Redaction of third-party data</source>
            <translation>Redaction of third-party data</translation>
        </message>
        <message>
            <source>Several requests from the same person</source>
            <translation>Several requests from the same person</translation>
        </message>
        <message>
            <source>Exceptional temporary peak of requests</source>
            <translation>Exceptional temporary peak of requests</translation>
        </message>
    </context>
    <context>
        <name>ExtractPdf</name>
        <message>
            <source>The PDF could not be started.</source>
            <translation>The PDF could not be started.</translation>
        </message>
        <message>
            <source>The PDF could not get another page.</source>
            <translation>The PDF could not get another page.</translation>
        </message>
        <message>
            <source>The PDF could not be finished.</source>
            <translation>The PDF could not be finished.</translation>
        </message>
    </context>
    <context>
        <name>HoldingFile</name>
        <message>
            <source>%1 characters; at most %2 are allowed</source>
            <translation>%1 characters; at most %2 are allowed</translation>
        </message>
        <message>
            <source>empty; every row needs a %1</source>
            <translation>empty; every row needs a %1</translation>
        </message>
        <message>
            <source>"%1" is not yes or no; write true/false, yes/no, ja/nej or 1/0</source>
            <translation>"%1" is not yes or no; write true/false, yes/no, ja/nej or 1/0</translation>
        </message>
        <message>
            <source>"%1" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31</source>
            <translation>"%1" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31</translation>
        </message>
        <message>
            <source>the column "%1", mapped to %2, is missing</source>
            <translation>the column "%1", mapped to %2, is missing</translation>
        </message>
        <message>
            <source>the file is empty; it needs a header row and one row per holding</source>
            <translation>the file is empty; it needs a header row and one row per holding</translation>
        </message>
        <message>
            <source>the column appears twice; keep one</source>
            <translation>the column appears twice; keep one</translation>
        </message>
        <message>
            <source>the file has a header row but no holdings</source>
            <translation>the file has a header row but no holdings</translation>
        </message>
        <message>
            <source>%1 cells where the header has %2; check the separators and quotes on this line</source>
            <translation>%1 cells where the header has %2; check the separators and quotes on this line</translation>
        </message>
        <message>
            <source>not valid JSON at character %1: %2</source>
            <translation>not valid JSON at character %1: %2</translation>
        </message>
        <message>
            <source>expected an array of holdings, or an object with a "holdings" array</source>
            <translation>expected an array of holdings, or an object with a "holdings" array</translation>
        </message>
        <message>
            <source>the file holds no holdings</source>
            <translation>the file holds no holdings</translation>
        </message>
        <message>
            <source>not an object; each holding is {"category": ..., "field": ..., "value": ...}</source>
            <translation>not an object; each holding is {"category": ..., "field": ..., "value": ...}</translation>
        </message>
        <message>
            <source>a list or an object where text, a date or true/false belongs</source>
            <translation>a list or an object where text, a date or true/false belongs</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>line %1</translation>
        </message>
        <message>
            <source>item %1</source>
            <translation>item %1</translation>
        </message>
        <message>
            <source>, column %1</source>
            <translation>, column %1</translation>
        </message>
        <message>
            <source>, key %1</source>
            <translation>, key %1</translation>
        </message>
        <message>
            <source>"%1" is neither a .csv nor a .json file. Export the holdings as CSV with a header row, or as JSON.</source>
            <translation>"%1" is neither a .csv nor a .json file. Export the holdings as CSV with a header row, or as JSON.</translation>
        </message>
        <message>
            <source>"%1" is not a column mapping. Write OUR=THEIRS, e.g. value=E-postadress, where OUR is one of: %2.</source>
            <translation>"%1" is not a column mapping. Write OUR=THEIRS, e.g. value=E-postadress, where OUR is one of: %2.</translation>
        </message>
        <message>
            <source>The column %1 is mapped twice. Map it once.</source>
            <translation>The column %1 is mapped twice. Map it once.</translation>
        </message>
        <message>
            <source>the required column "%1" is missing; add it, or map the file's own column to it</source>
            <translation>the required column "%1" is missing; add it, or map the file's own column to it</translation>
        </message>
    </context>
    <context>
        <name>HoldingService</name>
        <message>
            <source>There is no processing activity with id %1.</source>
            <translation>There is no processing activity with id %1.</translation>
        </message>
        <message>
            <source>no system given; name the system the data live in</source>
            <translation>no system given; name the system the data live in</translation>
        </message>
        <message>
            <source>"%1" is not one of the systems of "%2" (%3); add it to the processing register first</source>
            <translation>"%1" is not one of the systems of "%2" (%3); add it to the processing register first</translation>
        </message>
        <message>
            <source>"%1" is not a data category of "%2" (%3); use one of them or add it to the processing register</source>
            <translation>"%1" is not a data category of "%2" (%3); use one of them or add it to the processing register</translation>
        </message>
        <message>
            <source>no category given</source>
            <translation>no category given</translation>
        </message>
        <message>
            <source>no field name given</source>
            <translation>no field name given</translation>
        </message>
        <message>
            <source>no value given</source>
            <translation>no value given</translation>
        </message>
        <message>
            <source>%1 is after today; give the date the event happened, or leave it empty if it has not</source>
            <translation>%1 is after today; give the date the event happened, or leave it empty if it has not</translation>
        </message>
        <message>
            <source>There is no data subject with id %1.</source>
            <translation>There is no data subject with id %1.</translation>
        </message>
        <message>
            <source>There is no holding with id %1; it may have been removed.</source>
            <translation>There is no holding with id %1; it may have been removed.</translation>
        </message>
        <message>
            <source>There is no holding with id %1; it may already have been removed.</source>
            <translation>There is no holding with id %1; it may already have been removed.</translation>
        </message>
        <message>
            <source>There is no data subject with id %1. Find the id with "dsarctl subject find".</source>
            <translation>There is no data subject with id %1. Find the id with "dsarctl subject find".</translation>
        </message>
        <message>
            <source>system: %1</source>
            <translation>system: %1</translation>
        </message>
        <message>
            <source>the file holds no holdings</source>
            <translation>the file holds no holdings</translation>
        </message>
        <message>
            <source>No holdings were chosen. Choose the holdings the systems have deleted.</source>
            <translation>No holdings were chosen. Choose the holdings the systems have deleted.</translation>
        </message>
        <message>
            <source>There is no holding with id %1; it may already have been erased.</source>
            <translation>There is no holding with id %1; it may already have been erased.</translation>
        </message>
        <message>
            <source>Holding %1 is not due for erasure (%2). Nothing was changed.</source>
            <translation>Holding %1 is not due for erasure (%2). Nothing was changed.</translation>
        </message>
        <message>
            <source>No processing activity is called "%1". List them with "dsarctl register list".</source>
            <translation>No processing activity is called "%1". List them with "dsarctl register list".</translation>
        </message>
        <message>
            <source>Several organisations have an activity called "%1": %2. Give the id, or "Organisation/Activity".</source>
            <translation>Several organisations have an activity called "%1": %2. Give the id, or "Organisation/Activity".</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. Choose another folder or file name.</source>
            <translation>Cannot write %1: %2. Choose another folder or file name.</translation>
        </message>
    </context>
    <context>
        <name>IdentificationMethods</name>
        <message>
            <source>Known e-mail address</source>
            <translation>Known e-mail address</translation>
        </message>
        <message>
            <source>Logged-in account</source>
            <translation>Logged-in account</translation>
        </message>
        <message>
            <source>BankID</source>
            <translation>BankID</translation>
        </message>
        <message>
            <source>Freja eID</source>
            <translation>Freja eID</translation>
        </message>
        <message>
            <source>ID document inspected (no copy kept)</source>
            <translation>ID document inspected (no copy kept)</translation>
        </message>
        <message>
            <source>Known postal address</source>
            <translation>Known postal address</translation>
        </message>
        <message>
            <source>Agent with power of attorney</source>
            <translation>Agent with power of attorney</translation>
        </message>
    </context>
    <context>
        <name>IdentificationOutcomes</name>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Not confirmed</translation>
        </message>
    </context>
    <context>
        <name>ItemDecisions</name>
        <message>
            <source>Include</source>
            <translation>Include</translation>
        </message>
        <message>
            <source>Include redacted</source>
            <translation>Include redacted</translation>
        </message>
        <message>
            <source>Withhold</source>
            <translation>Withhold</translation>
        </message>
        <message>
            <source>Rectify</source>
            <translation>Rectify</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Erase</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Restrict</source>
            <translation>Restrict</translation>
        </message>
        <message>
            <source>In scope</source>
            <translation>In scope</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Excluded</translation>
        </message>
        <message>
            <source>Stop processing</source>
            <translation>Stop processing</translation>
        </message>
        <message>
            <source>Continue processing</source>
            <translation>Continue processing</translation>
        </message>
    </context>
    <context>
        <name>ItemGrounds</name>
        <message>
            <source>Freedom of expression and information</source>
            <translation>Freedom of expression and information</translation>
        </message>
        <message>
            <source>Legal obligation or task in the public interest</source>
            <translation>Legal obligation or task in the public interest</translation>
        </message>
        <message>
            <source>Public health</source>
            <translation>Public health</translation>
        </message>
        <message>
            <source>Archiving in the public interest, research or statistics</source>
            <translation>Archiving in the public interest, research or statistics</translation>
        </message>
        <message>
            <source>Establishment, exercise or defence of legal claims</source>
            <translation>Establishment, exercise or defence of legal claims</translation>
        </message>
        <message>
            <source>No longer necessary</source>
            <translation>No longer necessary</translation>
        </message>
        <message>
            <source>Consent withdrawn and no other legal basis</source>
            <translation>Consent withdrawn and no other legal basis</translation>
        </message>
        <message>
            <source>Objection upheld</source>
            <translation>Objection upheld</translation>
        </message>
        <message>
            <source>Unlawfully processed</source>
            <translation>Unlawfully processed</translation>
        </message>
        <message>
            <source>Legal obligation to erase</source>
            <translation>Legal obligation to erase</translation>
        </message>
        <message>
            <source>Information society services offered to a child</source>
            <translation>Information society services offered to a child</translation>
        </message>
        <message>
            <source>Accuracy contested, while it is checked</source>
            <translation>Accuracy contested, while it is checked</translation>
        </message>
        <message>
            <source>Unlawful, but restriction asked for instead of erasure</source>
            <translation>Unlawful, but restriction asked for instead of erasure</translation>
        </message>
        <message>
            <source>No longer needed, but the subject needs it for legal claims</source>
            <translation>No longer needed, but the subject needs it for legal claims</translation>
        </message>
        <message>
            <source>Objection pending verification</source>
            <translation>Objection pending verification</translation>
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
            <source>The account's key slot is damaged; an administrator must set a new password.</source>
            <translation>The account's key slot is damaged; an administrator must set a new password.</translation>
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
        <name>LetterComposer</name>
        <message>
            <source>Line %1 of the template has "{{" without a closing "}}". Close the field, e.g. {{subject.name}}.</source>
            <translation>Line %1 of the template has "{{" without a closing "}}". Close the field, e.g. {{subject.name}}.</translation>
        </message>
        <message>
            <source>Line %1 of the template has a malformed field "%2". Fields are written like {{subject.name}}.</source>
            <translation>Line %1 of the template has a malformed field "%2". Fields are written like {{subject.name}}.</translation>
        </message>
        <message>
            <source>The data subject's name is missing: fill in the name the letter is addressed to.</source>
            <translation>The data subject's name is missing: fill in the name the letter is addressed to.</translation>
        </message>
        <message>
            <source>The organisation is missing: choose the organisation (controller) that sends the letter.</source>
            <translation>The organisation is missing: choose the organisation (controller) that sends the letter.</translation>
        </message>
        <message>
            <source>The case reference is missing: the letter must name the case it answers.</source>
            <translation>The case reference is missing: the letter must name the case it answers.</translation>
        </message>
        <message>
            <source>The receipt date is missing: record when the request reached the organisation.</source>
            <translation>The receipt date is missing: record when the request reached the organisation.</translation>
        </message>
        <message>
            <source>The due date is missing: it is computed from the receipt date, so record that first.</source>
            <translation>The due date is missing: it is computed from the receipt date, so record that first.</translation>
        </message>
        <message>
            <source>Say what is needed to confirm the subject's identity and why: fill in the identification reason.</source>
            <translation>Say what is needed to confirm the subject's identity and why: fill in the identification reason.</translation>
        </message>
        <message>
            <source>Give the reason for the extension: GDPR Art. 12(3) requires the reasons for the delay.</source>
            <translation>Give the reason for the extension: GDPR Art. 12(3) requires the reasons for the delay.</translation>
        </message>
        <message>
            <source>The extended due date is missing: record the extension so that the new date is computed.</source>
            <translation>The extended due date is missing: record the extension so that the new date is computed.</translation>
        </message>
        <message>
            <source>A partial refusal must list what is refused: add the refused parts.</source>
            <translation>A partial refusal must list what is refused: add the refused parts.</translation>
        </message>
        <message>
            <source>Refused item %1 does not say what is refused: fill it in or remove the item.</source>
            <translation>Refused item %1 does not say what is refused: fill it in or remove the item.</translation>
        </message>
        <message>
            <source>A partial refusal must also say what was granted: fill in the decision summary.</source>
            <translation>A partial refusal must also say what was granted: fill in the decision summary.</translation>
        </message>
        <message>
            <source>Give the specific reasons for the refusal (GDPR Art. 12(4)); a legal reference alone is not enough.</source>
            <translation>Give the specific reasons for the refusal (GDPR Art. 12(4)); a legal reference alone is not enough.</translation>
        </message>
        <message>
            <source>Give the legal reference for the refusal, e.g. GDPR Art. 12(5)(b) or DSL 5 kap. 2 §.</source>
            <translation>Give the legal reference for the refusal, e.g. GDPR Art. 12(5)(b) or DSL 5 kap. 2 §.</translation>
        </message>
        <message>
            <source>Summarise the decision for the subject: fill in the decision summary.</source>
            <translation>Summarise the decision for the subject: fill in the decision summary.</translation>
        </message>
        <message>
            <source>Item %1 of what was done does not say what was done: fill it in or remove the item.</source>
            <translation>Item %1 of what was done does not say what was done: fill it in or remove the item.</translation>
        </message>
        <message>
            <source>Kept item %1 does not say what is kept: fill it in or remove the item.</source>
            <translation>Kept item %1 does not say what is kept: fill it in or remove the item.</translation>
        </message>
        <message>
            <source>Kept item %1 needs its reason and legal reference.</source>
            <translation>Kept item %1 needs its reason and legal reference.</translation>
        </message>
        <message>
            <source>Kept item %1 needs the date until which it is kept.</source>
            <translation>Kept item %1 needs the date until which it is kept.</translation>
        </message>
        <message>
            <source>Recipient %1 has no name: fill it in or remove the recipient.</source>
            <translation>Recipient %1 has no name: fill it in or remove the recipient.</translation>
        </message>
        <message>
            <source>Recipient %1 has neither the date it was notified nor the reason why it was not (GDPR Art. 19).</source>
            <translation>Recipient %1 has neither the date it was notified nor the reason why it was not (GDPR Art. 19).</translation>
        </message>
        <message>
            <source>Give the date from which the restriction is lifted.</source>
            <translation>Give the date from which the restriction is lifted.</translation>
        </message>
        <message>
            <source>Give the reason why the restriction is lifted.</source>
            <translation>Give the reason why the restriction is lifted.</translation>
        </message>
        <message>
            <source>Give the fee's amount, e.g. 350 kr.</source>
            <translation>Give the fee's amount, e.g. 350 kr.</translation>
        </message>
        <message>
            <source>Give the documented facts that make the request manifestly unfounded or excessive (GDPR Art. 12(5)).</source>
            <translation>Give the documented facts that make the request manifestly unfounded or excessive (GDPR Art. 12(5)).</translation>
        </message>
        <message>
            <source>{{%1}} becomes a table, so it must stand on a line of its own (line %2 of the template).</source>
            <translation>{{%1}} becomes a table, so it must stand on a line of its own (line %2 of the template).</translation>
        </message>
        <message numerus="yes">
            <source>The template uses %n field(s) that this letter does not have: %1. The letter "%2" can use: %3.</source>
            <translation>
                <numerusform>The template uses %n field that this letter does not have: %1. The letter "%2" can use: %3.</numerusform>
                <numerusform>The template uses %n fields that this letter does not have: %1. The letter "%2" can use: %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Letters are written in Swedish (sv) or English (en), not "%1".</source>
            <translation>Letters are written in Swedish (sv) or English (en), not "%1".</translation>
        </message>
        <message>
            <source>The letter "%1" is not complete:
- %2</source>
            <translation>The letter "%1" is not complete:
- %2</translation>
        </message>
    </context>
    <context>
        <name>LetterKinds</name>
        <message>
            <source>Acknowledgement of receipt</source>
            <translation>Acknowledgement of receipt</translation>
        </message>
        <message>
            <source>Request for identification</source>
            <translation>Request for identification</translation>
        </message>
        <message>
            <source>Extension notice</source>
            <translation>Extension notice</translation>
        </message>
        <message>
            <source>Refusal or partial refusal</source>
            <translation>Refusal or partial refusal</translation>
        </message>
        <message>
            <source>Outcome letter</source>
            <translation>Outcome letter</translation>
        </message>
        <message>
            <source>Notice before a restriction is lifted</source>
            <translation>Notice before a restriction is lifted</translation>
        </message>
        <message>
            <source>Fee notice</source>
            <translation>Fee notice</translation>
        </message>
    </context>
    <context>
        <name>LetterPdf</name>
        <message>
            <source>The font %1 is not installed, so the letter cannot be made as a PDF with embedded fonts. Install it (Debian: apt-get install fonts-dejavu-core).</source>
            <translation>The font %1 is not installed, so the letter cannot be made as a PDF with embedded fonts. Install it (Debian: apt-get install fonts-dejavu-core).</translation>
        </message>
        <message>
            <source>The PDF could not be started.</source>
            <translation>The PDF could not be started.</translation>
        </message>
        <message>
            <source>The PDF could not get another page.</source>
            <translation>The PDF could not get another page.</translation>
        </message>
        <message>
            <source>The PDF could not be finished.</source>
            <translation>The PDF could not be finished.</translation>
        </message>
    </context>
    <context>
        <name>LetterTemplateService</name>
        <message>
            <source>Letters are written in %1; "%2" is not one of them.</source>
            <translation>Letters are written in %1; "%2" is not one of them.</translation>
        </message>
        <message>
            <source>There is no organisation with id %1.</source>
            <translation>There is no organisation with id %1.</translation>
        </message>
        <message>
            <source>The default template for %1 (%2) is missing from this build of DSAR Desk.</source>
            <translation>The default template for %1 (%2) is missing from this build of DSAR Desk.</translation>
        </message>
    </context>
    <context>
        <name>LetterTemplates</name>
        <message>
            <source>The template is empty. Write the letter's text, or reset the template to the default.</source>
            <translation>The template is empty. Write the letter's text, or reset the template to the default.</translation>
        </message>
        <message>
            <source>The template has %1 characters; a letter template may have at most %2. Shorten it.</source>
            <translation>The template has %1 characters; a letter template may have at most %2. Shorten it.</translation>
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
        <name>NotificationStatuses</name>
        <message>
            <source>Not yet notified</source>
            <translation>Not yet notified</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>Notified</translation>
        </message>
        <message>
            <source>Impossible</source>
            <translation>Impossible</translation>
        </message>
        <message>
            <source>Disproportionate effort</source>
            <translation>Disproportionate effort</translation>
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
        <message>
            <source>approving a case's decision</source>
            <translation>approving a case's decision</translation>
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
            <source>"%1" has spaces before or after it. Remove them, e.g. 2027-03-05.</source>
            <translation>"%1" has spaces before or after it. Remove them, e.g. 2027-03-05.</translation>
        </message>
        <message>
            <source>"%1" contains digits other than 0-9. Type the date with the digits 0-9, e.g. 2027-03-05 or 2027-03-31T22:30:00Z.</source>
            <translation>"%1" contains digits other than 0-9. Type the date with the digits 0-9, e.g. 2027-03-05 or 2027-03-31T22:30:00Z.</translation>
        </message>
        <message>
            <source>"%1" is not a real date. Check the month and the day, in the form YYYY-MM-DD, e.g. 2027-03-05.</source>
            <translation>"%1" is not a real date. Check the month and the day, in the form YYYY-MM-DD, e.g. 2027-03-05.</translation>
        </message>
        <message>
            <source>"%1" is not a receipt date or time. Write the date as YYYY-MM-DD, e.g. 2027-03-05, or the exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z or 2027-04-01T00:30:00+02:00.</source>
            <translation>"%1" is not a receipt date or time. Write the date as YYYY-MM-DD, e.g. 2027-03-05, or the exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z or 2027-04-01T00:30:00+02:00.</translation>
        </message>
        <message>
            <source>"%1" is not a real date and time. Check the date (YYYY-MM-DD), the time (00:00 to 23:59:59) and the offset (-14:00 to +14:00), e.g. 2027-03-31T22:30:00Z.</source>
            <translation>"%1" is not a real date and time. Check the date (YYYY-MM-DD), the time (00:00 to 23:59:59) and the offset (-14:00 to +14:00), e.g. 2027-03-31T22:30:00Z.</translation>
        </message>
        <message>
            <source>"%1" has no time zone, so the receipt date is ambiguous. Add Z for UTC or an offset such as +01:00, e.g. %1Z or %1+01:00.</source>
            <translation>"%1" has no time zone, so the receipt date is ambiguous. Add Z for UTC or an offset such as +01:00, e.g. %1Z or %1+01:00.</translation>
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
        <name>RegisterDocument</name>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>a boolean</source>
            <translation>a boolean</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>a string</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>an array</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>expected %1, found %2.</source>
            <translation>expected %1, found %2.</translation>
        </message>
        <message>
            <source>unknown key; did you mean "%1"?</source>
            <translation>unknown key; did you mean "%1"?</translation>
        </message>
        <message>
            <source>unknown key; %1 has the keys %2.</source>
            <translation>unknown key; %1 has the keys %2.</translation>
        </message>
        <message>
            <source>missing; %1 needs it. Add the key.</source>
            <translation>missing; %1 needs it. Add the key.</translation>
        </message>
        <message>
            <source>a string such as "2y", or null</source>
            <translation>a string such as "2y", or null</translation>
        </message>
        <message>
            <source>a retention rule</source>
            <translation>a retention rule</translation>
        </message>
        <message>
            <source>unknown retention anchor "%1"; use one of %2.</source>
            <translation>unknown retention anchor "%1"; use one of %2.</translation>
        </message>
        <message>
            <source>a legal basis</source>
            <translation>a legal basis</translation>
        </message>
        <message>
            <source>unknown legal basis "%1"; use one of %2.</source>
            <translation>unknown legal basis "%1"; use one of %2.</translation>
        </message>
        <message>
            <source>a data category</source>
            <translation>a data category</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>a source</source>
            <translation>a source</translation>
        </message>
        <message>
            <source>unknown kind of source "%1"; use one of %2.</source>
            <translation>unknown kind of source "%1"; use one of %2.</translation>
        </message>
        <message>
            <source>a recipient</source>
            <translation>a recipient</translation>
        </message>
        <message>
            <source>unknown recipient role "%1"; use one of %2.</source>
            <translation>unknown recipient role "%1"; use one of %2.</translation>
        </message>
        <message>
            <source>a transfer</source>
            <translation>a transfer</translation>
        </message>
        <message>
            <source>unknown transfer safeguard "%1"; use one of %2, or null inside the EU/EEA.</source>
            <translation>unknown transfer safeguard "%1"; use one of %2, or null inside the EU/EEA.</translation>
        </message>
        <message>
            <source>an activity</source>
            <translation>an activity</translation>
        </message>
        <message>
            <source>unknown Art. 9(2) condition "%1"; use one of %2, or null when no data are special.</source>
            <translation>unknown Art. 9(2) condition "%1"; use one of %2, or null when no data are special.</translation>
        </message>
        <message>
            <source>an automated decision</source>
            <translation>an automated decision</translation>
        </message>
        <message>
            <source>an object or null</source>
            <translation>an object or null</translation>
        </message>
        <message>
            <source>an organisation</source>
            <translation>an organisation</translation>
        </message>
        <message>
            <source>"%1" is also the name of activities[%2]; an organisation's activities need different names. Rename or merge them.</source>
            <translation>"%1" is also the name of activities[%2]; an organisation's activities need different names. Rename or merge them.</translation>
        </message>
        <message>
            <source>missing; the document needs it. A register document starts with "format": "%1".</source>
            <translation>missing; the document needs it. A register document starts with "format": "%1".</translation>
        </message>
        <message>
            <source>expected "%1", found %2; this is not a DSAR Desk register document.</source>
            <translation>expected "%1", found %2; this is not a DSAR Desk register document.</translation>
        </message>
        <message>
            <source>missing; the document needs it. This build reads version %1.</source>
            <translation>missing; the document needs it. This build reads version %1.</translation>
        </message>
        <message>
            <source>a whole number (%1)</source>
            <translation>a whole number (%1)</translation>
        </message>
        <message>
            <source>this build of DSAR Desk reads version %1 of the register format, not version %2. Export the register again with a matching DSAR Desk, or update DSAR Desk.</source>
            <translation>this build of DSAR Desk reads version %1 of the register format, not version %2. Export the register again with a matching DSAR Desk, or update DSAR Desk.</translation>
        </message>
        <message>
            <source>"%1": the retention rule cannot be written: %2</source>
            <translation>"%1": the retention rule cannot be written: %2</translation>
        </message>
        <message>
            <source>The register document is empty. Export one with "dsarctl register export FILE".</source>
            <translation>The register document is empty. Export one with "dsarctl register export FILE".</translation>
        </message>
        <message>
            <source>line %1, column %2: %3 (not valid JSON). Correct the file and try again.</source>
            <translation>line %1, column %2: %3 (not valid JSON). Correct the file and try again.</translation>
        </message>
        <message>
            <source>The register document must be a JSON object with "format", "version" and "organisations"; it is an array.</source>
            <translation>The register document must be a JSON object with "format", "version" and "organisations"; it is an array.</translation>
        </message>
        <message>
            <source>the document</source>
            <translation>the document</translation>
        </message>
        <message>
            <source>"%1" is also the name of organisations[%2]; list each organisation once.</source>
            <translation>"%1" is also the name of organisations[%2]; list each organisation once.</translation>
        </message>
        <message>
            <source>%1 is also the organisation number of organisations[%2]; list each organisation once.</source>
            <translation>%1 is also the organisation number of organisations[%2]; list each organisation once.</translation>
        </message>
    </context>
    <context>
        <name>RegisterExchange</name>
        <message>
            <source>%1 (Art. 9)</source>
            <translation>%1 (Art. 9)</translation>
        </message>
        <message>
            <source>Logic: %1 Significance: %2</source>
            <translation>Logic: %1 Significance: %2</translation>
        </message>
        <message>
            <source>%1: matches the same organisation, "%2", as the entry "%3" (by organisation number or name). List each organisation once.</source>
            <translation>%1: matches the same organisation, "%2", as the entry "%3" (by organisation number or name). List each organisation once.</translation>
        </message>
        <message>
            <source>%1, activity "%2": %3</source>
            <translation>%1, activity "%2": %3</translation>
        </message>
        <message>
            <source>%1 and %2 after</source>
            <translation>%1 and %2 after</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. Choose another file or folder.</source>
            <translation>Cannot write %1: %2. Choose another file or folder.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. Nothing was changed; check the free space and try again.</source>
            <translation>Cannot write %1: %2. Nothing was changed; check the free space and try again.</translation>
        </message>
    </context>
    <context>
        <name>RegisterRepository</name>
        <message>
            <source>The register table %1 holds an unknown code "%2". The database was changed outside DSAR Desk; restore it from a backup.</source>
            <translation>The register table %1 holds an unknown code "%2". The database was changed outside DSAR Desk; restore it from a backup.</translation>
        </message>
    </context>
    <context>
        <name>RegisterService</name>
        <message>
            <source>%1 is %2 characters long; at most %3 are allowed. Shorten it.</source>
            <translation>%1 is %2 characters long; at most %3 are allowed. Shorten it.</translation>
        </message>
        <message>
            <source>%1 "%2" is listed twice. Remove one of them.</source>
            <translation>%1 "%2" is listed twice. Remove one of them.</translation>
        </message>
        <message>
            <source>%1: "UK" is not an ISO 3166 code; the United Kingdom is GB.</source>
            <translation>%1: "UK" is not an ISO 3166 code; the United Kingdom is GB.</translation>
        </message>
        <message>
            <source>%1: "EL" is not an ISO 3166 code; Greece is GR.</source>
            <translation>%1: "EL" is not an ISO 3166 code; Greece is GR.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a country code. Give the two-letter ISO 3166 code, e.g. SE, NO, US or GB.</source>
            <translation>%1: "%2" is not a country code. Give the two-letter ISO 3166 code, e.g. SE, NO, US or GB.</translation>
        </message>
        <message>
            <source>The processing activity needs a name, e.g. "CRM-system" or "Recruitment".</source>
            <translation>The processing activity needs a name, e.g. "CRM-system" or "Recruitment".</translation>
        </message>
        <message>
            <source>The name of the processing activity</source>
            <translation>The name of the processing activity</translation>
        </message>
        <message>
            <source>There is no organisation with id %1. Add the organisation first, or choose one from "dsarctl controller list".</source>
            <translation>There is no organisation with id %1. Add the organisation first, or choose one from "dsarctl controller list".</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>"%1" has no purpose. State at least one purpose (GDPR Art. 30(1)(b)).</source>
            <translation>"%1" has no purpose. State at least one purpose (GDPR Art. 30(1)(b)).</translation>
        </message>
        <message>
            <source>"%1" has no legal basis. Choose at least one of GDPR Art. 6(1)(a)-(f): %2.</source>
            <translation>"%1" has no legal basis. Choose at least one of GDPR Art. 6(1)(a)-(f): %2.</translation>
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
            <source>A data category has no name. Name it (e.g. "contact details") or remove it.</source>
            <translation>A data category has no name. Name it (e.g. "contact details") or remove it.</translation>
        </message>
        <message>
            <source>A data category</source>
            <translation>A data category</translation>
        </message>
        <message>
            <source>The data category "%1" is listed twice. Remove one of them.</source>
            <translation>The data category "%1" is listed twice. Remove one of them.</translation>
        </message>
        <message>
            <source>"%1" is special-category data (GDPR Art. 9(1)), which may only be processed under a condition of Art. 9(2). Choose the condition (%2) or unmark the category as special.</source>
            <translation>"%1" is special-category data (GDPR Art. 9(1)), which may only be processed under a condition of Art. 9(2). Choose the condition (%2) or unmark the category as special.</translation>
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
            <source>A source of kind "other" needs a name that says where the data come from.</source>
            <translation>A source of kind "other" needs a name that says where the data come from.</translation>
        </message>
        <message>
            <source>A recipient has no name. Name it (e.g. the processor's company name) or remove it.</source>
            <translation>A recipient has no name. Name it (e.g. the processor's company name) or remove it.</translation>
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
            <source>Recipient "%1"</source>
            <translation>Recipient "%1"</translation>
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
            <source>The description of the automated decision's logic</source>
            <translation>The description of the automated decision's logic</translation>
        </message>
        <message>
            <source>The automated decision's significance</source>
            <translation>The automated decision's significance</translation>
        </message>
        <message>
            <source>"%1" has no retention rule. State how long the data are kept, e.g. two years after the contract ended (GDPR Art. 30(1)(f)).</source>
            <translation>"%1" has no retention rule. State how long the data are kept, e.g. two years after the contract ended (GDPR Art. 30(1)(f)).</translation>
        </message>
        <message>
            <source>The retention rule</source>
            <translation>The retention rule</translation>
        </message>
        <message>
            <source>"%1": the retention rule cannot be used: %2</source>
            <translation>"%1": the retention rule cannot be used: %2</translation>
        </message>
        <message>
            <source>The retention note</source>
            <translation>The retention note</translation>
        </message>
        <message>
            <source>The organisation already has a processing activity named "%1". Choose another name or change that activity.</source>
            <translation>The organisation already has a processing activity named "%1". Choose another name or change that activity.</translation>
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
            <source>The organisation already has another processing activity named "%1". Choose another name.</source>
            <translation>The organisation already has another processing activity named "%1". Choose another name.</translation>
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
            <source>There is no organisation with id %1. List them with "dsarctl controller list".</source>
            <translation>There is no organisation with id %1. List them with "dsarctl controller list".</translation>
        </message>
        <message>
            <source>There is no processing activity with id %1.</source>
            <translation>There is no processing activity with id %1.</translation>
        </message>
        <message numerus="yes">
            <source>"%1" cannot be removed: %n holding(s) of data subjects belong to it. Move them to another activity or erase them first.</source>
            <translation>
                <numerusform>"%1" cannot be removed: %n holding of data subjects belong to it. Move them to another activity or erase them first.</numerusform>
                <numerusform>"%1" cannot be removed: %n holdings of data subjects belong to it. Move them to another activity or erase them first.</numerusform>
            </translation>
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
            <source>%1 is not the last day of a month, so it cannot be the end of a fiscal year; enter the fiscal year's last day, not the date of the document.</source>
            <translation>%1 is not the last day of a month, so it cannot be the end of a fiscal year; enter the fiscal year's last day, not the date of the document.</translation>
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
            <source>the account's creation</source>
            <translation>the account's creation</translation>
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
            <source>"%1" is not a retention period. %2</source>
            <translation>"%1" is not a retention period. %2</translation>
        </message>
        <message>
            <source>"%1" has no unit. %2</source>
            <translation>"%1" has no unit. %2</translation>
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
            <source>A rule kept while consent lasts has no period; remove "%1".</source>
            <translation>A rule kept while consent lasts has no period; remove "%1".</translation>
        </message>
        <message>
            <source>A rule kept for a stated reason has no period; remove "%1" or choose an anchor to count it from.</source>
            <translation>A rule kept for a stated reason has no period; remove "%1" or choose an anchor to count it from.</translation>
        </message>
        <message>
            <source>A rule kept for a stated reason needs the reason.</source>
            <translation>A rule kept for a stated reason needs the reason.</translation>
        </message>
        <message>
            <source>A rule counted after the fiscal year's end needs a period in years, e.g. 7y (BFL 7 kap. 2 §).</source>
            <translation>A rule counted after the fiscal year's end needs a period in years, e.g. 7y (BFL 7 kap. 2 §).</translation>
        </message>
        <message>
            <source>A rule "%1" needs a period, e.g. 2y, 6m or 180d.</source>
            <translation>A rule "%1" needs a period, e.g. 2y, 6m or 180d.</translation>
        </message>
        <message>
            <source>A retention rule has at most four fields, anchor;period;legal reference;reason; write a semicolon in the text as \;.</source>
            <translation>A retention rule has at most four fields, anchor;period;legal reference;reason; write a semicolon in the text as \;.</translation>
        </message>
        <message>
            <source>"%1" is not a retention anchor; use one of %2.</source>
            <translation>"%1" is not a retention anchor; use one of %2.</translation>
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
            <source>The deadline settings in the database are damaged (calendar profile "%1", clock-stop window "%2", internal target "%3"). Ask an administrator to correct them.</source>
            <translation>The deadline settings in the database are damaged (calendar profile "%1", clock-stop window "%2", internal target "%3"). Ask an administrator to correct them.</translation>
        </message>
        <message>
            <source>The retention setting for closed cases ("%1" years) is damaged. Ask an administrator to correct it.</source>
            <translation>The retention setting for closed cases ("%1" years) is damaged. Ask an administrator to correct it.</translation>
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
            <source>There is no setting "%1". The settings are: %2.</source>
            <translation>There is no setting "%1". The settings are: %2.</translation>
        </message>
        <message>
            <source>"%1" is not a valid value for %2: %3</source>
            <translation>"%1" is not a valid value for %2: %3</translation>
        </message>
        <message>
            <source>Calendar days after a request for identification before an unanswered case may be closed as identity not confirmed. 7 to 365.</source>
            <translation>Calendar days after a request for identification before an unanswered case may be closed as identity not confirmed. 7 to 365.</translation>
        </message>
        <message>
            <source>The setting identification.wait_days ("%1" days) is damaged. Ask an administrator to correct it.</source>
            <translation>The setting identification.wait_days ("%1" days) is damaged. Ask an administrator to correct it.</translation>
        </message>
        <message>
            <source>Working days before a case's due date from which it is shown as a reminder, at start-up and while the app runs. 0 to 20.</source>
            <translation>Working days before a case's due date from which it is shown as a reminder, at start-up and while the app runs. 0 to 20.</translation>
        </message>
        <message>
            <source>The setting reminders.working_days ("%1") is damaged. Ask an administrator to correct it.</source>
            <translation>The setting reminders.working_days ("%1") is damaged. Ask an administrator to correct it.</translation>
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
            <source>The subject's employer</source>
            <translation>The subject's employer</translation>
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
            <source>The database did not return the new row's id.</source>
            <translation>The database did not return the new row's id.</translation>
        </message>
    </context>
    <context>
        <name>StopScopes</name>
        <message>
            <source>Direct marketing stopped (suppression list)</source>
            <translation>Direct marketing stopped (suppression list)</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Consent withdrawn</translation>
        </message>
        <message>
            <source>Objection upheld</source>
            <translation>Objection upheld</translation>
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
            <source>"%1" is not an e-mail address. Write it as name@example.se, or leave it empty.</source>
            <translation>"%1" is not an e-mail address. Write it as name@example.se, or leave it empty.</translation>
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
        <message>
            <source>Give part of a name, an e-mail address or a personnummer to search for.</source>
            <translation>Give part of a name, an e-mail address or a personnummer to search for.</translation>
        </message>
    </context>
    <context>
        <name>SwedishIdParser</name>
        <message>
            <source>Character %1 at position %2 is a digit from another writing system; only the digits 0-9 are accepted. Retype the number with the digits 0-9.</source>
            <translation>Character %1 at position %2 is a digit from another writing system; only the digits 0-9 are accepted. Retype the number with the digits 0-9.</translation>
        </message>
        <message>
            <source>Character %1 at position %2 is not the ordinary hyphen; write the separator as "-" (or "+" for a person who has turned 100).</source>
            <translation>Character %1 at position %2 is not the ordinary hyphen; write the separator as "-" (or "+" for a person who has turned 100).</translation>
        </message>
        <message>
            <source>There is a space (%1) at position %2; remove the spaces inside the number.</source>
            <translation>There is a space (%1) at position %2; remove the spaces inside the number.</translation>
        </message>
        <message>
            <source>Character %1 at position %2 is not allowed; an identity number has only the digits 0-9 and a "-" or "+" before the last four digits.</source>
            <translation>Character %1 at position %2 is not allowed; an identity number has only the digits 0-9 and a "-" or "+" before the last four digits.</translation>
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
            <source>An organisationsnummer is written with "-", not "+" ("+" marks a person who has turned 100). Write it as NNNNNN-NNNN.</source>
            <translation>An organisationsnummer is written with "-", not "+" ("+" marks a person who has turned 100). Write it as NNNNNN-NNNN.</translation>
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
            <source>No such date: %1 does not exist ("+" means the person has turned 100, which gives the year %2); check the number and its separator.</source>
            <translation>No such date: %1 does not exist ("+" means the person has turned 100, which gives the year %2); check the number and its separator.</translation>
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
            <source>The number is written with "+", which means the person has turned 100, but a person born %1 turns 100 on %2. Write it with "-" or without a separator.</source>
            <translation>The number is written with "+", which means the person has turned 100, but a person born %1 turns 100 on %2. Write it with "-" or without a separator.</translation>
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
            <source>There is a second separator "%1" at position %2; write only one "-" or "+", before the last four digits (YYMMDD-NNNC).</source>
            <translation>There is a second separator "%1" at position %2; write only one "-" or "+", before the last four digits (YYMMDD-NNNC).</translation>
        </message>
        <message>
            <source>Wrong length: %1 digits were found, but a Swedish identity number has 10 or 12 digits (YYMMDD-NNNC or YYYYMMDDNNNC).</source>
            <translation>Wrong length: %1 digits were found, but a Swedish identity number has 10 or 12 digits (YYMMDD-NNNC or YYYYMMDDNNNC).</translation>
        </message>
        <message>
            <source>The separator "%1" at position %2 must come right before the last four digits (YYMMDD-NNNC or YYYYMMDD-NNNC).</source>
            <translation>The separator "%1" at position %2 must come right before the last four digits (YYMMDD-NNNC or YYYYMMDD-NNNC).</translation>
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
        <name>dsar::ActivityEditor</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Name of the processing activity</source>
            <translation>Name of the processing activity</translation>
        </message>
        <message>
            <source>e.g. Recruitment, CRM system, Newsletter</source>
            <translation>e.g. Recruitment, CRM system, Newsletter</translation>
        </message>
        <message>
            <source>Purposes and legal bases</source>
            <translation>Purposes and legal bases</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>Recipients and transfers</source>
            <translation>Recipients and transfers</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retention</translation>
        </message>
        <message>
            <source>Automated decisions</source>
            <translation>Automated decisions</translation>
        </message>
        <message>
            <source>Purposes (GDPR Art. 30(1)(b))</source>
            <translation>Purposes (GDPR Art. 30(1)(b))</translation>
        </message>
        <message>
            <source>Legal bases (GDPR Art. 6(1))</source>
            <translation>Legal bases (GDPR Art. 6(1))</translation>
        </message>
        <message>
            <source>Categories of personal data</source>
            <translation>Categories of personal data</translation>
        </message>
        <message>
            <source>Categories of data subjects</source>
            <translation>Categories of data subjects</translation>
        </message>
        <message>
            <source>Sources (GDPR Art. 14(2)(f))</source>
            <translation>Sources (GDPR Art. 14(2)(f))</translation>
        </message>
        <message>
            <source>Systems</source>
            <translation>Systems</translation>
        </message>
        <message>
            <source>Recipients (GDPR Art. 30(1)(d))</source>
            <translation>Recipients (GDPR Art. 30(1)(d))</translation>
        </message>
        <message>
            <source>Transfers to third countries (GDPR Art. 44-49)</source>
            <translation>Transfers to third countries (GDPR Art. 44-49)</translation>
        </message>
        <message>
            <source>Retention rule (GDPR Art. 30(1)(f))</source>
            <translation>Retention rule (GDPR Art. 30(1)(f))</translation>
        </message>
        <message>
            <source>Note on retention</source>
            <translation>Note on retention</translation>
        </message>
        <message>
            <source>Automated decisions and profiling (GDPR Art. 22)</source>
            <translation>Automated decisions and profiling (GDPR Art. 22)</translation>
        </message>
        <message>
            <source>Add a purpose</source>
            <translation>Add a purpose</translation>
        </message>
        <message>
            <source>Remove the selected purpose</source>
            <translation>Remove the selected purpose</translation>
        </message>
        <message>
            <source>Purposes</source>
            <translation>Purposes</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Special category (Art. 9)</source>
            <translation>Special category (Art. 9)</translation>
        </message>
        <message>
            <source>Add a data category</source>
            <translation>Add a data category</translation>
        </message>
        <message>
            <source>Remove the selected data category</source>
            <translation>Remove the selected data category</translation>
        </message>
        <message>
            <source>Art. 9(2) &amp;condition:</source>
            <translation>Art. 9(2) &amp;condition:</translation>
        </message>
        <message>
            <source>Condition for special-category data (GDPR Art. 9(2))</source>
            <translation>Condition for special-category data (GDPR Art. 9(2))</translation>
        </message>
        <message>
            <source>Condition needed</source>
            <translation>Condition needed</translation>
        </message>
        <message>
            <source>Add a category of data subjects</source>
            <translation>Add a category of data subjects</translation>
        </message>
        <message>
            <source>Remove the selected category of data subjects</source>
            <translation>Remove the selected category of data subjects</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Add a source</source>
            <translation>Add a source</translation>
        </message>
        <message>
            <source>Remove the selected source</source>
            <translation>Remove the selected source</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Add a system</source>
            <translation>Add a system</translation>
        </message>
        <message>
            <source>Remove the selected system</source>
            <translation>Remove the selected system</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Add a recipient</source>
            <translation>Add a recipient</translation>
        </message>
        <message>
            <source>Remove the selected recipient</source>
            <translation>Remove the selected recipient</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Safeguard</source>
            <translation>Safeguard</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Add a transfer</source>
            <translation>Add a transfer</translation>
        </message>
        <message>
            <source>Remove the selected transfer</source>
            <translation>Remove the selected transfer</translation>
        </message>
        <message>
            <source>Transfers to third countries</source>
            <translation>Transfers to third countries</translation>
        </message>
        <message>
            <source>Not&amp;e, e.g. as the privacy notice words it:</source>
            <translation>Not&amp;e, e.g. as the privacy notice words it:</translation>
        </message>
        <message>
            <source>Retention note</source>
            <translation>Retention note</translation>
        </message>
        <message>
            <source>The processing includes a&amp;utomated decisions, including profiling</source>
            <translation>The processing includes a&amp;utomated decisions, including profiling</translation>
        </message>
        <message>
            <source>&amp;Logic involved:</source>
            <translation>&amp;Logic involved:</translation>
        </message>
        <message>
            <source>Logic of the automated decision</source>
            <translation>Logic of the automated decision</translation>
        </message>
        <message>
            <source>S&amp;ignificance and envisaged consequences for the data subject:</source>
            <translation>S&amp;ignificance and envisaged consequences for the data subject:</translation>
        </message>
        <message>
            <source>Significance of the automated decision</source>
            <translation>Significance of the automated decision</translation>
        </message>
        <message>
            <source>None (within the EU/EEA)</source>
            <translation>None (within the EU/EEA)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Required: a category is marked as special-category data (GDPR Art. 9(1)). Choose the Art. 9(2) condition that allows it.</source>
            <translation>Required: a category is marked as special-category data (GDPR Art. 9(1)). Choose the Art. 9(2) condition that allows it.</translation>
        </message>
        <message>
            <source>Parts of the processing activity</source>
            <translation>Parts of the processing activity</translation>
        </message>
    </context>
    <context>
        <name>dsar::ActivityList</name>
        <message>
            <source>consent</source>
            <translation>consent</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>contract</translation>
        </message>
        <message>
            <source>legal obligation</source>
            <translation>legal obligation</translation>
        </message>
        <message>
            <source>vital interests</source>
            <translation>vital interests</translation>
        </message>
        <message>
            <source>public task</source>
            <translation>public task</translation>
        </message>
        <message>
            <source>legitimate interests</source>
            <translation>legitimate interests</translation>
        </message>
        <message>
            <source>The organisations could not be read: %1</source>
            <translation>The organisations could not be read: %1</translation>
        </message>
        <message>
            <source>The processing activities could not be read: %1</source>
            <translation>The processing activities could not be read: %1</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Details…</translation>
        </message>
        <message>
            <source>Show the organisation's contact details, DPO and supervisory authority</source>
            <translation>Show the organisation's contact details, DPO and supervisory authority</translation>
        </message>
        <message>
            <source>New or&amp;ganisation…</source>
            <translation>New or&amp;ganisation…</translation>
        </message>
        <message>
            <source>Add an organisation whose processing and requests you handle</source>
            <translation>Add an organisation whose processing and requests you handle</translation>
        </message>
        <message>
            <source>&amp;Processing activities:</source>
            <translation>&amp;Processing activities:</translation>
        </message>
        <message>
            <source>Filter by name or legal basis</source>
            <translation>Filter by name or legal basis</translation>
        </message>
        <message>
            <source>Filter the processing activities</source>
            <translation>Filter the processing activities</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Processing activities</translation>
        </message>
        <message>
            <source>Problem with the register</source>
            <translation>Problem with the register</translation>
        </message>
    </context>
    <context>
        <name>dsar::ActivityPicker</name>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Processing activity</source>
            <translation>Processing activity</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>The register names no systems; type the system's name</source>
            <translation>The register names no systems; type the system's name</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Processing &amp;activity:</source>
            <translation>Processing &amp;activity:</translation>
        </message>
        <message>
            <source>S&amp;ystem:</source>
            <translation>S&amp;ystem:</translation>
        </message>
        <message>
            <source>There are no organisations yet. An administrator adds them and their processing register first.</source>
            <translation>There are no organisations yet. An administrator adds them and their processing register first.</translation>
        </message>
    </context>
    <context>
        <name>dsar::AnnualReportDialog</name>
        <message>
            <source>Annual report %1</source>
            <translation>Annual report %1</translation>
        </message>
        <message numerus="yes">
            <source>Annual report for %1, %n page(s), made %2. DSAR Desk does not keep it: save or print it now, or make it again later.</source>
            <translation>
                <numerusform>Annual report for %1, %n page, made %2. DSAR Desk does not keep it: save or print it now, or make it again later.</numerusform>
                <numerusform>Annual report for %1, %n pages, made %2. DSAR Desk does not keep it: save or print it now, or make it again later.</numerusform>
            </translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>Year of the report</source>
            <translation>Year of the report</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Language of the report</translation>
        </message>
        <message>
            <source>Why the report could not be made</source>
            <translation>Why the report could not be made</translation>
        </message>
        <message>
            <source>&amp;Make report</source>
            <translation>&amp;Make report</translation>
        </message>
        <message>
            <source>Make the annual report as PDF</source>
            <translation>Make the annual report as PDF</translation>
        </message>
        <message>
            <source>Close without making a report</source>
            <translation>Close without making a report</translation>
        </message>
        <message>
            <source>The requests received in %1 and what became of them. The year is not over: the report counts up to today, %2.</source>
            <translation>The requests received in %1 and what became of them. The year is not over: the report counts up to today, %2.</translation>
        </message>
        <message>
            <source>The requests received in %1 and what became of them, and the answers sent that year.</source>
            <translation>The requests received in %1 and what became of them, and the answers sent that year.</translation>
        </message>
    </context>
    <context>
        <name>dsar::AssessmentItemDialog</name>
        <message>
            <source>Change the decision on %1</source>
            <translation>Change the decision on %1</translation>
        </message>
        <message>
            <source>Why the item was not changed</source>
            <translation>Why the item was not changed</translation>
        </message>
        <message>
            <source>&amp;Save decision</source>
            <translation>&amp;Save decision</translation>
        </message>
        <message>
            <source>%1, processing activity %2</source>
            <translation>%1, processing activity %2</translation>
        </message>
        <message>
            <source>The item</source>
            <translation>The item</translation>
        </message>
        <message>
            <source>Decision on the item</source>
            <translation>Decision on the item</translation>
        </message>
        <message>
            <source>Legal ground</source>
            <translation>Legal ground</translation>
        </message>
        <message>
            <source>Legal reference</source>
            <translation>Legal reference</translation>
        </message>
        <message>
            <source>e.g. BFL 7 kap. 2 § or GDPR Art. 6(1)(b)</source>
            <translation>e.g. BFL 7 kap. 2 § or GDPR Art. 6(1)(b)</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Kept until</translation>
        </message>
        <message>
            <source>Current value</source>
            <translation>Current value</translation>
        </message>
        <message>
            <source>Corrected value</source>
            <translation>Corrected value</translation>
        </message>
        <message>
            <source>Note: why, for this item</source>
            <translation>Note: why, for this item</translation>
        </message>
        <message>
            <source>Why this decision, e.g. the concrete legal claim for which the item is kept</source>
            <translation>Why this decision, e.g. the concrete legal claim for which the item is kept</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Item:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Decision:</translation>
        </message>
        <message>
            <source>&amp;Ground:</source>
            <translation>&amp;Ground:</translation>
        </message>
        <message>
            <source>&amp;Legal reference:</source>
            <translation>&amp;Legal reference:</translation>
        </message>
        <message>
            <source>&amp;Kept until:</source>
            <translation>&amp;Kept until:</translation>
        </message>
        <message>
            <source>Current value:</source>
            <translation>Current value:</translation>
        </message>
        <message>
            <source>Corrected &amp;value:</source>
            <translation>Corrected &amp;value:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>None needed</source>
            <translation>None needed</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Choose a ground…</source>
            <translation>Choose a ground…</translation>
        </message>
        <message>
            <source>The current value could not be read: %1</source>
            <translation>The current value could not be read: %1</translation>
        </message>
        <message>
            <source>&amp;Shown as:</source>
            <translation>&amp;Shown as:</translation>
        </message>
        <message>
            <source>The value as the copy shows it, other people's data taken out</source>
            <translation>The value as the copy shows it, other people's data taken out</translation>
        </message>
        <message>
            <source>Empty: nothing of the value is shown</source>
            <translation>Empty: nothing of the value is shown</translation>
        </message>
    </context>
    <context>
        <name>dsar::AssessmentSection</name>
        <message>
            <source>1. Assessment of each item</source>
            <translation>1. Assessment of each item</translation>
        </message>
        <message>
            <source>What the request means for each of the data subject's holdings at this organisation, with the legal ground for each decision.</source>
            <translation>What the request means for each of the data subject's holdings at this organisation, with the legal ground for each decision.</translation>
        </message>
        <message>
            <source>Not assessed yet. The assessment is drafted from the data subject's holdings and the processing register; check each item afterwards.</source>
            <translation>Not assessed yet. The assessment is drafted from the data subject's holdings and the processing register; check each item afterwards.</translation>
        </message>
        <message>
            <source>Assessed items</source>
            <translation>Assessed items</translation>
        </message>
        <message>
            <source>&amp;Begin assessment</source>
            <translation>&amp;Begin assessment</translation>
        </message>
        <message>
            <source>Begin the assessment</source>
            <translation>Begin the assessment</translation>
        </message>
        <message>
            <source>Draft a decision for each holding from the processing register and its retention rules</source>
            <translation>Draft a decision for each holding from the processing register and its retention rules</translation>
        </message>
        <message>
            <source>Chan&amp;ge item…</source>
            <translation>Chan&amp;ge item…</translation>
        </message>
        <message>
            <source>Change the selected item</source>
            <translation>Change the selected item</translation>
        </message>
        <message>
            <source>Change the decision, ground, legal reference or note of the selected item</source>
            <translation>Change the decision, ground, legal reference or note of the selected item</translation>
        </message>
        <message>
            <source>Result of the last assessment step</source>
            <translation>Result of the last assessment step</translation>
        </message>
        <message>
            <source>The assessment could not be read: %1</source>
            <translation>The assessment could not be read: %1</translation>
        </message>
        <message>
            <source>Kind of objection</source>
            <translation>Kind of objection</translation>
        </message>
        <message>
            <source>Is the objection to direct marketing, or on grounds of the data subject's particular situation?</source>
            <translation>Is the objection to direct marketing, or on grounds of the data subject's particular situation?</translation>
        </message>
        <message>
            <source>Direct marketing stops at once and the data subject is put on the suppression list. A particular situation needs a balancing of interests for this person.</source>
            <translation>Direct marketing stops at once and the data subject is put on the suppression list. A particular situation needs a balancing of interests for this person.</translation>
        </message>
        <message>
            <source>No item was drafted: the data subject has no holdings at %1 that this request covers.</source>
            <translation>No item was drafted: the data subject has no holdings at %1 that this request covers.</translation>
        </message>
        <message>
            <source>Items drafted: %1. Check each one, then propose the decision.</source>
            <translation>Items drafted: %1. Check each one, then propose the decision.</translation>
        </message>
        <message>
            <source>The decision on %1 is saved.</source>
            <translation>The decision on %1 is saved.</translation>
        </message>
    </context>
    <context>
        <name>dsar::AssessmentTableModel</name>
        <message>
            <source>%1: %2</source>
            <comment>rectify: corrected value</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1
Decided by %2, %3</source>
            <translation>%1
Decided by %2, %3</translation>
        </message>
        <message>
            <source>Before: %1
After: %2</source>
            <translation>Before: %1
After: %2</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Processing activity</source>
            <translation>Processing activity</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Ground and legal reference</source>
            <translation>Ground and legal reference</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Kept until</translation>
        </message>
        <message>
            <source>Carried out</source>
            <translation>Carried out</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Erased after the retention period by %1, %2</source>
            <translation>Erased after the retention period by %1, %2</translation>
        </message>
        <message>
            <source>Restriction lifted by %1, %2</source>
            <translation>Restriction lifted by %1, %2</translation>
        </message>
        <message>
            <source>Erased by %1, %2</source>
            <translation>Erased by %1, %2</translation>
        </message>
        <message>
            <source>Corrected by %1, %2</source>
            <translation>Corrected by %1, %2</translation>
        </message>
        <message>
            <source>Restricted by %1, %2</source>
            <translation>Restricted by %1, %2</translation>
        </message>
        <message>
            <source>Stopped by %1, %2</source>
            <translation>Stopped by %1, %2</translation>
        </message>
        <message>
            <source>Done by %1, %2</source>
            <translation>Done by %1, %2</translation>
        </message>
        <message>
            <source>Kept; follow-up erasure scheduled</source>
            <translation>Kept; follow-up erasure scheduled</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Not done yet</translation>
        </message>
    </context>
    <context>
        <name>dsar::AttachmentsTab</name>
        <message>
            <source>Files kept with the case:</source>
            <translation>Files kept with the case:</translation>
        </message>
        <message>
            <source>Files kept with the case</source>
            <translation>Files kept with the case</translation>
        </message>
        <message>
            <source>Press Enter to save a copy of the selected file.</source>
            <translation>Press Enter to save a copy of the selected file.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Added by</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Add &amp;file…</source>
            <translation>Add &amp;file…</translation>
        </message>
        <message>
            <source>Add a file to the case</source>
            <translation>Add a file to the case</translation>
        </message>
        <message>
            <source>At most %1 MiB</source>
            <translation>At most %1 MiB</translation>
        </message>
        <message>
            <source>Save a co&amp;py…</source>
            <translation>Save a co&amp;py…</translation>
        </message>
        <message>
            <source>Save a copy of the selected file</source>
            <translation>Save a copy of the selected file</translation>
        </message>
        <message>
            <source>Result of the last file action</source>
            <translation>Result of the last file action</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (Stockholm time)</source>
            <translation>%1 (Stockholm time)</translation>
        </message>
        <message>
            <source>The files could not be read: %1</source>
            <translation>The files could not be read: %1</translation>
        </message>
        <message>
            <source>Add a file to %1</source>
            <translation>Add a file to %1</translation>
        </message>
        <message>
            <source>%1 is %2 MiB; a file kept with a case can be at most %3 MiB. Attach a smaller file, e.g. a scan at a lower resolution.</source>
            <translation>%1 is %2 MiB; a file kept with a case can be at most %3 MiB. Attach a smaller file, e.g. a scan at a lower resolution.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 could not be read: %2</translation>
        </message>
        <message>
            <source>%1 is kept with the case (SHA-256 %2).</source>
            <translation>%1 is kept with the case (SHA-256 %2).</translation>
        </message>
        <message>
            <source>Save a copy of %1</source>
            <translation>Save a copy of %1</translation>
        </message>
        <message>
            <source>The copy could not be saved as %1: %2</source>
            <translation>The copy could not be saved as %1: %2</translation>
        </message>
        <message>
            <source>A copy is saved as %1. Its content matches the SHA-256 recorded when it was added.</source>
            <translation>A copy is saved as %1. Its content matches the SHA-256 recorded when it was added.</translation>
        </message>
    </context>
    <context>
        <name>dsar::CarryingOutSection</name>
        <message>
            <source>3. Carrying out</source>
            <translation>3. Carrying out</translation>
        </message>
        <message>
            <source>Erasure in each system</source>
            <translation>Erasure in each system</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Erasure tasks</source>
            <translation>Erasure tasks</translation>
        </message>
        <message>
            <source>Confirm erase&amp;d in system…</source>
            <translation>Confirm erase&amp;d in system…</translation>
        </message>
        <message>
            <source>Confirm that the data are erased in the selected system</source>
            <translation>Confirm that the data are erased in the selected system</translation>
        </message>
        <message>
            <source>Once the data have been deleted in the selected system, record it; DSAR Desk then erases its own copy</source>
            <translation>Once the data have been deleted in the selected system, record it; DSAR Desk then erases its own copy</translation>
        </message>
        <message>
            <source>Recipients to notify (GDPR Art. 19)</source>
            <translation>Recipients to notify (GDPR Art. 19)</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Recipients to notify</source>
            <translation>Recipients to notify</translation>
        </message>
        <message>
            <source>&amp;Record notification…</source>
            <translation>&amp;Record notification…</translation>
        </message>
        <message>
            <source>Record the notification of the selected recipient</source>
            <translation>Record the notification of the selected recipient</translation>
        </message>
        <message>
            <source>Record that the selected recipient was notified of the change, or why not</source>
            <translation>Record that the selected recipient was notified of the change, or why not</translation>
        </message>
        <message>
            <source>Li&amp;ft restriction…</source>
            <translation>Li&amp;ft restriction…</translation>
        </message>
        <message>
            <source>Lift the restriction</source>
            <translation>Lift the restriction</translation>
        </message>
        <message>
            <source>Lift the restriction once the data subject has been told (GDPR Art. 18(3))</source>
            <translation>Lift the restriction once the data subject has been told (GDPR Art. 18(3))</translation>
        </message>
        <message>
            <source>Show the data subject's recipients</source>
            <translation>Show the data subject's recipients</translation>
        </message>
        <message>
            <source>Every recipient of the data subject's data in the processing register, to tell the data subject on request (GDPR Art. 19)</source>
            <translation>Every recipient of the data subject's data in the processing register, to tell the data subject on request (GDPR Art. 19)</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Processing activities</translation>
        </message>
        <message>
            <source>The data subject's recipients</source>
            <translation>The data subject's recipients</translation>
        </message>
        <message>
            <source>Result of the last step in carrying out the decision</source>
            <translation>Result of the last step in carrying out the decision</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>Not confirmed yet</source>
            <translation>Not confirmed yet</translation>
        </message>
        <message>
            <source>None. Erasure tasks are made when a decision that erases data is approved.</source>
            <translation>None. Erasure tasks are made when a decision that erases data is approved.</translation>
        </message>
        <message>
            <source>The erasure tasks could not be read: %1</source>
            <translation>The erasure tasks could not be read: %1</translation>
        </message>
        <message>
            <source>Recorded by %1, %2</source>
            <translation>Recorded by %1, %2</translation>
        </message>
        <message>
            <source>None. Each recipient of rectified, erased or restricted data is listed here once the decision is approved.</source>
            <translation>None. Each recipient of rectified, erased or restricted data is listed here once the decision is approved.</translation>
        </message>
        <message>
            <source>The recipients to notify could not be read: %1</source>
            <translation>The recipients to notify could not be read: %1</translation>
        </message>
        <message>
            <source>The recipients could not be read: %1</source>
            <translation>The recipients could not be read: %1</translation>
        </message>
        <message>
            <source>The processing register names no recipient of the data subject's data.</source>
            <translation>The processing register names no recipient of the data subject's data.</translation>
        </message>
        <message>
            <source>Every recipient of the data subject's data in the processing register:</source>
            <translation>Every recipient of the data subject's data in the processing register:</translation>
        </message>
        <message>
            <source>Hide the s&amp;ubject's recipients</source>
            <translation>Hide the s&amp;ubject's recipients</translation>
        </message>
        <message>
            <source>Show the s&amp;ubject's recipients</source>
            <translation>Show the s&amp;ubject's recipients</translation>
        </message>
        <message>
            <source>Have the data decided "erase" been deleted in %1?</source>
            <translation>Have the data decided "erase" been deleted in %1?</translation>
        </message>
        <message>
            <source>Confirm only after they have been deleted there. DSAR Desk then erases its own copy of them, and the confirmation is recorded in the case's history.</source>
            <translation>Confirm only after they have been deleted there. DSAR Desk then erases its own copy of them, and the confirmation is recorded in the case's history.</translation>
        </message>
        <message>
            <source>&amp;Confirm erased</source>
            <translation>&amp;Confirm erased</translation>
        </message>
        <message>
            <source>The erasure in %1 is confirmed.</source>
            <translation>The erasure in %1 is confirmed.</translation>
        </message>
        <message>
            <source>Recorded for %1.</source>
            <translation>Recorded for %1.</translation>
        </message>
        <message>
            <source>Lift the restriction of the data subject's data?</source>
            <translation>Lift the restriction of the data subject's data?</translation>
        </message>
        <message>
            <source>The data may then be processed again as before. The data subject must have been told first (GDPR Art. 18(3)): write the restriction-lifting letter and record it as sent.</source>
            <translation>The data may then be processed again as before. The data subject must have been told first (GDPR Art. 18(3)): write the restriction-lifting letter and record it as sent.</translation>
        </message>
        <message>
            <source>&amp;Lift restriction</source>
            <translation>&amp;Lift restriction</translation>
        </message>
        <message>
            <source>The restriction is lifted.</source>
            <translation>The restriction is lifted.</translation>
        </message>
    </context>
    <context>
        <name>dsar::CaseActionBar</name>
        <message>
            <source>New &amp;status:</source>
            <translation>New &amp;status:</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>New status</translation>
        </message>
        <message>
            <source>None: the case is finished</source>
            <translation>None: the case is finished</translation>
        </message>
        <message>
            <source>&amp;Change status</source>
            <translation>&amp;Change status</translation>
        </message>
        <message>
            <source>Change the status</source>
            <translation>Change the status</translation>
        </message>
        <message>
            <source>Move the case to the chosen status</source>
            <translation>Move the case to the chosen status</translation>
        </message>
        <message>
            <source>&amp;Handler:</source>
            <translation>&amp;Handler:</translation>
        </message>
        <message>
            <source>Handler's account name</source>
            <translation>Handler's account name</translation>
        </message>
        <message>
            <source>The account of the case handler or DPO who works on the case; empty for none</source>
            <translation>The account of the case handler or DPO who works on the case; empty for none</translation>
        </message>
        <message>
            <source>&amp;Assign</source>
            <translation>&amp;Assign</translation>
        </message>
        <message>
            <source>Assign the case to the handler named</source>
            <translation>Assign the case to the handler named</translation>
        </message>
        <message>
            <source>Assign to &amp;me</source>
            <translation>Assign to &amp;me</translation>
        </message>
        <message>
            <source>Assign the case to me</source>
            <translation>Assign the case to me</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Result of the last action</translation>
        </message>
        <message>
            <source>The case is now "%1".</source>
            <translation>The case is now "%1".</translation>
        </message>
        <message>
            <source>The case has no handler now.</source>
            <translation>The case has no handler now.</translation>
        </message>
        <message>
            <source>The case is assigned to %1.</source>
            <translation>The case is assigned to %1.</translation>
        </message>
    </context>
    <context>
        <name>dsar::CaseDecisionPanel</name>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>The decision, step by step</source>
            <translation>The decision, step by step</translation>
        </message>
        <message>
            <source>The case could not be read: %1</source>
            <translation>The case could not be read: %1</translation>
        </message>
        <message>
            <source>Next: take the case into work (status "%1"); then assess each item under 1.</source>
            <translation>Next: take the case into work (status "%1"); then assess each item under 1.</translation>
        </message>
        <message>
            <source>Next: check each item under 1, then propose the decision under 2.</source>
            <translation>Next: check each item under 1, then propose the decision under 2.</translation>
        </message>
        <message>
            <source>Next: begin the assessment under 1.</source>
            <translation>Next: begin the assessment under 1.</translation>
        </message>
        <message>
            <source>Next: the data protection officer approves the decision under 2.</source>
            <translation>Next: the data protection officer approves the decision under 2.</translation>
        </message>
        <message>
            <source>Next: carry the decision out under 3, then write the answer under 4 and mark it as sent.</source>
            <translation>Next: carry the decision out under 3, then write the answer under 4 and mark it as sent.</translation>
        </message>
        <message>
            <source>Next: close the case under 4 once the work under 3 is done.</source>
            <translation>Next: close the case under 4 once the work under 3 is done.</translation>
        </message>
        <message>
            <source>The case is finished: %1.</source>
            <translation>The case is finished: %1.</translation>
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
            <source>Search cases</source>
            <translation>Search cases</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All rights</source>
            <translation>All rights</translation>
        </message>
        <message>
            <source>Reference, name, e-mail or personnummer</source>
            <translation>Reference, name, e-mail or personnummer</translation>
        </message>
        <message>
            <source>Find a case by its reference, or a data subject by name, e-mail or personnummer; organisations match too (Ctrl+F)</source>
            <translation>Find a case by its reference, or a data subject by name, e-mail or personnummer; organisations match too (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>dsar::CaseHeader</name>
        <message>
            <source>Right:</source>
            <translation>Right:</translation>
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
            <source>Received:</source>
            <translation>Received:</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Channel:</translation>
        </message>
        <message>
            <source>Handler:</source>
            <translation>Handler:</translation>
        </message>
        <message>
            <source>Linked cases:</source>
            <translation>Linked cases:</translation>
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
            <source>Plan for:</source>
            <translation>Plan for:</translation>
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
            <source>Clock:</source>
            <translation>Clock:</translation>
        </message>
        <message>
            <source>Suspended:</source>
            <translation>Suspended:</translation>
        </message>
        <message>
            <source>If the time restarts (IMY):</source>
            <translation>If the time restarts (IMY):</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>Deadline warnings</source>
            <translation>Deadline warnings</translation>
        </message>
        <message>
            <source>Why the case is not shown</source>
            <translation>Why the case is not shown</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>right (article)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (Stockholm time)</source>
            <translation>%1 (Stockholm time)</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Not assigned</translation>
        </message>
        <message>
            <source>Stopped until the subject answers</source>
            <translation>Stopped until the subject answers</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s), included in the due date</source>
            <translation>
                <numerusform>%n day, included in the due date</numerusform>
                <numerusform>%n days, included in the due date</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
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
        <message>
            <source>Status changed</source>
            <translation>Status changed</translation>
        </message>
        <message>
            <source>Handler assigned</source>
            <translation>Handler assigned</translation>
        </message>
        <message>
            <source>Handler removed</source>
            <translation>Handler removed</translation>
        </message>
        <message>
            <source>Note added</source>
            <translation>Note added</translation>
        </message>
        <message>
            <source>File attached</source>
            <translation>File attached</translation>
        </message>
        <message>
            <source>Identification requested</source>
            <translation>Identification requested</translation>
        </message>
        <message>
            <source>Identification answered</source>
            <translation>Identification answered</translation>
        </message>
        <message>
            <source>Closed: identity not confirmed</source>
            <translation>Closed: identity not confirmed</translation>
        </message>
        <message>
            <source>Extension requested</source>
            <translation>Extension requested</translation>
        </message>
        <message>
            <source>Extension approved</source>
            <translation>Extension approved</translation>
        </message>
        <message>
            <source>Assessment begun</source>
            <translation>Assessment begun</translation>
        </message>
        <message>
            <source>Item assessed</source>
            <translation>Item assessed</translation>
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
            <source>Erasure done</source>
            <translation>Erasure done</translation>
        </message>
        <message>
            <source>Follow-up erasure done</source>
            <translation>Follow-up erasure done</translation>
        </message>
        <message>
            <source>Recipient notified (Art. 19)</source>
            <translation>Recipient notified (Art. 19)</translation>
        </message>
        <message>
            <source>Processing stopped</source>
            <translation>Processing stopped</translation>
        </message>
        <message>
            <source>Restriction lifted</source>
            <translation>Restriction lifted</translation>
        </message>
        <message>
            <source>Letter written</source>
            <translation>Letter written</translation>
        </message>
        <message>
            <source>Letter sent</source>
            <translation>Letter sent</translation>
        </message>
        <message>
            <source>Extract or export made</source>
            <translation>Extract or export made</translation>
        </message>
        <message>
            <source>Extract or export sent</source>
            <translation>Extract or export sent</translation>
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
            <source>There is no case %1. References look like DSAR-2027-00042; list cases with "dsarctl case list".</source>
            <translation>There is no case %1. References look like DSAR-2027-00042; list cases with "dsarctl case list".</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: the one-month due date was %2 and today is %3. An extension must be decided and told to the subject, with its reasons, no later than the due date (GDPR Art. 12(3)), so it can no longer be recorded. Answer the request without further delay.</source>
            <translation>%1: the one-month due date was %2 and today is %3. An extension must be decided and told to the subject, with its reasons, no later than the due date (GDPR Art. 12(3)), so it can no longer be recorded. Answer the request without further delay.</translation>
        </message>
        <message>
            <source>%1 is "%2"; a finished case cannot be extended.</source>
            <translation>%1 is "%2"; a finished case cannot be extended.</translation>
        </message>
        <message>
            <source>%1: an extension (%2) was already requested on %3. GDPR Art. 12(3) allows one extension per case.</source>
            <translation>%1: an extension (%2) was already requested on %3. GDPR Art. 12(3) allows one extension per case.</translation>
        </message>
        <message>
            <source>%1: explain in a note why this case needs more time: which data, systems or requests make it complex. "Large effort" alone is not a reason (EDPB Guidelines 01/2022 para 163).</source>
            <translation>%1: explain in a note why this case needs more time: which data, systems or requests make it complex. "Large effort" alone is not a reason (EDPB Guidelines 01/2022 para 163).</translation>
        </message>
        <message>
            <source>%1: the note is %2 characters long; keep it to %3 and attach longer material to the case.</source>
            <translation>%1: the note is %2 characters long; keep it to %3 and attach longer material to the case.</translation>
        </message>
        <message>
            <source>%1: no extension has been requested. Request it first, with a reason and a note.</source>
            <translation>%1: no extension has been requested. Request it first, with a reason and a note.</translation>
        </message>
        <message>
            <source>%1: the extension was already approved on %2 by %3.</source>
            <translation>%1: the extension was already approved on %2 by %3.</translation>
        </message>
        <message>
            <source>%1: say why identity is in doubt, or what in the request needs clarifying. Without a documented, reasoned doubt (GDPR Art. 12(6)) or a need for clarification (recital 63) the clock does not stop.</source>
            <translation>%1: say why identity is in doubt, or what in the request needs clarifying. Without a documented, reasoned doubt (GDPR Art. 12(6)) or a need for clarification (recital 63) the clock does not stop.</translation>
        </message>
        <message>
            <source>%1: the reason is %2 characters long; keep it to %3 and put longer material in a note.</source>
            <translation>%1: the reason is %2 characters long; keep it to %3 and put longer material in a note.</translation>
        </message>
        <message>
            <source>%1: give the date the request went out, e.g. 2027-03-08.</source>
            <translation>%1: give the date the request went out, e.g. 2027-03-08.</translation>
        </message>
        <message>
            <source>%1: the request for information is dated %2, before the request was received on %3. Give the day it went out.</source>
            <translation>%1: the request for information is dated %2, before the request was received on %3. Give the day it went out.</translation>
        </message>
        <message>
            <source>%1: the request for information is dated %2, after today (%3). Record it on the day it goes out.</source>
            <translation>%1: the request for information is dated %2, after today (%3). Record it on the day it goes out.</translation>
        </message>
        <message>
            <source>%1: the request (%2) sent on %3 is still waiting for its answer. Record the answer first; one request is open at a time.</source>
            <translation>%1: the request (%2) sent on %3 is still waiting for its answer. Record the answer first; one request is open at a time.</translation>
        </message>
        <message>
            <source>%1 is "%2" and finished; no answer can be recorded on it any more.</source>
            <translation>%1 is "%2" and finished; no answer can be recorded on it any more.</translation>
        </message>
        <message>
            <source>%1: no request for identity or clarification is waiting for an answer. Record the request first, with the date it went out.</source>
            <translation>%1: no request for identity or clarification is waiting for an answer. Record the request first, with the date it went out.</translation>
        </message>
        <message>
            <source>%1: give the date the answer arrived, e.g. 2027-03-15.</source>
            <translation>%1: give the date the answer arrived, e.g. 2027-03-15.</translation>
        </message>
        <message>
            <source>%1: the answer is dated %2, before the request went out on %3. Give the day the answer arrived.</source>
            <translation>%1: the answer is dated %2, before the request went out on %3. Give the day the answer arrived.</translation>
        </message>
        <message>
            <source>%1: the answer is dated %2, after today (%3). Record it when it has arrived.</source>
            <translation>%1: the answer is dated %2, after today (%3). Record it when it has arrived.</translation>
        </message>
        <message>
            <source>%1: say how identity was confirmed (%2). Only the method is recorded, never a copy of an identity document.</source>
            <translation>%1: say how identity was confirmed (%2). Only the method is recorded, never a copy of an identity document.</translation>
        </message>
        <message>
            <source>%1: the open request asked for clarification (recital 63), not identity; leave out the identification method.</source>
            <translation>%1: the open request asked for clarification (recital 63), not identity; leave out the identification method.</translation>
        </message>
        <message>
            <source>%1: no request for identification was sent, so the case cannot be closed as identity not confirmed. Ask for identification first (GDPR Art. 12(6)), or go on with the case.</source>
            <translation>%1: no request for identification was sent, so the case cannot be closed as identity not confirmed. Ask for identification first (GDPR Art. 12(6)), or go on with the case.</translation>
        </message>
        <message>
            <source>%1: identity was confirmed on %2, so the case cannot be closed as identity not confirmed.</source>
            <translation>%1: identity was confirmed on %2, so the case cannot be closed as identity not confirmed.</translation>
        </message>
        <message>
            <source>%1: the request for identification went out on %2; the case can be closed as identity not confirmed from %3, %4 days after the request (setting identification.wait_days). Send the subject a reminder meanwhile.</source>
            <translation>%1: the request for identification went out on %2; the case can be closed as identity not confirmed from %3, %4 days after the request (setting identification.wait_days). Send the subject a reminder meanwhile.</translation>
        </message>
        <message>
            <source>%1 is finished ("%2"), so its handler can no longer change.</source>
            <translation>%1 is finished ("%2"), so its handler can no longer change.</translation>
        </message>
        <message>
            <source>There is no account named %1. Assign the case to a case handler or DPO by their account name; an administrator lists the accounts with "dsarctl user list".</source>
            <translation>There is no account named %1. Assign the case to a case handler or DPO by their account name; an administrator lists the accounts with "dsarctl user list".</translation>
        </message>
        <message>
            <source>The account %1 is disabled and cannot handle cases. Assign the case to an active case handler or DPO.</source>
            <translation>The account %1 is disabled and cannot handle cases. Assign the case to an active case handler or DPO.</translation>
        </message>
        <message>
            <source>%1 is an account with the role "%2", which does no case work. Assign the case to a case handler or DPO.</source>
            <translation>%1 is an account with the role "%2", which does no case work. Assign the case to a case handler or DPO.</translation>
        </message>
        <message>
            <source>%1 has no handler to unassign.</source>
            <translation>%1 has no handler to unassign.</translation>
        </message>
        <message>
            <source>%1 is already assigned to %2.</source>
            <translation>%1 is already assigned to %2.</translation>
        </message>
        <message>
            <source>Write the text of the note; an empty note is not kept.</source>
            <translation>Write the text of the note; an empty note is not kept.</translation>
        </message>
        <message>
            <source>The note has %1 characters; a note can have at most %2. Shorten it, or attach the full text as a file.</source>
            <translation>The note has %1 characters; a note can have at most %2. Shorten it, or attach the full text as a file.</translation>
        </message>
        <message>
            <source>%1 is finished ("%2"), so it takes internal notes only. A new message from the data subject may be a new request: register it as one.</source>
            <translation>%1 is finished ("%2"), so it takes internal notes only. A new message from the data subject may be a new request: register it as one.</translation>
        </message>
        <message>
            <source>Give the file's name, e.g. letter.pdf.</source>
            <translation>Give the file's name, e.g. letter.pdf.</translation>
        </message>
        <message>
            <source>The file name has %1 characters; shorten it to at most %2.</source>
            <translation>The file name has %1 characters; shorten it to at most %2.</translation>
        </message>
        <message>
            <source>The file name contains control characters; rename the file and attach it again.</source>
            <translation>The file name contains control characters; rename the file and attach it again.</translation>
        </message>
        <message>
            <source>%1 is empty. Attach the file as it arrived; an empty file shows nothing.</source>
            <translation>%1 is empty. Attach the file as it arrived; an empty file shows nothing.</translation>
        </message>
        <message>
            <source>%1 is %2 MiB; an attachment can be at most %3 MiB. Attach a smaller file, e.g. a scan at a lower resolution.</source>
            <translation>%1 is %2 MiB; an attachment can be at most %3 MiB. Attach a smaller file, e.g. a scan at a lower resolution.</translation>
        </message>
        <message>
            <source>"%1" is not a media type. Give one such as application/pdf or message/rfc822, or leave it out to have it recognised from the file.</source>
            <translation>"%1" is not a media type. Give one such as application/pdf or message/rfc822, or leave it out to have it recognised from the file.</translation>
        </message>
        <message>
            <source>There is no attachment %1. A case's attachments and their numbers are listed by "dsarctl case attachments REF".</source>
            <translation>There is no attachment %1. A case's attachments and their numbers are listed by "dsarctl case attachments REF".</translation>
        </message>
        <message>
            <source>%1: identification moves a case only when the request for identity or clarification and its answer are recorded (dsarctl case identify).</source>
            <translation>%1: identification moves a case only when the request for identity or clarification and its answer are recorded (dsarctl case identify).</translation>
        </message>
        <message>
            <source>%1: the %2 is %3 characters long; keep it to %4 and attach longer material to the case.</source>
            <translation>%1: the %2 is %3 characters long; keep it to %4 and attach longer material to the case.</translation>
        </message>
        <message>
            <source>%1: the subject has made no earlier request, so this one cannot be excessive (GDPR Art. 12(5)). Answer it, or document why it is manifestly unfounded.</source>
            <translation>%1: the subject has made no earlier request, so this one cannot be excessive (GDPR Art. 12(5)). Answer it, or document why it is manifestly unfounded.</translation>
        </message>
        <message>
            <source>%1: the previous request came on %2, a year or more before this one (%3). A request a year after the previous one is never excessive (GDPR Art. 12(5)); answer it.</source>
            <translation>%1: the previous request came on %2, a year or more before this one (%3). A request a year after the previous one is never excessive (GDPR Art. 12(5)); answer it.</translation>
        </message>
        <message>
            <source>%1: describe the decision for the subject in a summary.</source>
            <translation>%1: describe the decision for the subject in a summary.</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>summary</translation>
        </message>
        <message>
            <source>reasons</source>
            <translation>reasons</translation>
        </message>
        <message>
            <source>facts</source>
            <translation>facts</translation>
        </message>
        <message>
            <source>balancing</source>
            <translation>balancing</translation>
        </message>
        <message>
            <source>%1: say whether the objection is to direct marketing (direct-marketing, GDPR Art. 21(2)) or on grounds of the subject's particular situation (particular-situation, Art. 21(1)).</source>
            <translation>%1: say whether the objection is to direct marketing (direct-marketing, GDPR Art. 21(2)) or on grounds of the subject's particular situation (particular-situation, Art. 21(1)).</translation>
        </message>
        <message>
            <source>%1: the ground "%2" belongs to objections only.</source>
            <translation>%1: the ground "%2" belongs to objections only.</translation>
        </message>
        <message>
            <source>%1: an objection to direct marketing cannot be refused or charged for: the marketing stops at once (GDPR Art. 21(3)). Propose it as granted.</source>
            <translation>%1: an objection to direct marketing cannot be refused or charged for: the marketing stops at once (GDPR Art. 21(3)). Propose it as granted.</translation>
        </message>
        <message>
            <source>%1: %2 is direct marketing and must stop (GDPR Art. 21(3)); an objection to direct marketing has no exceptions.</source>
            <translation>%1: %2 is direct marketing and must stop (GDPR Art. 21(3)); an objection to direct marketing has no exceptions.</translation>
        </message>
        <message>
            <source>%1: processing that continues despite the objection needs a documented balancing of interests for this person (GDPR Art. 21(1)).</source>
            <translation>%1: processing that continues despite the objection needs a documented balancing of interests for this person (GDPR Art. 21(1)).</translation>
        </message>
        <message>
            <source>%1: a refusal needs its specific reasons and the legal reference it rests on (GDPR Art. 12(4)).</source>
            <translation>%1: a refusal needs its specific reasons and the legal reference it rests on (GDPR Art. 12(4)).</translation>
        </message>
        <message>
            <source>%1: a fee may be charged only for a manifestly unfounded or excessive request (GDPR Art. 12(5)(a)); give that ground.</source>
            <translation>%1: a fee may be charged only for a manifestly unfounded or excessive request (GDPR Art. 12(5)(a)); give that ground.</translation>
        </message>
        <message>
            <source>%1: give the fee, e.g. "350 kr".</source>
            <translation>%1: give the fee, e.g. "350 kr".</translation>
        </message>
        <message>
            <source>%1: a manifestly unfounded or excessive request is refused or charged a fee (GDPR Art. 12(5)).</source>
            <translation>%1: a manifestly unfounded or excessive request is refused or charged a fee (GDPR Art. 12(5)).</translation>
        </message>
        <message>
            <source>%1: document the facts that show the request is manifestly unfounded or excessive; the organisation bears the burden of proof (GDPR Art. 12(5)).</source>
            <translation>%1: document the facts that show the request is manifestly unfounded or excessive; the organisation bears the burden of proof (GDPR Art. 12(5)).</translation>
        </message>
        <message>
            <source>%1: no item is to be rectified. Mark what is corrected, or refuse the request with reasons.</source>
            <translation>%1: no item is to be rectified. Mark what is corrected, or refuse the request with reasons.</translation>
        </message>
        <message>
            <source>%1: no item is to be restricted. Mark what is restricted and on which ground, or refuse the request with reasons.</source>
            <translation>%1: no item is to be restricted. Mark what is restricted and on which ground, or refuse the request with reasons.</translation>
        </message>
        <message>
            <source>%1 is "%2"; this step needs a case that is %3.</source>
            <translation>%1 is "%2"; this step needs a case that is %3.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> or </translation>
        </message>
        <message>
            <source>%1: say whether the objection is to direct marketing (GDPR Art. 21(2)) or on grounds of the subject's particular situation (Art. 21(1)).</source>
            <translation>%1: say whether the objection is to direct marketing (GDPR Art. 21(2)) or on grounds of the subject's particular situation (Art. 21(1)).</translation>
        </message>
        <message>
            <source>%1 has no assessed item %2. List the items with "dsarctl case assess %1".</source>
            <translation>%1 has no assessed item %2. List the items with "dsarctl case assess %1".</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>%1 has no proposed decision to approve.</source>
            <translation>%1 has no proposed decision to approve.</translation>
        </message>
        <message>
            <source>%1 has no erasure tasks: nothing was decided to be erased.</source>
            <translation>%1 has no erasure tasks: nothing was decided to be erased.</translation>
        </message>
        <message>
            <source>%1 has no erasure task for "%2". Its tasks are: %3.</source>
            <translation>%1 has no erasure task for "%2". Its tasks are: %3.</translation>
        </message>
        <message>
            <source>%1: the erasure in %2 was already confirmed by %3 on %4.</source>
            <translation>%1: the erasure in %2 was already confirmed by %3 on %4.</translation>
        </message>
        <message>
            <source>%1 has no recipients to notify (GDPR Art. 19).</source>
            <translation>%1 has no recipients to notify (GDPR Art. 19).</translation>
        </message>
        <message>
            <source>%1: "%2" is not a recipient of the affected data. The recipients are: %3.</source>
            <translation>%1: "%2" is not a recipient of the affected data. The recipients are: %3.</translation>
        </message>
        <message>
            <source>%1: record that %2 was notified, or why it was impossible or disproportionate.</source>
            <translation>%1: record that %2 was notified, or why it was impossible or disproportionate.</translation>
        </message>
        <message>
            <source>%1: say how %2 was notified (e.g. e-mail) and on which date.</source>
            <translation>%1: say how %2 was notified (e.g. e-mail) and on which date.</translation>
        </message>
        <message>
            <source>%1: %2 is in the future; record a notification once it is sent.</source>
            <translation>%1: %2 is in the future; record a notification once it is sent.</translation>
        </message>
        <message>
            <source>%1: explain why notifying %2 is impossible or would involve disproportionate effort.</source>
            <translation>%1: explain why notifying %2 is impossible or would involve disproportionate effort.</translation>
        </message>
        <message>
            <source>%1 is not a request for restriction.</source>
            <translation>%1 is not a request for restriction.</translation>
        </message>
        <message>
            <source>%1 has no restriction in force to lift.</source>
            <translation>%1 has no restriction in force to lift.</translation>
        </message>
        <message>
            <source>%1: the subject must be told before a restriction is lifted (GDPR Art. 18(3)). Write the restriction-lifting letter and record it as sent first.</source>
            <translation>%1: the subject must be told before a restriction is lifted (GDPR Art. 18(3)). Write the restriction-lifting letter and record it as sent first.</translation>
        </message>
        <message>
            <source>Item %1 has no follow-up erasure due: it is not a kept item, its retain-until date has not passed, or it was already erased. List what is due with "dsarctl followups".</source>
            <translation>Item %1 has no follow-up erasure due: it is not a kept item, its retain-until date has not passed, or it was already erased. List what is due with "dsarctl followups".</translation>
        </message>
        <message>
            <source>%1: the erasure in %2 is not yet confirmed done. The letter must say what was erased, where and when.</source>
            <translation>%1: the erasure in %2 is not yet confirmed done. The letter must say what was erased, where and when.</translation>
        </message>
        <message>
            <source>%1: record whether %2 was notified of the change (GDPR Art. 19), or why that was impossible or disproportionate.</source>
            <translation>%1: record whether %2 was notified of the change (GDPR Art. 19), or why that was impossible or disproportionate.</translation>
        </message>
        <message>
            <source>Letters are written in Swedish (sv) or English (en), not "%1".</source>
            <translation>Letters are written in Swedish (sv) or English (en), not "%1".</translation>
        </message>
        <message>
            <source>%1: the decision must be approved before this letter can be written.</source>
            <translation>%1: the decision must be approved before this letter can be written.</translation>
        </message>
        <message>
            <source>%1: record the request for identity or clarification first; the letter states its reason.</source>
            <translation>%1: record the request for identity or clarification first; the letter states its reason.</translation>
        </message>
        <message>
            <source>%1: the extension must be requested and approved before the notice can be written.</source>
            <translation>%1: the extension must be requested and approved before the notice can be written.</translation>
        </message>
        <message>
            <source>%1: the decision (%2) refuses nothing; write the outcome letter.</source>
            <translation>%1: the decision (%2) refuses nothing; write the outcome letter.</translation>
        </message>
        <message>
            <source>%1: the request is refused; write the refusal letter.</source>
            <translation>%1: the request is refused; write the refusal letter.</translation>
        </message>
        <message>
            <source>%1: send the fee notice first (GDPR Art. 12(5)(a)).</source>
            <translation>%1: send the fee notice first (GDPR Art. 12(5)(a)).</translation>
        </message>
        <message>
            <source>%1 has no restriction in force: the notice that a restriction ends is written once the decision to restrict is approved.</source>
            <translation>%1 has no restriction in force: the notice that a restriction ends is written once the decision to restrict is approved.</translation>
        </message>
        <message>
            <source>%1: give the reason the restriction ends and the date from which it ends (today or later).</source>
            <translation>%1: give the reason the restriction ends and the date from which it ends (today or later).</translation>
        </message>
        <message>
            <source>%1: the decision charges no fee.</source>
            <translation>%1: the decision charges no fee.</translation>
        </message>
        <message>
            <source>%1: the letter is empty; nothing was recorded.</source>
            <translation>%1: the letter is empty; nothing was recorded.</translation>
        </message>
        <message>
            <source>%1: say how the letter was sent, e.g. "e-post" or "brev".</source>
            <translation>%1: say how the letter was sent, e.g. "e-post" or "brev".</translation>
        </message>
        <message>
            <source>%1: the %2 letter %3 was already recorded as sent on %4.</source>
            <translation>%1: the %2 letter %3 was already recorded as sent on %4.</translation>
        </message>
        <message>
            <source>%1 cannot close before its outcome letter (or refusal letter) is recorded as sent.</source>
            <translation>%1 cannot close before its outcome letter (or refusal letter) is recorded as sent.</translation>
        </message>
        <message>
            <source>%1 cannot close before its outcome letter is recorded as sent.</source>
            <translation>%1 cannot close before its outcome letter is recorded as sent.</translation>
        </message>
        <message>
            <source>%1 is partly refused: it cannot close before the refusal letter is recorded as sent.</source>
            <translation>%1 is partly refused: it cannot close before the refusal letter is recorded as sent.</translation>
        </message>
        <message>
            <source>The register extract is written in Swedish (sv) or English (en), not "%1".</source>
            <translation>The register extract is written in Swedish (sv) or English (en), not "%1".</translation>
        </message>
        <message>
            <source>%1 is a request for %2; a register extract answers a request for access (or portability).</source>
            <translation>%1 is a request for %2; a register extract answers a request for access (or portability).</translation>
        </message>
        <message>
            <source>%1: the data subject of the case no longer exists.</source>
            <translation>%1: the data subject of the case no longer exists.</translation>
        </message>
        <message>
            <source>The portability export is JSON or CSV; the register extract is the PDF.</source>
            <translation>The portability export is JSON or CSV; the register extract is the PDF.</translation>
        </message>
        <message>
            <source>%1 is a request for %2; the machine-readable export answers a request for portability (GDPR Art. 20).</source>
            <translation>%1 is a request for %2; the machine-readable export answers a request for portability (GDPR Art. 20).</translation>
        </message>
        <message>
            <source>%1 could not be written (%2). Nothing was recorded; choose another place to save it.</source>
            <translation>%1 could not be written (%2). Nothing was recorded; choose another place to save it.</translation>
        </message>
        <message>
            <source>%1: say how it was sent, e.g. "e-post" or "brev".</source>
            <translation>%1: say how it was sent, e.g. "e-post" or "brev".</translation>
        </message>
        <message>
            <source>%1: %2 was already recorded as sent on %3.</source>
            <translation>%1: %2 was already recorded as sent on %3.</translation>
        </message>
        <message>
            <source>%1: the decision must be approved before %2 is sent.</source>
            <translation>%1: the decision must be approved before %2 is sent.</translation>
        </message>
        <message>
            <source>%1: %2 was made before the decision was approved; make it again so that it shows the approved decision, then send that one.</source>
            <translation>%1: %2 was made before the decision was approved; make it again so that it shows the approved decision, then send that one.</translation>
        </message>
        <message>
            <source>The deadline calendar is written in Swedish (sv) or English (en), not "%1".</source>
            <translation>The deadline calendar is written in Swedish (sv) or English (en), not "%1".</translation>
        </message>
        <message>
            <source>a decision is proposed with the assessment of the subject's data (Propose decision on the case's Decision and letters tab, or dsarctl case propose).</source>
            <translation>a decision is proposed with the assessment of the subject's data (Propose decision on the case's Decision and letters tab, or dsarctl case propose).</translation>
        </message>
        <message>
            <source>the DPO approves the proposed decision (Approve decision on the Decision and letters tab, or dsarctl case approve).</source>
            <translation>the DPO approves the proposed decision (Approve decision on the Decision and letters tab, or dsarctl case approve).</translation>
        </message>
        <message>
            <source>a case is answered when its outcome letter is recorded as sent (Mark as sent on the Decision and letters tab, or dsarctl case mark-sent --kind outcome).</source>
            <translation>a case is answered when its outcome letter is recorded as sent (Mark as sent on the Decision and letters tab, or dsarctl case mark-sent --kind outcome).</translation>
        </message>
        <message>
            <source>a refused case ends when its refusal letter is recorded as sent (Mark as sent on the Decision and letters tab, or dsarctl case mark-sent --kind refusal).</source>
            <translation>a refused case ends when its refusal letter is recorded as sent (Mark as sent on the Decision and letters tab, or dsarctl case mark-sent --kind refusal).</translation>
        </message>
        <message>
            <source>closing checks the letters, erasure tasks and notifications (Close case on the Decision and letters tab, or dsarctl case close).</source>
            <translation>closing checks the letters, erasure tasks and notifications (Close case on the Decision and letters tab, or dsarctl case close).</translation>
        </message>
        <message>
            <source>%1: assess the subject's data first (Begin assessment on the Decision and letters tab, or dsarctl case assess %1); the export holds only the items the assessment puts in scope of GDPR Art. 20.</source>
            <translation>%1: assess the subject's data first (Begin assessment on the Decision and letters tab, or dsarctl case assess %1); the export holds only the items the assessment puts in scope of GDPR Art. 20.</translation>
        </message>
        <message>
            <source>%1: no register extract has been made for this case; make it first (Make register extract on the Decision and letters tab, or dsarctl extract %1 --out FILE.pdf).</source>
            <translation>%1: no register extract has been made for this case; make it first (Make register extract on the Decision and letters tab, or dsarctl extract %1 --out FILE.pdf).</translation>
        </message>
        <message>
            <source>%1: no export has been made for this case; make it first (Export data on the Decision and letters tab, or dsarctl export %1 --format json --out FILE).</source>
            <translation>%1: no export has been made for this case; make it first (Export data on the Decision and letters tab, or dsarctl export %1 --format json --out FILE).</translation>
        </message>
        <message>
            <source>%1: no %2 letter has been written for this case; write it first (Write letter on the Decision and letters tab, or dsarctl case letter %1 --kind %3).</source>
            <translation>%1: no %2 letter has been written for this case; write it first (Write letter on the Decision and letters tab, or dsarctl case letter %1 --kind %3).</translation>
        </message>
    </context>
    <context>
        <name>dsar::CaseWindow</name>
        <message>
            <source>Work on the case</source>
            <translation>Work on the case</translation>
        </message>
        <message>
            <source>Why the history is not shown</source>
            <translation>Why the history is not shown</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Case %1</translation>
        </message>
        <message>
            <source>The case could not be read: %1</source>
            <translation>The case could not be read: %1</translation>
        </message>
        <message>
            <source>The history could not be read: %1</source>
            <translation>The history could not be read: %1</translation>
        </message>
        <message>
            <source>&amp;Identification</source>
            <translation>&amp;Identification</translation>
        </message>
        <message>
            <source>&amp;Extension</source>
            <translation>&amp;Extension</translation>
        </message>
        <message>
            <source>Decision and &amp;letters</source>
            <translation>Decision and &amp;letters</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>A&amp;ttachments</source>
            <translation>A&amp;ttachments</translation>
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation>Histor&amp;y</translation>
        </message>
        <message>
            <source>the note or message being written</source>
            <translation>the note or message being written</translation>
        </message>
        <message>
            <source>the reason for asking for identification</source>
            <translation>the reason for asking for identification</translation>
        </message>
        <message>
            <source>the note for the extension</source>
            <translation>the note for the extension</translation>
        </message>
        <message>
            <source>Discard the text?</source>
            <translation>Discard the text?</translation>
        </message>
        <message>
            <source>%1 has text that has not been added to the case: %2.</source>
            <translation>%1 has text that has not been added to the case: %2.</translation>
        </message>
        <message>
            <source>Close the window and discard it?</source>
            <translation>Close the window and discard it?</translation>
        </message>
        <message>
            <source>&amp;Discard and close</source>
            <translation>&amp;Discard and close</translation>
        </message>
        <message>
            <source>&amp;Keep writing</source>
            <translation>&amp;Keep writing</translation>
        </message>
    </context>
    <context>
        <name>dsar::CasesPage</name>
        <message numerus="yes">
            <source>No case in “%1” matches “%2”; %n case(s) among all cases do.</source>
            <translation>
                <numerusform>No case in “%1” matches “%2”; %n case among all cases do.</numerusform>
                <numerusform>No case in “%1” matches “%2”; %n cases among all cases do.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show in &amp;all cases</source>
            <translation>Show in &amp;all cases</translation>
        </message>
        <message>
            <source>No case matches “%1”. The data subject %2 has no case.</source>
            <translation>No case matches “%1”. The data subject %2 has no case.</translation>
        </message>
        <message>
            <source>Show &amp;data subject</source>
            <translation>Show &amp;data subject</translation>
        </message>
        <message>
            <source>No case or data subject matches “%1”. Search by reference, name, e-mail or personnummer.</source>
            <translation>No case or data subject matches “%1”. Search by reference, name, e-mail or personnummer.</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Press Enter to open the selected case.</source>
            <translation>Press Enter to open the selected case.</translation>
        </message>
        <message>
            <source>Case view</source>
            <translation>Case view</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Search result</translation>
        </message>
    </context>
    <context>
        <name>dsar::DashboardExports</name>
        <message>
            <source>Export deadlines to calendar</source>
            <translation>Export deadlines to calendar</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>The deadline calendar could not be made: %1</source>
            <translation>The deadline calendar could not be made: %1</translation>
        </message>
        <message>
            <source>The deadline calendar could not be saved as %1: %2. Choose another folder or file name.</source>
            <translation>The deadline calendar could not be saved as %1: %2. Choose another folder or file name.</translation>
        </message>
        <message numerus="yes">
            <source>Saved the due dates of %n open case(s) in %1. Importing the file again updates the same events instead of adding new ones.</source>
            <translation>
                <numerusform>Saved the due dates of %n open case in %1. Importing the file again updates the same events instead of adding new ones.</numerusform>
                <numerusform>Saved the due dates of %n open cases in %1. Importing the file again updates the same events instead of adding new ones.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Annual report…</source>
            <translation>&amp;Annual report…</translation>
        </message>
        <message>
            <source>The year's requests and what became of them, as PDF to save or print</source>
            <translation>The year's requests and what became of them, as PDF to save or print</translation>
        </message>
        <message>
            <source>Make the annual report</source>
            <translation>Make the annual report</translation>
        </message>
        <message>
            <source>Export deadlines to &amp;calendar…</source>
            <translation>Export deadlines to &amp;calendar…</translation>
        </message>
        <message>
            <source>The open cases' due dates as an iCalendar file (.ics), in the language you choose; no personal data in it</source>
            <translation>The open cases' due dates as an iCalendar file (.ics), in the language you choose; no personal data in it</translation>
        </message>
        <message>
            <source>Export the deadlines to a calendar file</source>
            <translation>Export the deadlines to a calendar file</translation>
        </message>
        <message>
            <source>Opens a menu: choose the calendar's language.</source>
            <translation>Opens a menu: choose the calendar's language.</translation>
        </message>
        <message>
            <source>Language of the calendar</source>
            <translation>Language of the calendar</translation>
        </message>
    </context>
    <context>
        <name>dsar::DashboardWindow</name>
        <message>
            <source>The deadline dashboard: open, due and overdue cases (Ctrl+D)</source>
            <translation>The deadline dashboard: open, due and overdue cases (Ctrl+D)</translation>
        </message>
        <message>
            <source>Deadline dashboard</source>
            <translation>Deadline dashboard</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Compute the figures again (F5)</source>
            <translation>Compute the figures again (F5)</translation>
        </message>
        <message>
            <source>Refresh the figures</source>
            <translation>Refresh the figures</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Deadlines in the coming %n week(s)</source>
            <translation>
                <numerusform>&amp;Deadlines in the coming %n week</numerusform>
                <numerusform>&amp;Deadlines in the coming %n weeks</numerusform>
            </translation>
        </message>
        <message>
            <source>Open cases by &amp;status</source>
            <translation>Open cases by &amp;status</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Open cases by status</source>
            <translation>Open cases by status</translation>
        </message>
        <message>
            <source>Press Enter to show these cases in the case list.</source>
            <translation>Press Enter to show these cases in the case list.</translation>
        </message>
        <message>
            <source>Open cases by r&amp;ight</source>
            <translation>Open cases by r&amp;ight</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Right</translation>
        </message>
        <message>
            <source>Open cases by right</source>
            <translation>Open cases by right</translation>
        </message>
        <message>
            <source>E&amp;xtensions in use</source>
            <translation>E&amp;xtensions in use</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Extensions in use</source>
            <translation>Extensions in use</translation>
        </message>
        <message>
            <source>Press Enter to show the case in the case list.</source>
            <translation>Press Enter to show the case in the case list.</translation>
        </message>
        <message>
            <source>Dashboard problem</source>
            <translation>Dashboard problem</translation>
        </message>
        <message>
            <source>Date of the figures</source>
            <translation>Date of the figures</translation>
        </message>
        <message>
            <source>The figures could not be computed: %1</source>
            <translation>The figures could not be computed: %1</translation>
        </message>
        <message>
            <source>Figures for %1</source>
            <translation>Figures for %1</translation>
        </message>
        <message>
            <source>Press to show these cases in the case list.</source>
            <translation>Press to show these cases in the case list.</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <source>Due within 7 days</source>
            <translation>Due within 7 days</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Breach of GDPR Art. 12(3)</source>
            <translation>Breach of GDPR Art. 12(3)</translation>
        </message>
        <message>
            <source>None past the deadline</source>
            <translation>None past the deadline</translation>
        </message>
        <message>
            <source>Open cases past their due date: each is a breach of the one-month deadline in GDPR Art. 12(3). %1</source>
            <translation>Open cases past their due date: each is a breach of the one-month deadline in GDPR Art. 12(3). %1</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>Extended</translation>
        </message>
        <message>
            <source>Clock stopped</source>
            <translation>Clock stopped</translation>
        </message>
        <message>
            <source>Waiting for the data subject</source>
            <translation>Waiting for the data subject</translation>
        </message>
        <message>
            <source>Decisions awaiting the DPO</source>
            <translation>Decisions awaiting the DPO</translation>
        </message>
        <message>
            <source>Extensions awaiting the DPO</source>
            <translation>Extensions awaiting the DPO</translation>
        </message>
        <message>
            <source>Follow-up erasures due</source>
            <translation>Follow-up erasures due</translation>
        </message>
        <message>
            <source>Kept items past their retain-until date; the gallring list shows them.</source>
            <translation>Kept items past their retain-until date; the gallring list shows them.</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Not available</translation>
        </message>
        <message>
            <source>The follow-ups could not be counted.</source>
            <translation>The follow-ups could not be counted.</translation>
        </message>
        <message>
            <source>Answered on time this month</source>
            <translation>Answered on time this month</translation>
        </message>
        <message>
            <source>Answered on time this year</source>
            <translation>Answered on time this year</translation>
        </message>
        <message>
            <source>Nothing answered yet</source>
            <translation>Nothing answered yet</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>percent</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>%1, median %2 days</source>
            <comment>x of y, median</comment>
            <translation>%1, median %2 days</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>%1. Answered late: %2</source>
            <translation>%1. Answered late: %2</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Awaiting the DPO</source>
            <translation>Awaiting the DPO</translation>
        </message>
        <message>
            <source>No extensions in use</source>
            <translation>No extensions in use</translation>
        </message>
        <message>
            <source>No cases.</source>
            <translation>No cases.</translation>
        </message>
        <message>
            <source>Press to show these cases in the case list: %1</source>
            <translation>Press to show these cases in the case list: %1</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <source>Result of the last report or calendar export</source>
            <translation>Result of the last report or calendar export</translation>
        </message>
    </context>
    <context>
        <name>dsar::DeadlineChart</name>
        <message numerus="yes">
            <source>week of %1: %n case(s) due</source>
            <translation>
                <numerusform>week of %1: %n case due</numerusform>
                <numerusform>week of %1: %n cases due</numerusform>
            </translation>
        </message>
        <message>
            <source>No deadlines to show.</source>
            <translation>No deadlines to show.</translation>
        </message>
        <message>
            <source>Open cases due per week. %1.</source>
            <translation>Open cases due per week. %1.</translation>
        </message>
        <message numerus="yes">
            <source>Deadlines in the coming %n week(s)</source>
            <translation>
                <numerusform>Deadlines in the coming %n week</numerusform>
                <numerusform>Deadlines in the coming %n weeks</numerusform>
            </translation>
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
        <name>dsar::DecisionSection</name>
        <message>
            <source>2. Decision</source>
            <translation>2. Decision</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <source>Ground:</source>
            <translation>Ground:</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Summary:</translation>
        </message>
        <message>
            <source>Reasons:</source>
            <translation>Reasons:</translation>
        </message>
        <message>
            <source>Legal reference:</source>
            <translation>Legal reference:</translation>
        </message>
        <message>
            <source>Facts:</source>
            <translation>Facts:</translation>
        </message>
        <message>
            <source>Fee:</source>
            <translation>Fee:</translation>
        </message>
        <message>
            <source>Balancing of interests:</source>
            <translation>Balancing of interests:</translation>
        </message>
        <message>
            <source>Proposed:</source>
            <translation>Proposed:</translation>
        </message>
        <message>
            <source>Approved:</source>
            <translation>Approved:</translation>
        </message>
        <message>
            <source>State of the decision</source>
            <translation>State of the decision</translation>
        </message>
        <message>
            <source>&amp;Propose decision…</source>
            <translation>&amp;Propose decision…</translation>
        </message>
        <message>
            <source>Propose the decision</source>
            <translation>Propose the decision</translation>
        </message>
        <message>
            <source>Propose the outcome with its reasons for the data protection officer to approve</source>
            <translation>Propose the outcome with its reasons for the data protection officer to approve</translation>
        </message>
        <message>
            <source>Appro&amp;ve decision</source>
            <translation>Appro&amp;ve decision</translation>
        </message>
        <message>
            <source>Approve the decision</source>
            <translation>Approve the decision</translation>
        </message>
        <message>
            <source>The data protection officer's approval: the decision takes effect</source>
            <translation>The data protection officer's approval: the decision takes effect</translation>
        </message>
        <message>
            <source>Result of the last decision step</source>
            <translation>Result of the last decision step</translation>
        </message>
        <message>
            <source>The decision could not be read: %1</source>
            <translation>The decision could not be read: %1</translation>
        </message>
        <message>
            <source>No decision has been proposed yet.</source>
            <translation>No decision has been proposed yet.</translation>
        </message>
        <message>
            <source>Approved by the data protection officer.</source>
            <translation>Approved by the data protection officer.</translation>
        </message>
        <message>
            <source>Proposed; waiting for the data protection officer's approval.</source>
            <translation>Proposed; waiting for the data protection officer's approval.</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>The decision is proposed. It takes effect when the data protection officer approves it.</source>
            <translation>The decision is proposed. It takes effect when the data protection officer approves it.</translation>
        </message>
        <message>
            <source>The decision is approved and takes effect. Carry it out under 3, then write the letter under 4.</source>
            <translation>The decision is approved and takes effect. Carry it out under 3, then write the letter under 4.</translation>
        </message>
    </context>
    <context>
        <name>dsar::DocumentsSection</name>
        <message>
            <source>Register extract (%1)</source>
            <translation>Register extract (%1)</translation>
        </message>
        <message>
            <source>Data export, JSON</source>
            <translation>Data export, JSON</translation>
        </message>
        <message>
            <source>Data export, CSV</source>
            <translation>Data export, CSV</translation>
        </message>
        <message>
            <source>Register extract and data export</source>
            <translation>Register extract and data export</translation>
        </message>
        <message>
            <source>Document id</source>
            <translation>Document id</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Register extracts and exports made for the case</source>
            <translation>Register extracts and exports made for the case</translation>
        </message>
        <message>
            <source>Make register e&amp;xtract</source>
            <translation>Make register e&amp;xtract</translation>
        </message>
        <message>
            <source>Make the register extract as PDF</source>
            <translation>Make the register extract as PDF</translation>
        </message>
        <message>
            <source>GDPR Art. 15: the subject's data and how they are processed, as PDF, in the language you choose</source>
            <translation>GDPR Art. 15: the subject's data and how they are processed, as PDF, in the language you choose</translation>
        </message>
        <message>
            <source>Export data…</source>
            <translation>Export data…</translation>
        </message>
        <message>
            <source>Export the data as JSON or CSV</source>
            <translation>Export the data as JSON or CSV</translation>
        </message>
        <message>
            <source>GDPR Art. 20: the data in scope of portability, machine-readable</source>
            <translation>GDPR Art. 20: the data in scope of portability, machine-readable</translation>
        </message>
        <message>
            <source>Mark as delivered…</source>
            <translation>Mark as delivered…</translation>
        </message>
        <message>
            <source>Mark the latest extract or export as sent</source>
            <translation>Mark the latest extract or export as sent</translation>
        </message>
        <message>
            <source>Record that the latest extract or export was sent to the data subject, and how</source>
            <translation>Record that the latest extract or export was sent to the data subject, and how</translation>
        </message>
        <message>
            <source>Result of the last extract or export step</source>
            <translation>Result of the last extract or export step</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Not sent yet</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>No register extract or export has been made for this case yet.</source>
            <translation>No register extract or export has been made for this case yet.</translation>
        </message>
        <message>
            <source>The extracts could not be read: %1</source>
            <translation>The extracts could not be read: %1</translation>
        </message>
        <message>
            <source>Register extract %1 is made and recorded. Save or print it, send it, then mark it as delivered.</source>
            <translation>Register extract %1 is made and recorded. Save or print it, send it, then mark it as delivered.</translation>
        </message>
        <message>
            <source>Register extract %1</source>
            <translation>Register extract %1</translation>
        </message>
        <message numerus="yes">
            <source>Made %1, %n page(s). DSAR Desk keeps only its SHA-256 (%2), not the extract itself: save or print it now, send it, then mark it as delivered.</source>
            <translation>
                <numerusform>Made %1, %n page. DSAR Desk keeps only its SHA-256 (%2), not the extract itself: save or print it now, send it, then mark it as delivered.</numerusform>
                <numerusform>Made %1, %n pages. DSAR Desk keeps only its SHA-256 (%2), not the extract itself: save or print it now, send it, then mark it as delivered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n item(s) to %1 (%2). Send it, then mark it as delivered.</source>
            <translation>
                <numerusform>Exported %n item to %1 (%2). Send it, then mark it as delivered.</numerusform>
                <numerusform>Exported %n items to %1 (%2). Send it, then mark it as delivered.</numerusform>
            </translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>CSV for spreadsheets (*.csv)</source>
            <translation>CSV for spreadsheets (*.csv)</translation>
        </message>
        <message>
            <source>Export the data</source>
            <translation>Export the data</translation>
        </message>
        <message>
            <source>%1 is recorded as delivered (%2).</source>
            <translation>%1 is recorded as delivered (%2).</translation>
        </message>
        <message>
            <source>Mark as delivered</source>
            <translation>Mark as delivered</translation>
        </message>
        <message>
            <source>How was %1 sent or handed over?</source>
            <translation>How was %1 sent or handed over?</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>letter</translation>
        </message>
        <message>
            <source>secure e-mail</source>
            <translation>secure e-mail</translation>
        </message>
        <message>
            <source>handed over in person</source>
            <translation>handed over in person</translation>
        </message>
    </context>
    <context>
        <name>dsar::ExtensionTab</name>
        <message>
            <source>Request the extension</source>
            <translation>Request the extension</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Reason for the extension</source>
            <translation>Reason for the extension</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>Note: why this case needs more time</source>
            <translation>Note: why this case needs more time</translation>
        </message>
        <message>
            <source>Which data, systems or requests make this case complex</source>
            <translation>Which data, systems or requests make this case complex</translation>
        </message>
        <message>
            <source>Re&amp;quest extension</source>
            <translation>Re&amp;quest extension</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Extension</translation>
        </message>
        <message>
            <source>State of the extension</source>
            <translation>State of the extension</translation>
        </message>
        <message>
            <source>Note given with the extension</source>
            <translation>Note given with the extension</translation>
        </message>
        <message>
            <source>A&amp;pprove extension</source>
            <translation>A&amp;pprove extension</translation>
        </message>
        <message>
            <source>Approve the extension</source>
            <translation>Approve the extension</translation>
        </message>
        <message>
            <source>The data protection officer's approval of the requested extension</source>
            <translation>The data protection officer's approval of the requested extension</translation>
        </message>
        <message>
            <source>Result of the last extension step</source>
            <translation>Result of the last extension step</translation>
        </message>
        <message>
            <source>The extension could not be read: %1</source>
            <translation>The extension could not be read: %1</translation>
        </message>
        <message>
            <source>No extension has been requested.</source>
            <translation>No extension has been requested.</translation>
        </message>
        <message>
            <source>Requested by %1 on %2. Reason: %3.</source>
            <translation>Requested by %1 on %2. Reason: %3.</translation>
        </message>
        <message>
            <source>Approved by %1 on %2. The case is due %3.</source>
            <translation>Approved by %1 on %2. The case is due %3.</translation>
        </message>
        <message>
            <source>Waiting for the data protection officer's approval.</source>
            <translation>Waiting for the data protection officer's approval.</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <source>The extension is requested. It takes effect when the data protection officer approves it.</source>
            <translation>The extension is requested. It takes effect when the data protection officer approves it.</translation>
        </message>
        <message>
            <source>The extension is approved. The case is now due %1.</source>
            <translation>The extension is approved. The case is now due %1.</translation>
        </message>
    </context>
    <context>
        <name>dsar::FigureTile</name>
        <message>
            <source>%1: %2</source>
            <comment>caption: number</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>dsar::GallringWindow</name>
        <message>
            <source>Each holding below is past the last day its processing activity's retention rule allows it to be kept. Have it deleted in the system named, then confirm the erasure here.</source>
            <translation>Each holding below is past the last day its processing activity's retention rule allows it to be kept. Have it deleted in the system named, then confirm the erasure here.</translation>
        </message>
        <message>
            <source>Data subject</source>
            <translation>Data subject</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Retain until</source>
            <translation>Retain until</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Holdings past their retain-until date</source>
            <translation>Holdings past their retain-until date</translation>
        </message>
        <message>
            <source>Confirming that data have been erased needs the role %1. You can see the list and pass it to the systems' owners.</source>
            <translation>Confirming that data have been erased needs the role %1. You can see the list and pass it to the systems' owners.</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>&amp;Confirm erased…</source>
            <translation>&amp;Confirm erased…</translation>
        </message>
        <message>
            <source>Record that the selected holdings have been deleted in their systems</source>
            <translation>Record that the selected holdings have been deleted in their systems</translation>
        </message>
        <message>
            <source>Why nothing was recorded</source>
            <translation>Why nothing was recorded</translation>
        </message>
        <message>
            <source>Retention rule: %1</source>
            <translation>Retention rule: %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>organisation (holdings)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>System: %1 (%2)</source>
            <translation>System: %1 (%2)</translation>
        </message>
        <message>
            <source>Processing activity: %1 (%2)</source>
            <translation>Processing activity: %1 (%2)</translation>
        </message>
        <message>
            <source>Gallring list (%1)</source>
            <translation>Gallring list (%1)</translation>
        </message>
        <message>
            <source>Holdings past their retain-until date: %1</source>
            <translation>Holdings past their retain-until date: %1</translation>
        </message>
        <message>
            <source>No holding is past its retain-until date.</source>
            <translation>No holding is past its retain-until date.</translation>
        </message>
        <message>
            <source>The gallring list could not be read: %1</source>
            <translation>The gallring list could not be read: %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>system (organisation)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Confirm erasure</source>
            <translation>Confirm erasure</translation>
        </message>
        <message>
            <source>Record that the selected holdings (%1) have been deleted?</source>
            <translation>Record that the selected holdings (%1) have been deleted?</translation>
        </message>
        <message>
            <source>This records that the data have been deleted in these systems:
%1

Confirm only after they have been deleted there. The holdings leave the list, and the confirmation is recorded in the audit trail.</source>
            <translation>This records that the data have been deleted in these systems:
%1

Confirm only after they have been deleted there. The holdings leave the list, and the confirmation is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>&amp;Confirm erased</source>
            <translation>&amp;Confirm erased</translation>
        </message>
        <message>
            <source>Nothing was recorded: %1</source>
            <translation>Nothing was recorded: %1</translation>
        </message>
        <message>
            <source>Holdings recorded as erased: %1.</source>
            <translation>Holdings recorded as erased: %1.</translation>
        </message>
        <message>
            <source>Export the gallring list</source>
            <translation>Export the gallring list</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Save the list as CSV for the system owners who delete the data (names the data subjects; the export is logged)</source>
            <translation>Save the list as CSV for the system owners who delete the data (names the data subjects; the export is logged)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n holding(s) to %1.</source>
            <translation>
                <numerusform>Exported %n holding to %1.</numerusform>
                <numerusform>Exported %n holdings to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dsar::HoldingDialog</name>
        <message>
            <source>Edit holding of %1</source>
            <translation>Edit holding of %1</translation>
        </message>
        <message>
            <source>Add holding for %1</source>
            <translation>Add holding for %1</translation>
        </message>
        <message>
            <source>Where the data are kept</source>
            <translation>Where the data are kept</translation>
        </message>
        <message>
            <source>Why the holding was not saved</source>
            <translation>Why the holding was not saved</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Save changes</translation>
        </message>
        <message>
            <source>&amp;Add holding</source>
            <translation>&amp;Add holding</translation>
        </message>
        <message>
            <source>The data</source>
            <translation>The data</translation>
        </message>
        <message>
            <source>Data category</source>
            <translation>Data category</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>The system's name for it, e.g. E-post or Fakturanummer</source>
            <translation>The system's name for it, e.g. E-post or Fakturanummer</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>&amp;Provided by the data subject</source>
            <translation>&amp;Provided by the data subject</translation>
        </message>
        <message>
            <source>Data the subject gave you themselves are covered by the right to data portability.</source>
            <translation>Data the subject gave you themselves are covered by the right to data portability.</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>&amp;Field:</source>
            <translation>&amp;Field:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Value:</translation>
        </message>
        <message>
            <source>Retention (gallring)</source>
            <translation>Retention (gallring)</translation>
        </message>
        <message>
            <source>Has not happened yet</source>
            <translation>Has not happened yet</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translation>Rule:</translation>
        </message>
        <message>
            <source>Counts from:</source>
            <translation>Counts from:</translation>
        </message>
        <message>
            <source>&amp;Date of the event:</source>
            <translation>&amp;Date of the event:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <source>%1 (special category)</source>
            <translation>%1 (special category)</translation>
        </message>
        <message>
            <source>Choose a processing activity: its retention rule decides how long the data are kept.</source>
            <translation>Choose a processing activity: its retention rule decides how long the data are kept.</translation>
        </message>
        <message>
            <source>No event: the rule keeps the data for its stated reason, without a date.</source>
            <translation>No event: the rule keeps the data for its stated reason, without a date.</translation>
        </message>
        <message>
            <source>Choose the organisation and the processing activity the data belong to.</source>
            <translation>Choose the organisation and the processing activity the data belong to.</translation>
        </message>
        <message>
            <source>The holding was not saved: %1</source>
            <translation>The holding was not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>dsar::HoldingImportDialog</name>
        <message>
            <source>Data category</source>
            <translation>Data category</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Provided by the data subject</source>
            <translation>Provided by the data subject</translation>
        </message>
        <message>
            <source>Date of %1</source>
            <translation>Date of %1</translation>
        </message>
        <message>
            <source>Import holdings of %1</source>
            <translation>Import holdings of %1</translation>
        </message>
        <message>
            <source>Why nothing was imported</source>
            <translation>Why nothing was imported</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>File and where its data are kept</source>
            <translation>File and where its data are kept</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>File to import</translation>
        </message>
        <message>
            <source>A .csv file with a header row, or a .json file</source>
            <translation>A .csv file with a header row, or a .json file</translation>
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
            <source>&amp;Map the file's columns (when they have other names)</source>
            <translation>&amp;Map the file's columns (when they have other names)</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Column mapping</translation>
        </message>
        <message>
            <source>Our column</source>
            <translation>Our column</translation>
        </message>
        <message>
            <source>The file's column</source>
            <translation>The file's column</translation>
        </message>
        <message>
            <source>The file's column for %1</source>
            <translation>The file's column for %1</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Preview of the holdings in the file</source>
            <translation>Preview of the holdings in the file</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Provided</source>
            <translation>Provided</translation>
        </message>
        <message>
            <source>Event dates</source>
            <translation>Event dates</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Problems in the file</translation>
        </message>
        <message>
            <source>Import holdings</source>
            <translation>Import holdings</translation>
        </message>
        <message>
            <source>Holdings (*.csv *.json);;All files (*)</source>
            <translation>Holdings (*.csv *.json);;All files (*)</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB; choose the holdings export, or split it.</source>
            <translation>%1 is larger than %2 MB; choose the holdings export, or split it.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 could not be read: %2</translation>
        </message>
        <message>
            <source>%1 (same name)</source>
            <translation>%1 (same name)</translation>
        </message>
        <message>
            <source>– none: no column %1 –</source>
            <translation>– none: no column %1 –</translation>
        </message>
        <message>
            <source>Choose a file to see what it holds.</source>
            <translation>Choose a file to see what it holds.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Rows read: %1.</source>
            <translation>Rows read: %1.</translation>
        </message>
        <message>
            <source>The first %1 are shown.</source>
            <translation>The first %1 are shown.</translation>
        </message>
        <message>
            <source>Columns that will be ignored: %1.</source>
            <translation>Columns that will be ignored: %1.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>Problems found: %1. Nothing is imported until the file (or the mapping) is fixed.</source>
            <translation>Problems found: %1. Nothing is imported until the file (or the mapping) is fixed.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Nothing was imported: %1</translation>
        </message>
        <message>
            <source>Nothing was imported: the file has problems, listed above with their line and column. Fix them and import again.</source>
            <translation>Nothing was imported: the file has problems, listed above with their line and column. Fix them and import again.</translation>
        </message>
    </context>
    <context>
        <name>dsar::HoldingListModel</name>
        <message>
            <source>%1 – due for erasure</source>
            <translation>%1 – due for erasure</translation>
        </message>
        <message>
            <source>until the project ends, and %1 more</source>
            <translation>until the project ends, and %1 more</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>period anchor: 2 years after collection</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>kept for a stated reason: reason</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>rule (legal reference)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Provided by the data subject (covered by data portability)</source>
            <translation>Provided by the data subject (covered by data portability)</translation>
        </message>
        <message>
            <source>Not provided by the data subject</source>
            <translation>Not provided by the data subject</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>legal basis: note</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1
Rule: %2</source>
            <translation>%1
Rule: %2</translation>
        </message>
        <message>
            <source>Whether the data subject provided the data (the right to data portability covers them)</source>
            <translation>Whether the data subject provided the data (the right to data portability covers them)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Processing activity</source>
            <translation>Processing activity</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>From subject</source>
            <translation>From subject</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Retain until</source>
            <translation>Retain until</translation>
        </message>
    </context>
    <context>
        <name>dsar::HoldingTreeModel</name>
        <message>
            <source>%1 (%2)</source>
            <comment>organisation (holdings)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>System: %1 (%2)</source>
            <translation>System: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>dsar::IdentificationTab</name>
        <message>
            <source>Ask for identification or clarification</source>
            <translation>Ask for identification or clarification</translation>
        </message>
        <message>
            <source>As&amp;k for:</source>
            <translation>As&amp;k for:</translation>
        </message>
        <message>
            <source>What to ask the data subject for</source>
            <translation>What to ask the data subject for</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Reason: why identity is in doubt, or what needs clarifying</source>
            <translation>Reason: why identity is in doubt, or what needs clarifying</translation>
        </message>
        <message>
            <source>Why identity is in doubt, or what in the request needs clarifying</source>
            <translation>Why identity is in doubt, or what in the request needs clarifying</translation>
        </message>
        <message>
            <source>Sent &amp;on:</source>
            <translation>Sent &amp;on:</translation>
        </message>
        <message>
            <source>Date the request was sent</source>
            <translation>Date the request was sent</translation>
        </message>
        <message>
            <source>Record re&amp;quest</source>
            <translation>Record re&amp;quest</translation>
        </message>
        <message>
            <source>Record the request for identification or clarification</source>
            <translation>Record the request for identification or clarification</translation>
        </message>
        <message>
            <source>Record the answer</source>
            <translation>Record the answer</translation>
        </message>
        <message>
            <source>Request waiting for an answer</source>
            <translation>Request waiting for an answer</translation>
        </message>
        <message>
            <source>Answer arri&amp;ved:</source>
            <translation>Answer arri&amp;ved:</translation>
        </message>
        <message>
            <source>Date the answer arrived</source>
            <translation>Date the answer arrived</translation>
        </message>
        <message>
            <source>Res&amp;ult:</source>
            <translation>Res&amp;ult:</translation>
        </message>
        <message>
            <source>What the answer showed</source>
            <translation>What the answer showed</translation>
        </message>
        <message>
            <source>Metho&amp;d:</source>
            <translation>Metho&amp;d:</translation>
        </message>
        <message>
            <source>How identity was established</source>
            <translation>How identity was established</translation>
        </message>
        <message>
            <source>Choose how identity was established</source>
            <translation>Choose how identity was established</translation>
        </message>
        <message>
            <source>Record ans&amp;wer</source>
            <translation>Record ans&amp;wer</translation>
        </message>
        <message>
            <source>Requests and answers so far:</source>
            <translation>Requests and answers so far:</translation>
        </message>
        <message>
            <source>Requests for identification or clarification and their answers</source>
            <translation>Requests for identification or clarification and their answers</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>Asked for</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Close as identity not con&amp;firmed…</source>
            <translation>Close as identity not con&amp;firmed…</translation>
        </message>
        <message>
            <source>Close the case as identity not confirmed</source>
            <translation>Close the case as identity not confirmed</translation>
        </message>
        <message>
            <source>For a data subject who never confirmed their identity after the wait</source>
            <translation>For a data subject who never confirmed their identity after the wait</translation>
        </message>
        <message>
            <source>Result of the last identification step</source>
            <translation>Result of the last identification step</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>The requests for identification could not be read: %1</source>
            <translation>The requests for identification could not be read: %1</translation>
        </message>
        <message>
            <source>Waiting for the answer to: %1, sent on %2.</source>
            <translation>Waiting for the answer to: %1, sent on %2.</translation>
        </message>
        <message>
            <source>No request is waiting for an answer.</source>
            <translation>No request is waiting for an answer.</translation>
        </message>
        <message>
            <source>Record the data subject's answer: a confirmed identity moves the case on.</source>
            <translation>Record the data subject's answer: a confirmed identity moves the case on.</translation>
        </message>
        <message>
            <source>Record the request for identification or clarification: the case then waits for the answer.</source>
            <translation>Record the request for identification or clarification: the case then waits for the answer.</translation>
        </message>
        <message>
            <source>The request is recorded. The clock is stopped until the answer is recorded.</source>
            <translation>The request is recorded. The clock is stopped until the answer is recorded.</translation>
        </message>
        <message>
            <source>The request is recorded, but it stops no clock: see the warning at the top.</source>
            <translation>The request is recorded, but it stops no clock: see the warning at the top.</translation>
        </message>
        <message>
            <source>The answer is recorded and the deadlines are computed again. The case is "%1".</source>
            <translation>The answer is recorded and the deadlines are computed again. The case is "%1".</translation>
        </message>
        <message>
            <source>Close as identity not confirmed?</source>
            <translation>Close as identity not confirmed?</translation>
        </message>
        <message>
            <source>Close %1 as "identity not confirmed"?</source>
            <translation>Close %1 as "identity not confirmed"?</translation>
        </message>
        <message>
            <source>The case ends and can no longer change. Do this only when the data subject has not answered the request for identification, also after a reminder. Tell the data subject that the case is closed, with their right to complain to IMY and to go to court.</source>
            <translation>The case ends and can no longer change. Do this only when the data subject has not answered the request for identification, also after a reminder. Tell the data subject that the case is closed, with their right to complain to IMY and to go to court.</translation>
        </message>
        <message>
            <source>&amp;Close the case</source>
            <translation>&amp;Close the case</translation>
        </message>
        <message>
            <source>The case is closed as "%1".</source>
            <translation>The case is closed as "%1".</translation>
        </message>
    </context>
    <context>
        <name>dsar::LegalBasesEditor</name>
        <message>
            <source>Note on %1</source>
            <translation>Note on %1</translation>
        </message>
        <message>
            <source>The interest weighed, e.g. keeping in touch with customers</source>
            <translation>The interest weighed, e.g. keeping in touch with customers</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Note (optional)</translation>
        </message>
    </context>
    <context>
        <name>dsar::LetterDialog</name>
        <message>
            <source>Write a letter for %1</source>
            <translation>Write a letter for %1</translation>
        </message>
        <message>
            <source>The letter is written from the organisation's template for its kind, with the case's facts. Its document id and SHA-256 are recorded as soon as it is written.</source>
            <translation>The letter is written from the organisation's template for its kind, with the case's facts. Its document id and SHA-256 are recorded as soon as it is written.</translation>
        </message>
        <message>
            <source>About writing a letter</source>
            <translation>About writing a letter</translation>
        </message>
        <message>
            <source>Kind of letter</source>
            <translation>Kind of letter</translation>
        </message>
        <message>
            <source>Language of the letter</source>
            <translation>Language of the letter</translation>
        </message>
        <message>
            <source>Why the restriction ends</source>
            <translation>Why the restriction ends</translation>
        </message>
        <message>
            <source>e.g. the accuracy of the data has been checked and confirmed</source>
            <translation>e.g. the accuracy of the data has been checked and confirmed</translation>
        </message>
        <message>
            <source>Date from which the restriction ends</source>
            <translation>Date from which the restriction ends</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Reason it ends:</source>
            <translation>&amp;Reason it ends:</translation>
        </message>
        <message>
            <source>Ends &amp;from:</source>
            <translation>Ends &amp;from:</translation>
        </message>
        <message>
            <source>Why the letter was not written</source>
            <translation>Why the letter was not written</translation>
        </message>
        <message>
            <source>&amp;Write and preview</source>
            <translation>&amp;Write and preview</translation>
        </message>
    </context>
    <context>
        <name>dsar::LetterPreviewDialog</name>
        <message>
            <source>Letter %1</source>
            <translation>Letter %1</translation>
        </message>
        <message>
            <source>%1, written %2. DSAR Desk keeps only the letter's SHA-256 (%3), not the letter itself: save or print it now, send it, then mark it as sent.</source>
            <translation>%1, written %2. DSAR Desk keeps only the letter's SHA-256 (%3), not the letter itself: save or print it now, send it, then mark it as sent.</translation>
        </message>
    </context>
    <context>
        <name>dsar::LettersSection</name>
        <message>
            <source>4. Letters and closing</source>
            <translation>4. Letters and closing</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Document id</source>
            <translation>Document id</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Written</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Letters written for the case</source>
            <translation>Letters written for the case</translation>
        </message>
        <message>
            <source>&amp;Write letter…</source>
            <translation>&amp;Write letter…</translation>
        </message>
        <message>
            <source>Write a letter</source>
            <translation>Write a letter</translation>
        </message>
        <message>
            <source>Write a letter from the organisation's template and see it as PDF</source>
            <translation>Write a letter from the organisation's template and see it as PDF</translation>
        </message>
        <message>
            <source>Mar&amp;k as sent…</source>
            <translation>Mar&amp;k as sent…</translation>
        </message>
        <message>
            <source>Mark a letter as sent</source>
            <translation>Mark a letter as sent</translation>
        </message>
        <message>
            <source>Record that a written letter was sent to the data subject, and how</source>
            <translation>Record that a written letter was sent to the data subject, and how</translation>
        </message>
        <message>
            <source>Cl&amp;ose case…</source>
            <translation>Cl&amp;ose case…</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <source>Close the case once the answer is sent and the decision is carried out</source>
            <translation>Close the case once the answer is sent and the decision is carried out</translation>
        </message>
        <message>
            <source>Result of the last letter step</source>
            <translation>Result of the last letter step</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Not sent yet</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>No letter has been written for this case yet.</source>
            <translation>No letter has been written for this case yet.</translation>
        </message>
        <message>
            <source>The letters could not be read: %1</source>
            <translation>The letters could not be read: %1</translation>
        </message>
        <message>
            <source>Letter %1 is written and recorded. Save or print it, send it, then mark it as sent.</source>
            <translation>Letter %1 is written and recorded. Save or print it, send it, then mark it as sent.</translation>
        </message>
        <message>
            <source>Marked as sent: %1.</source>
            <translation>Marked as sent: %1.</translation>
        </message>
        <message>
            <source>Close %1?</source>
            <translation>Close %1?</translation>
        </message>
        <message>
            <source>A closed case cannot be worked on any more.</source>
            <translation>A closed case cannot be worked on any more.</translation>
        </message>
        <message>
            <source>C&amp;lose case</source>
            <translation>C&amp;lose case</translation>
        </message>
        <message>
            <source>The case is closed.</source>
            <translation>The case is closed.</translation>
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
dsarctl --db "%1" --user %2 controller add --name "NAME"
then press F5 to refresh.</source>
            <translation>This database has no organisations yet, so no request can be registered. Add each organisation whose requests you handle with:
dsarctl --db "%1" --user %2 controller add --name "NAME"
then press F5 to refresh.</translation>
        </message>
        <message>
            <source>This database has no organisations yet, so no request can be registered. Ask an administrator to add them (dsarctl controller add), then press F5 to refresh.</source>
            <translation>This database has no organisations yet, so no request can be registered. Ask an administrator to add them (dsarctl controller add), then press F5 to refresh.</translation>
        </message>
        <message>
            <source>Re&amp;gister</source>
            <translation>Re&amp;gister</translation>
        </message>
        <message>
            <source>The organisations' processing activities (GDPR Art. 30)</source>
            <translation>The organisations' processing activities (GDPR Art. 30)</translation>
        </message>
        <message>
            <source>What the organisations hold about each data subject</source>
            <translation>What the organisations hold about each data subject</translation>
        </message>
        <message>
            <source>Needs the role %1.</source>
            <translation>Needs the role %1.</translation>
        </message>
        <message>
            <source>Holdings past their retain-until date</source>
            <translation>Holdings past their retain-until date</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Open case</translation>
        </message>
        <message>
            <source>Open the selected case to work on it (Ctrl+O, or Enter in the list)</source>
            <translation>Open the selected case to work on it (Ctrl+O, or Enter in the list)</translation>
        </message>
        <message>
            <source>%1 – DSAR Desk</source>
            <translation>%1 – DSAR Desk</translation>
        </message>
        <message>
            <source>&amp;Cases</source>
            <translation>&amp;Cases</translation>
        </message>
        <message>
            <source>The case list and its saved views</source>
            <translation>The case list and its saved views</translation>
        </message>
        <message>
            <source>&amp;Processing register</source>
            <translation>&amp;Processing register</translation>
        </message>
        <message>
            <source>&amp;Data subjects and holdings</source>
            <translation>&amp;Data subjects and holdings</translation>
        </message>
        <message>
            <source>&amp;Gallring list</source>
            <translation>&amp;Gallring list</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Reading the cases…</source>
            <translation>Reading the cases…</translation>
        </message>
    </context>
    <context>
        <name>dsar::MarkSentDialog</name>
        <message>
            <source>Mark a letter of %1 as sent</source>
            <translation>Mark a letter of %1 as sent</translation>
        </message>
        <message>
            <source>Letter sent</source>
            <translation>Letter sent</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>letter kind (document id)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>letter</translation>
        </message>
        <message>
            <source>How the letter was sent</source>
            <translation>How the letter was sent</translation>
        </message>
        <message>
            <source>&amp;Letter:</source>
            <translation>&amp;Letter:</translation>
        </message>
        <message>
            <source>Sent &amp;by:</source>
            <translation>Sent &amp;by:</translation>
        </message>
        <message>
            <source>Why the letter was not marked as sent</source>
            <translation>Why the letter was not marked as sent</translation>
        </message>
        <message>
            <source>&amp;Mark as sent</source>
            <translation>&amp;Mark as sent</translation>
        </message>
        <message>
            <source>Every letter written for this case is already marked as sent.</source>
            <translation>Every letter written for this case is already marked as sent.</translation>
        </message>
    </context>
    <context>
        <name>dsar::NavigationPane</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>A saved view of the case list and how many cases it holds, e.g. "Overdue (3)".</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>The saved views of the case list and the other parts of DSAR Desk</source>
            <translation>The saved views of the case list and the other parts of DSAR Desk</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Data subjects</source>
            <translation>Data subjects</translation>
        </message>
        <message>
            <source>Processing register</source>
            <translation>Processing register</translation>
        </message>
        <message>
            <source>Gallring list</source>
            <translation>Gallring list</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
    </context>
    <context>
        <name>dsar::NoteTable</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>%1 (Stockholm time)</source>
            <translation>%1 (Stockholm time)</translation>
        </message>
        <message>
            <source>To the subject</source>
            <translation>To the subject</translation>
        </message>
        <message>
            <source>From the subject</source>
            <translation>From the subject</translation>
        </message>
    </context>
    <context>
        <name>dsar::NotesTab</name>
        <message>
            <source>Internal notes (staff only, never sent)</source>
            <translation>Internal notes (staff only, never sent)</translation>
        </message>
        <message>
            <source>Internal notes</source>
            <translation>Internal notes</translation>
        </message>
        <message>
            <source>Messages to and from the data subject</source>
            <translation>Messages to and from the data subject</translation>
        </message>
        <message>
            <source>Why the notes are not shown</source>
            <translation>Why the notes are not shown</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Write</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Kind of note</source>
            <translation>Kind of note</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <source>Text of the note</source>
            <translation>Text of the note</translation>
        </message>
        <message>
            <source>Result of adding the note</source>
            <translation>Result of adding the note</translation>
        </message>
        <message>
            <source>A&amp;dd note</source>
            <translation>A&amp;dd note</translation>
        </message>
        <message>
            <source>A&amp;dd message</source>
            <translation>A&amp;dd message</translation>
        </message>
        <message>
            <source>Add the internal note</source>
            <translation>Add the internal note</translation>
        </message>
        <message>
            <source>Add the message</source>
            <translation>Add the message</translation>
        </message>
        <message>
            <source>Adds the text to the case (Ctrl+Enter)</source>
            <translation>Adds the text to the case (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>The notes could not be read: %1</source>
            <translation>The notes could not be read: %1</translation>
        </message>
        <message>
            <source>The internal note is added.</source>
            <translation>The internal note is added.</translation>
        </message>
        <message>
            <source>The message is added.</source>
            <translation>The message is added.</translation>
        </message>
    </context>
    <context>
        <name>dsar::NotificationDialog</name>
        <message>
            <source>Notification of %1</source>
            <translation>Notification of %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>recipient (role)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>letter</translation>
        </message>
        <message>
            <source>system integration</source>
            <translation>system integration</translation>
        </message>
        <message>
            <source>How the recipient was notified</source>
            <translation>How the recipient was notified</translation>
        </message>
        <message>
            <source>Date notified</source>
            <translation>Date notified</translation>
        </message>
        <message>
            <source>Why the recipient was not notified</source>
            <translation>Why the recipient was not notified</translation>
        </message>
        <message>
            <source>Why notifying this recipient is impossible or would take disproportionate effort</source>
            <translation>Why notifying this recipient is impossible or would take disproportionate effort</translation>
        </message>
        <message>
            <source>Recipient:</source>
            <translation>Recipient:</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>&amp;Result:</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Method:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>Rea&amp;son:</translation>
        </message>
        <message>
            <source>Why the notification was not recorded</source>
            <translation>Why the notification was not recorded</translation>
        </message>
        <message>
            <source>Re&amp;cord</source>
            <translation>Re&amp;cord</translation>
        </message>
    </context>
    <context>
        <name>dsar::OrganisationDialog</name>
        <message>
            <source>Organisation: %1</source>
            <translation>Organisation: %1</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>New organisation</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Organisation n&amp;umber:</source>
            <translation>Organisation n&amp;umber:</translation>
        </message>
        <message>
            <source>NNNNNN-NNNN</source>
            <translation>NNNNNN-NNNN</translation>
        </message>
        <message>
            <source>&amp;Postal address:</source>
            <translation>&amp;Postal address:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <source>&amp;Data protection officer:</source>
            <translation>&amp;Data protection officer:</translation>
        </message>
        <message>
            <source>e.g. dataskyddsombud@example.se</source>
            <translation>e.g. dataskyddsombud@example.se</translation>
        </message>
        <message>
            <source>Supervisory &amp;authority:</source>
            <translation>Supervisory &amp;authority:</translation>
        </message>
        <message>
            <source>Empty: %1</source>
            <translation>Empty: %1</translation>
        </message>
        <message>
            <source>&amp;Joint controllership:</source>
            <translation>&amp;Joint controllership:</translation>
        </message>
        <message>
            <source>The joint arrangement (GDPR Art. 26), if any, e.g. the group's name</source>
            <translation>The joint arrangement (GDPR Art. 26), if any, e.g. the group's name</translation>
        </message>
        <message>
            <source>Why the organisation was not saved</source>
            <translation>Why the organisation was not saved</translation>
        </message>
        <message>
            <source>The organisation was not saved: %1</source>
            <translation>The organisation was not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>dsar::PdfPreviewDialog</name>
        <message>
            <source>About the document</source>
            <translation>About the document</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>%1 as PDF</source>
            <translation>%1 as PDF</translation>
        </message>
        <message>
            <source>Result of saving or printing</source>
            <translation>Result of saving or printing</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <source>Save %1 as PDF</source>
            <translation>Save %1 as PDF</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Print %1</translation>
        </message>
        <message>
            <source>Close the preview</source>
            <translation>Close the preview</translation>
        </message>
        <message>
            <source>%1 could not be saved as %2: %3</source>
            <translation>%1 could not be saved as %2: %3</translation>
        </message>
        <message>
            <source>%1 could not be read for printing. Save it and print the PDF file instead.</source>
            <translation>%1 could not be read for printing. Save it and print the PDF file instead.</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is connected, or save the document.</source>
            <translation>The printer could not be started. Check that it is connected, or save the document.</translation>
        </message>
        <message>
            <source>The printer stopped after page %1.</source>
            <translation>The printer stopped after page %1.</translation>
        </message>
        <message>
            <source>%1 could not be printed.</source>
            <translation>%1 could not be printed.</translation>
        </message>
        <message>
            <source>Save %1</source>
            <translation>Save %1</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>Saved as %1.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Sent to the printer.</translation>
        </message>
    </context>
    <context>
        <name>dsar::ProposalDialog</name>
        <message>
            <source>Propose the decision on %1</source>
            <translation>Propose the decision on %1</translation>
        </message>
        <message>
            <source>Why the decision was not proposed</source>
            <translation>Why the decision was not proposed</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>&amp;Propose</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Ground of the decision</source>
            <translation>Ground of the decision</translation>
        </message>
        <message>
            <source>Summary: the decision in words for the data subject</source>
            <translation>Summary: the decision in words for the data subject</translation>
        </message>
        <message>
            <source>What the data subject is told, e.g. which data are erased and which are kept</source>
            <translation>What the data subject is told, e.g. which data are erased and which are kept</translation>
        </message>
        <message>
            <source>Reasons for a refusal</source>
            <translation>Reasons for a refusal</translation>
        </message>
        <message>
            <source>For a refusal: the specific reasons (GDPR Art. 12(4))</source>
            <translation>For a refusal: the specific reasons (GDPR Art. 12(4))</translation>
        </message>
        <message>
            <source>Legal reference of the decision</source>
            <translation>Legal reference of the decision</translation>
        </message>
        <message>
            <source>For a refusal, e.g. GDPR Art. 12(5)(b)</source>
            <translation>For a refusal, e.g. GDPR Art. 12(5)(b)</translation>
        </message>
        <message>
            <source>Documented facts</source>
            <translation>Documented facts</translation>
        </message>
        <message>
            <source>For a manifestly unfounded or excessive request: the facts that show it</source>
            <translation>For a manifestly unfounded or excessive request: the facts that show it</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Fee</translation>
        </message>
        <message>
            <source>e.g. 350 kr</source>
            <translation>e.g. 350 kr</translation>
        </message>
        <message>
            <source>Balancing of interests</source>
            <translation>Balancing of interests</translation>
        </message>
        <message>
            <source>For an objection on grounds of a particular situation: the balancing of interests for this person (GDPR Art. 21(1))</source>
            <translation>For an objection on grounds of a particular situation: the balancing of interests for this person (GDPR Art. 21(1))</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>&amp;Ground:</source>
            <translation>&amp;Ground:</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Summary:</translation>
        </message>
        <message>
            <source>&amp;Reasons:</source>
            <translation>&amp;Reasons:</translation>
        </message>
        <message>
            <source>&amp;Legal reference:</source>
            <translation>&amp;Legal reference:</translation>
        </message>
        <message>
            <source>&amp;Facts:</source>
            <translation>&amp;Facts:</translation>
        </message>
        <message>
            <source>F&amp;ee:</source>
            <translation>F&amp;ee:</translation>
        </message>
        <message>
            <source>&amp;Balancing:</source>
            <translation>&amp;Balancing:</translation>
        </message>
        <message>
            <source>The earlier requests could not be read: %1</source>
            <translation>The earlier requests could not be read: %1</translation>
        </message>
        <message>
            <source>The data subject has made no earlier request.</source>
            <translation>The data subject has made no earlier request.</translation>
        </message>
        <message>
            <source>Earlier requests from the data subject:</source>
            <translation>Earlier requests from the data subject:</translation>
        </message>
        <message>
            <source>- %1, received %2: %3 (%4)</source>
            <translation>- %1, received %2: %3 (%4)</translation>
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
        <name>dsar::RegisterWindow</name>
        <message>
            <source>Processing register</source>
            <translation>Processing register</translation>
        </message>
        <message>
            <source>You can read the processing register; only an administrator can change it.</source>
            <translation>You can read the processing register; only an administrator can change it.</translation>
        </message>
        <message>
            <source>Ne&amp;w activity</source>
            <translation>Ne&amp;w activity</translation>
        </message>
        <message>
            <source>Add a processing activity to this organisation</source>
            <translation>Add a processing activity to this organisation</translation>
        </message>
        <message>
            <source>Remo&amp;ve…</source>
            <translation>Remo&amp;ve…</translation>
        </message>
        <message>
            <source>Remove this processing activity from the register</source>
            <translation>Remove this processing activity from the register</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>Rever&amp;t</translation>
        </message>
        <message>
            <source>Throw away the changes since the last save</source>
            <translation>Throw away the changes since the last save</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save the processing activity (Ctrl+S)</source>
            <translation>Save the processing activity (Ctrl+S)</translation>
        </message>
        <message>
            <source>Why the processing activity was not saved</source>
            <translation>Why the processing activity was not saved</translation>
        </message>
        <message>
            <source>The processing activity was not saved: %1</source>
            <translation>The processing activity was not saved: %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Remove the processing activity?</source>
            <translation>Remove the processing activity?</translation>
        </message>
        <message>
            <source>Remove the processing activity "%1" from the register of %2? This cannot be undone.</source>
            <translation>Remove the processing activity "%1" from the register of %2? This cannot be undone.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>The processing activity was not removed: %1</source>
            <translation>The processing activity was not removed: %1</translation>
        </message>
        <message>
            <source>Removed "%1".</source>
            <translation>Removed "%1".</translation>
        </message>
        <message>
            <source>New processing activity</source>
            <translation>New processing activity</translation>
        </message>
        <message>
            <source>Save the changes?</source>
            <translation>Save the changes?</translation>
        </message>
        <message>
            <source>The processing activity "%1" has changes that are not saved. Save them before you go on?</source>
            <translation>The processing activity "%1" has changes that are not saved. Save them before you go on?</translation>
        </message>
        <message>
            <source>No organisations yet</source>
            <translation>No organisations yet</translation>
        </message>
        <message>
            <source>Add the first organisation with "New organisation…".</source>
            <translation>Add the first organisation with "New organisation…".</translation>
        </message>
        <message>
            <source>Ask an administrator to add the organisations.</source>
            <translation>Ask an administrator to add the organisations.</translation>
        </message>
        <message>
            <source>No processing activity chosen</source>
            <translation>No processing activity chosen</translation>
        </message>
        <message>
            <source>Choose one in the list, or add one with "New activity".</source>
            <translation>Choose one in the list, or add one with "New activity".</translation>
        </message>
        <message>
            <source>Choose one in the list.</source>
            <translation>Choose one in the list.</translation>
        </message>
        <message>
            <source>Processing activity of %1</source>
            <translation>Processing activity of %1</translation>
        </message>
    </context>
    <context>
        <name>dsar::ReminderBanner</name>
        <message>
            <source>The reminders could not be read: %1</source>
            <translation>The reminders could not be read: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) overdue, a breach of GDPR Art. 12(3)</source>
            <translation>
                <numerusform>%n case overdue, a breach of GDPR Art. 12(3)</numerusform>
                <numerusform>%n cases overdue, a breach of GDPR Art. 12(3)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) due by %1 (%2 working days)</source>
            <translation>
                <numerusform>%n case due by %1 (%2 working days)</numerusform>
                <numerusform>%n cases due by %1 (%2 working days)</numerusform>
            </translation>
        </message>
        <message>
            <source>Reminder: %1.</source>
            <translation>Reminder: %1.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>DSAR Desk</source>
            <translation>DSAR Desk</translation>
        </message>
        <message>
            <source>Reminder of deadlines</source>
            <translation>Reminder of deadlines</translation>
        </message>
        <message>
            <source>Show these cases</source>
            <translation>Show these cases</translation>
        </message>
        <message>
            <source>Show the reminded cases in the list</source>
            <translation>Show the reminded cases in the list</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <source>Hide the reminder until the next change</source>
            <translation>Hide the reminder until the next change</translation>
        </message>
    </context>
    <context>
        <name>dsar::RetentionRuleEditor</name>
        <message>
            <source>%1: %2</source>
            <comment>kept for a stated reason: reason</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1, then %2 more</source>
            <comment>until the project ends, then 6 months more</comment>
            <translation>%1, then %2 more</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>2 years after collection</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>rule (legal reference)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Starting po&amp;int:</source>
            <translation>Starting po&amp;int:</translation>
        </message>
        <message>
            <source>When the retention period starts</source>
            <translation>When the retention period starts</translation>
        </message>
        <message>
            <source>Choose when the period starts…</source>
            <translation>Choose when the period starts…</translation>
        </message>
        <message>
            <source>Pe&amp;riod:</source>
            <translation>Pe&amp;riod:</translation>
        </message>
        <message>
            <source>Length of the retention period</source>
            <translation>Length of the retention period</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Unit of the retention period</source>
            <translation>Unit of the retention period</translation>
        </message>
        <message>
            <source>&amp;Legal reference:</source>
            <translation>&amp;Legal reference:</translation>
        </message>
        <message>
            <source>Legal reference</source>
            <translation>Legal reference</translation>
        </message>
        <message>
            <source>Where the law sets the period, e.g. BFL 7 kap. 2 §; empty if you chose it</source>
            <translation>Where the law sets the period, e.g. BFL 7 kap. 2 §; empty if you chose it</translation>
        </message>
        <message>
            <source>Re&amp;ason:</source>
            <translation>Re&amp;ason:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Required when kept for a stated reason; otherwise optional</source>
            <translation>Required when kept for a stated reason; otherwise optional</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translation>Rule:</translation>
        </message>
        <message>
            <source>The retention rule in words</source>
            <translation>The retention rule in words</translation>
        </message>
        <message>
            <source>Example:</source>
            <translation>Example:</translation>
        </message>
        <message>
            <source>Example of the retention rule</source>
            <translation>Example of the retention rule</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <source>years</source>
            <translation>years</translation>
        </message>
        <message>
            <source>The stored rule "%1" cannot be read: %2</source>
            <translation>The stored rule "%1" cannot be read: %2</translation>
        </message>
        <message>
            <source>Choose when the retention period starts.</source>
            <translation>Choose when the retention period starts.</translation>
        </message>
        <message>
            <source>%1 on %2 → %3</source>
            <comment>the end of the project on 2027-03-10 → Kept until 2028-03-10</comment>
            <translation>%1 on %2 → %3</translation>
        </message>
    </context>
    <context>
        <name>dsar::SettingsDialog</name>
        <message>
            <source>The settings could not be read: %1</source>
            <translation>The settings could not be read: %1</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: %n value(s) refused, see the message under each.</source>
            <translation>
                <numerusform>Nothing was saved: %n value refused, see the message under each.</numerusform>
                <numerusform>Nothing was saved: %n values refused, see the message under each.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1. %n value(s) refused, see the message under each.</source>
            <translation>
                <numerusform>Saved %1. %n value refused, see the message under each.</numerusform>
                <numerusform>Saved %1. %n values refused, see the message under each.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the changes?</source>
            <translation>Save the changes?</translation>
        </message>
        <message>
            <source>Some settings have changes that are not saved. Save them before closing?</source>
            <translation>Some settings have changes that are not saved. Save them before closing?</translation>
        </message>
        <message>
            <source>Changed, not saved yet</source>
            <translation>Changed, not saved yet</translation>
        </message>
        <message>
            <source>Default value</source>
            <translation>Default value</translation>
        </message>
        <message>
            <source>Set for this organisation</source>
            <translation>Set for this organisation</translation>
        </message>
        <message>
            <source>Settings[*]</source>
            <translation>Settings[*]</translation>
        </message>
        <message>
            <source>These settings apply to everyone who uses this database. Each value is checked when you save; every change is recorded in the audit trail.</source>
            <translation>These settings apply to everyone who uses this database. Each value is checked when you save; every change is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>These settings apply to everyone who uses this database.</source>
            <translation>These settings apply to everyone who uses this database.</translation>
        </message>
        <message>
            <source>Read only: only the role %1 may change the settings, and you are signed in as %2. The values shown are the ones in force.</source>
            <translation>Read only: only the role %1 may change the settings, and you are signed in as %2. The values shown are the ones in force.</translation>
        </message>
        <message>
            <source>Problem with the settings</source>
            <translation>Problem with the settings</translation>
        </message>
        <message>
            <source>Value of %1</source>
            <translation>Value of %1</translation>
        </message>
        <message>
            <source>Problem with %1</source>
            <translation>Problem with %1</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save the changed settings</source>
            <translation>Save the changed settings</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Close without saving</translation>
        </message>
        <message>
            <source>Close the settings</source>
            <translation>Close the settings</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>The organisation's settings: deadlines, reminders, retention (Ctrl+,)</source>
            <translation>The organisation's settings: deadlines, reminders, retention (Ctrl+,)</translation>
        </message>
    </context>
    <context>
        <name>dsar::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Open the selected case</source>
            <translation>Open the selected case</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Move in the navigation and the lists</source>
            <translation>Move in the navigation and the lists</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Arrow keys</translation>
        </message>
        <message>
            <source>Go to the next part of the window</source>
            <translation>Go to the next part of the window</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Press a button or tick a box</source>
            <translation>Press a button or tick a box</translation>
        </message>
        <message>
            <source>Space, or Alt and the underlined letter</source>
            <translation>Space, or Alt and the underlined letter</translation>
        </message>
        <message>
            <source>Close a dialog without saving (it asks when something was typed)</source>
            <translation>Close a dialog without saving (it asks when something was typed)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
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
        <name>dsar::SubjectList</name>
        <message>
            <source>Search name, e-mail or personnummer</source>
            <translation>Search name, e-mail or personnummer</translation>
        </message>
        <message>
            <source>Search data subjects</source>
            <translation>Search data subjects</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Personnummer</source>
            <translation>Personnummer</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Data subjects</source>
            <translation>Data subjects</translation>
        </message>
    </context>
    <context>
        <name>dsar::SubjectsWindow</name>
        <message>
            <source>Data subjects and holdings</source>
            <translation>Data subjects and holdings</translation>
        </message>
        <message>
            <source>Personnummer:</source>
            <translation>Personnummer:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Postal address:</source>
            <translation>Postal address:</translation>
        </message>
        <message>
            <source>Choose a data subject in the list to see what the organisations hold about them.</source>
            <translation>Choose a data subject in the list to see what the organisations hold about them.</translation>
        </message>
        <message>
            <source>Holdings</source>
            <translation>Holdings</translation>
        </message>
        <message>
            <source>Holdings of the data subject</source>
            <translation>Holdings of the data subject</translation>
        </message>
        <message>
            <source>Press Enter to edit the selected holding, Delete to remove it.</source>
            <translation>Press Enter to edit the selected holding, Delete to remove it.</translation>
        </message>
        <message>
            <source>&amp;Add holding…</source>
            <translation>&amp;Add holding…</translation>
        </message>
        <message>
            <source>Record a piece of personal data held about this data subject</source>
            <translation>Record a piece of personal data held about this data subject</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>&amp;Import from file…</translation>
        </message>
        <message>
            <source>Import holdings exported from a system, as CSV or JSON</source>
            <translation>Import holdings exported from a system, as CSV or JSON</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Why the change was not made</source>
            <translation>Why the change was not made</translation>
        </message>
        <message>
            <source>The data subjects could not be read: %1</source>
            <translation>The data subjects could not be read: %1</translation>
        </message>
        <message>
            <source>–</source>
            <comment>no value</comment>
            <translation>–</translation>
        </message>
        <message>
            <source>The holdings could not be read: %1</source>
            <translation>The holdings could not be read: %1</translation>
        </message>
        <message>
            <source>Holdings: %1</source>
            <translation>Holdings: %1</translation>
        </message>
        <message>
            <source>%1 · past their retain-until date: %2</source>
            <comment>holdings count · past count</comment>
            <translation>%1 · past their retain-until date: %2</translation>
        </message>
        <message>
            <source>No holdings are recorded for this data subject yet. Add them one by one, or import a file exported from a system.</source>
            <translation>No holdings are recorded for this data subject yet. Add them one by one, or import a file exported from a system.</translation>
        </message>
        <message>
            <source>No holdings are recorded for this data subject.</source>
            <translation>No holdings are recorded for this data subject.</translation>
        </message>
        <message>
            <source>Added %1 (%2).</source>
            <translation>Added %1 (%2).</translation>
        </message>
        <message>
            <source>Saved %1 (%2).</source>
            <translation>Saved %1 (%2).</translation>
        </message>
        <message>
            <source>Remove the holding?</source>
            <translation>Remove the holding?</translation>
        </message>
        <message>
            <source>Remove "%1" in %2 (%3) from the holdings of %4?</source>
            <translation>Remove "%1" in %2 (%3) from the holdings of %4?</translation>
        </message>
        <message>
            <source>Use this for a holding entered by mistake or no longer held. Nothing is deleted in %1 itself; the removal is recorded in the audit trail.</source>
            <translation>Use this for a holding entered by mistake or no longer held. Nothing is deleted in %1 itself; the removal is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>The holding was not removed: %1</source>
            <translation>The holding was not removed: %1</translation>
        </message>
        <message>
            <source>Removed %1 (%2).</source>
            <translation>Removed %1 (%2).</translation>
        </message>
        <message>
            <source>Holdings added: %1.</source>
            <translation>Holdings added: %1.</translation>
        </message>
        <message>
            <source>Columns ignored: %1.</source>
            <translation>Columns ignored: %1.</translation>
        </message>
    </context>
    <context>
        <name>dsar::TableEditor</name>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add a row</source>
            <translation>Add a row</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected row</source>
            <translation>Remove the selected row</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move the selected row up</source>
            <translation>Move the selected row up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Move the selected row down</source>
            <translation>Move the selected row down</translation>
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
dsarctl --db "%1" init --admin NAME

or, to try DSAR Desk with demonstration data and demonstration accounts:
dsarctl --db "%1" init --demo

Then start DSAR Desk again, or choose another file with --db.</source>
            <translation>There is no DSAR Desk database at
%1

A new database needs its first administrator. Create it with
dsarctl --db "%1" init --admin NAME

or, to try DSAR Desk with demonstration data and demonstration accounts:
dsarctl --db "%1" init --demo

Then start DSAR Desk again, or choose another file with --db.</translation>
        </message>
    </context>
</TS>