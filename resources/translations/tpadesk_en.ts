<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdmissionForm</name>
    <message>
        <location filename="../../ui/admission_form.py" line="171"/>
        <location filename="../../ui/admission_form.py" line="481"/>
        <source>New admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="173"/>
        <location filename="../../ui/admission_form.py" line="505"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="261"/>
        <source>code or words, e.g. K35.8 or appendicitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="301"/>
        <source>Estimated total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="303"/>
        <location filename="../../ui/strings.py" line="57"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="316"/>
        <source>Check &amp;eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="319"/>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="321"/>
        <source>Check and s&amp;ubmit pre-auth…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="352"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="480"/>
        <location filename="../../ui/admission_form.py" line="511"/>
        <source>Admission {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="505"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="513"/>
        <source>Draft saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="546"/>
        <source>{0} thing(s) to correct before this can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="39"/>
        <source>1. Payer and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="40"/>
        <source>2. Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="41"/>
        <source>3. Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="42"/>
        <source>4. Treating doctor and illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="43"/>
        <source>5. Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="44"/>
        <source>6. Estimated cost (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="45"/>
        <source>Name (as on policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="46"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="47"/>
        <source>Date of birth (DD-MM-YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="48"/>
        <source>Contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="49"/>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="50"/>
        <source>Member / card ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="51"/>
        <source>Payer (TPA / insurer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="52"/>
        <source>Provisional diagnosis: ICD-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="53"/>
        <source>Diagnosis in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="54"/>
        <source>Admitted on (DD-MM-YYYY HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="55"/>
        <source>Emergency or planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="56"/>
        <source>Room type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="192"/>
        <source>Payer&apos;s answer due by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="237"/>
        <source>answered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="23"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="24"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="25"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="26"/>
        <source>Current leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="27"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="28"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="29"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="30"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="31"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="92"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="95"/>
        <source>Timeline of legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="110"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="113"/>
        <source>Document checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="115"/>
        <source>Documents on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="117"/>
        <source>Checklist for the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="119"/>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="123"/>
        <source>Document category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="124"/>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="155"/>
        <source>← Work queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="176"/>
        <source>Your answer to the payer&apos;s query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="177"/>
        <source>Answer to the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="181"/>
        <source>Documents to send with the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="187"/>
        <source>Amount in rupees, e.g. 1,20,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="188"/>
        <source>Amount for the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="191"/>
        <source>Amount (₹) for this request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="212"/>
        <source>Patient and case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="214"/>
        <source>Policy {0} · Member {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="216"/>
        <source>Payer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="217"/>
        <source>Requested {0} · Approved {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="221"/>
        <source>No clock running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="225"/>
        <source>Clock ({0} min SLA): {1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="271"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="271"/>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="272"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="272"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="301"/>
        <source>No documents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="308"/>
        <source>Attach a document (PDF, JPG or PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="310"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="343"/>
        <source>Write the answer to the payer&apos;s query first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="355"/>
        <source>Amount: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="58"/>
        <source>Submit pre-auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="59"/>
        <source>Answer the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="60"/>
        <source>Request enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="61"/>
        <source>Request discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="62"/>
        <source>Send final claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="63"/>
        <source>Acknowledge payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="64"/>
        <source>Cancel case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="65"/>
        <source>Print Part C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="66"/>
        <source>Open admission form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="67"/>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="68"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="69"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="70"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="71"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="72"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <location filename="../../ui/checks_dialog.py" line="31"/>
        <source>Before sending: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="36"/>
        <source>{0} problem(s) must be fixed before this can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="39"/>
        <source>Ready to send. Please read {0} warning(s) first: they are common reasons for queries and rejections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="42"/>
        <source>All checks passed. The request will be queued and sent as soon as the payer can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="48"/>
        <source>Check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="58"/>
        <source>Queue {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="62"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="125"/>
        <source>Set up TPA Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="76"/>
        <location filename="../../ui/lock.py" line="125"/>
        <source>Sign in to TPA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="78"/>
        <location filename="../../ui/lock.py" line="126"/>
        <source>Your open work is kept while the desk is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="83"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="86"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="87"/>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="88"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="92"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="114"/>
        <source>Unlock the desk&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="124"/>
        <source>Desk locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="142"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="145"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Opening the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Store status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>TRAINING · practice data, nothing reaches a real payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Lock the desk (Ctrl+L); open work is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>+  New admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>WORK QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>DESK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Desk pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <location filename="../../ui/strings.py" line="14"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Search case, patient, payer…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Work queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>No cases here. Press Ctrl+N for a new admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Outbox: 0 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Outbox depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Last inbox pull: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Last inbox pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>The encrypted store in {0} is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Signed in: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>Outbox: {0} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>{0} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="586"/>
        <source>Done: {0} for {1}. It is saved and will be sent as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="602"/>
        <source>Save Part C as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="619"/>
        <source>Part C saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="696"/>
        <source>Save the draft first, then check eligibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="698"/>
        <source>Eligibility check queued; the answer will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="757"/>
        <source>The language changes the next time TPA Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="767"/>
        <source>Saved in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="768"/>
        <source>Saved in the encrypted store (this computer has no keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="778"/>
        <source>{0}: {1} answers are due within {2} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="811"/>
        <source>Last inbox pull: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="9"/>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="10"/>
        <source>Awaiting payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="11"/>
        <source>Queued offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="12"/>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="13"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="15"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="16"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="17"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="18"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="19"/>
        <source>● Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="20"/>
        <source>● Not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="21"/>
        <source>Your work is saved and will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../ui/strings.py" line="32"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="33"/>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="34"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="35"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="36"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="37"/>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="38"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="36"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="47"/>
        <source>Outbox messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="66"/>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="68"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="71"/>
        <source>&amp;Pause payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="72"/>
        <source>Res&amp;ume payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="73"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="76"/>
        <source>Payer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="82"/>
        <source>Dead letters (answers that could not be opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="85"/>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="104"/>
        <source>{0} messages · {1} waiting to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="116"/>
        <source>None: every answer received was opened and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="133"/>
        <source>Last error (server&apos;s words): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="134"/>
        <source>No error recorded for this message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="38"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="49"/>
        <source>Payer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="54"/>
        <source>Payer password or client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="59"/>
        <location filename="../../ui/settings_view.py" line="81"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="60"/>
        <source>Password / secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="61"/>
        <source>SLA for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="62"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="64"/>
        <source>Save payer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="82"/>
        <location filename="../../ui/settings_view.py" line="91"/>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="90"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="90"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="90"/>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="92"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="93"/>
        <source>Scanner resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="94"/>
        <source>Scanner colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="110"/>
        <source> (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="119"/>
        <source>Choose a payer first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="76"/>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="77"/>
        <source>This account adds clerks and payers later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="80"/>
        <source>Administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="83"/>
        <source>Administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="88"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="89"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="90"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="95"/>
        <source>Give a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="98"/>
        <source>Use a password of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="101"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StorePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="34"/>
        <source>Protect this desk&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="43"/>
        <source>Store passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="44"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="48"/>
        <source>Everything the desk keeps is encrypted. The key is kept in this computer&apos;s keyring, so nobody needs to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="51"/>
        <source>Everything the desk keeps is encrypted. This computer has no keyring, so choose a passphrase (at least 10 characters). Write it down and keep it safe: without it the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="56"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="57"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="65"/>
        <source>Use at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="68"/>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TrainingPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="109"/>
        <source>Start in training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="112"/>
        <source>The desk starts with a built-in training payer on this computer. You can run the whole cashless cycle (pre-auth, queries, discharge, claim, payment) without touching any real patient or insurer. A TRAINING marker stays visible while you practise. Add live payers later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/desk_app.py" line="107"/>
        <source>Creating the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_app.py" line="112"/>
        <source>Setup was cancelled. Start TPA Desk again to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
