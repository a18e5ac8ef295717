<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AbhaConfirmDialog</name>
    <message>
        <location filename="../../ui/abha_prefill.py" line="184"/>
        <source>Take details from the insurance card?</source>
        <translation>बीमा कार्ड से विवरण लें?</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="185"/>
        <source>Take details from the ABHA card?</source>
        <translation>ABHA कार्ड से विवरण लें?</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="188"/>
        <source>Tick the details to copy into the form. Details you typed are only replaced when you tick them.</source>
        <translation>जो विवरण फ़ॉर्म में कॉपी करने हैं, उन पर टिक लगाएँ। आपके टाइप किए विवरण तभी बदलेंगे जब आप उन पर टिक लगाएँगे।</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="193"/>
        <source>Details on the card</source>
        <translation>कार्ड पर लिखे विवरण</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="195"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="195"/>
        <source>On the form now</source>
        <translation>अभी फ़ॉर्म में</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="196"/>
        <source>On the card</source>
        <translation>कार्ड पर</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="201"/>
        <source>(empty)</source>
        <translation>(खाली)</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="206"/>
        <source>Typed on the form; replaced only if ticked</source>
        <translation>फ़ॉर्म में टाइप किया गया; टिक लगाने पर ही बदलेगा</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="216"/>
        <source>Copy ticked details</source>
        <translation>चुने गए विवरण कॉपी करें</translation>
    </message>
