<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Access</name>
    <message>
        <source>Sign in first: %1 needs an account on this database.</source>
        <translation>سجّل الدخول أولًا: %1 يتطلب حسابًا في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>%1 may not do this: %2 is for %3.</source>
        <translation>لا يحق لـ%1 القيام بهذا: %2 من اختصاص %3.</translation>
    </message>
</context>
<context>
    <name>ActionStore</name>
    <message>
        <source>The corrective action was not saved.</source>
        <translation>لم يُحفظ الإجراء التصحيحي.</translation>
    </message>
    <message>
        <source>The inspection has no finding %1; write the finding first.</source>
        <translation>لا يتضمن التفتيش الملاحظة %1؛ دوِّن الملاحظة أولًا.</translation>
    </message>
    <message>
        <source>Describe what must be done, in at most %1 characters.</source>
        <translation>صِف ما يجب القيام به، في %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Name who is responsible for the action.</source>
        <translation>حدِّد المسؤول عن الإجراء.</translation>
    </message>
    <message>
        <source>Give the date by which the action is due.</source>
        <translation>حدِّد أجل إنجاز الإجراء.</translation>
    </message>
    <message>
        <source>The action cannot be due before the inspection (%1).</source>
        <translation>لا يمكن أن يكون أجل الإجراء سابقًا لتاريخ التفتيش (%1).</translation>
    </message>
    <message>
        <source>The corrective action could not be saved to disk.</source>
        <translation>تعذّر حفظ الإجراء التصحيحي على القرص.</translation>
    </message>
    <message>
        <source>The corrective action was not changed.</source>
        <translation>لم يُعدَّل الإجراء التصحيحي.</translation>
    </message>
    <message>
        <source>It was verified already; raise a new action if more is needed.</source>
        <translation>سبق التحقق منه؛ أنشئ إجراءً جديدًا إن لزم المزيد.</translation>
    </message>
    <message>
        <source>An action is open, in_progress, done or verified, not “%1”.</source>
        <translation>حالة الإجراء هي open أو in_progress أو done أو verified، وليست «%1».</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>تتجاوز الملاحظة %1 حرفًا.</translation>
    </message>
    <message>
        <source>A follow-up inspection verifies actions; it does not set them %1.</source>
        <translation>يتحقق التفتيش التتبعي من الإجراءات، ولا يضعها في حالة «%1».</translation>
    </message>
    <message>
        <source>That inspection is not a follow-up of the one that raised the action.</source>
        <translation>هذا التفتيش ليس تفتيشًا تتبعيًا للتفتيش الذي أُنشئ فيه الإجراء.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>لا يمكن أن يكون التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>There is no corrective action with the id %1.</source>
        <translation>لا يوجد إجراء تصحيحي بالمعرّف %1.</translation>
    </message>
    <message>
        <source>Cannot read the corrective actions: %1</source>
        <translation>تعذّرت قراءة الإجراءات التصحيحية: %1</translation>
    </message>
    <message>
        <source>The progress was not recorded.</source>
        <translation>لم يُسجَّل التقدم.</translation>
    </message>
    <message>
        <source>The action was verified already.</source>
        <translation>سبق التحقق من الإجراء.</translation>
    </message>
    <message>
        <source>Progress is open, in_progress or done; an inspector verifies, not “%1”.</source>
        <translation>حالة التقدم هي open أو in_progress أو done، وليست «%1»؛ أما التحقق فيتولاه المفتش.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>يتجاوز النص %1 حرفًا.</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>Cannot read the signed audit heads: %1</source>
        <translation>تعذّرت قراءة رؤوس التدقيق الموقَّعة: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>تعذّرت قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>A signed audit head names another site or no entry; it was ignored.</source>
        <translation>يشير رأس تدقيق موقَّع إلى موقع آخر أو لا يشير إلى أي قيد؛ تم تجاهله.</translation>
    </message>
    <message>
        <source>The audit history of this site was rewritten: it had signed entry %1 as %2 on %3, and now signs it as %4.</source>
        <translation>أُعيدت كتابة تاريخ التدقيق لهذا الموقع: كان قد وقَّع القيد %1 بالقيمة %2 في %3، وهو يوقّعه الآن بالقيمة %4.</translation>
    </message>
    <message>
        <source>A signed audit head of entry %1 does not carry the site&apos;s signature; it was ignored.</source>
        <translation>لا يحمل رأس تدقيق موقَّع للقيد %1 توقيع الموقع؛ تم تجاهله.</translation>
    </message>
    <message>
        <source>The audit history of this site does not continue what it signed before: its head of entry %1 follows entry %2, not the entry %3 held here.</source>
        <translation>لا يُكمل تاريخ التدقيق لهذا الموقع ما وقَّعه من قبل: رأسه عند القيد %1 يلي القيد %2، وليس القيد %3 المحفوظ هنا.</translation>
    </message>
    <message>
        <source>The audit history of this site went back: it signs entry %1 after having signed entry %2.</source>
        <translation>عاد تاريخ التدقيق لهذا الموقع إلى الوراء: يوقّع القيد %1 بعد أن وقَّع القيد %2.</translation>
    </message>
    <message>
        <source>Cannot record the audit warning.</source>
        <translation>تعذّر تسجيل تنبيه التدقيق.</translation>
    </message>
    <message>
        <source>A signed audit head sent by the ministry is not countersigned by it; it was ignored.</source>
        <translation>لم تُصادِق الوزارة بتوقيعها على رأس تدقيق موقَّع أرسلته؛ تم تجاهله.</translation>
    </message>
    <message>
        <source>The signed head of audit entry %1 (%2) does not carry a valid signature.</source>
        <translation>لا يحمل الرأس الموقَّع لقيد التدقيق %1 (%2) توقيعًا صالحًا.</translation>
    </message>
    <message>
        <source>The audit history up to entry %1 was rewritten after its head was signed on %2 (%3).</source>
        <translation>أُعيدت كتابة تاريخ التدقيق حتى القيد %1 بعد توقيع رأسه في %2 (%3).</translation>
    </message>
    <message>
        <source>signed here</source>
        <translation>موقَّع هنا</translation>
    </message>
    <message>
        <source>as the ministry holds it</source>
        <translation>كما تحتفظ به الوزارة</translation>
    </message>
    <message>
        <source>The signed head of audit entry %1 does not carry a valid signature.</source>
        <translation>لا يحمل الرأس الموقَّع لقيد التدقيق %1 توقيعًا صالحًا.</translation>
    </message>
    <message>
        <source>The signed head of audit entry %1 does not follow the one of entry %2.</source>
        <translation>لا يلي الرأس الموقَّع لقيد التدقيق %1 رأسَ القيد %2.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>تعذّرت قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>تعذّرت الكتابة في سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>قيود التدقيق من %1 إلى %2 مفقودة.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>عُدِّل قيد التدقيق رقم %1 بعد تسجيله.</translation>
    </message>
    <message>
        <source>The last audit entries were removed: the log ends at entry %1, but it had reached entry %2.</source>
        <translation>حُذفت آخر قيود التدقيق: ينتهي السجل عند القيد رقم %1، في حين أنه كان قد بلغ القيد رقم %2.</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>تعذّرت قراءة سجل التدقيق: %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 is not a Riaya backup.</source>
        <translation>%1 ليس نسخة احتياطية لرعاية.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation>%1 تالف: تعذّرت قراءة رأسه.</translation>
    </message>
    <message>
        <source>Cannot make the backup folder %1.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية %1.</translation>
    </message>
    <message>
        <source>Cannot copy the database into %1: %2</source>
        <translation>تعذّر نسخ قاعدة البيانات إلى %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be opened with this site&apos;s keys.</source>
        <translation>%1 تالف: تعذّر فتحه بمفاتيح هذا الموقع.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated.</source>
        <translation>%1 تالف أو مقطوع.</translation>
    </message>
    <message>
        <source>%1 is damaged: its content was changed.</source>
        <translation>%1 تالف: غُيِّر محتواه.</translation>
    </message>
    <message>
        <source>%1 is damaged: it goes on after its end.</source>
        <translation>%1 تالف: يستمر بعد نهايته.</translation>
    </message>
    <message>
        <source>%1 does not hold a usable database: %2</source>
        <translation>لا يحتوي %1 على قاعدة بيانات صالحة: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its database belongs to another site.</source>
        <translation>%1 تالف: قاعدة بياناته تخص موقعًا آخر.</translation>
    </message>
    <message>
        <source>%1 is a backup of “%2”, not of this database; nothing was replaced.</source>
        <translation>%1 نسخة احتياطية لـ«%2» وليست لقاعدة البيانات هذه؛ لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>The database %1 is open in Riaya or a command: close it first; nothing was replaced.</source>
        <translation>قاعدة البيانات %1 مفتوحة في «رعاية» أو في أمر: أغلقها أولًا؛ لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>Cannot keep the current database aside as %1; nothing was replaced.</source>
        <translation>تعذّر الاحتفاظ بقاعدة البيانات الحالية جانبًا باسم %1؛ لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the database was left as it was.</source>
        <translation>تعذّر وضع النسخة الاحتياطية مكان %1؛ بقيت قاعدة البيانات كما كانت.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>اختر مجلدًا للنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup settings could not be saved to disk.</source>
        <translation>تعذّر حفظ إعدادات النسخ الاحتياطي على القرص.</translation>
    </message>
    <message>
        <source>Keep from 1 to %1 backups of each kind.</source>
        <translation>احتفظ بما بين 1 و%1 نسخة احتياطية من كل نوع.</translation>
    </message>
    <message>
        <source>Backups are encrypted with the site&apos;s keys: create them first (on the Sync screen, or with “riaya-cli keys create”).</source>
        <translation>النسخ الاحتياطية مشفَّرة بمفاتيح الموقع: أنشئها أولًا (في شاشة المزامنة، أو بالأمر «riaya-cli keys create»).</translation>
    </message>
</context>
<context>
    <name>BundleExchange</name>
    <message>
        <source>The site “%1” is revoked; nothing is sent to it.</source>
        <translation>أُلغي اعتماد الموقع «%1»؛ لا يُرسَل إليه أي شيء.</translation>
    </message>
    <message>
        <source>The bundle %1 was written but not recorded: %2</source>
        <translation>كُتبت حزمة المزامنة %1 لكن لم تُسجَّل: %2</translation>
    </message>
    <message>
        <source>the key of “%1” was revoked.</source>
        <translation>أُلغي اعتماد مفتاح «%1».</translation>
    </message>
    <message>
        <source>%1 is addressed to another site (%2), not to this one.</source>
        <translation>الملف %1 موجَّه إلى موقع آخر (%2)، وليس إلى هذا الموقع.</translation>
    </message>
    <message>
        <source>The bundle %1 could not be recorded; nothing was applied.</source>
        <translation>تعذّر تسجيل حزمة المزامنة %1؛ لم يُطبَّق أي شيء.</translation>
    </message>
    <message>
        <source>Cannot record the acknowledgement of %1.</source>
        <translation>تعذّر تسجيل الإشعار بالاستلام الوارد في الملف %1.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Riaya (database version %2; this one knows %3). Update Riaya to import it; nothing was applied.</source>
        <translation>أُنشئ %1 بإصدار أحدث من «رعاية» (قاعدة البيانات رقم %2؛ هذا الإصدار يعرف %3). حدِّث «رعاية» لاستيراده؛ لم يُطبَّق شيء.</translation>
    </message>
    <message>
        <source>%1 was refused whole; nothing was applied. %2</source>
        <translation>رُفض الملف %1 بأكمله؛ لم يُطبَّق أي شيء. %2</translation>
    </message>
    <message>
        <source>Its bundle id %1 was already imported with other content.</source>
        <translation>سبق أن استُورد معرّف حزمته %1 بمحتوى آخر.</translation>
    </message>
    <message>
        <source>Its bundle id %1 belongs to a bundle already received from another sender (%2).</source>
        <translation>معرّف حزمته %1 يعود إلى حزمة سبق استلامها من مُرسِل آخر (%2).</translation>
    </message>
    <message>
        <source>It is numbered %1, but the last bundle received from its sender is %2: a jump that large is not a bundle Riaya made.</source>
        <translation>رقمه %1، لكن آخر حزمة وردت من مُرسِله رقمها %2: قفزة بهذا الحجم لا يمكن أن تكون في حزمة أنشأها «رعاية».</translation>
    </message>
    <message>
        <source>It holds records of a kind “%1” its sender may not send here.</source>
        <translation>يحتوي على سجلات من نوع «%1» لا يحق لمُرسِله إرسالها إلى هنا.</translation>
    </message>
    <message>
        <source>The record %1 of %2 fails the field rules: %3 — %4</source>
        <translation>لا يستوفي السجل %1 من الجدول %2 قواعد الحقول: %3 — %4</translation>
    </message>
    <message>
        <source>Cannot record the clock of the sender of %1.</source>
        <translation>تعذّر تسجيل ساعة مُرسِل الملف %1.</translation>
    </message>
    <message numerus="yes">
        <source>When the ministry received this laptop&apos;s last bundle, its clock was %n days ahead. Set the date and time right: records stamped ahead wait for a clerk at the ministry.</source>
        <translation>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n يوم. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n يوم. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n يومين. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n أيام. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n يومًا. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n يوم. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When the ministry received this laptop&apos;s last bundle, its clock was %n hours ahead. Set the date and time right: records stamped ahead wait for a clerk at the ministry.</source>
        <translation>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n ساعة. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n ساعة. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n ساعتين. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n ساعات. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n ساعة. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
            <numerusform>عندما استلمت الوزارة آخر حزمة من هذا الحاسوب، كانت ساعته متقدّمة بـ %n ساعة. اضبط التاريخ والوقت: السجلات المؤرَّخة بتوقيت متقدّم تنتظر قرار موظف الوزارة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not continue the history of its sender: bundle %2 (or the one before it) was received with other content, as when a site restores an old backup. Nothing was applied. Check with the site, then import it accepting the new history (in the window, tick “Accept a new history of the sender”; on the command line, --accept-fork): its records are merged as usual, nothing already received is lost, and the earlier bundles from number %2 on are set aside.</source>
        <translation>%1 لا يواصل تاريخ مُرسِله: الحزمة %2 (أو التي قبلها) استُلمت بمحتوى آخر، كما يحدث عندما يسترجع موقع نسخة احتياطية قديمة. لم يُطبَّق أي شيء. تحقّق من الأمر مع الموقع، ثم استورده بقبول التاريخ الجديد (في النافذة، ضع علامة على «قبول تاريخ جديد للمُرسِل»؛ في سطر الأوامر، ‎--accept-fork): تُدمج سجلاته كالمعتاد، ولا يضيع شيء مما استُلم، وتوضع الحزم السابقة ابتداءً من الرقم %2 جانبًا.</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>The recipient has no valid encryption key.</source>
        <translation>لا يملك المستلِم مفتاح تشفير صالحًا.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Cannot compress or write the bundle %1.</source>
        <translation>تعذّر ضغط حزمة المزامنة %1 أو كتابتها.</translation>
    </message>
    <message>
        <source>The bundle was to hold %1 records but %2 were written.</source>
        <translation>كان يُفترض أن تضم حزمة المزامنة %1 من السجلات، لكن كُتب %2 منها.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Riaya bundle.</source>
        <translation>الملف %1 ليس حزمة مزامنة من «رعاية».</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Riaya (bundle format %2). Update Riaya to import it; nothing was applied.</source>
        <translation>أُنشئ الملف %1 بإصدار أحدث من «رعاية» (صيغة الحزمة %2). حدِّث «رعاية» لاستيراده؛ لم يُطبَّق أي شيء.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: its header does not fit in the file.</source>
        <translation>الملف %1 تالف أو مبتور: ترويسته أكبر من حجم الملف.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation>الملف %1 تالف: تتعذّر قراءة ترويسته.</translation>
    </message>
    <message>
        <source>%1 comes from a site this database does not trust: %2</source>
        <translation>الملف %1 صادر عن موقع لا تثق به قاعدة البيانات هذه: %2</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>الملف %1 مبتور.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: its content does not match its hash.</source>
        <translation>الملف %1 تالف أو مبتور: محتواه لا يطابق قيمة التجزئة الخاصة به.</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature of its sender: it was changed or forged.</source>
        <translation>لا يحمل الملف %1 توقيعًا صالحًا من مُرسِله: لقد عُدِّل أو زُوِّر.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>الملف %1 تالف.</translation>
    </message>
    <message>
        <source>%1 is not addressed to this site: its key does not open with this site&apos;s keys.</source>
        <translation>الملف %1 غير موجَّه إلى هذا الموقع: لا يمكن فتح مفتاحه بمفاتيح هذا الموقع.</translation>
    </message>
    <message>
        <source>%1 holds a record that cannot be read.</source>
        <translation>يحتوي الملف %1 على سجل تتعذّر قراءته.</translation>
    </message>
    <message>
        <source>%1 holds a record larger than Riaya accepts.</source>
        <translation>يحتوي الملف %1 على سجل يتجاوز الحجم الذي يقبله «رعاية».</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated.</source>
        <translation>الملف %1 تالف أو مبتور.</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it does not decrypt.</source>
        <translation>الملف %1 تالف: يتعذّر فكّ تشفير جزء منه.</translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not decompress.</source>
        <translation>الملف %1 تالف: يتعذّر فكّ ضغط محتواه.</translation>
    </message>
    <message>
        <source>%1 is damaged: it does not hold the records its manifest lists.</source>
        <translation>الملف %1 تالف: لا يحتوي على السجلات المذكورة في بيان محتوياته.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header and its first bytes name different formats.</source>
        <translation>%1 تالف: رأسه وبايتاته الأولى تذكر صيغتين مختلفتين.</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes of records in a file of %3 bytes, more than Riaya accepts; nothing was applied.</source>
        <translation>يُصرّح الملف %1 بـ %2 بايت من السجلات في ملف حجمه %3 بايت، وهو أكثر مما يقبله «رعاية»؛ لم يُطبَّق أي شيء.</translation>
    </message>
    <message>
        <source>%1 holds more than its signed manifest declares; it was refused.</source>
        <translation>يحتوي الملف %1 على أكثر مما يصرّح به بيان محتوياته الموقَّع؛ تم رفضه.</translation>
    </message>
    <message>
        <source>%1 is damaged: its private manifest is missing.</source>
        <translation>الملف %1 تالف: بيان محتوياته الخاص مفقود.</translation>
    </message>
</context>
<context>
    <name>BundleImportRun</name>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>تعذّر إنشاء نسخة احتياطية قبل الاستيراد، لذا لم يُستورد شيء: %1</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>Not a date: write day/month/year, for example 15/03/2012.</source>
        <translation>ليس تاريخا: اكتب اليوم/الشهر/السنة، مثلا 15/03/2012.</translation>
    </message>
    <message>
        <source>Not a real day of the calendar: check the day and the month.</source>
        <translation>ليس يوما موجودا في التقويم: تحقق من اليوم والشهر.</translation>
    </message>
    <message>
        <source>A year alone is not a date: write day/month/year.</source>
        <translation>السنة وحدها ليست تاريخا: اكتب اليوم/الشهر/السنة.</translation>
    </message>
    <message>
        <source>Day 60 of the spreadsheet is 29 February 1900, a day that did not exist.</source>
        <translation>اليوم 60 في جدول البيانات هو 29 فبراير 1900، وهو يوم لم يوجد قط.</translation>
    </message>
    <message>
        <source>Not a real day of the Hijri calendar.</source>
        <translation>ليس يوما موجودا في التقويم الهجري.</translation>
    </message>
    <message>
        <source>Hijri date out of range: it must fall between the years %1 and %2 of the Gregorian calendar.</source>
        <translation>تاريخ هجري خارج النطاق: يجب أن يقع بين سنتي %1 و%2 من التقويم الميلادي.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database file.</source>
        <translation>ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>إخراج النتيجة بصيغة JSON قابلة للمعالجة الآلية.</translation>
    </message>
    <message>
        <source>Language of messages: ar, fr or en.</source>
        <translation>لغة الرسائل: ar أو fr أو en.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name the database with --db PATH.</source>
        <translation>حدِّد قاعدة البيانات بواسطة --db المسار.</translation>
    </message>
    <message>
        <source>%1 is not set up yet; run “init” first.</source>
        <translation>لم تتم تهيئة قاعدة البيانات %1 بعد؛ نفِّذ الأمر «init» أولًا.</translation>
    </message>
    <message>
        <source>Try “riaya-cli --help”.</source>
        <translation>جرِّب «riaya-cli --help».</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>يقبل الخيار --%1 عددًا صحيحًا من %2 إلى %3.</translation>
    </message>
    <message>
        <source>Usage: riaya-cli --db PATH COMMAND [options]

Riaya keeps the records of social-care institutions offline.

Commands:
</source>
        <translation>الاستعمال: riaya-cli --db المسار الأمر [الخيارات]

يحفظ «رعاية» سجلات مؤسسات الرعاية الاجتماعية دون الحاجة إلى الإنترنت.

الأوامر:
</translation>
    </message>
    <message>
        <source>
Global options: --db PATH, --json, --lang CODE, --help.
“riaya-cli COMMAND --help” describes a command.
Exit codes: 0 done, 1 usage error, 2 input rejected, 3 needs a person, 4 internal error.
</source>
        <translation>
الخيارات العامة: --db المسار، --json، --lang الرمز، --help.
الأمر «riaya-cli الأمر --help» يعرض شرح أمر معيّن.
رموز الخروج: 0 تمّ بنجاح، 1 خطأ في الاستعمال، 2 مُدخلات مرفوضة، 3 يتطلّب تدخّل شخص، 4 خطأ داخلي.
</translation>
    </message>
    <message>
        <source>riaya-cli: name a command.</source>
        <translation>riaya-cli: حدِّد أمرًا.</translation>
    </message>
    <message>
        <source>riaya-cli: unknown command “%1”.</source>
        <translation>riaya-cli: أمر غير معروف «%1».</translation>
    </message>
    <message>
        <source>See the description above.</source>
        <translation>انظر الوصف أعلاه.</translation>
    </message>
    <message>
        <source>“%1” takes no argument “%2”.</source>
        <translation>الأمر «%1» لا يقبل أي وسيط، وقد أُعطي «%2».</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>الأمر «%1» يتطلّب %2.</translation>
    </message>
    <message>
        <source>Name the output file with --out FILE.</source>
        <translation>حدِّد ملف الإخراج بواسطة --out الملف.</translation>
    </message>
    <message>
        <source>The audit log of %1 has been tampered with: %2</source>
        <translation>تم التلاعب بسجل التدقيق الخاص بـ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries.</source>
        <translation>
            <numerusform>سجل التدقيق سليم: %n قيد.</numerusform>
            <numerusform>سجل التدقيق سليم: %n قيد.</numerusform>
            <numerusform>سجل التدقيق سليم: %n قيدان.</numerusform>
            <numerusform>سجل التدقيق سليم: %n قيود.</numerusform>
            <numerusform>سجل التدقيق سليم: %n قيدًا.</numerusform>
            <numerusform>سجل التدقيق سليم: %n قيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the records of each kind.</source>
        <translation>إحصاء السجلات حسب النوع.</translation>
    </message>
    <message>
        <source>Write every record as canonical JSON, sorted by kind and id.</source>
        <translation>كتابة جميع السجلات بصيغة JSON القياسية، مرتّبة حسب النوع والمعرّف.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>ملف JSON المراد كتابته.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>The resident was not saved.</source>
        <translation>لم يتم حفظ المستفيد.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD.</source>
        <translation>القيمة «%1» ليست تاريخًا؛ اكتب التاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Stay in %1 from %2 to %3</source>
        <translation>فترة إقامة في %1 من %2 إلى %3</translation>
    </message>
    <message>
        <source>Only residents with this status: %1.</source>
        <translation>المستفيدون الذين لهم هذه الحالة فقط: %1.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Only F or M.</source>
        <translation>إما F أو M فقط.</translation>
    </message>
    <message>
        <source>SEX</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Only residents present in this institution.</source>
        <translation>المستفيدون المقيمون بهذه المؤسسة فقط.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Only this school level.</source>
        <translation>هذا المستوى الدراسي فقط.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>العدد الأقصى (افتراضيًا 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>ع</translation>
    </message>
    <message>
        <source>Skip this many first.</source>
        <translation>عدد العناصر التي تُتخطّى في البداية.</translation>
    </message>
    <message>
        <source>The date, YYYY-MM-DD (default today).</source>
        <translation>التاريخ بالصيغة YYYY-MM-DD (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>The reason.</source>
        <translation>السبب.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Register a resident, and admit them with --institution or --admitted-on.</source>
        <translation>تسجيل مستفيد، وقبوله بواسطة --institution أو --admitted-on.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Admit to this institution.</source>
        <translation>القبول في هذه المؤسسة.</translation>
    </message>
    <message>
        <source>Admission date, YYYY-MM-DD (the site&apos;s own institution if --institution is not given).</source>
        <translation>تاريخ القبول بالصيغة YYYY-MM-DD (في مؤسسة الموقع نفسه إذا لم يُحدَّد --institution).</translation>
    </message>
    <message>
        <source>The reason for the admission.</source>
        <translation>سبب القبول.</translation>
    </message>
    <message>
        <source>List residents, by name.</source>
        <translation>عرض لائحة المستفيدين مرتّبة حسب الاسم.</translation>
    </message>
    <message>
        <source>Find residents by any part of their names or identifiers.</source>
        <translation>البحث عن المستفيدين بأي جزء من أسمائهم أو معرّفاتهم.</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>العدد الأقصى (افتراضيًا 50).</translation>
    </message>
    <message>
        <source>Show one resident and their stays.</source>
        <translation>عرض بيانات مستفيد وفترات إقامته.</translation>
    </message>
    <message>
        <source>Admit a resident (to the site&apos;s institution unless --institution).</source>
        <translation>قبول مستفيد (في مؤسسة الموقع ما لم يُحدَّد --institution).</translation>
    </message>
    <message>
        <source>The institution.</source>
        <translation>المؤسسة.</translation>
    </message>
    <message>
        <source>Record a resident&apos;s exit.</source>
        <translation>تسجيل مغادرة مستفيد.</translation>
    </message>
    <message>
        <source>Transfer a resident to another institution.</source>
        <translation>نقل مستفيد إلى مؤسسة أخرى.</translation>
    </message>
    <message>
        <source>The receiving institution.</source>
        <translation>المؤسسة المستقبِلة.</translation>
    </message>
    <message>
        <source>Ministry hub “%1” set up in %2.</source>
        <translation>تمت تهيئة المنصة المركزية للوزارة «%1» في %2.</translation>
    </message>
    <message>
        <source>Site “%1” set up in %2.</source>
        <translation>تمت تهيئة الموقع «%1» في %2.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n residents</source>
        <translation>
            <numerusform>تمت إضافة %n مستفيد</numerusform>
            <numerusform>تمت إضافة %n مستفيد</numerusform>
            <numerusform>تمت إضافة %n مستفيدين</numerusform>
            <numerusform>تمت إضافة %n مستفيدين</numerusform>
            <numerusform>تمت إضافة %n مستفيدًا</numerusform>
            <numerusform>تمت إضافة %n مستفيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation>
            <numerusform>%n مؤسسة</numerusform>
            <numerusform>%n مؤسسة</numerusform>
            <numerusform>%n مؤسستين</numerusform>
            <numerusform>%n مؤسسات</numerusform>
            <numerusform>%n مؤسسة</numerusform>
            <numerusform>%n مؤسسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presence marks</source>
        <translation>
            <numerusform>%n تسجيل حضور</numerusform>
            <numerusform>%n تسجيل حضور</numerusform>
            <numerusform>%n تسجيلي حضور</numerusform>
            <numerusform>%n تسجيلات حضور</numerusform>
            <numerusform>%n تسجيل حضور</numerusform>
            <numerusform>%n تسجيل حضور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school results</source>
        <translation>
            <numerusform>%n نتيجة دراسية</numerusform>
            <numerusform>%n نتيجة دراسية</numerusform>
            <numerusform>%n نتيجتين دراسيتين</numerusform>
            <numerusform>%n نتائج دراسية</numerusform>
            <numerusform>%n نتيجة دراسية</numerusform>
            <numerusform>%n نتيجة دراسية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثتين</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Set up a new database for a site or the ministry hub.</source>
        <translation>تهيئة قاعدة بيانات جديدة لموقع أو للمنصة المركزية للوزارة.</translation>
    </message>
    <message>
        <source>The site&apos;s name.</source>
        <translation>اسم الموقع.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Set up the ministry hub instead of a site.</source>
        <translation>تهيئة المنصة المركزية للوزارة بدلًا من موقع.</translation>
    </message>
    <message>
        <source>Kind of the site&apos;s institution: %1.</source>
        <translation>نوع مؤسسة الموقع: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Places in the site&apos;s institution (default 60).</source>
        <translation>عدد الأماكن في مؤسسة الموقع (افتراضيًا 60).</translation>
    </message>
    <message>
        <source>The site&apos;s region.</source>
        <translation>جهة الموقع.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>The site is not an institution (an inspector&apos;s laptop, an office).</source>
        <translation>الموقع ليس مؤسسة (حاسوب محمول لمفتش، مكتب).</translation>
    </message>
    <message>
        <source>Add a realistic, reproducible demo data set.</source>
        <translation>إضافة مجموعة بيانات تجريبية واقعية وقابلة لإعادة الإنتاج.</translation>
    </message>
    <message>
        <source>How many residents (default 100).</source>
        <translation>عدد المستفيدين (افتراضيًا 100).</translation>
    </message>
    <message>
        <source>How many institutions, on the ministry hub (default 1).</source>
        <translation>عدد المؤسسات، في المنصة المركزية للوزارة (افتراضيًا 1).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>م</translation>
    </message>
    <message>
        <source>The seed; the same seed gives the same data.</source>
        <translation>البذرة؛ البذرة نفسها تعطي البيانات نفسها.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>Days of presence marks before today (default 3).</source>
        <translation>عدد أيام تسجيل الحضور السابقة لليوم (افتراضيًا 3).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>List the institutions.</source>
        <translation>عرض لائحة المؤسسات.</translation>
    </message>
    <message>
        <source>Add an institution.</source>
        <translation>إضافة مؤسسة.</translation>
    </message>
    <message>
        <source>Its name.</source>
        <translation>اسمها.</translation>
    </message>
    <message>
        <source>Its name in Latin script.</source>
        <translation>اسمها بالحروف اللاتينية.</translation>
    </message>
    <message>
        <source>Its kind: %1.</source>
        <translation>نوعها: %1.</translation>
    </message>
    <message>
        <source>Its number of places.</source>
        <translation>عدد أماكنها.</translation>
    </message>
    <message>
        <source>Its region.</source>
        <translation>جهتها.</translation>
    </message>
    <message>
        <source>Its province.</source>
        <translation>إقليمها.</translation>
    </message>
    <message>
        <source>PROVINCE</source>
        <translation>الإقليم</translation>
    </message>
    <message>
        <source>Usage: riaya-cli --db PATH %1 [options] %2</source>
        <translation>الاستعمال: riaya-cli --db المسار %1 [خيارات] %2</translation>
    </message>
    <message>
        <source>The institution (default the site&apos;s own).</source>
        <translation>المؤسسة (افتراضيًا مؤسسة الموقع).</translation>
    </message>
    <message>
        <source>Record an incident in an institution.</source>
        <translation>تسجيل حادثة في مؤسسة.</translation>
    </message>
    <message>
        <source>The kind of incident: %1.</source>
        <translation>نوع الحادثة: %1.</translation>
    </message>
    <message>
        <source>When it happened, YYYY-MM-DD (default today).</source>
        <translation>تاريخ وقوعها بالصيغة YYYY-MM-DD (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>وصف ما وقع.</translation>
    </message>
    <message>
        <source>What was done about it.</source>
        <translation>الإجراءات المتخذة.</translation>
    </message>
    <message>
        <source>Who was told (person or authority).</source>
        <translation>من تم إبلاغه (شخص أو سلطة).</translation>
    </message>
    <message>
        <source>A resident concerned; repeat the option for several.</source>
        <translation>مستفيد معني بالحادثة؛ كرِّر الخيار لتحديد عدة مستفيدين.</translation>
    </message>
    <message>
        <source>List an institution&apos;s incidents, newest first.</source>
        <translation>عرض لائحة حوادث مؤسسة، من الأحدث إلى الأقدم.</translation>
    </message>
    <message>
        <source>Only from this day, YYYY-MM-DD.</source>
        <translation>ابتداءً من هذا اليوم فقط، بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only up to this day, YYYY-MM-DD.</source>
        <translation>إلى غاية هذا اليوم فقط، بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a month; write YYYY-MM.</source>
        <translation>القيمة «%1» ليست شهرًا؛ اكتب الشهر بالصيغة YYYY-MM.</translation>
    </message>
    <message>
        <source>This database has no institution of its own; name one with --institution ID.</source>
        <translation>ليست لقاعدة البيانات هذه مؤسسة خاصة بها؛ حدِّد مؤسسة بواسطة --institution المعرّف.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Mark one resident with --resident ID --state STATE, or every resident not yet marked with --all-present.</source>
        <translation>سجِّل حضور مستفيد واحد بواسطة --resident المعرّف --state الحالة، أو جميع المستفيدين غير المسجَّلين بعد بواسطة --all-present.</translation>
    </message>
    <message>
        <source>Name the resident with --resident ID and the state with --state STATE.</source>
        <translation>حدِّد المستفيد بواسطة --resident المعرّف والحالة بواسطة --state الحالة.</translation>
    </message>
    <message numerus="yes">
        <source>%n residents marked present.</source>
        <translation>
            <numerusform>سُجِّل حضور %n مستفيد.</numerusform>
            <numerusform>سُجِّل حضور %n مستفيد.</numerusform>
            <numerusform>سُجِّل حضور %n مستفيدَين.</numerusform>
            <numerusform>سُجِّل حضور %n مستفيدين.</numerusform>
            <numerusform>سُجِّل حضور %n مستفيدًا.</numerusform>
            <numerusform>سُجِّل حضور %n مستفيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the resident with --resident ID.</source>
        <translation>حدِّد المستفيد بواسطة --resident المعرّف.</translation>
    </message>
    <message numerus="yes">
        <source>Present on %1% of %n marks.</source>
        <translation>
            <numerusform>نسبة الحضور %1% من أصل %n تسجيل.</numerusform>
            <numerusform>نسبة الحضور %1% من أصل %n تسجيل.</numerusform>
            <numerusform>نسبة الحضور %1% من أصل %n تسجيلَين.</numerusform>
            <numerusform>نسبة الحضور %1% من أصل %n تسجيلات.</numerusform>
            <numerusform>نسبة الحضور %1% من أصل %n تسجيلًا.</numerusform>
            <numerusform>نسبة الحضور %1% من أصل %n تسجيل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default today).</source>
        <translation>اليوم المعني بالصيغة YYYY-MM-DD (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>Show a day&apos;s presence sheet: the residents present and their marks.</source>
        <translation>عرض ورقة الحضور ليوم معيّن: المستفيدون المقيمون وتسجيلات حضورهم.</translation>
    </message>
    <message>
        <source>Mark a resident&apos;s presence for a day, or every resident not yet marked as present.</source>
        <translation>تسجيل حضور مستفيد ليوم معيّن، أو تسجيل جميع المستفيدين غير المسجَّلين بعد حاضرين.</translation>
    </message>
    <message>
        <source>The resident to mark.</source>
        <translation>المستفيد المراد تسجيل حضوره.</translation>
    </message>
    <message>
        <source>The state: %1.</source>
        <translation>الحالة: %1.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>A note on the mark (kept if not given).</source>
        <translation>ملاحظة على التسجيل (تبقى الملاحظة السابقة إذا لم تُحدَّد).</translation>
    </message>
    <message>
        <source>Mark every resident present on the sheet and not yet marked as present.</source>
        <translation>تسجيل جميع المستفيدين الواردين في الورقة وغير المسجَّلين بعد حاضرين.</translation>
    </message>
    <message>
        <source>Show one resident&apos;s presence marks for a month.</source>
        <translation>عرض تسجيلات حضور مستفيد خلال شهر.</translation>
    </message>
    <message>
        <source>The resident.</source>
        <translation>المستفيد.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default this month).</source>
        <translation>الشهر بالصيغة YYYY-MM (افتراضيًا الشهر الحالي).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Count an institution&apos;s presence marks of a month, per state.</source>
        <translation>إحصاء تسجيلات الحضور في مؤسسة خلال شهر، حسب الحالة.</translation>
    </message>
    <message>
        <source>The school result was not saved.</source>
        <translation>لم يتم حفظ النتيجة الدراسية.</translation>
    </message>
    <message>
        <source>“%1” is not a number; write an average such as 12.5.</source>
        <translation>القيمة «%1» ليست عددًا؛ اكتب معدلًا مثل 12.5.</translation>
    </message>
    <message>
        <source>%1, term %2: %3  %4</source>
        <translation>السنة الدراسية %1، الدورة %2: %3  %4</translation>
    </message>
    <message>
        <source>Name the school year with --year, for example --year 2025-2026.</source>
        <translation>حدِّد السنة الدراسية بواسطة --year، مثلًا --year 2025-2026.</translation>
    </message>
    <message numerus="yes">
        <source>%1% of %n residents passed.</source>
        <translation>
            <numerusform>نسبة النجاح %1% من أصل %n مستفيد.</numerusform>
            <numerusform>نسبة النجاح %1% من أصل %n مستفيد.</numerusform>
            <numerusform>نسبة النجاح %1% من أصل %n مستفيدَين.</numerusform>
            <numerusform>نسبة النجاح %1% من أصل %n مستفيدين.</numerusform>
            <numerusform>نسبة النجاح %1% من أصل %n مستفيدًا.</numerusform>
            <numerusform>نسبة النجاح %1% من أصل %n مستفيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a resident&apos;s school result for a term (replaces the one recorded).</source>
        <translation>تسجيل النتيجة الدراسية لمستفيد في فصل معيّن (تحلّ محلّ النتيجة المسجَّلة سابقًا).</translation>
    </message>
    <message>
        <source>The school year, for example 2025-2026.</source>
        <translation>السنة الدراسية، مثلًا 2025-2026.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>The term: 1, 2 or 3.</source>
        <translation>الدورة: 1 أو 2 أو 3.</translation>
    </message>
    <message>
        <source>The term&apos;s average, from 0 to 20.</source>
        <translation>معدل الدورة، من 0 إلى 20.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>The year&apos;s decision: %1.</source>
        <translation>قرار نهاية السنة: %1.</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>List a resident&apos;s school results by year and term.</source>
        <translation>عرض لائحة النتائج الدراسية لمستفيد حسب السنة والدورة.</translation>
    </message>
    <message>
        <source>Count the year&apos;s decisions of the residents present in an institution.</source>
        <translation>إحصاء قرارات نهاية السنة للمستفيدين المقيمين بمؤسسة.</translation>
    </message>
    <message>
        <source>The ministry hub is not set up from a profile.</source>
        <translation>لا تُهيَّأ المنصة المركزية للوزارة انطلاقًا من ملف تعريف.</translation>
    </message>
    <message>
        <source>The ministry&apos;s profile file, to trust the ministry from the start.</source>
        <translation>ملف تعريف الوزارة، للوثوق بالوزارة منذ البداية.</translation>
    </message>
    <message>
        <source>This command needs the keys&apos; passphrase: --passphrase-file FILE or the environment variable RIAYA_PASSPHRASE.</source>
        <translation>يحتاج هذا الأمر إلى عبارة مرور المفاتيح: --passphrase-file الملف أو متغيّر البيئة RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Give the new keys&apos; passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE.</source>
        <translation>حدِّد عبارة مرور المفاتيح الجديدة بواسطة --passphrase-file الملف أو RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Keys created. Fingerprint: %1</source>
        <translation>تم إنشاء المفاتيح. البصمة: %1</translation>
    </message>
    <message>
        <source>Site: %1 (%2)</source>
        <translation>الموقع: %1 (%2)</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>البصمة: %1</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>حدِّد الملف المراد كتابته بواسطة --out الملف.</translation>
    </message>
    <message>
        <source>Only the ministry hub exports a profile; a site exports its identity with “keys export”.</source>
        <translation>لا يُصدِّر ملفَّ التعريف إلا المنصةُ المركزية للوزارة؛ أما الموقع فيُصدِّر هويته بالأمر «keys export».</translation>
    </message>
    <message>
        <source>The ministry hub exports its profile with “profile export”.</source>
        <translation>تُصدِّر المنصة المركزية للوزارة ملف تعريفها بالأمر «profile export».</translation>
    </message>
    <message>
        <source>Written to %1. Fingerprint: %2</source>
        <translation>تمت الكتابة في %1. البصمة: %2</translation>
    </message>
    <message>
        <source>Now trusted: %1 (%2). Compare this fingerprint with the one shown at %1: %3</source>
        <translation>أصبح موثوقًا الآن: %1 (%2). قارن هذه البصمة بالبصمة المعروضة لدى %1: %3</translation>
    </message>
    <message>
        <source>Name the bundle to write with --out FILE.</source>
        <translation>حدِّد حزمة المزامنة المراد كتابتها بواسطة --out الملف.</translation>
    </message>
    <message>
        <source>Name the site the bundle is for with --to SITE_ID.</source>
        <translation>حدِّد الموقع الذي تُوجَّه إليه حزمة المزامنة بواسطة --to معرّف_الموقع.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 written to %2: %n records.</source>
        <translation>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجل.</numerusform>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجل.</numerusform>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجلان.</numerusform>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجلات.</numerusform>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجلًا.</numerusform>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: intact, signed by %2, bundle %3, %n records.</source>
        <translation>
            <numerusform>الملف %1: سليم، موقَّع من %2، الحزمة %3، %n سجل.</numerusform>
            <numerusform>الملف %1: سليم، موقَّع من %2، الحزمة %3، %n سجل.</numerusform>
            <numerusform>الملف %1: سليم، موقَّع من %2، الحزمة %3، %n سجلان.</numerusform>
            <numerusform>الملف %1: سليم، موقَّع من %2، الحزمة %3، %n سجلات.</numerusform>
            <numerusform>الملف %1: سليم، موقَّع من %2، الحزمة %3، %n سجلًا.</numerusform>
            <numerusform>الملف %1: سليم، موقَّع من %2، الحزمة %3، %n سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported; nothing changed.</source>
        <translation>الملف %1: سبق استيراده؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged, %5 conflicts kept for review.</source>
        <translation>الملف %1: سجلات جديدة: %2، معدَّلة: %3، دون تغيير: %4، تعارضات محفوظة للمراجعة: %5.</translation>
    </message>
    <message>
        <source>Bundles not received yet from %1: %2.</source>
        <translation>حزم المزامنة التي لم تُستلَم بعد من %1: %2.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Ministry “%1” trusted. Its fingerprint: %2</source>
        <translation>أصبحت الوزارة «%1» موثوقة. بصمتها: %2</translation>
    </message>
    <message>
        <source>Make this site&apos;s keys, sealed under the passphrase.</source>
        <translation>إنشاء مفاتيح هذا الموقع، محميّةً بعبارة المرور.</translation>
    </message>
    <message>
        <source>Show this site&apos;s id and key fingerprint.</source>
        <translation>عرض معرّف هذا الموقع وبصمة مفتاحه.</translation>
    </message>
    <message>
        <source>Write this site&apos;s public identity for the ministry to enrol.</source>
        <translation>كتابة الهوية العامة لهذا الموقع لكي تسجّله الوزارة.</translation>
    </message>
    <message>
        <source>Ministry: trust a site from its identity file.</source>
        <translation>الوزارة: الوثوق بموقع انطلاقًا من ملف هويته.</translation>
    </message>
    <message>
        <source>List the sites this database trusts.</source>
        <translation>عرض قائمة المواقع التي تثق بها قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Ministry: write the signed profile sites are set up from.</source>
        <translation>الوزارة: كتابة ملف التعريف الموقَّع الذي تُهيَّأ منه المواقع.</translation>
    </message>
    <message>
        <source>Site: trust the ministry of a profile file.</source>
        <translation>الموقع: الوثوق بالوزارة الواردة في ملف تعريف.</translation>
    </message>
    <message>
        <source>Write a signed, encrypted bundle of this database&apos;s changes.</source>
        <translation>كتابة حزمة مزامنة موقَّعة ومشفَّرة تضم تعديلات قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>The recipient site (default: the ministry).</source>
        <translation>الموقع المستلِم (افتراضيًا: الوزارة).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Check bundles without applying anything.</source>
        <translation>التحقق من حزم المزامنة دون تطبيق أي شيء.</translation>
    </message>
    <message>
        <source>Verify and apply bundles, each one whole or not at all.</source>
        <translation>التحقق من حزم المزامنة وتطبيقها، كل حزمة كاملةً أو لا شيء منها.</translation>
    </message>
    <message numerus="yes">
        <source>%n residents look like children registered at another site; they wait for a clerk to decide, nothing was merged.</source>
        <translation>
            <numerusform>%n مستفيد يشبه أطفالًا مسجَّلين في موقع آخر؛ ينتظر قرار موظف الوزارة، ولم يُدمج أي شيء.</numerusform>
            <numerusform>%n مستفيد يشبه طفلًا مسجَّلًا في موقع آخر؛ ينتظر قرار موظف الوزارة، ولم يُدمج أي شيء.</numerusform>
            <numerusform>%n مستفيدان يشبهان أطفالًا مسجَّلين في موقع آخر؛ ينتظران قرار موظف الوزارة، ولم يُدمج أي شيء.</numerusform>
            <numerusform>%n مستفيدين يشبهون أطفالًا مسجَّلين في موقع آخر؛ ينتظرون قرار موظف الوزارة، ولم يُدمج أي شيء.</numerusform>
            <numerusform>%n مستفيدًا يشبهون أطفالًا مسجَّلين في موقع آخر؛ ينتظرون قرار موظف الوزارة، ولم يُدمج أي شيء.</numerusform>
            <numerusform>%n مستفيد يشبهون أطفالًا مسجَّلين في موقع آخر؛ ينتظرون قرار موظف الوزارة، ولم يُدمج أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the versions that lost a conflict at import, for review.</source>
        <translation>عرض النسخ التي خسرت تعارضًا عند الاستيراد، لمراجعتها.</translation>
    </message>
    <message>
        <source>List residents that look like a child registered at another site.</source>
        <translation>عرض المستفيدين الذين يشبهون طفلًا مسجَّلًا في موقع آخر.</translation>
    </message>
    <message>
        <source>Say which version stays with --take kept or --take lost.</source>
        <translation>حدِّد النسخة التي تبقى بالخيار --take kept أو --take lost.</translation>
    </message>
    <message>
        <source>Name the conflict by its number (see “conflicts list”).</source>
        <translation>حدِّد التعارض برقمه (انظر «conflicts list»).</translation>
    </message>
    <message>
        <source>Name the pair by its number (see “duplicates list”).</source>
        <translation>حدِّد الزوج برقمه (انظر «duplicates list»).</translation>
    </message>
    <message>
        <source>Decide a conflict: keep the version in force, or take the one that lost.</source>
        <translation>البتّ في تعارض: إبقاء النسخة المعمول بها أو اعتماد النسخة الخاسرة.</translation>
    </message>
    <message>
        <source>kept or lost.</source>
        <translation>kept (المعمول بها) أو lost (الخاسرة).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Record that a probable duplicate pair are two different children.</source>
        <translation>تسجيل أن زوج الملفات المكرَّرة المحتملة يخص طفلين مختلفين.</translation>
    </message>
    <message>
        <source>A file holding the passphrase of the site&apos;s keys (or set RIAYA_PASSPHRASE).</source>
        <translation>ملف يحتوي عبارة المرور لمفاتيح الموقع (أو حدِّد RIAYA_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>شهر %1</translation>
    </message>
    <message>
        <source>In the house on the first day: %1 (capacity %2)</source>
        <translation>في الدار في اليوم الأول: %1 (الطاقة الاستيعابية %2)</translation>
    </message>
    <message>
        <source>Admissions: %1</source>
        <translation>القبولات: %1</translation>
    </message>
    <message>
        <source>Exits: %1 (left %2, transferred %3, placed in a family %4)</source>
        <translation>المغادرات: %1 (غادر %2، نُقل %3، أُودع لدى أسرة %4)</translation>
    </message>
    <message>
        <source>In the house after the last day: %1</source>
        <translation>في الدار بعد اليوم الأخير: %1</translation>
    </message>
    <message>
        <source>Presence marks: %1 present, %2 absent, %3 on leave, %4 sick (rate %5%)</source>
        <translation>تسجيلات الحضور: %1 حاضر، %2 غائب، %3 في رخصة، %4 مريض (النسبة %5%)</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>الحوادث: %1</translation>
    </message>
    <message>
        <source>Approved by %1; the next bundle carries these figures.</source>
        <translation>صادق عليها %1؛ ستحمل الحزمة التالية هذه الأرقام.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: the last one that ended).</source>
        <translation>الشهر YYYY-MM (افتراضيًا: آخر شهر انتهى).</translation>
    </message>
    <message>
        <source>Show a house&apos;s figures for a month that has ended.</source>
        <translation>عرض أرقام الدار لشهر انتهى.</translation>
    </message>
    <message>
        <source>Approve a month&apos;s figures; they travel in the next bundle.</source>
        <translation>المصادقة على أرقام شهر؛ تُرسل في الحزمة التالية.</translation>
    </message>
    <message>
        <source>Send the new identity (“keys export”) to the ministry, which enrols it after revoking the old key.</source>
        <translation>أرسل الهوية الجديدة («keys export») إلى الوزارة، فتسجلها بعد إلغاء المفتاح القديم.</translation>
    </message>
    <message>
        <source>Name the site and say why: keys revoke SITE --reason TEXT.</source>
        <translation>حدِّد الموقع والسبب: keys revoke SITE --reason TEXT.</translation>
    </message>
    <message>
        <source>The key of %1 is revoked: its bundles are refused from now on, and the next reference bundle tells every site.</source>
        <translation>أُلغي مفتاح %1: تُرفض حزمه من الآن، وستُبلغ حزمة المرجع التالية كل المواقع.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged, %5 conflicts.</source>
        <translation>%1: %2 جديد، %3 معدَّل، %4 دون تغيير، %5 تعارض.</translation>
    </message>
    <message>
        <source>This was a preview: nothing was applied.</source>
        <translation>كانت هذه معاينة: لم يُطبَّق شيء.</translation>
    </message>
    <message>
        <source>Name the pair by its number and the file that stays: duplicates merge ID --keep RESIDENT_ID.</source>
        <translation>حدِّد الزوج برقمه والملف الذي يبقى: duplicates merge ID --keep RESIDENT_ID.</translation>
    </message>
    <message>
        <source>Merged: the file %1 stays and shows the records of both.</source>
        <translation>تم الدمج: يبقى الملف %1 ويعرض سجلات الملفين.</translation>
    </message>
    <message>
        <source>Replace existing keys (after the ministry revoked them).</source>
        <translation>استبدال المفاتيح الحالية (بعد أن ألغتها الوزارة).</translation>
    </message>
    <message>
        <source>Ministry: refuse a site&apos;s key from now on, everywhere.</source>
        <translation>الوزارة: رفض مفتاح موقع من الآن وفي كل مكان.</translation>
    </message>
    <message>
        <source>Why the key is revoked.</source>
        <translation>سبب إلغاء المفتاح.</translation>
    </message>
    <message>
        <source>Merge a probable duplicate pair: one child, one file.</source>
        <translation>دمج زوج مكرر محتمل: طفل واحد، ملف واحد.</translation>
    </message>
    <message>
        <source>The resident whose file stays.</source>
        <translation>المستفيد الذي يبقى ملفه.</translation>
    </message>
    <message>
        <source>Show what each bundle would change, and apply nothing.</source>
        <translation>عرض ما ستغيره كل حزمة دون تطبيق أي شيء.</translation>
    </message>
    <message>
        <source>Act as this user (required on a database with user accounts).</source>
        <translation>العمل باسم هذا المستخدم (مطلوب في قاعدة بيانات فيها حسابات).</translation>
    </message>
    <message>
        <source>A file holding the user&apos;s password (or set RIAYA_PASSWORD).</source>
        <translation>ملف يحوي كلمة مرور المستخدم (أو عيّن RIAYA_PASSWORD).</translation>
    </message>
    <message>
        <source>%1 has user accounts: name yourself with --user NAME (the password from --password-file FILE or RIAYA_PASSWORD).</source>
        <translation>في %1 حسابات مستخدمين: عرّف بنفسك بـ ‎--user NAME (وكلمة المرور من ‎--password-file FILE أو RIAYA_PASSWORD).</translation>
    </message>
    <message>
        <source>Give the password of %1 with --password-file FILE or RIAYA_PASSWORD.</source>
        <translation>أعط كلمة مرور %1 بـ ‎--password-file FILE أو RIAYA_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Give the new password with --new-password-file FILE or RIAYA_NEW_PASSWORD.</source>
        <translation>أعط كلمة المرور الجديدة بـ ‎--new-password-file FILE أو RIAYA_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Name the account: users add NAME --full-name TEXT --roles ROLE,…</source>
        <translation>سمِّ الحساب: users add NAME --full-name TEXT --roles ROLE,…</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>أُنشئ الحساب %1.</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (معطَّل)</translation>
    </message>
    <message>
        <source>Name the account.</source>
        <translation>سمِّ الحساب.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>A file holding the new password (or set RIAYA_NEW_PASSWORD).</source>
        <translation>ملف يحوي كلمة المرور الجديدة (أو عيّن RIAYA_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>Administrator: create an account with its roles.</source>
        <translation>المسؤول: إنشاء حساب بأدواره.</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>اسم الشخص.</translation>
    </message>
    <message>
        <source>staff, supervisor, inspector, social_worker, clerk, administrator; several with commas.</source>
        <translation>staff, supervisor, inspector, social_worker, clerk, administrator؛ عدة أدوار تفصلها فواصل.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLES</translation>
    </message>
    <message>
        <source>Administrator: list the accounts.</source>
        <translation>المسؤول: عرض الحسابات.</translation>
    </message>
    <message>
        <source>Change your own password (given with --user).</source>
        <translation>تغيير كلمة مرورك (المحدَّد بـ ‎--user).</translation>
    </message>
    <message>
        <source>Administrator: set a new password for someone who forgot theirs.</source>
        <translation>المسؤول: تعيين كلمة مرور جديدة لمن نسي كلمته.</translation>
    </message>
    <message>
        <source>Administrator: stop an account from signing in.</source>
        <translation>المسؤول: منع حساب من الدخول.</translation>
    </message>
    <message>
        <source>Administrator: let a disabled account sign in again.</source>
        <translation>المسؤول: السماح لحساب معطَّل بالدخول من جديد.</translation>
    </message>
    <message>
        <source>Administrator: set an account&apos;s roles.</source>
        <translation>المسؤول: تحديد أدوار حساب.</translation>
    </message>
    <message>
        <source>The roles, with commas.</source>
        <translation>الأدوار مفصولة بفواصل.</translation>
    </message>
    <message>
        <source>Administrator: lock the window after this many idle minutes.</source>
        <translation>المسؤول: قفل النافذة بعد هذا العدد من دقائق عدم الاستعمال.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>كُتبت النسخة الاحتياطية في %1 (%2).</translation>
    </message>
    <message>
        <source>THE AUDIT LOG IS BROKEN: %1</source>
        <translation>سجل التدقيق معطوب: %1</translation>
    </message>
    <message>
        <source>Name the backup and the database: --db PATH backup restore FILE.</source>
        <translation>حدِّد النسخة الاحتياطية وقاعدة البيانات: ‎--db PATH backup restore FILE.</translation>
    </message>
    <message>
        <source>The backup opens with the keys&apos; passphrase: --passphrase-file FILE or RIAYA_PASSPHRASE.</source>
        <translation>تُفتح النسخة الاحتياطية بعبارة مرور المفاتيح: ‎--passphrase-file FILE أو RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>استُرجعت %1 من %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>قاعدة البيانات المستبدلة محفوظة باسم %1.</translation>
    </message>
    <message>
        <source>Backups go to %1; %2 of each kind are kept.</source>
        <translation>تُحفظ النسخ الاحتياطية في %1؛ ويُحتفظ بـ%2 من كل نوع.</translation>
    </message>
    <message>
        <source>The backup folder (a USB stick will do).</source>
        <translation>مجلد النسخ الاحتياطية (يصلح مفتاح USB).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>How many backups of each kind to keep.</source>
        <translation>عدد النسخ المحتفظ بها من كل نوع.</translation>
    </message>
    <message>
        <source>Write an encrypted backup now; the oldest beyond --keep go.</source>
        <translation>كتابة نسخة احتياطية مشفرة الآن؛ تُحذف الأقدم بعد عدد ‎--keep.</translation>
    </message>
    <message>
        <source>List the backups of a folder.</source>
        <translation>عرض النسخ الاحتياطية في مجلد.</translation>
    </message>
    <message>
        <source>Check a backup, keep the current database aside, put the backup in place.</source>
        <translation>التحقق من نسخة احتياطية، وحفظ قاعدة البيانات الحالية جانبًا، ووضع النسخة مكانها.</translation>
    </message>
    <message>
        <source>Set where backups go and how many are kept.</source>
        <translation>تحديد مكان النسخ الاحتياطية وعدد ما يُحتفظ به.</translation>
    </message>
    <message>
        <source>Name the %1.</source>
        <translation>حدِّد %1.</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message>
        <source>template file</source>
        <translation>ملف النموذج</translation>
    </message>
    <message>
        <source>template</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>حدِّد الملف المراد كتابته بواسطة --out.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>التفتيش</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of answers by item.</source>
        <translation>الملف %1 ليس كائن JSON يضم الإجابات حسب البند.</translation>
    </message>
    <message>
        <source>Give --item and --value, or --file with several answers.</source>
        <translation>حدِّد --item و--value، أو --file لعدة إجابات.</translation>
    </message>
    <message>
        <source>Answered %1 of %2 items; score so far: %3</source>
        <translation>تمت الإجابة عن %1 من أصل %2 بندًا؛ النتيجة حتى الآن: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا توجد</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>النتيجة الإجمالية: %1</translation>
    </message>
    <message>
        <source>The report is written in ar, fr or en, not “%1”.</source>
        <translation>لغة التقرير هي ar أو fr أو en، وليست «%1».</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>الإجراء التصحيحي</translation>
    </message>
    <message>
        <source>List the standards documents and their editions.</source>
        <translation>عرض لائحة وثائق المعايير وإصداراتها.</translation>
    </message>
    <message>
        <source>Publish a new edition from a template file (the ministry).</source>
        <translation>نشر إصدار جديد انطلاقًا من ملف نموذج (الوزارة).</translation>
    </message>
    <message>
        <source>Write an edition as a template file, to edit it.</source>
        <translation>كتابة إصدار في ملف نموذج، لتعديله.</translation>
    </message>
    <message>
        <source>Start the draft of an inspection.</source>
        <translation>بدء مسودة تفتيش.</translation>
    </message>
    <message>
        <source>The edition of the standards (default the newest).</source>
        <translation>إصدار وثيقة المعايير (افتراضيًا أحدث إصدار).</translation>
    </message>
    <message>
        <source>The day of the visit, YYYY-MM-DD (default today).</source>
        <translation>يوم الزيارة بالصيغة YYYY-MM-DD (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>The inspector&apos;s name (default the user signed in).</source>
        <translation>اسم المفتش (افتراضيًا المستخدم المتصل).</translation>
    </message>
    <message>
        <source>The earlier inspection whose actions this visit checks.</source>
        <translation>التفتيش السابق الذي تتحقق هذه الزيارة من إجراءاته.</translation>
    </message>
    <message>
        <source>Answer items of a draft inspection.</source>
        <translation>الإجابة عن بنود تفتيش في طور المسودة.</translation>
    </message>
    <message>
        <source>The item&apos;s key, e.g. safety.1.2.</source>
        <translation>رمز البند، مثلًا safety.1.2.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>compliant, partly, not_compliant, na, or a number on the item&apos;s scale.</source>
        <translation>compliant (مطابق) أو partly (مطابق جزئيا) أو not_compliant (غير مطابق) أو na (لا ينطبق)، أو عدد على سلّم البند.</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>A note on the item.</source>
        <translation>ملاحظة على البند.</translation>
    </message>
    <message>
        <source>The evidence seen.</source>
        <translation>الإثبات المُعايَن.</translation>
    </message>
    <message>
        <source>A JSON file of answers by item key, saved together.</source>
        <translation>ملف JSON يضم الإجابات حسب رمز البند، تُحفظ دفعة واحدة.</translation>
    </message>
    <message>
        <source>Write a finding in a draft inspection.</source>
        <translation>تدوين ملاحظة في تفتيش في طور المسودة.</translation>
    </message>
    <message>
        <source>What was found.</source>
        <translation>ما تمت معاينته.</translation>
    </message>
    <message>
        <source>The item it is about, if one.</source>
        <translation>البند المعني، إن وُجد.</translation>
    </message>
    <message>
        <source>minor, major (default) or critical.</source>
        <translation>minor (بسيطة) أو major (كبيرة، افتراضيًا) أو critical (حرجة).</translation>
    </message>
    <message>
        <source>Finalize a draft; it cannot change afterwards.</source>
        <translation>اعتماد مسودة؛ لا يمكن تعديلها بعد ذلك.</translation>
    </message>
    <message>
        <source>Start a corrected version of a finalized inspection.</source>
        <translation>بدء نسخة مصحَّحة من تفتيش نهائي.</translation>
    </message>
    <message>
        <source>Why it is corrected.</source>
        <translation>سبب التصحيح.</translation>
    </message>
    <message>
        <source>Throw a draft inspection away.</source>
        <translation>حذف مسودة تفتيش.</translation>
    </message>
    <message>
        <source>List inspections (the newest version of each), newest visit first.</source>
        <translation>عرض لائحة عمليات التفتيش (أحدث نسخة من كل منها)، من أحدث زيارة إلى أقدمها.</translation>
    </message>
    <message>
        <source>Only this institution&apos;s.</source>
        <translation>عمليات تفتيش هذه المؤسسة فقط.</translation>
    </message>
    <message>
        <source>Show an inspection&apos;s scores per section, findings and actions.</source>
        <translation>عرض نتائج تفتيش حسب المحور، وملاحظاته وإجراءاته.</translation>
    </message>
    <message>
        <source>Write an inspection&apos;s report as a PDF.</source>
        <translation>كتابة تقرير تفتيش بصيغة PDF.</translation>
    </message>
    <message>
        <source>The report&apos;s language: ar, fr or en (default that of messages).</source>
        <translation>لغة التقرير: ar أو fr أو en (افتراضيًا لغة الرسائل).</translation>
    </message>
    <message>
        <source>Raise a corrective action from a finding.</source>
        <translation>إنشاء إجراء تصحيحي انطلاقًا من ملاحظة.</translation>
    </message>
    <message>
        <source>The inspection.</source>
        <translation>التفتيش.</translation>
    </message>
    <message>
        <source>The finding it answers.</source>
        <translation>الملاحظة التي يعالجها.</translation>
    </message>
    <message>
        <source>What must be done.</source>
        <translation>ما يجب القيام به.</translation>
    </message>
    <message>
        <source>Who answers for it.</source>
        <translation>المسؤول عنه.</translation>
    </message>
    <message>
        <source>By when, YYYY-MM-DD.</source>
        <translation>الأجل بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>List corrective actions, the earliest due first.</source>
        <translation>عرض لائحة الإجراءات التصحيحية، من أقرب أجل إلى أبعده.</translation>
    </message>
    <message>
        <source>Only this inspection&apos;s.</source>
        <translation>إجراءات هذا التفتيش فقط.</translation>
    </message>
    <message>
        <source>Only those past their due date.</source>
        <translation>الإجراءات التي تجاوزت أجلها فقط.</translation>
    </message>
    <message>
        <source>Only those open or in progress.</source>
        <translation>الإجراءات المفتوحة أو قيد الإنجاز فقط.</translation>
    </message>
    <message>
        <source>Move a corrective action on.</source>
        <translation>تغيير حالة إجراء تصحيحي.</translation>
    </message>
    <message>
        <source>open, in_progress, done or verified.</source>
        <translation>open (مفتوح) أو in_progress (قيد الإنجاز) أو done (منجز) أو verified (تم التحقق).</translation>
    </message>
    <message>
        <source>What was seen or done.</source>
        <translation>ما تمت معاينته أو إنجازه.</translation>
    </message>
    <message>
        <source>The follow-up inspection that verified it.</source>
        <translation>التفتيش التتبعي الذي تحقق منه.</translation>
    </message>
    <message>
        <source>The day of the change (default today).</source>
        <translation>يوم التغيير (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>“%1” is not NAME:RELATIONSHIP:BIRTH-YEAR.</source>
        <translation>القيمة «%1» ليست بالصيغة NAME:RELATIONSHIP:BIRTH-YEAR (الاسم:القرابة:سنة الازدياد).</translation>
    </message>
    <message>
        <source>--ages is MIN-MAX in years, e.g. 3-10.</source>
        <translation>يُكتب --ages بالصيغة MIN-MAX بالسنوات (الحد الأدنى-الحد الأقصى)، مثلًا 3-10.</translation>
    </message>
    <message>
        <source>family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>--visits-every is INTERVAL:FIRST-MONTHS:LATER-INTERVAL, e.g. 1:6:3.</source>
        <translation>يُكتب --visits-every بالصيغة INTERVAL:FIRST-MONTHS:LATER-INTERVAL (الفاصل:أشهر الفترة الأولى:الفاصل بعدها)، مثلًا 1:6:3.</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>الإيداع</translation>
    </message>
    <message>
        <source>Active placements: %1</source>
        <translation>الإيداعات الجارية: %1</translation>
    </message>
    <message>
        <source>Overdue visits: %1</source>
        <translation>الزيارات المتأخرة: %1</translation>
    </message>
    <message>
        <source>Register a family at the enquiry stage.</source>
        <translation>تسجيل أسرة في مرحلة الاستفسار.</translation>
    </message>
    <message>
        <source>The family name.</source>
        <translation>اسم الأسرة.</translation>
    </message>
    <message>
        <source>The family name in Latin letters.</source>
        <translation>اسم الأسرة بالحروف اللاتينية.</translation>
    </message>
    <message>
        <source>A head of the family, NAME:RELATIONSHIP:BIRTH-YEAR; repeat for two.</source>
        <translation>رب الأسرة بالصيغة NAME:RELATIONSHIP:BIRTH-YEAR (الاسم:القرابة:سنة الازدياد)؛ كرِّر الخيار لتحديد اثنين.</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>الفرد</translation>
    </message>
    <message>
        <source>Another member, NAME:RELATIONSHIP:BIRTH-YEAR; repeat.</source>
        <translation>فرد آخر بالصيغة NAME:RELATIONSHIP:BIRTH-YEAR (الاسم:القرابة:سنة الازدياد)؛ كرِّر الخيار.</translation>
    </message>
    <message>
        <source>The family&apos;s address.</source>
        <translation>عنوان الأسرة.</translation>
    </message>
    <message>
        <source>The family&apos;s region.</source>
        <translation>جهة الأسرة.</translation>
    </message>
    <message>
        <source>The family&apos;s province.</source>
        <translation>إقليم الأسرة.</translation>
    </message>
    <message>
        <source>The family&apos;s phone number.</source>
        <translation>رقم هاتف الأسرة.</translation>
    </message>
    <message>
        <source>The heads&apos; occupation.</source>
        <translation>مهنة رب الأسرة.</translation>
    </message>
    <message>
        <source>none, low, middle or high.</source>
        <translation>none أو low أو middle أو high (بدون دخل قار، ضعيف، متوسط، مرتفع).</translation>
    </message>
    <message>
        <source>BAND</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>A document received (%1); repeat.</source>
        <translation>وثيقة متوصَّل بها (%1)؛ كرِّر الخيار.</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>How many children it may receive (default 1).</source>
        <translation>عدد الأطفال الذين يمكنها استقبالهم (افتراضيًا 1).</translation>
    </message>
    <message>
        <source>Preferred ages, MIN-MAX.</source>
        <translation>الأعمار المفضَّلة بالصيغة MIN-MAX (الحد الأدنى-الحد الأقصى).</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Preferred sex, F or M.</source>
        <translation>الجنس المفضَّل، F أو M.</translation>
    </message>
    <message>
        <source>The day of the enquiry (default today).</source>
        <translation>يوم الاستفسار (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>List or search the families.</source>
        <translation>عرض لائحة الأسر أو البحث فيها.</translation>
    </message>
    <message>
        <source>Names as typed, in either script.</source>
        <translation>الأسماء كما كُتبت، بالحروف العربية أو اللاتينية.</translation>
    </message>
    <message>
        <source>Only families in this state.</source>
        <translation>الأسر التي لها هذه الحالة فقط.</translation>
    </message>
    <message>
        <source>Show a family with its history, home studies and placements.</source>
        <translation>عرض بيانات أسرة مع مسارها وأبحاثها الاجتماعية وإيداعاتها.</translation>
    </message>
    <message>
        <source>Record a decision on a family.</source>
        <translation>تسجيل قرار بشأن أسرة.</translation>
    </message>
    <message>
        <source>The new state: %1.</source>
        <translation>الحالة الجديدة: %1.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>السبب.</translation>
    </message>
    <message>
        <source>The approval&apos;s number.</source>
        <translation>رقم الاعتماد.</translation>
    </message>
    <message>
        <source>When the approval must be renewed.</source>
        <translation>أجل تجديد الاعتماد.</translation>
    </message>
    <message>
        <source>The day of the decision (default today).</source>
        <translation>يوم القرار (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>Record a home study of a family.</source>
        <translation>تسجيل بحث اجتماعي حول أسرة.</translation>
    </message>
    <message>
        <source>Who made it.</source>
        <translation>من أنجزه.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The day of the study (default today).</source>
        <translation>يوم البحث (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>Place a child with an approved family.</source>
        <translation>إيداع طفل لدى أسرة معتمدة.</translation>
    </message>
    <message>
        <source>The child.</source>
        <translation>الطفل.</translation>
    </message>
    <message>
        <source>The family.</source>
        <translation>الأسرة.</translation>
    </message>
    <message>
        <source>kafala (default) or placement_order.</source>
        <translation>kafala (افتراضيًا، أمر بالكفالة) أو placement_order (أمر بالإيداع).</translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>The decision&apos;s or order&apos;s reference.</source>
        <translation>مرجع الأمر بالكفالة أو الأمر بالإيداع.</translation>
    </message>
    <message>
        <source>When the placement is reviewed.</source>
        <translation>تاريخ مراجعة الإيداع.</translation>
    </message>
    <message>
        <source>Visit plan INTERVAL:FIRST-MONTHS:LATER-INTERVAL in months (default 1:6:3).</source>
        <translation>خطة الزيارات بالصيغة INTERVAL:FIRST-MONTHS:LATER-INTERVAL (الفاصل:أشهر الفترة الأولى:الفاصل بعدها) بالأشهر (افتراضيًا 1:6:3).</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>The first day in the family (default today).</source>
        <translation>اليوم الأول لدى الأسرة (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>End a placement with its outcome.</source>
        <translation>إنهاء إيداع مع تحديد مآله.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>المآل</translation>
    </message>
    <message>
        <source>Why (required for a return).</source>
        <translation>السبب (إلزامي في حالة العودة).</translation>
    </message>
    <message>
        <source>Where a child returning to an institution goes.</source>
        <translation>المؤسسة التي يعود إليها الطفل.</translation>
    </message>
    <message>
        <source>The last day (default today).</source>
        <translation>اليوم الأخير (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>List placements, newest first.</source>
        <translation>عرض لائحة الإيداعات، من الأحدث إلى الأقدم.</translation>
    </message>
    <message>
        <source>Only those not ended.</source>
        <translation>الإيداعات غير المنتهية فقط.</translation>
    </message>
    <message>
        <source>Only this family&apos;s.</source>
        <translation>إيداعات هذه الأسرة فقط.</translation>
    </message>
    <message>
        <source>Only this child&apos;s.</source>
        <translation>إيداعات هذا الطفل فقط.</translation>
    </message>
    <message>
        <source>Record a follow-up visit.</source>
        <translation>تسجيل زيارة تتبع.</translation>
    </message>
    <message>
        <source>Who visited.</source>
        <translation>من قام بالزيارة.</translation>
    </message>
    <message>
        <source>good, fair or poor.</source>
        <translation>good أو fair أو poor (جيدة، متوسطة، سيئة).</translation>
    </message>
    <message>
        <source>How school goes.</source>
        <translation>سير الدراسة.</translation>
    </message>
    <message>
        <source>The child&apos;s health.</source>
        <translation>صحة الطفل.</translation>
    </message>
    <message>
        <source>Concerns seen or heard.</source>
        <translation>المخاوف الملاحَظة أو المبلَّغ عنها.</translation>
    </message>
    <message>
        <source>What happens next.</source>
        <translation>الخطوات المقبلة.</translation>
    </message>
    <message>
        <source>The day of the visit (default today).</source>
        <translation>يوم الزيارة (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>List a placement&apos;s visits.</source>
        <translation>عرض لائحة زيارات إيداع.</translation>
    </message>
    <message>
        <source>List the placements whose follow-up visit is overdue.</source>
        <translation>عرض لائحة الإيداعات التي تأخرت زيارة تتبعها.</translation>
    </message>
    <message>
        <source>The figures of family-based care for the ministry.</source>
        <translation>أرقام التكفل الأسري الموجَّهة إلى الوزارة.</translation>
    </message>
    <message>
        <source>First month, YYYY-MM (default 11 months before --to).</source>
        <translation>الشهر الأول بالصيغة YYYY-MM (افتراضيًا 11 شهرًا قبل --to).</translation>
    </message>
    <message>
        <source>Last month, YYYY-MM (default this month).</source>
        <translation>الشهر الأخير بالصيغة YYYY-MM (افتراضيًا الشهر الحالي).</translation>
    </message>
    <message numerus="yes">
        <source>Case work: %n foster families</source>
        <translation>
            <numerusform>العمل الاجتماعي: %n أسرة بديلة</numerusform>
            <numerusform>العمل الاجتماعي: أسرة بديلة واحدة (%n)</numerusform>
            <numerusform>العمل الاجتماعي: أسرتان بديلتان (%n)</numerusform>
            <numerusform>العمل الاجتماعي: %n أسر بديلة</numerusform>
            <numerusform>العمل الاجتماعي: %n أسرة بديلة</numerusform>
            <numerusform>العمل الاجتماعي: %n أسرة بديلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placements</source>
        <translation>
            <numerusform>%n إيداع</numerusform>
            <numerusform>إيداع واحد (%n)</numerusform>
            <numerusform>إيداعان (%n)</numerusform>
            <numerusform>%n إيداعات</numerusform>
            <numerusform>%n إيداعًا</numerusform>
            <numerusform>%n إيداع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspections</source>
        <translation>
            <numerusform>%n عملية تفتيش</numerusform>
            <numerusform>عملية تفتيش واحدة (%n)</numerusform>
            <numerusform>عمليتا تفتيش (%n)</numerusform>
            <numerusform>%n عمليات تفتيش</numerusform>
            <numerusform>%n عملية تفتيش</numerusform>
            <numerusform>%n عملية تفتيش</numerusform>
        </translation>
    </message>
    <message>
        <source>Add foster families, placements and inspections with corrective actions.</source>
        <translation>إضافة أسر بديلة وإيداعات وعمليات تفتيش مع إجراءات تصحيحية.</translation>
    </message>
    <message>
        <source>Give the keys&apos; passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE: it opens the current keys and seals the new ones.</source>
        <translation>حدِّد عبارة مرور المفاتيح بواسطة --passphrase-file الملف أو RIAYA_PASSPHRASE: فهي تفتح المفاتيح الحالية وتختم المفاتيح الجديدة.</translation>
    </message>
    <message>
        <source>The ministry&apos;s keys are rotated. New fingerprint: %1 (it was %2).</source>
        <translation>جُدِّدت مفاتيح الوزارة. البصمة الجديدة: %1 (كانت %2).</translation>
    </message>
    <message>
        <source>Every bundle from now on is signed with the new key and carries the statement signed by both keys: each site trusts the new keys at its next import. Sites set up from now on need the new profile (“profile export”).</source>
        <translation>كل حزمة مزامنة من الآن فصاعدًا تُوقَّع بالمفتاح الجديد وتحمل الإقرار الموقَّع بالمفتاحين: يثق كل موقع بالمفاتيح الجديدة عند استيراده التالي. تحتاج المواقع التي تُهيَّأ من الآن إلى ملف التعريف الجديد («profile export»).</translation>
    </message>
    <message>
        <source>Ministry: new keys, handed over by a statement signed by the old and the new key.</source>
        <translation>الوزارة: مفاتيح جديدة تُسلَّم بإقرار يوقّعه المفتاح القديم والمفتاح الجديد.</translation>
    </message>
    <message>
        <source>The audit history of %1 was rewritten: %2</source>
        <translation>أُعيدت كتابة تاريخ التدقيق الخاص بـ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit history of %1 is as it signed it: %n signed heads received.</source>
        <translation>
            <numerusform>تاريخ التدقيق الخاص بـ %1 مطابق لما وقَّعه: استُلم %n رأس موقَّع.</numerusform>
            <numerusform>تاريخ التدقيق الخاص بـ %1 مطابق لما وقَّعه: استُلم %n رأس موقَّع.</numerusform>
            <numerusform>تاريخ التدقيق الخاص بـ %1 مطابق لما وقَّعه: استُلم %n رأسان موقَّعان.</numerusform>
            <numerusform>تاريخ التدقيق الخاص بـ %1 مطابق لما وقَّعه: استُلمت %n رؤوس موقَّعة.</numerusform>
            <numerusform>تاريخ التدقيق الخاص بـ %1 مطابق لما وقَّعه: استُلم %n رأسًا موقَّعًا.</numerusform>
            <numerusform>تاريخ التدقيق الخاص بـ %1 مطابق لما وقَّعه: استُلم %n رأس موقَّع.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log of %1 has been rewritten: %2</source>
        <translation>أُعيدت كتابة سجل التدقيق الخاص بـ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n signed heads match it, %1 of them countersigned by the ministry.</source>
        <translation>
            <numerusform>يطابقه %n رأس موقَّع، صادقت الوزارة على %1 منها.</numerusform>
            <numerusform>يطابقه %n رأس موقَّع، صادقت الوزارة على %1 منه.</numerusform>
            <numerusform>يطابقه %n رأسان موقَّعان، صادقت الوزارة على %1 منهما.</numerusform>
            <numerusform>تطابقه %n رؤوس موقَّعة، صادقت الوزارة على %1 منها.</numerusform>
            <numerusform>يطابقه %n رأسًا موقَّعًا، صادقت الوزارة على %1 منها.</numerusform>
            <numerusform>يطابقه %n رأس موقَّع، صادقت الوزارة على %1 منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that no audit entry was edited, removed or reordered, against the signed heads too.</source>
        <translation>التحقق من عدم تعديل أي قيد تدقيق أو حذفه أو تغيير ترتيبه، بالمقارنة مع الرؤوس الموقَّعة أيضًا.</translation>
    </message>
    <message>
        <source>At the ministry: check a site&apos;s history against the signed heads received from it.</source>
        <translation>في الوزارة: التحقق من تاريخ موقع بمقارنته مع الرؤوس الموقَّعة الواردة منه.</translation>
    </message>
    <message>
        <source>SITE_ID</source>
        <translation>معرّف_الموقع</translation>
    </message>
    <message numerus="yes">
        <source>%n records were stamped by a clock %1 days ahead of this one; they wait for a clerk (conflicts list) and win over nothing.</source>
        <translation>
            <numerusform>أُرِّخ %n سجل بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ تنتظر قرار موظف الوزارة (conflicts list) ولا تتغلّب على أي شيء.</numerusform>
            <numerusform>أُرِّخ %n سجل بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ ينتظر قرار موظف الوزارة (conflicts list) ولا يتغلّب على أي شيء.</numerusform>
            <numerusform>أُرِّخ %n سجلان بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ ينتظران قرار موظف الوزارة (conflicts list) ولا يتغلّبان على أي شيء.</numerusform>
            <numerusform>أُرِّخت %n سجلات بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ تنتظر قرار موظف الوزارة (conflicts list) ولا تتغلّب على أي شيء.</numerusform>
            <numerusform>أُرِّخ %n سجلًا بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ تنتظر قرار موظف الوزارة (conflicts list) ولا تتغلّب على أي شيء.</numerusform>
            <numerusform>أُرِّخ %n سجل بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ تنتظر قرار موظف الوزارة (conflicts list) ولا تتغلّب على أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle starts a new history of its sender; the earlier bundles from number %1 on were set aside, their records kept.</source>
        <translation>تبدأ هذه الحزمة تاريخًا جديدًا لمُرسِلها؛ وُضعت الحزم السابقة ابتداءً من الرقم %1 جانبًا، مع الاحتفاظ بسجلاتها.</translation>
    </message>
    <message>
        <source>Warning: %1 (%2)</source>
        <translation>تنبيه: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>(clock %n days ahead)</source>
        <translation>
            <numerusform>(الساعة متقدّمة بـ %n يوم)</numerusform>
            <numerusform>(الساعة متقدّمة بـ %n يوم)</numerusform>
            <numerusform>(الساعة متقدّمة بـ %n يومين)</numerusform>
            <numerusform>(الساعة متقدّمة بـ %n أيام)</numerusform>
            <numerusform>(الساعة متقدّمة بـ %n يومًا)</numerusform>
            <numerusform>(الساعة متقدّمة بـ %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a bundle that starts a new history of its sender (a site restored from an old backup), after checking with the site.</source>
        <translation>قبول حزمة تبدأ تاريخًا جديدًا لمُرسِلها (موقع استُرجع من نسخة احتياطية قديمة)، بعد التحقق من الأمر مع الموقع.</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>corrective action past its due date</comment>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>finalized</source>
        <comment>state of an inspection</comment>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>state of an inspection</comment>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>active</source>
        <comment>a placement still running</comment>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>now</source>
        <comment>a stay still open</comment>
        <translation>الآن</translation>
    </message>
    <message>
        <source>[voided: %1]</source>
        <translation>[مُبطَلة: %1]</translation>
    </message>
    <message>
        <source>Incident %1 voided.</source>
        <translation>أُبطِلت الحادثة %1.</translation>
    </message>
    <message>
        <source>Void an incident written down by mistake (it stays listed, with the reason, and is no longer counted).</source>
        <translation>أبطِل حادثة سُجّلت خطأً (تبقى في القائمة مع السبب، ولا تُحتسب بعد ذلك).</translation>
    </message>
    <message>
        <source>Why it is voided (required).</source>
        <translation>سبب الإبطال (إلزامي).</translation>
    </message>
    <message>
        <source>Give the current passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE.</source>
        <translation>أعطِ عبارة المرور الحالية بالخيار --passphrase-file FILE أو بالمتغير RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Give the new passphrase with --new-passphrase-file FILE or RIAYA_NEW_PASSPHRASE.</source>
        <translation>أعطِ عبارة المرور الجديدة بالخيار --new-passphrase-file FILE أو بالمتغير RIAYA_NEW_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The keys are sealed under the new passphrase. Backups made before still open with the old one.</source>
        <translation>أصبحت المفاتيح مقفلة بعبارة المرور الجديدة. النسخ الاحتياطية السابقة تُفتح دائمًا بالعبارة القديمة.</translation>
    </message>
    <message>
        <source>Seal this site&apos;s keys under a new passphrase.</source>
        <translation>قفل مفاتيح هذا الموقع بعبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>A file holding the new passphrase (or set RIAYA_NEW_PASSPHRASE).</source>
        <translation>ملف يحتوي عبارة المرور الجديدة (أو عيّن RIAYA_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Complete: every day has its presence marks and no result is missing.</source>
        <translation>مكتمل: لكل يوم علامات حضوره، ولا تنقص أي نتيجة.</translation>
    </message>
    <message>
        <source>Incomplete:</source>
        <translation>غير مكتمل:</translation>
    </message>
    <message>
        <source>Approved as incomplete by %1; the next bundle carries these figures and what was missing.</source>
        <translation>صادق عليه %1 على أنه غير مكتمل؛ تحمل الحزمة التالية هذه الأرقام وما كان ناقصًا.</translation>
    </message>
    <message>
        <source>Who approves, on a database without accounts (else the person signed in with --user approves).</source>
        <translation>من يصادق، في قاعدة بيانات بلا حسابات (وإلا فالمصادِق هو الشخص المتصل بالخيار --user).</translation>
    </message>
    <message>
        <source>Approve a month whose presence marks or school results are incomplete (“month figures” lists what is missing).</source>
        <translation>المصادقة على شهر علامات حضوره أو نتائجه الدراسية غير مكتملة (يعرض «month figures» ما ينقص).</translation>
    </message>
    <message>
        <source>Name the pair by its number (see “duplicates list --decided”).</source>
        <translation>حدِّد الزوج برقمه (انظر «duplicates list --decided»).</translation>
    </message>
    <message>
        <source>Undone: the pair waits for a decision again.</source>
        <translation>أُلغي القرار: يعود الزوج إلى انتظار قرار.</translation>
    </message>
    <message>
        <source>Changed since the merge, these details stay in the kept file: %1</source>
        <translation>هذه البيانات تغيّرت بعد الدمج فتبقى في الملف المحتفَظ به: %1</translation>
    </message>
    <message>
        <source>List the pairs already decided instead.</source>
        <translation>اعرض بدلًا من ذلك الأزواج التي اتُّخذ فيها قرار.</translation>
    </message>
    <message>
        <source>Undo the decision on a pair: it waits again; a merge is undone, each file as it was.</source>
        <translation>ألغِ القرار في زوج: يعود إلى الانتظار؛ ويُلغى الدمج فيعود كل ملف كما كان.</translation>
    </message>
    <message>
        <source>Whom the site&apos;s institution receives: F (girls), M (boys); both when not given.</source>
        <translation>الفئة التي تستقبلها مؤسسة الموقع: F (الفتيات) أو M (الفتيان)؛ الجنسان عند عدم التحديد.</translation>
    </message>
    <message>
        <source>Whom it receives: F (girls), M (boys); both when not given.</source>
        <translation>الفئة التي تستقبلها: F (الفتيات) أو M (الفتيان)؛ الجنسان عند عدم التحديد.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: the current one).</source>
        <translation>الشهر بالصيغة YYYY-MM (افتراضيًا: الشهر الحالي).</translation>
    </message>
    <message>
        <source>Only the institutions of a region.</source>
        <translation>مؤسسات جهة واحدة فقط.</translation>
    </message>
    <message>
        <source>Only the institutions of a province.</source>
        <translation>مؤسسات إقليم واحد فقط.</translation>
    </message>
    <message>
        <source>Only one type of institution (as stored: student_house, ...).</source>
        <translation>نوع واحد فقط من المؤسسات (بالقيمة المخزَّنة: student_house, ...).</translation>
    </message>
    <message>
        <source>The report&apos;s language: ar, fr or en (default: the language of the messages).</source>
        <translation>لغة التقرير: ar أو fr أو en (افتراضيًا: لغة الرسائل).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>--language is one of %1.</source>
        <translation>تأخذ ‎--language إحدى القيم: %1.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>كُتب %1 في %2.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.pdf, .xlsx or .csv.</source>
        <translation>حدِّد الملف المراد كتابته بواسطة ‎--out FILE.pdf أو ‎.xlsx أو ‎.csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>متأخر بـ %n يوم</numerusform>
            <numerusform>متأخر بـ %n يوم</numerusform>
            <numerusform>متأخر بـ %n يومين</numerusform>
            <numerusform>متأخر بـ %n أيام</numerusform>
            <numerusform>متأخر بـ %n يومًا</numerusform>
            <numerusform>متأخر بـ %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundles sent, not received</source>
        <translation>
            <numerusform>%n حزمة مُرسَلة لم تُستلَم</numerusform>
            <numerusform>%n حزمة مُرسَلة لم تُستلَم</numerusform>
            <numerusform>%n حزمتان مُرسَلتان لم تُستلَما</numerusform>
            <numerusform>%n حزم مُرسَلة لم تُستلَم</numerusform>
            <numerusform>%n حزمة مُرسَلة لم تُستلَم</numerusform>
            <numerusform>%n حزمة مُرسَلة لم تُستلَم</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no figure %1 with a list here.</source>
        <translation>لا يوجد هنا مؤشر %1 له قائمة.</translation>
    </message>
    <message numerus="yes">
        <source>Computed the figures of %n institutions again.</source>
        <translation>
            <numerusform>أُعيد حساب أرقام %n مؤسسة.</numerusform>
            <numerusform>أُعيد حساب أرقام %n مؤسسة.</numerusform>
            <numerusform>أُعيد حساب أرقام %n مؤسستين.</numerusform>
            <numerusform>أُعيد حساب أرقام %n مؤسسات.</numerusform>
            <numerusform>أُعيد حساب أرقام %n مؤسسةً.</numerusform>
            <numerusform>أُعيد حساب أرقام %n مؤسسة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the figures of the home page (a house&apos;s, or the ministry&apos;s).</source>
        <translation>عرض أرقام الصفحة الرئيسية (صفحة الدار أو صفحة الوزارة).</translation>
    </message>
    <message>
        <source>Show the list behind one figure (its id).</source>
        <translation>عرض القائمة المفصّلة لمؤشر واحد (حسب معرّفه).</translation>
    </message>
    <message>
        <source>FIGURE</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Write a house&apos;s monthly report (PDF, XLSX or CSV).</source>
        <translation>كتابة التقرير الشهري لدار (PDF أو XLSX أو CSV).</translation>
    </message>
    <message>
        <source>Write the national monthly report (PDF, XLSX or CSV).</source>
        <translation>كتابة التقرير الشهري الوطني (PDF أو XLSX أو CSV).</translation>
    </message>
    <message>
        <source>List the sites and whether they have sent a month.</source>
        <translation>عرض المواقع وما إذا كانت قد أرسلت أرقام الشهر.</translation>
    </message>
    <message>
        <source>Compute every figure of the home pages and reports again from the records.</source>
        <translation>إعادة حساب كل أرقام الصفحات الرئيسية والتقارير انطلاقًا من السجلات.</translation>
    </message>
    <message>
        <source>--month-bundle is for a site&apos;s demo with --case-work.</source>
        <translation>الخيار ‎--month-bundle‎ خاص بالبيانات التجريبية لموقع مع ‎--case-work‎.</translation>
    </message>
    <message numerus="yes">
        <source>Months: %n bundles received</source>
        <translation>
            <numerusform>الأشهر: حزم مستلمة: %n</numerusform>
            <numerusform>الأشهر: حزم مستلمة: %n</numerusform>
            <numerusform>الأشهر: حزم مستلمة: %n</numerusform>
            <numerusform>الأشهر: حزم مستلمة: %n</numerusform>
            <numerusform>الأشهر: حزم مستلمة: %n</numerusform>
            <numerusform>الأشهر: حزم مستلمة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months approved</source>
        <translation>
            <numerusform>أشهر مصادق عليها: %n</numerusform>
            <numerusform>أشهر مصادق عليها: %n</numerusform>
            <numerusform>أشهر مصادق عليها: %n</numerusform>
            <numerusform>أشهر مصادق عليها: %n</numerusform>
            <numerusform>أشهر مصادق عليها: %n</numerusform>
            <numerusform>أشهر مصادق عليها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites have not sent %1</source>
        <translation>
            <numerusform>مواقع لم ترسل %1: %n</numerusform>
            <numerusform>مواقع لم ترسل %1: %n</numerusform>
            <numerusform>مواقع لم ترسل %1: %n</numerusform>
            <numerusform>مواقع لم ترسل %1: %n</numerusform>
            <numerusform>مواقع لم ترسل %1: %n</numerusform>
            <numerusform>مواقع لم ترسل %1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them silent for more than %1 days</source>
        <translation>
            <numerusform>منها صامتة منذ أكثر من %1 يومًا: %n</numerusform>
            <numerusform>منها صامتة منذ أكثر من %1 يومًا: %n</numerusform>
            <numerusform>منها صامتة منذ أكثر من %1 يومًا: %n</numerusform>
            <numerusform>منها صامتة منذ أكثر من %1 يومًا: %n</numerusform>
            <numerusform>منها صامتة منذ أكثر من %1 يومًا: %n</numerusform>
            <numerusform>منها صامتة منذ أكثر من %1 يومًا: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent late</source>
        <translation>
            <numerusform>أرسلت متأخرة: %n</numerusform>
            <numerusform>أرسلت متأخرة: %n</numerusform>
            <numerusform>أرسلت متأخرة: %n</numerusform>
            <numerusform>أرسلت متأخرة: %n</numerusform>
            <numerusform>أرسلت متأخرة: %n</numerusform>
            <numerusform>أرسلت متأخرة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a bundle missing</source>
        <translation>
            <numerusform>تنقصها حزمة: %n</numerusform>
            <numerusform>تنقصها حزمة: %n</numerusform>
            <numerusform>تنقصها حزمة: %n</numerusform>
            <numerusform>تنقصها حزمة: %n</numerusform>
            <numerusform>تنقصها حزمة: %n</numerusform>
            <numerusform>تنقصها حزمة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n houses over capacity</source>
        <translation>
            <numerusform>دور تتجاوز طاقتها الاستيعابية: %n</numerusform>
            <numerusform>دور تتجاوز طاقتها الاستيعابية: %n</numerusform>
            <numerusform>دور تتجاوز طاقتها الاستيعابية: %n</numerusform>
            <numerusform>دور تتجاوز طاقتها الاستيعابية: %n</numerusform>
            <numerusform>دور تتجاوز طاقتها الاستيعابية: %n</numerusform>
            <numerusform>دور تتجاوز طاقتها الاستيعابية: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation>تمت المصادقة على %1.</translation>
    </message>
    <message>
        <source>On a site, with --case-work: write the bundle that carries the approved month to FILE, as the month close does (needs the keys&apos; passphrase and the ministry&apos;s profile).</source>
        <translation>في موقع، مع ‎--case-work‎: اكتب حزمة المزامنة التي تحمل الشهر المصادق عليه في FILE، كما يفعل إقفال الشهر (يتطلب عبارة مرور المفاتيح وملف تعريف الوزارة).</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>request</source>
        <comment>between sites</comment>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Ask another house to take a child&apos;s file (the ministry relays it).</source>
        <translation>طلب نقل ملف طفل إلى دار أخرى (تتولى الوزارة إيصال الطلب).</translation>
    </message>
    <message>
        <source>The institution that would receive the child.</source>
        <translation>المؤسسة التي ستستقبل الطفل.</translation>
    </message>
    <message>
        <source>Why the child moves.</source>
        <translation>سبب نقل الطفل.</translation>
    </message>
    <message>
        <source>The day the child moves (default today).</source>
        <translation>يوم نقل الطفل (افتراضيًا تاريخ اليوم).</translation>
    </message>
    <message>
        <source>At a regional office: ask the house that holds a child&apos;s file for access to place the child.</source>
        <translation>في المندوبية الجهوية: طلب إذن من الدار التي تحوز ملف الطفل لإيداعه.</translation>
    </message>
    <message>
        <source>The house&apos;s institution, when the file is not here yet.</source>
        <translation>مؤسسة الدار، إذا لم يكن الملف هنا بعد.</translation>
    </message>
    <message>
        <source>List requests between sites, those waiting first.</source>
        <translation>عرض لائحة الطلبات بين المواقع، بدءًا بالطلبات التي تنتظر قرارًا.</translation>
    </message>
    <message>
        <source>Only those asked of this site.</source>
        <translation>الطلبات الموجَّهة إلى هذا الموقع فقط.</translation>
    </message>
    <message>
        <source>Only those made here.</source>
        <translation>الطلبات المقدَّمة من هنا فقط.</translation>
    </message>
    <message>
        <source>Only those waiting for a decision.</source>
        <translation>الطلبات التي تنتظر قرارًا فقط.</translation>
    </message>
    <message>
        <source>Accept a request asked of this site: a transfer moves the file here, an access grants placements.</source>
        <translation>قبول طلب موجَّه إلى هذا الموقع: في النقل ينتقل الملف إلى هنا، وفي طلب الإذن يُمنح إذن بالإيداع.</translation>
    </message>
    <message>
        <source>A note for the site that asked.</source>
        <translation>ملاحظة للموقع الطالب.</translation>
    </message>
    <message>
        <source>The institution that receives the child (default the one asked).</source>
        <translation>المؤسسة التي تستقبل الطفل (افتراضيًا المؤسسة المعنية بالطلب).</translation>
    </message>
    <message>
        <source>The last day of an access, YYYY-MM-DD.</source>
        <translation>آخر يوم للإذن، بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Refuse a request asked of this site.</source>
        <translation>رفض طلب موجَّه إلى هذا الموقع.</translation>
    </message>
    <message>
        <source>Why, for the site that asked.</source>
        <translation>السبب، للموقع الطالب.</translation>
    </message>
    <message>
        <source>Cancel a request made here that nobody decided yet.</source>
        <translation>إلغاء طلب مقدَّم من هنا لم يُبَتّ فيه بعد.</translation>
    </message>
    <message>
        <source>Propose to the ministry new details for an institution this site runs.</source>
        <translation>اقتراح بيانات جديدة على الوزارة لمؤسسة يسيّرها هذا الموقع.</translation>
    </message>
    <message>
        <source>The institution (default this site&apos;s).</source>
        <translation>المؤسسة (افتراضيًا مؤسسة هذا الموقع).</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>القيمة الجديدة.</translation>
    </message>
    <message>
        <source>The new number of places.</source>
        <translation>الطاقة الاستيعابية الجديدة (عدد الأماكن).</translation>
    </message>
    <message>
        <source>F (girls), M (boys).</source>
        <translation>F (الفتيات) أو M (الفتيان).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD.</source>
        <translation>بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Why the details change.</source>
        <translation>سبب تغيير البيانات.</translation>
    </message>
    <message>
        <source>At the ministry: send an institution, its inspections and actions to an inspector&apos;s site, which may then inspect it.</source>
        <translation>في الوزارة: إرسال مؤسسة، مع عمليات التفتيش والإجراءات التصحيحية الخاصة بها، إلى موقع مفتش، ليتمكن بعد ذلك من تفتيشها.</translation>
    </message>
    <message>
        <source>The inspector&apos;s enrolled site.</source>
        <translation>الموقع المسجَّل للمفتش.</translation>
    </message>
    <message>
        <source>Why (default: inspection).</source>
        <translation>السبب (افتراضيًا: التفتيش).</translation>
    </message>
    <message>
        <source>The last day, YYYY-MM-DD.</source>
        <translation>آخر يوم، بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>List the access this site gave and was given.</source>
        <translation>عرض الأذونات التي منحها هذا الموقع والتي مُنحت له.</translation>
    </message>
    <message>
        <source>End an access this site gave.</source>
        <translation>إنهاء إذن منحه هذا الموقع.</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>الإذن</translation>
    </message>
    <message>
        <source>At the inspected house: record the work done on a corrective action.</source>
        <translation>في الدار المفتَّشة: تسجيل ما أُنجز في إجراء تصحيحي.</translation>
    </message>
    <message>
        <source>open, in_progress or done.</source>
        <translation>open (مفتوح) أو in_progress (قيد الإنجاز) أو done (منجز).</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>ما أُنجز.</translation>
    </message>
    <message>
        <source>What shows it.</source>
        <translation>ما يثبت ذلك.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>الملف %1: تتعذر قراءته: %2</translation>
    </message>
    <message>
        <source>%1: not a mapping: write a JSON object of {&quot;column header&quot;: &quot;field&quot;} (%2).</source>
        <translation>الملف %1: ليس ملف مطابقة للأعمدة: اكتب كائن JSON من الشكل {&quot;عنوان العمود&quot;: &quot;الحقل&quot;} (%2).</translation>
    </message>
    <message>
        <source>Text file in %1 (detected: %2, %3%), fields separated by “%4”.</source>
        <translation>ملف نصي مقروء بالترميز %1 (الترميز المكتشَف: %2، بنسبة ثقة %3%)، وفاصل الحقول «%4».</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>علامة الجدولة</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 (%3).</source>
        <translation>الورقة «%1» من ملف %2 (%3).</translation>
    </message>
    <message>
        <source>Headers on row %1:</source>
        <translation>عناوين الأعمدة في الصف %1:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <source>Would add %1, update %2, skip %3 already there; %4 with problems.</source>
        <translation>سيُضاف %1، ويُحدَّث %2، ويُتخطّى %3 لوجودها من قبل؛ وتوجد مشكلات في %4.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3 already there; %4 with problems.</source>
        <translation>أُضيف %1، وحُدِّث %2، وتُخطّي %3 لوجودها من قبل؛ ووُجدت مشكلات في %4.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>Row %1 (%2) is probably %3, already registered (%4, likeness %5%).</source>
        <translation>يُرجَّح أن الصف %1 (%2) يخص %3، المسجَّل من قبل (%4، نسبة التشابه %5%).</translation>
    </message>
    <message>
        <source>The rows with problems are saved in %1, to correct and import again.</source>
        <translation>حُفظت الصفوف التي بها مشكلات في %1، لتصحيحها واستيرادها من جديد.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>حدِّد الملف المراد استيراده.</translation>
    </message>
    <message>
        <source>--valid-only needs --rejects FILE, where the rows with problems are saved.</source>
        <translation>يتطلب الخيار --valid-only الخيار --rejects FILE، الذي تُحفظ فيه الصفوف التي بها مشكلات.</translation>
    </message>
    <message>
        <source>Say where to write the template with --out FILE (.xlsx or .csv).</source>
        <translation>حدِّد مكان كتابة النموذج بالخيار --out FILE (.xlsx أو .csv).</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet to read (the first by default).</source>
        <translation>ورقة المصنف المراد قراءتها (الأولى افتراضيًا).</translation>
    </message>
    <message>
        <source>A JSON file {&quot;column header&quot;: &quot;field&quot;} that says which column fills which field.</source>
        <translation>ملف JSON من الشكل {&quot;عنوان العمود&quot;: &quot;الحقل&quot;} يحدد العمود الذي يملأ كل حقل.</translation>
    </message>
    <message>
        <source>Read a text file in this encoding (windows-1256, UTF-8, UTF-16...) instead of the one detected.</source>
        <translation>قراءة الملف النصي بهذا الترميز (windows-1256، UTF-8، UTF-16...) بدلًا من الترميز المكتشَف.</translation>
    </message>
    <message>
        <source>Say what the import would do; change nothing.</source>
        <translation>محاكاة: عرض ما سيقوم به الاستيراد دون تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Import the rows without problems, and save the others with --rejects.</source>
        <translation>استيراد الصفوف الخالية من المشكلات، وحفظ الصفوف الأخرى بالخيار --rejects.</translation>
    </message>
    <message>
        <source>Where to save the rows with problems (.csv or .xlsx), to correct and import again.</source>
        <translation>مكان حفظ الصفوف التي بها مشكلات (.csv أو .xlsx)، لتصحيحها واستيرادها من جديد.</translation>
    </message>
    <message>
        <source>Import residents from a spreadsheet (XLSX, XLS, CSV), with their admission.</source>
        <translation>استيراد المستفيدين من جدول بيانات (XLSX، XLS، CSV)، مع تسجيل قبولهم.</translation>
    </message>
    <message>
        <source>Write an empty residents roster to fill in (.xlsx or .csv).</source>
        <translation>كتابة لائحة مستفيدين فارغة لملئها (.xlsx أو .csv).</translation>
    </message>
    <message>
        <source>Import institutions from a spreadsheet, at the ministry.</source>
        <translation>استيراد المؤسسات من جدول بيانات (الوزارة).</translation>
    </message>
    <message>
        <source>Write an empty list of institutions to fill in (.xlsx or .csv).</source>
        <translation>كتابة لائحة مؤسسات فارغة لملئها (.xlsx أو .csv).</translation>
    </message>
    <message>
        <source>Import foster families from a spreadsheet, one row per member.</source>
        <translation>استيراد الأسر البديلة من جدول بيانات، بصف واحد لكل فرد من أفراد الأسرة.</translation>
    </message>
    <message>
        <source>Write an empty register of families to fill in (.xlsx or .csv).</source>
        <translation>كتابة لائحة أسر فارغة لملئها (.xlsx أو .csv).</translation>
    </message>
    <message>
        <source>%1 characters cannot be read in %2: the file is probably in another encoding (try --encoding windows-1256 or UTF-8).</source>
        <translation>تعذرت قراءة %1 حرفا بالترميز %2: الملف على الأرجح بترميز آخر (جرّب ‎--encoding windows-1256 أو UTF-8).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping names “%1”, which is not a field of this kind of file; the fields are: %2.</source>
        <translation>تذكر مطابقة الأعمدة «%1»، وهو ليس حقلًا في هذا النوع من الملفات؛ الحقول هي: %2.</translation>
    </message>
    <message>
        <source>The mapping names the column “%1”, which this file does not have.</source>
        <translation>تذكر مطابقة الأعمدة العمود «%1»، وهو غير موجود في هذا الملف.</translation>
    </message>
    <message>
        <source>The mapping gives the field “%1” to two columns.</source>
        <translation>تُسند مطابقة الأعمدة الحقل «%1» إلى عمودين.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvSheet</name>
    <message>
        <source>%1 ends inside a quoted cell opened on row %2: a closing quote (&quot;) is missing.</source>
        <translation>ينتهي الملف %1 داخل خلية بين علامتي اقتباس فُتحت في الصف %2: تنقص علامة الاقتباس (&quot;) الختامية.</translation>
    </message>
    <message>
        <source>%1: row %2 has a cell longer than %3 characters, more than a spreadsheet holds (a quote (&quot;) that is never closed?).</source>
        <translation>الملف %1: في الصف %2 خلية يزيد طولها على %3 حرفا، وهو أكثر مما يتسع له جدول بيانات (ربما علامة اقتباس (&quot;) لم تُغلق؟).</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 cells, more than a spreadsheet holds.</source>
        <translation>الملف %1: في الصف %2 أكثر من %3 خلية، وهو أكثر مما يتسع له جدول بيانات.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>يتعذر فتح الملف %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read in the encoding “%2”: Riaya does not know it (try UTF-8 or windows-1256).</source>
        <translation>تتعذر قراءة الملف %1 بالترميز «%2»: «رعاية» لا تعرف هذا الترميز (جرّب UTF-8 أو windows-1256).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no rows to import.</source>
        <translation>الملف %1 فارغ: لا صفوف فيه للاستيراد.</translation>
    </message>
    <message>
        <source>%1 cannot be read further than row %2: %3</source>
        <translation>تتعذر قراءة الملف %1 بعد الصف %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be read again from its start: %2</source>
        <translation>تتعذر إعادة قراءة الملف %1 من بدايته: %2</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Cannot read the figures: %1</source>
        <translation>تعذّرت قراءة الأرقام: %1</translation>
    </message>
    <message>
        <source>Admissions in %1</source>
        <translation>القبولات في %1</translation>
    </message>
    <message>
        <source>Exits in %1</source>
        <translation>المغادرات في %1</translation>
    </message>
    <message>
        <source>Presence in %1</source>
        <translation>الحضور في %1</translation>
    </message>
    <message>
        <source>No marks yet</source>
        <translation>لا تسجيلات حضور بعد</translation>
    </message>
    <message>
        <source>School success, %1</source>
        <translation>النجاح الدراسي، %1</translation>
    </message>
    <message>
        <source>Incidents in %1</source>
        <translation>الحوادث في %1</translation>
    </message>
    <message>
        <source>Corrective actions overdue</source>
        <translation>الإجراءات التصحيحية المتأخرة</translation>
    </message>
    <message>
        <source>Corrective actions due within 30 days</source>
        <translation>إجراءات تصحيحية يحل أجلها خلال 30 يومًا</translation>
    </message>
    <message>
        <source>Presence rate by month</source>
        <translation>نسبة الحضور حسب الشهر</translation>
    </message>
    <message>
        <source>Admissions by month</source>
        <translation>القبولات حسب الشهر</translation>
    </message>
    <message>
        <source>Exits by month</source>
        <translation>المغادرات حسب الشهر</translation>
    </message>
    <message>
        <source>Residents in the house today</source>
        <translation>المستفيدون المقيمون بالدار اليوم</translation>
    </message>
    <message>
        <source>Days of this month without presence marks</source>
        <translation>أيام هذا الشهر بلا تسجيلات حضور</translation>
    </message>
    <message>
        <source>Close of %1</source>
        <translation>إقفال شهر %1</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>صادق عليه %1 في %2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>لم تتم المصادقة بعد</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا توجد بعد</translation>
    </message>
    <message>
        <source>Residents against places</source>
        <translation>المستفيدون مقابل الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Institutions over capacity</source>
        <translation>مؤسسات تتجاوز طاقتها الاستيعابية</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>الإناث</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>الذكور</translation>
    </message>
    <message>
        <source>Sites that have not sent %1</source>
        <translation>المواقع التي لم ترسل %1</translation>
    </message>
    <message numerus="yes">
        <source>Sites silent for more than %n days</source>
        <translation>
            <numerusform>المواقع المنقطعة منذ أكثر من %n يوم</numerusform>
            <numerusform>المواقع المنقطعة منذ أكثر من %n يوم</numerusform>
            <numerusform>المواقع المنقطعة منذ أكثر من %n يومين</numerusform>
            <numerusform>المواقع المنقطعة منذ أكثر من %n أيام</numerusform>
            <numerusform>المواقع المنقطعة منذ أكثر من %n يومًا</numerusform>
            <numerusform>المواقع المنقطعة منذ أكثر من %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Occupancy by region</source>
        <translation>نسبة الإشغال حسب الجهة</translation>
    </message>
    <message>
        <source>Residents by school level</source>
        <translation>المستفيدون حسب المستوى الدراسي</translation>
    </message>
    <message>
        <source>Not in school</source>
        <translation>غير متمدرس</translation>
    </message>
    <message>
        <source>Incidents by kind</source>
        <translation>الحوادث حسب النوع</translation>
    </message>
    <message>
        <source>Latest inspection score of each institution</source>
        <translation>نتيجة آخر تفتيش لكل مؤسسة</translation>
    </message>
    <message>
        <source>Children placed in families</source>
        <translation>الأطفال المودَعون لدى الأسر</translation>
    </message>
    <message>
        <source>Placements started in %1</source>
        <translation>الإيداعات التي بدأت في %1</translation>
    </message>
    <message>
        <source>Placements ended in %1</source>
        <translation>الإيداعات التي انتهت في %1</translation>
    </message>
    <message>
        <source>Returns from families in %1</source>
        <translation>حالات العودة من الأسر في %1</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>زيارات التتبع المتأخرة</translation>
    </message>
    <message>
        <source>Foster families by state</source>
        <translation>الأسر البديلة حسب الحالة</translation>
    </message>
    <message>
        <source>not exported yet</source>
        <translation>لم يُصدَّر بعد</translation>
    </message>
    <message>
        <source>exported on %1, acknowledged</source>
        <translation>صُدِّر في %1، وأكّدت الوزارة استلامه</translation>
    </message>
    <message>
        <source>exported on %1, not acknowledged yet</source>
        <translation>صُدِّر في %1، ولم تؤكّد الوزارة استلامه بعد</translation>
    </message>
    <message>
        <source>Residents by status</source>
        <translation>المستفيدون حسب الوضعية</translation>
    </message>
    <message>
        <source>Mean inspection score by month</source>
        <translation>متوسط نقطة التفتيش حسب الشهر</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>قاعدة البيانات %1 تالفة (%2). استرجعها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Riaya window or command (process %2 on %3). Close it first; only one may write at a time.</source>
        <translation>قاعدة البيانات %1 مفتوحة في نافذة أو أمر آخر من «رعاية» (العملية %2 على %3). أغلقها أولًا؛ لا يمكن الكتابة فيها إلا من مكان واحد في كل مرة.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: the folder is not writable or the disk is full.</source>
        <translation>تعذّر قفل قاعدة البيانات %1: المجلد غير قابل للكتابة أو القرص ممتلئ.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with “riaya-cli --db %1 init”.</source>
        <translation>لا توجد قاعدة بيانات في %1. أنشئها بالأمر «riaya-cli --db %1 init».</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>المسار %1 ليس ملفًا.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>مجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver of this installation cannot run Riaya&apos;s search.</source>
        <translation>مشغّل SQLite في هذا التثبيت لا يدعم البحث في «رعاية».</translation>
    </message>
    <message>
        <source>%1 is not a Riaya database, or it is damaged: %2</source>
        <translation>الملف %1 ليس قاعدة بيانات «رعاية»، أو أنه تالف: %2</translation>
    </message>
    <message>
        <source>%1 is not a Riaya database.</source>
        <translation>الملف %1 ليس قاعدة بيانات «رعاية».</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Riaya (schema %2; this version knows schema %3). Update Riaya to open it; the file was not changed.</source>
        <translation>أُنشئ الملف %1 بإصدار أحدث من «رعاية» (المخطط %2؛ وهذا الإصدار يعرف المخطط %3). حدِّث «رعاية» لفتحه؛ لم يتم تغيير الملف.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>تعذّر تجهيز قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to schema %2: %3. It was left as it was.</source>
        <translation>تعذّر تحديث قاعدة البيانات %1 إلى المخطط %2: %3. بقيت على حالها دون تغيير.</translation>
    </message>
    <message>
        <source>Cannot read the site of %1: %2</source>
        <translation>تعذّرت قراءة بيانات الموقع من %1: %2</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>الملف ليس قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>Cannot copy %1 before updating it: %2. It was left as it was.</source>
        <translation>تعذّر نسخ %1 قبل تحديثه: %2. بقي كما كان.</translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file while Riaya had it open. Nothing more is written to it: close Riaya, then restore the latest backup or put the file back.</source>
        <translation>استُبدل ملف قاعدة البيانات %1 بملف آخر بينما كانت «رعاية» تفتحه. لن يُكتب فيه شيء بعد الآن: أغلق «رعاية»، ثم استرجع آخر نسخة احتياطية أو أعد الملف إلى مكانه.</translation>
    </message>
    <message>
        <source>The database file %1 was deleted while Riaya had it open. Nothing more is written to it: close Riaya, then restore the latest backup or put the file back.</source>
        <translation>حُذف ملف قاعدة البيانات %1 بينما كانت «رعاية» تفتحه. لن يُكتب فيه شيء بعد الآن: أغلق «رعاية»، ثم استرجع آخر نسخة احتياطية أو أعد الملف إلى مكانه.</translation>
    </message>
</context>
<context>
    <name>DemoCaseWork</name>
    <message>
        <source>The demo data could not be saved to disk.</source>
        <translation>تعذّر حفظ بيانات العرض على القرص.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>This site has no institution to fill with demo residents.</source>
        <translation>لا يضم هذا الموقع أي مؤسسة لملئها بمستفيدين تجريبيين.</translation>
    </message>
    <message>
        <source>The demo made an invalid resident: %1</source>
        <translation>أنشأت البيانات التجريبية مستفيدًا غير صالح: %1</translation>
    </message>
    <message>
        <source>The demo word lists are missing from this installation.</source>
        <translation>قوائم الكلمات الخاصة بالبيانات التجريبية غير موجودة في هذا التثبيت.</translation>
    </message>
    <message>
        <source>The demo data could not be saved to disk.</source>
        <translation>تعذّر حفظ البيانات التجريبية على القرص.</translation>
    </message>
    <message>
        <source>Set up the database with “init” before adding demo data.</source>
        <translation>هيِّئ قاعدة البيانات بالأمر «init» قبل إضافة البيانات التجريبية.</translation>
    </message>
    <message>
        <source>Choose 0 to 1,000,000 residents and 1 to 10,000 institutions.</source>
        <translation>اختر من 0 إلى مليون مستفيد، ومن 1 إلى 10000 مؤسسة.</translation>
    </message>
    <message>
        <source>This database holds the demo of seed %1 already; choose another seed.</source>
        <translation>تضم قاعدة البيانات هذه بيانات العرض ذات البذرة %1 من قبل؛ اختر بذرة أخرى.</translation>
    </message>
</context>
<context>
    <name>DemoMonths</name>
    <message>
        <source>Cannot read the demo&apos;s houses: %1</source>
        <translation>تعذّرت قراءة دور البيانات التجريبية: %1</translation>
    </message>
    <message>
        <source>The demo word lists are missing from this installation.</source>
        <translation>قوائم الكلمات الخاصة بالبيانات التجريبية غير موجودة في هذا التثبيت.</translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Cannot look for duplicates: %1</source>
        <translation>تعذّر البحث عن الملفات المكرَّرة: %1</translation>
    </message>
</context>
<context>
    <name>FamilyDocument</name>
    <message>
        <source>National identity cards</source>
        <translation>البطاقات الوطنية للتعريف</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>عقد الزواج</translation>
    </message>
    <message>
        <source>Proof of income</source>
        <translation>ما يثبت الدخل</translation>
    </message>
    <message>
        <source>Proof of housing</source>
        <translation>ما يثبت السكن</translation>
    </message>
    <message>
        <source>Medical certificates</source>
        <translation>الشواهد الطبية</translation>
    </message>
    <message>
        <source>Criminal-record extracts</source>
        <translation>مستخرجات السجل العدلي</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور الفوتوغرافية</translation>
    </message>
</context>
<context>
    <name>FamilyRoster</name>
    <message>
        <source>Imported from %1</source>
        <translation>استُورد من %1</translation>
    </message>
</context>
<context>
    <name>FamilyState</name>
    <message>
        <source>Enquiry</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>Home study</source>
        <translation>بحث اجتماعي</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
</context>
<context>
    <name>FamilyStore</name>
    <message>
        <source>The family name is required.</source>
        <translation>اسم الأسرة إلزامي.</translation>
    </message>
    <message>
        <source>Each member needs a name and a relationship.</source>
        <translation>يجب تحديد اسم كل فرد وقرابته.</translation>
    </message>
    <message>
        <source>%1: the birth year %2 is not possible.</source>
        <translation>%1: سنة الازدياد %2 غير ممكنة.</translation>
    </message>
    <message>
        <source>Name at least one head of the family.</source>
        <translation>حدِّد رب الأسرة على الأقل.</translation>
    </message>
    <message>
        <source>A family receives from 1 to 10 children.</source>
        <translation>تستقبل الأسرة من طفل واحد إلى 10 أطفال.</translation>
    </message>
    <message>
        <source>The preferred ages go from a lower to a higher age, up to %1.</source>
        <translation>تمتد الأعمار المفضَّلة من سن أدنى إلى سن أعلى، في حدود %1.</translation>
    </message>
    <message>
        <source>The preferred sex is F or M, or none.</source>
        <translation>الجنس المفضَّل هو F أو M، أو بدون تفضيل.</translation>
    </message>
    <message>
        <source>The income band is one of: %1.</source>
        <translation>شريحة الدخل إحدى القيم التالية: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a document of the checklist (%2).</source>
        <translation>«%1» ليست من الوثائق المطلوبة (%2).</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, dots and dashes, and start with +.</source>
        <translation>يمكن أن يتضمن رقم الهاتف أرقامًا ومسافات ونقاطًا وشرطات، وأن يبدأ بالعلامة +.</translation>
    </message>
    <message>
        <source>The address is longer than %1 characters.</source>
        <translation>يتجاوز العنوان %1 حرفًا.</translation>
    </message>
    <message>
        <source>The enquiry cannot be dated in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الاستفسار في المستقبل.</translation>
    </message>
    <message>
        <source>The family was not registered.</source>
        <translation>لم يتم تسجيل الأسرة.</translation>
    </message>
    <message>
        <source>First enquiry</source>
        <translation>الاستفسار الأول</translation>
    </message>
    <message>
        <source>The family could not be saved to disk.</source>
        <translation>تعذّر حفظ الأسرة على القرص.</translation>
    </message>
    <message>
        <source>The family was not saved.</source>
        <translation>لم يتم حفظ الأسرة.</translation>
    </message>
    <message>
        <source>The family&apos;s state was not changed.</source>
        <translation>لم تُغيَّر حالة الأسرة.</translation>
    </message>
    <message>
        <source>From “%1” a family can move to: %2.</source>
        <translation>يمكن أن تنتقل الأسرة من «%1» إلى: %2.</translation>
    </message>
    <message>
        <source>The decision is dated from %1 (the current state&apos;s date) to today.</source>
        <translation>يكون تاريخ القرار ما بين %1 (تاريخ الحالة الحالية) وتاريخ اليوم.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>اذكر سبب القرار.</translation>
    </message>
    <message>
        <source>Approval needs a home study whose latest recommendation is to approve.</source>
        <translation>يستلزم الاعتماد بحثًا اجتماعيًا يوصي آخرُه بالموافقة.</translation>
    </message>
    <message>
        <source>Give the approval number.</source>
        <translation>حدِّد رقم الاعتماد.</translation>
    </message>
    <message>
        <source>The approval&apos;s renewal date must come after the decision.</source>
        <translation>يجب أن يكون تاريخ تجديد الاعتماد لاحقًا لتاريخ القرار.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) still live with this family; end the placements first.</source>
        <translation>
            <numerusform>لا يزال %n طفل لدى هذه الأسرة؛ أنهِ الإيداعات أولًا.</numerusform>
            <numerusform>لا يزال %n طفل لدى هذه الأسرة؛ أنهِ الإيداع أولًا.</numerusform>
            <numerusform>لا يزال %n طفلان لدى هذه الأسرة؛ أنهِ الإيداعين أولًا.</numerusform>
            <numerusform>لا يزال %n أطفال لدى هذه الأسرة؛ أنهِ الإيداعات أولًا.</numerusform>
            <numerusform>لا يزال %n طفلًا لدى هذه الأسرة؛ أنهِ الإيداعات أولًا.</numerusform>
            <numerusform>لا يزال %n طفل لدى هذه الأسرة؛ أنهِ الإيداعات أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The home study&apos;s date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ البحث الاجتماعي في المستقبل.</translation>
    </message>
    <message>
        <source>Name the social worker who made the study.</source>
        <translation>حدِّد المساعد الاجتماعي الذي أنجز البحث.</translation>
    </message>
    <message>
        <source>Write the assessment, in at most %1 characters.</source>
        <translation>دوِّن التقييم في %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The recommendation is one of: %1.</source>
        <translation>التوصية إحدى القيم التالية: %1.</translation>
    </message>
    <message>
        <source>The home study was not saved.</source>
        <translation>لم يتم حفظ البحث الاجتماعي.</translation>
    </message>
    <message>
        <source>The home study could not be saved to disk.</source>
        <translation>تعذّر حفظ البحث الاجتماعي على القرص.</translation>
    </message>
    <message>
        <source>There is no family with the id %1.</source>
        <translation>لا توجد أسرة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>Cannot read the families: %1</source>
        <translation>تعذّرت قراءة الأسر: %1</translation>
    </message>
</context>
<context>
    <name>FigureLists</name>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>تعذّرت قراءة القائمة: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Residents on %1</source>
        <translation>المستفيدون في %1</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>المستوى الدراسي</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>تاريخ القبول</translation>
    </message>
    <message>
        <source>Residents at school level %1</source>
        <translation>المستفيدون في المستوى الدراسي %1</translation>
    </message>
    <message>
        <source>Admissions in %1</source>
        <translation>القبولات في %1</translation>
    </message>
    <message>
        <source>Exits in %1</source>
        <translation>المغادرات في %1</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <source>How</source>
        <translation>نوع المغادرة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>في رخصة</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>مريض</translation>
    </message>
    <message>
        <source>Presence rate</source>
        <translation>نسبة الحضور</translation>
    </message>
    <message>
        <source>Presence in %1</source>
        <translation>الحضور في %1</translation>
    </message>
    <message>
        <source>Days of %1 without presence marks</source>
        <translation>أيام %1 بلا تسجيلات حضور</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>School decisions, %1</source>
        <translation>قرارات نهاية السنة، %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>المعدل</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Incidents in %1</source>
        <translation>الحوادث في %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي وقع</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>الإجراء المتخذ</translation>
    </message>
    <message>
        <source>Corrective actions overdue</source>
        <translation>الإجراءات التصحيحية المتأخرة</translation>
    </message>
    <message>
        <source>Corrective actions due within 30 days</source>
        <translation>إجراءات تصحيحية يحل أجلها خلال 30 يومًا</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Occupancy at the end of %1</source>
        <translation>نسبة الإشغال في نهاية %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>الإقليم</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>نسبة الإشغال</translation>
    </message>
    <message>
        <source>Latest inspection of each institution</source>
        <translation>آخر تفتيش لكل مؤسسة</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>المفتش</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Foster families: %1</source>
        <translation>الأسر البديلة: %1</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Placements started in %1</source>
        <translation>الإيداعات التي بدأت في %1</translation>
    </message>
    <message>
        <source>Placements ended in %1</source>
        <translation>الإيداعات التي انتهت في %1</translation>
    </message>
    <message>
        <source>Returns from families in %1</source>
        <translation>حالات العودة من الأسر في %1</translation>
    </message>
    <message>
        <source>Children placed in families at the end of %1</source>
        <translation>الأطفال المودَعون لدى الأسر في نهاية %1</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>زيارات التتبع المتأخرة</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>الإيداع</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message numerus="yes">
        <source>Sites silent for more than %n days</source>
        <translation>
            <numerusform>المواقع المنقطعة منذ أكثر من %n يوم</numerusform>
            <numerusform>المواقع المنقطعة منذ أكثر من %n يوم</numerusform>
            <numerusform>المواقع المنقطعة منذ أكثر من %n يومين</numerusform>
            <numerusform>المواقع المنقطعة منذ أكثر من %n أيام</numerusform>
            <numerusform>المواقع المنقطعة منذ أكثر من %n يومًا</numerusform>
            <numerusform>المواقع المنقطعة منذ أكثر من %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites and the month of %1</source>
        <translation>المواقع وشهر %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Bundles sent, not received</source>
        <translation>حزم مُرسَلة لم تُستلَم</translation>
    </message>
    <message>
        <source>Last bundle on</source>
        <translation>تاريخ آخر حزمة</translation>
    </message>
    <message>
        <source>Months approved</source>
        <translation>الأشهر المصادق عليها</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>صادق عليه</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>تاريخ المصادقة</translation>
    </message>
    <message>
        <source>There is no list %1.</source>
        <translation>لا توجد قائمة %1.</translation>
    </message>
    <message>
        <source>Residents: %1</source>
        <translation>المستفيدون: %1</translation>
    </message>
    <message>
        <source>Inspections finalized in %1</source>
        <translation>عمليات التفتيش المُنجزة في %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Choose a new file; an existing database is opened, not set up.</source>
        <translation>اختر ملفًا جديدًا؛ قاعدة البيانات الموجودة تُفتح ولا يُعاد إعدادها.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>الاسم مطلوب.</translation>
    </message>
    <message>
        <source>3 to 32 small letters, digits, dots, dashes or underscores.</source>
        <translation>من 3 إلى 32 حرفًا لاتينيًا صغيرًا أو رقمًا أو نقطة أو شرطة.</translation>
    </message>
    <message>
        <source>The person&apos;s name is required.</source>
        <translation>اسم الشخص مطلوب.</translation>
    </message>
    <message>
        <source>Riaya was not set up.</source>
        <translation>لم يُعدّ «رعاية».</translation>
    </message>
</context>
<context>
    <name>GrantStore</name>
    <message>
        <source>The assignment could not be saved to disk.</source>
        <translation>تعذّر حفظ الإسناد على القرص.</translation>
    </message>
    <message>
        <source>The inspector&apos;s site was not assigned.</source>
        <translation>لم يتم الإسناد إلى موقع المفتش.</translation>
    </message>
    <message>
        <source>Only the ministry assigns institutions to inspectors.</source>
        <translation>الوزارة وحدها تُسند المؤسسات إلى المفتشين.</translation>
    </message>
    <message>
        <source>No enrolled site has the id %1.</source>
        <translation>لا يوجد موقع مسجَّل بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no institution %1.</source>
        <translation>لا توجد مؤسسة %1.</translation>
    </message>
    <message>
        <source>The end of the assignment is already past.</source>
        <translation>تاريخ انتهاء الإسناد قد مضى.</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>التفتيش</translation>
    </message>
    <message>
        <source>The grant could not be saved to disk.</source>
        <translation>تعذّر حفظ الإذن على القرص.</translation>
    </message>
    <message>
        <source>There is no grant %1.</source>
        <translation>لا يوجد إذن %1.</translation>
    </message>
    <message>
        <source>The grant %1 was made by another site; only that site ends it.</source>
        <translation>منح الإذنَ %1 موقعٌ آخر؛ ولا يُنهيه إلا ذلك الموقع.</translation>
    </message>
</context>
<context>
    <name>IncidentKind</name>
    <message>
        <source>Health (illness, injury, care)</source>
        <translation>الصحة (مرض، إصابة، علاج)</translation>
    </message>
    <message>
        <source>Conduct (fight, breach of the rules)</source>
        <translation>السلوك (شجار، مخالفة النظام الداخلي)</translation>
    </message>
    <message>
        <source>Absence without leave or running away</source>
        <translation>غياب دون رخصة أو هروب</translation>
    </message>
    <message>
        <source>Property (damage, loss, theft)</source>
        <translation>الممتلكات (إتلاف، ضياع، سرقة)</translation>
    </message>
    <message>
        <source>Safety of the premises (fire, accident)</source>
        <translation>سلامة المباني (حريق، حادث)</translation>
    </message>
    <message>
        <source>Child protection (abuse, neglect, danger)</source>
        <translation>حماية الطفولة (سوء معاملة، إهمال، خطر)</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>حادثة أخرى</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>There is no institution with the id %1.</source>
        <translation>لا توجد مؤسسة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no resident with the id %1.</source>
        <translation>لا يوجد مستفيد بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The incident was not saved.</source>
        <translation>لم يتم حفظ الحادثة.</translation>
    </message>
    <message>
        <source>The incident could not be saved to disk.</source>
        <translation>تعذّر حفظ الحادثة على القرص.</translation>
    </message>
    <message>
        <source>There is no incident with the id %1.</source>
        <translation>لا توجد حادثة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The incidents cannot be listed.</source>
        <translation>يتعذّر عرض لائحة الحوادث.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>نهاية الفترة سابقة لبدايتها.</translation>
    </message>
    <message>
        <source>Cannot read the incidents: %1</source>
        <translation>تعذّرت قراءة الحوادث: %1</translation>
    </message>
    <message>
        <source>This incident was voided; it can no longer be changed.</source>
        <translation>أُبطِلت هذه الحادثة؛ لم يعد بالإمكان تغييرها.</translation>
    </message>
    <message>
        <source>This incident was already voided.</source>
        <translation>أُبطِلت هذه الحادثة من قبل.</translation>
    </message>
    <message>
        <source>The incident was not voided.</source>
        <translation>لم تُبطَل الحادثة.</translation>
    </message>
</context>
<context>
    <name>IncomeBand</name>
    <message>
        <source>No regular income</source>
        <translation>بدون دخل قار</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
</context>
<context>
    <name>IncomingFieldRules</name>
    <message>
        <source>This version of Riaya keeps no such field.</source>
        <translation>لا يحفظ هذا الإصدار من «رعاية» حقلًا كهذا.</translation>
    </message>
    <message>
        <source>A whole number is expected.</source>
        <translation>يُتوقَّع عدد صحيح.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>يُتوقَّع عدد.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <translation>يُتوقَّع نص.</translation>
    </message>
    <message numerus="yes">
        <source>An identifier has at most %n letters, digits and dashes.</source>
        <translation>
            <numerusform>يتكوّن المعرّف من %n حرف ورقم وشرطة على الأكثر.</numerusform>
            <numerusform>يتكوّن المعرّف من %n حرف أو رقم أو شرطة على الأكثر.</numerusform>
            <numerusform>يتكوّن المعرّف من %n حرفين أو رقمين أو شرطتين على الأكثر.</numerusform>
            <numerusform>يتكوّن المعرّف من %n أحرف وأرقام وشرطات على الأكثر.</numerusform>
            <numerusform>يتكوّن المعرّف من %n حرفًا ورقمًا وشرطة على الأكثر.</numerusform>
            <numerusform>يتكوّن المعرّف من %n حرف ورقم وشرطة على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>A date is expected (YYYY-MM-DD).</source>
        <translation>يُتوقَّع تاريخ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>A date and time is expected (ISO 8601).</source>
        <translation>يُتوقَّع تاريخ ووقت (ISO 8601).</translation>
    </message>
    <message>
        <source>A month is expected (YYYY-MM).</source>
        <translation>يُتوقَّع شهر (YYYY-MM).</translation>
    </message>
    <message>
        <source>Structured content (JSON) of at most 2 MiB is expected.</source>
        <translation>يُتوقَّع محتوى مُهيكل (JSON) لا يتجاوز 2 ميغابايت.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>الحد الأقصى %n حرف.</numerusform>
            <numerusform>الحد الأقصى %n حرف.</numerusform>
            <numerusform>الحد الأقصى %n حرفان.</numerusform>
            <numerusform>الحد الأقصى %n أحرف.</numerusform>
            <numerusform>الحد الأقصى %n حرفًا.</numerusform>
            <numerusform>الحد الأقصى %n حرف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <source>not scored</source>
        <translation>بدون نتيجة</translation>
    </message>
    <message>
        <source>Inspection report — %1</source>
        <translation>تقرير التفتيش — %1</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>DRAFT — not finalized; the scores may still change.</source>
        <translation>مسودة — غير نهائية؛ قد تتغير النتائج.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>المفتش</translation>
    </message>
    <message>
        <source>Follow-up of the inspection of %1.</source>
        <translation>تفتيش تتبعي للتفتيش المنجز بتاريخ %1.</translation>
    </message>
    <message>
        <source>This version corrects an earlier one: %1</source>
        <translation>هذه النسخة تصحّح نسخة سابقة: %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>النتائج</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1, over %n applicable item(s); items marked not applicable are left out of the weights.</source>
        <translation>
            <numerusform>النتيجة الإجمالية: %1، على أساس %n بند ينطبق؛ البنود المصنفة «لا ينطبق» لا تُحتسب في الأوزان.</numerusform>
            <numerusform>النتيجة الإجمالية: %1، على أساس %n بند ينطبق؛ البنود المصنفة «لا ينطبق» لا تُحتسب في الأوزان.</numerusform>
            <numerusform>النتيجة الإجمالية: %1، على أساس %n بندين ينطبقان؛ البنود المصنفة «لا ينطبق» لا تُحتسب في الأوزان.</numerusform>
            <numerusform>النتيجة الإجمالية: %1، على أساس %n بنود تنطبق؛ البنود المصنفة «لا ينطبق» لا تُحتسب في الأوزان.</numerusform>
            <numerusform>النتيجة الإجمالية: %1، على أساس %n بندًا ينطبق؛ البنود المصنفة «لا ينطبق» لا تُحتسب في الأوزان.</numerusform>
            <numerusform>النتيجة الإجمالية: %1، على أساس %n بند ينطبق؛ البنود المصنفة «لا ينطبق» لا تُحتسب في الأوزان.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>المُجاب عنها</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>No findings were written.</source>
        <translation>لم تُدوَّن أي ملاحظة.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>the institution</source>
        <translation>المؤسسة ككل</translation>
    </message>
    <message>
        <source>Corrective-action plan</source>
        <translation>خطة الإجراءات التصحيحية</translation>
    </message>
    <message>
        <source>No corrective actions were raised.</source>
        <translation>لم يُنشأ أي إجراء تصحيحي.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1، متأخر</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>الملاحظات والإثباتات</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>بدون إجابة</translation>
    </message>
    <message>
        <source>The inspector</source>
        <translation>المفتش</translation>
    </message>
    <message>
        <source>The head of the institution</source>
        <translation>مدير المؤسسة</translation>
    </message>
    <message>
        <source>Finalized on %1. Record %2.</source>
        <translation>اعتُمد بتاريخ %1. السجل %2.</translation>
    </message>
    <message>
        <source>Record %1.</source>
        <translation>السجل %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>InspectionStore</name>
    <message>
        <source>There is no institution with the id %1.</source>
        <translation>لا توجد مؤسسة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The date of the visit must be a day from 2000 to today.</source>
        <translation>يجب أن يكون تاريخ الزيارة يومًا بين سنة 2000 وتاريخ اليوم.</translation>
    </message>
    <message>
        <source>Give the inspector&apos;s name.</source>
        <translation>اذكر اسم المفتش.</translation>
    </message>
    <message>
        <source>The inspection followed up was of another institution.</source>
        <translation>التفتيش المتتبَّع يخص مؤسسة أخرى.</translation>
    </message>
    <message>
        <source>Only a finalized inspection can be followed up; finalize it first.</source>
        <translation>لا يُجرى تفتيش تتبعي إلا لتفتيش نهائي؛ اعتمده أولًا.</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated before the inspection it follows (%1).</source>
        <translation>لا يمكن أن يسبق تاريخ التفتيش التتبعي تاريخ التفتيش الذي يتتبعه (%1).</translation>
    </message>
    <message>
        <source>The inspection was not started.</source>
        <translation>لم يبدأ التفتيش.</translation>
    </message>
    <message>
        <source>The inspection could not be saved to disk.</source>
        <translation>تعذّر حفظ التفتيش على القرص.</translation>
    </message>
    <message>
        <source>The inspection is finalized and cannot change; correct it with a new version and its reason.</source>
        <translation>التفتيش نهائي ولا يمكن تعديله؛ صحِّحه بنسخة جديدة مع ذكر سببها.</translation>
    </message>
    <message>
        <source>The standards document has no item %1.</source>
        <translation>لا تتضمن وثيقة المعايير البند %1.</translation>
    </message>
    <message>
        <source>Item %1 is scored from 0 to %2 (or not applicable), not “%3”.</source>
        <translation>نتيجة البند %1 من 0 إلى %2 (أو لا ينطبق)، وليست «%3».</translation>
    </message>
    <message>
        <source>Item %1 is compliant, partly, not compliant or not applicable, not “%2”.</source>
        <translation>الإجابة عن البند %1 هي مطابق (compliant) أو مطابق جزئيا (partly) أو غير مطابق (not_compliant) أو لا ينطبق (na)، وليست «%2».</translation>
    </message>
    <message>
        <source>The note of item %1 is longer than %2 characters.</source>
        <translation>تتجاوز ملاحظة البند %1 عدد %2 حرفًا.</translation>
    </message>
    <message>
        <source>Each finding needs a text of at most %1 characters.</source>
        <translation>تحتاج كل ملاحظة إلى نص لا يتجاوز %1 حرفًا.</translation>
    </message>
    <message>
        <source>A finding is minor, major or critical, not “%1”.</source>
        <translation>خطورة الملاحظة بسيطة (minor) أو كبيرة (major) أو حرجة (critical)، وليست «%1».</translation>
    </message>
    <message>
        <source>The inspection was not saved.</source>
        <translation>لم يُحفظ التفتيش.</translation>
    </message>
    <message>
        <source>The inspection was not finalized.</source>
        <translation>لم يُعتمد التفتيش.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no answer yet: %1. Answer them, or mark them not applicable.</source>
        <translation>
            <numerusform>لم تتم الإجابة بعد عن %n بند: %1. أجب عنها أو صنِّفها «لا ينطبق».</numerusform>
            <numerusform>لم تتم الإجابة بعد عن %n بند: %1. أجب عنه أو صنِّفه «لا ينطبق».</numerusform>
            <numerusform>لم تتم الإجابة بعد عن %n بندين: %1. أجب عنهما أو صنِّفهما «لا ينطبق».</numerusform>
            <numerusform>لم تتم الإجابة بعد عن %n بنود: %1. أجب عنها أو صنِّفها «لا ينطبق».</numerusform>
            <numerusform>لم تتم الإجابة بعد عن %n بندًا: %1. أجب عنها أو صنِّفها «لا ينطبق».</numerusform>
            <numerusform>لم تتم الإجابة بعد عن %n بند: %1. أجب عنها أو صنِّفها «لا ينطبق».</numerusform>
        </translation>
    </message>
    <message>
        <source>No correction was started.</source>
        <translation>لم يبدأ أي تصحيح.</translation>
    </message>
    <message>
        <source>The inspection is still a draft: change it directly.</source>
        <translation>التفتيش لا يزال مسودة: عدِّله مباشرة.</translation>
    </message>
    <message>
        <source>A newer version of this inspection exists (of %1); correct that one.</source>
        <translation>توجد نسخة أحدث من هذا التفتيش (بتاريخ %1)؛ صحِّح تلك النسخة.</translation>
    </message>
    <message>
        <source>Say why the inspection is corrected.</source>
        <translation>اذكر سبب تصحيح التفتيش.</translation>
    </message>
    <message>
        <source>The draft was not thrown away.</source>
        <translation>لم تُحذف المسودة.</translation>
    </message>
    <message>
        <source>There is no inspection with the id %1.</source>
        <translation>لا يوجد تفتيش بالمعرّف %1.</translation>
    </message>
    <message>
        <source>Cannot read the inspections: %1</source>
        <translation>تعذّرت قراءة عمليات التفتيش: %1</translation>
    </message>
    <message>
        <source>The standards document of this inspection (%1) is not in this database; import the ministry&apos;s latest bundle.</source>
        <translation>وثيقة المعايير الخاصة بهذا التفتيش (%1) غير موجودة في قاعدة البيانات هذه؛ استورد آخر حزمة من الوزارة.</translation>
    </message>
</context>
<context>
    <name>InspectionTemplate</name>
    <message>
        <source>%1: the %2 needs its Arabic, French and English text.</source>
        <translation>%1: يحتاج الحقل %2 إلى نصه بالعربية والفرنسية والإنجليزية.</translation>
    </message>
    <message>
        <source>%1: the key “%2” is not a short name of lowercase letters, digits, dots and dashes.</source>
        <translation>%1: الرمز «%2» ليس اسمًا قصيرًا مكوَّنًا من حروف لاتينية صغيرة وأرقام ونقط وشرطات.</translation>
    </message>
    <message>
        <source>%1: the key “%2” is used twice.</source>
        <translation>%1: الرمز «%2» مستعمل مرتين.</translation>
    </message>
    <message>
        <source>%1: the weight must be a whole number from 1 to %2.</source>
        <translation>%1: يجب أن يكون الوزن عددًا صحيحًا من 1 إلى %2.</translation>
    </message>
    <message>
        <source>%1: a scale goes from 0 to a maximum from 1 to %2.</source>
        <translation>%1: يمتد السلّم من 0 إلى حد أقصى يتراوح بين 1 و%2.</translation>
    </message>
    <message>
        <source>%1: the scoring must be “compliance” or “scale”, not “%2”.</source>
        <translation>%1: يجب أن تكون طريقة التنقيط «compliance» أو «scale»، وليس «%2».</translation>
    </message>
    <message>
        <source>This is not a template file: %1 at character %2.</source>
        <translation>هذا ليس ملف نموذج: %1 عند الحرف %2.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>The template file format must be %1.</source>
        <translation>يجب أن يكون إصدار صيغة ملف النموذج %1.</translation>
    </message>
    <message>
        <source>The template&apos;s code “%1” is not a short name of lowercase letters, digits and dashes.</source>
        <translation>رمز النموذج «%1» ليس اسمًا قصيرًا مكوَّنًا من حروف لاتينية صغيرة وأرقام وشرطات.</translation>
    </message>
    <message>
        <source>The edition must be a whole number from 1.</source>
        <translation>يجب أن يكون الإصدار عددًا صحيحًا يساوي 1 أو أكثر.</translation>
    </message>
    <message>
        <source>The template has no sections.</source>
        <translation>لا يتضمن النموذج أي محور.</translation>
    </message>
    <message>
        <source>%1: the section has no standards.</source>
        <translation>%1: لا يتضمن المحور أي معيار.</translation>
    </message>
    <message>
        <source>%1: the standard has no items.</source>
        <translation>%1: لا يتضمن المعيار أي بند.</translation>
    </message>
    <message>
        <source>The template was not accepted.</source>
        <translation>لم يُقبل النموذج.</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>partly compliant</source>
        <translation>مطابق جزئيا</translation>
    </message>
    <message>
        <source>not compliant</source>
        <translation>غير مطابق</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>The institution as a whole</source>
        <translation>المؤسسة ككل</translation>
    </message>
</context>
<context>
    <name>InstitutionKind</name>
    <message>
        <source>Student boarding house</source>
        <translation>دار الطالب</translation>
    </message>
    <message>
        <source>Children&apos;s home</source>
        <translation>دار الأطفال</translation>
    </message>
    <message>
        <source>Social protection centre</source>
        <translation>مركز الحماية الاجتماعية</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>مؤسسة أخرى</translation>
    </message>
</context>
<context>
    <name>InstitutionRoster</name>
    <message>
        <source>The list of institutions is kept by the ministry; a house proposes changes to its own institution (Requests screen, or riaya-cli institutions propose).</source>
        <translation>تتولى الوزارة مسك لائحة المؤسسات؛ وتقترح الدار التغييرات على مؤسستها (شاشة الطلبات، أو الأمر riaya-cli institutions propose).</translation>
    </message>
    <message>
        <source>The same institution as row %1 (%2).</source>
        <translation>المؤسسة نفسها الواردة في الصف %1 (%2).</translation>
    </message>
</context>
<context>
    <name>InstitutionStore</name>
    <message>
        <source>The institution was not saved.</source>
        <translation>لم يتم حفظ المؤسسة.</translation>
    </message>
    <message>
        <source>The institution could not be saved to disk.</source>
        <translation>تعذّر حفظ المؤسسة على القرص.</translation>
    </message>
    <message numerus="yes">
        <source>%n residents are present; the capacity cannot be lower.</source>
        <translation>
            <numerusform>عدد المستفيدين المقيمين حاليًا %n؛ لا يمكن أن تقلّ الطاقة الاستيعابية عن هذا العدد.</numerusform>
            <numerusform>عدد المستفيدين المقيمين حاليًا %n؛ لا يمكن أن تقلّ الطاقة الاستيعابية عن هذا العدد.</numerusform>
            <numerusform>عدد المستفيدين المقيمين حاليًا %n؛ لا يمكن أن تقلّ الطاقة الاستيعابية عن هذا العدد.</numerusform>
            <numerusform>عدد المستفيدين المقيمين حاليًا %n؛ لا يمكن أن تقلّ الطاقة الاستيعابية عن هذا العدد.</numerusform>
            <numerusform>عدد المستفيدين المقيمين حاليًا %n؛ لا يمكن أن تقلّ الطاقة الاستيعابية عن هذا العدد.</numerusform>
            <numerusform>عدد المستفيدين المقيمين حاليًا %n؛ لا يمكن أن تقلّ الطاقة الاستيعابية عن هذا العدد.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no institution with the id %1.</source>
        <translation>لا توجد مؤسسة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>Cannot read the institutions: %1</source>
        <translation>تعذّرت قراءة المؤسسات: %1</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>the key rotation it carries cannot be read.</source>
        <translation>تعذّرت قراءة تجديد المفاتيح الذي يحمله.</translation>
    </message>
    <message>
        <source>Only the ministry hub rotates its keys. A site whose key is lost or stolen makes new ones (“keys create --replace”), which the ministry enrols after revoking the old key.</source>
        <translation>وحدها المنصة المركزية للوزارة تجدِّد مفاتيحها. الموقع الذي ضاع مفتاحه أو سُرق يُنشئ مفاتيح جديدة («keys create --replace») تسجِّلها الوزارة بعد إلغاء المفتاح القديم.</translation>
    </message>
    <message>
        <source>The statements of the earlier rotations are damaged; the keys were not rotated.</source>
        <translation>إقرارات التجديدات السابقة تالفة؛ لم تُجدَّد المفاتيح.</translation>
    </message>
    <message>
        <source>The ministry&apos;s keys were rotated too many times for a bundle to carry the statements; nothing was changed.</source>
        <translation>جُدِّدت مفاتيح الوزارة مرات كثيرة جدًا فلا تتسع حزمة المزامنة لإقراراتها؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The new keys could not be saved to disk; the old ones stay.</source>
        <translation>تعذّر حفظ المفاتيح الجديدة على القرص؛ تبقى المفاتيح القديمة.</translation>
    </message>
    <message>
        <source>the key rotation it carries does not start from the key this site trusts for “%1” (%2); nothing was changed.</source>
        <translation>تجديد المفاتيح الذي يحمله لا ينطلق من المفتاح الذي يثق به هذا الموقع لـ«%1» (%2)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>the key rotation it carries is not a %1 statement; nothing was changed.</source>
        <translation>تجديد المفاتيح الذي يحمله ليس إقرارًا من نوع %1؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>the key rotation it carries is for another site (%1), not for “%2”; nothing was changed.</source>
        <translation>تجديد المفاتيح الذي يحمله يخص موقعًا آخر (%1) لا «%2»؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>the key rotation it carries is broken: a statement does not start from the key the one before it gave; nothing was changed.</source>
        <translation>تجديد المفاتيح الذي يحمله منقطع: أحد الإقرارات لا ينطلق من المفتاح الذي أعطاه الإقرار السابق؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>the key rotation it carries does not name a new signing key and encryption key; nothing was changed.</source>
        <translation>تجديد المفاتيح الذي يحمله لا يسمّي مفتاح توقيع ومفتاح تشفير جديدين؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>the key rotation it carries is not signed by the key this site trusts for “%1”: it was forged or changed after signing; nothing was changed.</source>
        <translation>تجديد المفاتيح الذي يحمله غير موقَّع بالمفتاح الذي يثق به هذا الموقع لـ«%1»: زُوِّر أو غُيِّر بعد التوقيع؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>the key rotation it carries is not signed by the new key it names: it was forged or changed after signing; nothing was changed.</source>
        <translation>تجديد المفاتيح الذي يحمله غير موقَّع بالمفتاح الجديد الذي يسمّيه: زُوِّر أو غُيِّر بعد التوقيع؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Cannot trust the new keys of “%1”: %2</source>
        <translation>تعذّر الوثوق بالمفاتيح الجديدة لـ«%1»: %2</translation>
    </message>
    <message>
        <source>The new keys of “%1” could not be saved to disk.</source>
        <translation>تعذّر حفظ المفاتيح الجديدة لـ«%1» على القرص.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>الذاكرة غير كافية لاشتقاق المفتاح من عبارة المرور.</translation>
    </message>
    <message>
        <source>This site already has its keys; nothing was changed.</source>
        <translation>لهذا الموقع مفاتيحه بالفعل؛ لم يُغيَّر أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>يجب أن تتكوّن عبارة المرور من %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكوّن عبارة المرور من %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكوّن عبارة المرور من %n حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكوّن عبارة المرور من %n أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكوّن عبارة المرور من %n حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكوّن عبارة المرور من %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot store the keys: %1</source>
        <translation>تعذّر حفظ المفاتيح: %1</translation>
    </message>
    <message>
        <source>The keys could not be saved to disk.</source>
        <translation>تعذّر حفظ المفاتيح على القرص.</translation>
    </message>
    <message>
        <source>Cannot read the keys: %1</source>
        <translation>تعذّرت قراءة المفاتيح: %1</translation>
    </message>
    <message>
        <source>The passphrase does not open this site&apos;s keys.</source>
        <translation>عبارة المرور لا تفتح مفاتيح هذا الموقع.</translation>
    </message>
    <message>
        <source>The sealed key is damaged.</source>
        <translation>المفتاح المختوم تالف.</translation>
    </message>
    <message>
        <source>The sealed key asks for a key derivation Riaya does not accept (%1 passes over %2 KiB of memory; at most %3 passes over %4 KiB): the file was damaged or tampered with, and nothing was opened.</source>
        <translation>يطلب المفتاح المختوم اشتقاقًا للمفتاح لا تقبله «رعاية» (%1 تمريرات على %2 كيلوبايت من الذاكرة؛ والحد الأقصى %3 تمريرات على %4 كيلوبايت): الملف تالف أو عُبث به، ولم يُفتح شيء.</translation>
    </message>
    <message>
        <source>Cannot store the keys: the statement that vouches for them was not saved.</source>
        <translation>تعذّر حفظ المفاتيح: لم يُحفظ الإقرار الذي يضمنها.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase repeats too few characters: choose a few words, with at least %n different characters.</source>
        <translation>
            <numerusform>عبارة المرور تكرّر أحرفًا قليلة: اختر بضع كلمات فيها على الأقل %n حرف مختلف.</numerusform>
            <numerusform>عبارة المرور تكرّر أحرفًا قليلة: اختر بضع كلمات فيها على الأقل %n حرف مختلف.</numerusform>
            <numerusform>عبارة المرور تكرّر أحرفًا قليلة: اختر بضع كلمات فيها على الأقل %n حرفان مختلفان.</numerusform>
            <numerusform>عبارة المرور تكرّر أحرفًا قليلة: اختر بضع كلمات فيها على الأقل %n أحرف مختلفة.</numerusform>
            <numerusform>عبارة المرور تكرّر أحرفًا قليلة: اختر بضع كلمات فيها على الأقل %n حرفًا مختلفًا.</numerusform>
            <numerusform>عبارة المرور تكرّر أحرفًا قليلة: اختر بضع كلمات فيها على الأقل %n حرف مختلف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new passphrase could not be saved to disk.</source>
        <translation>تعذّر حفظ عبارة المرور الجديدة على القرص.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one; nothing was changed.</source>
        <translation>عبارة المرور الجديدة هي الحالية نفسها؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This site has no keys yet; create them first (on the Sync screen, or with “riaya-cli keys create”).</source>
        <translation>لا مفاتيح لهذا الموقع بعد؛ أنشئها أولًا (في شاشة المزامنة، أو بالأمر «riaya-cli keys create»).</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>Kafala decision</source>
        <translation>أمر بالكفالة</translation>
    </message>
    <message>
        <source>Placement order</source>
        <translation>أمر بالإيداع</translation>
    </message>
</context>
<context>
    <name>MissingMonths</name>
    <message>
        <source>Cannot read the sites&apos; months: %1</source>
        <translation>تعذّرت قراءة أشهر المواقع: %1</translation>
    </message>
    <message>
        <source>Approved and received</source>
        <translation>مصادق عليه ومستلَم</translation>
    </message>
    <message>
        <source>Received, not approved</source>
        <translation>مستلَم، غير مصادق عليه</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>لم يُستلَم</translation>
    </message>
</context>
<context>
    <name>MonthAggregates</name>
    <message>
        <source>Cannot compute the figures: %1</source>
        <translation>تعذّر حساب الأرقام: %1</translation>
    </message>
    <message>
        <source>Cannot read which figures to compute: %1</source>
        <translation>تعذّرت معرفة الأرقام المراد حسابها: %1</translation>
    </message>
    <message>
        <source>Cannot save the figures: %1</source>
        <translation>تعذّر حفظ الأرقام: %1</translation>
    </message>
    <message>
        <source>Cannot compute the figures again: %1</source>
        <translation>تعذّرت إعادة حساب الأرقام: %1</translation>
    </message>
    <message>
        <source>Cannot save the figures.</source>
        <translation>تعذّر حفظ الأرقام.</translation>
    </message>
</context>
<context>
    <name>MonthCompleteness</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 و%n آخرين</numerusform>
            <numerusform>%1 و%n آخر</numerusform>
            <numerusform>%1 و%n آخران</numerusform>
            <numerusform>%1 و%n آخرين</numerusform>
            <numerusform>%1 و%n آخرين</numerusform>
            <numerusform>%1 و%n آخرين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 presence marks expected are missing.</source>
        <translation>
            <numerusform>تنقص %n من أصل %1 علامة حضور منتظرة.</numerusform>
            <numerusform>تنقص %n من أصل %1 علامة حضور منتظرة.</numerusform>
            <numerusform>تنقص %n من أصل %1 علامة حضور منتظرة.</numerusform>
            <numerusform>تنقص %n من أصل %1 علامة حضور منتظرة.</numerusform>
            <numerusform>تنقص %n من أصل %1 علامة حضور منتظرة.</numerusform>
            <numerusform>تنقص %n من أصل %1 علامة حضور منتظرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was marked on %n days: %1.</source>
        <translation>
            <numerusform>لم تُسجَّل أي علامة حضور في %n يوم: %1.</numerusform>
            <numerusform>لم تُسجَّل أي علامة حضور في %n يوم: %1.</numerusform>
            <numerusform>لم تُسجَّل أي علامة حضور في %n يومين: %1.</numerusform>
            <numerusform>لم تُسجَّل أي علامة حضور في %n أيام: %1.</numerusform>
            <numerusform>لم تُسجَّل أي علامة حضور في %n يومًا: %1.</numerusform>
            <numerusform>لم تُسجَّل أي علامة حضور في %n يوم: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residents have days without a mark: %1.</source>
        <translation>
            <numerusform>لدى %n مقيم أيام بلا علامة حضور: %1.</numerusform>
            <numerusform>لدى %n مقيم أيام بلا علامة حضور: %1.</numerusform>
            <numerusform>لدى %n مقيمَين أيام بلا علامة حضور: %1.</numerusform>
            <numerusform>لدى %n مقيمين أيام بلا علامة حضور: %1.</numerusform>
            <numerusform>لدى %n مقيمًا أيام بلا علامة حضور: %1.</numerusform>
            <numerusform>لدى %n مقيم أيام بلا علامة حضور: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days)</source>
        <translation>
            <numerusform>%1 (%n يوم)</numerusform>
            <numerusform>%1 (%n يوم)</numerusform>
            <numerusform>%1 (%n يومان)</numerusform>
            <numerusform>%1 (%n أيام)</numerusform>
            <numerusform>%1 (%n يومًا)</numerusform>
            <numerusform>%1 (%n يوم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residents in school have no decision for the school year %1: %2.</source>
        <translation>
            <numerusform>ليس لـ %n مقيم متمدرس قرارُ السنة الدراسية %1: %2.</numerusform>
            <numerusform>ليس لـ %n مقيم متمدرس قرارُ السنة الدراسية %1: %2.</numerusform>
            <numerusform>ليس لـ %n مقيمَين متمدرسَين قرارُ السنة الدراسية %1: %2.</numerusform>
            <numerusform>ليس لـ %n مقيمين متمدرسين قرارُ السنة الدراسية %1: %2.</numerusform>
            <numerusform>ليس لـ %n مقيمًا متمدرسًا قرارُ السنة الدراسية %1: %2.</numerusform>
            <numerusform>ليس لـ %n مقيم متمدرس قرارُ السنة الدراسية %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residents in school have no result yet for the school year %1: %2.</source>
        <translation>
            <numerusform>ليس لـ %n مقيم متمدرس أي نتيجة بعد في السنة الدراسية %1: %2.</numerusform>
            <numerusform>ليس لـ %n مقيم متمدرس أي نتيجة بعد في السنة الدراسية %1: %2.</numerusform>
            <numerusform>ليس لـ %n مقيمَين متمدرسَين أي نتيجة بعد في السنة الدراسية %1: %2.</numerusform>
            <numerusform>ليس لـ %n مقيمين متمدرسين أي نتيجة بعد في السنة الدراسية %1: %2.</numerusform>
            <numerusform>ليس لـ %n مقيمًا متمدرسًا أي نتيجة بعد في السنة الدراسية %1: %2.</numerusform>
            <numerusform>ليس لـ %n مقيم متمدرس أي نتيجة بعد في السنة الدراسية %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the stays: %1</source>
        <translation>تعذّرت قراءة فترات الإقامة: %1</translation>
    </message>
    <message>
        <source>Cannot read the presence marks: %1</source>
        <translation>تعذّرت قراءة تسجيلات الحضور: %1</translation>
    </message>
    <message>
        <source>Cannot read the school results: %1</source>
        <translation>تعذّرت قراءة النتائج الدراسية: %1</translation>
    </message>
</context>
<context>
    <name>MonthReport</name>
    <message>
        <source>Only a month that has ended can be closed; %1 ends on %2.</source>
        <translation>لا يُقفل إلا شهر انتهى؛ ينتهي %1 في %2.</translation>
    </message>
    <message>
        <source>There is no institution %1.</source>
        <translation>لا توجد مؤسسة %1.</translation>
    </message>
    <message>
        <source>Cannot count the stays: %1</source>
        <translation>تعذّر عدّ فترات الإقامة: %1</translation>
    </message>
    <message>
        <source>Cannot count the incidents: %1</source>
        <translation>تعذّر عدّ الحوادث: %1</translation>
    </message>
    <message>
        <source>The approval could not be saved to disk.</source>
        <translation>تعذّر حفظ المصادقة على القرص.</translation>
    </message>
    <message>
        <source>The approval is recorded in the name of the person signed in, %1.</source>
        <translation>تُسجَّل المصادقة باسم الشخص المتصل، %1.</translation>
    </message>
    <message>
        <source>Only a database without accounts names who approves.</source>
        <translation>لا يُذكر اسم المصادِق إلا في قاعدة بيانات بلا حسابات.</translation>
    </message>
    <message>
        <source>%1 is incomplete, and was not approved. %2 Complete the records, or approve the month as incomplete.</source>
        <translation>الشهر %1 غير مكتمل، ولم تتم المصادقة عليه. %2 أكمل السجلات، أو صادق على الشهر على أنه غير مكتمل.</translation>
    </message>
</context>
<context>
    <name>MonthlyReports</name>
    <message>
        <source>Figures of the month</source>
        <translation>أرقام الشهر</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>In the house on the first day</source>
        <translation>في الدار في اليوم الأول</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>القبولات</translation>
    </message>
    <message>
        <source>Exits: left</source>
        <translation>المغادرات: غادر الدار</translation>
    </message>
    <message>
        <source>Exits: transferred</source>
        <translation>المغادرات: نُقل</translation>
    </message>
    <message>
        <source>Exits: placed in a family</source>
        <translation>المغادرات: أُودع لدى أسرة</translation>
    </message>
    <message>
        <source>In the house after the last day</source>
        <translation>في الدار بعد اليوم الأخير</translation>
    </message>
    <message>
        <source>Presence marks: present</source>
        <translation>تسجيلات الحضور: حاضر</translation>
    </message>
    <message>
        <source>Presence marks: absent</source>
        <translation>تسجيلات الحضور: غائب</translation>
    </message>
    <message>
        <source>Presence marks: on leave</source>
        <translation>تسجيلات الحضور: في رخصة</translation>
    </message>
    <message>
        <source>Presence marks: sick</source>
        <translation>تسجيلات الحضور: مريض</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Presence rate</source>
        <translation>نسبة الحضور</translation>
    </message>
    <message>
        <source>Monthly report of %1, %2</source>
        <translation>التقرير الشهري لـ %1، %2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>الإقليم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>غير مصادق عليه</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>صادق عليه</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>تاريخ المصادقة</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>تاريخ الطبع</translation>
    </message>
    <message>
        <source>National monthly report, %1</source>
        <translation>التقرير الشهري الوطني، %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>نسبة الإشغال</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>المغادرات</translation>
    </message>
    <message>
        <source>Cannot read the figures: %1</source>
        <translation>تعذّرت قراءة الأرقام: %1</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>Totals per region</source>
        <translation>المجاميع حسب الجهة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation>الإيداع لدى الأسر البديلة</translation>
    </message>
    <message>
        <source>Children placed in families at the end of the month</source>
        <translation>الأطفال المودَعون لدى الأسر في نهاية الشهر</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>الإيداعات التي بدأت</translation>
    </message>
    <message>
        <source>Placements ended</source>
        <translation>الإيداعات التي انتهت</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>زيارات التتبع المتأخرة</translation>
    </message>
    <message>
        <source>Families: %1</source>
        <translation>الأسر: %1</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>حالات العودة: %1</translation>
    </message>
</context>
<context>
    <name>OwnershipRules</name>
    <message>
        <source>The record %1 of %2 claims to be the ministry&apos;s, but the ministry did not sign it.</source>
        <translation>يُقدَّم السجل %1 من الجدول %2 على أنه تابع للوزارة، لكن الوزارة لم توقّعه.</translation>
    </message>
    <message>
        <source>The record %1 of %2 is about a record that is not known here.</source>
        <translation>السجل %1 من الجدول %2 يتعلق بسجل غير معروف هنا.</translation>
    </message>
    <message>
        <source>Cannot read the record %1 of %2.</source>
        <translation>تعذّرت قراءة السجل %1 من %2.</translation>
    </message>
</context>
<context>
    <name>PlacementFigures</name>
    <message>
        <source>The figures need a first month before the last.</source>
        <translation>يجب أن يسبق الشهرُ الأول الشهرَ الأخير.</translation>
    </message>
    <message>
        <source>Cannot read the placements: %1</source>
        <translation>تعذّرت قراءة الإيداعات: %1</translation>
    </message>
</context>
<context>
    <name>PlacementOutcome</name>
    <message>
        <source>Returned to the family of origin</source>
        <translation>العودة إلى الأسرة الأصلية</translation>
    </message>
    <message>
        <source>Kafala or adoption made permanent</source>
        <translation>كفالة نهائية</translation>
    </message>
    <message>
        <source>Returned to an institution</source>
        <translation>العودة إلى مؤسسة</translation>
    </message>
    <message>
        <source>Came of age</source>
        <translation>بلوغ سن الرشد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>PlacementStore</name>
    <message>
        <source>The child was not placed.</source>
        <translation>لم يتم إيداع الطفل.</translation>
    </message>
    <message>
        <source>%1 is already placed with the family %2 since %3; end that placement first.</source>
        <translation>الطفل %1 مودَع لدى الأسرة %2 منذ %3؛ أنهِ ذلك الإيداع أولًا.</translation>
    </message>
    <message>
        <source>The placement starts on a day between the child&apos;s birth and today.</source>
        <translation>يبدأ الإيداع في يوم يقع بين تاريخ ازدياد الطفل وتاريخ اليوم.</translation>
    </message>
    <message>
        <source>The family %1 is not approved (it is at “%2”); only approved families receive children.</source>
        <translation>الأسرة %1 غير معتمدة (حالتها «%2»)؛ لا تستقبل الأطفالَ إلا الأسرُ المعتمدة.</translation>
    </message>
    <message>
        <source>The approval of the family %1 expired on %2; renew it before placing a child.</source>
        <translation>انتهت صلاحية اعتماد الأسرة %1 بتاريخ %2؛ جدِّده قبل إيداع طفل.</translation>
    </message>
    <message numerus="yes">
        <source>The family %1 is full: %n child(ren) for its capacity of %2.</source>
        <translation>
            <numerusform>بلغت الأسرة %1 طاقتها الاستيعابية: لديها %n طفل والطاقة الاستيعابية %2.</numerusform>
            <numerusform>بلغت الأسرة %1 طاقتها الاستيعابية: لديها %n طفل والطاقة الاستيعابية %2.</numerusform>
            <numerusform>بلغت الأسرة %1 طاقتها الاستيعابية: لديها %n طفلان والطاقة الاستيعابية %2.</numerusform>
            <numerusform>بلغت الأسرة %1 طاقتها الاستيعابية: لديها %n أطفال والطاقة الاستيعابية %2.</numerusform>
            <numerusform>بلغت الأسرة %1 طاقتها الاستيعابية: لديها %n طفلًا والطاقة الاستيعابية %2.</numerusform>
            <numerusform>بلغت الأسرة %1 طاقتها الاستيعابية: لديها %n طفل والطاقة الاستيعابية %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The legal basis is kafala or placement_order.</source>
        <translation>الأساس القانوني هو kafala (أمر بالكفالة) أو placement_order (أمر بالإيداع).</translation>
    </message>
    <message>
        <source>Give the reference of the kafala decision or of the placement order.</source>
        <translation>حدِّد مرجع الأمر بالكفالة أو الأمر بالإيداع.</translation>
    </message>
    <message>
        <source>The review date comes after the start.</source>
        <translation>يكون تاريخ المراجعة لاحقًا لتاريخ البدء.</translation>
    </message>
    <message>
        <source>Visits come every 1 to 12 months.</source>
        <translation>تُجرى الزيارات كل شهر إلى 12 شهرًا.</translation>
    </message>
    <message>
        <source>Placed with the family %1 (%2)</source>
        <translation>إيداع لدى الأسرة %1 (%2)</translation>
    </message>
    <message>
        <source>The placement could not be saved to disk.</source>
        <translation>تعذّر حفظ الإيداع على القرص.</translation>
    </message>
    <message>
        <source>The placement was not ended.</source>
        <translation>لم يتم إنهاء الإيداع.</translation>
    </message>
    <message>
        <source>It ended on %1 already.</source>
        <translation>سبق أن انتهى بتاريخ %1.</translation>
    </message>
    <message>
        <source>The placement ends between its start (%1) and today.</source>
        <translation>ينتهي الإيداع ما بين تاريخ بدئه (%1) وتاريخ اليوم.</translation>
    </message>
    <message>
        <source>The outcome is one of: %1.</source>
        <translation>المآل إحدى القيم التالية: %1.</translation>
    </message>
    <message>
        <source>Say why the child returned; the ministry follows the reasons.</source>
        <translation>اذكر سبب عودة الطفل؛ فالوزارة تتتبع الأسباب.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>يتجاوز السبب %1 حرفًا.</translation>
    </message>
    <message>
        <source>Name the institution the child returns to.</source>
        <translation>حدِّد المؤسسة التي يعود إليها الطفل.</translation>
    </message>
    <message>
        <source>The visit was not saved.</source>
        <translation>لم يتم حفظ الزيارة.</translation>
    </message>
    <message>
        <source>The visit is dated between the placement&apos;s start (%1) and %2.</source>
        <translation>يكون تاريخ الزيارة ما بين تاريخ بدء الإيداع (%1) و%2.</translation>
    </message>
    <message>
        <source>Name the social worker who visited.</source>
        <translation>حدِّد المساعد الاجتماعي الذي قام بالزيارة.</translation>
    </message>
    <message>
        <source>The child&apos;s wellbeing is good, fair or poor.</source>
        <translation>حالة الطفل هي good أو fair أو poor (جيدة، متوسطة، سيئة).</translation>
    </message>
    <message>
        <source>A note is longer than %1 characters.</source>
        <translation>تتجاوز إحدى الملاحظات %1 حرفًا.</translation>
    </message>
    <message>
        <source>The visit could not be saved to disk.</source>
        <translation>تعذّر حفظ الزيارة على القرص.</translation>
    </message>
    <message>
        <source>There is no placement with the id %1.</source>
        <translation>لا يوجد إيداع بالمعرّف %1.</translation>
    </message>
    <message>
        <source>Cannot read the placements: %1</source>
        <translation>تعذّرت قراءة الإيداعات: %1</translation>
    </message>
</context>
<context>
    <name>PresenceState</name>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <translation>غائب دون رخصة</translation>
    </message>
    <message>
        <source>Away with leave</source>
        <translation>في رخصة</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>مريض</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>female</comment>
        <translation>حاضرة</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <comment>female</comment>
        <translation>غائبة دون رخصة</translation>
    </message>
    <message>
        <source>Away with leave</source>
        <comment>female</comment>
        <translation>في رخصة</translation>
    </message>
    <message>
        <source>Sick</source>
        <comment>female</comment>
        <translation>مريضة</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>male</comment>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <comment>male</comment>
        <translation>غائب دون رخصة</translation>
    </message>
    <message>
        <source>Away with leave</source>
        <comment>male</comment>
        <translation>في رخصة</translation>
    </message>
    <message>
        <source>Sick</source>
        <comment>male</comment>
        <translation>مريض</translation>
    </message>
</context>
<context>
    <name>PresenceStore</name>
    <message>
        <source>Cannot read the presence sheet: %1</source>
        <translation>تعذّرت قراءة ورقة الحضور: %1</translation>
    </message>
    <message>
        <source>The presence sheet cannot be shown.</source>
        <translation>يتعذّر عرض ورقة الحضور.</translation>
    </message>
    <message>
        <source>The day is required (YYYY-MM-DD).</source>
        <translation>تحديد اليوم إلزامي (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The presence sheet was not saved.</source>
        <translation>لم يتم حفظ ورقة الحضور.</translation>
    </message>
    <message>
        <source>Presence cannot be marked for a day to come.</source>
        <translation>لا يمكن تسجيل الحضور ليوم لم يحلّ بعد.</translation>
    </message>
    <message>
        <source>%1 is marked twice on the sheet.</source>
        <translation>المستفيد %1 مسجَّل مرتين في ورقة الحضور.</translation>
    </message>
    <message>
        <source>%1 is not present in this institution; only its present residents can be marked.</source>
        <translation>المستفيد %1 غير مقيم بهذه المؤسسة؛ لا يمكن تسجيل حضور غير المستفيدين المقيمين بها.</translation>
    </message>
    <message>
        <source>%1 was admitted on %2, after this day.</source>
        <translation>قُبل المستفيد %1 بتاريخ %2، أي بعد هذا اليوم.</translation>
    </message>
    <message>
        <source>Choose a state for %1 to keep the note.</source>
        <translation>اختر حالة للمستفيد %1 للاحتفاظ بالملاحظة.</translation>
    </message>
    <message>
        <source>Unknown state “%1” for %2; use one of %3.</source>
        <translation>حالة غير معروفة «%1» للمستفيد %2؛ استعمل إحدى الحالات التالية: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The note for %1 is longer than %n characters.</source>
        <translation>
            <numerusform>ملاحظة المستفيد %1 أطول من %n حرف.</numerusform>
            <numerusform>ملاحظة المستفيد %1 أطول من %n حرف.</numerusform>
            <numerusform>ملاحظة المستفيد %1 أطول من %n حرفين.</numerusform>
            <numerusform>ملاحظة المستفيد %1 أطول من %n أحرف.</numerusform>
            <numerusform>ملاحظة المستفيد %1 أطول من %n حرفًا.</numerusform>
            <numerusform>ملاحظة المستفيد %1 أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The presence sheet could not be saved to disk.</source>
        <translation>تعذّر حفظ ورقة الحضور على القرص.</translation>
    </message>
    <message>
        <source>The month&apos;s presence cannot be shown.</source>
        <translation>يتعذّر عرض حضور الشهر.</translation>
    </message>
    <message>
        <source>The month is from 1 to 12.</source>
        <translation>الشهر عدد من 1 إلى 12.</translation>
    </message>
    <message>
        <source>Cannot read the presence marks: %1</source>
        <translation>تعذّرت قراءة تسجيلات الحضور: %1</translation>
    </message>
    <message>
        <source>The month&apos;s presence cannot be counted.</source>
        <translation>يتعذّر إحصاء حضور الشهر.</translation>
    </message>
    <message>
        <source>Cannot count the presence marks: %1</source>
        <translation>تعذّر عدّ تسجيلات الحضور: %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>لا تحفظ</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>Approve</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>الموافقة بشروط</translation>
    </message>
    <message>
        <source>Study further</source>
        <translation>استكمال البحث</translation>
    </message>
    <message>
        <source>Do not approve</source>
        <translation>عدم الموافقة</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>%1 is not a kind of record Riaya keeps.</source>
        <translation>النوع %1 ليس من أنواع السجلات التي يحفظها «رعاية».</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>لا يحتوي الجدول %1 على الحقل %2.</translation>
    </message>
    <message>
        <source>Cannot save the new record in %1: %2</source>
        <translation>تعذّر حفظ السجل الجديد في الجدول %1: %2</translation>
    </message>
    <message>
        <source>There is no record %1 in %2.</source>
        <translation>لا يوجد السجل %1 في الجدول %2.</translation>
    </message>
    <message>
        <source>Cannot save the change to %1: %2</source>
        <translation>تعذّر حفظ التعديل في الجدول %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the change for sync: %1</source>
        <translation>تعذّر تسجيل التعديل من أجل المزامنة: %1</translation>
    </message>
    <message>
        <source>A record of %1 has fields this version of Riaya does not know.</source>
        <translation>يحتوي سجل من الجدول %1 على حقول لا يعرفها هذا الإصدار من «رعاية».</translation>
    </message>
    <message>
        <source>A record of %1 has no id, version or origin.</source>
        <translation>سجل من الجدول %1 يفتقد المعرّف أو الإصدار أو المصدر.</translation>
    </message>
    <message>
        <source>A record of %1 is neither new nor readable.</source>
        <translation>سجل من %1 ليس جديدًا ولا يمكن قراءته.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to another site; its owner cannot change.</source>
        <translation>السجل %1 من الجدول %2 تابع لموقع آخر؛ لا يمكن تغيير مالكه.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to %3; a record sent as %4&apos;s cannot change its owner.</source>
        <translation>السجل %1 من الجدول %2 تابع لـ %3؛ لا يمكن لسجل أُرسل على أنه تابع لـ %4 أن يغيّر مالكه.</translation>
    </message>
    <message>
        <source>The held record %1 of %2 cannot be saved: %3</source>
        <translation>تعذّر حفظ السجل المعلَّق %1 من الجدول %2: %3</translation>
    </message>
    <message>
        <source>Cannot record that this computer&apos;s clock was corrected.</source>
        <translation>تعذّر تسجيل تصحيح ساعة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The record %1 of %2 could not be applied: %3</source>
        <translation>تعذّر تطبيق السجل %1 من الجدول %2: %3</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Cannot write %1: name the file .pdf, .xlsx or .csv to choose its format.</source>
        <translation>تعذّرت كتابة %1: اجعل امتداد اسم الملف ‎.pdf أو ‎.xlsx أو ‎.csv لاختيار صيغته.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Nothing to list.</source>
        <translation>لا شيء للعرض.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>تعذّر رسم الصفحات</translation>
    </message>
</context>
<context>
    <name>RequestStore</name>
    <message>
        <source>The transfer request could not be saved to disk.</source>
        <translation>تعذّر حفظ طلب النقل على القرص.</translation>
    </message>
    <message>
        <source>The transfer was not asked for.</source>
        <translation>لم يُقدَّم طلب النقل.</translation>
    </message>
    <message>
        <source>There is no institution %1.</source>
        <translation>لا توجد مؤسسة %1.</translation>
    </message>
    <message>
        <source>This institution is run here: record a transfer between your own institutions instead.</source>
        <translation>هذه المؤسسة يسيّرها هذا الموقع: سجّل بدلًا من ذلك نقلًا بين مؤسساتك.</translation>
    </message>
    <message>
        <source>Give the reason for the transfer.</source>
        <translation>اذكر سبب النقل.</translation>
    </message>
    <message>
        <source>The day of the transfer is required.</source>
        <translation>تحديد يوم النقل إلزامي.</translation>
    </message>
    <message>
        <source>A transfer of %1 is already waiting for a decision.</source>
        <translation>يوجد بالفعل طلب نقل لـ%1 ينتظر قرارًا.</translation>
    </message>
    <message>
        <source>The request for access could not be saved to disk.</source>
        <translation>تعذّر حفظ طلب الإذن على القرص.</translation>
    </message>
    <message>
        <source>The access was not asked for.</source>
        <translation>لم يُقدَّم طلب الإذن.</translation>
    </message>
    <message>
        <source>The child&apos;s file is not here yet: name the institution of the house that holds it.</source>
        <translation>ملف الطفل ليس هنا بعد: حدِّد مؤسسة الدار التي تحوزه.</translation>
    </message>
    <message>
        <source>This site holds the child&apos;s file already.</source>
        <translation>يحوز هذا الموقع ملف الطفل من قبل.</translation>
    </message>
    <message>
        <source>Give the reason for the request.</source>
        <translation>اذكر سبب الطلب.</translation>
    </message>
    <message>
        <source>The proposal could not be saved to disk.</source>
        <translation>تعذّر حفظ الاقتراح على القرص.</translation>
    </message>
    <message>
        <source>The change was not proposed.</source>
        <translation>لم يُقترح التغيير.</translation>
    </message>
    <message>
        <source>A site proposes changes to the institutions it runs only.</source>
        <translation>لا يقترح الموقع تغييرات إلا على المؤسسات التي يسيّرها.</translation>
    </message>
    <message>
        <source>This site trusts no ministry yet: load the ministry&apos;s profile first.</source>
        <translation>لا يثق هذا الموقع بعدُ بأي وزارة: حمّل ملف تعريف الوزارة أولًا.</translation>
    </message>
    <message>
        <source>Say why the details change.</source>
        <translation>اذكر سبب تغيير البيانات.</translation>
    </message>
    <message>
        <source>Nothing differs from the details the ministry holds.</source>
        <translation>لا يختلف شيء عن البيانات التي تحتفظ بها الوزارة.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>لا يوجد طلب %1.</translation>
    </message>
    <message>
        <source>The request %1 was made by another site; only that site cancels it.</source>
        <translation>قدّم الطلبَ %1 موقعٌ آخر؛ ولا يلغيه إلا ذلك الموقع.</translation>
    </message>
    <message>
        <source>The request %1 is addressed to another site (%2); only that site decides it.</source>
        <translation>الطلب %1 موجَّه إلى موقع آخر (%2)؛ ولا يبتّ فيه إلا ذلك الموقع.</translation>
    </message>
    <message>
        <source>The request %1 was decided already (%2); a decision is final.</source>
        <translation>سبق البتّ في الطلب %1 (%2)؛ والقرار نهائي.</translation>
    </message>
    <message>
        <source>The decision could not be saved to disk.</source>
        <translation>تعذّر حفظ القرار على القرص.</translation>
    </message>
    <message>
        <source>The transfer was not accepted.</source>
        <translation>لم يُقبل النقل.</translation>
    </message>
    <message>
        <source>Choose one of the institutions this site runs.</source>
        <translation>اختر إحدى المؤسسات التي يسيّرها هذا الموقع.</translation>
    </message>
    <message>
        <source>The request was not refused.</source>
        <translation>لم يُرفض الطلب.</translation>
    </message>
    <message>
        <source>Say why, for the site that asked.</source>
        <translation>اذكر السبب للموقع الطالب.</translation>
    </message>
    <message>
        <source>The request could not be saved to disk.</source>
        <translation>تعذّر حفظ الطلب على القرص.</translation>
    </message>
</context>
<context>
    <name>ResidentField</name>
    <message>
        <source>First name (Arabic script)</source>
        <translation>الاسم الشخصي (بالحروف العربية)</translation>
    </message>
    <message>
        <source>Family name (Arabic script)</source>
        <translation>الاسم العائلي (بالحروف العربية)</translation>
    </message>
    <message>
        <source>First name (Latin script)</source>
        <translation>الاسم الشخصي (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Family name (Latin script)</source>
        <translation>الاسم العائلي (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>اسم الأم</translation>
    </message>
    <message>
        <source>Sex (F or M)</source>
        <translation>الجنس (F أو M)</translation>
    </message>
    <message>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>تاريخ الازدياد (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>مكان الازدياد</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Massar student code</source>
        <translation>رمز مسار للتلميذ</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>اسم الولي</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation to the resident</source>
        <translation>صلة الولي بالمستفيد</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone number</source>
        <translation>رقم هاتف الولي</translation>
    </message>
    <message>
        <source>Place of origin (commune or douar)</source>
        <translation>مكان الأصل (الجماعة أو الدوار)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المؤسسة التعليمية</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>المستوى الدراسي</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>ملاحظات صحية</translation>
    </message>
</context>
<context>
    <name>ResidentRegistration</name>
    <message>
        <source>The resident could not be saved to disk.</source>
        <translation>تعذّر حفظ المستفيد على القرص.</translation>
    </message>
</context>
<context>
    <name>ResidentRoster</name>
    <message>
        <source>The residents already registered could not be read: %1</source>
        <translation>تعذّرت قراءة المستفيدين المسجَّلين من قبل: %1</translation>
    </message>
    <message>
        <source>The same child as row %1 (%2).</source>
        <translation>الطفل نفسه الوارد في الصف %1 (%2).</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>استُورد من %1</translation>
    </message>
    <message>
        <source>%1 has no place left for this child: the rows above fill it.</source>
        <translation>لم يبق في %1 مكان لهذا الطفل: الصفوف التي قبله تملؤه.</translation>
    </message>
</context>
<context>
    <name>ResidentSex</name>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
</context>
<context>
    <name>ResidentStatus</name>
    <message>
        <source>Registered, not admitted</source>
        <translation>مسجَّل، غير مقبول بعد</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>مقيم</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>غادر</translation>
    </message>
    <message>
        <source>Placed in a family</source>
        <translation>مودَع لدى أسرة</translation>
    </message>
    <message>
        <source>Registered, not admitted</source>
        <comment>female</comment>
        <translation>مسجَّلة، غير مقبولة بعد</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>female</comment>
        <translation>مقيمة</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>female</comment>
        <translation>غادرت</translation>
    </message>
    <message>
        <source>Placed in a family</source>
        <comment>female</comment>
        <translation>مودَعة لدى أسرة</translation>
    </message>
    <message>
        <source>Registered, not admitted</source>
        <comment>male</comment>
        <translation>مسجَّل، غير مقبول بعد</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>male</comment>
        <translation>مقيم</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>male</comment>
        <translation>غادر</translation>
    </message>
    <message>
        <source>Placed in a family</source>
        <comment>male</comment>
        <translation>مودَع لدى أسرة</translation>
    </message>
</context>
<context>
    <name>ResidentStore</name>
    <message>
        <source>The resident was not saved.</source>
        <translation>لم يتم حفظ المستفيد.</translation>
    </message>
    <message>
        <source>The resident could not be saved to disk.</source>
        <translation>تعذّر حفظ المستفيد على القرص.</translation>
    </message>
    <message>
        <source>The resident could not be removed.</source>
        <translation>تعذّر حذف المستفيد.</translation>
    </message>
    <message>
        <source>There is no resident with the id %1.</source>
        <translation>لا يوجد مستفيد بالمعرّف %1.</translation>
    </message>
    <message>
        <source>Cannot read the residents: %1</source>
        <translation>تعذّرت قراءة بيانات المستفيدين: %1</translation>
    </message>
    <message>
        <source>Cannot count the residents: %1</source>
        <translation>تعذّر عدّ المستفيدين: %1</translation>
    </message>
    <message>
        <source>Cannot search the residents: %1</source>
        <translation>تعذّر البحث في المستفيدين: %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation>تعذّرت قراءة التعارضات: %1</translation>
    </message>
    <message>
        <source>Cannot read the probable duplicates: %1</source>
        <translation>تعذّرت قراءة الملفات المكرَّرة المحتملة: %1</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>لا يوجد تعارض مفتوح رقمه %1.</translation>
    </message>
    <message>
        <source>The decision could not be saved to disk.</source>
        <translation>تعذّر حفظ القرار على القرص.</translation>
    </message>
    <message>
        <source>There is no open probable duplicate %1.</source>
        <translation>لا يوجد ملف مكرَّر محتمل مفتوح رقمه %1.</translation>
    </message>
    <message>
        <source>The file to keep must be one of the pair %1.</source>
        <translation>يجب أن يكون الملف المحتفظ به أحد ملفي الزوج %1.</translation>
    </message>
    <message>
        <source>One of these files was already removed or merged; nothing was changed.</source>
        <translation>أحد هذين الملفين حُذف أو دُمج من قبل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The merge could not be saved to disk.</source>
        <translation>تعذّر حفظ الدمج على القرص.</translation>
    </message>
    <message>
        <source>These files are not merged any more; nothing was changed.</source>
        <translation>هذان الملفان لم يعودا مدمجين؛ لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The kept file was itself merged or removed since; undo that first. Nothing was changed.</source>
        <translation>الملف المحتفَظ به دُمج أو حُذف هو نفسه بعد ذلك؛ ألغِ ذلك أولًا. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>There is no decided probable duplicate %1.</source>
        <translation>لا يوجد مكرر محتمل مقرَّر برقم %1.</translation>
    </message>
    <message>
        <source>This merge was made by an earlier version of Riaya, which did not keep what the kept file took from the other; it cannot be undone. Nothing was changed.</source>
        <translation>أُجري هذا الدمج بإصدار سابق من رعاية لم يحتفظ بما أخذه الملف المحتفَظ به من الآخر؛ لذا لا يمكن إلغاؤه. لم يُغيَّر أي شيء.</translation>
    </message>
</context>
<context>
    <name>RosterField</name>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>تاريخ القبول</translation>
    </message>
    <message>
        <source>Family reference</source>
        <translation>مرجع الأسرة</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>اسم الفرد</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>القرابة</translation>
    </message>
    <message>
        <source>Member&apos;s birth year</source>
        <translation>سنة ازدياد الفرد</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>رب الأسرة</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Say where to save the rows that cannot be imported.</source>
        <translation>حدِّد مكان حفظ الصفوف التي يتعذر استيرادها.</translation>
    </message>
    <message>
        <source>The import could not be saved to disk; nothing was imported.</source>
        <translation>تعذّر حفظ الاستيراد على القرص؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>لا يحتوي الملف على أي صف.</translation>
    </message>
    <message>
        <source>No column is given the required fields: %1.</source>
        <translation>لم يُسند أي عمود إلى الحقول الإلزامية: %1.</translation>
    </message>
    <message>
        <source>The record could not be saved to disk.</source>
        <translation>تعذّر حفظ السجل على القرص.</translation>
    </message>
</context>
<context>
    <name>RosterPreview</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the members of a family</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Completes a record</source>
        <translation>يستكمل سجلًا</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>موجود من قبل</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>به مشاكل</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأفراد</translation>
    </message>
</context>
<context>
    <name>RosterProblem</name>
    <message>
        <source>Required value missing</source>
        <translation>قيمة إلزامية ناقصة</translation>
    </message>
    <message>
        <source>Date that cannot be read</source>
        <translation>تاريخ تتعذر قراءته</translation>
    </message>
    <message>
        <source>Sex not recognised</source>
        <translation>جنس غير معروف</translation>
    </message>
    <message>
        <source>School level not recognised</source>
        <translation>مستوى دراسي غير معروف</translation>
    </message>
    <message>
        <source>Institution not found</source>
        <translation>مؤسسة غير موجودة</translation>
    </message>
    <message>
        <source>Type of institution not recognised</source>
        <translation>نوع مؤسسة غير معروف</translation>
    </message>
    <message>
        <source>Number that cannot be read</source>
        <translation>عدد تتعذر قراءته</translation>
    </message>
    <message>
        <source>Value refused by the record&apos;s checks</source>
        <translation>قيمة رفضتها عمليات التحقق من السجل</translation>
    </message>
    <message>
        <source>Same record twice in the file</source>
        <translation>السجل نفسه مكرَّر في الملف</translation>
    </message>
    <message>
        <source>Refused when saved</source>
        <translation>رُفض عند الحفظ</translation>
    </message>
</context>
<context>
    <name>RosterRejects</name>
    <message>
        <source>Problems to correct</source>
        <translation>المشكلات الواجب تصحيحها</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>الصفوف غير المستوردة</translation>
    </message>
</context>
<context>
    <name>RosterTemplate</name>
    <message>
        <source>Roster</source>
        <translation>اللائحة</translation>
    </message>
</context>
<context>
    <name>RowValues</name>
    <message>
        <source>%1 is required and empty.</source>
        <translation>الحقل %1 إلزامي لكنه فارغ.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2); write it day/month/year, as 15/03/2012.</source>
        <translation>«%1» ليس تاريخا (%2)؛ اكتبه بالصيغة اليوم/الشهر/السنة، مثلا 15/03/2012.</translation>
    </message>
    <message>
        <source>“%1” is not a sex (%2); write ذكر or أنثى, M or F.</source>
        <translation>«%1» ليست قيمة صحيحة للجنس (%2)؛ اكتب ذكر أو أنثى، M أو F.</translation>
    </message>
    <message>
        <source>“%1” is not a school level Riaya knows (%2).</source>
        <translation>«%1» ليس مستوى دراسيًا تعرفه «رعاية» (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a type of institution Riaya knows (%2).</source>
        <translation>«%1» ليس نوع مؤسسة تعرفه «رعاية» (%2).</translation>
    </message>
    <message>
        <source>No institution of this database is named “%1” (%2); give its name as Riaya lists it, or its id.</source>
        <translation>لا توجد في قاعدة البيانات هذه مؤسسة باسم «%1» (%2)؛ اكتب اسمها كما يرد في لائحة «رعاية»، أو معرّفها.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number (%2).</source>
        <translation>«%1» ليس عددًا صحيحًا (%2).</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no (%2).</source>
        <translation>القيمة «%1» ليست «نعم» ولا «لا» (%2).</translation>
    </message>
</context>
<context>
    <name>SchoolDecision</name>
    <message>
        <source>Passed to the next year</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Repeats the year</source>
        <translation>مكرِّر</translation>
    </message>
    <message>
        <source>Dropped out of school</source>
        <translation>منقطع عن الدراسة</translation>
    </message>
    <message>
        <source>Passed to the next year</source>
        <comment>female</comment>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>Repeats the year</source>
        <comment>female</comment>
        <translation>مكرِّرة</translation>
    </message>
    <message>
        <source>Dropped out of school</source>
        <comment>female</comment>
        <translation>منقطعة عن الدراسة</translation>
    </message>
    <message>
        <source>Passed to the next year</source>
        <comment>male</comment>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Repeats the year</source>
        <comment>male</comment>
        <translation>مكرِّر</translation>
    </message>
    <message>
        <source>Dropped out of school</source>
        <comment>male</comment>
        <translation>منقطع عن الدراسة</translation>
    </message>
</context>
<context>
    <name>SchoolLevel</name>
    <message>
        <source>Primary, year 1</source>
        <translation>السنة الأولى ابتدائي</translation>
    </message>
    <message>
        <source>Primary, year 2</source>
        <translation>السنة الثانية ابتدائي</translation>
    </message>
    <message>
        <source>Primary, year 3</source>
        <translation>السنة الثالثة ابتدائي</translation>
    </message>
    <message>
        <source>Primary, year 4</source>
        <translation>السنة الرابعة ابتدائي</translation>
    </message>
    <message>
        <source>Primary, year 5</source>
        <translation>السنة الخامسة ابتدائي</translation>
    </message>
    <message>
        <source>Primary, year 6</source>
        <translation>السنة السادسة ابتدائي</translation>
    </message>
    <message>
        <source>Lower secondary, year 1</source>
        <translation>السنة الأولى إعدادي</translation>
    </message>
    <message>
        <source>Lower secondary, year 2</source>
        <translation>السنة الثانية إعدادي</translation>
    </message>
    <message>
        <source>Lower secondary, year 3</source>
        <translation>السنة الثالثة إعدادي</translation>
    </message>
    <message>
        <source>Upper secondary, common core</source>
        <translation>الجذع المشترك</translation>
    </message>
    <message>
        <source>Upper secondary, year 1</source>
        <translation>السنة الأولى باكالوريا</translation>
    </message>
    <message>
        <source>Upper secondary, year 2</source>
        <translation>السنة الثانية باكالوريا</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>التكوين المهني</translation>
    </message>
    <message>
        <source>Not in school</source>
        <translation>غير متمدرس</translation>
    </message>
</context>
<context>
    <name>SchoolResultStore</name>
    <message>
        <source>There is no resident with the id %1.</source>
        <translation>لا يوجد مستفيد بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The school result was not saved.</source>
        <translation>لم يتم حفظ النتيجة الدراسية.</translation>
    </message>
    <message>
        <source>Cannot read the school results: %1</source>
        <translation>تعذّرت قراءة النتائج الدراسية: %1</translation>
    </message>
    <message>
        <source>The school result could not be saved to disk.</source>
        <translation>تعذّر حفظ النتيجة الدراسية على القرص.</translation>
    </message>
    <message>
        <source>The success rate cannot be counted.</source>
        <translation>يتعذّر حساب نسبة النجاح.</translation>
    </message>
    <message>
        <source>Cannot count the school decisions: %1</source>
        <translation>تعذّر عدّ قرارات نهاية السنة: %1</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1: no such file.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>الملف %1: تتعذر قراءته: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>الملف %1 فارغ.</translation>
    </message>
</context>
<context>
    <name>SignedDocument</name>
    <message>
        <source>%1 is not a Riaya document (%2).</source>
        <translation>الملف %1 ليس مستندًا من «رعاية» (%2).</translation>
    </message>
    <message>
        <source>%1 is not a %2 document.</source>
        <translation>الملف %1 ليس مستندًا من نوع %2.</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed, or its signature is damaged.</source>
        <translation>عُدِّل الملف %1 بعد توقيعه، أو أن توقيعه تالف.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Riaya document.</source>
        <translation>الملف %1 أكبر من أن يكون مستندًا من «رعاية».</translation>
    </message>
</context>
<context>
    <name>SiteSetup</name>
    <message>
        <source>%1 is already set up as “%2”; nothing was changed.</source>
        <translation>سبقت تهيئة قاعدة البيانات %1 باسم «%2»؛ لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>The site was not set up.</source>
        <translation>لم تتم تهيئة الموقع.</translation>
    </message>
    <message>
        <source>The site&apos;s name is required.</source>
        <translation>اسم الموقع إلزامي.</translation>
    </message>
    <message>
        <source>Cannot write the site: %1</source>
        <translation>تعذّر حفظ بيانات الموقع: %1</translation>
    </message>
    <message>
        <source>The site could not be saved to disk.</source>
        <translation>تعذّر حفظ الموقع على القرص.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Cannot count %1: %2</source>
        <translation>تعذّر عدّ سجلات %1: %2</translation>
    </message>
    <message>
        <source>Cannot count residents: %1</source>
        <translation>تعذّر عدّ المستفيدين: %1</translation>
    </message>
</context>
<context>
    <name>StayStore</name>
    <message>
        <source>Cannot read the stays: %1</source>
        <translation>تعذّرت قراءة فترات الإقامة: %1</translation>
    </message>
    <message>
        <source>The admission was not saved.</source>
        <translation>لم يتم تسجيل القبول.</translation>
    </message>
    <message>
        <source>The admission date is required.</source>
        <translation>تاريخ القبول إلزامي.</translation>
    </message>
    <message>
        <source>The admission date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ القبول في المستقبل.</translation>
    </message>
    <message>
        <source>The admission date is before the resident&apos;s birth date.</source>
        <translation>تاريخ القبول سابق لتاريخ ازدياد المستفيد.</translation>
    </message>
    <message>
        <source>%1 is already admitted; record an exit or a transfer.</source>
        <translation>سبق قبول %1؛ سجِّل أولًا مغادرة أو نقلًا.</translation>
    </message>
    <message>
        <source>The admission date is before the end of the previous stay (%1).</source>
        <translation>تاريخ القبول سابق لنهاية فترة الإقامة السابقة (%1).</translation>
    </message>
    <message>
        <source>%1 is full: %2 residents present for %3 places.</source>
        <translation>لا يوجد مكان شاغر في %1: عدد المستفيدين المقيمين %2 والطاقة الاستيعابية %3.</translation>
    </message>
    <message>
        <source>The exit was not saved.</source>
        <translation>لم يتم تسجيل المغادرة.</translation>
    </message>
    <message>
        <source>The resident is not admitted anywhere.</source>
        <translation>المستفيد غير مقبول في أي مؤسسة.</translation>
    </message>
    <message>
        <source>The exit date is required.</source>
        <translation>تاريخ المغادرة إلزامي.</translation>
    </message>
    <message>
        <source>The exit date is before the admission date (%1).</source>
        <translation>تاريخ المغادرة سابق لتاريخ القبول (%1).</translation>
    </message>
    <message>
        <source>The exit date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ المغادرة في المستقبل.</translation>
    </message>
    <message>
        <source>Give the reason for the exit.</source>
        <translation>اذكر سبب المغادرة.</translation>
    </message>
    <message>
        <source>The admission could not be saved to disk.</source>
        <translation>تعذّر حفظ القبول على القرص.</translation>
    </message>
    <message>
        <source>The exit could not be saved to disk.</source>
        <translation>تعذّر حفظ المغادرة على القرص.</translation>
    </message>
    <message>
        <source>The transfer was not saved.</source>
        <translation>لم يتم تسجيل النقل.</translation>
    </message>
    <message>
        <source>The resident is already in this institution.</source>
        <translation>المستفيد موجود أصلًا في هذه المؤسسة.</translation>
    </message>
    <message>
        <source>The transfer could not be saved to disk.</source>
        <translation>تعذّر حفظ النقل على القرص.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot read the standards documents: %1</source>
        <translation>تعذّرت قراءة وثائق المعايير: %1</translation>
    </message>
    <message>
        <source>There is no standards document with the id %1.</source>
        <translation>لا توجد وثيقة معايير بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no standards document.</source>
        <translation>لا توجد أي وثيقة معايير.</translation>
    </message>
    <message>
        <source>The standards document was not published.</source>
        <translation>لم تُنشر وثيقة المعايير.</translation>
    </message>
    <message>
        <source>Standards documents are published by the ministry and reach this site in its bundles.</source>
        <translation>تنشر الوزارة وثائق المعايير، وتصل إلى هذا الموقع ضمن حزمها.</translation>
    </message>
    <message>
        <source>Edition %1 of “%2” exists already; publish it as edition %3.</source>
        <translation>الإصدار %1 من «%2» موجود بالفعل؛ انشره بوصفه الإصدار %3.</translation>
    </message>
    <message>
        <source>The standards document could not be saved to disk.</source>
        <translation>تعذّر حفظ وثيقة المعايير على القرص.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a standards document: %2</source>
        <translation>الملف %1 ليس وثيقة معايير: %2</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>%1 does not name a site and its keys.</source>
        <translation>لا يحدِّد الملف %1 موقعًا ومفاتيحه.</translation>
    </message>
    <message>
        <source>%1 is this database&apos;s own identity.</source>
        <translation>الملف %1 هو هوية قاعدة البيانات هذه نفسها.</translation>
    </message>
    <message>
        <source>Cannot record the trusted site: %1</source>
        <translation>تعذّر تسجيل الموقع الموثوق: %1</translation>
    </message>
    <message>
        <source>The ministry hub does not load a ministry profile.</source>
        <translation>لا تُحمِّل المنصة المركزية للوزارة ملف تعريف الوزارة.</translation>
    </message>
    <message>
        <source>This site already trusts the ministry “%1”.</source>
        <translation>يثق هذا الموقع بالفعل بالوزارة «%1».</translation>
    </message>
    <message>
        <source>Only the ministry hub enrols sites.</source>
        <translation>وحدها المنصة المركزية للوزارة تسجِّل المواقع.</translation>
    </message>
    <message>
        <source>Cannot read the trusted sites: %1</source>
        <translation>تعذّرت قراءة المواقع الموثوقة: %1</translation>
    </message>
    <message>
        <source>The site %1 is not enrolled here.</source>
        <translation>الموقع %1 غير مسجَّل هنا.</translation>
    </message>
    <message>
        <source>%1 carries the revoked key of “%2”. The site must make new keys; nothing was changed.</source>
        <translation>يحمل %1 المفتاح الملغى لـ«%2». على الموقع إنشاء مفاتيح جديدة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Only the ministry hub revokes keys.</source>
        <translation>وحدها الوزارة تلغي المفاتيح.</translation>
    </message>
    <message>
        <source>Say why the key is revoked (for example: laptop stolen).</source>
        <translation>اذكر سبب إلغاء المفتاح (مثلًا: سرقة الحاسوب).</translation>
    </message>
    <message>
        <source>The key of “%1” is already revoked.</source>
        <translation>مفتاح «%1» ملغى من قبل.</translation>
    </message>
    <message>
        <source>The revocation could not be saved to disk.</source>
        <translation>تعذّر حفظ الإلغاء على القرص.</translation>
    </message>
    <message>
        <source>%1 carries new keys for “%2”, which is already trusted with other keys. Revoke the old key first (on the Sync screen, or with “riaya-cli keys revoke”); nothing was changed.</source>
        <translation>يحمل %1 مفاتيح جديدة لـ«%2» الموثوق به بمفاتيح أخرى. ألغِ المفتاح القديم أولًا (في شاشة المزامنة، أو بالأمر «riaya-cli keys revoke»)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This site has no ministry profile yet; load it first (on the Sync screen, or with “riaya-cli profile load FILE”).</source>
        <translation>ليس لهذا الموقع ملف تعريف الوزارة بعد؛ حمّله أولًا (في شاشة المزامنة، أو بالأمر «riaya-cli profile load FILE»).</translation>
    </message>
    <message>
        <source>The site&apos;s identity</source>
        <translation>هوية الموقع</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>يجب أن تحتوي كلمة المرور على %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تحتوي كلمة المرور على %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تحتوي كلمة المرور على %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تحتوي كلمة المرور على %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تحتوي كلمة المرور على %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تحتوي كلمة المرور على %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must mix letters with digits or other signs.</source>
        <translation>يجب أن تمزج كلمة المرور بين الحروف والأرقام أو رموز أخرى.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>يجب ألا تحتوي كلمة المرور على اسم المستخدم.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>أعط الحساب دورًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>At least one role is required.</source>
        <translation>دور واحد على الأقل مطلوب.</translation>
    </message>
    <message>
        <source>“%1” is not a role; the roles are: %2.</source>
        <translation>«%1» ليس دورًا؛ الأدوار هي: %2.</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>دور غير معروف «%1».</translation>
    </message>
    <message>
        <source>3 to 32 small letters, digits, dots, dashes or underscores.</source>
        <translation>من 3 إلى 32 حرفًا لاتينيًا صغيرًا أو رقمًا أو نقطة أو شرطة.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>اسم المستخدم هذا مستعمل.</translation>
    </message>
    <message>
        <source>The person&apos;s name is required.</source>
        <translation>اسم الشخص مطلوب.</translation>
    </message>
    <message>
        <source>The account was not created.</source>
        <translation>لم يُنشأ الحساب.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>لا توجد ذاكرة كافية لحماية كلمة المرور.</translation>
    </message>
    <message>
        <source>The account could not be saved to disk.</source>
        <translation>تعذّر حفظ الحساب على القرص.</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>لا يوجد حساب «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for “%1”: try again in %n minutes.</source>
        <translation>
            <numerusform>كلمات مرور خاطئة كثيرة لـ«%1»: أعد المحاولة بعد %n دقيقة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة لـ«%1»: أعد المحاولة بعد %n دقيقة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة لـ«%1»: أعد المحاولة بعد %n دقيقة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة لـ«%1»: أعد المحاولة بعد %n دقيقة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة لـ«%1»: أعد المحاولة بعد %n دقيقة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة لـ«%1»: أعد المحاولة بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded.</source>
        <translation>تعذّر تسجيل المحاولة الفاشلة.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>The account “%1” is disabled; ask an administrator.</source>
        <translation>الحساب «%1» معطَّل؛ اتصل بمسؤول.</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded.</source>
        <translation>تعذّر تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation>سجّل الدخول لتغيير كلمة مرورك.</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>كلمة المرور الحالية خاطئة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The password could not be saved to disk.</source>
        <translation>تعذّر حفظ كلمة المرور على القرص.</translation>
    </message>
    <message>
        <source>“%1” is the last administrator: make another one first.</source>
        <translation>«%1» هو آخر مسؤول: عيّن مسؤولًا آخر أولًا.</translation>
    </message>
    <message>
        <source>The lock time must be between 1 and 240 minutes.</source>
        <translation>يجب أن تكون مدة القفل بين 1 و240 دقيقة.</translation>
    </message>
    <message>
        <source>The setting could not be saved to disk.</source>
        <translation>تعذّر حفظ الإعداد على القرص.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>يجب أن يكون الحساب الأول حساب مسؤول.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>الحد الأقصى %n حرف.</numerusform>
            <numerusform>الحد الأقصى %n حرف.</numerusform>
            <numerusform>الحد الأقصى %n حرفان.</numerusform>
            <numerusform>الحد الأقصى %n أحرف.</numerusform>
            <numerusform>الحد الأقصى %n حرفًا.</numerusform>
            <numerusform>الحد الأقصى %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use Latin letters in this field (the Arabic spelling has its own field).</source>
        <translation>استعمل الحروف اللاتينية في هذا الحقل (للكتابة بالحروف العربية حقل خاص بها).</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>الاسم الشخصي إلزامي.</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>الاسم العائلي إلزامي.</translation>
    </message>
    <message>
        <source>Choose female (F) or male (M).</source>
        <translation>اختر أنثى (F) أو ذكر (M).</translation>
    </message>
    <message>
        <source>The birth date is required (YYYY-MM-DD).</source>
        <translation>تاريخ الازدياد إلزامي (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الازدياد في المستقبل.</translation>
    </message>
    <message numerus="yes">
        <source>The birth date makes the resident older than %n years; check the year.</source>
        <translation>
            <numerusform>حسب تاريخ الازدياد، يتجاوز عمر المستفيد %n سنة؛ تحقّق من السنة.</numerusform>
            <numerusform>حسب تاريخ الازدياد، يتجاوز عمر المستفيد %n سنة؛ تحقّق من السنة.</numerusform>
            <numerusform>حسب تاريخ الازدياد، يتجاوز عمر المستفيد %n سنتين؛ تحقّق من السنة.</numerusform>
            <numerusform>حسب تاريخ الازدياد، يتجاوز عمر المستفيد %n سنوات؛ تحقّق من السنة.</numerusform>
            <numerusform>حسب تاريخ الازدياد، يتجاوز عمر المستفيد %n سنة؛ تحقّق من السنة.</numerusform>
            <numerusform>حسب تاريخ الازدياد، يتجاوز عمر المستفيد %n سنة؛ تحقّق من السنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Massar code is one letter followed by nine digits, for example G123456789.</source>
        <translation>يتكوّن رمز مسار من حرف واحد متبوع بتسعة أرقام، مثلًا G123456789.</translation>
    </message>
    <message>
        <source>A national identifier has 5 to 20 letters and digits, without spaces.</source>
        <translation>يتكوّن رقم البطاقة الوطنية من 5 إلى 20 حرفًا ورقمًا، دون فراغات.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 20 digits, optionally starting with +.</source>
        <translation>يتكوّن رقم الهاتف من 7 إلى 20 رقمًا، ويمكن أن يبدأ بالعلامة +.</translation>
    </message>
    <message>
        <source>Unknown school level “%1”; use one of %2.</source>
        <translation>مستوى دراسي غير معروف «%1»؛ استعمل أحد المستويات التالية: %2.</translation>
    </message>
    <message>
        <source>The institution&apos;s name is required.</source>
        <translation>اسم المؤسسة إلزامي.</translation>
    </message>
    <message>
        <source>Unknown kind of institution “%1”; use one of %2.</source>
        <translation>نوع مؤسسة غير معروف «%1»؛ استعمل أحد الأنواع التالية: %2.</translation>
    </message>
    <message>
        <source>The capacity is a number of beds from 1 to 5000.</source>
        <translation>الطاقة الاستيعابية عدد أسِرّة من 1 إلى 5000.</translation>
    </message>
    <message>
        <source>Write the school year as two years, for example 2025-2026.</source>
        <translation>اكتب السنة الدراسية على شكل سنتين، مثلًا 2025-2026.</translation>
    </message>
    <message>
        <source>A school year spans two consecutive years, for example 2025-2026.</source>
        <translation>تمتدّ السنة الدراسية على سنتين متتاليتين، مثلًا 2025-2026.</translation>
    </message>
    <message>
        <source>The school year %1 has not started yet.</source>
        <translation>لم تبدأ السنة الدراسية %1 بعد.</translation>
    </message>
    <message>
        <source>The school year starts before 2000; check the year.</source>
        <translation>تبدأ السنة الدراسية قبل سنة 2000؛ تحقّق من السنة.</translation>
    </message>
    <message>
        <source>The term is 1, 2 or 3.</source>
        <translation>الدورة هي 1 أو 2 أو 3.</translation>
    </message>
    <message>
        <source>An average is out of 20: from 0 to 20.</source>
        <translation>المعدل محسوب على 20: من 0 إلى 20.</translation>
    </message>
    <message>
        <source>Unknown decision “%1”; use one of %2.</source>
        <translation>قرار غير معروف «%1»؛ استعمل أحد القرارات التالية: %2.</translation>
    </message>
    <message>
        <source>The date of the incident is required (YYYY-MM-DD).</source>
        <translation>تاريخ الحادثة إلزامي (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The date of the incident cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الحادثة في المستقبل.</translation>
    </message>
    <message>
        <source>The date of the incident is before 2000; check the year.</source>
        <translation>تاريخ الحادثة سابق لسنة 2000؛ تحقّق من السنة.</translation>
    </message>
    <message>
        <source>Unknown kind of incident “%1”; use one of %2.</source>
        <translation>نوع حادثة غير معروف «%1»؛ استعمل أحد الأنواع التالية: %2.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>صِف ما وقع.</translation>
    </message>
    <message>
        <source>A voided incident needs the time it was voided.</source>
        <translation>الحادثة المُبطَلة تحتاج إلى وقت إبطالها.</translation>
    </message>
    <message>
        <source>Name who voided the incident.</source>
        <translation>اذكر من أبطل الحادثة.</translation>
    </message>
    <message>
        <source>Say why the incident is voided.</source>
        <translation>اذكر سبب إبطال الحادثة.</translation>
    </message>
    <message>
        <source>Whom the house receives is F (girls), M (boys) or empty (both).</source>
        <translation>الفئة التي تستقبلها الدار هي F (الفتيات) أو M (الفتيان) أو فارغة (الجنسان).</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>سيئة</translation>
    </message>
</context>
<context>
    <name>WriteScope</name>
    <message>
        <source>The record %1 of %2 belongs to %3 %4, which is not known here; it comes before its own parent or names one that does not exist.</source>
        <translation>السجل %1 من الجدول %2 تابع للسجل %4 من الجدول %3، وهو سجل غير معروف هنا؛ فإما أنه يصل قبل السجل الذي يتبعه، وإما أنه يشير إلى سجل غير موجود.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to %3 %4 of another site (%5), which granted this site nothing of the kind; a site may not add records to what another site owns.</source>
        <translation>السجل %1 من الجدول %2 تابع للسجل %4 من الجدول %3 العائد لموقع آخر (%5)، ولم يمنح هذا الموقعُ أيَّ إذن من هذا النوع؛ ولا يجوز لموقع أن يضيف سجلات إلى ما يملكه موقع آخر.</translation>
    </message>
    <message>
        <source>The request %1 (%2) is refused: %3</source>
        <translation>رُفض الطلب %1 (%2): %3</translation>
    </message>
    <message>
        <source>it was decided already, and a decision is final.</source>
        <translation>سبق البتّ فيه، والقرار نهائي.</translation>
    </message>
    <message>
        <source>only its state and decision may change once it is made.</source>
        <translation>لا يجوز أن يتغير منه بعد تقديمه إلا حالته وقراره.</translation>
    </message>
    <message>
        <source>only the site it is addressed to decides it, and only the site that made it cancels it.</source>
        <translation>لا يبتّ فيه إلا الموقع الموجَّه إليه، ولا يلغيه إلا الموقع الذي قدّمه.</translation>
    </message>
    <message>
        <source>a site makes requests in its own name only.</source>
        <translation>لا يقدّم الموقع طلبات إلا باسمه.</translation>
    </message>
    <message>
        <source>a new request cannot be decided already.</source>
        <translation>لا يمكن أن يكون طلب جديد قد بُتّ فيه من قبل.</translation>
    </message>
    <message>
        <source>a site proposes changes to its own institution, to the ministry.</source>
        <translation>لا يقترح الموقع تغييرات إلا على مؤسسته، ويوجّهها إلى الوزارة.</translation>
    </message>
    <message>
        <source>transfers and access are asked for a child&apos;s file.</source>
        <translation>لا يُطلب النقل والإذن إلا بشأن ملف طفل.</translation>
    </message>
    <message>
        <source>only the site that holds a child&apos;s file (%1) asks to transfer it.</source>
        <translation>لا يطلب نقلَ ملف الطفل إلا الموقع الذي يحوزه (%1).</translation>
    </message>
    <message>
        <source>access is asked of the site that holds the child&apos;s file (%1).</source>
        <translation>يُطلب الإذن من الموقع الذي يحوز ملف الطفل (%1).</translation>
    </message>
    <message>
        <source>The grant %1 is refused: only the ministry grants access to an institution.</source>
        <translation>رُفض الإذن %1: لا يمنح الإذنَ بشأن مؤسسةٍ إلا الوزارة.</translation>
    </message>
    <message>
        <source>The grant %1 is refused: only the site that holds a child&apos;s file (%2) grants access to it.</source>
        <translation>رُفض الإذن %1: لا يمنح الإذنَ بشأن ملف الطفل إلا الموقع الذي يحوزه (%2).</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to another site (%3); a site makes records in its own name only.</source>
        <translation>السجل %1 من الجدول %2 تابع لموقع آخر (%3)؛ ولا يُنشئ الموقع سجلات إلا باسمه.</translation>
    </message>
    <message>
        <source>The details of the institution %1 are the ministry&apos;s: a site proposes a change, which the ministry accepts or refuses.</source>
        <translation>بيانات المؤسسة %1 من اختصاص الوزارة: يقترح الموقع التغيير، فتقبله الوزارة أو ترفضه.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to another site (%3), which granted this site no change to %4.</source>
        <translation>السجل %1 من الجدول %2 تابع لموقع آخر (%3)، لم يأذن لهذا الموقع بتغيير %4.</translation>
    </message>
</context>
<context>
    <name>XlsSheet</name>
    <message>
        <source>%1 is damaged: its cells cannot be read.</source>
        <translation>الملف %1 تالف: تتعذر قراءة خلاياه.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: open it in Excel or LibreOffice, remove the password and save it again.</source>
        <translation>الملف %1 محمي بكلمة مرور: افتحه في Excel أو LibreOffice، ثم أزل كلمة المرور واحفظه من جديد.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: it does not exist or cannot be read.</source>
        <translation>يتعذر فتح الملف %1: فهو غير موجود أو تتعذر قراءته.</translation>
    </message>
    <message>
        <source>%1 is not an Excel 97-2003 workbook.</source>
        <translation>الملف %1 ليس مصنف Excel 97-2003.</translation>
    </message>
    <message>
        <source>%1 is too large to be read: not enough memory.</source>
        <translation>الملف %1 أكبر من أن تتم قراءته: الذاكرة غير كافية.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as an Excel 97-2003 workbook.</source>
        <translation>الملف %1 تالف وتتعذر قراءته بوصفه مصنف Excel 97-2003.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>لا يحتوي الملف %1 على أي ورقة عمل.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are: %3.</source>
        <translation>لا يحتوي الملف %1 على ورقة باسم «%2»؛ أوراقه هي: %3.</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>the workbook could not be started</source>
        <translation>تعذّر إنشاء المصنف</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>a sheet holds at most 1,048,576 rows and 16,384 columns</source>
        <translation>لا تتسع الورقة لأكثر من 1.048.576 سطرًا و16.384 عمودًا</translation>
    </message>
    <message>
        <source>the finished file could not replace it</source>
        <translation>تعذّر وضع الملف المكتمل مكانه</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>الجدول %1</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>%1 is damaged: the part %2 named by the workbook is missing.</source>
        <translation>الملف %1 تالف: الجزء %2 الذي يشير إليه المصنف غير موجود.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is truncated or corrupt.</source>
        <translation>الملف %1 تالف: الجزء %2 مبتور أو معطوب.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is not well-formed XML (line %3: %4).</source>
        <translation>الملف %1 تالف: الجزء %2 ليس نص XML سليم البنية (السطر %3: %4).</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook: it has no xl/workbook.xml.</source>
        <translation>الملف %1 أرشيف zip وليس مصنف Excel: لا يحتوي على xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>لا يحتوي الملف %1 على أي ورقة عمل.</translation>
    </message>
    <message>
        <source>%1 is damaged: sheet %2 refers to a shared string that does not exist.</source>
        <translation>الملف %1 تالف: الورقة %2 تحيل على نص مشترك غير موجود.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: it is not a zip file, or it is truncated.</source>
        <translation>تتعذر قراءة الملف %1 بوصفه مصنف Excel: فهو ليس أرشيف zip أو أنه مبتور.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are: %3.</source>
        <translation>لا يحتوي الملف %1 على ورقة باسم «%2»؛ أوراقه هي: %3.</translation>
    </message>
    <message>
        <source>%1: the part %2 of this workbook is larger than Riaya reads (%3 MiB); it is damaged or not a roster.</source>
        <translation>%1: الجزء %2 من هذا المصنف أكبر مما تقرؤه رعاية (%3 ميغابايت)؛ فهو تالف أو ليس لائحة.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Riaya cannot open the database</source>
        <translation>يتعذّر على «رعاية» فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>%1 is not set up yet; run “riaya-cli --db %1 init” first.</source>
        <translation>لم تتم تهيئة قاعدة البيانات %1 بعد؛ نفِّذ أولًا الأمر «riaya-cli --db %1 init».</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>لم تُسترجع النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُرجعت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The backup is in place. The database it replaced is kept as %1.</source>
        <translation>النسخة الاحتياطية في مكانها. قاعدة البيانات المستبدلة محفوظة باسم %1.</translation>
    </message>
    <message>
        <source>Only an administrator restores a backup over this database.</source>
        <translation>وحده المسؤول يسترجع نسخة احتياطية مكان قاعدة البيانات هذه.</translation>
    </message>
</context>
<context>
    <name>riaya::AcceptRequestDialog</name>
    <message>
        <source>&amp;Received in:</source>
        <translation>يستقبل في:</translation>
    </message>
    <message>
        <source>&amp;Last day of the access (optional):</source>
        <translation>آخر يوم للإذن (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Note for the site that asked (optional):</source>
        <translation>ملاحظة للموقع الطالب (اختيارية):</translation>
    </message>
    <message>
        <source>&amp;Accept the request</source>
        <translation>اقبل الطلب</translation>
    </message>
    <message>
        <source>Accept a request</source>
        <translation>قبول طلب</translation>
    </message>
</context>
<context>
    <name>riaya::Access</name>
    <message>
        <source>reading residents&apos; files</source>
        <translation>الاطلاع على ملفات المستفيدين</translation>
    </message>
    <message>
        <source>changing residents&apos; files and stays</source>
        <translation>تعديل ملفات المستفيدين وفترات إقامتهم</translation>
    </message>
    <message>
        <source>reading health notes</source>
        <translation>الاطلاع على الملاحظات الصحية</translation>
    </message>
    <message>
        <source>marking presence</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>recording school results</source>
        <translation>تسجيل النتائج الدراسية</translation>
    </message>
    <message>
        <source>reading incidents</source>
        <translation>الاطلاع على الحوادث</translation>
    </message>
    <message>
        <source>recording incidents</source>
        <translation>تسجيل الحوادث</translation>
    </message>
    <message>
        <source>closing the month</source>
        <translation>إقفال الشهر</translation>
    </message>
    <message>
        <source>exporting bundles</source>
        <translation>تصدير الحزم</translation>
    </message>
    <message>
        <source>importing bundles</source>
        <translation>استيراد الحزم</translation>
    </message>
    <message>
        <source>importing the ministry&apos;s bundles</source>
        <translation>استيراد حزم الوزارة</translation>
    </message>
    <message>
        <source>deciding conflicts and duplicates</source>
        <translation>البت في التعارضات والملفات المكرَّرة</translation>
    </message>
    <message>
        <source>managing institutions</source>
        <translation>تدبير المؤسسات</translation>
    </message>
    <message>
        <source>managing keys and trusted sites</source>
        <translation>تدبير المفاتيح والمواقع الموثوقة</translation>
    </message>
    <message>
        <source>managing user accounts</source>
        <translation>تدبير حسابات المستخدمين</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>الاطلاع على سجل التدقيق</translation>
    </message>
    <message>
        <source>making backups</source>
        <translation>إنشاء النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>المؤطرون</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>المفتش</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>المساعد الاجتماعي</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>موظف الوزارة</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>reading inspections</source>
        <translation>الاطلاع على عمليات التفتيش</translation>
    </message>
    <message>
        <source>conducting inspections</source>
        <translation>إجراء عمليات التفتيش</translation>
    </message>
    <message>
        <source>managing the standards documents</source>
        <translation>تدبير وثائق المعايير</translation>
    </message>
    <message>
        <source>reading foster families and placements</source>
        <translation>الاطلاع على الأسر البديلة والإيداعات</translation>
    </message>
    <message>
        <source>managing foster families and placements</source>
        <translation>تدبير الأسر البديلة والإيداعات</translation>
    </message>
    <message>
        <source>recording the progress of corrective actions</source>
        <translation>تسجيل تقدم الإجراءات التصحيحية</translation>
    </message>
</context>
<context>
    <name>riaya::ActionDialog</name>
    <message>
        <source>Finding:</source>
        <translation>الملاحظة:</translation>
    </message>
    <message>
        <source>&amp;What must be done:</source>
        <translation>ما يجب القيام به:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>المسؤول:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>الأجل:</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>إجراء تصحيحي</translation>
    </message>
</context>
<context>
    <name>riaya::AssignInspectorDialog</name>
    <message>
        <source>With its next answer bundle, the inspector&apos;s site receives the institution, its inspections and its open actions, and may inspect it.</source>
        <translation>مع حزمة الرد التالية، يتلقى موقع المفتش المؤسسة وتفتيشاتها وإجراءاتها التصحيحية المفتوحة، ويمكنه تفتيشها.</translation>
    </message>
    <message>
        <source>&amp;Inspector&apos;s site:</source>
        <translation>موقع المفتش:</translation>
    </message>
    <message>
        <source>I&amp;nstitution to inspect:</source>
        <translation>المؤسسة المراد تفتيشها:</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>السبب (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Last day (optional):</source>
        <translation>آخر يوم (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>أسند</translation>
    </message>
    <message>
        <source>Assign an inspector</source>
        <translation>إسناد مؤسسة إلى مفتش</translation>
    </message>
    <message>
        <source>Choose an enrolled site from the list.</source>
        <translation>اختر موقعا مسجلا من القائمة.</translation>
    </message>
    <message>
        <source>Choose an institution from the list.</source>
        <translation>اختر مؤسسة من القائمة.</translation>
    </message>
</context>
<context>
    <name>riaya::AuditPage</name>
    <message>
        <source>The audit log is intact: %1 entries, none changed, removed or reordered.</source>
        <translation>سجل التدقيق سليم: %1 قيد، لم يُعدَّل أو يُحذف أو يُعَد ترتيب أي منها.</translation>
    </message>
    <message>
        <source>THE AUDIT LOG IS BROKEN at entry %1: %2 Someone changed the history or the file is damaged. Tell the ministry and keep this computer as it is.</source>
        <translation>سجل التدقيق معطوب عند القيد %1: %2 غيّر أحدهم التاريخ أو أن الملف تالف. أبلغ الوزارة واترك هذا الحاسوب على حاله.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>A record&apos;s id, or a kind such as residents; Enter to search</source>
        <translation>معرّف سجل، أو نوع مثل residents؛ Enter للبحث</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>تحقّق من السلسلة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>Keys made</source>
        <translation>إنشاء المفاتيح</translation>
    </message>
    <message>
        <source>Keys replaced</source>
        <translation>استبدال المفاتيح</translation>
    </message>
    <message>
        <source>Site trusted</source>
        <translation>توثيق موقع</translation>
    </message>
    <message>
        <source>New keys trusted</source>
        <translation>توثيق مفاتيح جديدة</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Conflict decided</source>
        <translation>البت في تعارض</translation>
    </message>
    <message>
        <source>Files merged</source>
        <translation>دمج ملفين</translation>
    </message>
    <message>
        <source>Different children</source>
        <translation>طفلان مختلفان</translation>
    </message>
    <message>
        <source>Keys rotated</source>
        <translation>تجديد المفاتيح</translation>
    </message>
    <message>
        <source>Ministry&apos;s new keys trusted</source>
        <translation>توثيق مفاتيح الوزارة الجديدة</translation>
    </message>
</context>
<context>
    <name>riaya::BackupPanel</name>
    <message>
        <source>Backups go to %1; %2 of each kind are kept. One is made every day Riaya is opened, and before every import.</source>
        <translation>تُحفظ النسخ الاحتياطية في %1؛ ويُحتفظ بـ%2 من كل نوع. تُنشأ نسخة كل يوم تُفتح فيه «رعاية»، وقبل كل استيراد.</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>قبل استيراد</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Backup written, but THE AUDIT LOG IS BROKEN: %1. Tell the ministry.</source>
        <translation>كُتبت النسخة الاحتياطية، لكن سجل التدقيق معطوب: %1. أبلغ الوزارة.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>كُتبت النسخة الاحتياطية في %1.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>Riaya backups (*.backup)</source>
        <translation>نسخ «رعاية» الاحتياطية (*.backup)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>انسخ احتياطيًا الآن</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>مجلد النسخ…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>استرجع نسخة احتياطية…</translation>
    </message>
    <message>
        <source>daily</source>
        <comment>kind of backup</comment>
        <translation>يومية</translation>
    </message>
</context>
<context>
    <name>riaya::ConflictsTab</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No conflict waits for a decision.</source>
        <translation>لا يوجد تعارض ينتظر قرارًا.</translation>
    </message>
    <message>
        <source>Changed here and at %1 since the last exchange: the later change is in force, the other is shown beside it.</source>
        <translation>عُدِّل هنا وفي %1 منذ آخر تبادل: التعديل الأحدث هو النافذ، والآخر معروض بجانبه.</translation>
    </message>
    <message>
        <source>An older version from %1 arrived after this one was changed here.</source>
        <translation>وصلت نسخة أقدم من %1 بعد تعديل هذه هنا.</translation>
    </message>
    <message>
        <source>The other version is now in force; it travels like any change.</source>
        <translation>أصبحت النسخة الأخرى نافذة؛ وتُرسل كأي تعديل.</translation>
    </message>
    <message>
        <source>The version in force stays.</source>
        <translation>تبقى النسخة النافذة.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>النسخة الأخرى</translation>
    </message>
    <message>
        <source>&amp;Keep the version in force</source>
        <translation>أبقِ النسخة النافذة</translation>
    </message>
    <message>
        <source>&amp;Take the other version</source>
        <translation>اعتماد النسخة الأخرى</translation>
    </message>
    <message numerus="yes">
        <source>This version from %1 was stamped by a clock %n days ahead (its computer&apos;s clock is wrong): it waits here and wins over nothing. Taking it stores it stamped with this computer&apos;s time.</source>
        <translation>
            <numerusform>أُرِّخت هذه النسخة الواردة من %1 بساعة متقدّمة بـ %n يوم (ساعة حاسوبها خاطئة): تنتظر هنا ولا تتغلّب على أي شيء. اعتمادها يحفظها مؤرَّخة بتوقيت هذا الحاسوب.</numerusform>
            <numerusform>أُرِّخت هذه النسخة الواردة من %1 بساعة متقدّمة بـ %n يوم (ساعة حاسوبها خاطئة): تنتظر هنا ولا تتغلّب على أي شيء. اعتمادها يحفظها مؤرَّخة بتوقيت هذا الحاسوب.</numerusform>
            <numerusform>أُرِّخت هذه النسخة الواردة من %1 بساعة متقدّمة بـ %n يومين (ساعة حاسوبها خاطئة): تنتظر هنا ولا تتغلّب على أي شيء. اعتمادها يحفظها مؤرَّخة بتوقيت هذا الحاسوب.</numerusform>
            <numerusform>أُرِّخت هذه النسخة الواردة من %1 بساعة متقدّمة بـ %n أيام (ساعة حاسوبها خاطئة): تنتظر هنا ولا تتغلّب على أي شيء. اعتمادها يحفظها مؤرَّخة بتوقيت هذا الحاسوب.</numerusform>
            <numerusform>أُرِّخت هذه النسخة الواردة من %1 بساعة متقدّمة بـ %n يومًا (ساعة حاسوبها خاطئة): تنتظر هنا ولا تتغلّب على أي شيء. اعتمادها يحفظها مؤرَّخة بتوقيت هذا الحاسوب.</numerusform>
            <numerusform>أُرِّخت هذه النسخة الواردة من %1 بساعة متقدّمة بـ %n يوم (ساعة حاسوبها خاطئة): تنتظر هنا ولا تتغلّب على أي شيء. اعتمادها يحفظها مؤرَّخة بتوقيت هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict waits for a decision. A record changed at two places at once appears here, with both versions side by side.</source>
        <translation>لا يوجد تعارض ينتظر قرارًا. يظهر هنا كل سجل غُيّر في مكانين في الوقت نفسه، مع الصيغتين جنبًا إلى جنب.</translation>
    </message>
</context>
<context>
    <name>riaya::CorrectiveAction</name>
    <message>
        <source>in progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
</context>
<context>
    <name>riaya::DateDisplay</name>
    <message>
        <source>%1 AH</source>
        <extracomment>A date of the Hijri calendar, %1 being day/month/year</extracomment>
        <translation>%1 هـ</translation>
    </message>
</context>
<context>
    <name>riaya::DateField</name>
    <message>
        <source>Write a date (day/month/year) or choose it in the calendar.</source>
        <translation>اكتب تاريخا (اليوم/الشهر/السنة) أو اختره من التقويم.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write day/month/year, for example %2.</source>
        <translation>«%1» ليس تاريخا: اكتب اليوم/الشهر/السنة، مثلا %2.</translation>
    </message>
    <message>
        <source>Choose a date on or before %1.</source>
        <translation>اختر تاريخا لا يتجاوز %1.</translation>
    </message>
    <message>
        <source>Choose a date on or after %1.</source>
        <translation>اختر تاريخا لا يسبق %1.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>اختر من التقويم (Alt+سهم إلى الأسفل)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
</context>
<context>
    <name>riaya::DuplicatePanel</name>
    <message>
        <source>%1 (%2), born %3, %4 — %5% alike</source>
        <translation>%1 (%2)، تاريخ الازدياد %3، %4 — نسبة التشابه %5%</translation>
    </message>
    <message>
        <source>This child may already be registered. Open the existing file rather than making a second one, unless this is another child.</source>
        <translation>قد يكون هذا الطفل مسجَّلًا من قبل. افتح الملف الموجود بدلًا من إنشاء ملف ثانٍ، إلا إذا تعلّق الأمر بطفل آخر.</translation>
    </message>
    <message>
        <source>&amp;Open the existing file</source>
        <translation>افتح الملف الموجود</translation>
    </message>
    <message>
        <source>&amp;Register as another child</source>
        <translation>سجّل بوصفه طفلًا آخر</translation>
    </message>
</context>
<context>
    <name>riaya::DuplicatesTab</name>
    <message>
        <source>%1 — %2 (%3% alike)</source>
        <translation>%1 — %2 (تشابه %3%)</translation>
    </message>
    <message>
        <source>Recorded: two different children. Both files stay.</source>
        <translation>سُجِّل: طفلان مختلفان. يبقى الملفان.</translation>
    </message>
    <message>
        <source>Merged: one file now holds the records of both.</source>
        <translation>تم الدمج: ملف واحد يضم الآن سجلات الاثنين.</translation>
    </message>
    <message>
        <source>Merge two files</source>
        <translation>دمج ملفين</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>الملف الأول</translation>
    </message>
    <message>
        <source>Second file</source>
        <translation>الملف الثاني</translation>
    </message>
    <message>
        <source>&amp;Different children</source>
        <translation>طفلان مختلفان</translation>
    </message>
    <message>
        <source>Same child: keep the &amp;first file</source>
        <translation>الطفل نفسه: الإبقاء على الملف الأول</translation>
    </message>
    <message>
        <source>Same child: keep the &amp;second file</source>
        <translation>الطفل نفسه: الإبقاء على الملف الثاني</translation>
    </message>
    <message>
        <source>These two files will become one: the first file stays, takes the second&apos;s details where it has none, and shows the stays, presence and results of both. The second file is closed. Merge them?</source>
        <translation>سيصبح الملفان ملفًا واحدًا: يبقى الملف الأول، ويأخذ من الثاني ما ينقصه من معلومات، ويعرض إقامات وحضور ونتائج الاثنين. يُغلق الملف الثاني. هل تريد الدمج؟</translation>
    </message>
    <message>
        <source>These two files will become one: the second file stays, takes the first&apos;s details where it has none, and shows the stays, presence and results of both. The first file is closed. Merge them?</source>
        <translation>سيصبح الملفان ملفًا واحدًا: يبقى الملف الثاني، ويأخذ من الأول ما ينقصه من معلومات، ويعرض إقامات وحضور ونتائج الاثنين. يُغلق الملف الأول. هل تريد الدمج؟</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>mother&apos;s name</source>
        <translation>اسم الأم</translation>
    </message>
    <message>
        <source>Massar code</source>
        <translation>رمز مسار</translation>
    </message>
    <message>
        <source>national identity number</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Alike: %1.</source>
        <translation>متطابق: %1.</translation>
    </message>
    <message>
        <source>One typing mistake apart: %1.</source>
        <translation>يفصل بينهما خطأ كتابة واحد: %1.</translation>
    </message>
    <message>
        <source>Different: %1.</source>
        <translation>مختلف: %1.</translation>
    </message>
    <message>
        <source>The first and family names are typed in each other&apos;s place.</source>
        <translation>كُتب الاسم الشخصي مكان الاسم العائلي والعكس.</translation>
    </message>
    <message>
        <source>%1 — %2: merged on %3</source>
        <translation>%1 — %2: دُمجا في %3</translation>
    </message>
    <message>
        <source>%1 — %2: two children, decided on %3</source>
        <translation>%1 — %2: طفلان مختلفان، تقرر ذلك في %3</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>لا يوجد أي قرار بعد.</translation>
    </message>
    <message>
        <source>No probable duplicates wait for a decision.</source>
        <translation>لا توجد مكررات محتملة تنتظر قرارًا.</translation>
    </message>
    <message>
        <source>Undone: the pair waits for a decision again.</source>
        <translation>أُلغي القرار: يعود الزوج إلى انتظار قرار.</translation>
    </message>
    <message>
        <source>Changed since the merge, these details stay in the kept file: %1.</source>
        <translation>هذه البيانات تغيّرت بعد الدمج فتبقى في الملف المحتفَظ به: %1.</translation>
    </message>
    <message>
        <source>The two files will be separate again: the closed file opens again with its own details, stays, presence and results, and the kept file gives back the details it took from it, except those changed since. The pair then waits for a decision again. Undo the merge?</source>
        <translation>سيعود الملفان منفصلين: يُفتح الملف المغلق من جديد ببياناته وإقاماته وحضوره ونتائجه، ويُرجع الملف المحتفَظ به البيانات التي أخذها منه، إلا ما تغيّر منها بعد الدمج. ثم ينتظر الزوج قرارًا من جديد. هل تلغي الدمج؟</translation>
    </message>
    <message>
        <source>The pair will wait for a decision again. Undo the decision?</source>
        <translation>سيعود الزوج إلى انتظار قرار. هل تلغي القرار؟</translation>
    </message>
    <message>
        <source>Undo a decision</source>
        <translation>إلغاء قرار</translation>
    </message>
    <message>
        <source>No possible duplicate waits for a decision. Files that seem to be the same child appear here as the bundles of the houses arrive.</source>
        <translation>لا يوجد تكرار محتمل ينتظر قرارًا. تظهر هنا الملفات التي يبدو أنها لنفس الطفل كلما وصلت حزم الدور.</translation>
    </message>
    <message>
        <source>&amp;Undo this decision</source>
        <translation>ألغِ هذا القرار</translation>
    </message>
    <message>
        <source>Show the pairs already decided</source>
        <translation>اعرض الأزواج التي اتُّخذ فيها قرار</translation>
    </message>
</context>
<context>
    <name>riaya::ExportListButton</name>
    <message>
        <source>The list was written to %1.</source>
        <translation>كُتبت القائمة في %1.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, for any spreadsheet (*.csv)</source>
        <translation>ملفات CSV، لأي برنامج جداول (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents, to print (*.pdf)</source>
        <translation>مستندات PDF، للطباعة (*.pdf)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>صدّر القائمة</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صدّر…</translation>
    </message>
</context>
<context>
    <name>riaya::FamiliesPage</name>
    <message>
        <source>none yet</source>
        <translation>لا توجد بعد</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1، متأخرة</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>الإيداعات</translation>
    </message>
    <message numerus="yes">
        <source>Placements (%n visit(s) overdue)</source>
        <translation>
            <numerusform>الإيداعات (%n زيارة متأخرة)</numerusform>
            <numerusform>الإيداعات (%n زيارة متأخرة)</numerusform>
            <numerusform>الإيداعات (%n زيارتان متأخرتان)</numerusform>
            <numerusform>الإيداعات (%n زيارات متأخرة)</numerusform>
            <numerusform>الإيداعات (%n زيارة متأخرة)</numerusform>
            <numerusform>الإيداعات (%n زيارة متأخرة)</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Active placements</source>
        <translation>الإيداعات الجارية</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>زيارات التتبع المتأخرة</translation>
    </message>
    <message>
        <source>Families: %1</source>
        <translation>الأسر: %1</translation>
    </message>
    <message>
        <source>%1: started / ended</source>
        <translation>%1: إيداعات بدأت / انتهت</translation>
    </message>
    <message>
        <source>Return — %1: %2</source>
        <translation>عودة — %1: %2</translation>
    </message>
    <message>
        <source>Foster families</source>
        <translation>الأسر البديلة</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Search by name, in Arabic or Latin letters</source>
        <translation>ابحث بالاسم، بالحروف العربية أو اللاتينية</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>أسرة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>Open the &amp;placement</source>
        <translation>افتح الإيداع</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>أرباب الأسرة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>موعد الزيارة المقبلة</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>No family matches “%1”. Check the spelling, try the name in the other script, or press Esc to see them all.</source>
        <translation>لا توجد أسرة تطابق «%1». تحقّق من الإملاء، أو جرّب الاسم بالحروف الأخرى، أو اضغط Esc لعرضها كلها.</translation>
    </message>
    <message>
        <source>No family is in the state “%1”.</source>
        <translation>لا توجد أسرة في حالة «%1».</translation>
    </message>
    <message>
        <source>No foster family yet. Register the first one with “New family…”.</source>
        <translation>لا توجد أسرة كافلة بعد. سجّل الأولى بزر «أسرة جديدة…».</translation>
    </message>
    <message>
        <source>No foster family is registered yet.</source>
        <translation>لم تُسجَّل أي أسرة كافلة بعد.</translation>
    </message>
    <message>
        <source>No child is placed with a family. Open an approved family and place a child from its Placements tab.</source>
        <translation>لا يوجد طفل مودَع لدى أسرة. افتح أسرة معتمدة وأودِع طفلًا من تبويب «الإيداعات».</translation>
    </message>
    <message>
        <source>Register imported: %1 families added, %2 completed.</source>
        <translation>استُورد السجل: أُضيفت %1 أسرة، واستُكملت %2.</translation>
    </message>
    <message>
        <source>Import from a &amp;spreadsheet…</source>
        <translation>استورد من &amp;جدول بيانات…</translation>
    </message>
</context>
<context>
    <name>riaya::FamilyDialog</name>
    <message>
        <source>&amp;Save the details</source>
        <translation>احفظ البيانات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>القرابة</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الازدياد</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>غير مصرَّح به</translation>
    </message>
    <message>
        <source>girl</source>
        <translation>بنت</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>ولد</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>اسم الأسرة:</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters:</source>
        <translation>الاسم بالحروف اللاتينية:</translation>
    </message>
    <message>
        <source>Add a &amp;member</source>
        <translation>أضف فردًا</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>احذف الفرد</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>الأفراد:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Region, province:</source>
        <translation>الجهة، الإقليم:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>المهنة:</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>الدخل:</translation>
    </message>
    <message>
        <source>Documents received:</source>
        <translation>الوثائق المتوصَّل بها:</translation>
    </message>
    <message>
        <source>ages</source>
        <translation>السن</translation>
    </message>
    <message>
        <source>Capacity and preferences:</source>
        <translation>الطاقة الاستيعابية والتفضيلات:</translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation>الانتقال إلى:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Approval &amp;number:</source>
        <translation>رقم الاعتماد:</translation>
    </message>
    <message>
        <source>Approval to renew by:</source>
        <translation>أجل تجديد الاعتماد:</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>سجّل القرار</translation>
    </message>
    <message>
        <source>&amp;Social worker:</source>
        <translation>المساعد الاجتماعي:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>التقييم:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>التوصية:</translation>
    </message>
    <message>
        <source>Add the &amp;study</source>
        <translation>أضف البحث</translation>
    </message>
    <message>
        <source>&amp;Place a child…</source>
        <translation>أودِع طفلًا…</translation>
    </message>
    <message>
        <source>&amp;Open the placement</source>
        <translation>افتح الإيداع</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Home studies</source>
        <translation>الأبحاث الاجتماعية</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>الإيداعات</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>أسرة جديدة</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>الأسرة %1</translation>
    </message>
    <message>
        <source>%1 — %2 since %3</source>
        <translation>%1 — %2 منذ %3</translation>
    </message>
    <message>
        <source>Approval %1, to renew by %2</source>
        <translation>الاعتماد %1، يُجدَّد قبل %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>صاحب القرار</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>%1 (renewal)</source>
        <translation>%1 (تجديد)</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>المساعد الاجتماعي</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>living with the family</source>
        <translation>لا يزال لدى الأسرة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no age limit</comment>
        <translation>أي سن</translation>
    </message>
    <message>
        <source>either</source>
        <comment>girl or boy</comment>
        <translation>بدون تفضيل</translation>
    </message>
</context>
<context>
    <name>riaya::FieldLabels</name>
    <message>
        <source>Kind of incident</source>
        <translation>نوع الحادثة</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>وقت الإبطال</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>أبطلها</translation>
    </message>
    <message>
        <source>Why it was voided</source>
        <translation>سبب الإبطال</translation>
    </message>
    <message>
        <source>Kind of institution</source>
        <translation>نوع المؤسسة</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Children the family can take</source>
        <translation>عدد الأطفال الذين يمكن للأسرة استقبالهم</translation>
    </message>
    <message>
        <source>Stage of the file</source>
        <translation>مرحلة الملف</translation>
    </message>
    <message>
        <source>Stage decided</source>
        <translation>المرحلة المقرَّرة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>مكان الأصل</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <source>State of the inspection</source>
        <translation>حالة التفتيش</translation>
    </message>
    <message>
        <source>State of the action</source>
        <translation>حالة الإجراء</translation>
    </message>
    <message>
        <source>Action to take</source>
        <translation>الإجراء المطلوب</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>التمدرس</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>أُنشئ في</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>عدّله</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>الإقليم</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>رقم الترخيص</translation>
    </message>
    <message>
        <source>Licence expires on</source>
        <translation>تاريخ انتهاء الترخيص</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>First name in Latin letters</source>
        <translation>الاسم الشخصي بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>الاسم العائلي بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>اسم الأم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>مكان الازدياد</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Massar code</source>
        <translation>رمز مسار</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>اسم الولي</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation</source>
        <translation>صلة الولي</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>هاتف الولي</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المؤسسة التعليمية</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>المستوى الدراسي</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>ملاحظات صحية</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>مدمج في</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>تاريخ القبول</translation>
    </message>
    <message>
        <source>Reason for admission</source>
        <translation>سبب القبول</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <source>Kind of exit</source>
        <translation>نوع المغادرة</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>سبب المغادرة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>السنة الدراسية</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>المعدل</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>تاريخ الوقوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>الإجراء المتخذ</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>أُبلغ به</translation>
    </message>
    <message>
        <source>Residents concerned</source>
        <translation>المستفيدون المعنيون</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Revoked at</source>
        <translation>تاريخ الإلغاء</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>صادق عليه</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>تاريخ المصادقة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>النسخة الأولى</translation>
    </message>
    <message>
        <source>Standards document</source>
        <translation>وثيقة المعايير</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>المفتش</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation>يتتبع</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>يصحّح</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>سبب التصحيح</translation>
    </message>
    <message>
        <source>Finalized at</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>التفتيش</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>Note on the state</source>
        <translation>ملاحظة حول الحالة</translation>
    </message>
    <message>
        <source>State changed on</source>
        <translation>تاريخ تغيير الحالة</translation>
    </message>
    <message>
        <source>Verified during</source>
        <translation>تم التحقق منه خلال</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <source>Members&apos; names</source>
        <translation>أسماء الأفراد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>الوثائق المتوصَّل بها</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>في هذه المرحلة منذ</translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>رقم الاعتماد</translation>
    </message>
    <message>
        <source>Approval to renew on</source>
        <translation>تاريخ تجديد الاعتماد</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Youngest age wished</source>
        <translation>أصغر سن مرغوب</translation>
    </message>
    <message>
        <source>Oldest age wished</source>
        <translation>أكبر سن مرغوب</translation>
    </message>
    <message>
        <source>Sex wished</source>
        <translation>الجنس المرغوب</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>On</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>قرّره</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>المساعد الاجتماعي</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>المرجع القانوني</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>برنامج الزيارات</translation>
    </message>
    <message>
        <source>From the institution</source>
        <translation>من المؤسسة</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <source>Reason for the end</source>
        <translation>سبب الإنهاء</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>الإيداع</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>الحالة العامة</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>مخاوف</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات المقبلة</translation>
    </message>
    <message>
        <source>The operator of this computer</source>
        <translation>مشغّل هذا الحاسوب</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>تستقبل</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>نوع الطلب</translation>
    </message>
    <message>
        <source>State of the request</source>
        <translation>حالة الطلب</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الإثبات</translation>
    </message>
    <message>
        <source>Kind of record concerned</source>
        <translation>نوع السجل المعني</translation>
    </message>
    <message>
        <source>Record concerned</source>
        <translation>السجل المعني</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>الموقع الطالب</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>الموقع المطلوب منه</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>تاريخ السريان</translation>
    </message>
    <message>
        <source>Proposed details</source>
        <translation>البيانات المقترحة</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation>ملاحظة بشأن القرار</translation>
    </message>
    <message>
        <source>Granted to</source>
        <translation>الموقع الممنوح له الإذن</translation>
    </message>
    <message>
        <source>Records it may add</source>
        <translation>السجلات التي يحق له إضافتها</translation>
    </message>
    <message>
        <source>Fields it may change</source>
        <translation>الحقول التي يحق له تغييرها</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>إلى غاية</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
</context>
<context>
    <name>riaya::FigureListDialog</name>
    <message>
        <source>Nothing was counted here.</source>
        <translation>لم يُحتسب أي شيء هنا.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
</context>
<context>
    <name>riaya::FigureTile</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من أصل %2</translation>
    </message>
    <message>
        <source>Open the list behind this figure</source>
        <translation>افتح القائمة المفصّلة لهذا المؤشر</translation>
    </message>
</context>
<context>
    <name>riaya::HelpDialog</name>
    <message>
        <source>Riaya help</source>
        <translation>مساعدة «رعاية»</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>ما تفعله</translation>
    </message>
</context>
<context>
    <name>riaya::HomePage</name>
    <message>
        <source>Every region</source>
        <translation>جميع الجهات</translation>
    </message>
    <message>
        <source>Every province</source>
        <translation>جميع الأقاليم</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <source>Every institution</source>
        <translation>جميع المؤسسات</translation>
    </message>
    <message>
        <source>The national picture, %1</source>
        <translation>الوضعية الوطنية، %1</translation>
    </message>
    <message>
        <source>The month shown; the trends end with it</source>
        <translation>الشهر المعروض؛ تنتهي المنحنيات عنده</translation>
    </message>
</context>
<context>
    <name>riaya::ImportDialog</name>
    <message>
        <source>Passphrase of this database&apos;s keys:</source>
        <translation>عبارة مرور مفاتيح قاعدة البيانات هذه:</translation>
    </message>
    <message>
        <source>Already imported; nothing changes.</source>
        <translation>مستورد من قبل؛ لا شيء يتغير.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n bundles can be imported; nothing was applied yet.</source>
        <translation>
            <numerusform>معاينة: %n حزمة قابلة للاستيراد؛ لم يُطبَّق شيء بعد.</numerusform>
            <numerusform>معاينة: حزمة واحدة (%n) قابلة للاستيراد؛ لم يُطبَّق شيء بعد.</numerusform>
            <numerusform>معاينة: حزمتان (%n) قابلتان للاستيراد؛ لم يُطبَّق شيء بعد.</numerusform>
            <numerusform>معاينة: %n حزم قابلة للاستيراد؛ لم يُطبَّق شيء بعد.</numerusform>
            <numerusform>معاينة: %n حزمة قابلة للاستيراد؛ لم يُطبَّق شيء بعد.</numerusform>
            <numerusform>معاينة: %n حزمة قابلة للاستيراد؛ لم يُطبَّق شيء بعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundles imported.</source>
        <translation>
            <numerusform>استُوردت %n حزمة.</numerusform>
            <numerusform>استُوردت حزمة واحدة (%n).</numerusform>
            <numerusform>استُوردت حزمتان (%n).</numerusform>
            <numerusform>استُوردت %n حزم.</numerusform>
            <numerusform>استُوردت %n حزمة.</numerusform>
            <numerusform>استُوردت %n حزمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residents look like children registered at another site; they wait for a clerk to decide, nothing is merged.</source>
        <translation>
            <numerusform>%n مقيم يشبهون أطفالًا مسجلين في موقع آخر؛ ينتظرون قرار موظف، ولن يُدمج شيء.</numerusform>
            <numerusform>مقيم واحد (%n) يشبه طفلًا مسجلًا في موقع آخر؛ ينتظر قرار موظف، ولن يُدمج شيء.</numerusform>
            <numerusform>مقيمان (%n) يشبهان طفلين مسجلين في موقع آخر؛ ينتظران قرار موظف، ولن يُدمج شيء.</numerusform>
            <numerusform>%n مقيمين يشبهون أطفالًا مسجلين في موقع آخر؛ ينتظرون قرار موظف، ولن يُدمج شيء.</numerusform>
            <numerusform>%n مقيمًا يشبهون أطفالًا مسجلين في موقع آخر؛ ينتظرون قرار موظف، ولن يُدمج شيء.</numerusform>
            <numerusform>%n مقيم يشبهون أطفالًا مسجلين في موقع آخر؛ ينتظرون قرار موظف، ولن يُدمج شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles not received yet from %1: %2.</source>
        <translation>حزم لم تصل بعد من %1: %2.</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>استيراد الحزم</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles: %1</source>
        <translation>
            <numerusform>%n حزمة: %1</numerusform>
            <numerusform>حزمة واحدة (%n): %1</numerusform>
            <numerusform>حزمتان (%n): %1</numerusform>
            <numerusform>%n حزم: %1</numerusform>
            <numerusform>%n حزمة: %1</numerusform>
            <numerusform>%n حزمة: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تعارضات</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استورد</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أغلق</translation>
    </message>
    <message numerus="yes">
        <source>%n records were stamped by a clock %1 days ahead of this one; they wait for a clerk under Review and do not win over any record.</source>
        <translation>
            <numerusform>أُرِّخ %n سجل بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ تنتظر قرار موظف في «المراجعة» ولا تتغلّب على أي سجل.</numerusform>
            <numerusform>أُرِّخ %n سجل بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ ينتظر قرار موظف في «المراجعة» ولا يتغلّب على أي سجل.</numerusform>
            <numerusform>أُرِّخ %n سجلان بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ ينتظران قرار موظف في «المراجعة» ولا يتغلّبان على أي سجل.</numerusform>
            <numerusform>أُرِّخت %n سجلات بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ تنتظر قرار موظف في «المراجعة» ولا تتغلّب على أي سجل.</numerusform>
            <numerusform>أُرِّخ %n سجلًا بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ تنتظر قرار موظف في «المراجعة» ولا تتغلّب على أي سجل.</numerusform>
            <numerusform>أُرِّخ %n سجل بساعة متقدّمة بـ %1 من الأيام عن ساعة هذا الحاسوب؛ تنتظر قرار موظف في «المراجعة» ولا تتغلّب على أي سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle started a new history of its sender; the earlier bundles from number %1 on were set aside, their records kept.</source>
        <translation>بدأت هذه الحزمة تاريخًا جديدًا لمُرسِلها؛ وُضعت الحزم السابقة ابتداءً من الرقم %1 جانبًا، مع الاحتفاظ بسجلاتها.</translation>
    </message>
    <message>
        <source>Accept a new history of the sender</source>
        <translation>اقبل تاريخًا جديدًا للمُرسِل</translation>
    </message>
    <message>
        <source>Tick only after checking with the site: a site restored from an old backup numbers its bundles again. Its records are merged as usual and nothing received is lost.</source>
        <translation>لا تضع العلامة إلا بعد التحقق مع الموقع: الموقع الذي استرجع نسخة احتياطية قديمة يعيد ترقيم حزمه. تُدمج سجلاته كالمعتاد ولا يضيع شيء مما استُلم.</translation>
    </message>
</context>
<context>
    <name>riaya::IncidentDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>ما الذي وقع:</translation>
    </message>
    <message>
        <source>&amp;Action taken:</source>
        <translation>الإجراء المتخذ:</translation>
    </message>
    <message>
        <source>&amp;Reported to:</source>
        <translation>أُبلِغ إلى:</translation>
    </message>
    <message>
        <source>Residents &amp;concerned:</source>
        <translation>المستفيدون المعنيون:</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>Voided incident</source>
        <translation>حادثة مُبطَلة</translation>
    </message>
    <message>
        <source>Voided on %1 by %2: %3. It is no longer counted and can no longer be changed.</source>
        <translation>أُبطِلت في %1 من طرف %2: %3. لم تعد تُحتسب ولا يمكن تغييرها.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
</context>
<context>
    <name>riaya::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <comment>end of a period</comment>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Residents concerned</source>
        <translation>المستفيدون المعنيون</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي وقع</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>الإجراء المتخذ</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>أُبلِغ إلى</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>حادثة جديدة…</translation>
    </message>
    <message>
        <source>Voided on %1 by %2: %3</source>
        <translation>أُبطِلت في %1 من طرف %2: %3</translation>
    </message>
    <message>
        <source>No incidents from %1 to %2. Write one down with New incident (Ctrl+I), or widen the period.</source>
        <translation>لا حوادث من %1 إلى %2. سجّل حادثة بزر «حادثة جديدة» (Ctrl+I)، أو وسّع الفترة.</translation>
    </message>
    <message>
        <source>No incident of this period matches “%1”. Check the spelling, or press Esc to see them all.</source>
        <translation>لا توجد حادثة في هذه الفترة تطابق «%1». تحقّق من الإملاء، أو اضغط Esc لعرضها كلها.</translation>
    </message>
    <message>
        <source>The incident was voided; it stays listed, struck through, and is no longer counted.</source>
        <translation>أُبطِلت الحادثة؛ تبقى في القائمة مشطوبة ولا تُحتسب بعد الآن.</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>الإبطال</translation>
    </message>
    <message>
        <source>Search the incidents: a name, a word of what happened…</source>
        <translation>ابحث في الحوادث: اسم، أو كلمة مما وقع…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>أبطِل…</translation>
    </message>
    <message>
        <source>Void an incident written down by mistake: it stays listed, with the reason</source>
        <translation>أبطِل حادثة سُجّلت خطأً: تبقى في القائمة مع السبب</translation>
    </message>
</context>
<context>
    <name>riaya::Inspection</name>
    <message>
        <source>minor</source>
        <translation>بسيطة</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>major</source>
        <translation>كبيرة</translation>
    </message>
</context>
<context>
    <name>riaya::InspectionDialog</name>
    <message>
        <source>Add a &amp;finding…</source>
        <translation>أضف ملاحظة…</translation>
    </message>
    <message>
        <source>Remove the finding</source>
        <translation>احذف الملاحظة</translation>
    </message>
    <message>
        <source>Raise a corrective &amp;action…</source>
        <translation>أنشئ إجراءً تصحيحيًا…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>احفظ المسودة</translation>
    </message>
    <message>
        <source>Finali&amp;ze…</source>
        <translation>اعتمد…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Keys: 1 compliant · 2 partly · 3 not compliant · 0 or N not applicable; on a scale the digit is the score. Each answer moves to the next item.</source>
        <translation>اختصارات لوحة المفاتيح: 1 مطابق · 2 مطابق جزئيا · 3 غير مطابق · 0 أو N لا ينطبق؛ وفي السلّم يمثّل الرقمُ النتيجةَ. بعد كل إجابة يُنتقل إلى البند التالي.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>الإثبات:</translation>
    </message>
    <message>
        <source>Date of the &amp;visit:</source>
        <translation>تاريخ الزيارة:</translation>
    </message>
    <message>
        <source>&amp;Inspector:</source>
        <translation>المفتش:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>%1 — %2, edition %3</source>
        <translation>%1 — %2، الإصدار %3</translation>
    </message>
    <message>
        <source>Inspection (finalized, read-only)</source>
        <translation>تفتيش (نهائي، للقراءة فقط)</translation>
    </message>
    <message>
        <source>Inspection (draft)</source>
        <translation>تفتيش (مسودة)</translation>
    </message>
    <message>
        <source>Total: %1 — %2 of %3 items answered, %4 not applicable</source>
        <translation>النتيجة الإجمالية: %1 — أُجيب عن %2 من أصل %3 بندًا، منها %4 «لا ينطبق»</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Finalize the inspection</source>
        <translation>اعتماد التفتيش</translation>
    </message>
    <message>
        <source>A finalized inspection cannot be changed; a correction becomes a new version with its reason. Finalize it now?</source>
        <translation>لا يمكن تعديل التفتيش بعد اعتماده؛ وكل تصحيح يصبح نسخة جديدة مع ذكر سببه. هل تريد اعتماده الآن؟</translation>
    </message>
    <message>
        <source>Finalized.</source>
        <translation>تم الاعتماد.</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>The institution as a whole</source>
        <translation>المؤسسة ككل</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>البند:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>الخطورة:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>ما تمت معاينته:</translation>
    </message>
</context>
<context>
    <name>riaya::InspectionsPage</name>
    <message>
        <source>%1, follow-up</source>
        <translation>%1، تفتيش تتبعي</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1، متأخر</translation>
    </message>
    <message numerus="yes">
        <source>Corrective actions (%n overdue)</source>
        <translation>
            <numerusform>الإجراءات التصحيحية (%n متأخر)</numerusform>
            <numerusform>الإجراءات التصحيحية (%n متأخر)</numerusform>
            <numerusform>الإجراءات التصحيحية (%n متأخران)</numerusform>
            <numerusform>الإجراءات التصحيحية (%n متأخرة)</numerusform>
            <numerusform>الإجراءات التصحيحية (%n متأخرًا)</numerusform>
            <numerusform>الإجراءات التصحيحية (%n متأخر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>الإجراءات التصحيحية</translation>
    </message>
    <message>
        <source>Choose an institution above to see its inspections over time and its open actions.</source>
        <translation>اختر مؤسسة في الأعلى لعرض عمليات التفتيش التي خضعت لها عبر الزمن وإجراءاتها المفتوحة.</translation>
    </message>
    <message numerus="yes">
        <source>%n finalized inspection(s).</source>
        <translation>
            <numerusform>%n عملية تفتيش نهائية.</numerusform>
            <numerusform>%n عملية تفتيش نهائية.</numerusform>
            <numerusform>%n عمليتا تفتيش نهائيتان.</numerusform>
            <numerusform>%n عمليات تفتيش نهائية.</numerusform>
            <numerusform>%n عملية تفتيش نهائية.</numerusform>
            <numerusform>%n عملية تفتيش نهائية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) still open.</source>
        <translation>
            <numerusform>%n إجراء تصحيحي لا يزال مفتوحًا.</numerusform>
            <numerusform>%n إجراء تصحيحي لا يزال مفتوحًا.</numerusform>
            <numerusform>%n إجراءان تصحيحيان لا يزالان مفتوحين.</numerusform>
            <numerusform>%n إجراءات تصحيحية لا تزال مفتوحة.</numerusform>
            <numerusform>%n إجراءً تصحيحيًا لا يزال مفتوحًا.</numerusform>
            <numerusform>%n إجراء تصحيحي لا يزال مفتوحًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>shipped with Riaya</source>
        <translation>مرفقة مع «رعاية»</translation>
    </message>
    <message>
        <source>published by the ministry</source>
        <translation>منشورة من طرف الوزارة</translation>
    </message>
    <message>
        <source>Select a finalized inspection to follow up.</source>
        <translation>اختر تفتيشًا نهائيًا لإجراء تفتيش تتبعي له.</translation>
    </message>
    <message>
        <source>Choose the institution to inspect above.</source>
        <translation>اختر في الأعلى المؤسسة المراد تفتيشها.</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>تفتيش جديد</translation>
    </message>
    <message>
        <source>Inspector&apos;s name:</source>
        <translation>اسم المفتش:</translation>
    </message>
    <message>
        <source>Select a finalized inspection to correct; a draft is changed directly.</source>
        <translation>اختر تفتيشًا نهائيًا لتصحيحه؛ أما المسودة فتُعدَّل مباشرة.</translation>
    </message>
    <message>
        <source>Correct the inspection</source>
        <translation>تصحيح التفتيش</translation>
    </message>
    <message>
        <source>Why is it corrected? The reason stays with the new version.</source>
        <translation>ما سبب التصحيح؟ يبقى السبب مرفقًا بالنسخة الجديدة.</translation>
    </message>
    <message>
        <source>Select the inspection to print.</source>
        <translation>اختر التفتيش المراد طباعته.</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>تقرير التفتيش</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>لغة التقرير:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>كُتب التقرير في %1.</translation>
    </message>
    <message>
        <source>The draft was thrown away.</source>
        <translation>حُذفت المسودة.</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>اختر إجراءً أولًا.</translation>
    </message>
    <message>
        <source>What was seen or done (optional):</source>
        <translation>ما تمت معاينته أو إنجازه (اختياري):</translation>
    </message>
    <message>
        <source>Import a standards document</source>
        <translation>استيراد وثيقة معايير</translation>
    </message>
    <message>
        <source>Standards documents (*.json)</source>
        <translation>وثائق المعايير (*.json)</translation>
    </message>
    <message>
        <source>The new edition was published; it reaches the sites in the next bundles.</source>
        <translation>نُشر الإصدار الجديد؛ وسيصل إلى المواقع ضمن الحزم القادمة.</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>عمليات التفتيش</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>جميع المؤسسات</translation>
    </message>
    <message>
        <source>Institution history</source>
        <translation>سجل المؤسسة</translation>
    </message>
    <message>
        <source>Standards documents</source>
        <translation>وثائق المعايير</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>تفتيش جديد…</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>تفتيش تتبعي…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>صحّح…</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>التقرير (PDF)…</translation>
    </message>
    <message>
        <source>Throw the draft away</source>
        <translation>احذف المسودة</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>&amp;Verified…</source>
        <translation>تم التحقق…</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>استورد ملفًا…</translation>
    </message>
    <message>
        <source>&amp;Edit as a new edition…</source>
        <translation>عدّل كإصدار جديد…</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>المفتش</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>finalized</source>
        <comment>state of an inspection</comment>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>state of an inspection</comment>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>No corrective action matches “%1”. Press Esc to see them all.</source>
        <translation>لا يوجد إجراء تصحيحي يطابق «%1». اضغط Esc لعرضها كلها.</translation>
    </message>
    <message>
        <source>No corrective action is overdue.</source>
        <translation>لا يوجد إجراء تصحيحي متأخر.</translation>
    </message>
    <message>
        <source>No corrective action yet: they are set when an inspection finds something to correct.</source>
        <translation>لا إجراءات تصحيحية بعد: تُحدَّد حين يكشف تفتيش عن أمر يجب تصحيحه.</translation>
    </message>
    <message>
        <source>Search: institution, action, responsible…</source>
        <translation>ابحث: المؤسسة، الإجراء، المسؤول…</translation>
    </message>
    <message>
        <source>No inspection matches “%1”. Press Esc to see them all.</source>
        <translation>لا يوجد تفتيش يطابق «%1». اضغط Esc لعرضها كلها.</translation>
    </message>
    <message>
        <source>No inspection yet. Choose the institution above, then start one with New inspection (Ctrl+N).</source>
        <translation>لا تفتيش بعد. اختر المؤسسة في الأعلى، ثم ابدأ تفتيشًا بزر «تفتيش جديد» (Ctrl+N).</translation>
    </message>
    <message>
        <source>No inspection has been recorded for this institution.</source>
        <translation>لم يُسجَّل أي تفتيش لهذه المؤسسة.</translation>
    </message>
    <message>
        <source>Search: institution, inspector, state…</source>
        <translation>ابحث: المؤسسة، المفتش، الحالة…</translation>
    </message>
    <message>
        <source>The progress is recorded; the inspector sees it after the next bundles.</source>
        <translation>سُجّل التقدم؛ يطلع عليه المفتش بعد الحزم التالية.</translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation>سجّل التقدم…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ما يثبت الإنجاز</translation>
    </message>
</context>
<context>
    <name>riaya::InstitutionsPanel</name>
    <message numerus="yes">
        <source>%n institutions are registered at the hub. The ministry&apos;s list of institutions, in a spreadsheet, adds those missing and completes the others.</source>
        <translation>
            <numerusform>%n مؤسسة مسجلة في المركز. تضيف لائحة مؤسسات الوزارة، في جدول بيانات، المؤسسات الناقصة وتستكمل الأخرى.</numerusform>
            <numerusform>%n مؤسسة مسجلة في المركز. تضيف لائحة مؤسسات الوزارة، في جدول بيانات، المؤسسات الناقصة وتستكمل الأخرى.</numerusform>
            <numerusform>%n مؤسسة مسجلة في المركز. تضيف لائحة مؤسسات الوزارة، في جدول بيانات، المؤسسات الناقصة وتستكمل الأخرى.</numerusform>
            <numerusform>%n مؤسسات مسجلة في المركز. تضيف لائحة مؤسسات الوزارة، في جدول بيانات، المؤسسات الناقصة وتستكمل الأخرى.</numerusform>
            <numerusform>%n مؤسسة مسجلة في المركز. تضيف لائحة مؤسسات الوزارة، في جدول بيانات، المؤسسات الناقصة وتستكمل الأخرى.</numerusform>
            <numerusform>%n مؤسسة مسجلة في المركز. تضيف لائحة مؤسسات الوزارة، في جدول بيانات، المؤسسات الناقصة وتستكمل الأخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions imported: %1 added, %2 completed.</source>
        <translation>استُوردت المؤسسات: أُضيفت %1، واستُكملت %2.</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>Import &amp;institutions from a spreadsheet…</source>
        <translation>استورد &amp;المؤسسات من جدول بيانات…</translation>
    </message>
</context>
<context>
    <name>riaya::KeysPanel</name>
    <message>
        <source>This database: %1 — key fingerprint %2</source>
        <translation>قاعدة البيانات هذه: %1 — بصمة المفتاح %2</translation>
    </message>
    <message>
        <source>This database (%1) has no keys yet. It needs them to sign and open bundles, and to make backups.</source>
        <translation>ليس لقاعدة البيانات هذه (%1) مفاتيح بعد. تحتاجها لتوقيع الحزم وفتحها، ولإنشاء النسخ الاحتياطية.</translation>
    </message>
    <message numerus="yes">
        <source>%n sites enrolled.</source>
        <translation>
            <numerusform>لا موقع مسجَّل (%n).</numerusform>
            <numerusform>موقع واحد مسجَّل (%n).</numerusform>
            <numerusform>موقعان مسجَّلان (%n).</numerusform>
            <numerusform>%n مواقع مسجَّلة.</numerusform>
            <numerusform>%n موقعًا مسجَّلًا.</numerusform>
            <numerusform>%n موقع مسجَّل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusts the ministry “%1”, key fingerprint %2.</source>
        <translation>تثق بالوزارة «%1»، بصمة مفتاحها %2.</translation>
    </message>
    <message>
        <source>No ministry is trusted yet.</source>
        <translation>لا تثق قاعدة البيانات بأي وزارة بعد.</translation>
    </message>
    <message>
        <source>First step: create the ministry&apos;s keys, under a passphrase.</source>
        <translation>الخطوة الأولى: أنشئ مفاتيح الوزارة، بعبارة مرور.</translation>
    </message>
    <message>
        <source>First step: create the keys, under a passphrase the supervisor will type to send the month&apos;s bundle.</source>
        <translation>الخطوة الأولى: أنشئ المفاتيح، بعبارة مرور يكتبها المشرف لإرسال حزمة الشهر.</translation>
    </message>
    <message>
        <source>Next step: load the ministry&apos;s profile, the file the ministry gave you, and compare its fingerprint with the one the ministry gave you.</source>
        <translation>الخطوة التالية: حمّل ملف تعريف الوزارة، وهو الملف الذي سلّمته لكم الوزارة، وقارن بصمته بالبصمة التي أعطتكم إياها.</translation>
    </message>
    <message>
        <source>Next step: save the enrolment file and take it to the ministry, which enrols this house after comparing its fingerprint; then exchange bundles below.</source>
        <translation>الخطوة التالية: احفظ ملف التسجيل وسلّمه للوزارة، فتسجّل هذه الدار بعد مقارنة بصمتها؛ ثم تبادلوا الحزم أدناه.</translation>
    </message>
    <message>
        <source>Next step: save the profile for the sites, then enrol each site from the file it brings.</source>
        <translation>الخطوة التالية: احفظ ملف التعريف للمواقع، ثم سجّل كل موقع من الملف الذي يأتي به.</translation>
    </message>
    <message>
        <source>An administrator sets up the keys and the enrolment on this screen.</source>
        <translation>يُعِدّ المسؤولُ المفاتيحَ والتسجيل في هذه الشاشة.</translation>
    </message>
    <message>
        <source>The keys sign what this database sends and open what is sent to it; the passphrase locks them. It is typed to send bundles, and it opens the backups. Write it down and keep it safe: nobody can recover it.</source>
        <translation>توقّع المفاتيح ما ترسله قاعدة البيانات هذه وتفتح ما يُرسل إليها؛ وعبارة المرور تقفلها. تُكتب لإرسال الحزم، وتفتح النسخ الاحتياطية. دوّنها واحفظها في مكان آمن: لا يمكن لأحد استرجاعها.</translation>
    </message>
    <message>
        <source>Create the keys</source>
        <translation>أنشئ المفاتيح</translation>
    </message>
    <message>
        <source>Keys created. Fingerprint: %1</source>
        <translation>تم إنشاء المفاتيح. البصمة: %1</translation>
    </message>
    <message>
        <source>The keys stay the same; only the passphrase that locks them changes. Backups made before still open with the old passphrase.</source>
        <translation>تبقى المفاتيح نفسها؛ لا تتغيّر إلا عبارة المرور التي تقفلها. النسخ الاحتياطية السابقة تُفتح دائمًا بعبارة المرور القديمة.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>غيّر عبارة المرور</translation>
    </message>
    <message>
        <source>The keys are sealed under the new passphrase.</source>
        <translation>أصبحت المفاتيح مقفلة بعبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>The file is signed with this database&apos;s key: type the passphrase to open it.</source>
        <translation>يُوقَّع الملف بمفتاح قاعدة البيانات هذه: اكتب عبارة المرور لفتحه.</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>احفظ الملف</translation>
    </message>
    <message>
        <source>Profile saved to %1. Give it to each new site with this fingerprint, which the site compares: %2</source>
        <translation>حُفظ ملف التعريف في %1. سلّمه لكل موقع جديد مع هذه البصمة التي يقارنها الموقع: %2</translation>
    </message>
    <message>
        <source>Enrolment file saved to %1. Take it to the ministry with this fingerprint, which the ministry compares: %2</source>
        <translation>حُفظ ملف التسجيل في %1. سلّمه للوزارة مع هذه البصمة التي تقارنها الوزارة: %2</translation>
    </message>
    <message>
        <source>Enrol a site</source>
        <translation>سجّل موقعًا</translation>
    </message>
    <message>
        <source>Trust the ministry</source>
        <translation>ثق بالوزارة</translation>
    </message>
    <message>
        <source>This file is the enrolment of “%1”. Its key fingerprint is:
%2

Compare it with the fingerprint shown on the Sync screen of that house, and enrol it only if they are the same.</source>
        <translation>هذا الملف هو ملف تسجيل «%1». بصمة مفتاحه:
%2

قارنها بالبصمة المعروضة في شاشة المزامنة لتلك الدار، ولا تسجّله إلا إذا تطابقتا.</translation>
    </message>
    <message>
        <source>This profile is the ministry “%1”. Its key fingerprint is:
%2

Compare it with the fingerprint the ministry gave you (on paper or by telephone), and trust it only if they are the same.</source>
        <translation>ملف التعريف هذا للوزارة «%1». بصمة مفتاحها:
%2

قارنها بالبصمة التي أعطتكم إياها الوزارة (على ورق أو بالهاتف)، ولا تثق به إلا إذا تطابقتا.</translation>
    </message>
    <message>
        <source>&amp;Enrol the site</source>
        <translation>&amp;سجّل الموقع</translation>
    </message>
    <message>
        <source>&amp;Trust the ministry</source>
        <translation>&amp;ثق بالوزارة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Nothing was trusted.</source>
        <translation>لم يُوثَق بأي شيء.</translation>
    </message>
    <message>
        <source>Now trusted: %1.</source>
        <translation>أصبح موثوقًا الآن: %1.</translation>
    </message>
    <message>
        <source>No enrolled site has a key that can be revoked.</source>
        <translation>لا يوجد موقع مسجَّل له مفتاح يمكن إلغاؤه.</translation>
    </message>
    <message>
        <source>The key of %1 is revoked: its bundles are refused from now on, and the next bundle to each site tells it.</source>
        <translation>أُلغي مفتاح %1: تُرفض حزمه من الآن، وتُبلغ الحزمةُ التالية كلَّ موقع بذلك.</translation>
    </message>
    <message>
        <source>Save the profile for the sites</source>
        <translation>احفظ ملف التعريف للمواقع</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>احفظ ملف التسجيل</translation>
    </message>
    <message>
        <source>Riaya identity files (*.json);;All files (*)</source>
        <translation>ملفات هوية رعاية (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The enrolment file of a site</source>
        <translation>ملف تسجيل موقع</translation>
    </message>
    <message>
        <source>The ministry&apos;s profile</source>
        <translation>ملف تعريف الوزارة</translation>
    </message>
    <message>
        <source>Keys and trust</source>
        <translation>المفاتيح والثقة</translation>
    </message>
    <message>
        <source>Create the &amp;keys…</source>
        <translation>أنشئ ال&amp;مفاتيح…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>غيّر &amp;عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Save the profile for the sites…</source>
        <translation>ا&amp;حفظ ملف التعريف للمواقع…</translation>
    </message>
    <message>
        <source>&amp;Save the enrolment file…</source>
        <translation>ا&amp;حفظ ملف التسجيل…</translation>
    </message>
    <message>
        <source>&amp;Enrol a site…</source>
        <translation>&amp;سجّل موقعًا…</translation>
    </message>
    <message>
        <source>&amp;Load the ministry&apos;s profile…</source>
        <translation>&amp;حمّل ملف تعريف الوزارة…</translation>
    </message>
    <message>
        <source>&amp;Revoke a site&apos;s key…</source>
        <translation>أ&amp;لغِ مفتاح موقع…</translation>
    </message>
</context>
<context>
    <name>riaya::MainWindow</name>
    <message>
        <source>Residents</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Foster families</source>
        <translation>الأسر البديلة</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>التفتيش</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Riaya — %1</source>
        <translation>رعاية — %1</translation>
    </message>
    <message>
        <source>Arrives in a later version of Riaya.</source>
        <translation>ستتوفّر هذه الخاصية في إصدار لاحق من «رعاية».</translation>
    </message>
    <message>
        <source>Ministry hub: %1</source>
        <translation>المنصة المركزية للوزارة: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>افتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>اخرج</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>&amp;Residents</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Riaya</source>
        <translation>حول «رعاية»</translation>
    </message>
    <message>
        <source>Open a Riaya database</source>
        <translation>فتح قاعدة بيانات «رعاية»</translation>
    </message>
    <message>
        <source>Riaya databases (*.db *.riaya);;All files (*)</source>
        <translation>قواعد بيانات «رعاية» (*.db *.riaya);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Riaya</source>
        <translation>رعاية</translation>
    </message>
    <message>
        <source>Could not start another window for %1.</source>
        <translation>تعذّر فتح نافذة أخرى لـ %1.</translation>
    </message>
    <message>
        <source>About Riaya</source>
        <translation>حول «رعاية»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Riaya %1&lt;/h3&gt;&lt;p&gt;Offline records for social-care institutions: residents, foster families, inspections and reports to the ministry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;رعاية %1&lt;/h3&gt;&lt;p&gt;سجلات مؤسسات الرعاية الاجتماعية دون الحاجة إلى الإنترنت: المستفيدون، والأسر البديلة، والتفتيش، والتقارير الموجّهة إلى الوزارة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>Daily presence</source>
        <translation>الحضور اليومي</translation>
    </message>
    <message>
        <source>Daily &amp;presence</source>
        <translation>الحضور اليومي</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>المستخدم: %1</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>اقفل</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>The passphrase of this site&apos;s keys opens the backup:</source>
        <translation>تفتح عبارة مرور مفاتيح هذا الموقع النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>Riaya will close, check the backup, keep the current database aside, and open the restored one. Changes made since the backup stay only in the database kept aside. Go on?</source>
        <translation>ستُغلق «رعاية»، وتتحقق من النسخة الاحتياطية، وتحفظ قاعدة البيانات الحالية جانبًا، ثم تفتح المسترجعة. التعديلات التي تمت بعد النسخة تبقى فقط في القاعدة المحفوظة جانبًا. هل تتابع؟</translation>
    </message>
    <message>
        <source>Could not start Riaya again to restore the backup.</source>
        <translation>تعذّر تشغيل «رعاية» من جديد لاسترجاع النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>فشل النسخ الاحتياطي اليومي</translation>
    </message>
    <message>
        <source>The audit log is broken</source>
        <translation>سجل التدقيق معطوب</translation>
    </message>
    <message>
        <source>The history of changes was altered or damaged: %1. The backup was made; tell the ministry.</source>
        <translation>تاريخ التعديلات عُدِّل أو تلف: %1. أُنشئت النسخة الاحتياطية؛ أبلغ الوزارة.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>نُسخ احتياطيًا في %1.</translation>
    </message>
    <message>
        <source>%1

The latest backup is from %2. Restore it?</source>
        <translation>%1

آخر نسخة احتياطية بتاريخ %2. هل تسترجعها؟</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة مروري</translation>
    </message>
    <message>
        <source>Your current password:</source>
        <translation>كلمة مرورك الحالية:</translation>
    </message>
    <message>
        <source>The new password:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>The new password again:</source>
        <translation>كلمة المرور الجديدة مرة أخرى:</translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>كلمتا المرور الجديدتان مختلفتان؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>تم تغيير كلمة مرورك.</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>غيّر كلمة مروري…</translation>
    </message>
    <message>
        <source>&amp;Foster families</source>
        <translation>الأسر البديلة</translation>
    </message>
    <message>
        <source>I&amp;nspections</source>
        <translation>التفتيش</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Quit Riaya</source>
        <translation>إنهاء رعاية</translation>
    </message>
    <message>
        <source>Changes typed before the lock are not saved; quitting now loses them.</source>
        <translation>التعديلات المدخلة قبل القفل غير محفوظة، والإنهاء الآن يُضيّعها.</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>سجّل الدخول من جديد</translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation>أنهِ وضيّعها</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>الطلبات</translation>
    </message>
</context>
<context>
    <name>riaya::MonthCloseDialog</name>
    <message>
        <source>Places in the house</source>
        <translation>أماكن الدار</translation>
    </message>
    <message>
        <source>Residents on the first day</source>
        <translation>المستفيدون في اليوم الأول</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>القبولات</translation>
    </message>
    <message>
        <source>Exits: left the house</source>
        <translation>المغادرات: غادر الدار</translation>
    </message>
    <message>
        <source>Exits: transferred</source>
        <translation>المغادرات: نُقل</translation>
    </message>
    <message>
        <source>Exits: placed in a family</source>
        <translation>المغادرات: أُودع لدى أسرة</translation>
    </message>
    <message>
        <source>Residents after the last day</source>
        <translation>المستفيدون بعد اليوم الأخير</translation>
    </message>
    <message>
        <source>Presence marks</source>
        <translation>تسجيلات الحضور</translation>
    </message>
    <message>
        <source>Presence rate</source>
        <translation>نسبة الحضور</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>الغيابات</translation>
    </message>
    <message>
        <source>Incidents recorded</source>
        <translation>الحوادث المسجلة</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; approving again replaces those figures.</source>
        <translation>صادق عليها %1 في %2؛ المصادقة من جديد تستبدل تلك الأرقام.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <source>Riaya bundles (*.bundle)</source>
        <translation>حزم «رعاية» (*.bundle)</translation>
    </message>
    <message>
        <source>Tick the box once you have checked the figures.</source>
        <translation>ضع علامة في الخانة بعد التحقق من الأرقام.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
    <message>
        <source>The figures are approved, but the bundle could not be saved: %1</source>
        <translation>صودق على الأرقام، لكن تعذّر حفظ الحزمة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 approved. Bundle %2 saved to %3 (%n records): take it to the ministry.</source>
        <translation>
            <numerusform>صودق على %1. حُفظت الحزمة %2 في %3 (%n سجل): خذها إلى الوزارة.</numerusform>
            <numerusform>صودق على %1. حُفظت الحزمة %2 في %3 (سجل واحد، %n): خذها إلى الوزارة.</numerusform>
            <numerusform>صودق على %1. حُفظت الحزمة %2 في %3 (سجلان، %n): خذها إلى الوزارة.</numerusform>
            <numerusform>صودق على %1. حُفظت الحزمة %2 في %3 (%n سجلات): خذها إلى الوزارة.</numerusform>
            <numerusform>صودق على %1. حُفظت الحزمة %2 في %3 (%n سجلًا): خذها إلى الوزارة.</numerusform>
            <numerusform>صودق على %1. حُفظت الحزمة %2 في %3 (%n سجل): خذها إلى الوزارة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the month — %1</source>
        <translation>إقفال الشهر — %1</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>الشهر:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>I have checked these figures and approve them</source>
        <translation>تحققت من هذه الأرقام وأصادق عليها</translation>
    </message>
    <message>
        <source>Bundle &amp;file:</source>
        <translation>ملف الحزمة:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the keys:</source>
        <translation>عبارة مرور المفاتيح:</translation>
    </message>
    <message>
        <source>&amp;Approve and save the bundle</source>
        <translation>صادق واحفظ الحزمة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Complete: every resident has a presence mark for each day in the house, and no school result is missing.</source>
        <translation>مكتمل: لكل مقيم علامة حضور عن كل يوم قضاه في الدار، ولا تنقص أي نتيجة دراسية.</translation>
    </message>
    <message>
        <source>Incomplete:</source>
        <translation>غير مكتمل:</translation>
    </message>
    <message>
        <source>The month is incomplete</source>
        <translation>الشهر غير مكتمل</translation>
    </message>
    <message>
        <source>%1 is incomplete:</source>
        <translation>%1 غير مكتمل:</translation>
    </message>
    <message>
        <source>Approve it as it is? The approval records that the month was incomplete, and the ministry sees it.</source>
        <translation>هل تصادق عليه كما هو؟ تسجّل المصادقة أن الشهر كان غير مكتمل، وتطّلع الوزارة على ذلك.</translation>
    </message>
    <message>
        <source>Approve as &amp;incomplete</source>
        <translation>صادِق عليه &amp;غير مكتمل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Nothing was approved.</source>
        <translation>لم تتم المصادقة على شيء.</translation>
    </message>
    <message>
        <source>Approved by the local operator: this database has no user accounts.</source>
        <translation>يصادق المشغّل المحلي: لا حسابات مستخدمين في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>صادق عليه: %1</translation>
    </message>
</context>
<context>
    <name>riaya::PassphraseDialog</name>
    <message numerus="yes">
        <source>At least %n characters: a few words that you will remember.</source>
        <translation>
            <numerusform>%n حرف على الأقل: بضع كلمات تتذكّرها.</numerusform>
            <numerusform>%n حرف على الأقل: بضع كلمات تتذكّرها.</numerusform>
            <numerusform>%n حرفان على الأقل: بضع كلمات تتذكّرها.</numerusform>
            <numerusform>%n أحرف على الأقل: بضع كلمات تتذكّرها.</numerusform>
            <numerusform>%n حرفًا على الأقل: بضع كلمات تتذكّرها.</numerusform>
            <numerusform>%n حرف على الأقل: بضع كلمات تتذكّرها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Long enough. Type it again below.</source>
        <translation>طولها كافٍ. اكتبها مرة أخرى أدناه.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>عبارتا المرور متطابقتان.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the new one again.</source>
        <translation>عبارتا المرور مختلفتان: اكتب الجديدة مرة أخرى.</translation>
    </message>
    <message>
        <source>Passphrase of the keys</source>
        <translation>عبارة مرور المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>The passphrase &amp;again:</source>
        <translation>عبارة المرور &amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
</context>
<context>
    <name>riaya::PlaceChildDialog</name>
    <message>
        <source>The child&apos;s name, in Arabic or Latin letters</source>
        <translation>اسم الطفل، بالحروف العربية أو اللاتينية</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>الأسرة:</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>الطفل:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>الأساس القانوني:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>المرجع:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>البدء:</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>المراجعة:</translation>
    </message>
    <message>
        <source>Visits in the first period, every (months):</source>
        <translation>الزيارات في الفترة الأولى، كل (أشهر):</translation>
    </message>
    <message>
        <source>First period (months):</source>
        <translation>الفترة الأولى (أشهر):</translation>
    </message>
    <message>
        <source>Visits after it, every (months):</source>
        <translation>الزيارات بعدها، كل (أشهر):</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>أودِع</translation>
    </message>
    <message>
        <source>Place a child</source>
        <translation>إيداع طفل</translation>
    </message>
    <message>
        <source>Find and select the child first.</source>
        <translation>ابحث عن الطفل واختره أولًا.</translation>
    </message>
</context>
<context>
    <name>riaya::PlacementDialog</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>المساعد الاجتماعي</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>الحالة العامة</translation>
    </message>
    <message>
        <source>School</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Concerns and next steps</source>
        <translation>المخاوف والخطوات المقبلة</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>زيارة جديدة</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Social worker:</source>
        <translation>المساعد الاجتماعي:</translation>
    </message>
    <message>
        <source>&amp;Wellbeing:</source>
        <translation>الحالة العامة:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>الدراسة:</translation>
    </message>
    <message>
        <source>H&amp;ealth:</source>
        <translation>الصحة:</translation>
    </message>
    <message>
        <source>&amp;Concerns:</source>
        <translation>المخاوف:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>الخطوات المقبلة:</translation>
    </message>
    <message>
        <source>Record the &amp;visit</source>
        <translation>سجّل الزيارة</translation>
    </message>
    <message>
        <source>End the placement</source>
        <translation>إنهاء الإيداع</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>المآل:</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>اليوم الأخير:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Returns to the &amp;institution:</source>
        <translation>يعود إلى المؤسسة:</translation>
    </message>
    <message>
        <source>&amp;End the placement</source>
        <translation>أنهِ الإيداع</translation>
    </message>
    <message>
        <source>%1 with the family %2</source>
        <translation>%1 لدى الأسرة %2</translation>
    </message>
    <message>
        <source>%1 %2, from %3</source>
        <translation>%1 %2، ابتداءً من %3</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>انتهى بتاريخ %1: %2</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>الإيداع</translation>
    </message>
    <message>
        <source>Next visit was due on %1: overdue.</source>
        <translation>كان موعد الزيارة المقبلة %1: متأخرة.</translation>
    </message>
    <message>
        <source>Next visit due by %1.</source>
        <translation>الزيارة المقبلة قبل %1.</translation>
    </message>
</context>
<context>
    <name>riaya::PlacementHistoryTab</name>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>living with the family</source>
        <translation>لا يزال لدى الأسرة</translation>
    </message>
</context>
<context>
    <name>riaya::PresenceMonthTab</name>
    <message>
        <source>No presence recorded this month.</source>
        <translation>لم يُسجَّل أي حضور هذا الشهر.</translation>
    </message>
    <message numerus="yes">
        <source>Present %1 of the %n days marked.</source>
        <translation>
            <numerusform>حاضر %1 من أصل %n يوم مسجَّل.</numerusform>
            <numerusform>حاضر %1 من أصل يوم مسجَّل واحد (%n).</numerusform>
            <numerusform>حاضر %1 من أصل يومين مسجَّلين (%n).</numerusform>
            <numerusform>حاضر %1 من أصل %n أيام مسجَّلة.</numerusform>
            <numerusform>حاضر %1 من أصل %n يومًا مسجَّلًا.</numerusform>
            <numerusform>حاضر %1 من أصل %n يوم مسجَّل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>riaya::PresencePage</name>
    <message>
        <source>not marked</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>The presence of %1 is saved.</source>
        <translation>تم حفظ الحضور ليوم %1.</translation>
    </message>
    <message>
        <source>No presence recorded this month yet.</source>
        <translation>لم يُسجَّل أي حضور هذا الشهر بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Presence in %1: %2% of %n marks</source>
        <translation>
            <numerusform>الحضور في شهر %1: %2% من أصل %n تسجيل</numerusform>
            <numerusform>الحضور في شهر %1: %2% من أصل %n تسجيل</numerusform>
            <numerusform>الحضور في شهر %1: %2% من أصل %n تسجيلَين</numerusform>
            <numerusform>الحضور في شهر %1: %2% من أصل %n تسجيلات</numerusform>
            <numerusform>الحضور في شهر %1: %2% من أصل %n تسجيلًا</numerusform>
            <numerusform>الحضور في شهر %1: %2% من أصل %n تسجيل</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily presence</source>
        <translation>الحضور اليومي</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>Ne&amp;xt day</source>
        <translation>اليوم الموالي</translation>
    </message>
    <message>
        <source>Keys: 1 present · 2 absent · 3 on leave · 4 sick. The cursor moves to the next child.</source>
        <translation>المفاتيح: 1 حاضر · 2 غائب · 3 في رخصة · 4 مريض. ينتقل المؤشر إلى الطفل الموالي.</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Mark the &amp;unmarked present</source>
        <translation>سجّل غير المسجَّلين حاضرين</translation>
    </message>
    <message>
        <source>Save the sheet</source>
        <translation>احفظ ورقة الحضور</translation>
    </message>
    <message>
        <source>Daily presence of %1</source>
        <translation>الحضور اليومي ليوم %1</translation>
    </message>
    <message>
        <source>Save them before another sheet is shown?</source>
        <translation>هل تحفظها قبل عرض ورقة أخرى؟</translation>
    </message>
</context>
<context>
    <name>riaya::ProgressDialog</name>
    <message>
        <source>%1 (responsible: %2, due by %3)</source>
        <translation>%1 (المسؤول: %2، قبل %3)</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>الإجراء:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>ما تم إنجازه:</translation>
    </message>
    <message>
        <source>&amp;Evidence (what shows it):</source>
        <translation>ما يثبت الإنجاز:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>بتاريخ:</translation>
    </message>
    <message>
        <source>Progress of a corrective action</source>
        <translation>تقدم إجراء تصحيحي</translation>
    </message>
</context>
<context>
    <name>riaya::RecordKinds</name>
    <message>
        <source>Institutions</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>حسابات المستخدمين</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>فترات الإقامة</translation>
    </message>
    <message>
        <source>Presence marks</source>
        <translation>تسجيلات الحضور</translation>
    </message>
    <message>
        <source>School results</source>
        <translation>النتائج الدراسية</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>الأشهر المصادق عليها</translation>
    </message>
    <message>
        <source>Revoked keys</source>
        <translation>المفاتيح الملغاة</translation>
    </message>
    <message>
        <source>Standards documents</source>
        <translation>وثائق المعايير</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>عمليات التفتيش</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>الإجراءات التصحيحية</translation>
    </message>
    <message>
        <source>Foster families</source>
        <translation>الأسر البديلة</translation>
    </message>
    <message>
        <source>Family decisions</source>
        <translation>قرارات الأسر</translation>
    </message>
    <message>
        <source>Home studies</source>
        <translation>الأبحاث الاجتماعية</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>الإيداعات</translation>
    </message>
    <message>
        <source>Placement visits</source>
        <translation>زيارات الإيداع</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Requests between sites</source>
        <translation>الطلبات بين المواقع</translation>
    </message>
    <message>
        <source>Access granted to other sites</source>
        <translation>الأذونات الممنوحة لمواقع أخرى</translation>
    </message>
</context>
<context>
    <name>riaya::RefuseRequestDialog</name>
    <message>
        <source>&amp;Why is it refused? (required, sent to the site that asked)</source>
        <translation>لماذا يُرفض؟ (إلزامي، يُرسل إلى الموقع الطالب)</translation>
    </message>
    <message>
        <source>Re&amp;fuse the request</source>
        <translation>ارفض الطلب</translation>
    </message>
    <message>
        <source>Refuse a request</source>
        <translation>رفض طلب</translation>
    </message>
</context>
<context>
    <name>riaya::ReportsPage</name>
    <message>
        <source>Choose a report.</source>
        <translation>اختر تقريرًا.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>تاريخ الطبع</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>كُتب التقرير في %1.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>مستندات PDF (*.pdf);;مصنفات Excel (*.xlsx);;ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to the printer.</source>
        <translation>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحةً إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>التقرير:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>الشهر:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>الجهة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>اعرض</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>عاين…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>اطبع…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>احفظ باسم…</translation>
    </message>
    <message>
        <source>Monthly report of a house</source>
        <translation>التقرير الشهري لدار</translation>
    </message>
    <message>
        <source>National monthly report</source>
        <translation>التقرير الشهري الوطني</translation>
    </message>
    <message>
        <source>Sites that have not sent a month</source>
        <translation>المواقع التي لم ترسل شهرًا</translation>
    </message>
    <message>
        <source>Every region</source>
        <translation>جميع الجهات</translation>
    </message>
</context>
<context>
    <name>riaya::RequestSummary</name>
    <message>
        <source>%1: %2, asked by %3.</source>
        <translation>%1: %2، بطلب من %3.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>بتاريخ %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
</context>
<context>
    <name>riaya::RequestsPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>no end</source>
        <translation>دون أجل</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>ساري المفعول</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>اختر طلبا أولا.</translation>
    </message>
    <message>
        <source>The transfer of %1 is accepted: the file is held here from now on.</source>
        <translation>قُبل نقل %1: أصبح الملف محفوظا هنا من الآن.</translation>
    </message>
    <message>
        <source>The request is accepted; the site that asked learns it with the next bundles.</source>
        <translation>قُبل الطلب؛ يعلم به الموقع الطالب مع الحزم التالية.</translation>
    </message>
    <message>
        <source>The request is refused; the site that asked learns why with the next bundles.</source>
        <translation>رُفض الطلب؛ يعلم الموقع الطالب بالسبب مع الحزم التالية.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>إلغاء الطلب</translation>
    </message>
    <message>
        <source>Cancel the request “%1” about %2? The site asked can no longer decide it.</source>
        <translation>إلغاء الطلب «%1» بشأن %2؟ لن يعود بإمكان الموقع المطلوب منه البت فيه.</translation>
    </message>
    <message>
        <source>The request is cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
    <message>
        <source>Select a grant first.</source>
        <translation>اختر إذنا أولا.</translation>
    </message>
    <message>
        <source>End the grant</source>
        <translation>إنهاء الإذن</translation>
    </message>
    <message>
        <source>End the access of %1 to %2? It writes nothing more under it once the next bundles arrive.</source>
        <translation>إنهاء إذن %1 بشأن %2؟ لن يكتب شيئا بموجبه بعد وصول الحزم التالية.</translation>
    </message>
    <message>
        <source>The grant is ended.</source>
        <translation>انتهى الإذن.</translation>
    </message>
    <message>
        <source>The institution is assigned; the inspector&apos;s site receives it with its next answer bundle.</source>
        <translation>أُسندت المؤسسة؛ يتلقاها موقع المفتش مع حزمة الرد التالية.</translation>
    </message>
    <message>
        <source>Requests between sites</source>
        <translation>الطلبات بين المواقع</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>الأذونات</translation>
    </message>
    <message>
        <source>Every request, as the ministry relays it (the sites decide them)</source>
        <translation>جميع الطلبات كما تنقلها الوزارة (تبت فيها المواقع)</translation>
    </message>
    <message>
        <source>Asked of this site</source>
        <translation>الطلبات الموجهة إلى هذا الموقع</translation>
    </message>
    <message>
        <source>Made here</source>
        <translation>الطلبات المقدمة من هنا</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>اقبل…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>ارفض…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the request</source>
        <translation>ألغِ الطلب</translation>
    </message>
    <message>
        <source>&amp;End the grant</source>
        <translation>أنهِ الإذن</translation>
    </message>
    <message>
        <source>Assign an &amp;inspector…</source>
        <translation>أسند إلى مفتش…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Child or institution</source>
        <translation>الطفل أو المؤسسة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>الممنوح له</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>منحه</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ما يشمله</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>إلى غاية</translation>
    </message>
    <message>
        <source>No request between sites yet: they arrive with the sites&apos; bundles.</source>
        <translation>لا طلب بين المواقع بعد: تصل الطلبات مع حزم المواقع.</translation>
    </message>
    <message>
        <source>No request asked of this site: they arrive with the ministry&apos;s bundles.</source>
        <translation>لا طلب موجه إلى هذا الموقع: تصل الطلبات مع حزم الوزارة.</translation>
    </message>
    <message>
        <source>No request made here. Ask for a transfer from the Residents screen.</source>
        <translation>لا طلب مقدم من هنا. اطلب النقل من شاشة المستفيدين.</translation>
    </message>
    <message>
        <source>No grant yet. Assign an inspector&apos;s site to an institution with Assign an inspector….</source>
        <translation>لا إذن بعد. أسند مؤسسة إلى موقع مفتش بزر «أسند إلى مفتش…».</translation>
    </message>
    <message>
        <source>No grant: a site gives one by accepting a request for access.</source>
        <translation>لا إذن: يمنح الموقع إذنا بقبوله طلب ولوج.</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentFileDialog</name>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>لم يُحفظ أي شيء: صحِّح الحقول المعلَّمة باللون الأحمر.</translation>
    </message>
    <message>
        <source>Nothing was saved yet: check the possible duplicates.</source>
        <translation>لم يُحفظ أي شيء بعد: تحقّق من الملفات التي قد تكون مكرَّرة.</translation>
    </message>
    <message>
        <source>placed in a family</source>
        <translation>مودَع لدى أسرة</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>مستفيد جديد</translation>
    </message>
    <message>
        <source>File of %1</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>S&amp;tays</source>
        <translation>فترات الإقامة</translation>
    </message>
    <message>
        <source>&amp;Admit to this house on</source>
        <translation>القبول في هذه الدار بتاريخ</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>تاريخ القبول</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>نهاية فترة الإقامة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>سجّل القبول…</translation>
    </message>
    <message>
        <source>Record an &amp;exit…</source>
        <translation>سجّل مغادرة…</translation>
    </message>
    <message>
        <source>T&amp;ransfer…</source>
        <translation>انقل…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>School &amp;results</source>
        <translation>النتائج الدراسية</translation>
    </message>
    <message>
        <source>Placements in &amp;families</source>
        <translation>الإيداع لدى الأسر</translation>
    </message>
    <message>
        <source>present</source>
        <comment>still in the house</comment>
        <translation>مقيم حاليًا</translation>
    </message>
    <message>
        <source>transferred</source>
        <comment>how a stay ended</comment>
        <translation>نُقل</translation>
    </message>
    <message>
        <source>left</source>
        <comment>how a stay ended</comment>
        <translation>غادر</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Register in this house?</source>
        <translation>هل تسجّل في هذه الدار؟</translation>
    </message>
    <message>
        <source>%1 receives girls, and this file is of a boy. Register him in this house all the same?</source>
        <translation>%1 تستقبل الفتيات، وهذا الملف لفتى. هل تسجّله في هذه الدار رغم ذلك؟</translation>
    </message>
    <message>
        <source>%1 receives boys, and this file is of a girl. Register her in this house all the same?</source>
        <translation>%1 تستقبل الفتيان، وهذا الملف لفتاة. هل تسجّلها في هذه الدار رغم ذلك؟</translation>
    </message>
    <message>
        <source>Register all the same</source>
        <translation>سجّل رغم ذلك</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>راجع الملف</translation>
    </message>
    <message>
        <source>present</source>
        <comment>still in the house, female</comment>
        <translation>مقيمة</translation>
    </message>
    <message>
        <source>present</source>
        <comment>still in the house, male</comment>
        <translation>مقيم</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentForm</name>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>المعرّفات</translation>
    </message>
    <message>
        <source>Guardian and contact</source>
        <translation>الولي والاتصال</translation>
    </message>
    <message>
        <source>Origin and schooling</source>
        <translation>الأصل والتمدرس</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentPicker</name>
    <message>
        <source>present in the house</source>
        <translation>حاضر في الدار</translation>
    </message>
    <message>
        <source>not in the house</source>
        <translation>ليس في الدار</translation>
    </message>
    <message>
        <source>Nobody is present in the house. Type a name to find a resident.</source>
        <translation>لا أحد حاضر في الدار. اكتب اسمًا للبحث عن مستفيد.</translation>
    </message>
    <message>
        <source>No resident of the house matches; check the spelling, or type the name in the other script.</source>
        <translation>لا يوجد مستفيد من الدار يطابق البحث؛ تحقّق من الإملاء، أو اكتب الاسم بالحروف الأخرى.</translation>
    </message>
    <message>
        <source>Find a resident: name in either script, or identifier…</source>
        <translation>ابحث عن مستفيد: الاسم بالعربية أو اللاتينية، أو المعرّف…</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>أضِف (Enter)</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>أزِل (Delete)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>In the house</source>
        <translation>في الدار</translation>
    </message>
    <message>
        <source>No resident chosen: an incident may concern the whole house.</source>
        <translation>لم يُختر أي مستفيد: قد تخصّ الحادثة الدار كلها.</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentTableModel</name>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>المستوى الدراسي</translation>
    </message>
    <message>
        <source>Massar code</source>
        <translation>رمز مسار</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentsPage</name>
    <message numerus="yes">
        <source>%n residents</source>
        <translation>
            <numerusform>%n مستفيد</numerusform>
            <numerusform>%n مستفيد</numerusform>
            <numerusform>%n مستفيدان</numerusform>
            <numerusform>%n مستفيدين</numerusform>
            <numerusform>%n مستفيدًا</numerusform>
            <numerusform>%n مستفيد</numerusform>
        </translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Search by name, in Arabic or Latin letters, or by identifier…</source>
        <translation>ابحث بالاسم، بالحروف العربية أو اللاتينية، أو بالمعرّف…</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Girls and boys</source>
        <translation>الإناث والذكور</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>الإناث</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>الذكور</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow them</source>
        <translation>
            <numerusform>أول %n نتيجة؛ اكتب المزيد لتضييق البحث</numerusform>
            <numerusform>أول %n نتيجة؛ اكتب المزيد لتضييق البحث</numerusform>
            <numerusform>أول %n نتيجتين؛ اكتب المزيد لتضييق البحث</numerusform>
            <numerusform>أول %n نتائج؛ اكتب المزيد لتضييق البحث</numerusform>
            <numerusform>أول %n نتيجة؛ اكتب المزيد لتضييق البحث</numerusform>
            <numerusform>أول %n نتيجة؛ اكتب المزيد لتضييق البحث</numerusform>
        </translation>
    </message>
    <message>
        <source>Every school level</source>
        <translation>كل المستويات الدراسية</translation>
    </message>
    <message numerus="yes">
        <source>School success %1: %2% (%3 of %n)</source>
        <translation>
            <numerusform>النجاح الدراسي %1: %2% (%3 من %n)</numerusform>
            <numerusform>النجاح الدراسي %1: %2% (%3 من %n)</numerusform>
            <numerusform>النجاح الدراسي %1: %2% (%3 من %n)</numerusform>
            <numerusform>النجاح الدراسي %1: %2% (%3 من %n)</numerusform>
            <numerusform>النجاح الدراسي %1: %2% (%3 من %n)</numerusform>
            <numerusform>النجاح الدراسي %1: %2% (%3 من %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every institution</source>
        <translation>كل المؤسسات</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>مستفيد جديد…</translation>
    </message>
    <message>
        <source>No resident matches. Check the spelling or try the name in the other script; press Esc in the search field, or choose “Every status”, to see more.</source>
        <translation>لا يوجد مستفيد مطابق. تحقّق من الإملاء أو جرّب الاسم بالحروف الأخرى؛ اضغط Esc في حقل البحث، أو اختر «كل الحالات»، لعرض المزيد.</translation>
    </message>
    <message>
        <source>No residents yet. Register the first one with New resident (Ctrl+N).</source>
        <translation>لا يوجد مستفيدون بعد. سجّل الأول بزر «مستفيد جديد» (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>تم تسجيل %1.</translation>
    </message>
    <message>
        <source>Select a resident first.</source>
        <translation>اختر مستفيدا أولا.</translation>
    </message>
    <message>
        <source>The transfer of %1 is asked; the house learns it with the next bundles, and its answer shows on the Requests screen.</source>
        <translation>طُلب نقل %1؛ تعلم به الدار مع الحزم التالية، ويظهر ردها في شاشة الطلبات.</translation>
    </message>
    <message>
        <source>&amp;Transfer to another house…</source>
        <translation>انقل إلى دار أخرى…</translation>
    </message>
    <message>
        <source>Roster imported: %1 residents added, %2 completed.</source>
        <translation>استُوردت اللائحة: أُضيف %1 مستفيد، واستُكمل %2.</translation>
    </message>
    <message>
        <source>Import from a &amp;spreadsheet…</source>
        <translation>استورد من &amp;جدول بيانات…</translation>
    </message>
</context>
<context>
    <name>riaya::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Probable duplicates (%1)</source>
        <translation>الملفات المكرَّرة المحتملة (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>التعارضات (%1)</translation>
    </message>
</context>
<context>
    <name>riaya::RevokeDialog</name>
    <message>
        <source>No enrolled site has a key that can be revoked.</source>
        <translation>لا يوجد موقع مسجَّل له مفتاح يمكن إلغاؤه.</translation>
    </message>
    <message>
        <source>Say why the key is revoked (for example: laptop stolen).</source>
        <translation>اذكر سبب إلغاء المفتاح (مثلًا: سرقة الحاسوب).</translation>
    </message>
    <message>
        <source>Revoke a site&apos;s key</source>
        <translation>ألغِ مفتاح موقع</translation>
    </message>
    <message>
        <source>From now on, bundles signed with this key are refused here, and the next bundle to each site tells it too. The site then makes new keys and sends its new enrolment file, which is enrolled like a first one.</source>
        <translation>من الآن تُرفض هنا الحزم الموقَّعة بهذا المفتاح، وتُبلغ الحزمةُ التالية كلَّ موقع بذلك. ثم يُنشئ الموقع مفاتيح جديدة ويرسل ملف تسجيله الجديد، فيُسجَّل كأول مرة.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>ال&amp;موقع:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>for example: laptop stolen</source>
        <translation>مثلًا: سرقة الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Revoke the key</source>
        <translation>أ&amp;لغِ المفتاح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
</context>
<context>
    <name>riaya::RosterCheckPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>أ&amp;وقف</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>افحص من &amp;جديد</translation>
    </message>
    <message>
        <source>Import &amp;everything or nothing</source>
        <translation>استيرا&amp;د الكل أو لا شيء</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and save the others to a file to correct:</source>
        <translation>استيراد الصفو&amp;ف السليمة وحفظ الأخرى في ملف لتصحيحها:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختر…</translation>
    </message>
    <message>
        <source>The check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>The whole file is read against the database; nothing is written yet.</source>
        <translation>يُقرأ الملف كله ويُقارَن بقاعدة البيانات؛ لم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستورد</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>الاسم في الملف</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>المسجَّل من قبل</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>تعذّر فحص الملف: %1</translation>
    </message>
    <message>
        <source>The check was stopped before the end of the file; nothing was written. Check again to import.</source>
        <translation>أُوقف الفحص قبل نهاية الملف؛ لم يُكتب شيء. افحص من جديد للاستيراد.</translation>
    </message>
    <message numerus="yes">
        <source>%n characters of the file cannot be read in %1: go back and choose the file&apos;s encoding, or check the names in the preview.</source>
        <translation>
            <numerusform>%n حرف من الملف لا تُقرأ بترميز %1: ارجع واختر ترميز الملف، أو تحقّق من الأسماء في المعاينة.</numerusform>
            <numerusform>%n حرف من الملف لا تُقرأ بترميز %1: ارجع واختر ترميز الملف، أو تحقّق من الأسماء في المعاينة.</numerusform>
            <numerusform>%n حرف من الملف لا تُقرأ بترميز %1: ارجع واختر ترميز الملف، أو تحقّق من الأسماء في المعاينة.</numerusform>
            <numerusform>%n حروف من الملف لا تُقرأ بترميز %1: ارجع واختر ترميز الملف، أو تحقّق من الأسماء في المعاينة.</numerusform>
            <numerusform>%n حرفًا من الملف لا تُقرأ بترميز %1: ارجع واختر ترميز الملف، أو تحقّق من الأسماء في المعاينة.</numerusform>
            <numerusform>%n حرف من الملف لا تُقرأ بترميز %1: ارجع واختر ترميز الملف، أو تحقّق من الأسماء في المعاينة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records in the file: %1 to add, %2 to complete, %3 already there, %4 with problems.</source>
        <translation>
            <numerusform>%n سجل في الملف: %1 للإضافة، %2 للاستكمال، %3 موجود من قبل، %4 بها مشاكل.</numerusform>
            <numerusform>%n سجل في الملف: %1 للإضافة، %2 للاستكمال، %3 موجود من قبل، %4 بها مشاكل.</numerusform>
            <numerusform>%n سجل في الملف: %1 للإضافة، %2 للاستكمال، %3 موجود من قبل، %4 بها مشاكل.</numerusform>
            <numerusform>%n سجلات في الملف: %1 للإضافة، %2 للاستكمال، %3 موجود من قبل، %4 بها مشاكل.</numerusform>
            <numerusform>%n سجلًا في الملف: %1 للإضافة، %2 للاستكمال، %3 موجود من قبل، %4 بها مشاكل.</numerusform>
            <numerusform>%n سجل في الملف: %1 للإضافة، %2 للاستكمال، %3 موجود من قبل، %4 بها مشاكل.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>&amp;المشاكل (%1)</translation>
    </message>
    <message>
        <source>Probable &amp;duplicates (%1)</source>
        <translation>تكرارات محتملة (%1)</translation>
    </message>
    <message numerus="yes">
        <source>P&amp;review: the first %n records</source>
        <translation>
            <numerusform>&amp;معاينة: أول %n سجل</numerusform>
            <numerusform>&amp;معاينة: أول %n سجل</numerusform>
            <numerusform>&amp;معاينة: أول %n سجل</numerusform>
            <numerusform>&amp;معاينة: أول %n سجلات</numerusform>
            <numerusform>&amp;معاينة: أول %n سجلًا</numerusform>
            <numerusform>&amp;معاينة: أول %n سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;المشاكل</translation>
    </message>
    <message>
        <source>Probable &amp;duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message numerus="yes">
        <source>Import is not possible all or nothing: %n records have problems. Correct the file and open it again, or import the valid rows and save the others to a file.</source>
        <translation>
            <numerusform>الاستيراد الكلي أو لا شيء غير ممكن: في %n سجل مشاكل. صحّح الملف وافتحه من جديد، أو استورد الصفوف السليمة واحفظ الأخرى في ملف.</numerusform>
            <numerusform>الاستيراد الكلي أو لا شيء غير ممكن: في %n سجل مشاكل. صحّح الملف وافتحه من جديد، أو استورد الصفوف السليمة واحفظ الأخرى في ملف.</numerusform>
            <numerusform>الاستيراد الكلي أو لا شيء غير ممكن: في %n سجل مشاكل. صحّح الملف وافتحه من جديد، أو استورد الصفوف السليمة واحفظ الأخرى في ملف.</numerusform>
            <numerusform>الاستيراد الكلي أو لا شيء غير ممكن: في %n سجلات مشاكل. صحّح الملف وافتحه من جديد، أو استورد الصفوف السليمة واحفظ الأخرى في ملف.</numerusform>
            <numerusform>الاستيراد الكلي أو لا شيء غير ممكن: في %n سجلًا مشاكل. صحّح الملف وافتحه من جديد، أو استورد الصفوف السليمة واحفظ الأخرى في ملف.</numerusform>
            <numerusform>الاستيراد الكلي أو لا شيء غير ممكن: في %n سجل مشاكل. صحّح الملف وافتحه من جديد، أو استورد الصفوف السليمة واحفظ الأخرى في ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every record of the file is already in the database.</source>
        <translation>لا شيء للاستيراد: كل سجلات الملف موجودة في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>No record of the file can be imported: each one has a problem.</source>
        <translation>لا يمكن استيراد أي سجل من الملف: في كل سجل مشكلة.</translation>
    </message>
    <message>
        <source>Say where to save the rows with problems.</source>
        <translation>حدّد أين تُحفظ الصفوف التي بها مشاكل.</translation>
    </message>
    <message numerus="yes">
        <source>Import writes %n records in one go; stopped, it writes none.</source>
        <translation>
            <numerusform>يكتب الاستيراد %n سجل دفعة واحدة؛ وإن أُوقف لا يكتب شيئًا.</numerusform>
            <numerusform>يكتب الاستيراد %n سجل دفعة واحدة؛ وإن أُوقف لا يكتب شيئًا.</numerusform>
            <numerusform>يكتب الاستيراد %n سجل دفعة واحدة؛ وإن أُوقف لا يكتب شيئًا.</numerusform>
            <numerusform>يكتب الاستيراد %n سجلات دفعة واحدة؛ وإن أُوقف لا يكتب شيئًا.</numerusform>
            <numerusform>يكتب الاستيراد %n سجلًا دفعة واحدة؛ وإن أُوقف لا يكتب شيئًا.</numerusform>
            <numerusform>يكتب الاستيراد %n سجل دفعة واحدة؛ وإن أُوقف لا يكتب شيئًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - rows to correct</source>
        <translation>%1 - صفوف للتصحيح</translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>حفظ الصفوف التي بها مشاكل</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;Text files, comma-separated (*.csv)</source>
        <translation>مصنفات Excel (*.xlsx);;ملفات نصية مفصولة بفواصل (*.csv)</translation>
    </message>
</context>
<context>
    <name>riaya::RosterColumnsPage</name>
    <message>
        <source>The columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Say which field of Riaya each column of the file fills. A column left “Not imported” is ignored; the fields marked “required” need a column.</source>
        <translation>حدّد الحقل الذي يملؤه كل عمود من الملف في «رعاية». يُتجاهل العمود المتروك على «لا يُستورد»؛ والحقول الموسومة «إلزامي» تحتاج إلى عمود.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>عمود الملف</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>Field in Riaya</source>
        <translation>الحقل في رعاية</translation>
    </message>
    <message>
        <source>Fields of the &amp;columns:</source>
        <translation>حقول &amp;الأعمدة:</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (إلزامي)</translation>
    </message>
    <message>
        <source>Field of the column %1</source>
        <translation>حقل العمود %1</translation>
    </message>
    <message numerus="yes">
        <source>The headers are on row %1 of the file; %n columns.</source>
        <translation>
            <numerusform>العناوين في الصف %1 من الملف؛ %n عمود.</numerusform>
            <numerusform>العناوين في الصف %1 من الملف؛ %n عمود.</numerusform>
            <numerusform>العناوين في الصف %1 من الملف؛ %n عمود.</numerusform>
            <numerusform>العناوين في الصف %1 من الملف؛ %n أعمدة.</numerusform>
            <numerusform>العناوين في الصف %1 من الملف؛ %n عمودًا.</numerusform>
            <numerusform>العناوين في الصف %1 من الملف؛ %n عمود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remembered from the last file of this shape: the columns are matched as you matched them then.</source>
        <translation>محفوظ من آخر ملف بهذا الشكل: الأعمدة مطابَقة كما طابقتَها حينها.</translation>
    </message>
    <message>
        <source>Every required field has its column.</source>
        <translation>لكل حقل إلزامي عموده.</translation>
    </message>
    <message>
        <source>No column gives these required fields yet: %1.</source>
        <translation>لا عمود يعطي هذه الحقول الإلزامية بعد: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>riaya::RosterFilePage</name>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (يونيكود)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s “Unicode text”)</source>
        <translation>UTF-16 («نص يونيكود» في Excel)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic Excel&apos;s CSV)</source>
        <translation>Windows-1256 (ملف CSV من Excel العربي)</translation>
    </message>
    <message>
        <source>ISO-8859-6 (Arabic)</source>
        <translation>ISO-8859-6 (عربي)</translation>
    </message>
    <message>
        <source>Windows-1252 (French Excel&apos;s CSV)</source>
        <translation>Windows-1252 (ملف CSV من Excel الفرنسي)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>علامات الجدولة</translation>
    </message>
    <message>
        <source>semicolons “;”</source>
        <translation>الفواصل المنقوطة «;»</translation>
    </message>
    <message>
        <source>commas “,”</source>
        <translation>الفواصل «,»</translation>
    </message>
    <message>
        <source>residents roster</source>
        <translation>لائحة المستفيدين</translation>
    </message>
    <message>
        <source>institutions list</source>
        <translation>لائحة المؤسسات</translation>
    </message>
    <message>
        <source>foster families register</source>
        <translation>سجل الأسر البديلة</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>الور&amp;قة:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>التر&amp;ميز:</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>احفظ &amp;نموذجًا…</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Choose the spreadsheet that holds the list: an Excel workbook (%1) or a text file (%2). Riaya reads it and changes nothing in it.</source>
        <translation>اختر جدول البيانات الذي يضم اللائحة: مصنف Excel ‏(%1) أو ملفًا نصيًا (%2). تقرؤه «رعاية» ولا تغيّر فيه شيئًا.</translation>
    </message>
    <message>
        <source>The file&apos;s path, or Choose…</source>
        <translation>مسار الملف، أو «اختر…»</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختر…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <source>No file yet? Save the empty template, fill it in with a spreadsheet program, then choose it here. Its headers are in your language.</source>
        <translation>لا ملف لديك بعد؟ احفظ النموذج الفارغ واملأه ببرنامج جداول بيانات، ثم اختره هنا. عناوينه بلغتك.</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>اختيار اللائحة</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;Text files (*.csv *.txt);;All files (*)</source>
        <translation>جداول البيانات (*.xlsx *.xls *.csv *.txt);;مصنفات Excel (*.xlsx *.xls);;الملفات النصية (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n characters of the first rows cannot be read in %1: the file is probably in another encoding. Choose it above.</source>
        <translation>
            <numerusform>%n حرف من الصفوف الأولى لا تُقرأ بترميز %1: الملف على الأرجح بترميز آخر. اختره أعلاه.</numerusform>
            <numerusform>%n حرف من الصفوف الأولى لا تُقرأ بترميز %1: الملف على الأرجح بترميز آخر. اختره أعلاه.</numerusform>
            <numerusform>%n حرف من الصفوف الأولى لا تُقرأ بترميز %1: الملف على الأرجح بترميز آخر. اختره أعلاه.</numerusform>
            <numerusform>%n حروف من الصفوف الأولى لا تُقرأ بترميز %1: الملف على الأرجح بترميز آخر. اختره أعلاه.</numerusform>
            <numerusform>%n حرفًا من الصفوف الأولى لا تُقرأ بترميز %1: الملف على الأرجح بترميز آخر. اختره أعلاه.</numerusform>
            <numerusform>%n حرف من الصفوف الأولى لا تُقرأ بترميز %1: الملف على الأرجح بترميز آخر. اختره أعلاه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text file. Encoding detected: %1 (confidence %2%); fields separated by %3.</source>
        <translation>ملف نصي. الترميز المكتشَف: %1 (بثقة %2%)؛ الحقول مفصولة بـ%3.</translation>
    </message>
    <message>
        <source>Read as %1, as you chose.</source>
        <translation>قُرئ بترميز %1، كما اخترت.</translation>
    </message>
    <message>
        <source>If the names look wrong, choose another encoding.</source>
        <translation>إن ظهرت الأسماء مشوّهة، فاختر ترميزًا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook (%1): the sheet “%2” is read; %n sheets in all.</source>
        <translation>
            <numerusform>مصنف Excel ‏(%1): تُقرأ الورقة «%2»؛ %n ورقة في المجموع.</numerusform>
            <numerusform>مصنف Excel ‏(%1): تُقرأ الورقة «%2»؛ %n ورقة في المجموع.</numerusform>
            <numerusform>مصنف Excel ‏(%1): تُقرأ الورقة «%2»؛ %n ورقة في المجموع.</numerusform>
            <numerusform>مصنف Excel ‏(%1): تُقرأ الورقة «%2»؛ %n أوراق في المجموع.</numerusform>
            <numerusform>مصنف Excel ‏(%1): تُقرأ الورقة «%2»؛ %n ورقة في المجموع.</numerusform>
            <numerusform>مصنف Excel ‏(%1): تُقرأ الورقة «%2»؛ %n ورقة في المجموع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation>حفظ نموذج فارغ</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;Text files, comma-separated (*.csv)</source>
        <translation>مصنفات Excel (*.xlsx);;ملفات نصية مفصولة بفواصل (*.csv)</translation>
    </message>
    <message>
        <source>The template is saved in %1. Fill it in, then choose it above.</source>
        <translation>حُفظ النموذج في %1. املأه ثم اختره أعلاه.</translation>
    </message>
</context>
<context>
    <name>riaya::RosterImportWizard</name>
    <message>
        <source>Import residents from a spreadsheet</source>
        <translation>استيراد المستفيدين من جدول بيانات</translation>
    </message>
    <message>
        <source>Import institutions from a spreadsheet</source>
        <translation>استيراد المؤسسات من جدول بيانات</translation>
    </message>
    <message>
        <source>Import foster families from a spreadsheet</source>
        <translation>استيراد الأسر البديلة من جدول بيانات</translation>
    </message>
</context>
<context>
    <name>riaya::RosterRunPage</name>
    <message>
        <source>&amp;Stop the import</source>
        <translation>أ&amp;وقف الاستيراد</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>The file is read again and written in one go: stopped, or refused, nothing is written.</source>
        <translation>يُقرأ الملف من جديد ويُكتب دفعة واحدة: إن أُوقف أو رُفض، لا يُكتب شيء.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد شيء: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the import was stopped. Go back to import again.</source>
        <translation>لم يُستورد شيء: أُوقف الاستيراد. ارجع لتستورد من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n records were refused. Go back to see why.</source>
        <translation>
            <numerusform>لم يُستورد شيء: رُفض %n سجل. ارجع لترى السبب.</numerusform>
            <numerusform>لم يُستورد شيء: رُفض %n سجل. ارجع لترى السبب.</numerusform>
            <numerusform>لم يُستورد شيء: رُفض %n سجل. ارجع لترى السبب.</numerusform>
            <numerusform>لم يُستورد شيء: رُفضت %n سجلات. ارجع لترى السبب.</numerusform>
            <numerusform>لم يُستورد شيء: رُفض %n سجلًا. ارجع لترى السبب.</numerusform>
            <numerusform>لم يُستورد شيء: رُفض %n سجل. ارجع لترى السبب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 completed, %3 already there.</source>
        <translation>استُورد: أُضيف %1، واستُكمل %2، و%3 موجود من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported records look like ones already registered: they wait under Review for a person to decide; nothing is merged.</source>
        <translation>
            <numerusform>%n سجل مستورد يشبه سجلات مسجَّلة من قبل: تنتظر في المراجعة قرار شخص؛ ولا يُدمج شيء.</numerusform>
            <numerusform>%n سجل مستورد يشبه سجلات مسجَّلة من قبل: تنتظر في المراجعة قرار شخص؛ ولا يُدمج شيء.</numerusform>
            <numerusform>%n سجل مستورد يشبه سجلات مسجَّلة من قبل: تنتظر في المراجعة قرار شخص؛ ولا يُدمج شيء.</numerusform>
            <numerusform>%n سجلات مستوردة تشبه سجلات مسجَّلة من قبل: تنتظر في المراجعة قرار شخص؛ ولا يُدمج شيء.</numerusform>
            <numerusform>%n سجلًا مستوردًا يشبه سجلات مسجَّلة من قبل: تنتظر في المراجعة قرار شخص؛ ولا يُدمج شيء.</numerusform>
            <numerusform>%n سجل مستورد يشبه سجلات مسجَّلة من قبل: تنتظر في المراجعة قرار شخص؛ ولا يُدمج شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems were saved in %1, to correct and import again.</source>
        <translation>
            <numerusform>حُفظ %n صف بها مشاكل في %1، لتصحيحها واستيرادها من جديد.</numerusform>
            <numerusform>حُفظ %n صف بها مشاكل في %1، لتصحيحها واستيرادها من جديد.</numerusform>
            <numerusform>حُفظ %n صف بها مشاكل في %1، لتصحيحها واستيرادها من جديد.</numerusform>
            <numerusform>حُفظت %n صفوف بها مشاكل في %1، لتصحيحها واستيرادها من جديد.</numerusform>
            <numerusform>حُفظ %n صفًا بها مشاكل في %1، لتصحيحها واستيرادها من جديد.</numerusform>
            <numerusform>حُفظ %n صف بها مشاكل في %1، لتصحيحها واستيرادها من جديد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>riaya::RosterSession</name>
    <message>
        <source>Reading the file…</source>
        <translation>قراءة الملف…</translation>
    </message>
    <message numerus="yes">
        <source>%n records read…</source>
        <translation>
            <numerusform>قُرئ %n سجل…</numerusform>
            <numerusform>قُرئ %n سجل…</numerusform>
            <numerusform>قُرئ %n سجل…</numerusform>
            <numerusform>قُرئت %n سجلات…</numerusform>
            <numerusform>قُرئ %n سجلًا…</numerusform>
            <numerusform>قُرئ %n سجل…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>riaya::SchoolResultsTab</name>
    <message>
        <source>“%1” is not a number; write the average out of 20, for example 12.5.</source>
        <translation>القيمة «%1» ليست عددًا؛ اكتب المعدل على 20، مثلًا 12.5.</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>السنة الدراسية</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Average out of 20</source>
        <translation>المعدل على 20</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>السنة الدراسية</translation>
    </message>
    <message>
        <source>T&amp;erm</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>A&amp;verage</source>
        <translation>المعدل</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سجّل</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
</context>
<context>
    <name>riaya::ScoreTrend</name>
    <message>
        <source>No finalized inspection yet.</source>
        <translation>لا يوجد أي تفتيش نهائي بعد.</translation>
    </message>
</context>
<context>
    <name>riaya::SearchField</name>
    <message>
        <source>Search (%1)</source>
        <translation>البحث (%1)</translation>
    </message>
</context>
<context>
    <name>riaya::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language of the application:</source>
        <translation>لغة التطبيق:</translation>
    </message>
    <message>
        <source>Show &amp;Arabic-Indic digits (٠١٢٣) in the Arabic interface</source>
        <translation>عرض الأرقام المشرقية (٠١٢٣) في الواجهة العربية</translation>
    </message>
    <message>
        <source>Show the &amp;Hijri date beside the Gregorian date</source>
        <translation>عرض التاريخ الهجري بجانب التاريخ الميلادي</translation>
    </message>
</context>
<context>
    <name>riaya::SetupWizard</name>
    <message>
        <source>Setting up Riaya</source>
        <translation>إعداد رعاية</translation>
    </message>
    <message>
        <source>Welcome to Riaya</source>
        <translation>مرحبًا بك في رعاية</translation>
    </message>
    <message>
        <source>There is no database on this computer yet. Riaya keeps its records in one file, here: choose where, and what this computer is.</source>
        <translation>لا توجد قاعدة بيانات على هذا الحاسوب بعد. تحفظ «رعاية» سجلاتها في ملف واحد هنا: اختر مكانه، وما هو دور هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>ملف قاعدة البيانات:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>Riaya databases (*.db)</source>
        <translation>قواعد بيانات «رعاية» (*.db)</translation>
    </message>
    <message>
        <source>A house: a student boarding house, a children&apos;s home, or an inspector&apos;s laptop</source>
        <translation>دار: دار الطالب(ة)، أو مؤسسة لرعاية الأطفال، أو حاسوب مفتش</translation>
    </message>
    <message>
        <source>The ministry hub, which receives the houses&apos; bundles</source>
        <translation>المركز الوزاري، الذي يستقبل حزم الدور</translation>
    </message>
    <message>
        <source>Who this database belongs to</source>
        <translation>لمن تعود قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Kind of house:</source>
        <translation>نوع الدار:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>الأماكن:</translation>
    </message>
    <message>
        <source>Ministry profile:</source>
        <translation>ملف تعريف الوزارة:</translation>
    </message>
    <message>
        <source>The ministry&apos;s profile</source>
        <translation>ملف تعريف الوزارة</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>المسؤول الأول</translation>
    </message>
    <message>
        <source>The administrator makes the accounts of the others (staff, supervisors, inspectors, social workers, clerks) and keeps the backups.</source>
        <translation>ينشئ المسؤول حسابات الآخرين (المؤطرين والمشرفين والمفتشين والمساعدين الاجتماعيين وموظفي الوزارة) ويتولى النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>The password again:</source>
        <translation>كلمة المرور مرة أخرى:</translation>
    </message>
    <message>
        <source>The keys&apos; passphrase</source>
        <translation>عبارة مرور المفاتيح</translation>
    </message>
    <message>
        <source>This database signs what it sends with keys of its own, locked by a passphrase. The supervisor types it to export the month&apos;s bundle; it also opens the backups. Write it down and keep it safe: nobody can recover it.</source>
        <translation>توقّع قاعدة البيانات هذه ما ترسله بمفاتيحها الخاصة، المقفلة بعبارة مرور. يكتبها المشرف لتصدير حزمة الشهر، وهي تفتح أيضًا النسخ الاحتياطية. دوّنها واحفظها في مكان آمن: لا يمكن لأحد استرجاعها.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>The passphrase again:</source>
        <translation>عبارة المرور مرة أخرى:</translation>
    </message>
    <message>
        <source>Ministry: %1. Fingerprint: %2 — compare it with the one the ministry gave you before going on.</source>
        <translation>الوزارة: %1. البصمة: %2 — قارنها بالبصمة التي سلمتك إياها الوزارة قبل المتابعة.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Girls only</source>
        <translation>الفتيات فقط</translation>
    </message>
    <message>
        <source>Boys only</source>
        <translation>الفتيان فقط</translation>
    </message>
    <message>
        <source>Girls and boys</source>
        <translation>الفتيات والفتيان</translation>
    </message>
    <message>
        <source>Receives:</source>
        <translation>تستقبل:</translation>
    </message>
</context>
<context>
    <name>riaya::SignInDialog</name>
    <message>
        <source>Riaya — %1</source>
        <translation>رعاية — %1</translation>
    </message>
    <message>
        <source>Sign in to work on %1.</source>
        <translation>سجّل الدخول للعمل على %1.</translation>
    </message>
    <message>
        <source>Riaya was locked after a time without use. Sign in to go on.</source>
        <translation>قُفلت «رعاية» بعد مدة دون استعمال. سجّل الدخول للمتابعة.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>ادخل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>اخرج</translation>
    </message>
    <message>
        <source>&amp;Quit Riaya</source>
        <translation>اخرج من «رعاية»</translation>
    </message>
</context>
<context>
    <name>riaya::SiteRequest</name>
    <message>
        <source>transfer of a child&apos;s file</source>
        <translation>نقل ملف طفل</translation>
    </message>
    <message>
        <source>access to place a child</source>
        <translation>إذن بإيداع طفل</translation>
    </message>
    <message>
        <source>change to an institution&apos;s details</source>
        <translation>تغيير بيانات مؤسسة</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>في انتظار القرار</translation>
    </message>
</context>
<context>
    <name>riaya::StayDialog</name>
    <message>
        <source>&amp;Institution:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Transfer to:</source>
        <translation>النقل إلى:</translation>
    </message>
    <message>
        <source>&amp;Reason for leaving:</source>
        <translation>سبب المغادرة:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>القبول</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>Full: %1 residents for %2 places.</source>
        <translation>المؤسسة ممتلئة: عدد المستفيدين المقيمين %1 والطاقة الاستيعابية %2.</translation>
    </message>
    <message>
        <source>%1 of %2 places taken.</source>
        <translation>الأماكن المشغولة: %1 من أصل %2.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>%1 receives girls, and %2 is a boy. Admit him there all the same?</source>
        <translation>%1 تستقبل الفتيات، و%2 فتى. هل تقبله فيها رغم ذلك؟</translation>
    </message>
    <message>
        <source>%1 receives boys, and %2 is a girl. Admit her there all the same?</source>
        <translation>%1 تستقبل الفتيان، و%2 فتاة. هل تقبلها فيها رغم ذلك؟</translation>
    </message>
</context>
<context>
    <name>riaya::SyncPage</name>
    <message>
        <source>nothing received yet</source>
        <translation>لم يُستلم شيء بعد</translation>
    </message>
    <message>
        <source>bundle %1 on %2</source>
        <translation>الحزمة %1 بتاريخ %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>ناقصة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 written to %2: %n records.</source>
        <translation>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجل.</numerusform>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجل.</numerusform>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجلان.</numerusform>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجلات.</numerusform>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجلًا.</numerusform>
            <numerusform>كُتبت حزمة المزامنة %1 في %2: %n سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>No site is enrolled yet.</source>
        <translation>لم يُسجَّل أي موقع بعد.</translation>
    </message>
    <message>
        <source>Acknowledge a site</source>
        <translation>إشعار موقع بالاستلام</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <source>Riaya bundles (*.bundle)</source>
        <translation>حزم «رعاية» (*.bundle)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>The passphrase of this site&apos;s keys:</source>
        <translation>عبارة المرور لمفاتيح هذا الموقع:</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>استيراد الحزم</translation>
    </message>
    <message>
        <source>Riaya bundles (*.bundle);;All files (*)</source>
        <translation>حزم «رعاية» (*.bundle);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Trusted sites and what was received from each</source>
        <translation>المواقع الموثوقة وما استُلم من كل منها</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>الحزم المرسلة والمستلمة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>بصمة المفتاح</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>آخر حزمة مستلمة</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>الحزم الناقصة</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>&amp;Acknowledge a site…</source>
        <translation>إشعار موقع بالاستلام…</translation>
    </message>
    <message>
        <source>&amp;Export a bundle for the ministry…</source>
        <translation>صدّر حزمة إلى الوزارة…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>استورد حزمًا…</translation>
    </message>
    <message>
        <source> (key revoked)</source>
        <translation> (المفتاح ملغى)</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>تم الإشعار بالاستلام</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Last month approved</source>
        <translation>آخر شهر مصادق عليه</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>الإشعار بالاستلام</translation>
    </message>
    <message>
        <source>&amp;Close the month…</source>
        <translation>أقفل الشهر…</translation>
    </message>
    <message>
        <source>ministry</source>
        <comment>role of a database</comment>
        <translation>الوزارة</translation>
    </message>
    <message>
        <source>site</source>
        <comment>role of a database</comment>
        <translation>موقع</translation>
    </message>
    <message>
        <source>received</source>
        <comment>bundle direction</comment>
        <translation>مستلمة</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>bundle direction</comment>
        <translation>مرسلة</translation>
    </message>
    <message>
        <source>No bundle received yet. Import the bundles the houses send with “Import bundles…”.</source>
        <translation>لم تُستلم أي حزمة بعد. استورد الحزم التي ترسلها الدور بزر «استيراد حزم…».</translation>
    </message>
    <message>
        <source>No bundle sent or received yet. Send this house&apos;s records with “Export a bundle for the ministry…”.</source>
        <translation>لم تُرسَل أو تُستلم أي حزمة بعد. أرسل سجلات هذه الدار بزر «تصدير حزمة إلى الوزارة…».</translation>
    </message>
</context>
<context>
    <name>riaya::TemplateEditorDialog</name>
    <message>
        <source>compliant / partly / not compliant</source>
        <translation>مطابق / مطابق جزئيا / غير مطابق</translation>
    </message>
    <message>
        <source>a scale from 0</source>
        <translation>سلّم يبدأ من 0</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation>النص (%1):</translation>
    </message>
    <message>
        <source>Guidance (%1):</source>
        <translation>التوجيهات (%1):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>الوزن:</translation>
    </message>
    <message>
        <source>S&amp;coring:</source>
        <translation>طريقة التنقيط:</translation>
    </message>
    <message>
        <source>Scale &amp;maximum:</source>
        <translation>الحد الأقصى للسلّم:</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>أضف بندًا</translation>
    </message>
    <message>
        <source>&amp;Remove the item</source>
        <translation>احذف البند</translation>
    </message>
    <message>
        <source>Publish as &amp;edition:</source>
        <translation>النشر بوصفه الإصدار:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>انشر</translation>
    </message>
    <message>
        <source>Edit the standards as a new edition</source>
        <translation>تعديل المعايير كإصدار جديد</translation>
    </message>
    <message>
        <source>Choose the standard (or one of its items) the new item belongs to.</source>
        <translation>اختر المعيار (أو أحد بنوده) الذي ينتمي إليه البند الجديد.</translation>
    </message>
</context>
<context>
    <name>riaya::TransferRequestDialog</name>
    <message>
        <source>The file of %1 goes to the house that accepts it, with its history; this site keeps the stay it had, read-only.</source>
        <translation>ينتقل ملف %1 بتاريخه إلى الدار التي تقبله؛ ويحتفظ هذا الموقع بالإقامة التي كانت لديه، للاطلاع فقط.</translation>
    </message>
    <message>
        <source>&amp;To the house:</source>
        <translation>إلى الدار:</translation>
    </message>
    <message>
        <source>&amp;Day the child moves:</source>
        <translation>يوم انتقال الطفل:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>السبب (إلزامي):</translation>
    </message>
    <message>
        <source>&amp;Ask for the transfer</source>
        <translation>اطلب النقل</translation>
    </message>
    <message>
        <source>No other site&apos;s house is known here yet: import the ministry&apos;s bundle on the Sync screen, then ask again.</source>
        <translation>لا تُعرف هنا بعد أي دار لموقع آخر: استورد حزمة الوزارة من شاشة المزامنة، ثم أعد الطلب.</translation>
    </message>
    <message>
        <source>Transfer to another house</source>
        <translation>النقل إلى دار أخرى</translation>
    </message>
    <message>
        <source>Choose a house from the list.</source>
        <translation>اختر دارا من القائمة.</translation>
    </message>
</context>
<context>
    <name>riaya::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved.</source>
        <translation>التعديلات على «%1» غير محفوظة.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>هل تحفظها قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>تخلَّ عن التعديلات</translation>
    </message>
</context>
<context>
    <name>riaya::UsersPanel</name>
    <message>
        <source>Riaya now locks after %1 minutes without use (from the next start).</source>
        <translation>ستُقفل «رعاية» الآن بعد %1 دقيقة دون استعمال (ابتداءً من التشغيل القادم).</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (معطَّل)</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>أُنشئ الحساب %1.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>عُيِّنت كلمة مرور جديدة لـ%1.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>لم يعد بإمكان %1 الدخول.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>يمكن لـ%1 الدخول من جديد.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>كلمة المرور الأولى:</translation>
    </message>
    <message>
        <source>Choose the account in the list first.</source>
        <translation>اختر الحساب من القائمة أولًا.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>The new password of %1:</source>
        <translation>كلمة المرور الجديدة لـ%1:</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>حسابات المستخدمين</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>حساب جديد…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>كلمة مرور جديدة…</translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation>عطّل أو فعّل</translation>
    </message>
    <message>
        <source>Lock after (minutes):</source>
        <translation>القفل بعد (دقائق):</translation>
    </message>
</context>
<context>
    <name>riaya::VoidIncidentDialog</name>
    <message>
        <source>%1, %2: “%3”</source>
        <translation>%1، %2: «%3»</translation>
    </message>
    <message>
        <source>The incident stays in the register, struck through, with the reason; it is no longer counted and can no longer be changed. Nothing is deleted.</source>
        <translation>تبقى الحادثة في السجل مشطوبة مع السبب؛ لا تُحتسب بعد ذلك ولا يمكن تغييرها. لا يُحذف شيء.</translation>
    </message>
    <message>
        <source>&amp;Why is it voided? (required)</source>
        <translation>لماذا تُبطَل؟ (إلزامي)</translation>
    </message>
    <message>
        <source>&amp;Void the incident</source>
        <translation>أبطِل الحادثة</translation>
    </message>
    <message>
        <source>Void an incident</source>
        <translation>إبطال حادثة</translation>
    </message>
</context>
</TS>
