<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>AccountService</name>
        <message>
            <source>"%1" is not a valid user name: use 2 to 32 lower-case letters a-z, digits, '.', '_' or '-', starting with a letter.</source>
            <translation>"%1" är inget giltigt användarnamn: använd 2 till 32 gemena bokstäver a-z, siffror, '.', '_' eller '-', och börja med en bokstav.</translation>
        </message>
        <message>
            <source>There is already an account named %1.</source>
            <translation>Det finns redan ett konto med namnet %1.</translation>
        </message>
        <message>
            <source>Name the first administrator.</source>
            <translation>Ange namnet på den första administratören.</translation>
        </message>
        <message>
            <source>This database already has accounts; sign in as an administrator to add more.</source>
            <translation>Databasen har redan konton; logga in som administratör för att lägga till fler.</translation>
        </message>
        <message>
            <source>The first account must be an administrator.</source>
            <translation>Det första kontot måste vara en administratör.</translation>
        </message>
        <message>
            <source>Account %1: %2</source>
            <translation>Kontot %1: %2</translation>
        </message>
        <message>
            <source>Unknown user or wrong password.</source>
            <translation>Okänd användare eller fel lösenord.</translation>
        </message>
        <message>
            <source>The account %1 is disabled. Ask an administrator.</source>
            <translation>Kontot %1 är inaktiverat. Kontakta en administratör.</translation>
        </message>
        <message>
            <source>The account's key does not belong to this database. Ask an administrator.</source>
            <translation>Kontots nyckel hör inte till den här databasen. Kontakta en administratör.</translation>
        </message>
        <message>
            <source>You cannot disable your own account; ask another administrator.</source>
            <translation>Du kan inte inaktivera ditt eget konto; be en annan administratör.</translation>
        </message>
        <message>
            <source>There is no account named %1.</source>
            <translation>Det finns inget konto med namnet %1.</translation>
        </message>
        <message>
            <source>The account %1 is already disabled.</source>
            <translation>Kontot %1 är redan inaktiverat.</translation>
        </message>
        <message>
            <source>Only an administrator may set another account's password. %1</source>
            <translation>Bara en administratör får ange lösenord för ett annat konto. %1</translation>
        </message>
        <message>
            <source>This database has no accounts. Create a new database with its first administrator: "dsarctl --db PATH init --admin NAME" (or --demo for demonstration data).</source>
            <translation>Databasen har inga konton. Skapa en ny databas med dess första administratör: "dsarctl --db SÖKVÄG init --admin NAMN" (eller --demo för demonstrationsdata).</translation>
        </message>
        <message numerus="yes">
            <source>Too many failed attempts: wait %n second(s) and try again.</source>
            <translation>
                <numerusform>För många misslyckade försök: vänta %n sekund och försök igen.</numerusform>
                <numerusform>För många misslyckade försök: vänta %n sekunder och försök igen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Aead</name>
        <message>
            <source>The encryption key must be %1 bytes long.</source>
            <translation>Krypteringsnyckeln måste vara %1 byte lång.</translation>
        </message>
        <message>
            <source>The data is too large to be encrypted in one piece.</source>
            <translation>Uppgifterna är för stora för att krypteras i ett stycke.</translation>
        </message>
        <message>
            <source>The encryption library failed.</source>
            <translation>Krypteringsbiblioteket misslyckades.</translation>
        </message>
        <message>
            <source>The data could not be decrypted: wrong key or altered data.</source>
            <translation>Uppgifterna kunde inte dekrypteras: fel nyckel eller ändrade uppgifter.</translation>
        </message>
        <message>
            <source>The nonce must be %1 bytes long.</source>
            <translation>Engångsvärdet (nonce) måste vara %1 byte långt.</translation>
        </message>
        <message>
            <source>The encrypted data is too short; it is damaged or not encrypted data.</source>
            <translation>De krypterade uppgifterna är för korta; de är skadade eller inte krypterade.</translation>
        </message>
        <message>
            <source>The encrypted data is in an unknown format.</source>
            <translation>De krypterade uppgifterna har ett okänt format.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDrafts</name>
        <message>
            <source>The register gives no date for this processing (%1): decide until when it must be kept.</source>
            <translation>Registret anger inget datum för den här behandlingen (%1): bestäm till och med vilket datum uppgiften ska sparas.</translation>
        </message>
        <message>
            <source>Not provided by the data subject (GDPR Art. 20(1)); it is in the register extract.</source>
            <translation>Inte lämnad av den registrerade (GDPR art. 20.1); uppgiften finns med i registerutdraget.</translation>
        </message>
        <message>
            <source>Processed neither on consent nor on a contract (GDPR Art. 20(1)(a)); it is in the register extract.</source>
            <translation>Behandlas varken med stöd av samtycke eller avtal (GDPR art. 20.1 a); uppgiften finns med i registerutdraget.</translation>
        </message>
        <message>
            <source>Also processed on another legal basis; only the consent-based use stops.</source>
            <translation>Behandlas även med stöd av en annan rättslig grund; endast den användning som grundar sig på samtycke upphör.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentRules</name>
        <message>
            <source>%1: "%2" is not a decision for a request of %3. Choose one of: %4.</source>
            <translation>%1: "%2" är inget beslut för en begäran om %3. Välj ett av: %4.</translation>
        </message>
        <message>
            <source>%1: say which exception of GDPR Art. 17(3) allows keeping it: %2.</source>
            <translation>%1: ange vilket undantag i GDPR art. 17.3 som gör att uppgiften får sparas: %2.</translation>
        </message>
        <message>
            <source>%1: give the legal reference that requires or allows keeping it, e.g. "BFL 7 kap. 2 §" for accounting records.</source>
            <translation>%1: ange det lagstöd som kräver eller tillåter att uppgiften sparas, t.ex. "BFL 7 kap. 2 §" för räkenskapsinformation.</translation>
        </message>
        <message>
            <source>%1: give the date until which it is kept; a follow-up erasure is scheduled for the day after.</source>
            <translation>%1: ange datumet till och med vilket uppgiften sparas; en uppföljande radering planeras in till dagen därpå.</translation>
        </message>
        <message>
            <source>%1: it was to be kept until %2, which has passed. Erase it instead.</source>
            <translation>%1: uppgiften skulle sparas till och med %2, och det datumet har passerat. Radera den i stället.</translation>
        </message>
        <message>
            <source>%1: keeping data for legal claims (Art. 17(3)(e)) needs a concrete assessment: describe the claim in the note.</source>
            <translation>%1: att spara uppgifter för rättsliga anspråk (art. 17.3 e) kräver en konkret bedömning: beskriv anspråket i anteckningen.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a ground for erasure. Use one of: %3.</source>
            <translation>%1: "%2" är ingen grund för radering. Använd en av: %3.</translation>
        </message>
        <message>
            <source>%1: give the legal reference for leaving data out of the copy, e.g. "GDPR Art. 15(4)" for other people's data or "DSL 5 kap. 2 §" for internal drafts.</source>
            <translation>%1: ange lagstödet för att utelämna uppgifter ur kopian, t.ex. "GDPR Art. 15(4)" för uppgifter om andra personer eller "DSL 5 kap. 2 §" för interna utkast.</translation>
        </message>
        <message>
            <source>%1: give the corrected value.</source>
            <translation>%1: ange det rättade värdet.</translation>
        </message>
        <message>
            <source>%1: the corrected value is the same as the current one.</source>
            <translation>%1: det rättade värdet är detsamma som det nuvarande.</translation>
        </message>
        <message>
            <source>%1: say on which ground of GDPR Art. 18(1) it is restricted: %2.</source>
            <translation>%1: ange på vilken grund i GDPR art. 18.1 uppgiften begränsas: %2.</translation>
        </message>
        <message>
            <source>%1: say why it is outside the right to data portability.</source>
            <translation>%1: ange varför uppgiften inte omfattas av rätten till dataportabilitet.</translation>
        </message>
        <message>
            <source>%1: give the other legal basis the processing continues on, e.g. "GDPR Art. 6(1)(b)".</source>
            <translation>%1: ange den andra rättsliga grund som behandlingen fortsätter med stöd av, t.ex. "GDPR Art. 6(1)(b)".</translation>
        </message>
        <message>
            <source>%1: describe the compelling legitimate grounds that override the subject's interests, or the legal claim.</source>
            <translation>%1: beskriv de tvingande berättigade skäl som väger tyngre än den registrerades intressen, eller det rättsliga anspråket.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>Event %1 follows event %2: the events in between were deleted or the order was changed.</source>
            <translation>Händelse %1 följer på händelse %2: händelserna däremellan har raderats eller ordningen har ändrats.</translation>
        </message>
        <message>
            <source>Event %1 does not follow the event before it: an event was inserted, deleted or moved here.</source>
            <translation>Händelse %1 följer inte på händelsen före den: en händelse har lagts till, raderats eller flyttats här.</translation>
        </message>
        <message>
            <source>Event %1 was altered after it was written.</source>
            <translation>Händelse %1 har ändrats efter att den skrevs.</translation>
        </message>
        <message>
            <source>Event %1 does not carry this database's key: the chain was rewritten from here.</source>
            <translation>Händelse %1 bär inte den här databasens nyckel: kedjan har skrivits om från och med här.</translation>
        </message>
        <message>
            <source>The record of the last event is missing: it was deleted.</source>
            <translation>Uppgiften om den sista händelsen saknas: den har raderats.</translation>
        </message>
        <message>
            <source>The record of the last event was altered.</source>
            <translation>Uppgiften om den sista händelsen har ändrats.</translation>
        </message>
        <message>
            <source>The trail ends at event %1 but %2 events were written: the last events were deleted.</source>
            <translation>Loggen slutar vid händelse %1 men %2 händelser har skrivits: de sista händelserna har raderats.</translation>
        </message>
    </context>
    <context>
        <name>AuditService</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Det går inte att skriva %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CaseNoteKinds</name>
        <message>
            <source>Internal note</source>
            <translation>Intern anteckning</translation>
        </message>
        <message>
            <source>Message to the data subject</source>
            <translation>Meddelande till den registrerade</translation>
        </message>
        <message>
            <source>Message from the data subject</source>
            <translation>Meddelande från den registrerade</translation>
        </message>
    </context>
    <context>
        <name>CaseStatuses</name>
        <message>
            <source>Received</source>
            <translation>Inkommet</translation>
        </message>
        <message>
            <source>Awaiting identification</source>
            <translation>Väntar på identifiering</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Under handläggning</translation>
        </message>
        <message>
            <source>Decision proposed</source>
            <translation>Beslut föreslaget</translation>
        </message>
        <message>
            <source>Decision approved</source>
            <translation>Beslut godkänt</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvarat</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Avslaget</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Återtaget</translation>
        </message>
        <message>
            <source>Identity not confirmed</source>
            <translation>Identiteten inte bekräftad</translation>
        </message>
    </context>
    <context>
        <name>CaseViews</name>
        <message>
            <source>All cases</source>
            <translation>Alla ärenden</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Öppna ärenden</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mina ärenden</translation>
        </message>
        <message>
            <source>Due within a week</source>
            <translation>Förfaller inom en vecka</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenade</translation>
        </message>
        <message>
            <source>Awaiting identification</source>
            <translation>Väntar på identifiering</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>Förlängda</translation>
        </message>
        <message>
            <source>Awaiting DPO approval</source>
            <translation>Väntar på dataskyddsombudet</translation>
        </message>
        <message>
            <source>Every case, open and closed</source>
            <translation>Alla ärenden, öppna och avslutade</translation>
        </message>
        <message>
            <source>Cases not yet answered, refused or closed</source>
            <translation>Ärenden som ännu inte har besvarats, avslagits eller avslutats</translation>
        </message>
        <message>
            <source>Open cases assigned to you</source>
            <translation>Öppna ärenden som är tilldelade dig</translation>
        </message>
        <message numerus="yes">
            <source>Open cases due today or within the next %n day(s)</source>
            <translation>
                <numerusform>Öppna ärenden som förfaller i dag eller inom %n dag</numerusform>
                <numerusform>Öppna ärenden som förfaller i dag eller inom %n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>Open cases past their due date: each one a breach of GDPR Art. 12(3)</source>
            <translation>Öppna ärenden efter sin svarsdag: vart och ett är en överträdelse av GDPR art. 12.3</translation>
        </message>
        <message>
            <source>Cases waiting for the subject to confirm their identity (GDPR Art. 12(6))</source>
            <translation>Ärenden som väntar på att den registrerade styrker sin identitet (GDPR art. 12.6)</translation>
        </message>
        <message>
            <source>Open cases whose extension by two months took effect (GDPR Art. 12(3))</source>
            <translation>Öppna ärenden där förlängningen med två månader har trätt i kraft (GDPR art. 12.3)</translation>
        </message>
        <message>
            <source>Proposed decisions and requested extensions the data protection officer has not yet approved</source>
            <translation>Föreslagna beslut och begärda förlängningar som dataskyddsombudet ännu inte har godkänt</translation>
        </message>
    </context>
    <context>
        <name>CaseWorkRepository</name>
        <message>
            <source>Note %1 has the unknown kind "%2"; the database was changed outside DSAR Desk.</source>
            <translation>Anteckning %1 har den okända typen "%2"; databasen har ändrats utanför DSAR Desk.</translation>
        </message>
        <message>
            <source>There is no attachment %1.</source>
            <translation>Det finns ingen bilaga %1.</translation>
        </message>
        <message>
            <source>The file of attachment %1 was altered in the database and cannot be opened. Do not rely on it: restore the database from a backup, or ask for the original again.</source>
            <translation>Filen i bilaga %1 har ändrats i databasen och kan inte öppnas. Lita inte på den: återställ databasen från en säkerhetskopia eller be om originalet igen.</translation>
        </message>
        <message>
            <source>The file of attachment %1 was altered: its SHA-256 is %2, not the %3 recorded when it was added. Do not rely on it: restore the database from a backup, or ask for the original again.</source>
            <translation>Filen i bilaga %1 har ändrats: dess SHA-256 är %2, inte %3 som registrerades när den lades till. Lita inte på den: återställ databasen från en säkerhetskopia eller be om originalet igen.</translation>
        </message>
    </context>
    <context>
        <name>CaseWorkflow</name>
        <message>
            <source>The case is already "%1".</source>
            <translation>Ärendet har redan statusen "%1".</translation>
        </message>
        <message>
            <source>The case is "%1" and cannot change any more.</source>
            <translation>Ärendet har statusen "%1" och kan inte ändras mer.</translation>
        </message>
        <message>
            <source>A case that is "%1" cannot become "%2". From here it can become: %3.</source>
            <translation>Ett ärende med statusen "%1" kan inte få statusen "%2". Härifrån kan det få: %3.</translation>
        </message>
    </context>
    <context>
        <name>Channels</name>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Brev</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Webbformulär</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Besök</translation>
        </message>
    </context>
    <context>
        <name>Clock</name>
        <message>
            <source>DSAR_TODAY=%1 is not a date. Use the form YYYY-MM-DD, e.g. DSAR_TODAY=2027-03-05, or unset it to use the real date.</source>
            <translation>DSAR_TODAY=%1 är inget datum. Använd formen ÅÅÅÅ-MM-DD, t.ex. DSAR_TODAY=2027-03-05, eller ta bort variabeln för att använda det verkliga datumet.</translation>
        </message>
    </context>
    <context>
        <name>ClockStopKinds</name>
        <message>
            <source>Identity (Art. 12(6))</source>
            <translation>Identitet (art. 12.6)</translation>
        </message>
        <message>
            <source>Clarification (recital 63)</source>
            <translation>Förtydligande (skäl 63)</translation>
        </message>
    </context>
    <context>
        <name>ControllerService</name>
        <message>
            <source>The organisation needs a name.</source>
            <translation>Organisationen saknar namn. Ange ett namn.</translation>
        </message>
        <message>
            <source>Organisation number %1: %2</source>
            <translation>Organisationsnummer %1: %2</translation>
        </message>
        <message>
            <source>%1 is a %2, not an organisation number (NNNNNN-NNNN, digits 3-4 at least 20).</source>
            <translation>%1 är ett %2, inte ett organisationsnummer (NNNNNN-NNNN, där siffrorna 3-4 är minst 20).</translation>
        </message>
        <message>
            <source>The organisation could not be saved (is the name or number already registered?): %1</source>
            <translation>Organisationen kunde inte sparas (är namnet eller numret redan registrerat?): %1</translation>
        </message>
        <message>
            <source>There is no organisation with id %1. List them with "dsarctl controller list".</source>
            <translation>Det finns ingen organisation med id %1. Lista organisationerna med "dsarctl controller list".</translation>
        </message>
        <message>
            <source>This database serves several organisations; say which one received the request: %1.</source>
            <translation>Den här databasen används av flera organisationer; ange vilken av dem som tog emot begäran: %1.</translation>
        </message>
        <message>
            <source>No organisation matches "%1". Give its id, organisation number or exact name: %2.</source>
            <translation>Ingen organisation matchar "%1". Ange organisationens id, organisationsnummer eller exakta namn: %2.</translation>
        </message>
        <message>
            <source>A field of the organisation is longer than 300 characters. Shorten it.</source>
            <translation>Ett av organisationens fält är längre än 300 tecken. Korta det.</translation>
        </message>
        <message>
            <source>No organisation is registered yet. An administrator adds it first ("dsarctl controller add --name NAME").</source>
            <translation>Ingen organisation är registrerad ännu. En administratör lägger först till den ("dsarctl controller add --name NAMN").</translation>
        </message>
        <message>
            <source>Another organisation (id %1) is already named "%2". Choose another name.</source>
            <translation>En annan organisation (id %1) heter redan "%2". Välj ett annat namn.</translation>
        </message>
        <message>
            <source>Another organisation, "%1" (id %2), already has organisation number %3. Check the number.</source>
            <translation>En annan organisation, "%1" (id %2), har redan organisationsnummer %3. Kontrollera numret.</translation>
        </message>
        <message>
            <source>The organisation could not be saved: %1</source>
            <translation>Organisationen kunde inte sparas: %1</translation>
        </message>
    </context>
    <context>
        <name>Crypto</name>
        <message>
            <source>A negative number of random bytes was requested.</source>
            <translation>Ett negativt antal slumpbyte begärdes.</translation>
        </message>
        <message>
            <source>The random number generator failed.</source>
            <translation>Slumptalsgeneratorn misslyckades.</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>The file is not UTF-8 text. Save it as "CSV UTF-8" and import it again.</source>
            <translation>Filen är inte UTF-8-text. Spara den som "CSV UTF-8" och importera den igen.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed. Add the closing double quote (") or remove the opening one.</source>
            <translation>Rad %1: ett citerat fält avslutas aldrig. Lägg till det avslutande citattecknet (") eller ta bort det inledande.</translation>
        </message>
    </context>
    <context>
        <name>DashboardService</name>
        <message>
            <source>The period must run from a first day to a last day, not backwards.</source>
            <translation>Perioden måste gå från en första dag till en sista dag, inte baklänges.</translation>
        </message>
        <message>
            <source>Give a year from 2018 (when the GDPR applied) to this year, not %1.</source>
            <translation>Ange ett år från 2018 (då dataskyddsförordningen började tillämpas) till i år, inte %1.</translation>
        </message>
        <message>
            <source>The annual report is written in Swedish (sv) or English (en), not "%1".</source>
            <translation>Årsrapporten skrivs på svenska (sv) eller engelska (en), inte "%1".</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database %1 was written by a newer version of DSAR Desk (schema %2; this version knows up to %3). It has not been changed. Update DSAR Desk to open it.</source>
            <translation>Databasen %1 har skrivits av en nyare version av DSAR Desk (schema %2; den här versionen känner till schema till och med %3). Databasen har inte ändrats. Uppdatera DSAR Desk för att öppna den.</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>Det går inte att öppna databasen %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a file. Choose a database file with --db.</source>
            <translation>%1 är ingen fil. Välj en databasfil med --db.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the database. Check the permissions or choose another place with --db.</source>
            <translation>Det går inte att skapa mappen %1 för databasen. Kontrollera behörigheterna eller välj en annan plats med --db.</translation>
        </message>
        <message>
            <source>There is no database at %1. Create it with "dsarctl --db %1 init --admin NAME" (or --demo for demonstration data) or choose another file with --db.</source>
            <translation>Det finns ingen databas i %1. Skapa den med "dsarctl --db %1 init --admin NAMN" (eller --demo för demonstrationsdata) eller välj en annan fil med --db.</translation>
        </message>
        <message>
            <source>%1 is not a DSAR Desk database (it is empty). Remove it and create the database with "dsarctl --db %1 init --admin NAME", or choose another file with --db.</source>
            <translation>%1 är ingen DSAR Desk-databas (den är tom). Ta bort filen och skapa databasen med "dsarctl --db %1 init --admin NAMN", eller välj en annan fil med --db.</translation>
        </message>
    </context>
    <context>
        <name>DeadlineCalculator</name>
        <message>
            <source>The receipt date is missing or not a real date, so no deadline can be computed. Enter the date the request arrived, e.g. 2027-03-05.</source>
            <translation>Mottagningsdatumet saknas eller är inget giltigt datum, så ingen tidsfrist kan beräknas. Ange det datum då begäran kom in, t.ex. 2027-03-05.</translation>
        </message>
        <message>
            <source>The request for information sent on %1 has no documented reason, so the clock does not stop for it. Record the reasoned doubt about identity (GDPR Art. 12(6)) or what needed clarifying (recital 63).</source>
            <translation>Begäran om komplettering som skickades %1 saknar dokumenterat skäl, så tidsfristen fortsätter att löpa. Dokumentera de rimliga skälen att betvivla identiteten (GDPR art. 12.6) eller vad som behövde förtydligas (skäl 63).</translation>
        </message>
        <message>
            <source>(no date)</source>
            <translation>(inget datum)</translation>
        </message>
        <message>
            <source>A request for information has no valid date, so the clock does not stop for it. Enter the day the request went out.</source>
            <translation>En begäran om komplettering saknar giltigt datum, så tidsfristen fortsätter att löpa. Ange den dag då begäran skickades.</translation>
        </message>
        <message>
            <source>The request for information is dated %1, before the receipt date %2, so the clock does not stop for it. Correct the date.</source>
            <translation>Begäran om komplettering är daterad %1, före mottagningsdatumet %2, så tidsfristen fortsätter att löpa. Rätta datumet.</translation>
        </message>
        <message numerus="yes">
            <source>The request for information sent on %1 went out later than %n working day(s) after receipt (the last day was %2), so the clock does not stop for it. Plan against the deadline without suspension.</source>
            <translation>
                <numerusform>Begäran om komplettering som skickades %1 gick ut senare än %n arbetsdag efter mottagandet (sista dagen var %2), så tidsfristen fortsätter att löpa. Planera efter tidsfristen utan uppehåll.</numerusform>
                <numerusform>Begäran om komplettering som skickades %1 gick ut senare än %n arbetsdagar efter mottagandet (sista dagen var %2), så tidsfristen fortsätter att löpa. Planera efter tidsfristen utan uppehåll.</numerusform>
            </translation>
        </message>
        <message>
            <source>The answer to the request for information sent on %1 has no valid date or is dated before the request, so the clock does not stop for it. Correct the answer date.</source>
            <translation>Svaret på begäran om komplettering som skickades %1 saknar giltigt datum eller är daterat före begäran, så tidsfristen fortsätter att löpa. Rätta svarsdatumet.</translation>
        </message>
        <message>
            <source>The receipt date is missing. Give the date the request arrived, e.g. 2027-03-05.</source>
            <translation>Mottagningsdatumet saknas. Ange det datum då begäran kom in, t.ex. 2027-03-05.</translation>
        </message>
        <message>
            <source>The receipt date %1 is before 25 May 2018, when the GDPR began to apply. Check the date.</source>
            <translation>Mottagningsdatumet %1 är före den 25 maj 2018, då GDPR började tillämpas. Kontrollera datumet.</translation>
        </message>
        <message>
            <source>The receipt date %1 is too far ahead to plan for. Check the year.</source>
            <translation>Mottagningsdatumet %1 ligger för långt fram i tiden för att kunna planeras. Kontrollera året.</translation>
        </message>
    </context>
    <context>
        <name>DecisionGrounds</name>
        <message>
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>Objection to direct marketing (Art. 21(2))</source>
            <translation>Invändning mot direktmarknadsföring (art. 21.2)</translation>
        </message>
        <message>
            <source>Objection on grounds of a particular situation (Art. 21(1))</source>
            <translation>Invändning på grund av en särskild situation (art. 21.1)</translation>
        </message>
        <message>
            <source>Manifestly unfounded (Art. 12(5))</source>
            <translation>Uppenbart ogrundad (art. 12.5)</translation>
        </message>
        <message>
            <source>Excessive, e.g. repetitive (Art. 12(5))</source>
            <translation>Orimlig, t.ex. upprepad (art. 12.5)</translation>
        </message>
    </context>
    <context>
        <name>DecisionOutcomes</name>
        <message>
            <source>Granted</source>
            <translation>Beviljad</translation>
        </message>
        <message>
            <source>Partly refused</source>
            <translation>Delvis avslagen</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Avslagen</translation>
        </message>
        <message>
            <source>Fee charged</source>
            <translation>Avgift tas ut</translation>
        </message>
    </context>
    <context>
        <name>DemoCaseWalk</name>
        <message>
            <source>Unknown status "%1".</source>
            <translation>Okänd status "%1".</translation>
        </message>
        <message>
            <source>%1 has no assessed item "%2".</source>
            <translation>%1 har ingen bedömd uppgift "%2".</translation>
        </message>
        <message>
            <source>Unknown item decision "%1".</source>
            <translation>Okänt beslut för uppgift "%1".</translation>
        </message>
        <message>
            <source>Unknown extension reason "%1".</source>
            <translation>Okänt skäl till förlängning "%1".</translation>
        </message>
    </context>
    <context>
        <name>DemoData</name>
        <message>
            <source>The demonstration data %1 are missing from this build: %2</source>
            <translation>Demonstrationsdata %1 saknas i den här versionen: %2</translation>
        </message>
        <message>
            <source>The demonstration account %1 is missing.</source>
            <translation>Demonstrationskontot %1 saknas.</translation>
        </message>
        <message>
            <source>The demonstration register cannot be read: %1</source>
            <translation>Demonstrationsregistret kan inte läsas: %1</translation>
        </message>
        <message>
            <source>The demonstration register cannot be imported: %1</source>
            <translation>Demonstrationsregistret kan inte importeras: %1</translation>
        </message>
        <message>
            <source>The demonstration subjects cannot be added: %1</source>
            <translation>Demonstrationens registrerade kan inte läggas till: %1</translation>
        </message>
    </context>
    <context>
        <name>DemoSubjects</name>
        <message>
            <source>"%1" is not a demonstration date.</source>
            <translation>"%1" är inget demonstrationsdatum.</translation>
        </message>
        <message>
            <source>Unknown retention event "%1".</source>
            <translation>Okänd gallringshändelse "%1".</translation>
        </message>
        <message>
            <source>A demonstration request names subject %1, which does not exist.</source>
            <translation>En demonstrationsbegäran anger registrerad %1, som inte finns.</translation>
        </message>
        <message>
            <source>Unknown right "%1".</source>
            <translation>Okänd rättighet "%1".</translation>
        </message>
        <message>
            <source>Unknown channel "%1".</source>
            <translation>Okänd kanal "%1".</translation>
        </message>
        <message>
            <source>The demonstration subjects are not in the expected format (dsardesk-demo-subjects, version 1).</source>
            <translation>Demonstrationens registrerade har inte det väntade formatet (dsardesk-demo-subjects, version 1).</translation>
        </message>
    </context>
    <context>
        <name>ExtensionReasons</name>
        <message>
            <source>Large volume of data</source>
            <translation>Stor mängd uppgifter</translation>
        </message>
        <message>
            <source>Data spread over many systems</source>
            <translation>Uppgifterna finns i många system</translation>
        </message>
        <message>
            <source>Redaction of third-party data</source>
            <translation>Maskering av uppgifter om tredje man</translation>
        </message>
        <message>
            <source>Several requests from the same person</source>
            <translation>Flera begäranden från samma person</translation>
        </message>
        <message>
            <source>Exceptional temporary peak of requests</source>
            <translation>Exceptionell, tillfällig topp av begäranden</translation>
        </message>
    </context>
    <context>
        <name>ExtractPdf</name>
        <message>
            <source>The PDF could not be started.</source>
            <translation>PDF-filen kunde inte påbörjas.</translation>
        </message>
        <message>
            <source>The PDF could not get another page.</source>
            <translation>PDF-filen kunde inte få en sida till.</translation>
        </message>
        <message>
            <source>The PDF could not be finished.</source>
            <translation>PDF-filen kunde inte slutföras.</translation>
        </message>
    </context>
    <context>
        <name>HoldingFile</name>
        <message>
            <source>%1 characters; at most %2 are allowed</source>
            <translation>%1 tecken; högst %2 är tillåtna</translation>
        </message>
        <message>
            <source>empty; every row needs a %1</source>
            <translation>tom; varje rad behöver ett värde i %1</translation>
        </message>
        <message>
            <source>"%1" is not yes or no; write true/false, yes/no, ja/nej or 1/0</source>
            <translation>"%1" är varken ja eller nej; skriv true/false, yes/no, ja/nej eller 1/0</translation>
        </message>
        <message>
            <source>"%1" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31</source>
            <translation>"%1" är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-03-31</translation>
        </message>
        <message>
            <source>the column "%1", mapped to %2, is missing</source>
            <translation>kolumnen "%1", kopplad till %2, saknas</translation>
        </message>
        <message>
            <source>the file is empty; it needs a header row and one row per holding</source>
            <translation>filen är tom; den behöver en rubrikrad och en rad per uppgift</translation>
        </message>
        <message>
            <source>the column appears twice; keep one</source>
            <translation>kolumnen förekommer två gånger; behåll en</translation>
        </message>
        <message>
            <source>the file has a header row but no holdings</source>
            <translation>filen har en rubrikrad men inga uppgifter</translation>
        </message>
        <message>
            <source>%1 cells where the header has %2; check the separators and quotes on this line</source>
            <translation>%1 celler där rubrikraden har %2; kontrollera avgränsare och citattecken på raden</translation>
        </message>
        <message>
            <source>not valid JSON at character %1: %2</source>
            <translation>ogiltig JSON vid tecken %1: %2</translation>
        </message>
        <message>
            <source>expected an array of holdings, or an object with a "holdings" array</source>
            <translation>väntade en lista med uppgifter, eller ett objekt med listan "holdings"</translation>
        </message>
        <message>
            <source>the file holds no holdings</source>
            <translation>filen innehåller inga uppgifter</translation>
        </message>
        <message>
            <source>not an object; each holding is {"category": ..., "field": ..., "value": ...}</source>
            <translation>inget objekt; varje uppgift skrivs {"category": ..., "field": ..., "value": ...}</translation>
        </message>
        <message>
            <source>a list or an object where text, a date or true/false belongs</source>
            <translation>en lista eller ett objekt där text, ett datum eller true/false ska stå</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>rad %1</translation>
        </message>
        <message>
            <source>item %1</source>
            <translation>post %1</translation>
        </message>
        <message>
            <source>, column %1</source>
            <translation>, kolumn %1</translation>
        </message>
        <message>
            <source>, key %1</source>
            <translation>, nyckel %1</translation>
        </message>
        <message>
            <source>"%1" is neither a .csv nor a .json file. Export the holdings as CSV with a header row, or as JSON.</source>
            <translation>"%1" är varken en .csv- eller en .json-fil. Exportera uppgifterna som CSV med rubrikrad, eller som JSON.</translation>
        </message>
        <message>
            <source>"%1" is not a column mapping. Write OUR=THEIRS, e.g. value=E-postadress, where OUR is one of: %2.</source>
            <translation>"%1" är ingen kolumnkoppling. Skriv VÅR=ER, t.ex. value=E-postadress, där VÅR är en av: %2.</translation>
        </message>
        <message>
            <source>The column %1 is mapped twice. Map it once.</source>
            <translation>Kolumnen %1 är kopplad två gånger. Koppla den en gång.</translation>
        </message>
        <message>
            <source>the required column "%1" is missing; add it, or map the file's own column to it</source>
            <translation>den obligatoriska kolumnen "%1" saknas; lägg till den, eller koppla filens egen kolumn till den</translation>
        </message>
    </context>
    <context>
        <name>HoldingService</name>
        <message>
            <source>There is no processing activity with id %1.</source>
            <translation>Det finns ingen behandling med id %1.</translation>
        </message>
        <message>
            <source>no system given; name the system the data live in</source>
            <translation>inget system angivet; ange systemet där uppgifterna finns</translation>
        </message>
        <message>
            <source>"%1" is not one of the systems of "%2" (%3); add it to the processing register first</source>
            <translation>"%1" är inte ett av systemen för "%2" (%3); lägg först till det i behandlingsregistret</translation>
        </message>
        <message>
            <source>"%1" is not a data category of "%2" (%3); use one of them or add it to the processing register</source>
            <translation>"%1" är ingen personuppgiftskategori i "%2" (%3); använd en av dem eller lägg till den i behandlingsregistret</translation>
        </message>
        <message>
            <source>no category given</source>
            <translation>ingen kategori angiven</translation>
        </message>
        <message>
            <source>no field name given</source>
            <translation>inget fältnamn angivet</translation>
        </message>
        <message>
            <source>no value given</source>
            <translation>inget värde angivet</translation>
        </message>
        <message>
            <source>%1 is after today; give the date the event happened, or leave it empty if it has not</source>
            <translation>%1 är efter dagens datum; ange datumet då händelsen inträffade, eller lämna fältet tomt om den inte har inträffat</translation>
        </message>
        <message>
            <source>There is no data subject with id %1.</source>
            <translation>Det finns ingen registrerad med id %1.</translation>
        </message>
        <message>
            <source>There is no holding with id %1; it may have been removed.</source>
            <translation>Det finns ingen uppgift med id %1; den kan ha tagits bort.</translation>
        </message>
        <message>
            <source>There is no holding with id %1; it may already have been removed.</source>
            <translation>Det finns ingen uppgift med id %1; den kan redan ha tagits bort.</translation>
        </message>
        <message>
            <source>There is no data subject with id %1. Find the id with "dsarctl subject find".</source>
            <translation>Det finns ingen registrerad med id %1. Hitta id:t med "dsarctl subject find".</translation>
        </message>
        <message>
            <source>system: %1</source>
            <translation>system: %1</translation>
        </message>
        <message>
            <source>the file holds no holdings</source>
            <translation>filen innehåller inga uppgifter</translation>
        </message>
        <message>
            <source>No holdings were chosen. Choose the holdings the systems have deleted.</source>
            <translation>Inga uppgifter valdes. Välj de uppgifter som systemen har raderat.</translation>
        </message>
        <message>
            <source>There is no holding with id %1; it may already have been erased.</source>
            <translation>Det finns ingen uppgift med id %1; den kan redan ha raderats.</translation>
        </message>
        <message>
            <source>Holding %1 is not due for erasure (%2). Nothing was changed.</source>
            <translation>Uppgift %1 ska inte gallras än (%2). Inget ändrades.</translation>
        </message>
        <message>
            <source>No processing activity is called "%1". List them with "dsarctl register list".</source>
            <translation>Ingen behandling heter "%1". Lista dem med "dsarctl register list".</translation>
        </message>
        <message>
            <source>Several organisations have an activity called "%1": %2. Give the id, or "Organisation/Activity".</source>
            <translation>Flera organisationer har en behandling som heter "%1": %2. Ange id, eller "Organisation/Behandling".</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. Choose another folder or file name.</source>
            <translation>Kan inte skriva %1: %2. Välj en annan mapp eller ett annat filnamn.</translation>
        </message>
    </context>
    <context>
        <name>IdentificationMethods</name>
        <message>
            <source>Known e-mail address</source>
            <translation>Känd e-postadress</translation>
        </message>
        <message>
            <source>Logged-in account</source>
            <translation>Inloggat konto</translation>
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
            <translation>Id-handling kontrollerad (ingen kopia sparad)</translation>
        </message>
        <message>
            <source>Known postal address</source>
            <translation>Känd postadress</translation>
        </message>
        <message>
            <source>Agent with power of attorney</source>
            <translation>Ombud med fullmakt</translation>
        </message>
    </context>
    <context>
        <name>IdentificationOutcomes</name>
        <message>
            <source>Confirmed</source>
            <translation>Bekräftad</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Inte bekräftad</translation>
        </message>
    </context>
    <context>
        <name>ItemDecisions</name>
        <message>
            <source>Include</source>
            <translation>Ta med</translation>
        </message>
        <message>
            <source>Include redacted</source>
            <translation>Ta med maskerad</translation>
        </message>
        <message>
            <source>Withhold</source>
            <translation>Undanta</translation>
        </message>
        <message>
            <source>Rectify</source>
            <translation>Rätta</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Oförändrad</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Radera</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Restrict</source>
            <translation>Begränsa</translation>
        </message>
        <message>
            <source>In scope</source>
            <translation>Omfattas</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Omfattas inte</translation>
        </message>
        <message>
            <source>Stop processing</source>
            <translation>Behandlingen upphör</translation>
        </message>
        <message>
            <source>Continue processing</source>
            <translation>Behandlingen fortsätter</translation>
        </message>
    </context>
    <context>
        <name>ItemGrounds</name>
        <message>
            <source>Freedom of expression and information</source>
            <translation>Yttrande- och informationsfrihet</translation>
        </message>
        <message>
            <source>Legal obligation or task in the public interest</source>
            <translation>Rättslig förpliktelse eller uppgift av allmänt intresse</translation>
        </message>
        <message>
            <source>Public health</source>
            <translation>Folkhälsa</translation>
        </message>
        <message>
            <source>Archiving in the public interest, research or statistics</source>
            <translation>Arkivändamål av allmänt intresse, forskning eller statistik</translation>
        </message>
        <message>
            <source>Establishment, exercise or defence of legal claims</source>
            <translation>Fastställande, utövande eller försvar av rättsliga anspråk</translation>
        </message>
        <message>
            <source>No longer necessary</source>
            <translation>Behövs inte längre</translation>
        </message>
        <message>
            <source>Consent withdrawn and no other legal basis</source>
            <translation>Återkallat samtycke och ingen annan rättslig grund</translation>
        </message>
        <message>
            <source>Objection upheld</source>
            <translation>Invändning godtagen</translation>
        </message>
        <message>
            <source>Unlawfully processed</source>
            <translation>Olaglig behandling</translation>
        </message>
        <message>
            <source>Legal obligation to erase</source>
            <translation>Rättslig förpliktelse att radera</translation>
        </message>
        <message>
            <source>Information society services offered to a child</source>
            <translation>Informationssamhällets tjänster som erbjuds ett barn</translation>
        </message>
        <message>
            <source>Accuracy contested, while it is checked</source>
            <translation>Riktigheten bestrids, under tiden den kontrolleras</translation>
        </message>
        <message>
            <source>Unlawful, but restriction asked for instead of erasure</source>
            <translation>Olaglig behandling, men begränsning begärd i stället för radering</translation>
        </message>
        <message>
            <source>No longer needed, but the subject needs it for legal claims</source>
            <translation>Behövs inte längre, men den registrerade behöver uppgiften för rättsliga anspråk</translation>
        </message>
        <message>
            <source>Objection pending verification</source>
            <translation>Invändning i väntan på kontroll</translation>
        </message>
    </context>
    <context>
        <name>Kdf</name>
        <message>
            <source>The scrypt cost N must be a power of two greater than 1.</source>
            <translation>Kostnaden N för scrypt måste vara en tvåpotens större än 1.</translation>
        </message>
        <message>
            <source>The scrypt parameters r and p must be positive.</source>
            <translation>Parametrarna r och p för scrypt måste vara positiva.</translation>
        </message>
        <message>
            <source>The scrypt cost N must be less than 2^(16 * r).</source>
            <translation>Kostnaden N för scrypt måste vara mindre än 2^(16 * r).</translation>
        </message>
        <message>
            <source>The scrypt parameters need more than %1 MiB of memory.</source>
            <translation>Parametrarna för scrypt kräver mer än %1 MiB minne.</translation>
        </message>
        <message>
            <source>The password hash parameters are not in the form scrypt$N$r$p.</source>
            <translation>Parametrarna för lösenordshashen har inte formen scrypt$N$r$p.</translation>
        </message>
        <message>
            <source>The password hash parameters N, r and p must be positive whole numbers.</source>
            <translation>Parametrarna N, r och p för lösenordshashen måste vara positiva heltal.</translation>
        </message>
        <message>
            <source>The derived key must be between 1 and %1 bytes long.</source>
            <translation>Den härledda nyckeln måste vara mellan 1 och %1 byte lång.</translation>
        </message>
        <message>
            <source>The password could not be hashed (scrypt failed).</source>
            <translation>Lösenordet kunde inte hashas (scrypt misslyckades).</translation>
        </message>
    </context>
    <context>
        <name>KeyRing</name>
        <message>
            <source>The data key has the wrong length.</source>
            <translation>Datanyckeln har fel längd.</translation>
        </message>
        <message>
            <source>A stored value in %1 could not be decrypted (wrong key or altered data).</source>
            <translation>Ett lagrat värde i %1 kunde inte dekrypteras (fel nyckel eller ändrade uppgifter).</translation>
        </message>
    </context>
    <context>
        <name>KeySlot</name>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>Lösenordet måste ha minst %1 tecken.</translation>
        </message>
        <message>
            <source>The password must not be the user name.</source>
            <translation>Lösenordet får inte vara användarnamnet.</translation>
        </message>
        <message>
            <source>Wrong password.</source>
            <translation>Fel lösenord.</translation>
        </message>
        <message>
            <source>The account's key slot is damaged; an administrator must set a new password.</source>
            <translation>Kontots nyckelplats är skadad; en administratör måste ange ett nytt lösenord.</translation>
        </message>
    </context>
    <context>
        <name>LegalBases</name>
        <message>
            <source>Consent (GDPR Art. 6(1)(a))</source>
            <translation>Samtycke (GDPR art. 6.1 a)</translation>
        </message>
        <message>
            <source>Contract (GDPR Art. 6(1)(b))</source>
            <translation>Avtal (GDPR art. 6.1 b)</translation>
        </message>
        <message>
            <source>Legal obligation (GDPR Art. 6(1)(c))</source>
            <translation>Rättslig förpliktelse (GDPR art. 6.1 c)</translation>
        </message>
        <message>
            <source>Vital interests (GDPR Art. 6(1)(d))</source>
            <translation>Grundläggande intressen (GDPR art. 6.1 d)</translation>
        </message>
        <message>
            <source>Public task (GDPR Art. 6(1)(e))</source>
            <translation>Uppgift av allmänt intresse eller myndighetsutövning (GDPR art. 6.1 e)</translation>
        </message>
        <message>
            <source>Legitimate interests (GDPR Art. 6(1)(f))</source>
            <translation>Berättigat intresse (GDPR art. 6.1 f)</translation>
        </message>
    </context>
    <context>
        <name>LetterComposer</name>
        <message>
            <source>Line %1 of the template has "{{" without a closing "}}". Close the field, e.g. {{subject.name}}.</source>
            <translation>Rad %1 i mallen har "{{" utan avslutande "}}". Stäng fältet, t.ex. {{subject.name}}.</translation>
        </message>
        <message>
            <source>Line %1 of the template has a malformed field "%2". Fields are written like {{subject.name}}.</source>
            <translation>Rad %1 i mallen har ett felskrivet fält "%2". Fält skrivs som {{subject.name}}.</translation>
        </message>
        <message>
            <source>The data subject's name is missing: fill in the name the letter is addressed to.</source>
            <translation>Den registrerades namn saknas: fyll i namnet som brevet ställs till.</translation>
        </message>
        <message>
            <source>The organisation is missing: choose the organisation (controller) that sends the letter.</source>
            <translation>Organisationen saknas: välj den organisation (personuppgiftsansvarig) som skickar brevet.</translation>
        </message>
        <message>
            <source>The case reference is missing: the letter must name the case it answers.</source>
            <translation>Ärendenumret saknas: brevet måste ange vilket ärende det gäller.</translation>
        </message>
        <message>
            <source>The receipt date is missing: record when the request reached the organisation.</source>
            <translation>Mottagningsdatumet saknas: registrera när begäran kom in till organisationen.</translation>
        </message>
        <message>
            <source>The due date is missing: it is computed from the receipt date, so record that first.</source>
            <translation>Sista svarsdag saknas: den beräknas från mottagningsdatumet, så registrera det först.</translation>
        </message>
        <message>
            <source>Say what is needed to confirm the subject's identity and why: fill in the identification reason.</source>
            <translation>Ange vad som behövs för att bekräfta den registrerades identitet och varför: fyll i skälet för identifieringen.</translation>
        </message>
        <message>
            <source>Give the reason for the extension: GDPR Art. 12(3) requires the reasons for the delay.</source>
            <translation>Ange skälet till förlängningen: enligt GDPR art. 12.3 ska skälen till förseningen anges.</translation>
        </message>
        <message>
            <source>The extended due date is missing: record the extension so that the new date is computed.</source>
            <translation>Den förlängda svarsdagen saknas: registrera förlängningen så att det nya datumet beräknas.</translation>
        </message>
        <message>
            <source>A partial refusal must list what is refused: add the refused parts.</source>
            <translation>Ett delvis avslag måste ange vad som avslås: lägg till de delar som avslås.</translation>
        </message>
        <message>
            <source>Refused item %1 does not say what is refused: fill it in or remove the item.</source>
            <translation>Avslagsrad %1 anger inte vad som avslås: fyll i den eller ta bort raden.</translation>
        </message>
        <message>
            <source>A partial refusal must also say what was granted: fill in the decision summary.</source>
            <translation>Ett delvis avslag måste också ange vad som beviljades: fyll i sammanfattningen av beslutet.</translation>
        </message>
        <message>
            <source>Give the specific reasons for the refusal (GDPR Art. 12(4)); a legal reference alone is not enough.</source>
            <translation>Ange de konkreta skälen för avslaget (GDPR art. 12.4); en lagrumshänvisning räcker inte ensam.</translation>
        </message>
        <message>
            <source>Give the legal reference for the refusal, e.g. GDPR Art. 12(5)(b) or DSL 5 kap. 2 §.</source>
            <translation>Ange lagstödet för avslaget, t.ex. GDPR art. 12.5 b eller DSL 5 kap. 2 §.</translation>
        </message>
        <message>
            <source>Summarise the decision for the subject: fill in the decision summary.</source>
            <translation>Sammanfatta beslutet för den registrerade: fyll i sammanfattningen av beslutet.</translation>
        </message>
        <message>
            <source>Item %1 of what was done does not say what was done: fill it in or remove the item.</source>
            <translation>Rad %1 bland åtgärderna anger inte vad som gjordes: fyll i den eller ta bort raden.</translation>
        </message>
        <message>
            <source>Kept item %1 does not say what is kept: fill it in or remove the item.</source>
            <translation>Sparad rad %1 anger inte vad som sparas: fyll i den eller ta bort raden.</translation>
        </message>
        <message>
            <source>Kept item %1 needs its reason and legal reference.</source>
            <translation>Sparad rad %1 behöver skäl och lagstöd.</translation>
        </message>
        <message>
            <source>Kept item %1 needs the date until which it is kept.</source>
            <translation>Sparad rad %1 behöver datumet till och med vilket uppgifterna sparas.</translation>
        </message>
        <message>
            <source>Recipient %1 has no name: fill it in or remove the recipient.</source>
            <translation>Mottagare %1 saknar namn: fyll i det eller ta bort mottagaren.</translation>
        </message>
        <message>
            <source>Recipient %1 has neither the date it was notified nor the reason why it was not (GDPR Art. 19).</source>
            <translation>Mottagare %1 har varken datum för underrättelsen eller skälet till att den inte underrättades (GDPR art. 19).</translation>
        </message>
        <message>
            <source>Give the date from which the restriction is lifted.</source>
            <translation>Ange från vilket datum begränsningen upphör.</translation>
        </message>
        <message>
            <source>Give the reason why the restriction is lifted.</source>
            <translation>Ange skälet till att begränsningen upphör.</translation>
        </message>
        <message>
            <source>Give the fee's amount, e.g. 350 kr.</source>
            <translation>Ange avgiftens belopp, t.ex. 350 kr.</translation>
        </message>
        <message>
            <source>Give the documented facts that make the request manifestly unfounded or excessive (GDPR Art. 12(5)).</source>
            <translation>Ange de dokumenterade omständigheter som gör begäran uppenbart ogrundad eller orimlig (GDPR art. 12.5).</translation>
        </message>
        <message>
            <source>{{%1}} becomes a table, so it must stand on a line of its own (line %2 of the template).</source>
            <translation>{{%1}} blir en tabell och måste därför stå på en egen rad (rad %2 i mallen).</translation>
        </message>
        <message numerus="yes">
            <source>The template uses %n field(s) that this letter does not have: %1. The letter "%2" can use: %3.</source>
            <translation>
                <numerusform>Mallen använder %n fält som det här brevet inte har: %1. Brevet "%2" kan använda: %3.</numerusform>
                <numerusform>Mallen använder %n fält som det här brevet inte har: %1. Brevet "%2" kan använda: %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Letters are written in Swedish (sv) or English (en), not "%1".</source>
            <translation>Brev skrivs på svenska (sv) eller engelska (en), inte "%1".</translation>
        </message>
        <message>
            <source>The letter "%1" is not complete:
- %2</source>
            <translation>Brevet "%1" är inte komplett:
- %2</translation>
        </message>
    </context>
    <context>
        <name>LetterKinds</name>
        <message>
            <source>Acknowledgement of receipt</source>
            <translation>Mottagningsbekräftelse</translation>
        </message>
        <message>
            <source>Request for identification</source>
            <translation>Begäran om identifiering</translation>
        </message>
        <message>
            <source>Extension notice</source>
            <translation>Besked om förlängd svarstid</translation>
        </message>
        <message>
            <source>Refusal or partial refusal</source>
            <translation>Avslag eller delvis avslag</translation>
        </message>
        <message>
            <source>Outcome letter</source>
            <translation>Svarsbrev</translation>
        </message>
        <message>
            <source>Notice before a restriction is lifted</source>
            <translation>Besked innan en begränsning upphör</translation>
        </message>
        <message>
            <source>Fee notice</source>
            <translation>Besked om avgift</translation>
        </message>
    </context>
    <context>
        <name>LetterPdf</name>
        <message>
            <source>The font %1 is not installed, so the letter cannot be made as a PDF with embedded fonts. Install it (Debian: apt-get install fonts-dejavu-core).</source>
            <translation>Typsnittet %1 är inte installerat, så brevet kan inte skapas som PDF med inbäddade typsnitt. Installera det (Debian: apt-get install fonts-dejavu-core).</translation>
        </message>
        <message>
            <source>The PDF could not be started.</source>
            <translation>PDF-filen kunde inte påbörjas.</translation>
        </message>
        <message>
            <source>The PDF could not get another page.</source>
            <translation>PDF-filen kunde inte få en sida till.</translation>
        </message>
        <message>
            <source>The PDF could not be finished.</source>
            <translation>PDF-filen kunde inte slutföras.</translation>
        </message>
    </context>
    <context>
        <name>LetterTemplateService</name>
        <message>
            <source>Letters are written in %1; "%2" is not one of them.</source>
            <translation>Brev skrivs på %1; "%2" är inte ett av dem.</translation>
        </message>
        <message>
            <source>There is no organisation with id %1.</source>
            <translation>Det finns ingen organisation med id %1.</translation>
        </message>
        <message>
            <source>The default template for %1 (%2) is missing from this build of DSAR Desk.</source>
            <translation>Standardmallen för %1 (%2) saknas i den här versionen av DSAR Desk.</translation>
        </message>
    </context>
    <context>
        <name>LetterTemplates</name>
        <message>
            <source>The template is empty. Write the letter's text, or reset the template to the default.</source>
            <translation>Mallen är tom. Skriv brevets text, eller återställ standardmallen.</translation>
        </message>
        <message>
            <source>The template has %1 characters; a letter template may have at most %2. Shorten it.</source>
            <translation>Mallen har %1 tecken; en brevmall får ha högst %2. Korta den.</translation>
        </message>
    </context>
    <context>
        <name>Migrations</name>
        <message>
            <source>%1 is not a DSAR Desk database (%2). Choose another file with --db.</source>
            <translation>%1 är ingen DSAR Desk-databas (%2). Välj en annan fil med --db.</translation>
        </message>
        <message>
            <source>%1 is a database of another program: it has tables but no DSAR Desk schema. It has not been changed. Choose another file with --db.</source>
            <translation>%1 är en databas för ett annat program: den har tabeller men inget DSAR Desk-schema. Den har inte ändrats. Välj en annan fil med --db.</translation>
        </message>
        <message>
            <source>Migration %1 failed and was rolled back: %2</source>
            <translation>Migrering %1 misslyckades och har återställts: %2</translation>
        </message>
    </context>
    <context>
        <name>NotificationStatuses</name>
        <message>
            <source>Not yet notified</source>
            <translation>Ännu inte underrättad</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>Underrättad</translation>
        </message>
        <message>
            <source>Impossible</source>
            <translation>Omöjligt</translation>
        </message>
        <message>
            <source>Disproportionate effort</source>
            <translation>Oproportionell ansträngning</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>viewing cases</source>
            <translation>att visa ärenden</translation>
        </message>
        <message>
            <source>registering requests and data subjects</source>
            <translation>att registrera begäranden och registrerade</translation>
        </message>
        <message>
            <source>working on cases</source>
            <translation>att handlägga ärenden</translation>
        </message>
        <message>
            <source>approving an extension</source>
            <translation>att godkänna en förlängning</translation>
        </message>
        <message>
            <source>approving a refusal</source>
            <translation>att godkänna ett avslag</translation>
        </message>
        <message>
            <source>approving the execution of an erasure</source>
            <translation>att godkänna att en radering genomförs</translation>
        </message>
        <message>
            <source>lifting a restriction</source>
            <translation>att häva en begränsning</translation>
        </message>
        <message>
            <source>deciding that a request is manifestly unfounded or excessive</source>
            <translation>att besluta att en begäran är uppenbart ogrundad eller orimlig</translation>
        </message>
        <message>
            <source>managing staff accounts</source>
            <translation>att hantera personalens konton</translation>
        </message>
        <message>
            <source>verifying and exporting the audit trail</source>
            <translation>att kontrollera och exportera granskningsloggen</translation>
        </message>
        <message>
            <source>purging closed cases</source>
            <translation>att gallra avslutade ärenden</translation>
        </message>
        <message>
            <source>Refused: %1 needs the role %2; you are signed in as %3.</source>
            <translation>Nekas: %1 kräver rollen %2; du är inloggad som %3.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> eller </translation>
        </message>
        <message>
            <source>managing organisations, the processing register and settings</source>
            <translation>att hantera organisationer, behandlingsregistret och inställningar</translation>
        </message>
        <message>
            <source>approving a case's decision</source>
            <translation>att godkänna ett ärendes beslut</translation>
        </message>
    </context>
    <context>
        <name>ProcessingActivities</name>
        <message>
            <source>customer</source>
            <translation>kund</translation>
        </message>
        <message>
            <source>company representative</source>
            <translation>företagsrepresentant</translation>
        </message>
        <message>
            <source>supplier contact</source>
            <translation>kontaktperson hos leverantör</translation>
        </message>
        <message>
            <source>job applicant</source>
            <translation>arbetssökande</translation>
        </message>
        <message>
            <source>visitor</source>
            <translation>besökare</translation>
        </message>
        <message>
            <source>website visitor</source>
            <translation>webbplatsbesökare</translation>
        </message>
        <message>
            <source>newsletter subscriber</source>
            <translation>prenumerant på nyhetsbrev</translation>
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
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Avbryt</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Stäng</translation>
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
            <translation>Spara</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppna</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nej</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Förkasta</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hjälp</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Verkställ</translation>
        </message>
    </context>
    <context>
        <name>ReceiptTimeParser</name>
        <message>
            <source>No receipt date was given. Enter the date the request arrived, e.g. 2027-03-05, or the exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z.</source>
            <translation>Inget mottagningsdatum angavs. Ange det datum då begäran kom in, t.ex. 2027-03-05, eller den exakta tiden med Z eller en UTC-förskjutning, t.ex. 2027-03-31T22:30:00Z.</translation>
        </message>
        <message>
            <source>"%1" has spaces before or after it. Remove them, e.g. 2027-03-05.</source>
            <translation>"%1" har mellanslag före eller efter. Ta bort dem, t.ex. 2027-03-05.</translation>
        </message>
        <message>
            <source>"%1" contains digits other than 0-9. Type the date with the digits 0-9, e.g. 2027-03-05 or 2027-03-31T22:30:00Z.</source>
            <translation>"%1" innehåller andra siffror än 0-9. Skriv datumet med siffrorna 0-9, t.ex. 2027-03-05 eller 2027-03-31T22:30:00Z.</translation>
        </message>
        <message>
            <source>"%1" is not a real date. Check the month and the day, in the form YYYY-MM-DD, e.g. 2027-03-05.</source>
            <translation>"%1" är inget giltigt datum. Kontrollera månad och dag i formen ÅÅÅÅ-MM-DD, t.ex. 2027-03-05.</translation>
        </message>
        <message>
            <source>"%1" is not a receipt date or time. Write the date as YYYY-MM-DD, e.g. 2027-03-05, or the exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z or 2027-04-01T00:30:00+02:00.</source>
            <translation>"%1" är inget mottagningsdatum eller klockslag. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2027-03-05, eller den exakta tiden med Z eller en UTC-förskjutning, t.ex. 2027-03-31T22:30:00Z eller 2027-04-01T00:30:00+02:00.</translation>
        </message>
        <message>
            <source>"%1" is not a real date and time. Check the date (YYYY-MM-DD), the time (00:00 to 23:59:59) and the offset (-14:00 to +14:00), e.g. 2027-03-31T22:30:00Z.</source>
            <translation>"%1" är inget giltigt datum med klockslag. Kontrollera datumet (ÅÅÅÅ-MM-DD), klockslaget (00:00 till 23:59:59) och UTC-förskjutningen (-14:00 till +14:00), t.ex. 2027-03-31T22:30:00Z.</translation>
        </message>
        <message>
            <source>"%1" has no time zone, so the receipt date is ambiguous. Add Z for UTC or an offset such as +01:00, e.g. %1Z or %1+01:00.</source>
            <translation>"%1" saknar tidszon, så mottagningsdatumet är tvetydigt. Lägg till Z för UTC eller en UTC-förskjutning som +01:00, t.ex. %1Z eller %1+01:00.</translation>
        </message>
        <message>
            <source>The time zone Europe/Stockholm is missing from this system, so the receipt date of an exact time cannot be taken. Install the tzdata package, or enter the Stockholm date as YYYY-MM-DD.</source>
            <translation>Tidszonen Europe/Stockholm saknas i det här systemet, så mottagningsdatumet kan inte räknas fram ur en exakt tid. Installera paketet tzdata eller ange datumet i svensk tid som ÅÅÅÅ-MM-DD.</translation>
        </message>
    </context>
    <context>
        <name>RecipientRoles</name>
        <message>
            <source>Processor (GDPR Art. 28)</source>
            <translation>Personuppgiftsbiträde (GDPR art. 28)</translation>
        </message>
        <message>
            <source>Independent controller</source>
            <translation>Självständigt personuppgiftsansvarig</translation>
        </message>
        <message>
            <source>Joint controller (GDPR Art. 26)</source>
            <translation>Gemensamt personuppgiftsansvarig (GDPR art. 26)</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Myndighet</translation>
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
            <translation>ett sanningsvärde</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>ett tal</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>en sträng</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>en array</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ett objekt</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ingenting</translation>
        </message>
        <message>
            <source>expected %1, found %2.</source>
            <translation>ska vara %1, men är %2.</translation>
        </message>
        <message>
            <source>unknown key; did you mean "%1"?</source>
            <translation>okänd nyckel; menade du "%1"?</translation>
        </message>
        <message>
            <source>unknown key; %1 has the keys %2.</source>
            <translation>okänd nyckel; %1 har nycklarna %2.</translation>
        </message>
        <message>
            <source>missing; %1 needs it. Add the key.</source>
            <translation>saknas; %1 måste ha den. Lägg till nyckeln.</translation>
        </message>
        <message>
            <source>a string such as "2y", or null</source>
            <translation>en sträng som "2y", eller null</translation>
        </message>
        <message>
            <source>a retention rule</source>
            <translation>en gallringsregel</translation>
        </message>
        <message>
            <source>unknown retention anchor "%1"; use one of %2.</source>
            <translation>okänd startpunkt för bevarandetiden "%1"; använd en av %2.</translation>
        </message>
        <message>
            <source>a legal basis</source>
            <translation>en rättslig grund</translation>
        </message>
        <message>
            <source>unknown legal basis "%1"; use one of %2.</source>
            <translation>okänd rättslig grund "%1"; använd en av %2.</translation>
        </message>
        <message>
            <source>a data category</source>
            <translation>en personuppgiftskategori</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true eller false</translation>
        </message>
        <message>
            <source>a source</source>
            <translation>en källa</translation>
        </message>
        <message>
            <source>unknown kind of source "%1"; use one of %2.</source>
            <translation>okänd typ av källa "%1"; använd en av %2.</translation>
        </message>
        <message>
            <source>a recipient</source>
            <translation>en mottagare</translation>
        </message>
        <message>
            <source>unknown recipient role "%1"; use one of %2.</source>
            <translation>okänd mottagarroll "%1"; använd en av %2.</translation>
        </message>
        <message>
            <source>a transfer</source>
            <translation>en överföring</translation>
        </message>
        <message>
            <source>unknown transfer safeguard "%1"; use one of %2, or null inside the EU/EEA.</source>
            <translation>okänd skyddsåtgärd för överföringen "%1"; använd en av %2, eller null inom EU/EES.</translation>
        </message>
        <message>
            <source>an activity</source>
            <translation>en behandling</translation>
        </message>
        <message>
            <source>unknown Art. 9(2) condition "%1"; use one of %2, or null when no data are special.</source>
            <translation>okänt undantag enligt art. 9.2 "%1"; använd ett av %2, eller null när inga uppgifter hör till de särskilda kategorierna.</translation>
        </message>
        <message>
            <source>an automated decision</source>
            <translation>ett automatiserat beslut</translation>
        </message>
        <message>
            <source>an object or null</source>
            <translation>ett objekt eller null</translation>
        </message>
        <message>
            <source>an organisation</source>
            <translation>en organisation</translation>
        </message>
        <message>
            <source>"%1" is also the name of activities[%2]; an organisation's activities need different names. Rename or merge them.</source>
            <translation>"%1" är också namnet på activities[%2]; en organisations behandlingar måste ha olika namn. Byt namn på någon av dem eller slå ihop dem.</translation>
        </message>
        <message>
            <source>missing; the document needs it. A register document starts with "format": "%1".</source>
            <translation>saknas; dokumentet måste ha den. Ett registerdokument börjar med "format": "%1".</translation>
        </message>
        <message>
            <source>expected "%1", found %2; this is not a DSAR Desk register document.</source>
            <translation>ska vara "%1", men är %2; detta är inget registerdokument från DSAR Desk.</translation>
        </message>
        <message>
            <source>missing; the document needs it. This build reads version %1.</source>
            <translation>saknas; dokumentet måste ha den. Den här versionen av DSAR Desk läser version %1.</translation>
        </message>
        <message>
            <source>a whole number (%1)</source>
            <translation>ett heltal (%1)</translation>
        </message>
        <message>
            <source>this build of DSAR Desk reads version %1 of the register format, not version %2. Export the register again with a matching DSAR Desk, or update DSAR Desk.</source>
            <translation>den här versionen av DSAR Desk läser version %1 av registerformatet, inte version %2. Exportera registret på nytt med en DSAR Desk som läser den här versionen, eller uppdatera DSAR Desk.</translation>
        </message>
        <message>
            <source>"%1": the retention rule cannot be written: %2</source>
            <translation>"%1": gallringsregeln kan inte skrivas: %2</translation>
        </message>
        <message>
            <source>The register document is empty. Export one with "dsarctl register export FILE".</source>
            <translation>Registerdokumentet är tomt. Exportera ett med "dsarctl register export FIL".</translation>
        </message>
        <message>
            <source>line %1, column %2: %3 (not valid JSON). Correct the file and try again.</source>
            <translation>rad %1, kolumn %2: %3 (ogiltig JSON). Rätta filen och försök igen.</translation>
        </message>
        <message>
            <source>The register document must be a JSON object with "format", "version" and "organisations"; it is an array.</source>
            <translation>Registerdokumentet måste vara ett JSON-objekt med "format", "version" och "organisations"; nu är det en array.</translation>
        </message>
        <message>
            <source>the document</source>
            <translation>dokumentet</translation>
        </message>
        <message>
            <source>"%1" is also the name of organisations[%2]; list each organisation once.</source>
            <translation>"%1" är också namnet på organisations[%2]; ta med varje organisation bara en gång.</translation>
        </message>
        <message>
            <source>%1 is also the organisation number of organisations[%2]; list each organisation once.</source>
            <translation>%1 är också organisationsnumret för organisations[%2]; ta med varje organisation bara en gång.</translation>
        </message>
    </context>
    <context>
        <name>RegisterExchange</name>
        <message>
            <source>%1 (Art. 9)</source>
            <translation>%1 (art. 9)</translation>
        </message>
        <message>
            <source>Logic: %1 Significance: %2</source>
            <translation>Logik: %1 Betydelse och följder: %2</translation>
        </message>
        <message>
            <source>%1: matches the same organisation, "%2", as the entry "%3" (by organisation number or name). List each organisation once.</source>
            <translation>%1: avser samma organisation, "%2", som posten "%3" (genom organisationsnummer eller namn). Ta med varje organisation bara en gång.</translation>
        </message>
        <message>
            <source>%1, activity "%2": %3</source>
            <translation>%1, behandlingen "%2": %3</translation>
        </message>
        <message>
            <source>%1 and %2 after</source>
            <translation>%1 och %2 därefter</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. Choose another file or folder.</source>
            <translation>Det går inte att skriva %1: %2. Välj en annan fil eller mapp.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. Nothing was changed; check the free space and try again.</source>
            <translation>Det går inte att skriva %1: %2. Ingenting har ändrats; kontrollera det lediga utrymmet och försök igen.</translation>
        </message>
    </context>
    <context>
        <name>RegisterRepository</name>
        <message>
            <source>The register table %1 holds an unknown code "%2". The database was changed outside DSAR Desk; restore it from a backup.</source>
            <translation>Registertabellen %1 innehåller en okänd kod "%2". Databasen har ändrats utanför DSAR Desk; återställ den från en säkerhetskopia.</translation>
        </message>
    </context>
    <context>
        <name>RegisterService</name>
        <message>
            <source>%1 is %2 characters long; at most %3 are allowed. Shorten it.</source>
            <translation>%1 har %2 tecken; högst %3 tecken är tillåtna. Korta texten.</translation>
        </message>
        <message>
            <source>%1 "%2" is listed twice. Remove one of them.</source>
            <translation>%1 "%2" finns med två gånger. Ta bort en av dem.</translation>
        </message>
        <message>
            <source>%1: "UK" is not an ISO 3166 code; the United Kingdom is GB.</source>
            <translation>%1: "UK" är ingen ISO 3166-kod; Storbritannien har koden GB.</translation>
        </message>
        <message>
            <source>%1: "EL" is not an ISO 3166 code; Greece is GR.</source>
            <translation>%1: "EL" är ingen ISO 3166-kod; Grekland har koden GR.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a country code. Give the two-letter ISO 3166 code, e.g. SE, NO, US or GB.</source>
            <translation>%1: "%2" är ingen landskod. Ange landskoden med två bokstäver enligt ISO 3166, t.ex. SE, NO, US eller GB.</translation>
        </message>
        <message>
            <source>The processing activity needs a name, e.g. "CRM-system" or "Recruitment".</source>
            <translation>Behandlingen behöver ett namn, t.ex. "CRM-system" eller "Rekrytering".</translation>
        </message>
        <message>
            <source>The name of the processing activity</source>
            <translation>Behandlingens namn</translation>
        </message>
        <message>
            <source>There is no organisation with id %1. Add the organisation first, or choose one from "dsarctl controller list".</source>
            <translation>Det finns ingen organisation med id %1. Lägg till organisationen först, eller välj en i listan från "dsarctl controller list".</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Ändamål</translation>
        </message>
        <message>
            <source>"%1" has no purpose. State at least one purpose (GDPR Art. 30(1)(b)).</source>
            <translation>"%1" saknar ändamål. Ange minst ett ändamål (GDPR art. 30.1 b).</translation>
        </message>
        <message>
            <source>"%1" has no legal basis. Choose at least one of GDPR Art. 6(1)(a)-(f): %2.</source>
            <translation>"%1" saknar rättslig grund. Välj minst en av GDPR art. 6.1 a-f: %2.</translation>
        </message>
        <message>
            <source>The note on a legal basis</source>
            <translation>Anteckningen om en rättslig grund</translation>
        </message>
        <message>
            <source>The legal basis %1 is listed twice. Remove one of them.</source>
            <translation>Den rättsliga grunden %1 finns med två gånger. Ta bort en av dem.</translation>
        </message>
        <message>
            <source>A data category has no name. Name it (e.g. "contact details") or remove it.</source>
            <translation>En personuppgiftskategori saknar namn. Namnge den (t.ex. "kontaktuppgifter") eller ta bort den.</translation>
        </message>
        <message>
            <source>A data category</source>
            <translation>En personuppgiftskategori</translation>
        </message>
        <message>
            <source>The data category "%1" is listed twice. Remove one of them.</source>
            <translation>Personuppgiftskategorin "%1" finns med två gånger. Ta bort en av dem.</translation>
        </message>
        <message>
            <source>"%1" is special-category data (GDPR Art. 9(1)), which may only be processed under a condition of Art. 9(2). Choose the condition (%2) or unmark the category as special.</source>
            <translation>"%1" hör till de särskilda kategorierna av personuppgifter (GDPR art. 9.1), som bara får behandlas om ett av undantagen i art. 9.2 gäller. Välj undantaget (%2) eller ta bort markeringen av kategorin som särskild.</translation>
        </message>
        <message>
            <source>An Art. 9(2) condition is set but no data category is marked as special-category data. Mark the special category or remove the condition.</source>
            <translation>Ett undantag enligt art. 9.2 är valt, men ingen personuppgiftskategori är markerad som särskild kategori av personuppgifter. Markera den särskilda kategorin eller ta bort undantaget.</translation>
        </message>
        <message>
            <source>Category of data subjects</source>
            <translation>Kategori av registrerade</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>The name of a source</source>
            <translation>Namnet på en källa</translation>
        </message>
        <message>
            <source>A source of kind "other" needs a name that says where the data come from.</source>
            <translation>En källa av typen "other" behöver ett namn som talar om varifrån uppgifterna kommer.</translation>
        </message>
        <message>
            <source>A recipient has no name. Name it (e.g. the processor's company name) or remove it.</source>
            <translation>En mottagare saknar namn. Namnge den (t.ex. med personuppgiftsbiträdets företagsnamn) eller ta bort den.</translation>
        </message>
        <message>
            <source>The name of a recipient</source>
            <translation>Namnet på en mottagare</translation>
        </message>
        <message>
            <source>The purpose of a recipient</source>
            <translation>Ändamålet för en mottagare</translation>
        </message>
        <message>
            <source>Recipient "%1"</source>
            <translation>Mottagaren "%1"</translation>
        </message>
        <message>
            <source>The recipient of a transfer</source>
            <translation>Mottagaren vid en överföring</translation>
        </message>
        <message>
            <source>The note on a transfer</source>
            <translation>Anteckningen om en överföring</translation>
        </message>
        <message>
            <source>A transfer</source>
            <translation>En överföring</translation>
        </message>
        <message>
            <source>The transfer to %1 goes outside the EU/EEA and needs a safeguard (GDPR Art. 44-46). Choose one: %2.</source>
            <translation>Överföringen till %1 går till ett land utanför EU/EES och kräver en skyddsåtgärd (GDPR art. 44-46). Välj en: %2.</translation>
        </message>
        <message>
            <source>The transfer to %1 relies on a derogation; state in the note which one of GDPR Art. 49(1) applies (e.g. explicit consent, a contract with the subject).</source>
            <translation>Överföringen till %1 bygger på ett undantag för särskilda situationer; ange i anteckningen vilket av undantagen i GDPR art. 49.1 som gäller (t.ex. uttryckligt samtycke eller ett avtal med den registrerade).</translation>
        </message>
        <message>
            <source>An automated decision needs both a description of its logic and of its significance and consequences for the subject (GDPR Art. 15(1)(h)).</source>
            <translation>Ett automatiserat beslut behöver både en beskrivning av logiken och av betydelsen och följderna för den registrerade (GDPR art. 15.1 h).</translation>
        </message>
        <message>
            <source>The description of the automated decision's logic</source>
            <translation>Beskrivningen av logiken i det automatiserade beslutet</translation>
        </message>
        <message>
            <source>The automated decision's significance</source>
            <translation>Det automatiserade beslutets betydelse</translation>
        </message>
        <message>
            <source>"%1" has no retention rule. State how long the data are kept, e.g. two years after the contract ended (GDPR Art. 30(1)(f)).</source>
            <translation>"%1" saknar gallringsregel. Ange hur länge uppgifterna sparas, t.ex. två år efter att avtalet upphörde (GDPR art. 30.1 f).</translation>
        </message>
        <message>
            <source>The retention rule</source>
            <translation>Gallringsregeln</translation>
        </message>
        <message>
            <source>"%1": the retention rule cannot be used: %2</source>
            <translation>"%1": gallringsregeln kan inte användas: %2</translation>
        </message>
        <message>
            <source>The retention note</source>
            <translation>Anteckningen om gallring</translation>
        </message>
        <message>
            <source>The organisation already has a processing activity named "%1". Choose another name or change that activity.</source>
            <translation>Organisationen har redan en behandling med namnet "%1". Välj ett annat namn eller ändra den behandlingen.</translation>
        </message>
        <message>
            <source>The processing activity could not be saved: %1</source>
            <translation>Behandlingen kunde inte sparas: %1</translation>
        </message>
        <message>
            <source>There is no processing activity with id %1; it may have been removed.</source>
            <translation>Det finns ingen behandling med id %1; den kan ha tagits bort.</translation>
        </message>
        <message>
            <source>A processing activity cannot move to another organisation. Add it to that organisation and remove it here.</source>
            <translation>En behandling kan inte flyttas till en annan organisation. Lägg till den hos den organisationen och ta bort den här.</translation>
        </message>
        <message>
            <source>The organisation already has another processing activity named "%1". Choose another name.</source>
            <translation>Organisationen har redan en annan behandling med namnet "%1". Välj ett annat namn.</translation>
        </message>
        <message>
            <source>There is no processing activity with id %1; it may already have been removed.</source>
            <translation>Det finns ingen behandling med id %1; den kan redan ha tagits bort.</translation>
        </message>
        <message>
            <source>The processing activity could not be removed: %1</source>
            <translation>Behandlingen kunde inte tas bort: %1</translation>
        </message>
        <message>
            <source>There is no organisation with id %1. List them with "dsarctl controller list".</source>
            <translation>Det finns ingen organisation med id %1. Lista organisationerna med "dsarctl controller list".</translation>
        </message>
        <message>
            <source>There is no processing activity with id %1.</source>
            <translation>Det finns ingen behandling med id %1.</translation>
        </message>
        <message numerus="yes">
            <source>"%1" cannot be removed: %n holding(s) of data subjects belong to it. Move them to another activity or erase them first.</source>
            <translation>
                <numerusform>"%1" kan inte tas bort: %n uppgift om registrerade hör till den. Flytta den till en annan behandling eller radera den först.</numerusform>
                <numerusform>"%1" kan inte tas bort: %n uppgifter om registrerade hör till den. Flytta dem till en annan behandling eller radera dem först.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestRights</name>
        <message>
            <source>Access</source>
            <translation>Tillgång</translation>
        </message>
        <message>
            <source>Rectification</source>
            <translation>Rättelse</translation>
        </message>
        <message>
            <source>Erasure</source>
            <translation>Radering</translation>
        </message>
        <message>
            <source>Restriction</source>
            <translation>Begränsning</translation>
        </message>
        <message>
            <source>Portability</source>
            <translation>Dataportabilitet</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Invändning</translation>
        </message>
        <message>
            <source>Withdrawal of consent</source>
            <translation>Återkallat samtycke</translation>
        </message>
        <message>
            <source>Art. 15</source>
            <translation>art. 15</translation>
        </message>
        <message>
            <source>Art. 16</source>
            <translation>art. 16</translation>
        </message>
        <message>
            <source>Art. 17</source>
            <translation>art. 17</translation>
        </message>
        <message>
            <source>Art. 18</source>
            <translation>art. 18</translation>
        </message>
        <message>
            <source>Art. 20</source>
            <translation>art. 20</translation>
        </message>
        <message>
            <source>Art. 21</source>
            <translation>art. 21</translation>
        </message>
        <message>
            <source>Art. 7(3)</source>
            <translation>art. 7.3</translation>
        </message>
    </context>
    <context>
        <name>RetentionAnchors</name>
        <message>
            <source>after collection</source>
            <translation>efter insamlingen</translation>
        </message>
        <message>
            <source>after the contract or relationship ended</source>
            <translation>efter att avtalet eller relationen upphört</translation>
        </message>
        <message>
            <source>after the last activity</source>
            <translation>efter den senaste aktiviteten</translation>
        </message>
        <message>
            <source>after the calendar year in which the fiscal year ended</source>
            <translation>efter utgången av det kalenderår då räkenskapsåret avslutades</translation>
        </message>
        <message>
            <source>after the send-out</source>
            <translation>efter utskicket</translation>
        </message>
        <message>
            <source>after the account was created</source>
            <translation>efter att kontot skapades</translation>
        </message>
        <message>
            <source>while consent lasts</source>
            <translation>så länge samtycket gäller</translation>
        </message>
        <message>
            <source>until the project ends</source>
            <translation>tills projektet avslutas</translation>
        </message>
        <message>
            <source>kept for a stated reason</source>
            <translation>sparas av ett angivet skäl</translation>
        </message>
    </context>
    <context>
        <name>RetentionEngine</name>
        <message>
            <source>The date of %1 is not a valid date.</source>
            <translation>Datumet för %1 är inget giltigt datum.</translation>
        </message>
        <message>
            <source>%1 is not the last day of a month, so it cannot be the end of a fiscal year; enter the fiscal year's last day, not the date of the document.</source>
            <translation>%1 är inte den sista dagen i en månad och kan därför inte vara slutet på ett räkenskapsår; ange räkenskapsårets sista dag, inte dokumentets datum.</translation>
        </message>
        <message>
            <source>The retain-until date falls outside the calendar.</source>
            <translation>Gallringsdatumet hamnar utanför kalendern.</translation>
        </message>
        <message>
            <source>Kept until %1</source>
            <translation>Sparas till %1</translation>
        </message>
        <message>
            <source>No date yet: waiting for %1</source>
            <translation>Inget datum ännu: väntar på %1</translation>
        </message>
        <message>
            <source>Kept while consent lasts</source>
            <translation>Sparas så länge samtycket gäller</translation>
        </message>
        <message>
            <source>Kept: %1</source>
            <translation>Sparas: %1</translation>
        </message>
    </context>
    <context>
        <name>RetentionEvents</name>
        <message>
            <source>the collection</source>
            <translation>insamlingen</translation>
        </message>
        <message>
            <source>the end of the contract or relationship</source>
            <translation>avtalets eller relationens upphörande</translation>
        </message>
        <message>
            <source>the last activity</source>
            <translation>den senaste aktiviteten</translation>
        </message>
        <message>
            <source>the end of the fiscal year</source>
            <translation>räkenskapsårets slut</translation>
        </message>
        <message>
            <source>the send-out</source>
            <translation>utskicket</translation>
        </message>
        <message>
            <source>the account's creation</source>
            <translation>kontots skapande</translation>
        </message>
        <message>
            <source>the withdrawal of consent</source>
            <translation>återkallelsen av samtycket</translation>
        </message>
        <message>
            <source>the end of the project</source>
            <translation>projektets slut</translation>
        </message>
    </context>
    <context>
        <name>RetentionPeriod</name>
        <message>
            <source>Unknown unit of a retention period.</source>
            <translation>Okänd enhet för en bevarandetid.</translation>
        </message>
        <message>
            <source>A retention period of %1%2 is out of range: use 1 to %3 of that unit.</source>
            <translation>Bevarandetiden %1%2 ligger utanför det tillåtna intervallet: ange 1 till %3 av den enheten.</translation>
        </message>
        <message>
            <source>Write a whole number and d, m or y, e.g. 180d, 6m or 2y.</source>
            <translation>Skriv ett heltal följt av d (dagar), m (månader) eller y (år), t.ex. 180d, 6m eller 2y.</translation>
        </message>
        <message>
            <source>"%1" is not a retention period. %2</source>
            <translation>"%1" är ingen bevarandetid. %2</translation>
        </message>
        <message>
            <source>"%1" has no unit. %2</source>
            <translation>"%1" saknar enhet. %2</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n månad</numerusform>
                <numerusform>%n månader</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n år</numerusform>
                <numerusform>%n år</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetentionRule</name>
        <message>
            <source>A backslash in a retention rule must be followed by ; or \.</source>
            <translation>Ett omvänt snedstreck i en gallringsregel måste följas av ; eller \.</translation>
        </message>
        <message>
            <source>Unknown retention anchor.</source>
            <translation>Okänd startpunkt för bevarandetiden.</translation>
        </message>
        <message>
            <source>The legal reference and the reason of a retention rule must be single lines.</source>
            <translation>Lagrummet och skälet i en gallringsregel får bara vara en rad vardera.</translation>
        </message>
        <message>
            <source>A rule kept while consent lasts has no period; remove "%1".</source>
            <translation>En regel där uppgifterna sparas så länge samtycket gäller har ingen bevarandetid; ta bort "%1".</translation>
        </message>
        <message>
            <source>A rule kept for a stated reason has no period; remove "%1" or choose an anchor to count it from.</source>
            <translation>En regel där uppgifterna sparas av ett angivet skäl har ingen bevarandetid; ta bort "%1" eller välj en startpunkt att räkna den från.</translation>
        </message>
        <message>
            <source>A rule kept for a stated reason needs the reason.</source>
            <translation>En regel där uppgifterna sparas av ett angivet skäl måste ange skälet.</translation>
        </message>
        <message>
            <source>A rule counted after the fiscal year's end needs a period in years, e.g. 7y (BFL 7 kap. 2 §).</source>
            <translation>En regel som räknas från räkenskapsårets slut behöver en bevarandetid i år, t.ex. 7y (7 kap. 2 § bokföringslagen).</translation>
        </message>
        <message>
            <source>A rule "%1" needs a period, e.g. 2y, 6m or 180d.</source>
            <translation>En regel med startpunkten "%1" behöver en bevarandetid, t.ex. 2y, 6m eller 180d.</translation>
        </message>
        <message>
            <source>A retention rule has at most four fields, anchor;period;legal reference;reason; write a semicolon in the text as \;.</source>
            <translation>En gallringsregel har högst fyra fält, startpunkt;bevarandetid;lagrum;skäl; skriv ett semikolon i texten som \;.</translation>
        </message>
        <message>
            <source>"%1" is not a retention anchor; use one of %2.</source>
            <translation>"%1" är ingen startpunkt för bevarandetiden; använd en av %2.</translation>
        </message>
    </context>
    <context>
        <name>RetentionService</name>
        <message>
            <source>retention period after closing has run out</source>
            <translation>bevarandetiden efter avslut har löpt ut</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Case handler</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <source>Data protection officer</source>
            <translation>Dataskyddsombud</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administratör</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>The cryptographic self-test of %1 failed; the program cannot protect personal data with this OpenSSL library.</source>
            <translation>Kryptografins självtest av %1 misslyckades; programmet kan inte skydda personuppgifter med det här OpenSSL-biblioteket.</translation>
        </message>
        <message>
            <source>AES-256-GCM encryption</source>
            <translation>AES-256-GCM-kryptering</translation>
        </message>
        <message>
            <source>AES-256-GCM decryption</source>
            <translation>AES-256-GCM-dekryptering</translation>
        </message>
        <message>
            <source>AES-256-GCM tamper detection</source>
            <translation>AES-256-GCM:s upptäckt av manipulering</translation>
        </message>
        <message>
            <source>AES-256-GCM nonce generation</source>
            <translation>AES-256-GCM:s generering av engångsvärden</translation>
        </message>
        <message>
            <source>constant-time comparison</source>
            <translation>jämförelse i konstant tid</translation>
        </message>
        <message>
            <source>the random number generator</source>
            <translation>slumptalsgeneratorn</translation>
        </message>
    </context>
    <context>
        <name>SettingsService</name>
        <message>
            <source>The deadline settings in the database are damaged (calendar profile "%1", clock-stop window "%2", internal target "%3"). Ask an administrator to correct them.</source>
            <translation>Inställningarna för tidsfrister i databasen är skadade (kalenderprofil "%1", tidsfönster för fristuppehåll "%2", internt mål "%3"). Be en administratör att rätta dem.</translation>
        </message>
        <message>
            <source>The retention setting for closed cases ("%1" years) is damaged. Ask an administrator to correct it.</source>
            <translation>Inställningen för bevarandetid för avslutade ärenden ("%1" år) är skadad. Be en administratör att rätta den.</translation>
        </message>
        <message>
            <source>Calendar for deadlines: EU (binding) or SE1930 (also the three eves non-working; information only). EU or SE1930.</source>
            <translation>Kalender för tidsfrister: EU (bindande) eller SE1930 (även de tre aftnarna är arbetsfria; endast som information). EU eller SE1930.</translation>
        </message>
        <message>
            <source>Working days after receipt within which an identity or clarification request stops the clock. 0 to 20.</source>
            <translation>Arbetsdagar efter mottagandet inom vilka en begäran om identifiering eller komplettering stoppar tidsfristen. 0 till 20.</translation>
        </message>
        <message>
            <source>Internal target in days from receipt. 1 to 30.</source>
            <translation>Internt mål i dagar från mottagandet. 1 till 30.</translation>
        </message>
        <message>
            <source>Years a closed case is kept before it is purged. 1 to 50.</source>
            <translation>År som ett avslutat ärende sparas innan det gallras. 1 till 50.</translation>
        </message>
        <message>
            <source>There is no setting "%1". The settings are: %2.</source>
            <translation>Det finns ingen inställning "%1". Inställningarna är: %2.</translation>
        </message>
        <message>
            <source>"%1" is not a valid value for %2: %3</source>
            <translation>"%1" är inte ett giltigt värde för %2: %3</translation>
        </message>
        <message>
            <source>Calendar days after a request for identification before an unanswered case may be closed as identity not confirmed. 7 to 365.</source>
            <translation>Kalenderdagar efter en begäran om identitetskontroll innan ett obesvarat ärende får avslutas som ”identiteten inte bekräftad”. 7 till 365.</translation>
        </message>
        <message>
            <source>The setting identification.wait_days ("%1" days) is damaged. Ask an administrator to correct it.</source>
            <translation>Inställningen identification.wait_days (”%1” dagar) är skadad. Be en administratör rätta den.</translation>
        </message>
        <message>
            <source>Working days before a case's due date from which it is shown as a reminder, at start-up and while the app runs. 0 to 20.</source>
            <translation>Arbetsdagar före ett ärendes sista dag från vilka det visas som påminnelse, vid start och medan programmet körs. 0 till 20.</translation>
        </message>
        <message>
            <source>The setting reminders.working_days ("%1") is damaged. Ask an administrator to correct it.</source>
            <translation>Inställningen reminders.working_days ("%1") är skadad. Be en administratör att rätta den.</translation>
        </message>
    </context>
    <context>
        <name>SourceKinds</name>
        <message>
            <source>The data subject</source>
            <translation>Den registrerade</translation>
        </message>
        <message>
            <source>Public register</source>
            <translation>Offentligt register</translation>
        </message>
        <message>
            <source>Credit bureau</source>
            <translation>Kreditupplysningsföretag</translation>
        </message>
        <message>
            <source>Sanctions or PEP list</source>
            <translation>Sanktions- eller PEP-lista</translation>
        </message>
        <message>
            <source>The subject's employer</source>
            <translation>Den registrerades arbetsgivare</translation>
        </message>
        <message>
            <source>Other source</source>
            <translation>Annan källa</translation>
        </message>
    </context>
    <context>
        <name>SpecialCategoryConditions</name>
        <message>
            <source>Explicit consent (GDPR Art. 9(2)(a))</source>
            <translation>Uttryckligt samtycke (GDPR art. 9.2 a)</translation>
        </message>
        <message>
            <source>Employment and social security law (GDPR Art. 9(2)(b))</source>
            <translation>Arbetsrätt, social trygghet och socialt skydd (GDPR art. 9.2 b)</translation>
        </message>
        <message>
            <source>Vital interests, the subject cannot consent (GDPR Art. 9(2)(c))</source>
            <translation>Grundläggande intressen när den registrerade inte kan ge sitt samtycke (GDPR art. 9.2 c)</translation>
        </message>
        <message>
            <source>Non-profit body and its members (GDPR Art. 9(2)(d))</source>
            <translation>Ideell organisation och dess medlemmar (GDPR art. 9.2 d)</translation>
        </message>
        <message>
            <source>Manifestly made public by the subject (GDPR Art. 9(2)(e))</source>
            <translation>Uppenbart offentliggjorda av den registrerade (GDPR art. 9.2 e)</translation>
        </message>
        <message>
            <source>Legal claims or courts (GDPR Art. 9(2)(f))</source>
            <translation>Rättsliga anspråk eller domstolar (GDPR art. 9.2 f)</translation>
        </message>
        <message>
            <source>Substantial public interest (GDPR Art. 9(2)(g))</source>
            <translation>Viktigt allmänt intresse (GDPR art. 9.2 g)</translation>
        </message>
        <message>
            <source>Preventive or occupational medicine, health or social care (GDPR Art. 9(2)(h))</source>
            <translation>Förebyggande hälso- och sjukvård, yrkesmedicin, vård eller social omsorg (GDPR art. 9.2 h)</translation>
        </message>
        <message>
            <source>Public health (GDPR Art. 9(2)(i))</source>
            <translation>Folkhälsa (GDPR art. 9.2 i)</translation>
        </message>
        <message>
            <source>Archiving, research or statistics (GDPR Art. 9(2)(j))</source>
            <translation>Arkivändamål, forskning eller statistik (GDPR art. 9.2 j)</translation>
        </message>
    </context>
    <context>
        <name>SqlQuery</name>
        <message>
            <source>The database refused a statement: %1</source>
            <translation>Databasen godtog inte en SQL-sats: %1</translation>
        </message>
        <message>
            <source>The database could not carry out a statement: %1</source>
            <translation>Databasen kunde inte utföra en SQL-sats: %1</translation>
        </message>
        <message>
            <source>The database did not return the new row's id.</source>
            <translation>Databasen returnerade inte id för den nya raden.</translation>
        </message>
    </context>
    <context>
        <name>StopScopes</name>
        <message>
            <source>Direct marketing stopped (suppression list)</source>
            <translation>Direktmarknadsföring stoppad (spärrlista)</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Återkallat samtycke</translation>
        </message>
        <message>
            <source>Objection upheld</source>
            <translation>Invändning godtagen</translation>
        </message>
    </context>
    <context>
        <name>SubjectService</name>
        <message>
            <source>The data subject needs a name. Write the name as the request gives it.</source>
            <translation>Den registrerade saknar namn. Skriv namnet så som det står i begäran.</translation>
        </message>
        <message>
            <source>The name is longer than %1 characters. Shorten it.</source>
            <translation>Namnet är längre än %1 tecken. Korta det.</translation>
        </message>
        <message>
            <source>"%1" is not an e-mail address. Write it as name@example.se, or leave it empty.</source>
            <translation>"%1" är ingen e-postadress. Skriv den som namn@example.se eller lämna fältet tomt.</translation>
        </message>
        <message>
            <source>Personnummer %1: %2</source>
            <translation>Personnummer %1: %2</translation>
        </message>
        <message>
            <source>%1 is an organisation number. A data subject is a person: give a personnummer or samordningsnummer, or leave it empty.</source>
            <translation>%1 är ett organisationsnummer. En registrerad är en person: ange ett personnummer eller samordningsnummer, eller lämna fältet tomt.</translation>
        </message>
        <message>
            <source>A data subject with this %1 is already registered (id %2). Use that subject instead of adding a second one.</source>
            <translation>En registrerad med detta %1 finns redan (id %2). Använd den registrerade i stället för att lägga upp en till.</translation>
        </message>
        <message>
            <source>There is no data subject with id %1.</source>
            <translation>Det finns ingen registrerad med id %1.</translation>
        </message>
        <message>
            <source>e-mail address</source>
            <translation>e-postadress</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>telefonnummer</translation>
        </message>
        <message>
            <source>postal address</source>
            <translation>postadress</translation>
        </message>
        <message>
            <source>The %1 is longer than %2 characters. Shorten it.</source>
            <translation>Fältet %1 är längre än %2 tecken. Korta det.</translation>
        </message>
        <message>
            <source>The personnummer is too long: it has 10 or 12 digits, e.g. 19121212-1212.</source>
            <translation>Personnumret är för långt: det har 10 eller 12 siffror, t.ex. 19121212-1212.</translation>
        </message>
        <message>
            <source>Give part of a name, an e-mail address or a personnummer to search for.</source>
            <translation>Ange en del av ett namn, en e-postadress eller ett personnummer att söka efter.</translation>
        </message>
    </context>
    <context>
        <name>SwedishIdParser</name>
        <message>
            <source>Character %1 at position %2 is a digit from another writing system; only the digits 0-9 are accepted. Retype the number with the digits 0-9.</source>
            <translation>Tecknet %1 på position %2 är en siffra från ett annat skriftsystem; bara siffrorna 0-9 godtas. Skriv numret på nytt med siffrorna 0-9.</translation>
        </message>
        <message>
            <source>Character %1 at position %2 is not the ordinary hyphen; write the separator as "-" (or "+" for a person who has turned 100).</source>
            <translation>Tecknet %1 på position %2 är inte ett vanligt bindestreck; skriv skiljetecknet som "-" (eller "+" för en person som har fyllt 100).</translation>
        </message>
        <message>
            <source>There is a space (%1) at position %2; remove the spaces inside the number.</source>
            <translation>Det finns ett mellanslag (%1) på position %2; ta bort mellanslagen inne i numret.</translation>
        </message>
        <message>
            <source>Character %1 at position %2 is not allowed; an identity number has only the digits 0-9 and a "-" or "+" before the last four digits.</source>
            <translation>Tecknet %1 på position %2 är inte tillåtet; ett identitetsnummer har bara siffrorna 0-9 och ett "-" eller "+" före de fyra sista siffrorna.</translation>
        </message>
        <message>
            <source>The check digit (the last digit) is %1 but should be %2; check the number for a typing error.</source>
            <translation>Kontrollsiffran (den sista siffran) är %1 men ska vara %2; kontrollera att numret inte är felskrivet.</translation>
        </message>
        <message>
            <source>A 12-digit number starting with 16 is an organisationsnummer, but the third and fourth digits after 16 are %1, and an organisationsnummer has 20 or more there. For a personnummer, write the century (19 or 20) instead of 16.</source>
            <translation>Ett 12-siffrigt nummer som börjar med 16 är ett organisationsnummer, men den tredje och fjärde siffran efter 16 är %1, och ett organisationsnummer har 20 eller mer där. Är det ett personnummer skriver du århundradet (19 eller 20) i stället för 16.</translation>
        </message>
        <message>
            <source>An organisationsnummer is written with "-", not "+" ("+" marks a person who has turned 100). Write it as NNNNNN-NNNN.</source>
            <translation>Ett organisationsnummer skrivs med "-", inte "+" ("+" betyder att personen har fyllt 100). Skriv det som NNNNNN-NNNN.</translation>
        </message>
        <message>
            <source>No such date: the month is %1, but it must be 01-12. If this is an organisationsnummer, write it with 10 digits or with 16 in front.</source>
            <translation>Ogiltigt datum: månaden är %1, men den måste vara 01-12. Är det ett organisationsnummer skriver du det med 10 siffror eller med 16 framför.</translation>
        </message>
        <message>
            <source>No such date: the month is %1, but it must be 01-12 (YYMMDD-NNNC); check the number for a typing error.</source>
            <translation>Ogiltigt datum: månaden är %1, men den måste vara 01-12 (ÅÅMMDD-NNNK); kontrollera att numret inte är felskrivet.</translation>
        </message>
        <message>
            <source>No such date: the day is %1, but it must be 01-31 (or 61-91 for a samordningsnummer); check the number for a typing error.</source>
            <translation>Ogiltigt datum: dagen är %1, men den måste vara 01-31 (eller 61-91 för ett samordningsnummer); kontrollera att numret inte är felskrivet.</translation>
        </message>
        <message>
            <source>No such date: %1 does not exist (in a samordningsnummer the day is written + 60, here %2); check the number for a typing error.</source>
            <translation>Ogiltigt datum: %1 finns inte (i ett samordningsnummer skrivs dagen + 60, här %2); kontrollera att numret inte är felskrivet.</translation>
        </message>
        <message>
            <source>No such date: %1 does not exist ("+" means the person has turned 100, which gives the year %2); check the number and its separator.</source>
            <translation>Ogiltigt datum: %1 finns inte ("+" betyder att personen har fyllt 100, vilket ger året %2); kontrollera numret och dess skiljetecken.</translation>
        </message>
        <message>
            <source>No such date: %1 does not exist; check the number for a typing error.</source>
            <translation>Ogiltigt datum: %1 finns inte; kontrollera att numret inte är felskrivet.</translation>
        </message>
        <message>
            <source>The birth date %1 is in the future (after %2); check the year.</source>
            <translation>Födelsedatumet %1 ligger i framtiden (efter %2); kontrollera året.</translation>
        </message>
        <message>
            <source>The number is written with "+", which means the person has turned 100, but a person born %1 turns 100 on %2. Write it with "-" or without a separator.</source>
            <translation>Numret är skrivet med "+", vilket betyder att personen har fyllt 100, men en person som är född %1 fyller 100 den %2. Skriv det med "-" eller utan skiljetecken.</translation>
        </message>
        <message>
            <source>Cannot check the identity number: no valid reference date was given.</source>
            <translation>Det går inte att kontrollera identitetsnumret: inget giltigt referensdatum angavs.</translation>
        </message>
        <message>
            <source>No identity number was entered; enter 10 or 12 digits (YYMMDD-NNNC or YYYYMMDDNNNC).</source>
            <translation>Inget identitetsnummer angavs; ange 10 eller 12 siffror (ÅÅMMDD-NNNK eller ÅÅÅÅMMDDNNNK).</translation>
        </message>
        <message>
            <source>There is a second separator "%1" at position %2; write only one "-" or "+", before the last four digits (YYMMDD-NNNC).</source>
            <translation>Det finns ett andra skiljetecken "%1" på position %2; skriv bara ett "-" eller "+", före de fyra sista siffrorna (ÅÅMMDD-NNNK).</translation>
        </message>
        <message>
            <source>Wrong length: %1 digits were found, but a Swedish identity number has 10 or 12 digits (YYMMDD-NNNC or YYYYMMDDNNNC).</source>
            <translation>Fel längd: numret har %1 siffror, men ett svenskt identitetsnummer har 10 eller 12 siffror (ÅÅMMDD-NNNK eller ÅÅÅÅMMDDNNNK).</translation>
        </message>
        <message>
            <source>The separator "%1" at position %2 must come right before the last four digits (YYMMDD-NNNC or YYYYMMDD-NNNC).</source>
            <translation>Skiljetecknet "%1" på position %2 måste stå direkt före de fyra sista siffrorna (ÅÅMMDD-NNNK eller ÅÅÅÅMMDD-NNNK).</translation>
        </message>
    </context>
    <context>
        <name>Transaction</name>
        <message>
            <source>Cannot begin a database transaction: %1</source>
            <translation>Det går inte att starta en databastransaktion: %1</translation>
        </message>
        <message>
            <source>No transaction is active.</source>
            <translation>Ingen transaktion är aktiv.</translation>
        </message>
        <message>
            <source>The change could not be saved and nothing was written: %1</source>
            <translation>Ändringen kunde inte sparas och ingenting skrevs: %1</translation>
        </message>
    </context>
    <context>
        <name>TransferSafeguards</name>
        <message>
            <source>Adequacy decision (GDPR Art. 45)</source>
            <translation>Beslut om adekvat skyddsnivå (GDPR art. 45)</translation>
        </message>
        <message>
            <source>EU standard contractual clauses (GDPR Art. 46(2)(c))</source>
            <translation>EU:s standardavtalsklausuler (GDPR art. 46.2 c)</translation>
        </message>
        <message>
            <source>Binding corporate rules (GDPR Art. 47)</source>
            <translation>Bindande företagsbestämmelser (GDPR art. 47)</translation>
        </message>
        <message>
            <source>Derogation for a specific situation (GDPR Art. 49)</source>
            <translation>Undantag för särskilda situationer (GDPR art. 49)</translation>
        </message>
    </context>
    <context>
        <name>dsar::ActivityEditor</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>Name of the processing activity</source>
            <translation>Behandlingens namn</translation>
        </message>
        <message>
            <source>e.g. Recruitment, CRM system, Newsletter</source>
            <translation>t.ex. Rekrytering, CRM-system, Nyhetsbrev</translation>
        </message>
        <message>
            <source>Purposes and legal bases</source>
            <translation>Ändamål och rättslig grund</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personuppgifter</translation>
        </message>
        <message>
            <source>Recipients and transfers</source>
            <translation>Mottagare och överföringar</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Gallring</translation>
        </message>
        <message>
            <source>Automated decisions</source>
            <translation>Automatiserade beslut</translation>
        </message>
        <message>
            <source>Purposes (GDPR Art. 30(1)(b))</source>
            <translation>Ändamål (GDPR art. 30.1 b)</translation>
        </message>
        <message>
            <source>Legal bases (GDPR Art. 6(1))</source>
            <translation>Rättslig grund (GDPR art. 6.1)</translation>
        </message>
        <message>
            <source>Categories of personal data</source>
            <translation>Personuppgiftskategorier</translation>
        </message>
        <message>
            <source>Categories of data subjects</source>
            <translation>Kategorier av registrerade</translation>
        </message>
        <message>
            <source>Sources (GDPR Art. 14(2)(f))</source>
            <translation>Källor (GDPR art. 14.2 f)</translation>
        </message>
        <message>
            <source>Systems</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Recipients (GDPR Art. 30(1)(d))</source>
            <translation>Mottagare (GDPR art. 30.1 d)</translation>
        </message>
        <message>
            <source>Transfers to third countries (GDPR Art. 44-49)</source>
            <translation>Tredjelandsöverföringar (GDPR art. 44–49)</translation>
        </message>
        <message>
            <source>Retention rule (GDPR Art. 30(1)(f))</source>
            <translation>Gallringsregel (GDPR art. 30.1 f)</translation>
        </message>
        <message>
            <source>Note on retention</source>
            <translation>Anteckning om lagringstid</translation>
        </message>
        <message>
            <source>Automated decisions and profiling (GDPR Art. 22)</source>
            <translation>Automatiserade beslut och profilering (GDPR art. 22)</translation>
        </message>
        <message>
            <source>Add a purpose</source>
            <translation>Lägg till ett ändamål</translation>
        </message>
        <message>
            <source>Remove the selected purpose</source>
            <translation>Ta bort det markerade ändamålet</translation>
        </message>
        <message>
            <source>Purposes</source>
            <translation>Ändamål</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Special category (Art. 9)</source>
            <translation>Särskild kategori (art. 9)</translation>
        </message>
        <message>
            <source>Add a data category</source>
            <translation>Lägg till en personuppgiftskategori</translation>
        </message>
        <message>
            <source>Remove the selected data category</source>
            <translation>Ta bort den markerade personuppgiftskategorin</translation>
        </message>
        <message>
            <source>Art. 9(2) &amp;condition:</source>
            <translation>&amp;Undantag enligt art. 9.2:</translation>
        </message>
        <message>
            <source>Condition for special-category data (GDPR Art. 9(2))</source>
            <translation>Undantag för särskilda kategorier av personuppgifter (GDPR art. 9.2)</translation>
        </message>
        <message>
            <source>Condition needed</source>
            <translation>Undantag krävs</translation>
        </message>
        <message>
            <source>Add a category of data subjects</source>
            <translation>Lägg till en kategori av registrerade</translation>
        </message>
        <message>
            <source>Remove the selected category of data subjects</source>
            <translation>Ta bort den markerade kategorin av registrerade</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Add a source</source>
            <translation>Lägg till en källa</translation>
        </message>
        <message>
            <source>Remove the selected source</source>
            <translation>Ta bort den markerade källan</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Källor</translation>
        </message>
        <message>
            <source>Add a system</source>
            <translation>Lägg till ett system</translation>
        </message>
        <message>
            <source>Remove the selected system</source>
            <translation>Ta bort det markerade systemet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Ändamål</translation>
        </message>
        <message>
            <source>Add a recipient</source>
            <translation>Lägg till en mottagare</translation>
        </message>
        <message>
            <source>Remove the selected recipient</source>
            <translation>Ta bort den markerade mottagaren</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <source>Safeguard</source>
            <translation>Skyddsåtgärd</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Add a transfer</source>
            <translation>Lägg till en överföring</translation>
        </message>
        <message>
            <source>Remove the selected transfer</source>
            <translation>Ta bort den markerade överföringen</translation>
        </message>
        <message>
            <source>Transfers to third countries</source>
            <translation>Tredjelandsöverföringar</translation>
        </message>
        <message>
            <source>Not&amp;e, e.g. as the privacy notice words it:</source>
            <translation>&amp;Anteckning, t.ex. med integritetspolicyns formulering:</translation>
        </message>
        <message>
            <source>Retention note</source>
            <translation>Anteckning om lagringstid</translation>
        </message>
        <message>
            <source>The processing includes a&amp;utomated decisions, including profiling</source>
            <translation>Behandlingen omfattar a&amp;utomatiserade beslut, inklusive profilering</translation>
        </message>
        <message>
            <source>&amp;Logic involved:</source>
            <translation>&amp;Logiken bakom beslutet:</translation>
        </message>
        <message>
            <source>Logic of the automated decision</source>
            <translation>Logiken bakom det automatiserade beslutet</translation>
        </message>
        <message>
            <source>S&amp;ignificance and envisaged consequences for the data subject:</source>
            <translation>Betydelse och &amp;förutsedda följder för den registrerade:</translation>
        </message>
        <message>
            <source>Significance of the automated decision</source>
            <translation>Det automatiserade beslutets betydelse</translation>
        </message>
        <message>
            <source>None (within the EU/EEA)</source>
            <translation>Ingen (inom EU/EES)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Inget undantag</translation>
        </message>
        <message>
            <source>Required: a category is marked as special-category data (GDPR Art. 9(1)). Choose the Art. 9(2) condition that allows it.</source>
            <translation>Krävs: en kategori är markerad som särskild kategori av personuppgifter (GDPR art. 9.1). Välj det undantag i art. 9.2 som tillåter behandlingen.</translation>
        </message>
        <message>
            <source>Parts of the processing activity</source>
            <translation>Behandlingens delar</translation>
        </message>
    </context>
    <context>
        <name>dsar::ActivityList</name>
        <message>
            <source>consent</source>
            <translation>samtycke</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>avtal</translation>
        </message>
        <message>
            <source>legal obligation</source>
            <translation>rättslig förpliktelse</translation>
        </message>
        <message>
            <source>vital interests</source>
            <translation>grundläggande intressen</translation>
        </message>
        <message>
            <source>public task</source>
            <translation>allmänt intresse eller myndighetsutövning</translation>
        </message>
        <message>
            <source>legitimate interests</source>
            <translation>berättigat intresse</translation>
        </message>
        <message>
            <source>The organisations could not be read: %1</source>
            <translation>Organisationerna kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>The processing activities could not be read: %1</source>
            <translation>Behandlingarna kunde inte läsas: %1</translation>
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
            <translation>&amp;Detaljer…</translation>
        </message>
        <message>
            <source>Show the organisation's contact details, DPO and supervisory authority</source>
            <translation>Visa organisationens kontaktuppgifter, dataskyddsombud och tillsynsmyndighet</translation>
        </message>
        <message>
            <source>New or&amp;ganisation…</source>
            <translation>Ny or&amp;ganisation…</translation>
        </message>
        <message>
            <source>Add an organisation whose processing and requests you handle</source>
            <translation>Lägg till en organisation vars behandlingar och begäranden ni hanterar</translation>
        </message>
        <message>
            <source>&amp;Processing activities:</source>
            <translation>&amp;Behandlingar:</translation>
        </message>
        <message>
            <source>Filter by name or legal basis</source>
            <translation>Filtrera på namn eller rättslig grund</translation>
        </message>
        <message>
            <source>Filter the processing activities</source>
            <translation>Filtrera behandlingarna</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Behandlingar</translation>
        </message>
        <message>
            <source>Problem with the register</source>
            <translation>Problem med registret</translation>
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
            <translation>Behandling</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>The register names no systems; type the system's name</source>
            <translation>Registret anger inga system; skriv systemets namn</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Processing &amp;activity:</source>
            <translation>&amp;Behandling:</translation>
        </message>
        <message>
            <source>S&amp;ystem:</source>
            <translation>S&amp;ystem:</translation>
        </message>
        <message>
            <source>There are no organisations yet. An administrator adds them and their processing register first.</source>
            <translation>Det finns inga organisationer ännu. En administratör lägger först upp dem och deras behandlingsregister.</translation>
        </message>
    </context>
    <context>
        <name>dsar::AnnualReportDialog</name>
        <message>
            <source>Annual report %1</source>
            <translation>Årsrapport %1</translation>
        </message>
        <message numerus="yes">
            <source>Annual report for %1, %n page(s), made %2. DSAR Desk does not keep it: save or print it now, or make it again later.</source>
            <translation>
                <numerusform>Årsrapport för %1, %n sida, framtagen %2. DSAR Desk sparar den inte: spara eller skriv ut den nu, eller ta fram den igen senare.</numerusform>
                <numerusform>Årsrapport för %1, %n sidor, framtagen %2. DSAR Desk sparar den inte: spara eller skriv ut den nu, eller ta fram den igen senare.</numerusform>
            </translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>Årsrapport</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <source>Year of the report</source>
            <translation>Rapportens år</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>S&amp;pråk:</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Rapportens språk</translation>
        </message>
        <message>
            <source>Why the report could not be made</source>
            <translation>Varför rapporten inte kunde tas fram</translation>
        </message>
        <message>
            <source>&amp;Make report</source>
            <translation>&amp;Ta fram rapport</translation>
        </message>
        <message>
            <source>Make the annual report as PDF</source>
            <translation>Ta fram årsrapporten som PDF</translation>
        </message>
        <message>
            <source>Close without making a report</source>
            <translation>Stäng utan att ta fram någon rapport</translation>
        </message>
        <message>
            <source>The requests received in %1 and what became of them. The year is not over: the report counts up to today, %2.</source>
            <translation>Begäranden som kom in under %1 och vad som blev av dem. Året är inte slut: rapporten räknar fram till i dag, %2.</translation>
        </message>
        <message>
            <source>The requests received in %1 and what became of them, and the answers sent that year.</source>
            <translation>Begäranden som kom in under %1 och vad som blev av dem, och de svar som gick ut det året.</translation>
        </message>
    </context>
    <context>
        <name>dsar::AssessmentItemDialog</name>
        <message>
            <source>Change the decision on %1</source>
            <translation>Ändra beslutet om %1</translation>
        </message>
        <message>
            <source>Why the item was not changed</source>
            <translation>Varför uppgiften inte ändrades</translation>
        </message>
        <message>
            <source>&amp;Save decision</source>
            <translation>&amp;Spara beslut</translation>
        </message>
        <message>
            <source>%1, processing activity %2</source>
            <translation>%1, behandlingen %2</translation>
        </message>
        <message>
            <source>The item</source>
            <translation>Uppgiften</translation>
        </message>
        <message>
            <source>Decision on the item</source>
            <translation>Beslut om uppgiften</translation>
        </message>
        <message>
            <source>Legal ground</source>
            <translation>Rättslig grund</translation>
        </message>
        <message>
            <source>Legal reference</source>
            <translation>Lagrum</translation>
        </message>
        <message>
            <source>e.g. BFL 7 kap. 2 § or GDPR Art. 6(1)(b)</source>
            <translation>t.ex. BFL 7 kap. 2 § eller GDPR art. 6.1 b</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Sparas till och med</translation>
        </message>
        <message>
            <source>Current value</source>
            <translation>Nuvarande värde</translation>
        </message>
        <message>
            <source>Corrected value</source>
            <translation>Rättat värde</translation>
        </message>
        <message>
            <source>Note: why, for this item</source>
            <translation>Anteckning: varför, för just den här uppgiften</translation>
        </message>
        <message>
            <source>Why this decision, e.g. the concrete legal claim for which the item is kept</source>
            <translation>Varför detta beslut, t.ex. det konkreta rättsliga anspråk som uppgiften sparas för</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Uppgift:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Beslut:</translation>
        </message>
        <message>
            <source>&amp;Ground:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>&amp;Legal reference:</source>
            <translation>&amp;Lagrum:</translation>
        </message>
        <message>
            <source>&amp;Kept until:</source>
            <translation>Sparas &amp;till och med:</translation>
        </message>
        <message>
            <source>Current value:</source>
            <translation>Nuvarande värde:</translation>
        </message>
        <message>
            <source>Corrected &amp;value:</source>
            <translation>Rättat &amp;värde:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Anteckning:</translation>
        </message>
        <message>
            <source>None needed</source>
            <translation>Behövs inte</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Inte angiven</translation>
        </message>
        <message>
            <source>Choose a ground…</source>
            <translation>Välj en grund…</translation>
        </message>
        <message>
            <source>The current value could not be read: %1</source>
            <translation>Det nuvarande värdet kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>&amp;Shown as:</source>
            <translation>Visas &amp;som:</translation>
        </message>
        <message>
            <source>The value as the copy shows it, other people's data taken out</source>
            <translation>Värdet som kopian visar det, med andra personers uppgifter borttagna</translation>
        </message>
        <message>
            <source>Empty: nothing of the value is shown</source>
            <translation>Tomt: inget av värdet visas</translation>
        </message>
    </context>
    <context>
        <name>dsar::AssessmentSection</name>
        <message>
            <source>1. Assessment of each item</source>
            <translation>1. Bedömning av varje uppgift</translation>
        </message>
        <message>
            <source>What the request means for each of the data subject's holdings at this organisation, with the legal ground for each decision.</source>
            <translation>Vad begäran innebär för var och en av den registrerades uppgifter hos organisationen, med den rättsliga grunden för varje beslut.</translation>
        </message>
        <message>
            <source>Not assessed yet. The assessment is drafted from the data subject's holdings and the processing register; check each item afterwards.</source>
            <translation>Inte bedömt än. Bedömningen tas fram som ett utkast från den registrerades uppgifter och behandlingsregistret; kontrollera sedan varje uppgift.</translation>
        </message>
        <message>
            <source>Assessed items</source>
            <translation>Bedömda uppgifter</translation>
        </message>
        <message>
            <source>&amp;Begin assessment</source>
            <translation>Bör&amp;ja bedömningen</translation>
        </message>
        <message>
            <source>Begin the assessment</source>
            <translation>Börja bedömningen</translation>
        </message>
        <message>
            <source>Draft a decision for each holding from the processing register and its retention rules</source>
            <translation>Ta fram ett utkast till beslut för varje uppgift utifrån behandlingsregistret och dess gallringsregler</translation>
        </message>
        <message>
            <source>Chan&amp;ge item…</source>
            <translation>Ändra u&amp;ppgift…</translation>
        </message>
        <message>
            <source>Change the selected item</source>
            <translation>Ändra den markerade uppgiften</translation>
        </message>
        <message>
            <source>Change the decision, ground, legal reference or note of the selected item</source>
            <translation>Ändra beslut, grund, lagrum eller anteckning för den markerade uppgiften</translation>
        </message>
        <message>
            <source>Result of the last assessment step</source>
            <translation>Resultat av det senaste bedömningssteget</translation>
        </message>
        <message>
            <source>The assessment could not be read: %1</source>
            <translation>Bedömningen kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>Kind of objection</source>
            <translation>Typ av invändning</translation>
        </message>
        <message>
            <source>Is the objection to direct marketing, or on grounds of the data subject's particular situation?</source>
            <translation>Gäller invändningen direktmarknadsföring, eller grundar den sig på den registrerades särskilda situation?</translation>
        </message>
        <message>
            <source>Direct marketing stops at once and the data subject is put on the suppression list. A particular situation needs a balancing of interests for this person.</source>
            <translation>Direktmarknadsföringen upphör genast och den registrerade förs in på spärrlistan. En särskild situation kräver en intresseavvägning för just den här personen.</translation>
        </message>
        <message>
            <source>No item was drafted: the data subject has no holdings at %1 that this request covers.</source>
            <translation>Inget utkast togs fram: den registrerade har inga uppgifter hos %1 som begäran omfattar.</translation>
        </message>
        <message>
            <source>Items drafted: %1. Check each one, then propose the decision.</source>
            <translation>Uppgifter i utkastet: %1. Kontrollera var och en och föreslå sedan beslutet.</translation>
        </message>
        <message>
            <source>The decision on %1 is saved.</source>
            <translation>Beslutet om %1 är sparat.</translation>
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
Beslutat av %2, %3</translation>
        </message>
        <message>
            <source>Before: %1
After: %2</source>
            <translation>Före: %1
Efter: %2</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Uppgift</translation>
        </message>
        <message>
            <source>Processing activity</source>
            <translation>Behandling</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Ground and legal reference</source>
            <translation>Grund och lagrum</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Sparas till och med</translation>
        </message>
        <message>
            <source>Carried out</source>
            <translation>Verkställt</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Erased after the retention period by %1, %2</source>
            <translation>Raderad efter lagringstiden av %1, %2</translation>
        </message>
        <message>
            <source>Restriction lifted by %1, %2</source>
            <translation>Begränsningen hävd av %1, %2</translation>
        </message>
        <message>
            <source>Erased by %1, %2</source>
            <translation>Raderad av %1, %2</translation>
        </message>
        <message>
            <source>Corrected by %1, %2</source>
            <translation>Rättad av %1, %2</translation>
        </message>
        <message>
            <source>Restricted by %1, %2</source>
            <translation>Begränsad av %1, %2</translation>
        </message>
        <message>
            <source>Stopped by %1, %2</source>
            <translation>Stoppad av %1, %2</translation>
        </message>
        <message>
            <source>Done by %1, %2</source>
            <translation>Utförd av %1, %2</translation>
        </message>
        <message>
            <source>Kept; follow-up erasure scheduled</source>
            <translation>Sparas; radering i efterhand är planerad</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Sparas</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Inte utfört än</translation>
        </message>
    </context>
    <context>
        <name>dsar::AttachmentsTab</name>
        <message>
            <source>Files kept with the case:</source>
            <translation>Filer som sparas med ärendet:</translation>
        </message>
        <message>
            <source>Files kept with the case</source>
            <translation>Filer som sparas med ärendet</translation>
        </message>
        <message>
            <source>Press Enter to save a copy of the selected file.</source>
            <translation>Tryck Enter för att spara en kopia av den valda filen.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Tillagd av</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Tillagd</translation>
        </message>
        <message>
            <source>Add &amp;file…</source>
            <translation>Lägg till fi&amp;l…</translation>
        </message>
        <message>
            <source>Add a file to the case</source>
            <translation>Lägg till en fil i ärendet</translation>
        </message>
        <message>
            <source>At most %1 MiB</source>
            <translation>Högst %1 MiB</translation>
        </message>
        <message>
            <source>Save a co&amp;py…</source>
            <translation>Spara en k&amp;opia…</translation>
        </message>
        <message>
            <source>Save a copy of the selected file</source>
            <translation>Spara en kopia av den valda filen</translation>
        </message>
        <message>
            <source>Result of the last file action</source>
            <translation>Resultat av den senaste filåtgärden</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n byte</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (Stockholm time)</source>
            <translation>%1 (svensk tid)</translation>
        </message>
        <message>
            <source>The files could not be read: %1</source>
            <translation>Filerna kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>Add a file to %1</source>
            <translation>Lägg till en fil i %1</translation>
        </message>
        <message>
            <source>%1 is %2 MiB; a file kept with a case can be at most %3 MiB. Attach a smaller file, e.g. a scan at a lower resolution.</source>
            <translation>%1 är %2 MiB; en fil som sparas med ett ärende får vara högst %3 MiB. Bifoga en mindre fil, t.ex. en skanning med lägre upplösning.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 kunde inte läsas: %2</translation>
        </message>
        <message>
            <source>%1 is kept with the case (SHA-256 %2).</source>
            <translation>%1 sparas med ärendet (SHA-256 %2).</translation>
        </message>
        <message>
            <source>Save a copy of %1</source>
            <translation>Spara en kopia av %1</translation>
        </message>
        <message>
            <source>The copy could not be saved as %1: %2</source>
            <translation>Kopian kunde inte sparas som %1: %2</translation>
        </message>
        <message>
            <source>A copy is saved as %1. Its content matches the SHA-256 recorded when it was added.</source>
            <translation>En kopia är sparad som %1. Innehållet stämmer med den SHA-256 som registrerades när filen lades till.</translation>
        </message>
    </context>
    <context>
        <name>dsar::CarryingOutSection</name>
        <message>
            <source>3. Carrying out</source>
            <translation>3. Verkställighet</translation>
        </message>
        <message>
            <source>Erasure in each system</source>
            <translation>Radering i varje system</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Uppgifter</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Bekräftad</translation>
        </message>
        <message>
            <source>Erasure tasks</source>
            <translation>Raderingsuppgifter</translation>
        </message>
        <message>
            <source>Confirm erase&amp;d in system…</source>
            <translation>Bekräfta raderat i s&amp;ystem…</translation>
        </message>
        <message>
            <source>Confirm that the data are erased in the selected system</source>
            <translation>Bekräfta att uppgifterna är raderade i det markerade systemet</translation>
        </message>
        <message>
            <source>Once the data have been deleted in the selected system, record it; DSAR Desk then erases its own copy</source>
            <translation>När uppgifterna har raderats i det markerade systemet, registrera det; DSAR Desk raderar då sin egen kopia</translation>
        </message>
        <message>
            <source>Recipients to notify (GDPR Art. 19)</source>
            <translation>Mottagare att underrätta (GDPR art. 19)</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Sätt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Skäl</translation>
        </message>
        <message>
            <source>Recipients to notify</source>
            <translation>Mottagare att underrätta</translation>
        </message>
        <message>
            <source>&amp;Record notification…</source>
            <translation>&amp;Registrera underrättelse…</translation>
        </message>
        <message>
            <source>Record the notification of the selected recipient</source>
            <translation>Registrera underrättelsen till den markerade mottagaren</translation>
        </message>
        <message>
            <source>Record that the selected recipient was notified of the change, or why not</source>
            <translation>Registrera att den markerade mottagaren har underrättats om ändringen, eller varför inte</translation>
        </message>
        <message>
            <source>Li&amp;ft restriction…</source>
            <translation>Hä&amp;v begränsning…</translation>
        </message>
        <message>
            <source>Lift the restriction</source>
            <translation>Häv begränsningen</translation>
        </message>
        <message>
            <source>Lift the restriction once the data subject has been told (GDPR Art. 18(3))</source>
            <translation>Häv begränsningen när den registrerade har underrättats (GDPR art. 18.3)</translation>
        </message>
        <message>
            <source>Show the data subject's recipients</source>
            <translation>Visa den registrerades mottagare</translation>
        </message>
        <message>
            <source>Every recipient of the data subject's data in the processing register, to tell the data subject on request (GDPR Art. 19)</source>
            <translation>Alla mottagare av den registrerades uppgifter enligt behandlingsregistret, att uppge för den registrerade på begäran (GDPR art. 19)</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Behandlingar</translation>
        </message>
        <message>
            <source>The data subject's recipients</source>
            <translation>Den registrerades mottagare</translation>
        </message>
        <message>
            <source>Result of the last step in carrying out the decision</source>
            <translation>Resultat av det senaste steget i verkställigheten</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 av %2</translation>
        </message>
        <message>
            <source>Not confirmed yet</source>
            <translation>Inte bekräftad än</translation>
        </message>
        <message>
            <source>None. Erasure tasks are made when a decision that erases data is approved.</source>
            <translation>Inga. Raderingsuppgifter skapas när ett beslut som raderar uppgifter godkänns.</translation>
        </message>
        <message>
            <source>The erasure tasks could not be read: %1</source>
            <translation>Raderingsuppgifterna kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>Recorded by %1, %2</source>
            <translation>Registrerad av %1, %2</translation>
        </message>
        <message>
            <source>None. Each recipient of rectified, erased or restricted data is listed here once the decision is approved.</source>
            <translation>Inga. Varje mottagare av rättade, raderade eller begränsade uppgifter visas här när beslutet har godkänts.</translation>
        </message>
        <message>
            <source>The recipients to notify could not be read: %1</source>
            <translation>Mottagarna att underrätta kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>The recipients could not be read: %1</source>
            <translation>Mottagarna kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>The processing register names no recipient of the data subject's data.</source>
            <translation>Behandlingsregistret anger ingen mottagare av den registrerades uppgifter.</translation>
        </message>
        <message>
            <source>Every recipient of the data subject's data in the processing register:</source>
            <translation>Alla mottagare av den registrerades uppgifter enligt behandlingsregistret:</translation>
        </message>
        <message>
            <source>Hide the s&amp;ubject's recipients</source>
            <translation>Dölj den registrerades m&amp;ottagare</translation>
        </message>
        <message>
            <source>Show the s&amp;ubject's recipients</source>
            <translation>Visa den registrerades m&amp;ottagare</translation>
        </message>
        <message>
            <source>Have the data decided "erase" been deleted in %1?</source>
            <translation>Har uppgifterna med beslutet "radera" raderats i %1?</translation>
        </message>
        <message>
            <source>Confirm only after they have been deleted there. DSAR Desk then erases its own copy of them, and the confirmation is recorded in the case's history.</source>
            <translation>Bekräfta först när de har raderats där. DSAR Desk raderar då sin egen kopia av dem, och bekräftelsen förs in i ärendets historik.</translation>
        </message>
        <message>
            <source>&amp;Confirm erased</source>
            <translation>&amp;Bekräfta raderat</translation>
        </message>
        <message>
            <source>The erasure in %1 is confirmed.</source>
            <translation>Raderingen i %1 är bekräftad.</translation>
        </message>
        <message>
            <source>Recorded for %1.</source>
            <translation>Registrerat för %1.</translation>
        </message>
        <message>
            <source>Lift the restriction of the data subject's data?</source>
            <translation>Häva begränsningen av den registrerades uppgifter?</translation>
        </message>
        <message>
            <source>The data may then be processed again as before. The data subject must have been told first (GDPR Art. 18(3)): write the restriction-lifting letter and record it as sent.</source>
            <translation>Uppgifterna får då behandlas som tidigare igen. Den registrerade måste först ha underrättats (GDPR art. 18.3): skriv beskedet om att begränsningen upphör och registrera det som skickat.</translation>
        </message>
        <message>
            <source>&amp;Lift restriction</source>
            <translation>&amp;Häv begränsningen</translation>
        </message>
        <message>
            <source>The restriction is lifted.</source>
            <translation>Begränsningen är hävd.</translation>
        </message>
    </context>
    <context>
        <name>dsar::CaseActionBar</name>
        <message>
            <source>New &amp;status:</source>
            <translation>Ny &amp;status:</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Ny status</translation>
        </message>
        <message>
            <source>None: the case is finished</source>
            <translation>Ingen: ärendet är avslutat</translation>
        </message>
        <message>
            <source>&amp;Change status</source>
            <translation>&amp;Ändra status</translation>
        </message>
        <message>
            <source>Change the status</source>
            <translation>Ändra status</translation>
        </message>
        <message>
            <source>Move the case to the chosen status</source>
            <translation>Flytta ärendet till den valda statusen</translation>
        </message>
        <message>
            <source>&amp;Handler:</source>
            <translation>&amp;Handläggare:</translation>
        </message>
        <message>
            <source>Handler's account name</source>
            <translation>Handläggarens kontonamn</translation>
        </message>
        <message>
            <source>The account of the case handler or DPO who works on the case; empty for none</source>
            <translation>Kontot för den handläggare eller det dataskyddsombud som arbetar med ärendet; tomt för ingen</translation>
        </message>
        <message>
            <source>&amp;Assign</source>
            <translation>&amp;Tilldela</translation>
        </message>
        <message>
            <source>Assign the case to the handler named</source>
            <translation>Tilldela ärendet till den angivna handläggaren</translation>
        </message>
        <message>
            <source>Assign to &amp;me</source>
            <translation>Tilldela &amp;mig</translation>
        </message>
        <message>
            <source>Assign the case to me</source>
            <translation>Tilldela mig ärendet</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Resultat av den senaste åtgärden</translation>
        </message>
        <message>
            <source>The case is now "%1".</source>
            <translation>Ärendet har nu status "%1".</translation>
        </message>
        <message>
            <source>The case has no handler now.</source>
            <translation>Ärendet har nu ingen handläggare.</translation>
        </message>
        <message>
            <source>The case is assigned to %1.</source>
            <translation>Ärendet är tilldelat %1.</translation>
        </message>
    </context>
    <context>
        <name>dsar::CaseDecisionPanel</name>
        <message>
            <source>Next step</source>
            <translation>Nästa steg</translation>
        </message>
        <message>
            <source>The decision, step by step</source>
            <translation>Beslutet, steg för steg</translation>
        </message>
        <message>
            <source>The case could not be read: %1</source>
            <translation>Ärendet kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>Next: take the case into work (status "%1"); then assess each item under 1.</source>
            <translation>Nästa steg: ta upp ärendet för handläggning (status "%1"); bedöm sedan varje uppgift under 1.</translation>
        </message>
        <message>
            <source>Next: check each item under 1, then propose the decision under 2.</source>
            <translation>Nästa steg: kontrollera varje uppgift under 1 och föreslå sedan beslutet under 2.</translation>
        </message>
        <message>
            <source>Next: begin the assessment under 1.</source>
            <translation>Nästa steg: börja bedömningen under 1.</translation>
        </message>
        <message>
            <source>Next: the data protection officer approves the decision under 2.</source>
            <translation>Nästa steg: dataskyddsombudet godkänner beslutet under 2.</translation>
        </message>
        <message>
            <source>Next: carry the decision out under 3, then write the answer under 4 and mark it as sent.</source>
            <translation>Nästa steg: verkställ beslutet under 3, skriv sedan svaret under 4 och markera det som skickat.</translation>
        </message>
        <message>
            <source>Next: close the case under 4 once the work under 3 is done.</source>
            <translation>Nästa steg: avsluta ärendet under 4 när arbetet under 3 är klart.</translation>
        </message>
        <message>
            <source>The case is finished: %1.</source>
            <translation>Ärendet är avslutat: %1.</translation>
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
            <translation>Filtrera på status</translation>
        </message>
        <message>
            <source>&amp;Right:</source>
            <translation>&amp;Rättighet:</translation>
        </message>
        <message>
            <source>Filter by right</source>
            <translation>Filtrera på rättighet</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>Endast &amp;försenade</translation>
        </message>
        <message>
            <source>Show overdue cases only</source>
            <translation>Visa endast försenade ärenden</translation>
        </message>
        <message>
            <source>S&amp;earch:</source>
            <translation>Sö&amp;k:</translation>
        </message>
        <message>
            <source>Search cases</source>
            <translation>Sök ärenden</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>All rights</source>
            <translation>Alla rättigheter</translation>
        </message>
        <message>
            <source>Reference, name, e-mail or personnummer</source>
            <translation>Ärendenummer, namn, e-post eller personnummer</translation>
        </message>
        <message>
            <source>Find a case by its reference, or a data subject by name, e-mail or personnummer; organisations match too (Ctrl+F)</source>
            <translation>Hitta ett ärende på ärendenumret, eller en registrerad på namn, e-post eller personnummer; organisationer matchar också (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>dsar::CaseHeader</name>
        <message>
            <source>Right:</source>
            <translation>Rättighet:</translation>
        </message>
        <message>
            <source>Data subject:</source>
            <translation>Registrerad:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>Inkom:</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Kanal:</translation>
        </message>
        <message>
            <source>Handler:</source>
            <translation>Handläggare:</translation>
        </message>
        <message>
            <source>Linked cases:</source>
            <translation>Kopplade ärenden:</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation>Sista dag:</translation>
        </message>
        <message>
            <source>Extended, now due:</source>
            <translation>Förlängd, ny sista dag:</translation>
        </message>
        <message>
            <source>Plan for:</source>
            <translation>Planera mot:</translation>
        </message>
        <message>
            <source>Legal maximum if extended:</source>
            <translation>Lagstadgad sista dag vid förlängning:</translation>
        </message>
        <message>
            <source>Planning target if extended:</source>
            <translation>Planeringsdatum vid förlängning:</translation>
        </message>
        <message>
            <source>Internal target:</source>
            <translation>Internt mål:</translation>
        </message>
        <message>
            <source>Clock:</source>
            <translation>Klockan:</translation>
        </message>
        <message>
            <source>Suspended:</source>
            <translation>Uppehåll:</translation>
        </message>
        <message>
            <source>If the time restarts (IMY):</source>
            <translation>Om tiden börjar om (IMY):</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Ärendenummer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Dagar kvar</translation>
        </message>
        <message>
            <source>Deadline warnings</source>
            <translation>Varningar om tidsfristen</translation>
        </message>
        <message>
            <source>Why the case is not shown</source>
            <translation>Varför ärendet inte visas</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>right (article)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (Stockholm time)</source>
            <translation>%1 (svensk tid)</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Inte tilldelat</translation>
        </message>
        <message>
            <source>Stopped until the subject answers</source>
            <translation>Stoppad tills den registrerade svarar</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s), included in the due date</source>
            <translation>
                <numerusform>%n dag, inräknad i sista dagen</numerusform>
                <numerusform>%n dagar, inräknade i sista dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Varning: %1</translation>
        </message>
    </context>
    <context>
        <name>dsar::CaseHistoryView</name>
        <message>
            <source>History of the case</source>
            <translation>Ärendets historik</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Av</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>Ärende öppnat</translation>
        </message>
        <message>
            <source>Case purged</source>
            <translation>Ärende gallrat</translation>
        </message>
        <message>
            <source>%1 (Stockholm time)</source>
            <translation>%1 (svensk tid)</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Status ändrad</translation>
        </message>
        <message>
            <source>Handler assigned</source>
            <translation>Handläggare tilldelad</translation>
        </message>
        <message>
            <source>Handler removed</source>
            <translation>Handläggare borttagen</translation>
        </message>
        <message>
            <source>Note added</source>
            <translation>Anteckning tillagd</translation>
        </message>
        <message>
            <source>File attached</source>
            <translation>Fil bifogad</translation>
        </message>
        <message>
            <source>Identification requested</source>
            <translation>Identifiering begärd</translation>
        </message>
        <message>
            <source>Identification answered</source>
            <translation>Svar på identifiering</translation>
        </message>
        <message>
            <source>Closed: identity not confirmed</source>
            <translation>Avslutat: identiteten inte bekräftad</translation>
        </message>
        <message>
            <source>Extension requested</source>
            <translation>Förlängning begärd</translation>
        </message>
        <message>
            <source>Extension approved</source>
            <translation>Förlängning godkänd</translation>
        </message>
        <message>
            <source>Assessment begun</source>
            <translation>Bedömningen påbörjad</translation>
        </message>
        <message>
            <source>Item assessed</source>
            <translation>Uppgift bedömd</translation>
        </message>
        <message>
            <source>Decision proposed</source>
            <translation>Beslut föreslaget</translation>
        </message>
        <message>
            <source>Decision approved</source>
            <translation>Beslut godkänt</translation>
        </message>
        <message>
            <source>Erasure done</source>
            <translation>Radering utförd</translation>
        </message>
        <message>
            <source>Follow-up erasure done</source>
            <translation>Uppföljande radering utförd</translation>
        </message>
        <message>
            <source>Recipient notified (Art. 19)</source>
            <translation>Mottagare underrättad (art. 19)</translation>
        </message>
        <message>
            <source>Processing stopped</source>
            <translation>Behandlingen stoppad</translation>
        </message>
        <message>
            <source>Restriction lifted</source>
            <translation>Begränsningen hävd</translation>
        </message>
        <message>
            <source>Letter written</source>
            <translation>Brev skrivet</translation>
        </message>
        <message>
            <source>Letter sent</source>
            <translation>Brev skickat</translation>
        </message>
        <message>
            <source>Extract or export made</source>
            <translation>Utdrag eller export framtagen</translation>
        </message>
        <message>
            <source>Extract or export sent</source>
            <translation>Utdrag eller export skickad</translation>
        </message>
    </context>
    <context>
        <name>dsar::CaseListModel</name>
        <message>
            <source>Closed</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Förfaller i dag</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n dag kvar</numerusform>
                <numerusform>%n dagar kvar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n dag över tiden</numerusform>
                <numerusform>%n dagar över tiden</numerusform>
            </translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Ärendenummer</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Rättighet</translation>
        </message>
        <message>
            <source>Data subject</source>
            <translation>Registrerad</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Inkom</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Sista dag</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Dagar kvar</translation>
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
            <translation>Mottagningstiden %1 ligger i framtiden. Ange det datum och klockslag då begäran faktiskt kom in (i dag är det %2).</translation>
        </message>
        <message>
            <source>Say which right the request is about (%1).</source>
            <translation>Ange vilken rättighet begäran gäller (%1).</translation>
        </message>
        <message>
            <source>There is no case %1. References look like DSAR-2027-00042; list cases with "dsarctl case list".</source>
            <translation>Det finns inget ärende %1. Ärendenummer ser ut som DSAR-2027-00042; lista ärendena med "dsarctl case list".</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: the one-month due date was %2 and today is %3. An extension must be decided and told to the subject, with its reasons, no later than the due date (GDPR Art. 12(3)), so it can no longer be recorded. Answer the request without further delay.</source>
            <translation>%1: sista dag efter en månad var %2 och i dag är det %3. En förlängning måste beslutas och meddelas den registrerade, med skälen, senast den dagen (GDPR art. 12.3), så den kan inte längre registreras. Besvara begäran utan ytterligare dröjsmål.</translation>
        </message>
        <message>
            <source>%1 is "%2"; a finished case cannot be extended.</source>
            <translation>%1 är ”%2”; ett avslutat ärende kan inte förlängas.</translation>
        </message>
        <message>
            <source>%1: an extension (%2) was already requested on %3. GDPR Art. 12(3) allows one extension per case.</source>
            <translation>%1: en förlängning (%2) begärdes redan %3. GDPR art. 12.3 tillåter en förlängning per ärende.</translation>
        </message>
        <message>
            <source>%1: explain in a note why this case needs more time: which data, systems or requests make it complex. "Large effort" alone is not a reason (EDPB Guidelines 01/2022 para 163).</source>
            <translation>%1: förklara i en anteckning varför ärendet behöver mer tid: vilka uppgifter, system eller begäranden som gör det komplext. ”Stor arbetsinsats” är inte ensamt ett skäl (EDPB:s riktlinjer 01/2022 punkt 163).</translation>
        </message>
        <message>
            <source>%1: the note is %2 characters long; keep it to %3 and attach longer material to the case.</source>
            <translation>%1: anteckningen är %2 tecken lång; håll den till högst %3 och bifoga längre underlag till ärendet.</translation>
        </message>
        <message>
            <source>%1: no extension has been requested. Request it first, with a reason and a note.</source>
            <translation>%1: ingen förlängning har begärts. Begär den först, med skäl och en anteckning.</translation>
        </message>
        <message>
            <source>%1: the extension was already approved on %2 by %3.</source>
            <translation>%1: förlängningen godkändes redan %2 av %3.</translation>
        </message>
        <message>
            <source>%1: say why identity is in doubt, or what in the request needs clarifying. Without a documented, reasoned doubt (GDPR Art. 12(6)) or a need for clarification (recital 63) the clock does not stop.</source>
            <translation>%1: ange varför identiteten är osäker, eller vad i begäran som behöver förtydligas. Utan ett dokumenterat, motiverat tvivel (GDPR art. 12.6) eller ett behov av förtydligande (skäl 63) fortsätter tidsfristen att löpa.</translation>
        </message>
        <message>
            <source>%1: the reason is %2 characters long; keep it to %3 and put longer material in a note.</source>
            <translation>%1: skälet är %2 tecken långt; håll det till högst %3 och lägg längre underlag i en anteckning.</translation>
        </message>
        <message>
            <source>%1: give the date the request went out, e.g. 2027-03-08.</source>
            <translation>%1: ange det datum då begäran skickades, t.ex. 2027-03-08.</translation>
        </message>
        <message>
            <source>%1: the request for information is dated %2, before the request was received on %3. Give the day it went out.</source>
            <translation>%1: begäran om komplettering är daterad %2, före den dag begäran kom in (%3). Ange den dag den skickades.</translation>
        </message>
        <message>
            <source>%1: the request for information is dated %2, after today (%3). Record it on the day it goes out.</source>
            <translation>%1: begäran om komplettering är daterad %2, efter i dag (%3). Registrera den den dag den skickas.</translation>
        </message>
        <message>
            <source>%1: the request (%2) sent on %3 is still waiting for its answer. Record the answer first; one request is open at a time.</source>
            <translation>%1: begäran (%2) som skickades %3 väntar fortfarande på svar. Registrera svaret först; en begäran i taget kan vara öppen.</translation>
        </message>
        <message>
            <source>%1 is "%2" and finished; no answer can be recorded on it any more.</source>
            <translation>%1 är ”%2” och avslutat; inga fler svar kan registreras på det.</translation>
        </message>
        <message>
            <source>%1: no request for identity or clarification is waiting for an answer. Record the request first, with the date it went out.</source>
            <translation>%1: ingen begäran om identitetskontroll eller komplettering väntar på svar. Registrera begäran först, med det datum den skickades.</translation>
        </message>
        <message>
            <source>%1: give the date the answer arrived, e.g. 2027-03-15.</source>
            <translation>%1: ange det datum då svaret kom in, t.ex. 2027-03-15.</translation>
        </message>
        <message>
            <source>%1: the answer is dated %2, before the request went out on %3. Give the day the answer arrived.</source>
            <translation>%1: svaret är daterat %2, före den dag begäran skickades (%3). Ange den dag svaret kom in.</translation>
        </message>
        <message>
            <source>%1: the answer is dated %2, after today (%3). Record it when it has arrived.</source>
            <translation>%1: svaret är daterat %2, efter i dag (%3). Registrera det när det har kommit in.</translation>
        </message>
        <message>
            <source>%1: say how identity was confirmed (%2). Only the method is recorded, never a copy of an identity document.</source>
            <translation>%1: ange hur identiteten bekräftades (%2). Endast metoden registreras, aldrig en kopia av en id-handling.</translation>
        </message>
        <message>
            <source>%1: the open request asked for clarification (recital 63), not identity; leave out the identification method.</source>
            <translation>%1: den öppna begäran gällde ett förtydligande (skäl 63), inte identitet; utelämna metoden för identitetskontroll.</translation>
        </message>
        <message>
            <source>%1: no request for identification was sent, so the case cannot be closed as identity not confirmed. Ask for identification first (GDPR Art. 12(6)), or go on with the case.</source>
            <translation>%1: ingen begäran om identitetskontroll har skickats, så ärendet kan inte avslutas som ”identiteten inte bekräftad”. Begär identitetskontroll först (GDPR art. 12.6) eller fortsätt handläggningen.</translation>
        </message>
        <message>
            <source>%1: identity was confirmed on %2, so the case cannot be closed as identity not confirmed.</source>
            <translation>%1: identiteten bekräftades %2, så ärendet kan inte avslutas som ”identiteten inte bekräftad”.</translation>
        </message>
        <message>
            <source>%1: the request for identification went out on %2; the case can be closed as identity not confirmed from %3, %4 days after the request (setting identification.wait_days). Send the subject a reminder meanwhile.</source>
            <translation>%1: begäran om identitetskontroll skickades %2; ärendet kan avslutas som ”identiteten inte bekräftad” från och med %3, %4 dagar efter begäran (inställningen identification.wait_days). Skicka under tiden en påminnelse till den registrerade.</translation>
        </message>
        <message>
            <source>%1 is finished ("%2"), so its handler can no longer change.</source>
            <translation>Ärendet %1 är avslutat ("%2"), så dess handläggare kan inte längre ändras.</translation>
        </message>
        <message>
            <source>There is no account named %1. Assign the case to a case handler or DPO by their account name; an administrator lists the accounts with "dsarctl user list".</source>
            <translation>Det finns inget konto med namnet %1. Tilldela ärendet till en handläggare eller ett dataskyddsombud med kontonamnet; en administratör listar kontona med "dsarctl user list".</translation>
        </message>
        <message>
            <source>The account %1 is disabled and cannot handle cases. Assign the case to an active case handler or DPO.</source>
            <translation>Kontot %1 är inaktiverat och kan inte handlägga ärenden. Tilldela ärendet till en aktiv handläggare eller ett dataskyddsombud.</translation>
        </message>
        <message>
            <source>%1 is an account with the role "%2", which does no case work. Assign the case to a case handler or DPO.</source>
            <translation>%1 är ett konto med rollen "%2", som inte handlägger ärenden. Tilldela ärendet till en handläggare eller ett dataskyddsombud.</translation>
        </message>
        <message>
            <source>%1 has no handler to unassign.</source>
            <translation>Ärendet %1 har ingen tilldelad handläggare att ta bort.</translation>
        </message>
        <message>
            <source>%1 is already assigned to %2.</source>
            <translation>Ärendet %1 är redan tilldelat %2.</translation>
        </message>
        <message>
            <source>Write the text of the note; an empty note is not kept.</source>
            <translation>Skriv anteckningens text; en tom anteckning sparas inte.</translation>
        </message>
        <message>
            <source>The note has %1 characters; a note can have at most %2. Shorten it, or attach the full text as a file.</source>
            <translation>Anteckningen har %1 tecken; en anteckning får ha högst %2. Korta den, eller lägg in hela texten som en bilaga.</translation>
        </message>
        <message>
            <source>%1 is finished ("%2"), so it takes internal notes only. A new message from the data subject may be a new request: register it as one.</source>
            <translation>Ärendet %1 är avslutat ("%2") och kan bara få interna anteckningar. Ett nytt meddelande från den registrerade kan vara en ny begäran: registrera det som en sådan.</translation>
        </message>
        <message>
            <source>Give the file's name, e.g. letter.pdf.</source>
            <translation>Ange filens namn, t.ex. brev.pdf.</translation>
        </message>
        <message>
            <source>The file name has %1 characters; shorten it to at most %2.</source>
            <translation>Filnamnet har %1 tecken; korta det till högst %2.</translation>
        </message>
        <message>
            <source>The file name contains control characters; rename the file and attach it again.</source>
            <translation>Filnamnet innehåller styrtecken; byt namn på filen och lägg in den som bilaga igen.</translation>
        </message>
        <message>
            <source>%1 is empty. Attach the file as it arrived; an empty file shows nothing.</source>
            <translation>%1 är tom. Lägg in filen som bilaga så som den kom in; en tom fil visar ingenting.</translation>
        </message>
        <message>
            <source>%1 is %2 MiB; an attachment can be at most %3 MiB. Attach a smaller file, e.g. a scan at a lower resolution.</source>
            <translation>%1 är %2 MiB; en bilaga får vara högst %3 MiB. Lägg in en mindre fil, t.ex. en skanning med lägre upplösning.</translation>
        </message>
        <message>
            <source>"%1" is not a media type. Give one such as application/pdf or message/rfc822, or leave it out to have it recognised from the file.</source>
            <translation>"%1" är ingen medietyp. Ange en som application/pdf eller message/rfc822, eller utelämna den så känns den igen från filen.</translation>
        </message>
        <message>
            <source>There is no attachment %1. A case's attachments and their numbers are listed by "dsarctl case attachments REF".</source>
            <translation>Det finns ingen bilaga %1. Ett ärendes bilagor och deras nummer listas med "dsarctl case attachments REF".</translation>
        </message>
        <message>
            <source>%1: identification moves a case only when the request for identity or clarification and its answer are recorded (dsarctl case identify).</source>
            <translation>%1: identifieringen flyttar ett ärende bara när begäran om identitet eller komplettering och svaret på den har registrerats (dsarctl case identify).</translation>
        </message>
        <message>
            <source>%1: the %2 is %3 characters long; keep it to %4 and attach longer material to the case.</source>
            <translation>%1: %2 har %3 tecken; korta texten till högst %4 tecken och bifoga längre underlag till ärendet.</translation>
        </message>
        <message>
            <source>%1: the subject has made no earlier request, so this one cannot be excessive (GDPR Art. 12(5)). Answer it, or document why it is manifestly unfounded.</source>
            <translation>%1: den registrerade har inte gjort någon tidigare begäran, så den här kan inte vara orimlig (GDPR art. 12.5). Besvara den, eller dokumentera varför den är uppenbart ogrundad.</translation>
        </message>
        <message>
            <source>%1: the previous request came on %2, a year or more before this one (%3). A request a year after the previous one is never excessive (GDPR Art. 12(5)); answer it.</source>
            <translation>%1: den föregående begäran kom in %2, ett år eller mer före den här (%3). En begäran som kommer ett år efter den föregående är aldrig orimlig (GDPR art. 12.5); besvara den.</translation>
        </message>
        <message>
            <source>%1: describe the decision for the subject in a summary.</source>
            <translation>%1: beskriv beslutet för den registrerade i en sammanfattning.</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>sammanfattningen</translation>
        </message>
        <message>
            <source>reasons</source>
            <translation>skälen</translation>
        </message>
        <message>
            <source>facts</source>
            <translation>fakta</translation>
        </message>
        <message>
            <source>balancing</source>
            <translation>intresseavvägningen</translation>
        </message>
        <message>
            <source>%1: say whether the objection is to direct marketing (direct-marketing, GDPR Art. 21(2)) or on grounds of the subject's particular situation (particular-situation, Art. 21(1)).</source>
            <translation>%1: ange om invändningen gäller direktmarknadsföring (direct-marketing, GDPR art. 21.2) eller grundar sig på den registrerades särskilda situation (particular-situation, art. 21.1).</translation>
        </message>
        <message>
            <source>%1: the ground "%2" belongs to objections only.</source>
            <translation>%1: grunden "%2" gäller bara invändningar.</translation>
        </message>
        <message>
            <source>%1: an objection to direct marketing cannot be refused or charged for: the marketing stops at once (GDPR Art. 21(3)). Propose it as granted.</source>
            <translation>%1: en invändning mot direktmarknadsföring kan inte avslås eller avgiftsbeläggas: marknadsföringen upphör omedelbart (GDPR art. 21.3). Föreslå den som beviljad.</translation>
        </message>
        <message>
            <source>%1: %2 is direct marketing and must stop (GDPR Art. 21(3)); an objection to direct marketing has no exceptions.</source>
            <translation>%1: %2 är direktmarknadsföring och måste upphöra (GDPR art. 21.3); en invändning mot direktmarknadsföring har inga undantag.</translation>
        </message>
        <message>
            <source>%1: processing that continues despite the objection needs a documented balancing of interests for this person (GDPR Art. 21(1)).</source>
            <translation>%1: behandling som fortsätter trots invändningen kräver en dokumenterad intresseavvägning för just den här personen (GDPR art. 21.1).</translation>
        </message>
        <message>
            <source>%1: a refusal needs its specific reasons and the legal reference it rests on (GDPR Art. 12(4)).</source>
            <translation>%1: ett avslag måste ha konkreta skäl och ange det lagstöd det vilar på (GDPR art. 12.4).</translation>
        </message>
        <message>
            <source>%1: a fee may be charged only for a manifestly unfounded or excessive request (GDPR Art. 12(5)(a)); give that ground.</source>
            <translation>%1: avgift får bara tas ut för en uppenbart ogrundad eller orimlig begäran (GDPR art. 12.5 a); ange den grunden.</translation>
        </message>
        <message>
            <source>%1: give the fee, e.g. "350 kr".</source>
            <translation>%1: ange avgiften, t.ex. "350 kr".</translation>
        </message>
        <message>
            <source>%1: a manifestly unfounded or excessive request is refused or charged a fee (GDPR Art. 12(5)).</source>
            <translation>%1: en uppenbart ogrundad eller orimlig begäran avslås eller beläggs med avgift (GDPR art. 12.5).</translation>
        </message>
        <message>
            <source>%1: document the facts that show the request is manifestly unfounded or excessive; the organisation bears the burden of proof (GDPR Art. 12(5)).</source>
            <translation>%1: dokumentera de omständigheter som visar att begäran är uppenbart ogrundad eller orimlig; organisationen har bevisbördan (GDPR art. 12.5).</translation>
        </message>
        <message>
            <source>%1: no item is to be rectified. Mark what is corrected, or refuse the request with reasons.</source>
            <translation>%1: ingen uppgift ska rättas. Markera vad som rättas, eller avslå begäran med angivande av skäl.</translation>
        </message>
        <message>
            <source>%1: no item is to be restricted. Mark what is restricted and on which ground, or refuse the request with reasons.</source>
            <translation>%1: ingen uppgift ska begränsas. Markera vad som begränsas och på vilken grund, eller avslå begäran med angivande av skäl.</translation>
        </message>
        <message>
            <source>%1 is "%2"; this step needs a case that is %3.</source>
            <translation>%1 har statusen "%2"; det här steget kräver ett ärende med statusen %3.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> eller </translation>
        </message>
        <message>
            <source>%1: say whether the objection is to direct marketing (GDPR Art. 21(2)) or on grounds of the subject's particular situation (Art. 21(1)).</source>
            <translation>%1: ange om invändningen gäller direktmarknadsföring (GDPR art. 21.2) eller grundar sig på den registrerades särskilda situation (art. 21.1).</translation>
        </message>
        <message>
            <source>%1 has no assessed item %2. List the items with "dsarctl case assess %1".</source>
            <translation>%1 har ingen bedömd uppgift %2. Lista uppgifterna med "dsarctl case assess %1".</translation>
        </message>
        <message>
            <source>note</source>
            <translation>anteckningen</translation>
        </message>
        <message>
            <source>%1 has no proposed decision to approve.</source>
            <translation>%1 har inget beslutsförslag att godkänna.</translation>
        </message>
        <message>
            <source>%1 has no erasure tasks: nothing was decided to be erased.</source>
            <translation>%1 har inga raderingsuppgifter: det har inte beslutats att något ska raderas.</translation>
        </message>
        <message>
            <source>%1 has no erasure task for "%2". Its tasks are: %3.</source>
            <translation>%1 har ingen raderingsuppgift för "%2". Ärendets raderingsuppgifter är: %3.</translation>
        </message>
        <message>
            <source>%1: the erasure in %2 was already confirmed by %3 on %4.</source>
            <translation>%1: raderingen i %2 bekräftades redan av %3 %4.</translation>
        </message>
        <message>
            <source>%1 has no recipients to notify (GDPR Art. 19).</source>
            <translation>%1 har inga mottagare att underrätta (GDPR art. 19).</translation>
        </message>
        <message>
            <source>%1: "%2" is not a recipient of the affected data. The recipients are: %3.</source>
            <translation>%1: "%2" är inte mottagare av de berörda uppgifterna. Mottagarna är: %3.</translation>
        </message>
        <message>
            <source>%1: record that %2 was notified, or why it was impossible or disproportionate.</source>
            <translation>%1: registrera att %2 har underrättats, eller varför det var omöjligt eller skulle ha medfört en oproportionell ansträngning.</translation>
        </message>
        <message>
            <source>%1: say how %2 was notified (e.g. e-mail) and on which date.</source>
            <translation>%1: ange hur %2 underrättades (t.ex. e-post) och vilket datum.</translation>
        </message>
        <message>
            <source>%1: %2 is in the future; record a notification once it is sent.</source>
            <translation>%1: %2 ligger i framtiden; registrera en underrättelse först när den har skickats.</translation>
        </message>
        <message>
            <source>%1: explain why notifying %2 is impossible or would involve disproportionate effort.</source>
            <translation>%1: förklara varför det är omöjligt att underrätta %2 eller varför det skulle medföra en oproportionell ansträngning.</translation>
        </message>
        <message>
            <source>%1 is not a request for restriction.</source>
            <translation>%1 är inte en begäran om begränsning.</translation>
        </message>
        <message>
            <source>%1 has no restriction in force to lift.</source>
            <translation>%1 har ingen gällande begränsning att häva.</translation>
        </message>
        <message>
            <source>%1: the subject must be told before a restriction is lifted (GDPR Art. 18(3)). Write the restriction-lifting letter and record it as sent first.</source>
            <translation>%1: den registrerade måste underrättas innan en begränsning hävs (GDPR art. 18.3). Skriv först beskedet om att begränsningen upphör och registrera det som skickat.</translation>
        </message>
        <message>
            <source>Item %1 has no follow-up erasure due: it is not a kept item, its retain-until date has not passed, or it was already erased. List what is due with "dsarctl followups".</source>
            <translation>Uppgift %1 har ingen uppföljande radering att utföra: den är inte en sparad uppgift, dess gallringsdatum har inte passerats, eller så har den redan raderats. Lista det som ska åtgärdas med "dsarctl followups".</translation>
        </message>
        <message>
            <source>%1: the erasure in %2 is not yet confirmed done. The letter must say what was erased, where and when.</source>
            <translation>%1: raderingen i %2 har ännu inte bekräftats som utförd. Brevet måste ange vad som raderades, var och när.</translation>
        </message>
        <message>
            <source>%1: record whether %2 was notified of the change (GDPR Art. 19), or why that was impossible or disproportionate.</source>
            <translation>%1: registrera om %2 har underrättats om ändringen (GDPR art. 19), eller varför det var omöjligt eller skulle ha medfört en oproportionell ansträngning.</translation>
        </message>
        <message>
            <source>Letters are written in Swedish (sv) or English (en), not "%1".</source>
            <translation>Brev skrivs på svenska (sv) eller engelska (en), inte "%1".</translation>
        </message>
        <message>
            <source>%1: the decision must be approved before this letter can be written.</source>
            <translation>%1: beslutet måste godkännas innan det här brevet kan skrivas.</translation>
        </message>
        <message>
            <source>%1: record the request for identity or clarification first; the letter states its reason.</source>
            <translation>%1: registrera först begäran om identitetskontroll eller förtydligande; brevet anger skälet till den.</translation>
        </message>
        <message>
            <source>%1: the extension must be requested and approved before the notice can be written.</source>
            <translation>%1: förlängningen måste begäras och godkännas innan beskedet kan skrivas.</translation>
        </message>
        <message>
            <source>%1: the decision (%2) refuses nothing; write the outcome letter.</source>
            <translation>%1: beslutet (%2) avslår ingenting; skriv svarsbrevet.</translation>
        </message>
        <message>
            <source>%1: the request is refused; write the refusal letter.</source>
            <translation>%1: begäran är avslagen; skriv avslagsbrevet.</translation>
        </message>
        <message>
            <source>%1: send the fee notice first (GDPR Art. 12(5)(a)).</source>
            <translation>%1: skicka först beskedet om avgift (GDPR art. 12.5 a).</translation>
        </message>
        <message>
            <source>%1 has no restriction in force: the notice that a restriction ends is written once the decision to restrict is approved.</source>
            <translation>%1 har ingen begränsning som gäller: beskedet om att begränsningen upphör skrivs först när beslutet om begränsning har godkänts.</translation>
        </message>
        <message>
            <source>%1: give the reason the restriction ends and the date from which it ends (today or later).</source>
            <translation>%1: ange skälet till att begränsningen upphör och från vilket datum den upphör (i dag eller senare).</translation>
        </message>
        <message>
            <source>%1: the decision charges no fee.</source>
            <translation>%1: beslutet innebär ingen avgift.</translation>
        </message>
        <message>
            <source>%1: the letter is empty; nothing was recorded.</source>
            <translation>%1: brevet är tomt; inget har registrerats.</translation>
        </message>
        <message>
            <source>%1: say how the letter was sent, e.g. "e-post" or "brev".</source>
            <translation>%1: ange hur brevet skickades, t.ex. "e-post" eller "brev".</translation>
        </message>
        <message>
            <source>%1: the %2 letter %3 was already recorded as sent on %4.</source>
            <translation>%1: brevet %3 ("%2") registrerades redan som skickat %4.</translation>
        </message>
        <message>
            <source>%1 cannot close before its outcome letter (or refusal letter) is recorded as sent.</source>
            <translation>%1 kan inte avslutas förrän dess svarsbrev (eller avslagsbrev) har registrerats som skickat.</translation>
        </message>
        <message>
            <source>%1 cannot close before its outcome letter is recorded as sent.</source>
            <translation>%1 kan inte avslutas förrän dess svarsbrev har registrerats som skickat.</translation>
        </message>
        <message>
            <source>%1 is partly refused: it cannot close before the refusal letter is recorded as sent.</source>
            <translation>%1 är delvis avslaget: det kan inte avslutas förrän avslagsbrevet har registrerats som skickat.</translation>
        </message>
        <message>
            <source>The register extract is written in Swedish (sv) or English (en), not "%1".</source>
            <translation>Registerutdraget skrivs på svenska (sv) eller engelska (en), inte "%1".</translation>
        </message>
        <message>
            <source>%1 is a request for %2; a register extract answers a request for access (or portability).</source>
            <translation>%1 är en begäran om %2; ett registerutdrag besvarar en begäran om tillgång (eller dataportabilitet).</translation>
        </message>
        <message>
            <source>%1: the data subject of the case no longer exists.</source>
            <translation>%1: ärendets registrerade finns inte längre.</translation>
        </message>
        <message>
            <source>The portability export is JSON or CSV; the register extract is the PDF.</source>
            <translation>Exporten för dataportabilitet är JSON eller CSV; registerutdraget är PDF-filen.</translation>
        </message>
        <message>
            <source>%1 is a request for %2; the machine-readable export answers a request for portability (GDPR Art. 20).</source>
            <translation>%1 är en begäran om %2; den maskinläsbara exporten besvarar en begäran om dataportabilitet (GDPR art. 20).</translation>
        </message>
        <message>
            <source>%1 could not be written (%2). Nothing was recorded; choose another place to save it.</source>
            <translation>%1 kunde inte skrivas (%2). Ingenting registrerades; välj en annan plats att spara den på.</translation>
        </message>
        <message>
            <source>%1: say how it was sent, e.g. "e-post" or "brev".</source>
            <translation>%1: ange hur den skickades, t.ex. "e-post" eller "brev".</translation>
        </message>
        <message>
            <source>%1: %2 was already recorded as sent on %3.</source>
            <translation>%1: %2 registrerades redan som skickad den %3.</translation>
        </message>
        <message>
            <source>%1: the decision must be approved before %2 is sent.</source>
            <translation>%1: beslutet måste godkännas innan %2 skickas.</translation>
        </message>
        <message>
            <source>%1: %2 was made before the decision was approved; make it again so that it shows the approved decision, then send that one.</source>
            <translation>%1: %2 togs fram innan beslutet godkändes; ta fram det igen så att det visar det godkända beslutet, och skicka det.</translation>
        </message>
        <message>
            <source>The deadline calendar is written in Swedish (sv) or English (en), not "%1".</source>
            <translation>Tidsfristkalendern skrivs på svenska (sv) eller engelska (en), inte "%1".</translation>
        </message>
        <message>
            <source>a decision is proposed with the assessment of the subject's data (Propose decision on the case's Decision and letters tab, or dsarctl case propose).</source>
            <translation>ett beslut föreslås tillsammans med bedömningen av den registrerades uppgifter (Föreslå beslut på ärendets flik Beslut och brev, eller dsarctl case propose).</translation>
        </message>
        <message>
            <source>the DPO approves the proposed decision (Approve decision on the Decision and letters tab, or dsarctl case approve).</source>
            <translation>dataskyddsombudet godkänner beslutsförslaget (Godkänn beslut på fliken Beslut och brev, eller dsarctl case approve).</translation>
        </message>
        <message>
            <source>a case is answered when its outcome letter is recorded as sent (Mark as sent on the Decision and letters tab, or dsarctl case mark-sent --kind outcome).</source>
            <translation>ett ärende blir besvarat när dess svarsbrev har registrerats som skickat (Markera som skickat på fliken Beslut och brev, eller dsarctl case mark-sent --kind outcome).</translation>
        </message>
        <message>
            <source>a refused case ends when its refusal letter is recorded as sent (Mark as sent on the Decision and letters tab, or dsarctl case mark-sent --kind refusal).</source>
            <translation>ett avslaget ärende avslutas när dess avslagsbrev har registrerats som skickat (Markera som skickat på fliken Beslut och brev, eller dsarctl case mark-sent --kind refusal).</translation>
        </message>
        <message>
            <source>closing checks the letters, erasure tasks and notifications (Close case on the Decision and letters tab, or dsarctl case close).</source>
            <translation>vid avslutet kontrolleras breven, raderingsuppgifterna och underrättelserna (Avsluta ärendet på fliken Beslut och brev, eller dsarctl case close).</translation>
        </message>
        <message>
            <source>%1: assess the subject's data first (Begin assessment on the Decision and letters tab, or dsarctl case assess %1); the export holds only the items the assessment puts in scope of GDPR Art. 20.</source>
            <translation>%1: bedöm den registrerades uppgifter först (Börja bedömningen på fliken Beslut och brev, eller dsarctl case assess %1); exporten innehåller bara de uppgifter som bedömningen placerar inom GDPR art. 20.</translation>
        </message>
        <message>
            <source>%1: no register extract has been made for this case; make it first (Make register extract on the Decision and letters tab, or dsarctl extract %1 --out FILE.pdf).</source>
            <translation>%1: inget registerutdrag har tagits fram för ärendet; ta fram det först (Ta fram registerutdrag på fliken Beslut och brev, eller dsarctl extract %1 --out FIL.pdf).</translation>
        </message>
        <message>
            <source>%1: no export has been made for this case; make it first (Export data on the Decision and letters tab, or dsarctl export %1 --format json --out FILE).</source>
            <translation>%1: ingen export har gjorts för ärendet; gör den först (Exportera data på fliken Beslut och brev, eller dsarctl export %1 --format json --out FIL).</translation>
        </message>
        <message>
            <source>%1: no %2 letter has been written for this case; write it first (Write letter on the Decision and letters tab, or dsarctl case letter %1 --kind %3).</source>
            <translation>%1: inget brev av typen "%2" har skrivits i ärendet; skriv det först (Skriv brev på fliken Beslut och brev, eller dsarctl case letter %1 --kind %3).</translation>
        </message>
    </context>
    <context>
        <name>dsar::CaseWindow</name>
        <message>
            <source>Work on the case</source>
            <translation>Arbete med ärendet</translation>
        </message>
        <message>
            <source>Why the history is not shown</source>
            <translation>Varför historiken inte visas</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Ärende %1</translation>
        </message>
        <message>
            <source>The case could not be read: %1</source>
            <translation>Ärendet kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>The history could not be read: %1</source>
            <translation>Historiken kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>&amp;Identification</source>
            <translation>&amp;Identifiering</translation>
        </message>
        <message>
            <source>&amp;Extension</source>
            <translation>&amp;Förlängning</translation>
        </message>
        <message>
            <source>Decision and &amp;letters</source>
            <translation>Besl&amp;ut och brev</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Anteckningar</translation>
        </message>
        <message>
            <source>A&amp;ttachments</source>
            <translation>&amp;Bilagor</translation>
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation>Histori&amp;k</translation>
        </message>
        <message>
            <source>the note or message being written</source>
            <translation>anteckningen eller meddelandet som skrivs</translation>
        </message>
        <message>
            <source>the reason for asking for identification</source>
            <translation>skälet till att begära identifiering</translation>
        </message>
        <message>
            <source>the note for the extension</source>
            <translation>anteckningen till förlängningen</translation>
        </message>
        <message>
            <source>Discard the text?</source>
            <translation>Släng texten?</translation>
        </message>
        <message>
            <source>%1 has text that has not been added to the case: %2.</source>
            <translation>%1 har text som inte har lagts till i ärendet: %2.</translation>
        </message>
        <message>
            <source>Close the window and discard it?</source>
            <translation>Stänga fönstret och slänga texten?</translation>
        </message>
        <message>
            <source>&amp;Discard and close</source>
            <translation>&amp;Släng och stäng</translation>
        </message>
        <message>
            <source>&amp;Keep writing</source>
            <translation>&amp;Fortsätt skriva</translation>
        </message>
    </context>
    <context>
        <name>dsar::CasesPage</name>
        <message numerus="yes">
            <source>No case in “%1” matches “%2”; %n case(s) among all cases do.</source>
            <translation>
                <numerusform>Inget ärende i ”%1” matchar ”%2”; %n ärende bland alla ärenden gör det.</numerusform>
                <numerusform>Inget ärende i ”%1” matchar ”%2”; %n ärenden bland alla ärenden gör det.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show in &amp;all cases</source>
            <translation>Visa bland &amp;alla ärenden</translation>
        </message>
        <message>
            <source>No case matches “%1”. The data subject %2 has no case.</source>
            <translation>Inget ärende matchar ”%1”. Den registrerade %2 har inget ärende.</translation>
        </message>
        <message>
            <source>Show &amp;data subject</source>
            <translation>Visa &amp;registrerad</translation>
        </message>
        <message>
            <source>No case or data subject matches “%1”. Search by reference, name, e-mail or personnummer.</source>
            <translation>Inget ärende och ingen registrerad matchar ”%1”. Sök på ärendenummer, namn, e-postadress eller personnummer.</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Press Enter to open the selected case.</source>
            <translation>Tryck Enter för att öppna det markerade ärendet.</translation>
        </message>
        <message>
            <source>Case view</source>
            <translation>Ärendevy</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Sökresultat</translation>
        </message>
    </context>
    <context>
        <name>dsar::DashboardExports</name>
        <message>
            <source>Export deadlines to calendar</source>
            <translation>Exportera tidsfrister till kalender</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>The deadline calendar could not be made: %1</source>
            <translation>Kalendern med tidsfrister kunde inte tas fram: %1</translation>
        </message>
        <message>
            <source>The deadline calendar could not be saved as %1: %2. Choose another folder or file name.</source>
            <translation>Kalendern med tidsfrister kunde inte sparas som %1: %2. Välj en annan mapp eller ett annat filnamn.</translation>
        </message>
        <message numerus="yes">
            <source>Saved the due dates of %n open case(s) in %1. Importing the file again updates the same events instead of adding new ones.</source>
            <translation>
                <numerusform>Sista svarsdagen för %n öppet ärende har sparats i %1. Om filen importeras igen uppdateras samma händelser i stället för att nya läggs till.</numerusform>
                <numerusform>Sista svarsdagarna för %n öppna ärenden har sparats i %1. Om filen importeras igen uppdateras samma händelser i stället för att nya läggs till.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Annual report…</source>
            <translation>&amp;Årsrapport…</translation>
        </message>
        <message>
            <source>The year's requests and what became of them, as PDF to save or print</source>
            <translation>Årets begäranden och vad som blev av dem, som PDF att spara eller skriva ut</translation>
        </message>
        <message>
            <source>Make the annual report</source>
            <translation>Ta fram årsrapporten</translation>
        </message>
        <message>
            <source>Export deadlines to &amp;calendar…</source>
            <translation>Exportera tidsfrister till &amp;kalender…</translation>
        </message>
        <message>
            <source>The open cases' due dates as an iCalendar file (.ics), in the language you choose; no personal data in it</source>
            <translation>De öppna ärendenas sista svarsdagar som iCalendar-fil (.ics), på det språk du väljer; inga personuppgifter i den</translation>
        </message>
        <message>
            <source>Export the deadlines to a calendar file</source>
            <translation>Exportera tidsfristerna till en kalenderfil</translation>
        </message>
        <message>
            <source>Opens a menu: choose the calendar's language.</source>
            <translation>Öppnar en meny: välj kalenderns språk.</translation>
        </message>
        <message>
            <source>Language of the calendar</source>
            <translation>Kalenderns språk</translation>
        </message>
    </context>
    <context>
        <name>dsar::DashboardWindow</name>
        <message>
            <source>The deadline dashboard: open, due and overdue cases (Ctrl+D)</source>
            <translation>Instrumentpanelen för tidsfrister: öppna ärenden, ärenden som snart ska besvaras och försenade ärenden (Ctrl+D)</translation>
        </message>
        <message>
            <source>Deadline dashboard</source>
            <translation>Instrumentpanel för tidsfrister</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>Compute the figures again (F5)</source>
            <translation>Beräkna siffrorna på nytt (F5)</translation>
        </message>
        <message>
            <source>Refresh the figures</source>
            <translation>Uppdatera siffrorna</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Deadlines in the coming %n week(s)</source>
            <translation>
                <numerusform>&amp;Tidsfrister den kommande %n veckan</numerusform>
                <numerusform>&amp;Tidsfrister de kommande %n veckorna</numerusform>
            </translation>
        </message>
        <message>
            <source>Open cases by &amp;status</source>
            <translation>Öppna ärenden per &amp;status</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Open cases by status</source>
            <translation>Öppna ärenden per status</translation>
        </message>
        <message>
            <source>Press Enter to show these cases in the case list.</source>
            <translation>Tryck på Retur för att visa ärendena i ärendelistan.</translation>
        </message>
        <message>
            <source>Open cases by r&amp;ight</source>
            <translation>Öppna ärenden per &amp;rättighet</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Rättighet</translation>
        </message>
        <message>
            <source>Open cases by right</source>
            <translation>Öppna ärenden per rättighet</translation>
        </message>
        <message>
            <source>E&amp;xtensions in use</source>
            <translation>&amp;Förlängningar som används</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Skäl</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Godkänd</translation>
        </message>
        <message>
            <source>Extensions in use</source>
            <translation>Förlängningar som används</translation>
        </message>
        <message>
            <source>Press Enter to show the case in the case list.</source>
            <translation>Tryck på Retur för att visa ärendet i ärendelistan.</translation>
        </message>
        <message>
            <source>Dashboard problem</source>
            <translation>Problem med instrumentpanelen</translation>
        </message>
        <message>
            <source>Date of the figures</source>
            <translation>Siffrornas datum</translation>
        </message>
        <message>
            <source>The figures could not be computed: %1</source>
            <translation>Siffrorna kunde inte beräknas: %1</translation>
        </message>
        <message>
            <source>Figures for %1</source>
            <translation>Siffror för %1</translation>
        </message>
        <message>
            <source>Press to show these cases in the case list.</source>
            <translation>Tryck för att visa ärendena i ärendelistan.</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Öppna ärenden</translation>
        </message>
        <message>
            <source>Due within 7 days</source>
            <translation>Ska besvaras inom 7 dagar</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenade</translation>
        </message>
        <message>
            <source>Breach of GDPR Art. 12(3)</source>
            <translation>Överträdelse av GDPR art. 12.3</translation>
        </message>
        <message>
            <source>None past the deadline</source>
            <translation>Inga efter tidsfristen</translation>
        </message>
        <message>
            <source>Open cases past their due date: each is a breach of the one-month deadline in GDPR Art. 12(3). %1</source>
            <translation>Öppna ärenden efter sin svarsdag: vart och ett är en överträdelse av tidsfristen på en månad i GDPR art. 12.3. %1</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>Förlängda</translation>
        </message>
        <message>
            <source>Clock stopped</source>
            <translation>Klockan stoppad</translation>
        </message>
        <message>
            <source>Waiting for the data subject</source>
            <translation>Väntar på den registrerade</translation>
        </message>
        <message>
            <source>Decisions awaiting the DPO</source>
            <translation>Beslut som väntar på dataskyddsombudet</translation>
        </message>
        <message>
            <source>Extensions awaiting the DPO</source>
            <translation>Förlängningar som väntar på dataskyddsombudet</translation>
        </message>
        <message>
            <source>Follow-up erasures due</source>
            <translation>Uppföljande radering att göra</translation>
        </message>
        <message>
            <source>Kept items past their retain-until date; the gallring list shows them.</source>
            <translation>Sparade uppgifter efter sitt gallringsdatum; gallringslistan visar dem.</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Inte tillgängligt</translation>
        </message>
        <message>
            <source>The follow-ups could not be counted.</source>
            <translation>Uppföljningarna kunde inte räknas.</translation>
        </message>
        <message>
            <source>Answered on time this month</source>
            <translation>Besvarade i tid denna månad</translation>
        </message>
        <message>
            <source>Answered on time this year</source>
            <translation>Besvarade i tid i år</translation>
        </message>
        <message>
            <source>Nothing answered yet</source>
            <translation>Inget besvarat ännu</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>percent</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 av %2</translation>
        </message>
        <message>
            <source>%1, median %2 days</source>
            <comment>x of y, median</comment>
            <translation>%1, median %2 dagar</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 till %2</translation>
        </message>
        <message>
            <source>%1. Answered late: %2</source>
            <translation>%1. Besvarade för sent: %2</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Awaiting the DPO</source>
            <translation>Väntar på dataskyddsombudet</translation>
        </message>
        <message>
            <source>No extensions in use</source>
            <translation>Inga förlängningar används</translation>
        </message>
        <message>
            <source>No cases.</source>
            <translation>Inga ärenden.</translation>
        </message>
        <message>
            <source>Press to show these cases in the case list: %1</source>
            <translation>Tryck för att visa ärendena i ärendelistan: %1</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Instrumentpanel</translation>
        </message>
        <message>
            <source>Result of the last report or calendar export</source>
            <translation>Resultat av den senaste rapporten eller kalenderexporten</translation>
        </message>
    </context>
    <context>
        <name>dsar::DeadlineChart</name>
        <message numerus="yes">
            <source>week of %1: %n case(s) due</source>
            <translation>
                <numerusform>veckan som börjar %1: %n ärende ska besvaras</numerusform>
                <numerusform>veckan som börjar %1: %n ärenden ska besvaras</numerusform>
            </translation>
        </message>
        <message>
            <source>No deadlines to show.</source>
            <translation>Inga tidsfrister att visa.</translation>
        </message>
        <message>
            <source>Open cases due per week. %1.</source>
            <translation>Öppna ärenden som ska besvaras per vecka. %1.</translation>
        </message>
        <message numerus="yes">
            <source>Deadlines in the coming %n week(s)</source>
            <translation>
                <numerusform>Tidsfrister den kommande %n veckan</numerusform>
                <numerusform>Tidsfrister de kommande %n veckorna</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dsar::DeadlinePreview</name>
        <message>
            <source>Computed dates</source>
            <translation>Beräknade datum</translation>
        </message>
        <message>
            <source>Receipt date (Stockholm):</source>
            <translation>Mottagningsdatum (svensk tid):</translation>
        </message>
        <message>
            <source>Due (one month):</source>
            <translation>Sista dag (en månad):</translation>
        </message>
        <message>
            <source>Legal maximum if extended:</source>
            <translation>Lagstadgad sista dag vid förlängning:</translation>
        </message>
        <message>
            <source>Planning target if extended:</source>
            <translation>Planeringsdatum vid förlängning:</translation>
        </message>
        <message>
            <source>Internal target:</source>
            <translation>Internt mål:</translation>
        </message>
        <message>
            <source>Deadline warnings</source>
            <translation>Varningar om tidsfrister</translation>
        </message>
        <message>
            <source>Warning: the due date is an eve (midsommarafton, julafton or nyårsafton). It is a legal deadline, but many are off that day: plan to answer earlier.</source>
            <translation>Varning: sista dagen infaller på en afton (midsommarafton, julafton eller nyårsafton). Enligt lagen gäller dagen som sista dag, men många är lediga då: planera att svara tidigare.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Varning: %1</translation>
        </message>
    </context>
    <context>
        <name>dsar::DecisionSection</name>
        <message>
            <source>2. Decision</source>
            <translation>2. Beslut</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Utfall:</translation>
        </message>
        <message>
            <source>Ground:</source>
            <translation>Grund:</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Sammanfattning:</translation>
        </message>
        <message>
            <source>Reasons:</source>
            <translation>Skäl:</translation>
        </message>
        <message>
            <source>Legal reference:</source>
            <translation>Lagrum:</translation>
        </message>
        <message>
            <source>Facts:</source>
            <translation>Omständigheter:</translation>
        </message>
        <message>
            <source>Fee:</source>
            <translation>Avgift:</translation>
        </message>
        <message>
            <source>Balancing of interests:</source>
            <translation>Intresseavvägning:</translation>
        </message>
        <message>
            <source>Proposed:</source>
            <translation>Föreslaget:</translation>
        </message>
        <message>
            <source>Approved:</source>
            <translation>Godkänt:</translation>
        </message>
        <message>
            <source>State of the decision</source>
            <translation>Beslutets läge</translation>
        </message>
        <message>
            <source>&amp;Propose decision…</source>
            <translation>F&amp;öreslå beslut…</translation>
        </message>
        <message>
            <source>Propose the decision</source>
            <translation>Föreslå beslutet</translation>
        </message>
        <message>
            <source>Propose the outcome with its reasons for the data protection officer to approve</source>
            <translation>Föreslå utfallet med skäl, för dataskyddsombudet att godkänna</translation>
        </message>
        <message>
            <source>Appro&amp;ve decision</source>
            <translation>&amp;Godkänn beslut</translation>
        </message>
        <message>
            <source>Approve the decision</source>
            <translation>Godkänn beslutet</translation>
        </message>
        <message>
            <source>The data protection officer's approval: the decision takes effect</source>
            <translation>Dataskyddsombudets godkännande: beslutet börjar gälla</translation>
        </message>
        <message>
            <source>Result of the last decision step</source>
            <translation>Resultat av det senaste beslutssteget</translation>
        </message>
        <message>
            <source>The decision could not be read: %1</source>
            <translation>Beslutet kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>No decision has been proposed yet.</source>
            <translation>Inget beslut har föreslagits än.</translation>
        </message>
        <message>
            <source>Approved by the data protection officer.</source>
            <translation>Godkänt av dataskyddsombudet.</translation>
        </message>
        <message>
            <source>Proposed; waiting for the data protection officer's approval.</source>
            <translation>Föreslaget; väntar på dataskyddsombudets godkännande.</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 av %2</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Inte än</translation>
        </message>
        <message>
            <source>The decision is proposed. It takes effect when the data protection officer approves it.</source>
            <translation>Beslutet är föreslaget. Det börjar gälla när dataskyddsombudet har godkänt det.</translation>
        </message>
        <message>
            <source>The decision is approved and takes effect. Carry it out under 3, then write the letter under 4.</source>
            <translation>Beslutet är godkänt och börjar gälla. Verkställ det under 3 och skriv sedan brevet under 4.</translation>
        </message>
    </context>
    <context>
        <name>dsar::DocumentsSection</name>
        <message>
            <source>Register extract (%1)</source>
            <translation>Registerutdrag (%1)</translation>
        </message>
        <message>
            <source>Data export, JSON</source>
            <translation>Dataexport, JSON</translation>
        </message>
        <message>
            <source>Data export, CSV</source>
            <translation>Dataexport, CSV</translation>
        </message>
        <message>
            <source>Register extract and data export</source>
            <translation>Registerutdrag och dataexport</translation>
        </message>
        <message>
            <source>Document id</source>
            <translation>Dokument-id</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Framtaget</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Skickat</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Sätt</translation>
        </message>
        <message>
            <source>Register extracts and exports made for the case</source>
            <translation>Registerutdrag och exporter som tagits fram för ärendet</translation>
        </message>
        <message>
            <source>Make register e&amp;xtract</source>
            <translation>Ta fram registeru&amp;tdrag</translation>
        </message>
        <message>
            <source>Make the register extract as PDF</source>
            <translation>Ta fram registerutdraget som PDF</translation>
        </message>
        <message>
            <source>GDPR Art. 15: the subject's data and how they are processed, as PDF, in the language you choose</source>
            <translation>GDPR art. 15: den registrerades uppgifter och hur de behandlas, som PDF, på det språk du väljer</translation>
        </message>
        <message>
            <source>Export data…</source>
            <translation>Exportera data…</translation>
        </message>
        <message>
            <source>Export the data as JSON or CSV</source>
            <translation>Exportera uppgifterna som JSON eller CSV</translation>
        </message>
        <message>
            <source>GDPR Art. 20: the data in scope of portability, machine-readable</source>
            <translation>GDPR art. 20: uppgifterna som omfattas av dataportabilitet, maskinläsbart</translation>
        </message>
        <message>
            <source>Mark as delivered…</source>
            <translation>Markera som levererat…</translation>
        </message>
        <message>
            <source>Mark the latest extract or export as sent</source>
            <translation>Markera det senaste utdraget eller den senaste exporten som skickad</translation>
        </message>
        <message>
            <source>Record that the latest extract or export was sent to the data subject, and how</source>
            <translation>Registrera att det senaste utdraget eller den senaste exporten skickades till den registrerade, och hur</translation>
        </message>
        <message>
            <source>Result of the last extract or export step</source>
            <translation>Resultatet av det senaste steget med utdrag eller export</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 av %2</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Inte skickat än</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>No register extract or export has been made for this case yet.</source>
            <translation>Inget registerutdrag och ingen export har tagits fram för ärendet än.</translation>
        </message>
        <message>
            <source>The extracts could not be read: %1</source>
            <translation>Utdragen kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>Register extract %1 is made and recorded. Save or print it, send it, then mark it as delivered.</source>
            <translation>Registerutdraget %1 är framtaget och registrerat. Spara eller skriv ut det, skicka det och markera det sedan som levererat.</translation>
        </message>
        <message>
            <source>Register extract %1</source>
            <translation>Registerutdrag %1</translation>
        </message>
        <message numerus="yes">
            <source>Made %1, %n page(s). DSAR Desk keeps only its SHA-256 (%2), not the extract itself: save or print it now, send it, then mark it as delivered.</source>
            <translation>
                <numerusform>Framtaget %1, %n sida. DSAR Desk sparar bara dess SHA-256 (%2), inte själva utdraget: spara eller skriv ut det nu, skicka det och markera det sedan som levererat.</numerusform>
                <numerusform>Framtaget %1, %n sidor. DSAR Desk sparar bara dess SHA-256 (%2), inte själva utdraget: spara eller skriv ut det nu, skicka det och markera det sedan som levererat.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n item(s) to %1 (%2). Send it, then mark it as delivered.</source>
            <translation>
                <numerusform>Exporterade %n uppgift till %1 (%2). Skicka den och markera den sedan som levererad.</numerusform>
                <numerusform>Exporterade %n uppgifter till %1 (%2). Skicka den och markera den sedan som levererad.</numerusform>
            </translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>CSV for spreadsheets (*.csv)</source>
            <translation>CSV för kalkylprogram (*.csv)</translation>
        </message>
        <message>
            <source>Export the data</source>
            <translation>Exportera uppgifterna</translation>
        </message>
        <message>
            <source>%1 is recorded as delivered (%2).</source>
            <translation>%1 är registrerat som levererat (%2).</translation>
        </message>
        <message>
            <source>Mark as delivered</source>
            <translation>Markera som levererat</translation>
        </message>
        <message>
            <source>How was %1 sent or handed over?</source>
            <translation>Hur skickades eller lämnades %1 över?</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-post</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>brev</translation>
        </message>
        <message>
            <source>secure e-mail</source>
            <translation>säker e-post</translation>
        </message>
        <message>
            <source>handed over in person</source>
            <translation>överlämnat personligen</translation>
        </message>
    </context>
    <context>
        <name>dsar::ExtensionTab</name>
        <message>
            <source>Request the extension</source>
            <translation>Begär förlängning</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>Skä&amp;l:</translation>
        </message>
        <message>
            <source>Reason for the extension</source>
            <translation>Skäl till förlängningen</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>Anteckni&amp;ng:</translation>
        </message>
        <message>
            <source>Note: why this case needs more time</source>
            <translation>Anteckning: varför ärendet behöver mer tid</translation>
        </message>
        <message>
            <source>Which data, systems or requests make this case complex</source>
            <translation>Vilka uppgifter, system eller begäranden som gör ärendet komplext</translation>
        </message>
        <message>
            <source>Re&amp;quest extension</source>
            <translation>B&amp;egär förlängning</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Förlängning</translation>
        </message>
        <message>
            <source>State of the extension</source>
            <translation>Förlängningens läge</translation>
        </message>
        <message>
            <source>Note given with the extension</source>
            <translation>Anteckning till förlängningen</translation>
        </message>
        <message>
            <source>A&amp;pprove extension</source>
            <translation>&amp;Godkänn förlängning</translation>
        </message>
        <message>
            <source>Approve the extension</source>
            <translation>Godkänn förlängningen</translation>
        </message>
        <message>
            <source>The data protection officer's approval of the requested extension</source>
            <translation>Dataskyddsombudets godkännande av den begärda förlängningen</translation>
        </message>
        <message>
            <source>Result of the last extension step</source>
            <translation>Resultat av det senaste steget med förlängningen</translation>
        </message>
        <message>
            <source>The extension could not be read: %1</source>
            <translation>Förlängningen kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>No extension has been requested.</source>
            <translation>Ingen förlängning har begärts.</translation>
        </message>
        <message>
            <source>Requested by %1 on %2. Reason: %3.</source>
            <translation>Begärd av %1 %2. Skäl: %3.</translation>
        </message>
        <message>
            <source>Approved by %1 on %2. The case is due %3.</source>
            <translation>Godkänd av %1 %2. Sista dag för ärendet är %3.</translation>
        </message>
        <message>
            <source>Waiting for the data protection officer's approval.</source>
            <translation>Väntar på dataskyddsombudets godkännande.</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Anteckning: %1</translation>
        </message>
        <message>
            <source>The extension is requested. It takes effect when the data protection officer approves it.</source>
            <translation>Förlängningen är begärd. Den gäller när dataskyddsombudet har godkänt den.</translation>
        </message>
        <message>
            <source>The extension is approved. The case is now due %1.</source>
            <translation>Förlängningen är godkänd. Sista dag för ärendet är nu %1.</translation>
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
            <translation>Varje uppgift nedan har passerat den sista dag som behandlingens gallringsregel tillåter att den sparas. Se till att uppgiften raderas i det angivna systemet och bekräfta sedan raderingen här.</translation>
        </message>
        <message>
            <source>Data subject</source>
            <translation>Registrerad</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>Retain until</source>
            <translation>Gallringsdatum</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Dagar över tiden</translation>
        </message>
        <message>
            <source>Holdings past their retain-until date</source>
            <translation>Uppgifter som passerat gallringsdatum</translation>
        </message>
        <message>
            <source>Confirming that data have been erased needs the role %1. You can see the list and pass it to the systems' owners.</source>
            <translation>Att bekräfta att uppgifter har raderats kräver rollen %1. Du kan se listan och lämna den vidare till systemägarna.</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>&amp;Confirm erased…</source>
            <translation>&amp;Bekräfta raderat…</translation>
        </message>
        <message>
            <source>Record that the selected holdings have been deleted in their systems</source>
            <translation>Registrera att de markerade uppgifterna har raderats i sina system</translation>
        </message>
        <message>
            <source>Why nothing was recorded</source>
            <translation>Varför inget registrerades</translation>
        </message>
        <message>
            <source>Retention rule: %1</source>
            <translation>Gallringsregel: %1</translation>
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
            <translation>Behandling: %1 (%2)</translation>
        </message>
        <message>
            <source>Gallring list (%1)</source>
            <translation>Gallringslista (%1)</translation>
        </message>
        <message>
            <source>Holdings past their retain-until date: %1</source>
            <translation>Uppgifter som passerat gallringsdatum: %1</translation>
        </message>
        <message>
            <source>No holding is past its retain-until date.</source>
            <translation>Ingen uppgift har passerat sitt gallringsdatum.</translation>
        </message>
        <message>
            <source>The gallring list could not be read: %1</source>
            <translation>Gallringslistan kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>system (organisation)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Confirm erasure</source>
            <translation>Bekräfta radering</translation>
        </message>
        <message>
            <source>Record that the selected holdings (%1) have been deleted?</source>
            <translation>Registrera att de markerade uppgifterna (%1) har raderats?</translation>
        </message>
        <message>
            <source>This records that the data have been deleted in these systems:
%1

Confirm only after they have been deleted there. The holdings leave the list, and the confirmation is recorded in the audit trail.</source>
            <translation>Detta registrerar att uppgifterna har raderats i följande system:
%1

Bekräfta först när de har raderats där. Uppgifterna försvinner från listan och bekräftelsen sparas i granskningsloggen.</translation>
        </message>
        <message>
            <source>&amp;Confirm erased</source>
            <translation>&amp;Bekräfta raderat</translation>
        </message>
        <message>
            <source>Nothing was recorded: %1</source>
            <translation>Inget registrerades: %1</translation>
        </message>
        <message>
            <source>Holdings recorded as erased: %1.</source>
            <translation>Uppgifter registrerade som raderade: %1.</translation>
        </message>
        <message>
            <source>Export the gallring list</source>
            <translation>Exportera gallringslistan</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportera…</translation>
        </message>
        <message>
            <source>Save the list as CSV for the system owners who delete the data (names the data subjects; the export is logged)</source>
            <translation>Spara listan som CSV till systemägarna som raderar uppgifterna (den namnger de registrerade; exporten loggas)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n holding(s) to %1.</source>
            <translation>
                <numerusform>Exporterade %n uppgift till %1.</numerusform>
                <numerusform>Exporterade %n uppgifter till %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dsar::HoldingDialog</name>
        <message>
            <source>Edit holding of %1</source>
            <translation>Ändra uppgift för %1</translation>
        </message>
        <message>
            <source>Add holding for %1</source>
            <translation>Lägg till uppgift för %1</translation>
        </message>
        <message>
            <source>Where the data are kept</source>
            <translation>Var uppgifterna finns</translation>
        </message>
        <message>
            <source>Why the holding was not saved</source>
            <translation>Varför uppgiften inte sparades</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Spara ändringarna</translation>
        </message>
        <message>
            <source>&amp;Add holding</source>
            <translation>&amp;Lägg till uppgift</translation>
        </message>
        <message>
            <source>The data</source>
            <translation>Uppgiften</translation>
        </message>
        <message>
            <source>Data category</source>
            <translation>Personuppgiftskategori</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>The system's name for it, e.g. E-post or Fakturanummer</source>
            <translation>Systemets namn på uppgiften, t.ex. E-post eller Fakturanummer</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>&amp;Provided by the data subject</source>
            <translation>&amp;Lämnad av den registrerade</translation>
        </message>
        <message>
            <source>Data the subject gave you themselves are covered by the right to data portability.</source>
            <translation>Uppgifter som den registrerade själv har lämnat omfattas av rätten till dataportabilitet.</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Kategori:</translation>
        </message>
        <message>
            <source>&amp;Field:</source>
            <translation>&amp;Fält:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Värde:</translation>
        </message>
        <message>
            <source>Retention (gallring)</source>
            <translation>Gallring</translation>
        </message>
        <message>
            <source>Has not happened yet</source>
            <translation>Har inte inträffat ännu</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translation>Regel:</translation>
        </message>
        <message>
            <source>Counts from:</source>
            <translation>Räknas från:</translation>
        </message>
        <message>
            <source>&amp;Date of the event:</source>
            <translation>&amp;Datum för händelsen:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Utfall:</translation>
        </message>
        <message>
            <source>%1 (special category)</source>
            <translation>%1 (särskild kategori)</translation>
        </message>
        <message>
            <source>Choose a processing activity: its retention rule decides how long the data are kept.</source>
            <translation>Välj en behandling: dess gallringsregel avgör hur länge uppgifterna sparas.</translation>
        </message>
        <message>
            <source>No event: the rule keeps the data for its stated reason, without a date.</source>
            <translation>Ingen händelse: regeln sparar uppgifterna av det angivna skälet, utan datum.</translation>
        </message>
        <message>
            <source>Choose the organisation and the processing activity the data belong to.</source>
            <translation>Välj den organisation och den behandling som uppgifterna hör till.</translation>
        </message>
        <message>
            <source>The holding was not saved: %1</source>
            <translation>Uppgiften sparades inte: %1</translation>
        </message>
    </context>
    <context>
        <name>dsar::HoldingImportDialog</name>
        <message>
            <source>Data category</source>
            <translation>Personuppgiftskategori</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>Provided by the data subject</source>
            <translation>Lämnad av den registrerade</translation>
        </message>
        <message>
            <source>Date of %1</source>
            <translation>Datum för %1</translation>
        </message>
        <message>
            <source>Import holdings of %1</source>
            <translation>Importera uppgifter för %1</translation>
        </message>
        <message>
            <source>Why nothing was imported</source>
            <translation>Varför inget importerades</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message>
            <source>File and where its data are kept</source>
            <translation>Fil och var uppgifterna finns</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Fil att importera</translation>
        </message>
        <message>
            <source>A .csv file with a header row, or a .json file</source>
            <translation>En .csv-fil med rubrikrad eller en .json-fil</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Välj…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>&amp;Map the file's columns (when they have other names)</source>
            <translation>&amp;Koppla filens kolumner (när de har andra namn)</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Koppling av kolumner</translation>
        </message>
        <message>
            <source>Our column</source>
            <translation>Vår kolumn</translation>
        </message>
        <message>
            <source>The file's column</source>
            <translation>Filens kolumn</translation>
        </message>
        <message>
            <source>The file's column for %1</source>
            <translation>Filens kolumn för %1</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Förhandsgranskning</translation>
        </message>
        <message>
            <source>Preview of the holdings in the file</source>
            <translation>Förhandsgranskning av uppgifterna i filen</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Rad</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Provided</source>
            <translation>Lämnad av registrerad</translation>
        </message>
        <message>
            <source>Event dates</source>
            <translation>Händelsedatum</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Problem i filen</translation>
        </message>
        <message>
            <source>Import holdings</source>
            <translation>Importera uppgifter</translation>
        </message>
        <message>
            <source>Holdings (*.csv *.json);;All files (*)</source>
            <translation>Uppgifter (*.csv *.json);;Alla filer (*)</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB; choose the holdings export, or split it.</source>
            <translation>%1 är större än %2 MB; välj exportfilen med uppgifter eller dela upp den.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 kunde inte läsas: %2</translation>
        </message>
        <message>
            <source>%1 (same name)</source>
            <translation>%1 (samma namn)</translation>
        </message>
        <message>
            <source>– none: no column %1 –</source>
            <translation>– ingen: kolumnen %1 saknas –</translation>
        </message>
        <message>
            <source>Choose a file to see what it holds.</source>
            <translation>Välj en fil för att se vad den innehåller.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Rows read: %1.</source>
            <translation>Inlästa rader: %1.</translation>
        </message>
        <message>
            <source>The first %1 are shown.</source>
            <translation>De första %1 visas.</translation>
        </message>
        <message>
            <source>Columns that will be ignored: %1.</source>
            <translation>Kolumner som inte kommer att läsas in: %1.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolumn</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Nyckel</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>file</source>
            <translation>filen</translation>
        </message>
        <message>
            <source>Problems found: %1. Nothing is imported until the file (or the mapping) is fixed.</source>
            <translation>Antal problem: %1. Inget importeras förrän filen (eller kopplingen av kolumner) är rättad.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Inget importerades: %1</translation>
        </message>
        <message>
            <source>Nothing was imported: the file has problems, listed above with their line and column. Fix them and import again.</source>
            <translation>Inget importerades: filen har problem, som listas ovan med rad och kolumn. Rätta dem och importera igen.</translation>
        </message>
    </context>
    <context>
        <name>dsar::HoldingListModel</name>
        <message>
            <source>%1 – due for erasure</source>
            <translation>%1 – ska gallras</translation>
        </message>
        <message>
            <source>until the project ends, and %1 more</source>
            <translation>tills projektet avslutas och därefter %1</translation>
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
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Provided by the data subject (covered by data portability)</source>
            <translation>Lämnad av den registrerade (omfattas av dataportabilitet)</translation>
        </message>
        <message>
            <source>Not provided by the data subject</source>
            <translation>Inte lämnad av den registrerade</translation>
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
Regel: %2</translation>
        </message>
        <message>
            <source>Whether the data subject provided the data (the right to data portability covers them)</source>
            <translation>Om den registrerade själv har lämnat uppgiften (sådana uppgifter omfattas av rätten till dataportabilitet)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Processing activity</source>
            <translation>Behandling</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>From subject</source>
            <translation>Från registrerad</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Rättslig grund</translation>
        </message>
        <message>
            <source>Retain until</source>
            <translation>Gallringsdatum</translation>
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
            <translation>Begär identifiering eller förtydligande</translation>
        </message>
        <message>
            <source>As&amp;k for:</source>
            <translation>Be&amp;gär:</translation>
        </message>
        <message>
            <source>What to ask the data subject for</source>
            <translation>Vad den registrerade ska ombes lämna</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>Skä&amp;l:</translation>
        </message>
        <message>
            <source>Reason: why identity is in doubt, or what needs clarifying</source>
            <translation>Skäl: varför identiteten är osäker, eller vad som behöver förtydligas</translation>
        </message>
        <message>
            <source>Why identity is in doubt, or what in the request needs clarifying</source>
            <translation>Varför identiteten är osäker, eller vad i begäran som behöver förtydligas</translation>
        </message>
        <message>
            <source>Sent &amp;on:</source>
            <translation>Skicka&amp;d:</translation>
        </message>
        <message>
            <source>Date the request was sent</source>
            <translation>Datum då begäran skickades</translation>
        </message>
        <message>
            <source>Record re&amp;quest</source>
            <translation>&amp;Registrera begäran</translation>
        </message>
        <message>
            <source>Record the request for identification or clarification</source>
            <translation>Registrera begäran om identifiering eller förtydligande</translation>
        </message>
        <message>
            <source>Record the answer</source>
            <translation>Registrera svaret</translation>
        </message>
        <message>
            <source>Request waiting for an answer</source>
            <translation>Begäran som väntar på svar</translation>
        </message>
        <message>
            <source>Answer arri&amp;ved:</source>
            <translation>Svar i&amp;nkom:</translation>
        </message>
        <message>
            <source>Date the answer arrived</source>
            <translation>Datum då svaret kom in</translation>
        </message>
        <message>
            <source>Res&amp;ult:</source>
            <translation>&amp;Utfall:</translation>
        </message>
        <message>
            <source>What the answer showed</source>
            <translation>Vad svaret visade</translation>
        </message>
        <message>
            <source>Metho&amp;d:</source>
            <translation>Met&amp;od:</translation>
        </message>
        <message>
            <source>How identity was established</source>
            <translation>Hur identiteten fastställdes</translation>
        </message>
        <message>
            <source>Choose how identity was established</source>
            <translation>Välj hur identiteten fastställdes</translation>
        </message>
        <message>
            <source>Record ans&amp;wer</source>
            <translation>Registrera s&amp;var</translation>
        </message>
        <message>
            <source>Requests and answers so far:</source>
            <translation>Begäranden och svar hittills:</translation>
        </message>
        <message>
            <source>Requests for identification or clarification and their answers</source>
            <translation>Begäranden om identifiering eller förtydligande och svaren på dem</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>Begärt</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Skäl</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Skickad</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvarad</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metod</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Registrerad av</translation>
        </message>
        <message>
            <source>Close as identity not con&amp;firmed…</source>
            <translation>Avsluta som identitet &amp;ej bekräftad…</translation>
        </message>
        <message>
            <source>Close the case as identity not confirmed</source>
            <translation>Avsluta ärendet som identitet ej bekräftad</translation>
        </message>
        <message>
            <source>For a data subject who never confirmed their identity after the wait</source>
            <translation>För en registrerad som inte har bekräftat sin identitet efter väntetiden</translation>
        </message>
        <message>
            <source>Result of the last identification step</source>
            <translation>Resultat av det senaste identifieringssteget</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Väntar</translation>
        </message>
        <message>
            <source>The requests for identification could not be read: %1</source>
            <translation>Begärandena om identifiering kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>Waiting for the answer to: %1, sent on %2.</source>
            <translation>Väntar på svar på: %1, skickad %2.</translation>
        </message>
        <message>
            <source>No request is waiting for an answer.</source>
            <translation>Ingen begäran väntar på svar.</translation>
        </message>
        <message>
            <source>Record the data subject's answer: a confirmed identity moves the case on.</source>
            <translation>Registrera den registrerades svar: en bekräftad identitet för ärendet vidare.</translation>
        </message>
        <message>
            <source>Record the request for identification or clarification: the case then waits for the answer.</source>
            <translation>Registrera begäran om identifiering eller förtydligande: ärendet väntar sedan på svaret.</translation>
        </message>
        <message>
            <source>The request is recorded. The clock is stopped until the answer is recorded.</source>
            <translation>Begäran är registrerad. Klockan står stilla tills svaret registreras.</translation>
        </message>
        <message>
            <source>The request is recorded, but it stops no clock: see the warning at the top.</source>
            <translation>Begäran är registrerad, men den stoppar inte klockan: se varningen överst.</translation>
        </message>
        <message>
            <source>The answer is recorded and the deadlines are computed again. The case is "%1".</source>
            <translation>Svaret är registrerat och tidsfristerna är omräknade. Ärendet har status "%1".</translation>
        </message>
        <message>
            <source>Close as identity not confirmed?</source>
            <translation>Avsluta som identitet ej bekräftad?</translation>
        </message>
        <message>
            <source>Close %1 as "identity not confirmed"?</source>
            <translation>Avsluta %1 som "identitet ej bekräftad"?</translation>
        </message>
        <message>
            <source>The case ends and can no longer change. Do this only when the data subject has not answered the request for identification, also after a reminder. Tell the data subject that the case is closed, with their right to complain to IMY and to go to court.</source>
            <translation>Ärendet avslutas och kan inte längre ändras. Gör detta bara när den registrerade inte har svarat på begäran om identifiering, inte heller efter en påminnelse. Meddela den registrerade att ärendet är avslutat, med rätten att klaga hos IMY och att gå till domstol.</translation>
        </message>
        <message>
            <source>&amp;Close the case</source>
            <translation>&amp;Avsluta ärendet</translation>
        </message>
        <message>
            <source>The case is closed as "%1".</source>
            <translation>Ärendet är avslutat med status "%1".</translation>
        </message>
    </context>
    <context>
        <name>dsar::LegalBasesEditor</name>
        <message>
            <source>Note on %1</source>
            <translation>Anteckning om %1</translation>
        </message>
        <message>
            <source>The interest weighed, e.g. keeping in touch with customers</source>
            <translation>Intresset som vägts, t.ex. att hålla kontakten med kunder</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Anteckning (frivillig)</translation>
        </message>
    </context>
    <context>
        <name>dsar::LetterDialog</name>
        <message>
            <source>Write a letter for %1</source>
            <translation>Skriv ett brev i %1</translation>
        </message>
        <message>
            <source>The letter is written from the organisation's template for its kind, with the case's facts. Its document id and SHA-256 are recorded as soon as it is written.</source>
            <translation>Brevet skrivs utifrån organisationens mall för den typen av brev, med uppgifterna i ärendet. Dess dokument-id och SHA-256 registreras så snart det är skrivet.</translation>
        </message>
        <message>
            <source>About writing a letter</source>
            <translation>Om att skriva ett brev</translation>
        </message>
        <message>
            <source>Kind of letter</source>
            <translation>Typ av brev</translation>
        </message>
        <message>
            <source>Language of the letter</source>
            <translation>Brevets språk</translation>
        </message>
        <message>
            <source>Why the restriction ends</source>
            <translation>Varför begränsningen upphör</translation>
        </message>
        <message>
            <source>e.g. the accuracy of the data has been checked and confirmed</source>
            <translation>t.ex. att uppgifternas riktighet har kontrollerats och bekräftats</translation>
        </message>
        <message>
            <source>Date from which the restriction ends</source>
            <translation>Datum då begränsningen upphör</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>&amp;Reason it ends:</source>
            <translation>Skäl till att den &amp;upphör:</translation>
        </message>
        <message>
            <source>Ends &amp;from:</source>
            <translation>Upphör f&amp;rån:</translation>
        </message>
        <message>
            <source>Why the letter was not written</source>
            <translation>Varför brevet inte skrevs</translation>
        </message>
        <message>
            <source>&amp;Write and preview</source>
            <translation>Skriv och &amp;förhandsgranska</translation>
        </message>
    </context>
    <context>
        <name>dsar::LetterPreviewDialog</name>
        <message>
            <source>Letter %1</source>
            <translation>Brev %1</translation>
        </message>
        <message>
            <source>%1, written %2. DSAR Desk keeps only the letter's SHA-256 (%3), not the letter itself: save or print it now, send it, then mark it as sent.</source>
            <translation>%1, skrivet %2. DSAR Desk sparar bara brevets SHA-256 (%3), inte själva brevet: spara eller skriv ut det nu, skicka det och markera det sedan som skickat.</translation>
        </message>
    </context>
    <context>
        <name>dsar::LettersSection</name>
        <message>
            <source>4. Letters and closing</source>
            <translation>4. Brev och avslut</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Brev</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Document id</source>
            <translation>Dokument-id</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Skrivet</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Skickat</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Sätt</translation>
        </message>
        <message>
            <source>Letters written for the case</source>
            <translation>Brev som skrivits i ärendet</translation>
        </message>
        <message>
            <source>&amp;Write letter…</source>
            <translation>Skriv br&amp;ev…</translation>
        </message>
        <message>
            <source>Write a letter</source>
            <translation>Skriv ett brev</translation>
        </message>
        <message>
            <source>Write a letter from the organisation's template and see it as PDF</source>
            <translation>Skriv ett brev utifrån organisationens mall och se det som PDF</translation>
        </message>
        <message>
            <source>Mar&amp;k as sent…</source>
            <translation>Markera som ski&amp;ckat…</translation>
        </message>
        <message>
            <source>Mark a letter as sent</source>
            <translation>Markera ett brev som skickat</translation>
        </message>
        <message>
            <source>Record that a written letter was sent to the data subject, and how</source>
            <translation>Registrera att ett skrivet brev har skickats till den registrerade, och hur</translation>
        </message>
        <message>
            <source>Cl&amp;ose case…</source>
            <translation>Avs&amp;luta ärendet…</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>Avsluta ärendet</translation>
        </message>
        <message>
            <source>Close the case once the answer is sent and the decision is carried out</source>
            <translation>Avsluta ärendet när svaret är skickat och beslutet verkställt</translation>
        </message>
        <message>
            <source>Result of the last letter step</source>
            <translation>Resultat av det senaste brevsteget</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 av %2</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Inte skickat än</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>No letter has been written for this case yet.</source>
            <translation>Inget brev har skrivits i ärendet än.</translation>
        </message>
        <message>
            <source>The letters could not be read: %1</source>
            <translation>Breven kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>Letter %1 is written and recorded. Save or print it, send it, then mark it as sent.</source>
            <translation>Brevet %1 är skrivet och registrerat. Spara eller skriv ut det, skicka det och markera det sedan som skickat.</translation>
        </message>
        <message>
            <source>Marked as sent: %1.</source>
            <translation>Markerat som skickat: %1.</translation>
        </message>
        <message>
            <source>Close %1?</source>
            <translation>Avsluta %1?</translation>
        </message>
        <message>
            <source>A closed case cannot be worked on any more.</source>
            <translation>Ett avslutat ärende kan inte handläggas längre.</translation>
        </message>
        <message>
            <source>C&amp;lose case</source>
            <translation>Avs&amp;luta ärendet</translation>
        </message>
        <message>
            <source>The case is closed.</source>
            <translation>Ärendet är avslutat.</translation>
        </message>
    </context>
    <context>
        <name>dsar::LoginDialog</name>
        <message>
            <source>Sign in</source>
            <translation>Logga in</translation>
        </message>
        <message>
            <source>Sign in with your DSAR Desk account.</source>
            <translation>Logga in med ditt konto i DSAR Desk.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Användarnamn</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Lösenord</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>A&amp;nvändarnamn:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Lösenord:</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Databas: %1</translation>
        </message>
        <message>
            <source>Why signing in failed</source>
            <translation>Varför inloggningen misslyckades</translation>
        </message>
        <message>
            <source>Cancel signing in</source>
            <translation>Avbryt inloggningen</translation>
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
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>S&amp;pråk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Huvudverktygsfält</translation>
        </message>
        <message>
            <source>&amp;Register request…</source>
            <translation>&amp;Registrera begäran…</translation>
        </message>
        <message>
            <source>Register a new request from a data subject (Ctrl+N)</source>
            <translation>Registrera en ny begäran från en registrerad (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>&amp;Find cases</source>
            <translation>&amp;Sök ärenden</translation>
        </message>
        <message>
            <source>&amp;About DSAR Desk</source>
            <translation>&amp;Om DSAR Desk</translation>
        </message>
        <message>
            <source>Training date notice</source>
            <translation>Meddelande om övningsdatum</translation>
        </message>
        <message>
            <source>Database notice</source>
            <translation>Meddelande om databasen</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Databasfil</translation>
        </message>
        <message>
            <source>Number of cases</source>
            <translation>Antal ärenden</translation>
        </message>
        <message>
            <source>Training/what-if date: today is treated as %1 (DSAR_TODAY)</source>
            <translation>Övnings- eller simuleringsdatum: dagens datum räknas som %1 (DSAR_TODAY)</translation>
        </message>
        <message>
            <source>The organisations could not be read: %1</source>
            <translation>Organisationerna kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>The cases could not be loaded: %1</source>
            <translation>Ärendena kunde inte läsas in: %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Databas: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n ärende</numerusform>
                <numerusform>%n ärenden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n case(s) shown</source>
            <translation>
                <numerusform>%1 av %n ärende visas</numerusform>
                <numerusform>%1 av %n ärenden visas</numerusform>
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
                <numerusform>%n försenat</numerusform>
                <numerusform>%n försenade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Registered %n case(s): %1</source>
            <translation>
                <numerusform>%n ärende registrerat: %1</numerusform>
                <numerusform>%n ärenden registrerade: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Ärende %1</translation>
        </message>
        <message>
            <source>About DSAR Desk</source>
            <translation>Om DSAR Desk</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;DSAR Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registers data subject requests under the GDPR and keeps track of their deadlines.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;DSAR Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registrerar begäranden från registrerade enligt GDPR och håller reda på tidsfristerna.&lt;/p&gt;&lt;p&gt;Databas: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Registering a request needs the role %1.</source>
            <translation>Att registrera en begäran kräver rollen %1.</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation>Inloggad som %1 (%2)</translation>
        </message>
        <message>
            <source>Signed-in user</source>
            <translation>Inloggad användare</translation>
        </message>
        <message>
            <source>You are signed in as %1 with the role %2, which does not include case work: viewing and registering cases needs the role %3. Administrators manage staff accounts and organisations with dsarctl (dsarctl user, dsarctl controller).</source>
            <translation>Du är inloggad som %1 med rollen %2, som inte omfattar ärendehandläggning: att visa och registrera ärenden kräver rollen %3. Administratörer hanterar personalens konton och organisationerna med dsarctl (dsarctl user, dsarctl controller).</translation>
        </message>
        <message>
            <source>This database has no organisations yet, so no request can be registered. Add each organisation whose requests you handle with:
dsarctl --db "%1" --user %2 controller add --name "NAME"
then press F5 to refresh.</source>
            <translation>Databasen har inga organisationer ännu, så ingen begäran kan registreras. Lägg till varje organisation vars begäranden ni hanterar med:
dsarctl --db "%1" --user %2 controller add --name "NAMN"
och tryck sedan på F5 för att uppdatera.</translation>
        </message>
        <message>
            <source>This database has no organisations yet, so no request can be registered. Ask an administrator to add them (dsarctl controller add), then press F5 to refresh.</source>
            <translation>Databasen har inga organisationer ännu, så ingen begäran kan registreras. Be en administratör att lägga till dem (dsarctl controller add) och tryck sedan på F5 för att uppdatera.</translation>
        </message>
        <message>
            <source>Re&amp;gister</source>
            <translation>Re&amp;gister</translation>
        </message>
        <message>
            <source>The organisations' processing activities (GDPR Art. 30)</source>
            <translation>Organisationernas behandlingar (GDPR art. 30)</translation>
        </message>
        <message>
            <source>What the organisations hold about each data subject</source>
            <translation>Vad organisationerna har för uppgifter om varje registrerad</translation>
        </message>
        <message>
            <source>Needs the role %1.</source>
            <translation>Kräver rollen %1.</translation>
        </message>
        <message>
            <source>Holdings past their retain-until date</source>
            <translation>Uppgifter vars gallringsdatum har passerats</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Öppna ärende</translation>
        </message>
        <message>
            <source>Open the selected case to work on it (Ctrl+O, or Enter in the list)</source>
            <translation>Öppna det valda ärendet för att arbeta med det (Ctrl+O, eller Enter i listan)</translation>
        </message>
        <message>
            <source>%1 – DSAR Desk</source>
            <translation>%1 – DSAR Desk</translation>
        </message>
        <message>
            <source>&amp;Cases</source>
            <translation>Ä&amp;renden</translation>
        </message>
        <message>
            <source>The case list and its saved views</source>
            <translation>Ärendelistan och dess sparade vyer</translation>
        </message>
        <message>
            <source>&amp;Processing register</source>
            <translation>&amp;Behandlingsregister</translation>
        </message>
        <message>
            <source>&amp;Data subjects and holdings</source>
            <translation>&amp;Registrerade och uppgifter</translation>
        </message>
        <message>
            <source>&amp;Gallring list</source>
            <translation>&amp;Gallringslista</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Kortkommandon</translation>
        </message>
        <message>
            <source>Reading the cases…</source>
            <translation>Läser in ärendena…</translation>
        </message>
    </context>
    <context>
        <name>dsar::MarkSentDialog</name>
        <message>
            <source>Mark a letter of %1 as sent</source>
            <translation>Markera ett brev i %1 som skickat</translation>
        </message>
        <message>
            <source>Letter sent</source>
            <translation>Skickat brev</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>letter kind (document id)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-post</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>brev</translation>
        </message>
        <message>
            <source>How the letter was sent</source>
            <translation>Hur brevet skickades</translation>
        </message>
        <message>
            <source>&amp;Letter:</source>
            <translation>&amp;Brev:</translation>
        </message>
        <message>
            <source>Sent &amp;by:</source>
            <translation>Skickat &amp;via:</translation>
        </message>
        <message>
            <source>Why the letter was not marked as sent</source>
            <translation>Varför brevet inte markerades som skickat</translation>
        </message>
        <message>
            <source>&amp;Mark as sent</source>
            <translation>&amp;Markera som skickat</translation>
        </message>
        <message>
            <source>Every letter written for this case is already marked as sent.</source>
            <translation>Alla brev som skrivits i ärendet är redan markerade som skickade.</translation>
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
            <translation>Navigering</translation>
        </message>
        <message>
            <source>The saved views of the case list and the other parts of DSAR Desk</source>
            <translation>Ärendelistans sparade vyer och DSAR Desks övriga delar</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Data subjects</source>
            <translation>Registrerade</translation>
        </message>
        <message>
            <source>Processing register</source>
            <translation>Behandlingsregister</translation>
        </message>
        <message>
            <source>Gallring list</source>
            <translation>Gallringslista</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Instrumentpanel</translation>
        </message>
    </context>
    <context>
        <name>dsar::NoteTable</name>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Av</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Riktning</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meddelande</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>%1 (Stockholm time)</source>
            <translation>%1 (svensk tid)</translation>
        </message>
        <message>
            <source>To the subject</source>
            <translation>Till den registrerade</translation>
        </message>
        <message>
            <source>From the subject</source>
            <translation>Från den registrerade</translation>
        </message>
    </context>
    <context>
        <name>dsar::NotesTab</name>
        <message>
            <source>Internal notes (staff only, never sent)</source>
            <translation>Interna anteckningar (endast personal, skickas aldrig)</translation>
        </message>
        <message>
            <source>Internal notes</source>
            <translation>Interna anteckningar</translation>
        </message>
        <message>
            <source>Messages to and from the data subject</source>
            <translation>Meddelanden till och från den registrerade</translation>
        </message>
        <message>
            <source>Why the notes are not shown</source>
            <translation>Varför anteckningarna inte visas</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Skriv</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;yp:</translation>
        </message>
        <message>
            <source>Kind of note</source>
            <translation>Typ av anteckning</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <source>Text of the note</source>
            <translation>Anteckningens text</translation>
        </message>
        <message>
            <source>Result of adding the note</source>
            <translation>Resultat av att lägga till anteckningen</translation>
        </message>
        <message>
            <source>A&amp;dd note</source>
            <translation>&amp;Lägg till anteckning</translation>
        </message>
        <message>
            <source>A&amp;dd message</source>
            <translation>&amp;Lägg till meddelande</translation>
        </message>
        <message>
            <source>Add the internal note</source>
            <translation>Lägg till den interna anteckningen</translation>
        </message>
        <message>
            <source>Add the message</source>
            <translation>Lägg till meddelandet</translation>
        </message>
        <message>
            <source>Adds the text to the case (Ctrl+Enter)</source>
            <translation>Lägger till texten i ärendet (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>The notes could not be read: %1</source>
            <translation>Anteckningarna kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>The internal note is added.</source>
            <translation>Den interna anteckningen är tillagd.</translation>
        </message>
        <message>
            <source>The message is added.</source>
            <translation>Meddelandet är tillagt.</translation>
        </message>
    </context>
    <context>
        <name>dsar::NotificationDialog</name>
        <message>
            <source>Notification of %1</source>
            <translation>Underrättelse till %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>recipient (role)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Vad som gjordes</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-post</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>brev</translation>
        </message>
        <message>
            <source>system integration</source>
            <translation>systemintegration</translation>
        </message>
        <message>
            <source>How the recipient was notified</source>
            <translation>Hur mottagaren underrättades</translation>
        </message>
        <message>
            <source>Date notified</source>
            <translation>Datum för underrättelsen</translation>
        </message>
        <message>
            <source>Why the recipient was not notified</source>
            <translation>Varför mottagaren inte underrättades</translation>
        </message>
        <message>
            <source>Why notifying this recipient is impossible or would take disproportionate effort</source>
            <translation>Varför det är omöjligt eller skulle kräva en oproportionerligt stor ansträngning att underrätta mottagaren</translation>
        </message>
        <message>
            <source>Recipient:</source>
            <translation>Mottagare:</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>&amp;Resultat:</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Sätt:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>S&amp;käl:</translation>
        </message>
        <message>
            <source>Why the notification was not recorded</source>
            <translation>Varför underrättelsen inte registrerades</translation>
        </message>
        <message>
            <source>Re&amp;cord</source>
            <translation>Re&amp;gistrera</translation>
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
            <translation>Ny organisation</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>Organisation n&amp;umber:</source>
            <translation>Organisationsn&amp;ummer:</translation>
        </message>
        <message>
            <source>NNNNNN-NNNN</source>
            <translation>NNNNNN-NNNN</translation>
        </message>
        <message>
            <source>&amp;Postal address:</source>
            <translation>&amp;Postadress:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;Data protection officer:</source>
            <translation>&amp;Dataskyddsombud:</translation>
        </message>
        <message>
            <source>e.g. dataskyddsombud@example.se</source>
            <translation>t.ex. dataskyddsombud@example.se</translation>
        </message>
        <message>
            <source>Supervisory &amp;authority:</source>
            <translation>Tillsyns&amp;myndighet:</translation>
        </message>
        <message>
            <source>Empty: %1</source>
            <translation>Tomt: %1</translation>
        </message>
        <message>
            <source>&amp;Joint controllership:</source>
            <translation>&amp;Gemensamt personuppgiftsansvar:</translation>
        </message>
        <message>
            <source>The joint arrangement (GDPR Art. 26), if any, e.g. the group's name</source>
            <translation>Det gemensamma arrangemanget (GDPR art. 26), om något, t.ex. koncernens namn</translation>
        </message>
        <message>
            <source>Why the organisation was not saved</source>
            <translation>Varför organisationen inte sparades</translation>
        </message>
        <message>
            <source>The organisation was not saved: %1</source>
            <translation>Organisationen sparades inte: %1</translation>
        </message>
    </context>
    <context>
        <name>dsar::PdfPreviewDialog</name>
        <message>
            <source>About the document</source>
            <translation>Om dokumentet</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>%1 as PDF</source>
            <translation>%1 som PDF</translation>
        </message>
        <message>
            <source>Result of saving or printing</source>
            <translation>Resultatet av att spara eller skriva ut</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Spara som…</translation>
        </message>
        <message>
            <source>Save %1 as PDF</source>
            <translation>Spara %1 som PDF</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Skriv ut %1</translation>
        </message>
        <message>
            <source>Close the preview</source>
            <translation>Stäng förhandsvisningen</translation>
        </message>
        <message>
            <source>%1 could not be saved as %2: %3</source>
            <translation>%1 kunde inte sparas som %2: %3</translation>
        </message>
        <message>
            <source>%1 could not be read for printing. Save it and print the PDF file instead.</source>
            <translation>%1 kunde inte läsas för utskrift. Spara det och skriv ut PDF-filen i stället.</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is connected, or save the document.</source>
            <translation>Skrivaren kunde inte startas. Kontrollera att den är ansluten, eller spara dokumentet.</translation>
        </message>
        <message>
            <source>The printer stopped after page %1.</source>
            <translation>Skrivaren stannade efter sida %1.</translation>
        </message>
        <message>
            <source>%1 could not be printed.</source>
            <translation>%1 kunde inte skrivas ut.</translation>
        </message>
        <message>
            <source>Save %1</source>
            <translation>Spara %1</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>Sparat som %1.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Skickat till skrivaren.</translation>
        </message>
    </context>
    <context>
        <name>dsar::ProposalDialog</name>
        <message>
            <source>Propose the decision on %1</source>
            <translation>Föreslå beslut i %1</translation>
        </message>
        <message>
            <source>Why the decision was not proposed</source>
            <translation>Varför beslutet inte föreslogs</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>&amp;Föreslå</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <source>Ground of the decision</source>
            <translation>Beslutets grund</translation>
        </message>
        <message>
            <source>Summary: the decision in words for the data subject</source>
            <translation>Sammanfattning: beslutet i ord för den registrerade</translation>
        </message>
        <message>
            <source>What the data subject is told, e.g. which data are erased and which are kept</source>
            <translation>Det som den registrerade får veta, t.ex. vilka uppgifter som raderas och vilka som sparas</translation>
        </message>
        <message>
            <source>Reasons for a refusal</source>
            <translation>Skäl för ett avslag</translation>
        </message>
        <message>
            <source>For a refusal: the specific reasons (GDPR Art. 12(4))</source>
            <translation>Vid avslag: de konkreta skälen (GDPR art. 12.4)</translation>
        </message>
        <message>
            <source>Legal reference of the decision</source>
            <translation>Beslutets lagrum</translation>
        </message>
        <message>
            <source>For a refusal, e.g. GDPR Art. 12(5)(b)</source>
            <translation>Vid avslag, t.ex. GDPR art. 12.5 b</translation>
        </message>
        <message>
            <source>Documented facts</source>
            <translation>Dokumenterade omständigheter</translation>
        </message>
        <message>
            <source>For a manifestly unfounded or excessive request: the facts that show it</source>
            <translation>Vid en uppenbart ogrundad eller orimlig begäran: de omständigheter som visar det</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Avgift</translation>
        </message>
        <message>
            <source>e.g. 350 kr</source>
            <translation>t.ex. 350 kr</translation>
        </message>
        <message>
            <source>Balancing of interests</source>
            <translation>Intresseavvägning</translation>
        </message>
        <message>
            <source>For an objection on grounds of a particular situation: the balancing of interests for this person (GDPR Art. 21(1))</source>
            <translation>Vid invändning på grund av en särskild situation: intresseavvägningen för just den här personen (GDPR art. 21.1)</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Utfall:</translation>
        </message>
        <message>
            <source>&amp;Ground:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Sammanfattning:</translation>
        </message>
        <message>
            <source>&amp;Reasons:</source>
            <translation>S&amp;käl:</translation>
        </message>
        <message>
            <source>&amp;Legal reference:</source>
            <translation>&amp;Lagrum:</translation>
        </message>
        <message>
            <source>&amp;Facts:</source>
            <translation>&amp;Omständigheter:</translation>
        </message>
        <message>
            <source>F&amp;ee:</source>
            <translation>A&amp;vgift:</translation>
        </message>
        <message>
            <source>&amp;Balancing:</source>
            <translation>&amp;Intresseavvägning:</translation>
        </message>
        <message>
            <source>The earlier requests could not be read: %1</source>
            <translation>De tidigare begärandena kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>The data subject has made no earlier request.</source>
            <translation>Den registrerade har inte gjort någon tidigare begäran.</translation>
        </message>
        <message>
            <source>Earlier requests from the data subject:</source>
            <translation>Tidigare begäranden från den registrerade:</translation>
        </message>
        <message>
            <source>- %1, received %2: %3 (%4)</source>
            <translation>- %1, mottagen %2: %3 (%4)</translation>
        </message>
    </context>
    <context>
        <name>dsar::RegisterRequestDialog</name>
        <message>
            <source>Register request</source>
            <translation>Registrera begäran</translation>
        </message>
        <message>
            <source>Data subject</source>
            <translation>Registrerad</translation>
        </message>
        <message>
            <source>Problem with the data subject</source>
            <translation>Problem med den registrerade</translation>
        </message>
        <message>
            <source>Why the request was not saved</source>
            <translation>Varför begäran inte sparades</translation>
        </message>
        <message>
            <source>Save the request</source>
            <translation>Spara begäran</translation>
        </message>
        <message>
            <source>Save the request and open one case per right (Ctrl+S)</source>
            <translation>Spara begäran och öppna ett ärende per rättighet (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel the registration</source>
            <translation>Avbryt registreringen</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Begäran</translation>
        </message>
        <message>
            <source>Received, date and time in Stockholm</source>
            <translation>Inkom, datum och klockslag i svensk tid</translation>
        </message>
        <message>
            <source>When the request reached any official channel, in Swedish time, even if it is registered later</source>
            <translation>När begäran nådde någon av organisationens officiella kanaler, i svensk tid, även om den registreras senare</translation>
        </message>
        <message>
            <source>Exact time &amp;unknown (date only)</source>
            <translation>Exakt tid &amp;okänd (endast datum)</translation>
        </message>
        <message>
            <source>Exact time unknown, date only</source>
            <translation>Exakt tid okänd, endast datum</translation>
        </message>
        <message>
            <source>For letters and other requests where only the date of arrival is known</source>
            <translation>För brev och andra begäranden där bara ankomstdagen är känd</translation>
        </message>
        <message>
            <source>Problem with the receipt</source>
            <translation>Problem med mottagningstiden</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Organisation that received the request</source>
            <translation>Organisation som tog emot begäran</translation>
        </message>
        <message>
            <source>Problem with the organisation</source>
            <translation>Problem med organisationen</translation>
        </message>
        <message>
            <source>&amp;Received (Stockholm time):</source>
            <translation>&amp;Inkom (svensk tid):</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>&amp;Kanal:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>Or&amp;ganisation:</translation>
        </message>
        <message>
            <source>Rights asked for</source>
            <translation>Begärda rättigheter</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>right (article)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Problem with the rights</source>
            <translation>Problem med rättigheterna</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>organisation (organisation number)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Choose the organisation…</source>
            <translation>Välj organisation…</translation>
        </message>
        <message>
            <source>No organisation is registered in this database yet, so no request can be saved.</source>
            <translation>Ingen organisation är registrerad i den här databasen ännu, så ingen begäran kan sparas.</translation>
        </message>
        <message>
            <source>Choose the organisation that received the request.</source>
            <translation>Välj den organisation som tog emot begäran.</translation>
        </message>
        <message>
            <source>Tick at least one right that the request asks for.</source>
            <translation>Markera minst en rättighet som begäran gäller.</translation>
        </message>
        <message>
            <source>The request was not saved: %1</source>
            <translation>Begäran sparades inte: %1</translation>
        </message>
        <message>
            <source>Discard the request?</source>
            <translation>Kasta bort begäran?</translation>
        </message>
        <message>
            <source>The request has not been saved. Discard what you entered?</source>
            <translation>Begäran har inte sparats. Vill du kasta bort det du har fyllt i?</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Kasta bort</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Fortsätt redigera</translation>
        </message>
    </context>
    <context>
        <name>dsar::RegisterWindow</name>
        <message>
            <source>Processing register</source>
            <translation>Behandlingsregister</translation>
        </message>
        <message>
            <source>You can read the processing register; only an administrator can change it.</source>
            <translation>Du kan läsa behandlingsregistret; bara en administratör kan ändra det.</translation>
        </message>
        <message>
            <source>Ne&amp;w activity</source>
            <translation>N&amp;y behandling</translation>
        </message>
        <message>
            <source>Add a processing activity to this organisation</source>
            <translation>Lägg till en behandling för den här organisationen</translation>
        </message>
        <message>
            <source>Remo&amp;ve…</source>
            <translation>&amp;Ta bort…</translation>
        </message>
        <message>
            <source>Remove this processing activity from the register</source>
            <translation>Ta bort den här behandlingen ur registret</translation>
        </message>
        <message>
            <source>Rever&amp;t</source>
            <translation>Åt&amp;erställ</translation>
        </message>
        <message>
            <source>Throw away the changes since the last save</source>
            <translation>Kasta bort ändringarna sedan det senaste sparandet</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>Save the processing activity (Ctrl+S)</source>
            <translation>Spara behandlingen (Ctrl+S)</translation>
        </message>
        <message>
            <source>Why the processing activity was not saved</source>
            <translation>Varför behandlingen inte sparades</translation>
        </message>
        <message>
            <source>The processing activity was not saved: %1</source>
            <translation>Behandlingen sparades inte: %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sparad.</translation>
        </message>
        <message>
            <source>Remove the processing activity?</source>
            <translation>Ta bort behandlingen?</translation>
        </message>
        <message>
            <source>Remove the processing activity "%1" from the register of %2? This cannot be undone.</source>
            <translation>Ta bort behandlingen "%1" ur behandlingsregistret för %2? Det går inte att ångra.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <source>The processing activity was not removed: %1</source>
            <translation>Behandlingen togs inte bort: %1</translation>
        </message>
        <message>
            <source>Removed "%1".</source>
            <translation>"%1" togs bort.</translation>
        </message>
        <message>
            <source>New processing activity</source>
            <translation>Ny behandling</translation>
        </message>
        <message>
            <source>Save the changes?</source>
            <translation>Spara ändringarna?</translation>
        </message>
        <message>
            <source>The processing activity "%1" has changes that are not saved. Save them before you go on?</source>
            <translation>Behandlingen "%1" har ändringar som inte är sparade. Vill du spara dem innan du går vidare?</translation>
        </message>
        <message>
            <source>No organisations yet</source>
            <translation>Inga organisationer ännu</translation>
        </message>
        <message>
            <source>Add the first organisation with "New organisation…".</source>
            <translation>Lägg till den första organisationen med "Ny organisation…".</translation>
        </message>
        <message>
            <source>Ask an administrator to add the organisations.</source>
            <translation>Be en administratör att lägga till organisationerna.</translation>
        </message>
        <message>
            <source>No processing activity chosen</source>
            <translation>Ingen behandling vald</translation>
        </message>
        <message>
            <source>Choose one in the list, or add one with "New activity".</source>
            <translation>Välj en i listan, eller lägg till en med "Ny behandling".</translation>
        </message>
        <message>
            <source>Choose one in the list.</source>
            <translation>Välj en i listan.</translation>
        </message>
        <message>
            <source>Processing activity of %1</source>
            <translation>Behandling hos %1</translation>
        </message>
    </context>
    <context>
        <name>dsar::ReminderBanner</name>
        <message>
            <source>The reminders could not be read: %1</source>
            <translation>Påminnelserna kunde inte läsas: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) overdue, a breach of GDPR Art. 12(3)</source>
            <translation>
                <numerusform>%n ärende försenat, en överträdelse av GDPR art. 12.3</numerusform>
                <numerusform>%n ärenden försenade, en överträdelse av GDPR art. 12.3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) due by %1 (%2 working days)</source>
            <translation>
                <numerusform>%n ärende ska besvaras senast %1 (%2 arbetsdagar)</numerusform>
                <numerusform>%n ärenden ska besvaras senast %1 (%2 arbetsdagar)</numerusform>
            </translation>
        </message>
        <message>
            <source>Reminder: %1.</source>
            <translation>Påminnelse: %1.</translation>
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
            <translation>Påminnelse om tidsfrister</translation>
        </message>
        <message>
            <source>Show these cases</source>
            <translation>Visa ärendena</translation>
        </message>
        <message>
            <source>Show the reminded cases in the list</source>
            <translation>Visa ärendena i påminnelsen i listan</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Dölj</translation>
        </message>
        <message>
            <source>Hide the reminder until the next change</source>
            <translation>Dölj påminnelsen till nästa ändring</translation>
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
            <translation>%1, och därefter %2</translation>
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
            <translation>&amp;Utgångspunkt:</translation>
        </message>
        <message>
            <source>When the retention period starts</source>
            <translation>När lagringstiden börjar räknas</translation>
        </message>
        <message>
            <source>Choose when the period starts…</source>
            <translation>Välj när lagringstiden börjar…</translation>
        </message>
        <message>
            <source>Pe&amp;riod:</source>
            <translation>Lag&amp;ringstid:</translation>
        </message>
        <message>
            <source>Length of the retention period</source>
            <translation>Lagringstidens längd</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>Unit of the retention period</source>
            <translation>Lagringstidens enhet</translation>
        </message>
        <message>
            <source>&amp;Legal reference:</source>
            <translation>&amp;Lagstöd:</translation>
        </message>
        <message>
            <source>Legal reference</source>
            <translation>Lagstöd</translation>
        </message>
        <message>
            <source>Where the law sets the period, e.g. BFL 7 kap. 2 §; empty if you chose it</source>
            <translation>Där lagen anger tiden, t.ex. BFL 7 kap. 2 §; tomt om ni själva har valt den</translation>
        </message>
        <message>
            <source>Re&amp;ason:</source>
            <translation>S&amp;käl:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Skäl</translation>
        </message>
        <message>
            <source>Required when kept for a stated reason; otherwise optional</source>
            <translation>Krävs när uppgifterna sparas av ett angivet skäl; annars frivilligt</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translation>Regel:</translation>
        </message>
        <message>
            <source>The retention rule in words</source>
            <translation>Gallringsregeln i ord</translation>
        </message>
        <message>
            <source>Example:</source>
            <translation>Exempel:</translation>
        </message>
        <message>
            <source>Example of the retention rule</source>
            <translation>Exempel på gallringsregeln</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dagar</translation>
        </message>
        <message>
            <source>months</source>
            <translation>månader</translation>
        </message>
        <message>
            <source>years</source>
            <translation>år</translation>
        </message>
        <message>
            <source>The stored rule "%1" cannot be read: %2</source>
            <translation>Den sparade regeln "%1" kan inte läsas: %2</translation>
        </message>
        <message>
            <source>Choose when the retention period starts.</source>
            <translation>Välj när lagringstiden börjar räknas.</translation>
        </message>
        <message>
            <source>%1 on %2 → %3</source>
            <comment>the end of the project on 2027-03-10 → Kept until 2028-03-10</comment>
            <translation>%1 den %2 → %3</translation>
        </message>
    </context>
    <context>
        <name>dsar::SettingsDialog</name>
        <message>
            <source>The settings could not be read: %1</source>
            <translation>Inställningarna kunde inte läsas: %1</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: %n value(s) refused, see the message under each.</source>
            <translation>
                <numerusform>Inget sparades: %n värde nekades, se meddelandet under det.</numerusform>
                <numerusform>Inget sparades: %n värden nekades, se meddelandet under vart och ett.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1. %n value(s) refused, see the message under each.</source>
            <translation>
                <numerusform>Sparat: %1. %n värde nekades, se meddelandet under det.</numerusform>
                <numerusform>Sparat: %1. %n värden nekades, se meddelandet under vart och ett.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the changes?</source>
            <translation>Spara ändringarna?</translation>
        </message>
        <message>
            <source>Some settings have changes that are not saved. Save them before closing?</source>
            <translation>Några inställningar har ändringar som inte är sparade. Spara dem innan du stänger?</translation>
        </message>
        <message>
            <source>Changed, not saved yet</source>
            <translation>Ändrad, inte sparad ännu</translation>
        </message>
        <message>
            <source>Default value</source>
            <translation>Standardvärde</translation>
        </message>
        <message>
            <source>Set for this organisation</source>
            <translation>Satt för den här organisationen</translation>
        </message>
        <message>
            <source>Settings[*]</source>
            <translation>Inställningar[*]</translation>
        </message>
        <message>
            <source>These settings apply to everyone who uses this database. Each value is checked when you save; every change is recorded in the audit trail.</source>
            <translation>Inställningarna gäller alla som använder den här databasen. Varje värde kontrolleras när du sparar, och varje ändring sparas i granskningsloggen.</translation>
        </message>
        <message>
            <source>These settings apply to everyone who uses this database.</source>
            <translation>Inställningarna gäller alla som använder den här databasen.</translation>
        </message>
        <message>
            <source>Read only: only the role %1 may change the settings, and you are signed in as %2. The values shown are the ones in force.</source>
            <translation>Endast läsning: bara rollen %1 får ändra inställningarna, och du är inloggad som %2. Värdena som visas är de som gäller.</translation>
        </message>
        <message>
            <source>Problem with the settings</source>
            <translation>Problem med inställningarna</translation>
        </message>
        <message>
            <source>Value of %1</source>
            <translation>Värde för %1</translation>
        </message>
        <message>
            <source>Problem with %1</source>
            <translation>Problem med %1</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>Save the changed settings</source>
            <translation>Spara de ändrade inställningarna</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Stäng utan att spara</translation>
        </message>
        <message>
            <source>Close the settings</source>
            <translation>Stäng inställningarna</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Inställningar…</translation>
        </message>
        <message>
            <source>The organisation's settings: deadlines, reminders, retention (Ctrl+,)</source>
            <translation>Organisationens inställningar: tidsfrister, påminnelser, bevarande (Ctrl+,)</translation>
        </message>
    </context>
    <context>
        <name>dsar::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <source>Open the selected case</source>
            <translation>Öppna det markerade ärendet</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Move in the navigation and the lists</source>
            <translation>Flytta i navigeringen och listorna</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Piltangenterna</translation>
        </message>
        <message>
            <source>Go to the next part of the window</source>
            <translation>Gå till nästa del av fönstret</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabb</translation>
        </message>
        <message>
            <source>Press a button or tick a box</source>
            <translation>Tryck på en knapp eller kryssa i en ruta</translation>
        </message>
        <message>
            <source>Space, or Alt and the underlined letter</source>
            <translation>Mellanslag, eller Alt och den understrukna bokstaven</translation>
        </message>
        <message>
            <source>Close a dialog without saving (it asks when something was typed)</source>
            <translation>Stäng en dialogruta utan att spara (den frågar om något har skrivits)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tangenter</translation>
        </message>
    </context>
    <context>
        <name>dsar::SubjectChooser</name>
        <message>
            <source>&amp;New data subject</source>
            <translation>&amp;Ny registrerad</translation>
        </message>
        <message>
            <source>Register a new data subject</source>
            <translation>Lägg upp en ny registrerad</translation>
        </message>
        <message>
            <source>E&amp;xisting data subject</source>
            <translation>&amp;Befintlig registrerad</translation>
        </message>
        <message>
            <source>Choose an existing data subject</source>
            <translation>Välj en befintlig registrerad</translation>
        </message>
        <message>
            <source>Name of the data subject</source>
            <translation>Den registrerades namn</translation>
        </message>
        <message>
            <source>Personnummer or samordningsnummer, optional</source>
            <translation>Personnummer eller samordningsnummer, frivilligt</translation>
        </message>
        <message>
            <source>Optional: only if given or already held</source>
            <translation>Frivilligt: bara om det har lämnats eller redan finns hos organisationen</translation>
        </message>
        <message>
            <source>E-mail address, optional</source>
            <translation>E-postadress, frivilligt</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Frivilligt</translation>
        </message>
        <message>
            <source>Phone number, optional</source>
            <translation>Telefonnummer, frivilligt</translation>
        </message>
        <message>
            <source>Postal address, optional</source>
            <translation>Postadress, frivilligt</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>N&amp;amn:</translation>
        </message>
        <message>
            <source>&amp;Personnummer:</source>
            <translation>&amp;Personnummer:</translation>
        </message>
        <message>
            <source>E-&amp;mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>Postal a&amp;ddress:</source>
            <translation>Posta&amp;dress:</translation>
        </message>
        <message>
            <source>Existing data subject</source>
            <translation>Befintlig registrerad</translation>
        </message>
        <message>
            <source>&amp;Data subject:</source>
            <translation>&amp;Registrerad:</translation>
        </message>
        <message>
            <source>Type part of a name or e-mail address</source>
            <translation>Skriv en del av ett namn eller en e-postadress</translation>
        </message>
        <message>
            <source>Choose the data subject from the list, or register a new one.</source>
            <translation>Välj den registrerade i listan eller lägg upp en ny.</translation>
        </message>
    </context>
    <context>
        <name>dsar::SubjectList</name>
        <message>
            <source>Search name, e-mail or personnummer</source>
            <translation>Sök på namn, e-post eller personnummer</translation>
        </message>
        <message>
            <source>Search data subjects</source>
            <translation>Sök registrerade</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Personnummer</source>
            <translation>Personnummer</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Data subjects</source>
            <translation>Registrerade</translation>
        </message>
    </context>
    <context>
        <name>dsar::SubjectsWindow</name>
        <message>
            <source>Data subjects and holdings</source>
            <translation>Registrerade och uppgifter</translation>
        </message>
        <message>
            <source>Personnummer:</source>
            <translation>Personnummer:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-post:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefon:</translation>
        </message>
        <message>
            <source>Postal address:</source>
            <translation>Postadress:</translation>
        </message>
        <message>
            <source>Choose a data subject in the list to see what the organisations hold about them.</source>
            <translation>Välj en registrerad i listan för att se vilka uppgifter organisationerna har om personen.</translation>
        </message>
        <message>
            <source>Holdings</source>
            <translation>Uppgifter</translation>
        </message>
        <message>
            <source>Holdings of the data subject</source>
            <translation>Den registrerades uppgifter</translation>
        </message>
        <message>
            <source>Press Enter to edit the selected holding, Delete to remove it.</source>
            <translation>Tryck på Enter för att ändra den markerade uppgiften och på Delete för att ta bort den.</translation>
        </message>
        <message>
            <source>&amp;Add holding…</source>
            <translation>&amp;Lägg till uppgift…</translation>
        </message>
        <message>
            <source>Record a piece of personal data held about this data subject</source>
            <translation>Registrera en personuppgift som finns om den registrerade</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>&amp;Importera från fil…</translation>
        </message>
        <message>
            <source>Import holdings exported from a system, as CSV or JSON</source>
            <translation>Importera uppgifter som exporterats från ett system, som CSV eller JSON</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>Ä&amp;ndra…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <source>Why the change was not made</source>
            <translation>Varför ändringen inte gjordes</translation>
        </message>
        <message>
            <source>The data subjects could not be read: %1</source>
            <translation>De registrerade kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>–</source>
            <comment>no value</comment>
            <translation>–</translation>
        </message>
        <message>
            <source>The holdings could not be read: %1</source>
            <translation>Uppgifterna kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>Holdings: %1</source>
            <translation>Uppgifter: %1</translation>
        </message>
        <message>
            <source>%1 · past their retain-until date: %2</source>
            <comment>holdings count · past count</comment>
            <translation>%1 · passerat gallringsdatum: %2</translation>
        </message>
        <message>
            <source>No holdings are recorded for this data subject yet. Add them one by one, or import a file exported from a system.</source>
            <translation>Inga uppgifter har förts in för den här registrerade ännu. Lägg till dem en i taget eller importera en fil som exporterats från ett system.</translation>
        </message>
        <message>
            <source>No holdings are recorded for this data subject.</source>
            <translation>Inga uppgifter har förts in för den här registrerade.</translation>
        </message>
        <message>
            <source>Added %1 (%2).</source>
            <translation>Lade till %1 (%2).</translation>
        </message>
        <message>
            <source>Saved %1 (%2).</source>
            <translation>Sparade %1 (%2).</translation>
        </message>
        <message>
            <source>Remove the holding?</source>
            <translation>Ta bort uppgiften?</translation>
        </message>
        <message>
            <source>Remove "%1" in %2 (%3) from the holdings of %4?</source>
            <translation>Ta bort "%1" i %2 (%3) från uppgifterna om %4?</translation>
        </message>
        <message>
            <source>Use this for a holding entered by mistake or no longer held. Nothing is deleted in %1 itself; the removal is recorded in the audit trail.</source>
            <translation>Använd detta för en uppgift som förts in av misstag eller som inte längre finns. Inget raderas i själva %1; borttagningen sparas i granskningsloggen.</translation>
        </message>
        <message>
            <source>The holding was not removed: %1</source>
            <translation>Uppgiften togs inte bort: %1</translation>
        </message>
        <message>
            <source>Removed %1 (%2).</source>
            <translation>Tog bort %1 (%2).</translation>
        </message>
        <message>
            <source>Holdings added: %1.</source>
            <translation>Tillagda uppgifter: %1.</translation>
        </message>
        <message>
            <source>Columns ignored: %1.</source>
            <translation>Kolumner som inte lästes in: %1.</translation>
        </message>
    </context>
    <context>
        <name>dsar::TableEditor</name>
        <message>
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <source>Add a row</source>
            <translation>Lägg till en rad</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Remove the selected row</source>
            <translation>Ta bort den markerade raden</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <source>Move the selected row up</source>
            <translation>Flytta upp den markerade raden</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytta ned</translation>
        </message>
        <message>
            <source>Move the selected row down</source>
            <translation>Flytta ned den markerade raden</translation>
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
            <translation>Hanterar begäranden från registrerade enligt GDPR.</translation>
        </message>
        <message>
            <source>The database file (default %1; the DSAR_DB environment variable also works).</source>
            <translation>Databasfilen (standard %1; miljövariabeln DSAR_DB fungerar också).</translation>
        </message>
        <message>
            <source>There is no DSAR Desk database at
%1

A new database needs its first administrator. Create it with
dsarctl --db "%1" init --admin NAME

or, to try DSAR Desk with demonstration data and demonstration accounts:
dsarctl --db "%1" init --demo

Then start DSAR Desk again, or choose another file with --db.</source>
            <translation>Det finns ingen DSAR Desk-databas i
%1

En ny databas behöver sin första administratör. Skapa den med
dsarctl --db "%1" init --admin NAMN

eller, för att prova DSAR Desk med demonstrationsdata och demonstrationskonton:
dsarctl --db "%1" init --demo

Starta sedan DSAR Desk igen, eller välj en annan fil med --db.</translation>
        </message>
    </context>
</TS>