</context>
<context>
    <name>AdmissionForm</name>
    <message>
        <location filename="../../ui/admission_form.py" line="209"/>
        <location filename="../../ui/admission_form.py" line="716"/>
        <source>New admission</source>
        <translation>नई भर्ती</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="211"/>
        <location filename="../../ui/admission_form.py" line="740"/>
        <source>Not saved yet</source>
        <translation>अभी सहेजा नहीं गया</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="112"/>
        <source>Third gender</source>
        <translation>तृतीय लिंग</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="115"/>
        <source>General ward</source>
        <translation>जनरल वार्ड</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="116"/>
        <source>Semi-private</source>
        <translation>सेमी-प्राइवेट</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="119"/>
        <source>ICU</source>
        <translation>ICU</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="124"/>
        <source>Non-allopathic</source>
        <translation>गैर-एलोपैथिक</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="256"/>
        <source>Read &amp;ABHA card…</source>
        <translation>ABHA कार्ड पढ़ें (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="257"/>
        <source>Read ABHA card</source>
        <translation>ABHA कार्ड पढ़ें</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="258"/>
        <source>Copy the patient&apos;s details from a photo or scan of the ABHA card&apos;s QR code; you confirm each one</source>
        <translation>ABHA कार्ड के QR कोड की फ़ोटो या स्कैन से मरीज़ के विवरण कॉपी करें; हर विवरण आप ख़ुद पक्का करेंगे</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="264"/>
        <source>ABHA card reading</source>
        <translation>ABHA कार्ड पढ़ना</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="271"/>
        <source>Read &amp;insurance card…</source>
        <translation>बीमा कार्ड पढ़ें (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="272"/>
        <source>Read insurance card</source>
        <translation>बीमा कार्ड पढ़ें</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="273"/>
        <source>Copy the policy and member numbers from a photo or scan of the insurance or TPA card&apos;s QR code or barcode; you confirm each one</source>
        <translation>बीमा या TPA कार्ड के QR कोड या बारकोड की फ़ोटो या स्कैन से पॉलिसी और सदस्य नंबर कॉपी करें; हर विवरण आप ख़ुद पक्का करेंगे</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="280"/>
        <source>Insurance card reading</source>
        <translation>बीमा कार्ड पढ़ना</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="340"/>
        <source>code or words, e.g. K35.8 or appendicitis</source>
        <translation>कोड या शब्द, जैसे K35.8 या appendicitis</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="380"/>
        <location filename="../../ui/strings.py" line="133"/>
        <source>Estimated total</source>
        <translation>अनुमानित कुल</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="382"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="395"/>
        <source>Check &amp;eligibility</source>
        <translation>पात्रता जाँचें (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="398"/>
        <source>&amp;Save draft</source>
        <translation>ड्राफ़्ट सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="400"/>
        <source>Check and s&amp;ubmit pre-auth…</source>
        <translation>जाँचकर प्री-ऑथ भेजें (&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="438"/>
        <location filename="../../ui/admission_form.py" line="765"/>
        <source>Unsaved changes</source>
        <translation>बदलाव अभी सहेजे नहीं गए</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="466"/>
        <source>Read the ABHA card: choose its photo or scan</source>
        <translation>ABHA कार्ड पढ़ें: उसकी फ़ोटो या स्कैन चुनें</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="474"/>
        <location filename="../../ui/admission_form.py" line="550"/>
        <source>Reading the card…</source>
        <translation>कार्ड पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="485"/>
        <source>No ABHA QR code was found on that picture. Take a sharper photo of the whole card, flat and well lit, or type the details.</source>
        <translation>इस तस्वीर में ABHA QR कोड नहीं मिला। पूरे कार्ड की साफ़ फ़ोटो लें (कार्ड सीधा रखें, रोशनी अच्छी हो), या विवरण टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="493"/>
        <location filename="../../ui/admission_form.py" line="572"/>
        <source>The card matches the form; nothing to change.</source>
        <translation>कार्ड और फ़ॉर्म के विवरण एक जैसे हैं; कुछ बदलना नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="497"/>
        <source>The card gives only the year of birth ({0}); type the full date of birth.</source>
        <translation>कार्ड पर सिर्फ़ जन्म का साल ({0}) है; पूरी जन्म तिथि टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="503"/>
        <location filename="../../ui/admission_form.py" line="530"/>
        <location filename="../../ui/admission_form.py" line="580"/>
        <source>Nothing was copied from the card.</source>
        <translation>कार्ड से कुछ भी कॉपी नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="504"/>
        <location filename="../../ui/admission_form.py" line="581"/>
        <source>Confirm the details to copy from the card.</source>
        <translation>कार्ड से कॉपी होने वाले विवरण पक्का करें।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admission_form.py" line="533"/>
        <source>Copied %n detail(s) from the insurance card.</source>
        <translation>
            <numerusform>बीमा कार्ड से %n विवरण कॉपी हुआ।</numerusform>
            <numerusform>बीमा कार्ड से %n विवरण कॉपी हुए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admission_form.py" line="535"/>
        <source>Copied %n detail(s) from the ABHA card.</source>
        <translation>
            <numerusform>ABHA कार्ड से %n विवरण कॉपी हुआ।</numerusform>
            <numerusform>ABHA कार्ड से %n विवरण कॉपी हुए।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="542"/>
        <source>Read the insurance card: choose its photo or scan</source>
        <translation>बीमा कार्ड पढ़ें: उसकी फ़ोटो या स्कैन चुनें</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="563"/>
        <source>No policy or member number was found in a QR code or barcode on that picture. Take a sharper photo of the whole card, flat and well lit, or type the numbers.</source>
        <translation>इस तस्वीर के किसी QR कोड या बारकोड में पॉलिसी या सदस्य नंबर नहीं मिला। पूरे कार्ड की साफ़ फ़ोटो लें (कार्ड सीधा रखें, रोशनी अच्छी हो), या नंबर टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="574"/>
        <source>The card also shows {0}; check which number is right.</source>
        <translation>कार्ड पर {0} भी लिखा है; जाँच लें कि सही नंबर कौन-सा है।</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="759"/>
        <source>Autosaved {0} (incomplete draft)</source>
        <translation>{0} पर अपने-आप सहेजा गया (अधूरा ड्राफ़्ट)</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="761"/>
        <source>Incomplete draft saved {0} · 1 thing left to complete</source>
        <translation>अधूरा ड्राफ़्ट {0} पर सहेजा गया · 1 चीज़ भरनी बाकी</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="763"/>
        <source>Incomplete draft saved {0} · {1} things left to complete</source>
        <translation>अधूरा ड्राफ़्ट {0} पर सहेजा गया · {1} चीज़ें भरनी बाकी</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="801"/>
        <source>Kept as an incomplete draft. 1 thing to complete or correct before it becomes a case (shown on the field).</source>
        <translation>अधूरे ड्राफ़्ट के रूप में रखा गया। केस बनने से पहले 1 चीज़ भरनी या ठीक करनी है (फ़ील्ड पर दिखाई गई है)।</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="803"/>
        <source>Kept as an incomplete draft. {0} things to complete or correct before it becomes a case (shown on the fields).</source>
        <translation>अधूरे ड्राफ़्ट के रूप में रखा गया। केस बनने से पहले {0} चीज़ें भरनी या ठीक करनी हैं (फ़ील्ड पर दिखाई गई हैं)।</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="700"/>
        <location filename="../../ui/admission_form.py" line="715"/>
        <location filename="../../ui/admission_form.py" line="747"/>
        <source>Admission {0}</source>
        <translation>भर्ती {0}</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="701"/>
        <location filename="../../ui/admission_form.py" line="767"/>
        <source>Unfinished admission (not a case yet)</source>
        <translation>अधूरी भर्ती (अभी केस नहीं बना)</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="702"/>
        <source>Incomplete draft saved {0}</source>
        <translation>अधूरा ड्राफ़्ट {0} पर सहेजा गया</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="703"/>
        <source>Incomplete draft</source>
        <translation>अधूरा ड्राफ़्ट</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="740"/>
        <source>Saved</source>
        <translation>सहेजा गया</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="749"/>
        <source>Draft saved {0}</source>
        <translation>ड्राफ़्ट {0} पर सहेजा गया</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="66"/>
        <source>1. Payer and policy</source>
        <translation>1. भुगतानकर्ता और पॉलिसी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="68"/>
        <source>Insurer</source>
        <translation>बीमा कंपनी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="71"/>
        <source>Employee ID</source>
        <translation>कर्मचारी आईडी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="72"/>
        <source>Corporate name</source>
        <translation>कंपनी (कॉर्पोरेट) का नाम</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="73"/>
        <source>Policy holder</source>
        <translation>पॉलिसी धारक</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="74"/>
        <source>Name on ID proof</source>
        <translation>पहचान-पत्र पर नाम</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="75"/>
        <source>Sum insured (₹)</source>
        <translation>बीमा राशि (₹)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="76"/>
        <source>Balance (₹)</source>
        <translation>बैलेंस (₹)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="77"/>
        <source>Room rent limit / day (₹)</source>
        <translation>कमरा किराया सीमा / दिन (₹)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="78"/>
        <source>2. Hospital</source>
        <translation>2. अस्पताल</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="79"/>
        <source>Hospital name</source>
        <translation>अस्पताल का नाम</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="80"/>
        <source>Rohini ID</source>
        <translation>Rohini ID</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="81"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="82"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="83"/>
        <source>3. Patient</source>
        <translation>3. मरीज़</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="88"/>
        <source>Attending relative&apos;s number</source>
        <translation>साथ आए रिश्तेदार का नंबर</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="89"/>
        <source>ABHA number</source>
        <translation>ABHA नंबर</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="90"/>
        <source>ABHA address</source>
        <translation>ABHA एड्रेस</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="91"/>
        <source>Aadhaar (only last 4 kept)</source>
        <translation>आधार (सिर्फ़ आख़िरी 4 अंक रखे जाते हैं)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="92"/>
        <source>MR number</source>
        <translation>MR नंबर</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="93"/>
        <source>Occupation</source>
        <translation>पेशा</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="94"/>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="95"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="96"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="97"/>
        <source>4. Treating doctor and illness</source>
        <translation>4. इलाज करने वाले डॉक्टर और बीमारी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="98"/>
        <source>Treating doctor</source>
        <translation>इलाज करने वाले डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="99"/>
        <source>Doctor&apos;s contact</source>
        <translation>डॉक्टर का संपर्क</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="100"/>
        <source>Registration number</source>
        <translation>रजिस्ट्रेशन नंबर</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="101"/>
        <source>Nature of illness / complaints</source>
        <translation>बीमारी / शिकायतें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="102"/>
        <source>Relevant clinical findings</source>
        <translation>मुख्य क्लिनिकल निष्कर्ष</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="103"/>
        <source>Duration of ailment (days)</source>
        <translation>बीमारी की अवधि (दिन)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="104"/>
        <source>Past history</source>
        <translation>पिछला इतिहास</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="107"/>
        <source>Proposed line of treatment</source>
        <translation>प्रस्तावित इलाज का तरीका</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="108"/>
        <source>Name of surgery</source>
        <translation>सर्जरी का नाम</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="109"/>
        <source>Surgery ICD-10-PCS</source>
        <translation>सर्जरी ICD-10-PCS</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="110"/>
        <source>5. Admission</source>
        <translation>5. भर्ती</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="114"/>
        <source>Expected length of stay (days)</source>
        <translation>अनुमानित भर्ती अवधि (दिन)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="115"/>
        <source>Days in ICU</source>
        <translation>ICU में दिन</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="116"/>
        <source>Discharge (DD-MM-YYYY HH:MM)</source>
        <translation>डिस्चार्ज (DD-MM-YYYY HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="117"/>
        <source>6. Estimated cost (₹)</source>
        <translation>6. अनुमानित खर्च (₹)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="118"/>
        <source>Room rent per day</source>
        <translation>कमरे का किराया प्रति दिन</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="119"/>
        <source>Room rent, nursing and diet</source>
        <translation>कमरा किराया, नर्सिंग और भोजन</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="120"/>
        <source>Investigations and diagnostics</source>
        <translation>जाँचें और डायग्नोस्टिक्स</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="121"/>
        <source>ICU charges</source>
        <translation>ICU शुल्क</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="122"/>
        <source>Operation theatre charges</source>
        <translation>ऑपरेशन थिएटर शुल्क</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="123"/>
        <source>Professional fees (surgeon, anaesthetist, consultation)</source>
        <translation>डॉक्टर फ़ीस (सर्जन, एनेस्थेटिस्ट, परामर्श)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="124"/>
        <source>Medicines, consumables and implants</source>
        <translation>दवाइयाँ, कंज़्यूमेबल्स और इम्प्लांट</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="125"/>
        <source>Other hospital expenses</source>
        <translation>अस्पताल के अन्य ख़र्च</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="126"/>
        <source>All-inclusive package</source>
        <translation>ऑल-इन्क्लूसिव पैकेज</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="131"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="132"/>
        <source>Cost estimate</source>
        <translation>खर्च का अनुमान</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="134"/>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="135"/>
        <source>Route of drugs</source>
        <translation>दवा देने का तरीका</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="136"/>
        <source>FIR number</source>
        <translation>FIR नंबर</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="110"/>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="111"/>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="113"/>
        <source>Emergency</source>
        <translation>आपातकालीन</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="114"/>
        <source>Planned</source>
        <translation>नियोजित</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="117"/>
        <source>Private</source>
        <translation>प्राइवेट</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="118"/>
        <source>Deluxe</source>
        <translation>डीलक्स</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="120"/>
        <source>Medical</source>
        <translation>मेडिकल</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="121"/>
        <source>Surgical</source>
        <translation>सर्जिकल</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="122"/>
        <source>Intensive care</source>
        <translation>गहन चिकित्सा (ICU)</translation>
    </message>
    <message>
        <location filename="../../ui/admission_form.py" line="123"/>
        <source>Investigation</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="127"/>
        <source>Card images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic)</source>
        <translation>कार्ड की तस्वीरें (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="84"/>
        <source>Name (as on policy)</source>
        <translation>नाम (पॉलिसी के अनुसार)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="85"/>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="86"/>
        <source>Date of birth (DD-MM-YYYY)</source>
        <translation>जन्म तिथि (DD-MM-YYYY)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="87"/>
        <source>Contact number</source>
        <translation>संपर्क नंबर</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="69"/>
        <source>Policy number</source>
        <translation>पॉलिसी नंबर</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="70"/>
        <source>Member / card ID</source>
        <translation>सदस्य / कार्ड आईडी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="67"/>
        <source>Payer (TPA / insurer)</source>
        <translation>भुगतानकर्ता (TPA / बीमा कंपनी)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="105"/>
        <source>Provisional diagnosis: ICD-10</source>
        <translation>प्रारंभिक निदान: ICD-10</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="106"/>
        <source>Diagnosis in words</source>
        <translation>निदान (शब्दों में)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="111"/>
        <source>Admitted on (DD-MM-YYYY HH:MM)</source>
        <translation>भर्ती (DD-MM-YYYY HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="112"/>
        <source>Emergency or planned</source>
        <translation>आपातकालीन या नियोजित</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="113"/>
        <source>Room type</source>
        <translation>कमरे का प्रकार</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/camera.py" line="81"/>
        <source>Proof of presence for {0}</source>
        <translation>{0} के लिए उपस्थिति का प्रमाण</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="86"/>
        <location filename="../../ui/camera.py" line="89"/>
        <source>Camera</source>
        <translation>कैमरा</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="94"/>
        <source>Frame the patient at the hospital, then take the photo. The capture time is recorded with it.</source>
        <translation>मरीज़ को अस्पताल में फ़्रेम में लें, फिर फ़ोटो लें। फ़ोटो के साथ उसका समय भी दर्ज होता है।</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="100"/>
        <source>Take photo</source>
        <translation>फ़ोटो लें</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="102"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="115"/>
        <source>The camera could not take the photo: {0}</source>
        <translation>कैमरा फ़ोटो नहीं ले सका: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="129"/>
        <source>Camera problem: {0}</source>
        <translation>कैमरे में दिक्कत: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="140"/>
        <source>The camera is not ready yet; try again in a moment.</source>
        <translation>कैमरा अभी तैयार नहीं है; थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="146"/>
        <source>Photo taken; storing it…</source>
        <translation>फ़ोटो ले ली गई; सहेजी जा रही है…</translation>
    </message>
</context>
<context>
    <name>CancelCaseDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="131"/>
        <source>Cancel case {0}?</source>
        <translation>केस {0} रद्द करें?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="135"/>
        <source>Cancel case {0}{1}? The payer is told and the case cannot be sent again. This cannot be undone.</source>
        <translation>केस {0}{1} रद्द करें? भुगतानकर्ता को बताया जाएगा और यह केस फिर से नहीं भेजा जा सकेगा। यह वापस नहीं होगा।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="139"/>
        <source>&amp;Reason (sent to the payer)</source>
        <translation>कारण (भुगतानकर्ता को भेजा जाएगा) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="141"/>
        <source>e.g. patient shifted to another hospital</source>
        <translation>जैसे मरीज़ दूसरे अस्पताल चला गया</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="142"/>
        <source>Reason for cancelling</source>
        <translation>रद्द करने का कारण</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="146"/>
        <location filename="../../ui/case_view.py" line="170"/>
        <source>Write the reason to cancel.</source>
        <translation>रद्द करने के लिए कारण लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="152"/>
        <source>&amp;Keep the case</source>
        <translation>केस रहने दें (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="154"/>
        <source>C&amp;ancel the case</source>
        <translation>केस रद्द करें (&amp;A)</translation>
    </message>
</context>
<context>
    <name>CardReader</name>
    <message>
        <location filename="../../ui/abha_prefill.py" line="84"/>
        <source>{0}: the file is no longer there; choose it again.</source>
        <translation>{0}: यह फ़ाइल अब वहाँ नहीं है; इसे फिर से चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="88"/>
        <source>{0}: cannot be read as a picture. Take a photo or scan of the {1} (JPG or PNG) and try again.</source>
        <translation>{0}: इसे तस्वीर के रूप में नहीं पढ़ा जा सका। {1} की फ़ोटो या स्कैन (JPG या PNG) लेकर फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="97"/>
        <source>ABHA card</source>
        <translation>ABHA कार्ड</translation>
    </message>
    <message>
        <location filename="../../ui/abha_prefill.py" line="106"/>
        <source>insurance card</source>
        <translation>बीमा कार्ड</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="210"/>
        <source>Payer&apos;s answer due by {0}</source>
        <translation>भुगतानकर्ता का जवाब {0} तक आना है</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="216"/>
        <source>An admission you started; it is not a case until it is complete. Press Enter to carry on with it.</source>
        <translation>आपकी शुरू की हुई भर्ती; पूरी होने तक यह केस नहीं है। आगे भरने के लिए Enter दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="259"/>
        <source>Incomplete draft</source>
        <translation>अधूरा ड्राफ़्ट</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="271"/>
        <source>Unfinished</source>
        <translation>अधूरा</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="273"/>
        <source>(no name yet)</source>
        <translation>(अभी नाम नहीं)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="287"/>
        <source>answered late</source>
        <translation>देर से जवाब आया</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="36"/>
        <source>Case</source>
        <translation>केस</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="37"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="38"/>
        <source>Payer</source>
        <translation>भुगतानकर्ता</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="39"/>
        <source>Current leg</source>
        <translation>वर्तमान चरण</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="40"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="41"/>
        <source>Requested</source>
        <translation>माँगी गई राशि</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="42"/>
        <source>Approved</source>
        <translation>स्वीकृत राशि</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="43"/>
        <source>Clock</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="44"/>
        <source>Flags</source>
        <translation>संकेत</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="45"/>
        <location filename="../../ui/strings.py" line="273"/>
        <source>Needs attention</source>
        <translation>ध्यान दें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="46"/>
        <location filename="../../ui/strings.py" line="274"/>
        <source>Waiting to send</source>
        <translation>भेजने की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="47"/>
        <location filename="../../ui/strings.py" line="275"/>
        <source>Payer paused</source>
        <translation>भुगतानकर्ता रोका गया</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="48"/>
        <location filename="../../ui/strings.py" line="277"/>
        <source>Emergency</source>
        <translation>इमरजेंसी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="276"/>
        <source>Unsaved edits kept</source>
        <translation>बिना सहेजे बदलाव रखे गए</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="278"/>
        <source>Needs attention: the payer refused a message or it needs a fix; open the case</source>
        <translation>ध्यान दें: भुगतानकर्ता ने संदेश लौटा दिया या उसमें सुधार चाहिए; केस खोलें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="280"/>
        <source>Waiting to send: saved, and sent as soon as the payer can be reached</source>
        <translation>भेजने की प्रतीक्षा: सहेजा गया है, भुगतानकर्ता से संपर्क होते ही भेजा जाएगा</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="282"/>
        <source>Payer paused: messages to this payer wait until it is resumed (Outbox)</source>
        <translation>भुगतानकर्ता रोका गया: इस भुगतानकर्ता के संदेश फिर शुरू करने तक रुके रहेंगे (आउटबॉक्स)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="284"/>
        <source>Your unfinished edits of this draft are kept; open it to carry on</source>
        <translation>इस ड्राफ़्ट में आपके अधूरे बदलाव रखे गए हैं; आगे भरने के लिए इसे खोलें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="286"/>
        <source>Emergency admission</source>
        <translation>इमरजेंसी भर्ती</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="252"/>
        <source>Timeline</source>
        <translation>समयरेखा</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="255"/>
        <source>Timeline of legs</source>
        <translation>चरणों की समयरेखा</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="273"/>
        <source>What the payer said (verbatim)</source>
        <translation>भुगतानकर्ता ने क्या कहा (ज्यों का त्यों)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="281"/>
        <source>What the payer said</source>
        <translation>भुगतानकर्ता ने क्या कहा</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="289"/>
        <source>Documents panel: drop files here to attach them</source>
        <translation>दस्तावेज़ पैनल: संलग्न करने के लिए फ़ाइलें यहाँ छोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="294"/>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="297"/>
        <source>Document checklist</source>
        <translation>दस्तावेज़ जाँच-सूची</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="299"/>
        <source>Documents on the case</source>
        <translation>केस के दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="301"/>
        <source>Checklist for the next stage</source>
        <translation>अगले चरण की जाँच-सूची</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="303"/>
        <source>Attached</source>
        <translation>संलग्न</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="307"/>
        <source>Document category</source>
        <translation>दस्तावेज़ की श्रेणी</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="308"/>
        <source>Attach file…</source>
        <translation>फ़ाइल संलग्न करें…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="310"/>
        <source>Scan / edit pages…</source>
        <translation>पन्ने स्कैन / ठीक करें…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="311"/>
        <source>Scan or import pages, check them, then store them as one or more documents</source>
        <translation>पन्ने स्कैन या इम्पोर्ट करें, उन्हें जाँचें, फिर एक या ज़्यादा दस्तावेज़ों के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="319"/>
        <source>Or drop PDF, JPG, PNG, TIFF or HEIC files here.</source>
        <translation>या PDF, JPG, PNG, TIFF या HEIC फ़ाइलें यहाँ छोड़ें।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="321"/>
        <source>Photo (proof of presence)…</source>
        <translation>फ़ोटो (उपस्थिति का प्रमाण)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="322"/>
        <source>Take a photo of the patient at the hospital with the webcam; the capture time is kept</source>
        <translation>वेबकैम से अस्पताल में मरीज़ की फ़ोटो लें; फ़ोटो का समय दर्ज रहता है</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="332"/>
        <source>Attaching</source>
        <translation>संलग्न हो रहा है</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="340"/>
        <source>Files that were not attached</source>
        <translation>जो फ़ाइलें संलग्न नहीं हुईं</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="374"/>
        <source>← Work queue</source>
        <translation>← कार्य सूची</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="395"/>
        <source>Your answer to the payer&apos;s query</source>
        <translation>भुगतानकर्ता की क्वेरी का आपका जवाब</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="396"/>
        <source>Answer to the query</source>
        <translation>क्वेरी का जवाब</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="400"/>
        <source>Documents to send with the answer</source>
        <translation>जवाब के साथ भेजे जाने वाले दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="406"/>
        <source>Amount in rupees, e.g. 1,20,000</source>
        <translation>रुपये में राशि, जैसे 1,20,000</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="407"/>
        <source>Amount for the request</source>
        <translation>अनुरोध की राशि</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="410"/>
        <source>Amount (₹) for this request:</source>
        <translation>इस अनुरोध की राशि (₹):</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="434"/>
        <source>Patient and case</source>
        <translation>मरीज़ और केस</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="436"/>
        <source>Policy {0} · Member {1}</source>
        <translation>पॉलिसी {0} · सदस्य {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="438"/>
        <source>Payer: {0}</source>
        <translation>भुगतानकर्ता: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="439"/>
        <source>Requested {0} · Approved {1}</source>
        <translation>माँगी गई {0} · स्वीकृत {1}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="452"/>
        <source>No clock running: the payer is not being waited on.</source>
        <translation>कोई समय-सीमा नहीं चल रही: भुगतानकर्ता के जवाब का इंतज़ार नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="455"/>
        <source>Waiting on the hospital (query open); the payer&apos;s {0}-minute clock is paused until we answer.</source>
        <translation>अस्पताल की बारी (क्वेरी खुली है); हमारे जवाब देने तक भुगतानकर्ता की {0} मिनट की समय-सीमा रुकी है।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="460"/>
        <source>The payer&apos;s answer is overdue by {0} ({1}-minute clock; it was due {2}).</source>
        <translation>भुगतानकर्ता के जवाब में {0} की देरी ({1} मिनट की समय-सीमा; जवाब {2} तक आना था)।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="462"/>
        <source>The payer has {0} left to answer ({1}-minute clock, due {2}).</source>
        <translation>भुगतानकर्ता के पास जवाब देने के लिए {0} बाकी ({1} मिनट की समय-सीमा, {2} तक)।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="465"/>
        <source>The payer answered late (after its {0}-minute clock).</source>
        <translation>भुगतानकर्ता ने देर से जवाब दिया ({0} मिनट की समय-सीमा के बाद)।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="466"/>
        <source>The payer answered within its {0}-minute clock.</source>
        <translation>भुगतानकर्ता ने {0} मिनट की समय-सीमा के अंदर जवाब दिया।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="482"/>
        <source>Queued {0} by {1}</source>
        <translation>{0} पर {1} ने कतार में डाला</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_view.py" line="634"/>
        <source>Checking and compressing %n file(s): {0}</source>
        <translation>
            <numerusform>%n फ़ाइल की जाँच और कंप्रेस हो रहा है: {0}</numerusform>
            <numerusform>%n फ़ाइलों की जाँच और कंप्रेस हो रहा है: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_view.py" line="641"/>
        <source>%n document(s) attached.</source>
        <translation>
            <numerusform>%n दस्तावेज़ संलग्न हुआ।</numerusform>
            <numerusform>%n दस्तावेज़ संलग्न हुए।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="550"/>
        <source>required</source>
        <translation>ज़रूरी</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="550"/>
        <source>recommended</source>
        <translation>सुझाया गया</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="551"/>
        <source>present</source>
        <translation>मौजूद</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="551"/>
        <source>missing</source>
        <translation>नहीं है</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_view.py" line="570"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n पन्ना</numerusform>
            <numerusform>%n पन्ने</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="571"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="580"/>
        <source>No documents yet</source>
        <translation>अभी कोई दस्तावेज़ नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="585"/>
        <source>Attach documents (PDF, JPG, PNG, TIFF or HEIC)</source>
        <translation>दस्तावेज़ संलग्न करें (PDF, JPG, PNG, TIFF या HEIC)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="587"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif)</source>
        <translation>दस्तावेज़ (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="627"/>
        <source>Wait until the files being attached are in.</source>
        <translation>जो फ़ाइलें संलग्न हो रही हैं, उनके पूरा होने तक रुकें।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="647"/>
        <source>Nothing was attached.</source>
        <translation>कुछ भी संलग्न नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="665"/>
        <source>Your role may not do this; ask a supervisor.</source>
        <translation>आपकी भूमिका में यह काम नहीं है; सुपरवाइज़र से कहें।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="681"/>
        <source>Write the answer to the payer&apos;s query first.</source>
        <translation>पहले भुगतानकर्ता की क्वेरी का जवाब लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="693"/>
        <source>Amount: {0}</source>
        <translation>राशि: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="138"/>
        <source>Submit pre-auth</source>
        <translation>प्री-ऑथ भेजें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="139"/>
        <source>Answer the query</source>
        <translation>क्वेरी का जवाब दें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="140"/>
        <source>Request enhancement</source>
        <translation>राशि बढ़ाने का अनुरोध</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="141"/>
        <source>Request discharge</source>
        <translation>डिस्चार्ज अनुरोध</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="142"/>
        <source>Send final claim</source>
        <translation>अंतिम क्लेम भेजें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="143"/>
        <source>Acknowledge payment</source>
        <translation>भुगतान की पावती</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="144"/>
        <source>Cancel case</source>
        <translation>केस रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="145"/>
        <source>Print Part C</source>
        <translation>भाग C प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="146"/>
        <source>Open admission form</source>
        <translation>भर्ती फ़ॉर्म खोलें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="147"/>
        <source>Leg</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="148"/>
        <source>Queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="149"/>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="150"/>
        <source>Acknowledged</source>
        <translation>पावती मिली</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="151"/>
        <source>Answered</source>
        <translation>उत्तर मिला</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="152"/>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="153"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="154"/>
        <source>Payer said</source>
        <translation>भुगतानकर्ता ने कहा</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="155"/>
        <source>Query</source>
        <translation>क्वेरी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="156"/>
        <source>Our answer</source>
        <translation>हमारा जवाब</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="157"/>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="158"/>
        <source>UTR</source>
        <translation>UTR</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <location filename="../../ui/checks_dialog.py" line="83"/>
        <source>Before sending: {0}</source>
        <translation>भेजने से पहले: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="55"/>
        <source>{0} is required before the {1} can be sent. Attach it in the case&apos;s Documents panel.</source>
        <translation>{1} भेजने से पहले {0} ज़रूरी है। इसे केस के दस्तावेज़ पैनल में संलग्न करें।</translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="58"/>
        <source>{0} is usually asked for with the {1}. Attach it in the case&apos;s Documents panel to avoid a query.</source>
        <translation>{1} के साथ अक्सर {0} माँगा जाता है। क्वेरी से बचने के लिए इसे केस के दस्तावेज़ पैनल में संलग्न करें।</translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="66"/>
        <source>{0}: {1} (Part C needs it for the {2}).</source>
        <translation>{0}: {1} ({2} के लिए भाग C में यह ज़रूरी है)।</translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="71"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checks_dialog.py" line="88"/>
        <source>%n problem(s) must be fixed before this can be sent.</source>
        <translation>
            <numerusform>भेजने से पहले %n कमी ठीक करनी होगी।</numerusform>
            <numerusform>भेजने से पहले %n कमियाँ ठीक करनी होंगी।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checks_dialog.py" line="91"/>
        <source>Ready to send. Please read the %n warning(s) first: they are common reasons for queries and rejections.</source>
        <translation>
            <numerusform>भेजने के लिए तैयार। पहले %n चेतावनी पढ़ लें: ऐसी बातों पर अक्सर क्वेरी या अस्वीकृति आती है।</numerusform>
            <numerusform>भेजने के लिए तैयार। पहले %n चेतावनियाँ पढ़ लें: ऐसी बातों पर अक्सर क्वेरी या अस्वीकृति आती है।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="94"/>
        <source>All checks passed. The request will be queued and sent as soon as the payer can be reached.</source>
        <translation>सभी जाँचें ठीक हैं। अनुरोध कतार में रखा जाएगा और भुगतानकर्ता से संपर्क होते ही भेज दिया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="100"/>
        <source>Check results</source>
        <translation>जाँच के नतीजे</translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="115"/>
        <source>Queue {0}</source>
        <translation>{0} कतार में डालें</translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.py" line="119"/>
        <source>Go back</source>
        <translation>वापस जाएँ</translation>
    </message>
</context>
<context>
    <name>ClerksPanel</name>
    <message>
        <location filename="../../ui/clerks_panel.py" line="55"/>
        <source>Accounts on this desk</source>
        <translation>इस डेस्क के अकाउंट</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="59"/>
        <location filename="../../ui/clerks_panel.py" line="149"/>
        <source>&amp;Disable account</source>
        <translation>अकाउंट बंद करें (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="65"/>
        <source>Add a clerk</source>
        <translation>नया क्लर्क जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="72"/>
        <source>e.g. asha.k (lower case, no spaces)</source>
        <translation>जैसे asha.k (छोटे अक्षर, बिना स्पेस)</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="73"/>
        <source>New clerk&apos;s user name</source>
        <translation>नए क्लर्क का उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="77"/>
        <source>New clerk&apos;s role</source>
        <translation>नए क्लर्क की भूमिका</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="80"/>
        <source>New clerk&apos;s password</source>
        <translation>नए क्लर्क का पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="83"/>
        <source>Repeat the new clerk&apos;s password</source>
        <translation>नए क्लर्क का पासवर्ड दोबारा</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="84"/>
        <source>User &amp;name</source>
        <translation>उपयोगकर्ता नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="84"/>
        <source>&amp;Role</source>
        <translation>भूमिका (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="85"/>
        <source>Pass&amp;word</source>
        <translation>पासवर्ड (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="86"/>
        <source>Repeat password</source>
        <translation>पासवर्ड दोबारा</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="92"/>
        <source>Problem adding the clerk</source>
        <translation>क्लर्क जोड़ने में दिक्कत</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="93"/>
        <source>&amp;Add clerk</source>
        <translation>क्लर्क जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="111"/>
        <source>Each clerk signs in with their own name and password; everything they do is recorded under that name.</source>
        <translation>हर क्लर्क अपने नाम और पासवर्ड से साइन इन करता है; उसका हर काम उसी नाम से दर्ज होता है।</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="114"/>
        <source>Only an administrator can add or disable accounts.</source>
        <translation>सिर्फ़ एडमिन ही अकाउंट जोड़ या बंद कर सकता है।</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="122"/>
        <source>active</source>
        <translation>चालू</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="122"/>
        <source>disabled</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="132"/>
        <source>No accounts yet: this desk was set up without one. Add the first clerk on the right.</source>
        <translation>अभी कोई अकाउंट नहीं: यह डेस्क बिना अकाउंट के सेट अप हुआ था। दाईं ओर पहला क्लर्क जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="150"/>
        <source>&amp;Enable account</source>
        <translation>अकाउंट चालू करें (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="153"/>
        <source>You cannot disable your own account.</source>
        <translation>आप अपना ही अकाउंट बंद नहीं कर सकते।</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="164"/>
        <source>User name: type the new clerk&apos;s user name.</source>
        <translation>उपयोगकर्ता नाम: नए क्लर्क का उपयोगकर्ता नाम टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="167"/>
        <source>Password: use at least 8 characters.</source>
        <translation>पासवर्ड: कम से कम 8 अक्षर रखें।</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="170"/>
        <source>Repeat password: the two passwords differ; type them again.</source>
        <translation>पासवर्ड दोबारा: दोनों पासवर्ड अलग हैं; फिर से टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="173"/>
        <source>Adding…</source>
        <translation>जोड़ा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/clerks_panel.py" line="187"/>
        <source>Added {0}. They can sign in now.</source>
        <translation>{0} जोड़ दिया गया। अब वे साइन इन कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="294"/>
        <source>Clerk (admissions, documents, submissions)</source>
        <translation>क्लर्क (भर्ती, दस्तावेज़, भेजना)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="295"/>
        <source>Field staff (photos, proof of presence)</source>
        <translation>फ़ील्ड स्टाफ़ (फ़ोटो, उपस्थिति का प्रमाण)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="296"/>
        <source>Supervisor (also cancels and closes cases)</source>
        <translation>सुपरवाइज़र (केस रद्द और बंद भी करता है)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="297"/>
        <source>Administrator (also clerks and payers)</source>
        <translation>एडमिन (क्लर्क और भुगतानकर्ता भी सँभालता है)</translation>
    </message>
</context>
<context>
    <name>DeskPort</name>
    <message>
        <location filename="../../ui/port.py" line="346"/>
        <source>Eligibility check sent; waiting for the payer&apos;s answer.</source>
        <translation>पात्रता जाँच भेजी गई; भुगतानकर्ता के जवाब की प्रतीक्षा है।</translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="350"/>
        <source>Policy NOT in force. The payer said: {0}</source>
        <translation>पॉलिसी चालू नहीं है। भुगतानकर्ता ने कहा: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="352"/>
        <source>Policy NOT in force.</source>
        <translation>पॉलिसी चालू नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="356"/>
        <source>Policy in force (answered {0}).</source>
        <translation>पॉलिसी चालू है ({0} पर जवाब आया)।</translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="360"/>
        <source>Policy in force, balance {0} (answered {1}).</source>
        <translation>पॉलिसी चालू है, बैलेंस {0} ({1} पर जवाब आया)।</translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="364"/>
        <source>The payer&apos;s figure was below zero ({0}), so the case keeps ₹0; check the balance with the payer.</source>
        <translation>भुगतानकर्ता का बताया बैलेंस शून्य से कम था ({0}), इसलिए केस में ₹0 रखा गया है; बैलेंस भुगतानकर्ता से पक्का करें।</translation>
    </message>
    <message>
        <location filename="../../ui/port.py" line="368"/>
        <source>The payer&apos;s figure {0} is above the sum insured ({1}), so the case keeps the sum insured; check both amounts.</source>
        <translation>भुगतानकर्ता का बताया बैलेंस {0} बीमा राशि ({1}) से ज़्यादा है, इसलिए केस में बीमा राशि रखी गई है; दोनों राशियाँ जाँच लें।</translation>
    </message>
</context>
<context>
    <name>DocumentCategory</name>
    <message>
        <location filename="../../ui/strings.py" line="212"/>
        <source>proof of identity</source>
        <translation>पहचान का प्रमाण</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="213"/>
        <source>proof of address</source>
        <translation>पते का प्रमाण</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="214"/>
        <source>proof of Date of Birth</source>
        <translation>जन्म तिथि का प्रमाण</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="215"/>
        <source>proof of relation</source>
        <translation>रिश्ते का प्रमाण</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="216"/>
        <source>Photograph</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="217"/>
        <source>benefiaciary verification card</source>
        <translation>लाभार्थी सत्यापन कार्ड</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="218"/>
        <source>declaration form</source>
        <translation>घोषणा-पत्र</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="219"/>
        <source>signature</source>
        <translation>हस्ताक्षर</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="220"/>
        <source>filled claim form</source>
        <translation>भरा हुआ क्लेम फ़ॉर्म</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="221"/>
        <source>Medical Certficate</source>
        <translation>मेडिकल सर्टिफ़िकेट</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="222"/>
        <source>medical bill</source>
        <translation>मेडिकल बिल</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="223"/>
        <source>diagnostic reports</source>
        <translation>जाँच रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="224"/>
        <source>hospital discharge summary</source>
        <translation>अस्पताल की डिस्चार्ज समरी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="225"/>
        <source>referal latter</source>
        <translation>रेफ़रल पत्र</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="226"/>
        <source>doctor signed extention letter</source>
        <translation>डॉक्टर के हस्ताक्षर वाला एक्सटेंशन पत्र</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="227"/>
        <source>clinical documents</source>
        <translation>क्लिनिकल दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="228"/>
        <source>employee id card</source>
        <translation>कर्मचारी आईडी कार्ड</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="229"/>
        <source>FIR copy</source>
        <translation>FIR की कॉपी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="230"/>
        <source>claim status intimation letter</source>
        <translation>क्लेम की स्थिति का सूचना पत्र</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="231"/>
        <source>additional info related to claim ( conveying additional situation and condition information.)</source>
        <translation>क्लेम से जुड़ी अतिरिक्त जानकारी (हालात और स्थिति की अतिरिक्त जानकारी)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="234"/>
        <source>discharge status and discharge to location details</source>
        <translation>डिस्चार्ज की स्थिति और डिस्चार्ज के बाद मरीज़ कहाँ गया</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="235"/>
        <source>Period, start or end dates of aspects of the Condition. (e.g. admission, discharge etc)</source>
        <translation>बीमारी की अवधि, शुरू या ख़त्म होने की तारीख़ें (जैसे भर्ती, डिस्चार्ज आदि)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="238"/>
        <source>Related services</source>
        <translation>संबंधित सेवाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="239"/>
        <source>Exception</source>
        <translation>अपवाद</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="240"/>
        <source>Materials Forwarded</source>
        <translation>भेजी गई सामग्री</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="241"/>
        <source>Attachment</source>
        <translation>अटैचमेंट</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="242"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="243"/>
        <source>Injury or accident detail</source>
        <translation>चोट या दुर्घटना का विवरण</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="244"/>
        <source>Patient Reason for Visit</source>
        <translation>मरीज़ के आने का कारण</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="245"/>
        <source>Claim received</source>
        <translation>क्लेम प्राप्त</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="246"/>
        <source>Claim query detail</source>
        <translation>क्लेम क्वेरी का विवरण</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="247"/>
        <source>Treatment detail</source>
        <translation>इलाज का विवरण</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="248"/>
        <source>Indicator flag</source>
        <translation>संकेतक फ़्लैग</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="249"/>
        <source>Proof of Presence</source>
        <translation>उपस्थिति का प्रमाण</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="143"/>
        <source>Set up TPA Desk</source>
        <translation>TPA डेस्क सेट अप करें</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="151"/>
        <source>Step {0} of {1}</source>
        <translation>चरण {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="160"/>
        <source>&amp;Start the desk</source>
        <translation>डेस्क शुरू करें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="175"/>
        <source>First start</source>
        <translation>पहली शुरुआत</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="183"/>
        <source>Step {0}: {1}</source>
        <translation>चरण {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="298"/>
        <source>Protect the data</source>
        <translation>डेटा सुरक्षित करें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="299"/>
        <source>First administrator</source>
        <translation>पहला एडमिन</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="300"/>
        <source>Training mode</source>
        <translation>प्रशिक्षण मोड</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="26"/>
        <source>Pre-auth</source>
        <translation>प्री-ऑथ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="27"/>
        <source>Enhancement</source>
        <translation>एनहांसमेंट</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="28"/>
        <source>Discharge</source>
        <translation>डिस्चार्ज</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="29"/>
        <source>Claim</source>
        <translation>क्लेम</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="30"/>
        <source>Eligibility</source>
        <translation>पात्रता जाँच</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="31"/>
        <source>Query reply</source>
        <translation>क्वेरी का जवाब</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="32"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="33"/>
        <source>Cancellation</source>
        <translation>रद्दीकरण</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="38"/>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="39"/>
        <source>Payment received</source>
        <translation>भुगतान मिला</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="40"/>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="41"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="42"/>
        <source>Pre-auth queued</source>
        <translation>प्री-ऑथ भेजने की कतार में</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="43"/>
        <source>Pre-auth sent, awaiting payer</source>
        <translation>प्री-ऑथ भेजा गया, जवाब की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="44"/>
        <source>Pre-auth acknowledged by payer</source>
        <translation>प्री-ऑथ भुगतानकर्ता को मिल गया</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="45"/>
        <source>Pre-auth approved</source>
        <translation>प्री-ऑथ स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="46"/>
        <source>Pre-auth partly approved</source>
        <translation>प्री-ऑथ आंशिक रूप से स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="47"/>
        <source>Pre-auth queried by payer</source>
        <translation>प्री-ऑथ पर भुगतानकर्ता की क्वेरी</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="48"/>
        <source>Pre-auth rejected</source>
        <translation>प्री-ऑथ अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="49"/>
        <source>Enhancement queued</source>
        <translation>एनहांसमेंट भेजने की कतार में</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="50"/>
        <source>Enhancement sent, awaiting payer</source>
        <translation>एनहांसमेंट भेजा गया, जवाब की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="51"/>
        <source>Enhancement acknowledged by payer</source>
        <translation>एनहांसमेंट भुगतानकर्ता को मिल गया</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="53"/>
        <source>Enhancement approved</source>
        <translation>एनहांसमेंट स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="54"/>
        <source>Enhancement partly approved</source>
        <translation>एनहांसमेंट आंशिक रूप से स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="55"/>
        <source>Enhancement queried by payer</source>
        <translation>एनहांसमेंट पर भुगतानकर्ता की क्वेरी</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="56"/>
        <source>Enhancement rejected</source>
        <translation>एनहांसमेंट अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="57"/>
        <source>Discharge queued</source>
        <translation>डिस्चार्ज भेजने की कतार में</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="58"/>
        <source>Discharge sent, awaiting payer</source>
        <translation>डिस्चार्ज भेजा गया, जवाब की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="59"/>
        <source>Discharge acknowledged by payer</source>
        <translation>डिस्चार्ज भुगतानकर्ता को मिल गया</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="60"/>
        <source>Discharge approved</source>
        <translation>डिस्चार्ज स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="61"/>
        <source>Discharge partly approved</source>
        <translation>डिस्चार्ज आंशिक रूप से स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="62"/>
        <source>Discharge queried by payer</source>
        <translation>डिस्चार्ज पर भुगतानकर्ता की क्वेरी</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="63"/>
        <source>Discharge rejected</source>
        <translation>डिस्चार्ज अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="64"/>
        <source>Claim queued</source>
        <translation>क्लेम भेजने की कतार में</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="65"/>
        <source>Claim sent, awaiting payer</source>
        <translation>क्लेम भेजा गया, जवाब की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="66"/>
        <source>Claim acknowledged by payer</source>
        <translation>क्लेम भुगतानकर्ता को मिल गया</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="67"/>
        <source>Claim approved</source>
        <translation>क्लेम स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="68"/>
        <source>Claim partly approved</source>
        <translation>क्लेम आंशिक रूप से स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="69"/>
        <source>Claim queried by payer</source>
        <translation>क्लेम पर भुगतानकर्ता की क्वेरी</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="70"/>
        <source>Claim rejected</source>
        <translation>क्लेम अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="75"/>
        <source>Queued</source>
        <translation>भेजने की कतार में</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="76"/>
        <source>Sent, awaiting payer</source>
        <translation>भेजा गया, जवाब की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="77"/>
        <source>Acknowledged by payer</source>
        <translation>भुगतानकर्ता को मिल गया</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="78"/>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="79"/>
        <source>Partly approved</source>
        <translation>आंशिक रूप से स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="80"/>
        <source>Queried by payer</source>
        <translation>भुगतानकर्ता की क्वेरी</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="81"/>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85"/>
        <source>queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="86"/>
        <source>sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="87"/>
        <source>acknowledged</source>
        <translation>पावती मिली</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="88"/>
        <source>approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="89"/>
        <source>partial</source>
        <translation>आंशिक स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="90"/>
        <source>queried</source>
        <translation>क्वेरी आई</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="91"/>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="95"/>
        <source>Grey</source>
        <translation>ग्रे</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="96"/>
        <source>Colour</source>
        <translation>रंगीन</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="97"/>
        <source>Black and white</source>
        <translation>ब्लैक एंड व्हाइट</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="101"/>
        <source>clerk</source>
        <translation>क्लर्क</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="102"/>
        <source>field staff</source>
        <translation>फ़ील्ड स्टाफ़</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="103"/>
        <source>supervisor</source>
        <translation>सुपरवाइज़र</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="104"/>
        <source>admin</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="155"/>
        <source>{0} dpi</source>
        <translation>{0} dpi</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="176"/>
        <source>{0} d {1} h</source>
        <translation>{0} दिन {1} घं.</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="178"/>
        <source>{0} h {1} min</source>
        <translation>{0} घं. {1} मि.</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="180"/>
        <source>{0} min</source>
        <translation>{0} मिनट</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="186"/>
        <source>with hospital</source>
        <translation>अस्पताल की बारी</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="190"/>
        <source>overdue {0}</source>
        <translation>{0} की देरी</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="191"/>
        <source>{0} left</source>
        <translation>{0} बाकी</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="117"/>
        <location filename="../../ui/lock.py" line="166"/>
        <source>Sign in to TPA Desk</source>
        <translation>TPA डेस्क में साइन इन करें</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="119"/>
        <location filename="../../ui/lock.py" line="167"/>
        <source>Your open work is kept while the desk is locked.</source>
        <translation>डेस्क लॉक रहने पर भी आपका खुला काम सुरक्षित रहता है।</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="124"/>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="127"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="128"/>
        <source>&amp;User</source>
        <translation>उपयोगकर्ता (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="129"/>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="133"/>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="155"/>
        <source>Unlock the desk&apos;s store</source>
        <translation>डेस्क का स्टोर खोलें</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="165"/>
        <source>Desk locked</source>
        <translation>डेस्क लॉक है</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="183"/>
        <source>Type your user name.</source>
        <translation>अपना उपयोगकर्ता नाम टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="186"/>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Something went wrong inside the desk. Your saved work is safe. Please tell your administrator (the error was {0}).</source>
        <translation>डेस्क के अंदर कुछ गड़बड़ हुई। आपका सहेजा हुआ काम सुरक्षित है। कृपया अपने एडमिन को बताएँ (त्रुटि: {0})।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Pre-auth for {0} queued: it is saved and will be sent as soon as possible.</source>
        <translation>{0} का प्री-ऑथ कतार में: सहेजा गया है और जल्द से जल्द भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Enhancement request for {0} queued: it is saved and will be sent as soon as possible.</source>
        <translation>{0} का एनहांसमेंट अनुरोध कतार में: सहेजा गया है और जल्द से जल्द भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Discharge request for {0} queued: it is saved and will be sent as soon as possible.</source>
        <translation>{0} का डिस्चार्ज अनुरोध कतार में: सहेजा गया है और जल्द से जल्द भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Final claim for {0} queued: it is saved and will be sent as soon as possible.</source>
        <translation>{0} का अंतिम क्लेम कतार में: सहेजा गया है और जल्द से जल्द भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Answer to the query on {0} queued: it is saved and will be sent as soon as possible.</source>
        <translation>{0} की क्वेरी का जवाब कतार में: सहेजा गया है और जल्द से जल्द भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Cancellation of {0} queued: it is saved and the payer will be told as soon as possible.</source>
        <translation>{0} का रद्दीकरण कतार में: सहेजा गया है और भुगतानकर्ता को जल्द से जल्द बताया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Payment on {0} acknowledged; the case is closed.</source>
        <translation>{0} के भुगतान की पावती दी गई; केस बंद हो गया।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Documents attached to {0}.</source>
        <translation>{0} में दस्तावेज़ संलग्न हुए।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Photo stored on {0}.</source>
        <translation>{0} में फ़ोटो सहेजी गई।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Pages stored on {0}.</source>
        <translation>{0} में पन्ने सहेजे गए।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Opening the encrypted store…</source>
        <translation>एन्क्रिप्टेड स्टोर खुल रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Store status</source>
        <translation>स्टोर की स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>TRAINING · practice data, nothing reaches a real payer</source>
        <translation>प्रशिक्षण · अभ्यास डेटा, कुछ भी असली भुगतानकर्ता तक नहीं जाता</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Training mode</source>
        <translation>प्रशिक्षण मोड</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Switch user</source>
        <translation>उपयोगकर्ता बदलें</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Lock</source>
        <translation>लॉक करें</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Lock the desk (Ctrl+L); open work is kept</source>
        <translation>डेस्क लॉक करें (Ctrl+L); खुला काम सुरक्षित रहता है</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>+  New admission</source>
        <translation>+  नई भर्ती</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>WORK QUEUE</source>
        <translation>कार्य सूची</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Saved views</source>
        <translation>कार्य सूची के व्यू</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>DESK</source>
        <translation>डेस्क</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Desk pages</source>
        <translation>डेस्क के पेज</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <location filename="../../ui/strings.py" line="18"/>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Search case, patient, payer…  (Ctrl+F)</source>
        <translation>केस, मरीज़, भुगतानकर्ता खोजें…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Search cases</source>
        <translation>केस खोजें</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Work queue</source>
        <translation>कार्य सूची</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>No cases here. Press Ctrl+N for a new admission.</source>
        <translation>यहाँ कोई केस नहीं है। नई भर्ती के लिए Ctrl+N दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Connectivity</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Last successful sync: not yet</source>
        <translation>आख़िरी सफल सिंक: अभी नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Last successful sync</source>
        <translation>आख़िरी सफल सिंक</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>The last time the exchange answered this desk</source>
        <translation>एक्सचेंज ने इस डेस्क को आख़िरी बार कब जवाब दिया</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Outbox: 0 waiting</source>
        <translation>आउटबॉक्स: 0 बाकी</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Outbox depth</source>
        <translation>आउटबॉक्स में बाकी संदेश</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Last inbox pull: not yet</source>
        <translation>आख़िरी इनबॉक्स जाँच: अभी नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Last inbox pull</source>
        <translation>आख़िरी इनबॉक्स जाँच</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>The last time the payers&apos; answers were fetched</source>
        <translation>भुगतानकर्ताओं के जवाब आख़िरी बार कब लाए गए</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>The encrypted store in {0} is open.</source>
        <translation>{0} में एन्क्रिप्टेड स्टोर खुल गया है।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="591"/>
        <source>Signed in: {0} ({1})</source>
        <translation>साइन इन: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Outbox: {0} waiting</source>
        <translation>आउटबॉक्स: {0} बाकी</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="725"/>
        <source>{0}: %n case(s)</source>
        <translation>
            <numerusform>{0}: %n केस</numerusform>
            <numerusform>{0}: %n केस</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="727"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n केस</numerusform>
            <numerusform>%n केस</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="986"/>
        <source>Done for {0}.</source>
        <translation>{0} के लिए हो गया।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1458"/>
        <source>Closing TPA Desk: keeping your open work and finishing what is in progress…</source>
        <translation>TPA डेस्क बंद हो रहा है: आपका खुला काम रखा जा रहा है और चल रहा काम पूरा हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1461"/>
        <source>Closing…</source>
        <translation>बंद हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="946"/>
        <source>Photo stored.</source>
        <translation>फ़ोटो सहेज ली गई।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1015"/>
        <source>Preparing Part C for {0}…</source>
        <translation>{0} के लिए भाग C तैयार हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1041"/>
        <source>Save Part C as PDF</source>
        <translation>भाग C को PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1052"/>
        <source>Part C saved to {0}</source>
        <translation>भाग C यहाँ सहेजा गया: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1122"/>
        <source>Not autosaved: {0}</source>
        <translation>अपने-आप सहेजा नहीं गया: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1168"/>
        <source>Unsaved changes</source>
        <translation>बदलाव अभी सहेजे नहीं गए</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1201"/>
        <source>Save the draft first, then check eligibility.</source>
        <translation>पहले ड्राफ़्ट सहेजें, फिर पात्रता जाँचें।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1203"/>
        <source>Eligibility check queued; the answer will appear here.</source>
        <translation>पात्रता जाँच कतार में है; जवाब यहीं दिखेगा।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1296"/>
        <source>Scanner defaults saved: new scans use them.</source>
        <translation>स्कैनर की सेटिंग सहेजी गई: नए स्कैन इन्हीं से होंगे।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1306"/>
        <source>Only an administrator can add accounts.</source>
        <translation>सिर्फ़ एडमिन ही अकाउंट जोड़ सकता है।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1339"/>
        <source>The language changes the next time TPA Desk starts.</source>
        <translation>भाषा अगली बार TPA डेस्क शुरू होने पर बदलेगी।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1358"/>
        <source>Only an administrator can change payers; nothing was saved.</source>
        <translation>सिर्फ़ एडमिन ही भुगतानकर्ता बदल सकता है; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1365"/>
        <source>Saved {0}.</source>
        <translation>{0} सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1367"/>
        <source>The secret is in this computer&apos;s keyring.</source>
        <translation>सीक्रेट इस कंप्यूटर के कीरिंग में है।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1369"/>
        <source>The secret is in the encrypted store (this computer has no keyring).</source>
        <translation>सीक्रेट एन्क्रिप्टेड स्टोर में है (इस कंप्यूटर में कीरिंग नहीं है)।</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1431"/>
        <source>Last successful sync: {0}</source>
        <translation>आख़िरी सफल सिंक: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1434"/>
        <source>Last inbox pull: {0}</source>
        <translation>आख़िरी इनबॉक्स जाँच: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="13"/>
        <source>Needs action</source>
        <translation>कार्रवाई बाकी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="14"/>
        <source>Awaiting payer</source>
        <translation>भुगतानकर्ता के उत्तर की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="15"/>
        <source>Queued offline</source>
        <translation>भेजने के लिए कतार में</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="16"/>
        <source>Breached</source>
        <translation>समय-सीमा पार</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="17"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="19"/>
        <source>Outbox</source>
        <translation>आउटबॉक्स</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="20"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="21"/>
        <source>● Online</source>
        <translation>● ऑनलाइन</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="22"/>
        <source>● Offline</source>
        <translation>● ऑफ़लाइन</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="23"/>
        <source>● Degraded</source>
        <translation>● धीमा कनेक्शन</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="24"/>
        <source>● Not connected yet</source>
        <translation>● अभी जुड़ा नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="25"/>
        <source>Your work is saved and will be sent when the connection returns.</source>
        <translation>आपका काम सहेजा गया है और कनेक्शन लौटने पर भेज दिया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="27"/>
        <source>This desk has no camera support (Qt Multimedia is not installed). Take the photo with a phone or camera and attach the file with category PoPr (proof of presence) or PHT; its capture time is read from the photo.</source>
        <translation>इस डेस्क पर कैमरा सपोर्ट नहीं है (Qt Multimedia इंस्टॉल नहीं है)। फ़ोन या कैमरे से फ़ोटो लें और फ़ाइल को श्रेणी PoPr (उपस्थिति का प्रमाण) या PHT में संलग्न करें; फ़ोटो खींचने का समय फ़ोटो से ही पढ़ लिया जाता है।</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="32"/>
        <source>No camera was found. Connect a webcam and try again, or attach a photo file with category PoPr (proof of presence) or PHT.</source>
        <translation>कोई कैमरा नहीं मिला। वेबकैम लगाकर फिर कोशिश करें, या फ़ोटो फ़ाइल को श्रेणी PoPr (उपस्थिति का प्रमाण) या PHT में संलग्न करें।</translation>
    </message>
    <message>
        <location filename="../../ui/desk_app.py" line="93"/>
        <source>The store could not be opened because of a bug (the error was {0}). Please tell your administrator.</source>
        <translation>एक बग के कारण स्टोर नहीं खुल सका (त्रुटि: {0})। कृपया अपने एडमिन को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../ui/desk_app.py" line="110"/>
        <source>Creating the encrypted store…</source>
        <translation>एन्क्रिप्टेड स्टोर बनाया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_app.py" line="116"/>
        <source>Setup was cancelled. Start TPA Desk again to set it up.</source>
        <translation>सेटअप रद्द हो गया। सेट अप करने के लिए TPA डेस्क फिर से शुरू करें।</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../ui/strings.py" line="50"/>
        <source>Case</source>
        <translation>केस</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="51"/>
        <source>Leg</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="52"/>
        <source>Payer</source>
        <translation>भुगतानकर्ता</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="53"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="54"/>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="55"/>
        <source>Next try</source>
        <translation>अगला प्रयास</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="56"/>
        <source>Last error</source>
        <translation>अंतिम त्रुटि</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="57"/>
        <source>Queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="58"/>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="59"/>
        <source>Sent, awaiting answer</source>
        <translation>भेजा गया, जवाब की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="60"/>
        <source>Needs attention</source>
        <translation>ध्यान दें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="61"/>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="62"/>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="38"/>
        <source>Outbox</source>
        <translation>आउटबॉक्स</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="49"/>
        <source>Outbox messages</source>
        <translation>आउटबॉक्स संदेश</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="69"/>
        <source>Why this message waits</source>
        <translation>यह संदेश क्यों रुका है</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="72"/>
        <source>&amp;Retry now</source>
        <translation>अभी दोबारा भेजें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="74"/>
        <source>Payer</source>
        <translation>भुगतानकर्ता</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="77"/>
        <source>&amp;Pause payer</source>
        <translation>भुगतानकर्ता रोकें (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="78"/>
        <source>Res&amp;ume payer</source>
        <translation>भुगतानकर्ता फिर शुरू करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="81"/>
        <source>The chosen payer&apos;s state</source>
        <translation>चुने गए भुगतानकर्ता की स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="82"/>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="85"/>
        <source>Payer:</source>
        <translation>भुगतानकर्ता:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="92"/>
        <source>Dead letters (answers that could not be opened)</source>
        <translation>डेड लेटर (जो जवाब खोले नहीं जा सके)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="95"/>
        <source>Dead letters</source>
        <translation>डेड लेटर</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="120"/>
        <source>{0} (paused)</source>
        <translation>{0} (रुका हुआ)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="128"/>
        <source>{0} messages · {1} waiting to go</source>
        <translation>संदेश: {0} · भेजने बाकी: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="143"/>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="147"/>
        <source>by the desk after repeated failures</source>
        <translation>बार-बार असफल होने पर डेस्क ने</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="148"/>
        <source>by a clerk</source>
        <translation>एक क्लर्क ने</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="149"/>
        <source>Paused since {0}, {1}</source>
        <translation>{0} से रुका हुआ, {1} रोका</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="166"/>
        <source>no reason recorded</source>
        <translation>कोई कारण दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="171"/>
        <source>None: every answer received was opened and applied.</source>
        <translation>कोई नहीं: मिला हर जवाब खोला गया और लागू हुआ।</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="201"/>
        <source>Last error (server&apos;s words): {0}</source>
        <translation>आख़िरी त्रुटि (सर्वर के शब्दों में): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="203"/>
        <source>Last error: {0}</source>
        <translation>आख़िरी त्रुटि: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="199"/>
        <source>No error recorded for this message.</source>
        <translation>इस संदेश के लिए कोई त्रुटि दर्ज नहीं है।</translation>
    </message>
</context>
<context>
    <name>PageEditor</name>
    <message>
        <location filename="../../ui/page_editor.py" line="134"/>
        <source>No scanner software is installed on this computer; add the pages from files.</source>
        <translation>इस कंप्यूटर पर स्कैनर सॉफ़्टवेयर इंस्टॉल नहीं है; पन्ने फ़ाइलों से जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="140"/>
        <source>No scanner was found. Check that it is switched on and connected, or add the pages from files.</source>
        <translation>कोई स्कैनर नहीं मिला। देखें कि स्कैनर चालू है और जुड़ा हुआ है, या पन्ने फ़ाइलों से जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="209"/>
        <source>Pages for {0}</source>
        <translation>{0} के पन्ने</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="212"/>
        <source>Check the pages before they are stored: drag to reorder, turn, delete, and start a new document where one ends.</source>
        <translation>सहेजने से पहले पन्ने जाँच लें: क्रम बदलने के लिए खींचें, घुमाएँ, हटाएँ, और जहाँ एक दस्तावेज़ ख़त्म हो वहाँ से नया दस्तावेज़ शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="222"/>
        <source>Scan resolution</source>
        <translation>स्कैन रिज़ॉल्यूशन</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="226"/>
        <source>Scan colour</source>
        <translation>स्कैन का रंग</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="232"/>
        <source>Scan a page</source>
        <translation>एक पन्ना स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="233"/>
        <source>Add from files…</source>
        <translation>फ़ाइलों से जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="234"/>
        <source>⟲ Turn left</source>
        <translation>⟲ बाएँ घुमाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="235"/>
        <source>⟳ Turn right</source>
        <translation>⟳ दाएँ घुमाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="236"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="237"/>
        <source>◀ Earlier</source>
        <translation>◀ पहले</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="238"/>
        <source>Move the selected page one place earlier (or drag it)</source>
        <translation>चुने गए पन्ने को एक जगह पहले करें (या खींचें)</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="240"/>
        <source>Later ▶</source>
        <translation>बाद में ▶</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="241"/>
        <source>Move the selected page one place later (or drag it)</source>
        <translation>चुने गए पन्ने को एक जगह बाद में करें (या खींचें)</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="243"/>
        <source>New document from here</source>
        <translation>यहाँ से नया दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="244"/>
        <source>The selected page starts a new document (press again to join it back)</source>
        <translation>चुने गए पन्ने से नया दस्तावेज़ शुरू होगा (वापस जोड़ने के लिए फिर दबाएँ)</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="259"/>
        <source>Pages</source>
        <translation>पन्ने</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="274"/>
        <source>Documents to store</source>
        <translation>सहेजने वाले दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="278"/>
        <source>Documents, their category and stage</source>
        <translation>दस्तावेज़, उनकी श्रेणी और चरण</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="279"/>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="279"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="280"/>
        <source>Stage</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="305"/>
        <location filename="../../ui/page_editor.py" line="597"/>
        <source>Store documents</source>
        <translation>दस्तावेज़ सहेजें</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="307"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="405"/>
        <source>Document {0}: the category {1} ({2}) was chosen from the words on the page; check it.</source>
        <translation>दस्तावेज़ {0}: श्रेणी {1} ({2}) पन्ने के शब्दों से चुनी गई; इसे जाँच लें।</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="411"/>
        <source>Suggested from the page&apos;s words; choose another category if it is wrong.</source>
        <translation>पन्ने के शब्दों से सुझाई गई; ग़लत हो तो दूसरी श्रेणी चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="437"/>
        <source>Add pages from files</source>
        <translation>फ़ाइलों से पन्ने जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="445"/>
        <source>Reading 1 file…</source>
        <translation>1 फ़ाइल पढ़ी जा रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="446"/>
        <source>Reading {0} files…</source>
        <translation>{0} फ़ाइलें पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="561"/>
        <source>{0}Doc {1} · page {2}{3}</source>
        <translation>{0}दस्तावेज़ {1} · पन्ना {2}{3}</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="570"/>
        <source>Document {0}: page {1}</source>
        <translation>दस्तावेज़ {0}: पन्ना {1}</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="571"/>
        <source>Document {0}: pages {1}–{2}</source>
        <translation>दस्तावेज़ {0}: पन्ने {1}–{2}</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="607"/>
        <source>Eligibility check</source>
        <translation>पात्रता जाँच</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="608"/>
        <source>Pre-authorisation</source>
        <translation>प्री-ऑथराइज़ेशन</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="609"/>
        <source>Reply to a query</source>
        <translation>क्वेरी का जवाब</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="610"/>
        <source>Enhancement</source>
        <translation>एनहांसमेंट</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="611"/>
        <source>Discharge</source>
        <translation>डिस्चार्ज</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="612"/>
        <source>Final claim</source>
        <translation>अंतिम क्लेम</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="613"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="618"/>
        <source>turned right</source>
        <translation>दाएँ घुमाया</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="618"/>
        <source>upside down</source>
        <translation>उल्टा किया</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="619"/>
        <source>turned left</source>
        <translation>बाएँ घुमाया</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="622"/>
        <source>Store 1 document</source>
        <translation>1 दस्तावेज़ सहेजें</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="623"/>
        <source>Store {0} documents</source>
        <translation>{0} दस्तावेज़ सहेजें</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="656"/>
        <source>Compressing and storing 1 document…</source>
        <translation>1 दस्तावेज़ कंप्रेस करके सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="657"/>
        <source>Compressing and storing {0} documents…</source>
        <translation>{0} दस्तावेज़ कंप्रेस करके सहेजे जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="661"/>
        <source>1 document stored.</source>
        <translation>1 दस्तावेज़ सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="662"/>
        <source>{0} documents stored.</source>
        <translation>{0} दस्तावेज़ सहेजे गए।</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="474"/>
        <source>Scanning…</source>
        <translation>स्कैन हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="507"/>
        <source>Select the first page of the new document.</source>
        <translation>नए दस्तावेज़ का पहला पन्ना चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="511"/>
        <source>The first page always starts the first document.</source>
        <translation>पहले पन्ने से हमेशा पहला दस्तावेज़ शुरू होता है।</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="580"/>
        <source>Category of document {0}</source>
        <translation>दस्तावेज़ {0} की श्रेणी</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="590"/>
        <source>Stage of document {0}</source>
        <translation>दस्तावेज़ {0} का चरण</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="654"/>
        <source>Add or scan pages first.</source>
        <translation>पहले पन्ने जोड़ें या स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../ui/page_editor.py" line="666"/>
        <source>Nothing was stored; the pages are still here.</source>
        <translation>कुछ भी सहेजा नहीं गया; पन्ने अभी यहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="207"/>
        <source>Doc</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="208"/>
        <source>page</source>
        <translation>पन्ना</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="209"/>
        <source>Pages (*.png *.jpg *.jpeg *.tif *.tiff *.heic *.heif *.pdf)</source>
        <translation>पन्ने (*.png *.jpg *.jpeg *.tif *.tiff *.heic *.heif *.pdf)</translation>
    </message>
</context>
<context>
    <name>PartCPreview</name>
    <message>
        <location filename="../../ui/part_c_print.py" line="106"/>
        <source>Part C for {0}</source>
        <translation>{0} का भाग C</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="110"/>
        <source>Request for cashless hospitalisation (Part C) · 1 page</source>
        <translation>कैशलेस इलाज का अनुरोध (भाग C) · 1 पन्ना</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="112"/>
        <source>Request for cashless hospitalisation (Part C) · {0} pages</source>
        <translation>कैशलेस इलाज का अनुरोध (भाग C) · {0} पन्ने</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="118"/>
        <source>Part C preview</source>
        <translation>भाग C का प्रीव्यू</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="131"/>
        <source>Page {0}</source>
        <translation>पन्ना {0}</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="141"/>
        <source>Save as PDF…</source>
        <translation>PDF के रूप में सहेजें…</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="142"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="144"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="172"/>
        <source>Could not print: {0}. Check the printer, or save the PDF and print it from there.</source>
        <translation>प्रिंट नहीं हो सका: {0}। प्रिंटर जाँचें, या PDF सहेजकर वहाँ से प्रिंट करें।</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="177"/>
        <source>1 page sent to the printer.</source>
        <translation>1 पन्ना प्रिंटर को भेजा गया।</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="178"/>
        <source>{0} pages sent to the printer.</source>
        <translation>{0} पन्ने प्रिंटर को भेजे गए।</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="184"/>
        <source>Save Part C as PDF</source>
        <translation>भाग C को PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="201"/>
        <source>Could not save the PDF ({0}). Choose another folder.</source>
        <translation>PDF सहेजी नहीं जा सकी ({0})। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/part_c_print.py" line="207"/>
        <source>Saved to {0}</source>
        <translation>यहाँ सहेजा गया: {0}</translation>
    </message>
</context>
<context>
    <name>PayerEditor</name>
    <message>
        <location filename="../../ui/payer_editor.py" line="107"/>
        <location filename="../../ui/payer_editor.py" line="218"/>
        <source>New payer</source>
        <translation>नया भुगतानकर्ता</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="140"/>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="141"/>
        <source>no clock</source>
        <translation>कोई समय-सीमा नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="143"/>
        <source>{0}: answer due within</source>
        <translation>{0}: जवाब की समय-सीमा</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="144"/>
        <source>Pre-auth clock for emergencies only</source>
        <translation>प्री-ऑथ की समय-सीमा सिर्फ़ इमरजेंसी के लिए</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="151"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="155"/>
        <source>type to set or replace; never shown</source>
        <translation>सेट करने या बदलने के लिए टाइप करें; कभी दिखाया नहीं जाता</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="168"/>
        <source>What is still missing to send</source>
        <translation>भेजने के लिए अभी क्या बाकी है</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="176"/>
        <source>&amp;Save payer</source>
        <translation>भुगतानकर्ता सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="219"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="245"/>
        <source>A secret is saved in this computer&apos;s keyring.</source>
        <translation>सीक्रेट इस कंप्यूटर के कीरिंग में सहेजा गया है।</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="247"/>
        <source>A secret is saved in the encrypted store (no keyring here).</source>
        <translation>सीक्रेट एन्क्रिप्टेड स्टोर में सहेजा गया है (यहाँ कीरिंग नहीं है)।</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="248"/>
        <source>No secret saved yet.</source>
        <translation>अभी कोई सीक्रेट सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="282"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="297"/>
        <source>Nothing was saved.</source>
        <translation>कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="325"/>
        <source>1 thing to correct; nothing was saved.</source>
        <translation>1 चीज़ ठीक करनी है; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="326"/>
        <source>{0} things to correct; nothing was saved.</source>
        <translation>{0} चीज़ें ठीक करनी हैं; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="344"/>
        <source>Training payer: it talks to the built-in sandbox; nothing is missing.</source>
        <translation>प्रशिक्षण भुगतानकर्ता: यह अंदर बने सैंडबॉक्स से जुड़ता है; कुछ भी बाकी नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="354"/>
        <source>Besides the corrections above, still to fill in before messages can go to this payer: {0}.</source>
        <translation>ऊपर के सुधारों के अलावा, इस भुगतानकर्ता को संदेश जाने से पहले यह भी भरना बाकी है: {0}।</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="356"/>
        <source>Still to fill in before messages can go to this payer: {0}.</source>
        <translation>इस भुगतानकर्ता को संदेश जाने से पहले भरना बाकी है: {0}।</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="359"/>
        <source>Correct the fields marked above, then save.</source>
        <translation>ऊपर चिह्नित फ़ील्ड ठीक करें, फिर सहेजें।</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="361"/>
        <source>✓ Everything needed to send is set.</source>
        <translation>✓ भेजने के लिए ज़रूरी सब कुछ सेट है।</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="160"/>
        <source>Short code</source>
        <translation>छोटा कोड</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="161"/>
        <source>lower-case, e.g. star-health; cannot change later</source>
        <translation>छोटे अक्षरों में, जैसे star-health; बाद में बदला नहीं जा सकता</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="162"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="163"/>
        <source>as the clerks know it, e.g. Star Health</source>
        <translation>जिस नाम से क्लर्क जानते हैं, जैसे Star Health</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="164"/>
        <source>Insurer</source>
        <translation>बीमा कंपनी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="165"/>
        <source>Payer participant code</source>
        <translation>भुगतानकर्ता का पार्टिसिपेंट कोड</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="166"/>
        <source>e.g. 1000003538@hcx</source>
        <translation>जैसे 1000003538@hcx</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="167"/>
        <source>Our participant code</source>
        <translation>हमारा पार्टिसिपेंट कोड</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="168"/>
        <source>this hospital&apos;s code at the exchange</source>
        <translation>एक्सचेंज पर इस अस्पताल का कोड</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="169"/>
        <source>Exchange URL</source>
        <translation>एक्सचेंज URL</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="170"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="171"/>
        <source>Relay (inbox) URL</source>
        <translation>रिले (इनबॉक्स) URL</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="172"/>
        <source>Token URL</source>
        <translation>टोकन URL</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="173"/>
        <source>empty: the exchange&apos;s /auth/token</source>
        <translation>खाली: एक्सचेंज का /auth/token</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="174"/>
        <source>API prefix</source>
        <translation>API प्रीफ़िक्स</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="175"/>
        <source>e.g. /v1</source>
        <translation>जैसे /v1</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="176"/>
        <source>User name / client id</source>
        <translation>उपयोगकर्ता नाम / क्लाइंट आईडी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="177"/>
        <source>Client id (password login)</source>
        <translation>क्लाइंट आईडी (पासवर्ड लॉगिन)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="178"/>
        <source>only if the payer asks for one</source>
        <translation>सिर्फ़ तब, जब भुगतानकर्ता माँगे</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="179"/>
        <source>Login style</source>
        <translation>लॉगिन का तरीका</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="180"/>
        <source>Auth header</source>
        <translation>Auth हेडर</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="181"/>
        <source>Token request format</source>
        <translation>टोकन अनुरोध का फ़ॉर्मेट</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="182"/>
        <source>Key encryption (JWE alg)</source>
        <translation>कुंजी एन्क्रिप्शन (JWE alg)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="183"/>
        <source>Content encryption (JWE enc)</source>
        <translation>सामग्री एन्क्रिप्शन (JWE enc)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="184"/>
        <source>Timestamp format</source>
        <translation>टाइमस्टैम्प फ़ॉर्मेट</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="185"/>
        <source>Workflow id</source>
        <translation>वर्कफ़्लो आईडी</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="186"/>
        <source>Query answers go as</source>
        <translation>क्वेरी के जवाब किस रूप में जाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="187"/>
        <source>password (HCX)</source>
        <translation>पासवर्ड (HCX)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="188"/>
        <source>client credentials (NHCX)</source>
        <translation>क्लाइंट क्रेडेंशियल (NHCX)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="189"/>
        <source>Authorization: Bearer …</source>
        <translation>Authorization: Bearer …</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="190"/>
        <source>bearer_auth (NHCX)</source>
        <translation>bearer_auth (NHCX)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="191"/>
        <source>form (OAuth2)</source>
        <translation>फ़ॉर्म (OAuth2)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="192"/>
        <source>JSON (NHCX gateway)</source>
        <translation>JSON (NHCX गेटवे)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="193"/>
        <source>ISO-8601, +05:30</source>
        <translation>ISO-8601, +05:30</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="194"/>
        <source>Unix milliseconds</source>
        <translation>Unix मिलीसेकंड</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="195"/>
        <source>NHCX stage codes</source>
        <translation>NHCX चरण कोड</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="196"/>
        <source>one UUID per case</source>
        <translation>हर केस का एक UUID</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="197"/>
        <source>Communication</source>
        <translation>Communication (संदेश)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="198"/>
        <source>resubmitted Claim</source>
        <translation>दोबारा भेजा गया Claim</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="199"/>
        <source>Largest document</source>
        <translation>सबसे बड़ा दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="200"/>
        <source>Largest message</source>
        <translation>सबसे बड़ा संदेश</translation>
    </message>
    <message>
        <location filename="../../ui/payer_editor.py" line="369"/>
        <location filename="../../ui/strings.py" line="201"/>
        <source>Password / client secret</source>
        <translation>पासवर्ड / क्लाइंट सीक्रेट</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/strings.py" line="259"/>
        <source>&amp;Undo</source>
        <translation>वापस लें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="260"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="261"/>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="262"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="263"/>
        <source>&amp;Paste</source>
        <translation>पेस्ट करें (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="264"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="265"/>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/strings.py" line="257"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="258"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/strings.py" line="266"/>
        <source>&amp;Undo</source>
        <translation>वापस लें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="267"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="268"/>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="269"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="270"/>
        <source>&amp;Paste</source>
        <translation>पेस्ट करें (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="271"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="272"/>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/strings.py" line="252"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="253"/>
        <source>&amp;Next &gt;</source>
        <translation>आगे (&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="254"/>
        <source>&amp;Finish</source>
        <translation>पूरा करें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="255"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="256"/>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
</context>
<context>
    <name>QueueDelegate</name>
    <message>
        <location filename="../../ui/strings.py" line="287"/>
        <source>Attention</source>
        <translation>ध्यान दें</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="288"/>
        <source>Queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="289"/>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="290"/>
        <source>Edits kept</source>
        <translation>बदलाव रखे</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="291"/>
        <source>Emergency</source>
        <translation>इमरजेंसी</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="46"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="63"/>
        <source>Training mode</source>
        <translation>प्रशिक्षण मोड</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="69"/>
        <location filename="../../ui/strings.py" line="203"/>
        <location filename="../../ui/strings.py" line="292"/>
        <source>Payer profiles</source>
        <translation>भुगतानकर्ता प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="83"/>
        <source>Why payers cannot be changed</source>
        <translation>भुगतानकर्ता क्यों नहीं बदले जा सकते</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="90"/>
        <source>&amp;Payers</source>
        <translation>भुगतानकर्ता (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="99"/>
        <source>&amp;Clerks</source>
        <translation>क्लर्क (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="113"/>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="73"/>
        <source>+  Add a live payer</source>
        <translation>+  असली भुगतानकर्ता जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="114"/>
        <location filename="../../ui/settings_view.py" line="134"/>
        <source>Lock after inactivity</source>
        <translation>खाली रहने पर लॉक</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="293"/>
        <source>Clerks and accounts</source>
        <translation>क्लर्क और अकाउंट</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="118"/>
        <location filename="../../ui/settings_view.py" line="135"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="122"/>
        <location filename="../../ui/settings_view.py" line="136"/>
        <source>Scanner resolution</source>
        <translation>स्कैनर रिज़ॉल्यूशन</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="126"/>
        <location filename="../../ui/settings_view.py" line="137"/>
        <source>Scanner colour</source>
        <translation>स्कैनर रंग</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="131"/>
        <source>Settings saved</source>
        <translation>सेटिंग सहेजी गई</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="141"/>
        <source>This &amp;desk</source>
        <translation>यह डेस्क (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="169"/>
        <source>Only an administrator can add or change payers and their secrets. You can look at them here.</source>
        <translation>सिर्फ़ एडमिन ही भुगतानकर्ता और उनके सीक्रेट जोड़ या बदल सकता है। आप उन्हें यहाँ देख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="173"/>
        <source>Your role may not change payers; ask an administrator.</source>
        <translation>आपकी भूमिका में भुगतानकर्ता बदलना नहीं है; एडमिन से कहें।</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="185"/>
        <source>A live payer is saved: TPA Desk leaves training mode the next time it starts (until then messages still go to the training sandbox).</source>
        <translation>एक असली भुगतानकर्ता सहेजा गया है: अगली बार शुरू होने पर TPA डेस्क प्रशिक्षण मोड से बाहर आ जाएगा (तब तक संदेश प्रशिक्षण सैंडबॉक्स में ही जाएँगे)।</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="188"/>
        <source>Training mode: messages go to the built-in sandbox. Once a live payer (with its exchange URL) is saved, the desk leaves training mode at its next start.</source>
        <translation>प्रशिक्षण मोड: संदेश अंदर बने सैंडबॉक्स में जाते हैं। असली भुगतानकर्ता (उसके एक्सचेंज URL के साथ) सहेजने के बाद, अगली बार शुरू होने पर डेस्क प्रशिक्षण मोड से बाहर आ जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="202"/>
        <source>training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="204"/>
        <source>live</source>
        <translation>असली</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="206"/>
        <source>not set up</source>
        <translation>सेट अप नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="204"/>
        <source>This desk</source>
        <translation>यह डेस्क</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="81"/>
        <source>The first administrator</source>
        <translation>पहला एडमिन</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="82"/>
        <source>This account adds clerks and payers later, in Settings.</source>
        <translation>यह अकाउंट बाद में सेटिंग्स में क्लर्क और भुगतानकर्ता जोड़ता है।</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="85"/>
        <source>Administrator user name</source>
        <translation>एडमिन का उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="88"/>
        <source>Administrator password</source>
        <translation>एडमिन का पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="91"/>
        <source>Repeat the administrator password</source>
        <translation>एडमिन का पासवर्ड दोबारा</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="95"/>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="96"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="97"/>
        <source>Repeat password</source>
        <translation>पासवर्ड दोबारा</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>Give a user name.</source>
        <translation>उपयोगकर्ता नाम दें।</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105"/>
        <source>Use a password of at least 8 characters.</source>
        <translation>कम से कम 8 अक्षरों का पासवर्ड रखें।</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="108"/>
        <source>The two passwords differ.</source>
        <translation>दोनों पासवर्ड अलग हैं।</translation>
    </message>
</context>
<context>
    <name>_StorePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="37"/>
        <source>Protect this desk&apos;s data</source>
        <translation>इस डेस्क का डेटा सुरक्षित करें</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="46"/>
        <source>Store passphrase</source>
        <translation>स्टोर का पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="47"/>
        <source>Repeat the passphrase</source>
        <translation>पासफ़्रेज़ दोबारा लिखें</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="53"/>
        <source>Everything the desk keeps is encrypted. The key is kept in this computer&apos;s keyring, so nobody needs to type it.</source>
        <translation>डेस्क में रखा सारा डेटा एन्क्रिप्टेड रहता है। चाबी इस कंप्यूटर के कीरिंग में रहती है, इसलिए किसी को उसे टाइप नहीं करना पड़ता।</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="56"/>
        <source>Everything the desk keeps is encrypted. This computer has no keyring, so choose a passphrase (at least 10 characters). Write it down and keep it safe: without it the data cannot be opened.</source>
        <translation>डेस्क में रखा सारा डेटा एन्क्रिप्टेड रहता है। इस कंप्यूटर में कीरिंग नहीं है, इसलिए एक पासफ़्रेज़ चुनें (कम से कम 10 अक्षर)। इसे लिखकर सुरक्षित रखें: इसके बिना डेटा खोला नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="61"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="62"/>
        <source>Repeat it</source>
        <translation>दोबारा लिखें</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="70"/>
        <source>Use at least 10 characters.</source>
        <translation>कम से कम 10 अक्षर रखें।</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="73"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं; फिर से टाइप करें।</translation>
    </message>
</context>
<context>
    <name>_TrainingPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="116"/>
        <source>Start in training mode</source>
        <translation>प्रशिक्षण मोड में शुरू करें</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="119"/>
        <source>The desk starts with a built-in training payer on this computer. You can run the whole cashless cycle (pre-auth, queries, discharge, claim, payment) without touching any real patient or insurer. A TRAINING marker stays visible while you practise. Add live payers later in Settings.</source>
        <translation>डेस्क इस कंप्यूटर पर अंदर बने एक प्रशिक्षण भुगतानकर्ता के साथ शुरू होता है। आप पूरा कैशलेस चक्र (प्री-ऑथ, क्वेरी, डिस्चार्ज, क्लेम, भुगतान) किसी असली मरीज़ या बीमा कंपनी को छुए बिना चला सकते हैं। अभ्यास के दौरान प्रशिक्षण का निशान दिखता रहता है। असली भुगतानकर्ता बाद में सेटिंग्स में जोड़ें।</translation>
    </message>
</context>
</TS>
