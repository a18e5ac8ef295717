<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AbhaConfirmDialog</name>
    <message>
        <location filename="../../ui/abha_prefill.py" line="127"/>
        <source>Take details from the ABHA card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="130"/>
        <source>Tick the details to copy into the form. Details you typed are only replaced when you tick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="135"/>
        <source>Details on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="137"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="137"/>
        <source>On the form now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="138"/>
        <source>On the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="142"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="148"/>
        <source>Typed on the form; replaced only if ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="158"/>
        <source>Copy ticked details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdmissionForm</name>
    <message>
        <location filename="../../ui/admission_form.py" line="175"/>
        <location filename="../../ui/admission_form.py" line="561"/>
        <source>New admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="177"/>
        <location filename="../../ui/admission_form.py" line="585"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="220"/>
        <source>Read ABHA card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="221"/>
        <source>Copy the patient&apos;s details from a photo or scan of the ABHA card&apos;s QR code; you confirm each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="227"/>
        <source>ABHA card reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="283"/>
        <source>code or words, e.g. K35.8 or appendicitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="323"/>
        <source>Estimated total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="325"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="338"/>
        <source>Check &amp;eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="341"/>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="343"/>
        <source>Check and s&amp;ubmit pre-auth…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="374"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="402"/>
        <source>Read the ABHA card: choose its photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="410"/>
        <source>Reading the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="421"/>
        <source>No ABHA QR code was found on that picture. Take a sharper photo of the whole card, flat and well lit, or type the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="429"/>
        <source>The card matches the form; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="433"/>
        <source>The card gives only the year of birth ({0}); type the full date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="439"/>
        <location filename="../../ui/admission_form.py" line="453"/>
        <source>Nothing was copied from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="440"/>
        <source>Confirm the details to copy from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="450"/>
        <source>Copied {0} detail(s) from the ABHA card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="560"/>
        <location filename="../../ui/admission_form.py" line="591"/>
        <source>Admission {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="585"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="593"/>
        <source>Draft saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="626"/>
        <source>1 thing to correct before this can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="627"/>
        <source>{0} things to correct before this can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="69"/>
        <source>1. Payer and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="71"/>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="74"/>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="75"/>
        <source>Corporate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="76"/>
        <source>Policy holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="77"/>
        <source>Name on ID proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="78"/>
        <source>Sum insured (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="79"/>
        <source>Balance (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="80"/>
        <source>Room rent limit / day (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="81"/>
        <source>2. Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="82"/>
        <source>Hospital name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="83"/>
        <source>Rohini ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="84"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="85"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="86"/>
        <source>3. Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="91"/>
        <source>Attending relative&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="92"/>
        <source>ABHA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="93"/>
        <source>ABHA address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="94"/>
        <source>Aadhaar (only last 4 kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="95"/>
        <source>MR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="96"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="97"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="98"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="99"/>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="100"/>
        <source>4. Treating doctor and illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="101"/>
        <source>Treating doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="102"/>
        <source>Doctor&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="103"/>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="104"/>
        <source>Nature of illness / complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="105"/>
        <source>Relevant clinical findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="106"/>
        <source>Duration of ailment (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="107"/>
        <source>Past history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="110"/>
        <source>Proposed line of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="111"/>
        <source>Name of surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="112"/>
        <source>Surgery ICD-10-PCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="113"/>
        <source>5. Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="117"/>
        <source>Expected length of stay (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="118"/>
        <source>Days in ICU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="119"/>
        <source>Discharge (DD-MM-YYYY HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="120"/>
        <source>6. Estimated cost (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="121"/>
        <source>Room rent per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="122"/>
        <source>Room rent, nursing and diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="123"/>
        <source>Investigations and diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="124"/>
        <source>ICU charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="125"/>
        <source>Operation theatre charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="126"/>
        <source>Professional fees (surgeon, anaesthetist, consultation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="127"/>
        <source>Medicines, consumables and implants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="128"/>
        <source>Other hospital expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="129"/>
        <source>All-inclusive package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="130"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="131"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="132"/>
        <source>Third Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="133"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="134"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="135"/>
        <source>General Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="136"/>
        <source>Semi Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="137"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="138"/>
        <source>Deluxe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="139"/>
        <source>Icu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="140"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="141"/>
        <source>Surgical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="142"/>
        <source>Intensive care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="143"/>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="144"/>
        <source>Non allopathic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="145"/>
        <source>Card images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="87"/>
        <source>Name (as on policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="88"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="89"/>
        <source>Date of birth (DD-MM-YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="90"/>
        <source>Contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="72"/>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="73"/>
        <source>Member / card ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="70"/>
        <source>Payer (TPA / insurer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="108"/>
        <source>Provisional diagnosis: ICD-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="109"/>
        <source>Diagnosis in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="114"/>
        <source>Admitted on (DD-MM-YYYY HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="115"/>
        <source>Emergency or planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="116"/>
        <source>Room type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/camera.py" line="81"/>
        <source>Proof of presence for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="86"/>
        <location filename="../../ui/camera.py" line="89"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="94"/>
        <source>Frame the patient at the hospital, then take the photo. The capture time is recorded with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="100"/>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="102"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="115"/>
        <source>The camera could not take the photo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="129"/>
        <source>Camera problem: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="140"/>
        <source>The camera is not ready yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="146"/>
        <source>Photo taken; storing it…</source>
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
        <location filename="../../ui/strings.py" line="40"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="41"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="42"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="43"/>
        <source>Current leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="44"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="45"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="46"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="47"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="48"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="49"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="50"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="51"/>
        <source>Payer paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="52"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="149"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="152"/>
        <source>Timeline of legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="163"/>
        <source>What the payer said (verbatim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="171"/>
        <source>What the payer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="179"/>
        <source>Documents panel: drop files here to attach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="184"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="187"/>
        <source>Document checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="189"/>
        <source>Documents on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="191"/>
        <source>Checklist for the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="193"/>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="197"/>
        <source>Document category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="198"/>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="200"/>
        <source>Scan / edit pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="201"/>
        <source>Scan or import pages, check them, then store them as one or more documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="209"/>
        <source>Or drop PDF, JPG, PNG, TIFF or HEIC files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="211"/>
        <source>Photo (proof of presence)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="212"/>
        <source>Take a photo of the patient at the hospital with the webcam; the capture time is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="222"/>
        <source>Attaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="230"/>
        <source>Files that were not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="262"/>
        <source>← Work queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="283"/>
        <source>Your answer to the payer&apos;s query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="284"/>
        <source>Answer to the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="288"/>
        <source>Documents to send with the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="294"/>
        <source>Amount in rupees, e.g. 1,20,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="295"/>
        <source>Amount for the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="298"/>
        <source>Amount (₹) for this request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="322"/>
        <source>Patient and case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="324"/>
        <source>Policy {0} · Member {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="326"/>
        <source>Payer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="327"/>
        <source>Requested {0} · Approved {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="331"/>
        <source>No clock running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="335"/>
        <source>Clock ({0} min SLA): {1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="395"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="395"/>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="396"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="396"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="425"/>
        <source>No documents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="430"/>
        <source>Attach documents (PDF, JPG, PNG, TIFF or HEIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="432"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="472"/>
        <source>Wait until the files being attached are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="479"/>
        <source>Checking and compressing {0} file(s): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="486"/>
        <source>{0} document(s) attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="492"/>
        <source>Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="510"/>
        <source>Your role may not do this; ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="526"/>
        <source>Write the answer to the payer&apos;s query first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="538"/>
        <source>Amount: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="148"/>
        <source>Submit pre-auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="149"/>
        <source>Answer the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="150"/>
        <source>Request enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="151"/>
        <source>Request discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="152"/>
        <source>Send final claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="153"/>
        <source>Acknowledge payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="154"/>
        <source>Cancel case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="155"/>
        <source>Print Part C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="156"/>
        <source>Open admission form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="157"/>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="158"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="159"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="160"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="161"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="162"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="163"/>
        <source>Payer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="164"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="165"/>
        <source>Our answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="166"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="167"/>
        <source>UTR</source>
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
    <name>DocumentCategory</name>
    <message>
        <location filename="../../ui/strings.py" line="221"/>
        <source>proof of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="222"/>
        <source>proof of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="223"/>
        <source>proof of Date of Birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="224"/>
        <source>proof of relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="225"/>
        <source>Photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="226"/>
        <source>benefiaciary verification card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="227"/>
        <source>declaration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="228"/>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="229"/>
        <source>filled claim form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="230"/>
        <source>Medical Certficate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="231"/>
        <source>medical bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="232"/>
        <source>diagnostic reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="233"/>
        <source>hospital discharge summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="234"/>
        <source>referal latter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="235"/>
        <source>doctor signed extention letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="236"/>
        <source>clinical documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="237"/>
        <source>employee id card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="238"/>
        <source>FIR copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="239"/>
        <source>claim status intimation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="240"/>
        <source>additional info related to claim ( conveying additional situation and condition information.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="243"/>
        <source>discharge status and discharge to location details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="244"/>
        <source>Period, start or end dates of aspects of the Condition. (e.g. admission, discharge etc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="247"/>
        <source>Related services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="248"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="249"/>
        <source>Materials Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="250"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="251"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="252"/>
        <source>Injury or accident detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="253"/>
        <source>Patient Reason for Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="254"/>
        <source>Claim received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="255"/>
        <source>Claim query detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="256"/>
        <source>Treatment detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="257"/>
        <source>Indicator flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="258"/>
        <source>Proof of Presence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="129"/>
        <source>Set up TPA Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="24"/>
        <source>Pre-auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="25"/>
        <source>Enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="26"/>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="27"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="28"/>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="29"/>
        <source>Query reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="30"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="31"/>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="36"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="37"/>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="38"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="39"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="40"/>
        <source>Pre-auth queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="41"/>
        <source>Pre-auth sent, awaiting payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="42"/>
        <source>Pre-auth acknowledged by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="43"/>
        <source>Pre-auth approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="44"/>
        <source>Pre-auth partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="45"/>
        <source>Pre-auth queried by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="46"/>
        <source>Pre-auth rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="47"/>
        <source>Enhancement queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="48"/>
        <source>Enhancement sent, awaiting payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="49"/>
        <source>Enhancement acknowledged by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="51"/>
        <source>Enhancement approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="52"/>
        <source>Enhancement partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="53"/>
        <source>Enhancement queried by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="54"/>
        <source>Enhancement rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="55"/>
        <source>Discharge queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="56"/>
        <source>Discharge sent, awaiting payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="57"/>
        <source>Discharge acknowledged by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="58"/>
        <source>Discharge approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="59"/>
        <source>Discharge partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="60"/>
        <source>Discharge queried by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="61"/>
        <source>Discharge rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="62"/>
        <source>Claim queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="63"/>
        <source>Claim sent, awaiting payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="64"/>
        <source>Claim acknowledged by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="65"/>
        <source>Claim approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="66"/>
        <source>Claim partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="67"/>
        <source>Claim queried by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="68"/>
        <source>Claim rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="72"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="73"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="74"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="75"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="76"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="77"/>
        <source>queried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="78"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="82"/>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="83"/>
        <source>field staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="84"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="138"/>
        <source>{0} d {1} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="140"/>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="142"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="148"/>
        <source>with hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="152"/>
        <source>overdue {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="153"/>
        <source>{0} left</source>
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
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Opening the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Store status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>TRAINING · practice data, nothing reaches a real payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Lock the desk (Ctrl+L); open work is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>+  New admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>WORK QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>DESK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Desk pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <location filename="../../ui/strings.py" line="18"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Search case, patient, payer…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Work queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>No cases here. Press Ctrl+N for a new admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Outbox: 0 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Outbox depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Last inbox pull: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Last inbox pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>The encrypted store in {0} is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Signed in: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="512"/>
        <source>Outbox: {0} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="543"/>
        <source>{0} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>Photo stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <source>Done: {0} for {1}. It is saved and will be sent as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="769"/>
        <source>Preparing Part C for {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="773"/>
        <source>Save Part C as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="784"/>
        <source>Part C saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="861"/>
        <source>Save the draft first, then check eligibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="863"/>
        <source>Eligibility check queued; the answer will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="936"/>
        <source>The language changes the next time TPA Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="957"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="959"/>
        <source>The secret is in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="961"/>
        <source>The secret is in the encrypted store (this computer has no keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1009"/>
        <source>Last inbox pull: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="13"/>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="14"/>
        <source>Awaiting payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="15"/>
        <source>Queued offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="16"/>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="17"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="19"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="20"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="21"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="22"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="23"/>
        <source>● Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="24"/>
        <source>● Not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="25"/>
        <source>Your work is saved and will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="27"/>
        <source>This desk has no camera support (Qt Multimedia is not installed). Take the photo with a phone or camera and attach the file with category PoPr (proof of presence) or PHT; its capture time is read from the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="32"/>
        <source>No camera was found. Connect a webcam and try again, or attach a photo file with category PoPr (proof of presence) or PHT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="37"/>
        <source>Creating the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="38"/>
        <source>Setup was cancelled. Start TPA Desk again to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../ui/strings.py" line="54"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="55"/>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="56"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="57"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="58"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="59"/>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="60"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="61"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="62"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="63"/>
        <source>Sent, awaiting answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="64"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="65"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="66"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="37"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="48"/>
        <source>Outbox messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="68"/>
        <source>Why this message waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="71"/>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="73"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="76"/>
        <source>&amp;Pause payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="77"/>
        <source>Res&amp;ume payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="78"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="81"/>
        <source>Payer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="87"/>
        <source>Dead letters (answers that could not be opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="90"/>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="109"/>
        <source>{0} messages · {1} waiting to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="121"/>
        <source>None: every answer received was opened and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="147"/>
        <source>Last error (server&apos;s words): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="148"/>
        <source>No error recorded for this message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageEditor</name>
    <message>
        <location filename="../../ui/page_editor.py" line="158"/>
        <source>Pages for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="161"/>
        <source>Check the pages before they are stored: drag to reorder, turn, delete, and start a new document where one ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="166"/>
        <source>Scan a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="167"/>
        <source>Add from files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="168"/>
        <source>⟲ Turn left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="169"/>
        <source>⟳ Turn right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="170"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="171"/>
        <source>◀ Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="172"/>
        <source>Move the selected page one place earlier (or drag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="174"/>
        <source>Later ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="175"/>
        <source>Move the selected page one place later (or drag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="177"/>
        <source>New document from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="178"/>
        <source>The selected page starts a new document (press again to join it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="186"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="201"/>
        <source>Documents to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="205"/>
        <source>Documents, their category and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="206"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="206"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="207"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="223"/>
        <location filename="../../ui/page_editor.py" line="410"/>
        <source>Store documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="225"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="278"/>
        <source>Add pages from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="286"/>
        <source>Reading {0} file(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="292"/>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="322"/>
        <source>Select the first page of the new document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="326"/>
        <source>The first page always starts the first document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="386"/>
        <source>Document {0}: page(s) {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="395"/>
        <source>Category of document {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="403"/>
        <source>Stage of document {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="409"/>
        <source>Store {0} document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="444"/>
        <source>Add or scan pages first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="446"/>
        <source>Compressing and storing {0} document(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="450"/>
        <source>{0} document(s) stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="454"/>
        <source>Nothing was stored; the pages are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="216"/>
        <source>Doc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="217"/>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="218"/>
        <source>Pages (*.png *.jpg *.jpeg *.tif *.tiff *.heic *.heif *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartCPreview</name>
    <message>
        <location filename="../../ui/part_c_print.py" line="106"/>
        <source>Part C for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="109"/>
        <source>Request for cashless hospitalisation (Part C) · {0} page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="115"/>
        <source>Part C preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="128"/>
        <source>Page {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="138"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="139"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="141"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="169"/>
        <source>Could not print: {0}. Check the printer, or save the PDF and print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="174"/>
        <source>{0} page(s) sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="180"/>
        <source>Save Part C as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="197"/>
        <source>Could not save the PDF ({0}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="203"/>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayerEditor</name>
    <message>
        <location filename="../../ui/payer_editor.py" line="106"/>
        <location filename="../../ui/payer_editor.py" line="217"/>
        <source>New payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="139"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="140"/>
        <source>no clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="142"/>
        <source>Answer due within: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="143"/>
        <source>Pre-auth clock for emergencies only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="154"/>
        <source>type to set or replace; never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="167"/>
        <source>What is still missing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="175"/>
        <source>&amp;Save payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="218"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="244"/>
        <source>A secret is saved in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="246"/>
        <source>A secret is saved in the encrypted store (no keyring here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="247"/>
        <source>No secret saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="281"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="294"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="319"/>
        <source>1 thing to correct; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="320"/>
        <source>{0} things to correct; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="338"/>
        <source>Training payer: it talks to the built-in sandbox; nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="343"/>
        <source>password / client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="345"/>
        <source>Still missing before messages can go to this payer: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="348"/>
        <source>✓ Everything needed to send is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="169"/>
        <source>Short code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="170"/>
        <source>lower-case, e.g. star-health; cannot change later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="171"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="172"/>
        <source>as the clerks know it, e.g. Star Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="173"/>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="174"/>
        <source>Payer participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="175"/>
        <source>e.g. 1000003538@hcx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="176"/>
        <source>Our participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="177"/>
        <source>this hospital&apos;s code at the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="178"/>
        <source>Exchange URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="179"/>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="180"/>
        <source>Relay (inbox) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="181"/>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="182"/>
        <source>empty: the exchange&apos;s /auth/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="183"/>
        <source>API prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="184"/>
        <source>e.g. /v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="185"/>
        <source>User name / client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="186"/>
        <source>Client id (password login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="187"/>
        <source>only if the payer asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="188"/>
        <source>Login style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="189"/>
        <source>Auth header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="190"/>
        <source>Token request format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="191"/>
        <source>Key encryption (JWE alg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="192"/>
        <source>Content encryption (JWE enc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="193"/>
        <source>Timestamp format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="194"/>
        <source>Workflow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="195"/>
        <source>Query answers go as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="196"/>
        <source>password (HCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="197"/>
        <source>client credentials (NHCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="198"/>
        <source>Authorization: Bearer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="199"/>
        <source>bearer_auth (NHCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="200"/>
        <source>form (OAuth2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="201"/>
        <source>JSON (NHCX gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="202"/>
        <source>ISO-8601, +05:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="203"/>
        <source>Unix milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="204"/>
        <source>NHCX stage codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="205"/>
        <source>one UUID per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="206"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="207"/>
        <source>resubmitted Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="208"/>
        <source>Largest document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="209"/>
        <source>Largest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="210"/>
        <source>Password / client secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/strings.py" line="268"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="269"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="270"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="271"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="272"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="273"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="274"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/strings.py" line="266"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="267"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/strings.py" line="275"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="276"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="277"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="278"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="279"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="280"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="281"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/strings.py" line="261"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="262"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="263"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="264"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="265"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="41"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="57"/>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="63"/>
        <location filename="../../ui/strings.py" line="212"/>
        <source>Payer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="88"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="67"/>
        <source>+  Add a live payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="89"/>
        <location filename="../../ui/settings_view.py" line="98"/>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="97"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="97"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="97"/>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="99"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="100"/>
        <source>Scanner resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="101"/>
        <source>Scanner colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="118"/>
        <source>A live payer is saved: TPA Desk leaves training mode the next time it starts (until then messages still go to the training sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="121"/>
        <source>Training mode: messages go to the built-in sandbox. Once a live payer (with its exchange URL) is saved, the desk leaves training mode at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="135"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="137"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="139"/>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="213"/>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="80"/>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="81"/>
        <source>This account adds clerks and payers later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="84"/>
        <source>Administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="87"/>
        <source>Administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="92"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="93"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="94"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="99"/>
        <source>Give a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>Use a password of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StorePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="36"/>
        <source>Protect this desk&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="45"/>
        <source>Store passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="46"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="52"/>
        <source>Everything the desk keeps is encrypted. The key is kept in this computer&apos;s keyring, so nobody needs to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="55"/>
        <source>Everything the desk keeps is encrypted. This computer has no keyring, so choose a passphrase (at least 10 characters). Write it down and keep it safe: without it the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="60"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="61"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="69"/>
        <source>Use at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="72"/>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TrainingPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="113"/>
        <source>Start in training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="116"/>
        <source>The desk starts with a built-in training payer on this computer. You can run the whole cashless cycle (pre-auth, queries, discharge, claim, payment) without touching any real patient or insurer. A TRAINING marker stays visible while you practise. Add live payers later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/desk_app.py" line="108"/>
        <source>Creating the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_app.py" line="113"/>
        <source>Setup was cancelled. Start TPA Desk again to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
