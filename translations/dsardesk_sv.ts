<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CaseStatuses</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>DSAR_TODAY=%1 is not a date. Use the form YYYY-MM-DD, e.g. DSAR_TODAY=2027-03-05, or unset it to use the real date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControllerService</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, not an organisation number (NNNNNN-NNNN, digits 3-4 at least 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation could not be saved (is the name or number already registered?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation with id %1. List them with &quot;dsarctl controller list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation is registered yet. Create the database with &quot;dsarctl init&quot; and add the organisation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database serves several organisations; say which one received the request: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation matches &quot;%1&quot;. Give its id, organisation number or exact name: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 was written by a newer version of DSAR Desk (schema %2; this version knows up to %3). It has not been changed. Update DSAR Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create it with &quot;dsarctl --db %1 init&quot; (add --demo for demonstration data) or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file. Choose a database file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check the permissions or choose another place with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DSAR Desk database yet (it is empty). Create it with &quot;dsarctl --db %1 init&quot; or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>The receipt date is missing or not a real date, so no deadline can be computed. Enter the date the request arrived, e.g. 2027-03-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for information sent on %1 has no documented reason, so the clock does not stop for it. Record the reasoned doubt about identity (GDPR Art. 12(6)) or what needed clarifying (recital 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for information has no valid date, so the clock does not stop for it. Enter the day the request went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for information is dated %1, before the receipt date %2, so the clock does not stop for it. Correct the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The request for information sent on %1 went out later than %n working day(s) after receipt (the last day was %2), so the clock does not stop for it. Plan against the deadline without suspension.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The answer to the request for information sent on %1 has no valid date or is dated before the request, so the clock does not stop for it. Correct the answer date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt date is missing. Give the date the request arrived, e.g. 2027-03-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt date %1 is before 25 May 2018, when the GDPR began to apply. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt date %1 is too far ahead to plan for. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The database already holds organisations; demonstration data is only added to a new database. Choose a new file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 is not a DSAR Desk database (%2). Choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program: it has tables but no DSAR Desk schema. It has not been changed. Choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptTimeParser</name>
    <message>
        <source>No receipt date was given. Enter the date the request arrived, e.g. 2027-03-05, or the exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces before or after it. Remove them, e.g. 2027-03-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains digits other than 0-9. Type the date with the digits 0-9, e.g. 2027-03-05 or 2027-03-31T22:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the month and the day, in the form YYYY-MM-DD, e.g. 2027-03-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receipt date or time. Write the date as YYYY-MM-DD, e.g. 2027-03-05, or the exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z or 2027-04-01T00:30:00+02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date and time. Check the date (YYYY-MM-DD), the time (00:00 to 23:59:59) and the offset (-14:00 to +14:00), e.g. 2027-03-31T22:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone, so the receipt date is ambiguous. Add Z for UTC or an offset such as +01:00, e.g. %1Z or %1+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone Europe/Stockholm is missing from this system, so the receipt date of an exact time cannot be taken. Install the tzdata package, or enter the Stockholm date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestRights</name>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The deadline settings in the database are damaged (calendar profile &quot;%1&quot;, clock-stop window &quot;%2&quot;, internal target &quot;%3&quot;). Ask an administrator to correct them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The database refused a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not carry out a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new row&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectService</name>
    <message>
        <source>The data subject needs a name. Write the name as the request gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. Write it as name@example.se, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an organisation number. A data subject is a person: give a personnummer or samordningsnummer, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data subject with this %1 is already registered (id %2). Use that subject instead of adding a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data subject with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwedishIdParser</name>
    <message>
        <source>Character %1 at position %2 is a digit from another writing system; only the digits 0-9 are accepted. Retype the number with the digits 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not the ordinary hyphen; write the separator as &quot;-&quot; (or &quot;+&quot; for a person who has turned 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a space (%1) at position %2; remove the spaces inside the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not allowed; an identity number has only the digits 0-9 and a &quot;-&quot; or &quot;+&quot; before the last four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit (the last digit) is %1 but should be %2; check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 12-digit number starting with 16 is an organisationsnummer, but the third and fourth digits after 16 are %1, and an organisationsnummer has 20 or more there. For a personnummer, write the century (19 or 20) instead of 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisationsnummer is written with &quot;-&quot;, not &quot;+&quot; (&quot;+&quot; marks a person who has turned 100). Write it as NNNNNN-NNNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such date: the month is %1, but it must be 01-12. If this is an organisationsnummer, write it with 10 digits or with 16 in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such date: the month is %1, but it must be 01-12 (YYMMDD-NNNC); check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such date: the day is %1, but it must be 01-31 (or 61-91 for a samordningsnummer); check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such date: %1 does not exist (in a samordningsnummer the day is written + 60, here %2); check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such date: %1 does not exist (&quot;+&quot; means the person has turned 100, which gives the year %2); check the number and its separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such date: %1 does not exist; check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future (after %2); check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is written with &quot;+&quot;, which means the person has turned 100, but a person born %1 turns 100 on %2. Write it with &quot;-&quot; or without a separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the identity number: no valid reference date was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity number was entered; enter 10 or 12 digits (YYMMDD-NNNC or YYYYMMDDNNNC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a second separator &quot;%1&quot; at position %2; write only one &quot;-&quot; or &quot;+&quot;, before the last four digits (YYMMDD-NNNC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong length: %1 digits were found, but a Swedish identity number has 10 or 12 digits (YYMMDD-NNNC or YYYYMMDDNNNC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separator &quot;%1&quot; at position %2 must come right before the last four digits (YYMMDD-NNNC or YYYYMMDD-NNNC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot begin a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved and nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsar::CaseDetailsDialog</name>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>right (article)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Stockholm time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact time not known (date only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended, now due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal maximum if extended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning target if extended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsar::CaseFilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overdue cases only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference, data subject or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by reference, data subject or organisation (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsar::CaseListModel</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsar::CaseService</name>
    <message>
        <source>The receipt %1 is in the future. Give the date and time the request actually arrived (today is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which right the request is about (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1. References look like DSAR-2027-00042; list cases with &quot;dsarctl case list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsar::DeadlinePreview</name>
    <message>
        <source>Computed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt date (Stockholm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (one month):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal maximum if extended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning target if extended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the due date is an eve (midsommarafton, julafton or nyårsafton). It is a legal deadline, but many are off that day: plan to answer earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsar::MainWindow</name>
    <message>
        <source>DSAR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new request from a data subject (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DSAR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to show the details of the selected case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training date notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training/what-if date: today is treated as %1 (DSAR_TODAY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no organisations yet, so there are no cases and no request can be registered. To try DSAR Desk with demonstration data, quit and run:
dsarctl --db &quot;%1&quot; init --demo
then start DSAR Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>cases, overdue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %n case(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DSAR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;DSAR Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registers data subject requests under the GDPR and keeps track of their deadlines.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsar::RegisterRequestDialog</name>
    <message>
        <source>Register request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the request was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request and open one case per right (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, date and time in Stockholm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the request reached any official channel, in Swedish time, even if it is registered later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact time &amp;unknown (date only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact time unknown, date only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For letters and other requests where only the date of arrival is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation that received the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received (Stockholm time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>right (article)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>organisation (organisation number)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation is registered in this database yet, so no request can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation that received the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one right that the request asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has not been saved. Discard what you entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dsar::SubjectChooser</name>
    <message>
        <source>&amp;New data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xisting data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer or samordningsnummer, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only if given or already held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data subject from the list, or register a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DSAR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles data subject requests under the GDPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default %1; the DSAR_DB environment variable also works).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
