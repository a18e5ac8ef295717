<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AbhaConfirmDialog</name>
    <message>
        <location filename="../../ui/abha_prefill.py" line="184"/>
        <source>Take details from the insurance card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="185"/>
        <source>Take details from the ABHA card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="188"/>
        <source>Tick the details to copy into the form. Details you typed are only replaced when you tick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="193"/>
        <source>Details on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="195"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="195"/>
        <source>On the form now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="196"/>
        <source>On the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="201"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="206"/>
        <source>Typed on the form; replaced only if ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="216"/>
        <source>Copy ticked details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdmissionForm</name>
    <message>
        <location filename="../../ui/admission_form.py" line="209"/>
        <location filename="../../ui/admission_form.py" line="716"/>
        <source>New admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="211"/>
        <location filename="../../ui/admission_form.py" line="740"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="112"/>
        <source>Third gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="115"/>
        <source>General ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="116"/>
        <source>Semi-private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="119"/>
        <source>ICU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="124"/>
        <source>Non-allopathic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="256"/>
        <source>Read &amp;ABHA card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="257"/>
        <source>Read ABHA card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="258"/>
        <source>Copy the patient&apos;s details from a photo or scan of the ABHA card&apos;s QR code; you confirm each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="264"/>
        <source>ABHA card reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="271"/>
        <source>Read &amp;insurance card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="272"/>
        <source>Read insurance card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="273"/>
        <source>Copy the policy and member numbers from a photo or scan of the insurance or TPA card&apos;s QR code or barcode; you confirm each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="280"/>
        <source>Insurance card reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="340"/>
        <source>code or words, e.g. K35.8 or appendicitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="380"/>
        <location filename="../../ui/strings.py" line="133"/>
        <source>Estimated total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="382"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="395"/>
        <source>Check &amp;eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="398"/>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="400"/>
        <source>Check and s&amp;ubmit pre-auth…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="438"/>
        <location filename="../../ui/admission_form.py" line="765"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="466"/>
        <source>Read the ABHA card: choose its photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="474"/>
        <location filename="../../ui/admission_form.py" line="550"/>
        <source>Reading the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="485"/>
        <source>No ABHA QR code was found on that picture. Take a sharper photo of the whole card, flat and well lit, or type the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="493"/>
        <location filename="../../ui/admission_form.py" line="572"/>
        <source>The card matches the form; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="497"/>
        <source>The card gives only the year of birth ({0}); type the full date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="503"/>
        <location filename="../../ui/admission_form.py" line="530"/>
        <location filename="../../ui/admission_form.py" line="580"/>
        <source>Nothing was copied from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="504"/>
        <location filename="../../ui/admission_form.py" line="581"/>
        <source>Confirm the details to copy from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admission_form.py" line="533"/>
        <source>Copied %n detail(s) from the insurance card.</source>
        <translation>
            <numerusform>Copied 1 detail from the insurance card.</numerusform>
            <numerusform>Copied %n details from the insurance card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admission_form.py" line="535"/>
        <source>Copied %n detail(s) from the ABHA card.</source>
        <translation>
            <numerusform>Copied 1 detail from the ABHA card.</numerusform>
            <numerusform>Copied %n details from the ABHA card.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="542"/>
        <source>Read the insurance card: choose its photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="563"/>
        <source>No policy or member number was found in a QR code or barcode on that picture. Take a sharper photo of the whole card, flat and well lit, or type the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="574"/>
        <source>The card also shows {0}; check which number is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="759"/>
        <source>Autosaved {0} (incomplete draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="761"/>
        <source>Incomplete draft saved {0} · 1 thing left to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="763"/>
        <source>Incomplete draft saved {0} · {1} things left to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="801"/>
        <source>Kept as an incomplete draft. 1 thing to complete or correct before it becomes a case (shown on the field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="803"/>
        <source>Kept as an incomplete draft. {0} things to complete or correct before it becomes a case (shown on the fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="700"/>
        <location filename="../../ui/admission_form.py" line="715"/>
        <location filename="../../ui/admission_form.py" line="747"/>
        <source>Admission {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="701"/>
        <location filename="../../ui/admission_form.py" line="767"/>
        <source>Unfinished admission (not a case yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="702"/>
        <source>Incomplete draft saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="703"/>
        <source>Incomplete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="740"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="749"/>
        <source>Draft saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="66"/>
        <source>1. Payer and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="68"/>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="71"/>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="72"/>
        <source>Corporate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="73"/>
        <source>Policy holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="74"/>
        <source>Name on ID proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="75"/>
        <source>Sum insured (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="76"/>
        <source>Balance (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="77"/>
        <source>Room rent limit / day (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="78"/>
        <source>2. Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="79"/>
        <source>Hospital name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="80"/>
        <source>Rohini ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="81"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="82"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="83"/>
        <source>3. Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="88"/>
        <source>Attending relative&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="89"/>
        <source>ABHA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="90"/>
        <source>ABHA address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="91"/>
        <source>Aadhaar (only last 4 kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="92"/>
        <source>MR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="93"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="94"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="95"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="96"/>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="97"/>
        <source>4. Treating doctor and illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="98"/>
        <source>Treating doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="99"/>
        <source>Doctor&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="100"/>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="101"/>
        <source>Nature of illness / complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="102"/>
        <source>Relevant clinical findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="103"/>
        <source>Duration of ailment (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="104"/>
        <source>Past history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="107"/>
        <source>Proposed line of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="108"/>
        <source>Name of surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="109"/>
        <source>Surgery ICD-10-PCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="110"/>
        <source>5. Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="114"/>
        <source>Expected length of stay (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="115"/>
        <source>Days in ICU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="116"/>
        <source>Discharge (DD-MM-YYYY HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="117"/>
        <source>6. Estimated cost (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="118"/>
        <source>Room rent per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="119"/>
        <source>Room rent, nursing and diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="120"/>
        <source>Investigations and diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="121"/>
        <source>ICU charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="122"/>
        <source>Operation theatre charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="123"/>
        <source>Professional fees (surgeon, anaesthetist, consultation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="124"/>
        <source>Medicines, consumables and implants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="125"/>
        <source>Other hospital expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="126"/>
        <source>All-inclusive package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="131"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="132"/>
        <source>Cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="134"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="135"/>
        <source>Route of drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="136"/>
        <source>FIR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="110"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="111"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="113"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="114"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="117"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="118"/>
        <source>Deluxe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="120"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="121"/>
        <source>Surgical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="122"/>
        <source>Intensive care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="123"/>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="127"/>
        <source>Card images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="84"/>
        <source>Name (as on policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="85"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="86"/>
        <source>Date of birth (DD-MM-YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="87"/>
        <source>Contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="69"/>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="70"/>
        <source>Member / card ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="67"/>
        <source>Payer (TPA / insurer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="105"/>
        <source>Provisional diagnosis: ICD-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="106"/>
        <source>Diagnosis in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="111"/>
        <source>Admitted on (DD-MM-YYYY HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="112"/>
        <source>Emergency or planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="113"/>
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
    <name>CancelCaseDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="131"/>
        <source>Cancel case {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="135"/>
        <source>Cancel case {0}{1}? The payer is told and the case cannot be sent again. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="139"/>
        <source>&amp;Reason (sent to the payer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="141"/>
        <source>e.g. patient shifted to another hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="142"/>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="146"/>
        <location filename="../../ui/case_view.py" line="170"/>
        <source>Write the reason to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="152"/>
        <source>&amp;Keep the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="154"/>
        <source>C&amp;ancel the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardReader</name>
    <message>
        <location filename="../../ui/abha_prefill.py" line="84"/>
        <source>{0}: the file is no longer there; choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="88"/>
        <source>{0}: cannot be read as a picture. Take a photo or scan of the {1} (JPG or PNG) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="97"/>
        <source>ABHA card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="106"/>
        <source>insurance card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="210"/>
        <source>Payer&apos;s answer due by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="216"/>
        <source>An admission you started; it is not a case until it is complete. Press Enter to carry on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="259"/>
        <source>Incomplete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="271"/>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="273"/>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="287"/>
        <source>answered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="36"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="37"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="38"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="39"/>
        <source>Current leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="41"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="42"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="43"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="44"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="45"/>
        <location filename="../../ui/strings.py" line="273"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="46"/>
        <location filename="../../ui/strings.py" line="274"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="47"/>
        <location filename="../../ui/strings.py" line="275"/>
        <source>Payer paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="48"/>
        <location filename="../../ui/strings.py" line="277"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="276"/>
        <source>Unsaved edits kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="278"/>
        <source>Needs attention: the payer refused a message or it needs a fix; open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="280"/>
        <source>Waiting to send: saved, and sent as soon as the payer can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="282"/>
        <source>Payer paused: messages to this payer wait until it is resumed (Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="284"/>
        <source>Your unfinished edits of this draft are kept; open it to carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="286"/>
        <source>Emergency admission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="252"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="255"/>
        <source>Timeline of legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="273"/>
        <source>What the payer said (verbatim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="281"/>
        <source>What the payer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="289"/>
        <source>Documents panel: drop files here to attach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="294"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="297"/>
        <source>Document checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="299"/>
        <source>Documents on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="301"/>
        <source>Checklist for the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="303"/>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="307"/>
        <source>Document category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="308"/>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="310"/>
        <source>Scan / edit pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="311"/>
        <source>Scan or import pages, check them, then store them as one or more documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="319"/>
        <source>Or drop PDF, JPG, PNG, TIFF or HEIC files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="321"/>
        <source>Photo (proof of presence)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="322"/>
        <source>Take a photo of the patient at the hospital with the webcam; the capture time is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="332"/>
        <source>Attaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="340"/>
        <source>Files that were not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="374"/>
        <source>← Work queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="395"/>
        <source>Your answer to the payer&apos;s query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="396"/>
        <source>Answer to the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="400"/>
        <source>Documents to send with the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="406"/>
        <source>Amount in rupees, e.g. 1,20,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="407"/>
        <source>Amount for the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="410"/>
        <source>Amount (₹) for this request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="434"/>
        <source>Patient and case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="436"/>
        <source>Policy {0} · Member {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="438"/>
        <source>Payer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="439"/>
        <source>Requested {0} · Approved {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="452"/>
        <source>No clock running: the payer is not being waited on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="455"/>
        <source>Waiting on the hospital (query open); the payer&apos;s {0}-minute clock is paused until we answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="460"/>
        <source>The payer&apos;s answer is overdue by {0} ({1}-minute clock; it was due {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="462"/>
        <source>The payer has {0} left to answer ({1}-minute clock, due {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="465"/>
        <source>The payer answered late (after its {0}-minute clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="466"/>
        <source>The payer answered within its {0}-minute clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="482"/>
        <source>Queued {0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_view.py" line="634"/>
        <source>Checking and compressing %n file(s): {0}</source>
        <translation>
            <numerusform>Checking and compressing 1 file: {0}</numerusform>
            <numerusform>Checking and compressing %n files: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_view.py" line="641"/>
        <source>%n document(s) attached.</source>
        <translation>
            <numerusform>1 document attached.</numerusform>
            <numerusform>%n documents attached.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="550"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="550"/>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="551"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="551"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_view.py" line="570"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>1 page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="571"/>
        <source>{0} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="580"/>
        <source>No documents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="585"/>
        <source>Attach documents (PDF, JPG, PNG, TIFF or HEIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="587"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="627"/>
        <source>Wait until the files being attached are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="647"/>
        <source>Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="665"/>
        <source>Your role may not do this; ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="681"/>
        <source>Write the answer to the payer&apos;s query first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="693"/>
        <source>Amount: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="138"/>
        <source>Submit pre-auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="139"/>
        <source>Answer the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="140"/>
        <source>Request enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="141"/>
        <source>Request discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="142"/>
        <source>Send final claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="143"/>
        <source>Acknowledge payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="144"/>
        <source>Cancel case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="145"/>
        <source>Print Part C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="146"/>
        <source>Open admission form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="147"/>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="148"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="149"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="150"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="151"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="152"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="153"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="154"/>
        <source>Payer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="155"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="156"/>
        <source>Our answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="157"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="158"/>
        <source>UTR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <location filename="../../ui/checks_dialog.py" line="83"/>
        <source>Before sending: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="55"/>
        <source>{0} is required before the {1} can be sent. Attach it in the case&apos;s Documents panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="58"/>
        <source>{0} is usually asked for with the {1}. Attach it in the case&apos;s Documents panel to avoid a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="66"/>
        <source>{0}: {1} (Part C needs it for the {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="71"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checks_dialog.py" line="88"/>
        <source>%n problem(s) must be fixed before this can be sent.</source>
        <translation>
            <numerusform>1 problem must be fixed before this can be sent.</numerusform>
            <numerusform>%n problems must be fixed before this can be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checks_dialog.py" line="91"/>
        <source>Ready to send. Please read the %n warning(s) first: they are common reasons for queries and rejections.</source>
        <translation>
            <numerusform>Ready to send. Please read the warning first: it is a common reason for queries and rejections.</numerusform>
            <numerusform>Ready to send. Please read the %n warnings first: they are common reasons for queries and rejections.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="94"/>
        <source>All checks passed. The request will be queued and sent as soon as the payer can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="100"/>
        <source>Check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="115"/>
        <source>Queue {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="119"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerksPanel</name>
    <message>
        <location filename="../../ui/clerks_panel.py" line="55"/>
        <source>Accounts on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="59"/>
        <location filename="../../ui/clerks_panel.py" line="149"/>
        <source>&amp;Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="65"/>
        <source>Add a clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="72"/>
        <source>e.g. asha.k (lower case, no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="73"/>
        <source>New clerk&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="77"/>
        <source>New clerk&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="80"/>
        <source>New clerk&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="83"/>
        <source>Repeat the new clerk&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="84"/>
        <source>User &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="84"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="85"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="86"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="92"/>
        <source>Problem adding the clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="93"/>
        <source>&amp;Add clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="111"/>
        <source>Each clerk signs in with their own name and password; everything they do is recorded under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="114"/>
        <source>Only an administrator can add or disable accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="122"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="122"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="132"/>
        <source>No accounts yet: this desk was set up without one. Add the first clerk on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="150"/>
        <source>&amp;Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="153"/>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="164"/>
        <source>User name: type the new clerk&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="167"/>
        <source>Password: use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="170"/>
        <source>Repeat password: the two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="173"/>
        <source>Adding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="187"/>
        <source>Added {0}. They can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="294"/>
        <source>Clerk (admissions, documents, submissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="295"/>
        <source>Field staff (photos, proof of presence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="296"/>
        <source>Supervisor (also cancels and closes cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="297"/>
        <source>Administrator (also clerks and payers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPort</name>
    <message>
        <location filename="../../ui/port.py" line="346"/>
        <source>Eligibility check sent; waiting for the payer&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="350"/>
        <source>Policy NOT in force. The payer said: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="352"/>
        <source>Policy NOT in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="356"/>
        <source>Policy in force (answered {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="360"/>
        <source>Policy in force, balance {0} (answered {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="364"/>
        <source>The payer&apos;s figure was below zero ({0}), so the case keeps ₹0; check the balance with the payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="368"/>
        <source>The payer&apos;s figure {0} is above the sum insured ({1}), so the case keeps the sum insured; check both amounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCategory</name>
    <message>
        <location filename="../../ui/strings.py" line="212"/>
        <source>proof of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="213"/>
        <source>proof of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="214"/>
        <source>proof of Date of Birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="215"/>
        <source>proof of relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="216"/>
        <source>Photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="217"/>
        <source>benefiaciary verification card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="218"/>
        <source>declaration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="219"/>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="220"/>
        <source>filled claim form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="221"/>
        <source>Medical Certficate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="222"/>
        <source>medical bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="223"/>
        <source>diagnostic reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="224"/>
        <source>hospital discharge summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="225"/>
        <source>referal latter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="226"/>
        <source>doctor signed extention letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="227"/>
        <source>clinical documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="228"/>
        <source>employee id card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="229"/>
        <source>FIR copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="230"/>
        <source>claim status intimation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="231"/>
        <source>additional info related to claim ( conveying additional situation and condition information.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="234"/>
        <source>discharge status and discharge to location details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="235"/>
        <source>Period, start or end dates of aspects of the Condition. (e.g. admission, discharge etc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="238"/>
        <source>Related services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="239"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="240"/>
        <source>Materials Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="241"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="242"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="243"/>
        <source>Injury or accident detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="244"/>
        <source>Patient Reason for Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="245"/>
        <source>Claim received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="246"/>
        <source>Claim query detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="247"/>
        <source>Treatment detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="248"/>
        <source>Indicator flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="249"/>
        <source>Proof of Presence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="143"/>
        <source>Set up TPA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="151"/>
        <source>Step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="160"/>
        <source>&amp;Start the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="175"/>
        <source>First start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="183"/>
        <source>Step {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="298"/>
        <source>Protect the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="299"/>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="300"/>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="26"/>
        <source>Pre-auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="27"/>
        <source>Enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="28"/>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="29"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="30"/>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="31"/>
        <source>Query reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="32"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="33"/>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="38"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="39"/>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="40"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="41"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="42"/>
        <source>Pre-auth queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="43"/>
        <source>Pre-auth sent, awaiting payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="44"/>
        <source>Pre-auth acknowledged by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="45"/>
        <source>Pre-auth approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="46"/>
        <source>Pre-auth partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="47"/>
        <source>Pre-auth queried by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="48"/>
        <source>Pre-auth rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="49"/>
        <source>Enhancement queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="50"/>
        <source>Enhancement sent, awaiting payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="51"/>
        <source>Enhancement acknowledged by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="53"/>
        <source>Enhancement approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="54"/>
        <source>Enhancement partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="55"/>
        <source>Enhancement queried by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="56"/>
        <source>Enhancement rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="57"/>
        <source>Discharge queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="58"/>
        <source>Discharge sent, awaiting payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="59"/>
        <source>Discharge acknowledged by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="60"/>
        <source>Discharge approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="61"/>
        <source>Discharge partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="62"/>
        <source>Discharge queried by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="63"/>
        <source>Discharge rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="64"/>
        <source>Claim queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="65"/>
        <source>Claim sent, awaiting payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="66"/>
        <source>Claim acknowledged by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="67"/>
        <source>Claim approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="68"/>
        <source>Claim partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="69"/>
        <source>Claim queried by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="70"/>
        <source>Claim rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="75"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="76"/>
        <source>Sent, awaiting payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="77"/>
        <source>Acknowledged by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="78"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="79"/>
        <source>Partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="80"/>
        <source>Queried by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="81"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="86"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="87"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="88"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="89"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="90"/>
        <source>queried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="91"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="95"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="96"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="97"/>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="101"/>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="102"/>
        <source>field staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="103"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="104"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="155"/>
        <source>{0} dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="176"/>
        <source>{0} d {1} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="178"/>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="180"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="186"/>
        <source>with hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="190"/>
        <source>overdue {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="191"/>
        <source>{0} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="117"/>
        <location filename="../../ui/lock.py" line="166"/>
        <source>Sign in to TPA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="119"/>
        <location filename="../../ui/lock.py" line="167"/>
        <source>Your open work is kept while the desk is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="124"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="127"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="128"/>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="129"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="133"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="155"/>
        <source>Unlock the desk&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="165"/>
        <source>Desk locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="183"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="186"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Something went wrong inside the desk. Your saved work is safe. Please tell your administrator (the error was {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Pre-auth for {0} queued: it is saved and will be sent as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Enhancement request for {0} queued: it is saved and will be sent as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Discharge request for {0} queued: it is saved and will be sent as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Final claim for {0} queued: it is saved and will be sent as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Answer to the query on {0} queued: it is saved and will be sent as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Cancellation of {0} queued: it is saved and the payer will be told as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Payment on {0} acknowledged; the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Documents attached to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Photo stored on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Pages stored on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Opening the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Store status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>TRAINING · practice data, nothing reaches a real payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Lock the desk (Ctrl+L); open work is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>+  New admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>WORK QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>DESK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Desk pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <location filename="../../ui/strings.py" line="18"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Search case, patient, payer…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Work queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>No cases here. Press Ctrl+N for a new admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Last successful sync: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>The last time the exchange answered this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Outbox: 0 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Outbox depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Last inbox pull: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Last inbox pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>The last time the payers&apos; answers were fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>The encrypted store in {0} is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="591"/>
        <source>Signed in: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Outbox: {0} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="725"/>
        <source>{0}: %n case(s)</source>
        <translation>
            <numerusform>{0}: 1 case</numerusform>
            <numerusform>{0}: %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="727"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>1 case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="986"/>
        <source>Done for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1458"/>
        <source>Closing TPA Desk: keeping your open work and finishing what is in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1461"/>
        <source>Closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="946"/>
        <source>Photo stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1015"/>
        <source>Preparing Part C for {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1041"/>
        <source>Save Part C as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1052"/>
        <source>Part C saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1122"/>
        <source>Not autosaved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1168"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1201"/>
        <source>Save the draft first, then check eligibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1203"/>
        <source>Eligibility check queued; the answer will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1296"/>
        <source>Scanner defaults saved: new scans use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1306"/>
        <source>Only an administrator can add accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1339"/>
        <source>The language changes the next time TPA Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1358"/>
        <source>Only an administrator can change payers; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1365"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1367"/>
        <source>The secret is in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1369"/>
        <source>The secret is in the encrypted store (this computer has no keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1431"/>
        <source>Last successful sync: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1434"/>
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
        <location filename="../../ui/desk_app.py" line="93"/>
        <source>The store could not be opened because of a bug (the error was {0}). Please tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_app.py" line="110"/>
        <source>Creating the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desk_app.py" line="116"/>
        <source>Setup was cancelled. Start TPA Desk again to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../ui/strings.py" line="50"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="51"/>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="52"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="53"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="54"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="55"/>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="56"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="57"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="58"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="59"/>
        <source>Sent, awaiting answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="60"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="61"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="62"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="38"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="49"/>
        <source>Outbox messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="69"/>
        <source>Why this message waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="72"/>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="74"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="77"/>
        <source>&amp;Pause payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="78"/>
        <source>Res&amp;ume payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="81"/>
        <source>The chosen payer&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="82"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="85"/>
        <source>Payer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="92"/>
        <source>Dead letters (answers that could not be opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="95"/>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="120"/>
        <source>{0} (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="128"/>
        <source>{0} messages · {1} waiting to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="143"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="147"/>
        <source>by the desk after repeated failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="148"/>
        <source>by a clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="149"/>
        <source>Paused since {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="166"/>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="171"/>
        <source>None: every answer received was opened and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="201"/>
        <source>Last error (server&apos;s words): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="203"/>
        <source>Last error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="199"/>
        <source>No error recorded for this message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageEditor</name>
    <message>
        <location filename="../../ui/page_editor.py" line="134"/>
        <source>No scanner software is installed on this computer; add the pages from files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="140"/>
        <source>No scanner was found. Check that it is switched on and connected, or add the pages from files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="209"/>
        <source>Pages for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="212"/>
        <source>Check the pages before they are stored: drag to reorder, turn, delete, and start a new document where one ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="222"/>
        <source>Scan resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="226"/>
        <source>Scan colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="232"/>
        <source>Scan a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="233"/>
        <source>Add from files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="234"/>
        <source>⟲ Turn left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="235"/>
        <source>⟳ Turn right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="236"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="237"/>
        <source>◀ Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="238"/>
        <source>Move the selected page one place earlier (or drag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="240"/>
        <source>Later ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="241"/>
        <source>Move the selected page one place later (or drag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="243"/>
        <source>New document from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="244"/>
        <source>The selected page starts a new document (press again to join it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="259"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="274"/>
        <source>Documents to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="278"/>
        <source>Documents, their category and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="279"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="279"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="280"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="305"/>
        <location filename="../../ui/page_editor.py" line="597"/>
        <source>Store documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="307"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="405"/>
        <source>Document {0}: the category {1} ({2}) was chosen from the words on the page; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="411"/>
        <source>Suggested from the page&apos;s words; choose another category if it is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="437"/>
        <source>Add pages from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="445"/>
        <source>Reading 1 file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="446"/>
        <source>Reading {0} files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="561"/>
        <source>{0}Doc {1} · page {2}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="570"/>
        <source>Document {0}: page {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="571"/>
        <source>Document {0}: pages {1}–{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="607"/>
        <source>Eligibility check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="608"/>
        <source>Pre-authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="609"/>
        <source>Reply to a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="610"/>
        <source>Enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="611"/>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="612"/>
        <source>Final claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="613"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="618"/>
        <source>turned right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="618"/>
        <source>upside down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="619"/>
        <source>turned left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="622"/>
        <source>Store 1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="623"/>
        <source>Store {0} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="656"/>
        <source>Compressing and storing 1 document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="657"/>
        <source>Compressing and storing {0} documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="661"/>
        <source>1 document stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="662"/>
        <source>{0} documents stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="474"/>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="507"/>
        <source>Select the first page of the new document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="511"/>
        <source>The first page always starts the first document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="580"/>
        <source>Category of document {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="590"/>
        <source>Stage of document {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="654"/>
        <source>Add or scan pages first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="666"/>
        <source>Nothing was stored; the pages are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="207"/>
        <source>Doc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="208"/>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="209"/>
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
        <location filename="../../ui/part_c_print.py" line="110"/>
        <source>Request for cashless hospitalisation (Part C) · 1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="112"/>
        <source>Request for cashless hospitalisation (Part C) · {0} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="118"/>
        <source>Part C preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="131"/>
        <source>Page {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="141"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="142"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="144"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="172"/>
        <source>Could not print: {0}. Check the printer, or save the PDF and print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="177"/>
        <source>1 page sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="178"/>
        <source>{0} pages sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="184"/>
        <source>Save Part C as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="201"/>
        <source>Could not save the PDF ({0}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="207"/>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayerEditor</name>
    <message>
        <location filename="../../ui/payer_editor.py" line="107"/>
        <location filename="../../ui/payer_editor.py" line="218"/>
        <source>New payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="140"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="141"/>
        <source>no clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="143"/>
        <source>{0}: answer due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="144"/>
        <source>Pre-auth clock for emergencies only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="151"/>
        <source> KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="155"/>
        <source>type to set or replace; never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="168"/>
        <source>What is still missing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="176"/>
        <source>&amp;Save payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="219"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="245"/>
        <source>A secret is saved in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="247"/>
        <source>A secret is saved in the encrypted store (no keyring here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="248"/>
        <source>No secret saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="282"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="297"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="325"/>
        <source>1 thing to correct; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="326"/>
        <source>{0} things to correct; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="344"/>
        <source>Training payer: it talks to the built-in sandbox; nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="354"/>
        <source>Besides the corrections above, still to fill in before messages can go to this payer: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="356"/>
        <source>Still to fill in before messages can go to this payer: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="359"/>
        <source>Correct the fields marked above, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="361"/>
        <source>✓ Everything needed to send is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="160"/>
        <source>Short code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="161"/>
        <source>lower-case, e.g. star-health; cannot change later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="162"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="163"/>
        <source>as the clerks know it, e.g. Star Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="164"/>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="165"/>
        <source>Payer participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="166"/>
        <source>e.g. 1000003538@hcx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="167"/>
        <source>Our participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="168"/>
        <source>this hospital&apos;s code at the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="169"/>
        <source>Exchange URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="170"/>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="171"/>
        <source>Relay (inbox) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="172"/>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="173"/>
        <source>empty: the exchange&apos;s /auth/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="174"/>
        <source>API prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="175"/>
        <source>e.g. /v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="176"/>
        <source>User name / client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="177"/>
        <source>Client id (password login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="178"/>
        <source>only if the payer asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="179"/>
        <source>Login style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="180"/>
        <source>Auth header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="181"/>
        <source>Token request format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="182"/>
        <source>Key encryption (JWE alg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="183"/>
        <source>Content encryption (JWE enc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="184"/>
        <source>Timestamp format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="185"/>
        <source>Workflow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="186"/>
        <source>Query answers go as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="187"/>
        <source>password (HCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="188"/>
        <source>client credentials (NHCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="189"/>
        <source>Authorization: Bearer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="190"/>
        <source>bearer_auth (NHCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="191"/>
        <source>form (OAuth2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="192"/>
        <source>JSON (NHCX gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="193"/>
        <source>ISO-8601, +05:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="194"/>
        <source>Unix milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="195"/>
        <source>NHCX stage codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="196"/>
        <source>one UUID per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="197"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="198"/>
        <source>resubmitted Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="199"/>
        <source>Largest document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="200"/>
        <source>Largest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="369"/>
        <location filename="../../ui/strings.py" line="201"/>
        <source>Password / client secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/strings.py" line="259"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="260"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="261"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="262"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="263"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="264"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="265"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/strings.py" line="257"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="258"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/strings.py" line="266"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="267"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="268"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="269"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="270"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="271"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="272"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/strings.py" line="252"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="253"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="254"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="255"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="256"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDelegate</name>
    <message>
        <location filename="../../ui/strings.py" line="287"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="288"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="289"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="290"/>
        <source>Edits kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="291"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="46"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="63"/>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="69"/>
        <location filename="../../ui/strings.py" line="203"/>
        <location filename="../../ui/strings.py" line="292"/>
        <source>Payer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="83"/>
        <source>Why payers cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="90"/>
        <source>&amp;Payers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="99"/>
        <source>&amp;Clerks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="113"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="73"/>
        <source>+  Add a live payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="114"/>
        <location filename="../../ui/settings_view.py" line="134"/>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="293"/>
        <source>Clerks and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="118"/>
        <location filename="../../ui/settings_view.py" line="135"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="122"/>
        <location filename="../../ui/settings_view.py" line="136"/>
        <source>Scanner resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="126"/>
        <location filename="../../ui/settings_view.py" line="137"/>
        <source>Scanner colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="131"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="141"/>
        <source>This &amp;desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="169"/>
        <source>Only an administrator can add or change payers and their secrets. You can look at them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="173"/>
        <source>Your role may not change payers; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="185"/>
        <source>A live payer is saved: TPA Desk leaves training mode the next time it starts (until then messages still go to the training sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="188"/>
        <source>Training mode: messages go to the built-in sandbox. Once a live payer (with its exchange URL) is saved, the desk leaves training mode at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="202"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="204"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="206"/>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="204"/>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="81"/>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="82"/>
        <source>This account adds clerks and payers later, in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="85"/>
        <source>Administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="88"/>
        <source>Administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="91"/>
        <source>Repeat the administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="95"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="96"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="97"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>Give a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105"/>
        <source>Use a password of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="108"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StorePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="37"/>
        <source>Protect this desk&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="46"/>
        <source>Store passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="47"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="53"/>
        <source>Everything the desk keeps is encrypted. The key is kept in this computer&apos;s keyring, so nobody needs to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="56"/>
        <source>Everything the desk keeps is encrypted. This computer has no keyring, so choose a passphrase (at least 10 characters). Write it down and keep it safe: without it the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="61"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="62"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="70"/>
        <source>Use at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="73"/>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TrainingPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="116"/>
        <source>Start in training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="119"/>
        <source>The desk starts with a built-in training payer on this computer. You can run the whole cashless cycle (pre-auth, queries, discharge, claim, payment) without touching any real patient or insurer. A TRAINING marker stays visible while you practise. Add live payers later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
